package templates

import (
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/practicepost/practicepost/post"
)

// shipped holds the templates built into the binary.
//
//go:embed library/*.tmpl
var shipped embed.FS

// fileExt is the extension of a template file.
const fileExt = ".tmpl"

// Library is the set of templates a practice can use: the shipped ones minus
// those it switched off, plus or replaced by those in its own folder. A
// Library is read-only after Load and safe for concurrent use.
type Library struct {
	byName map[string]*entry
	names  []string // sorted
}

// Load reads the shipped templates, then the practice's folder extraDir (""
// for none), and drops the templates named in disabled. A practice file with
// a shipped template's name replaces it. Entries of disabled are names or
// path.Match patterns ("screening-*"; "*" switches every shipped template
// off); each must match at least one shipped template, so a typo is an error
// rather than a template that stays on. Practice templates are never
// disabled: delete the file instead. A bad file is an error naming the file
// and line.
func Load(extraDir string, disabled []string) (*Library, error) {
	lib := &Library{byName: map[string]*entry{}}
	sub, err := fs.Sub(shipped, "library")
	if err != nil {
		return nil, fmt.Errorf("templates: load shipped: %w", err)
	}
	if err := lib.addDir(sub, "library", OriginShipped); err != nil {
		return nil, err
	}
	if err := lib.disable(disabled); err != nil {
		return nil, err
	}
	if extraDir != "" {
		info, err := os.Stat(extraDir)
		if err != nil {
			return nil, post.Errorf(post.EInvalid, "templates: practice template folder: %w", err)
		}
		if !info.IsDir() {
			return nil, post.Errorf(post.EInvalid, "templates: practice template folder %s is not a folder", extraDir)
		}
		if err := lib.addDir(os.DirFS(extraDir), extraDir, ""); err != nil {
			return nil, err
		}
	}
	lib.names = slices.Sorted(maps.Keys(lib.byName))
	return lib, nil
}

// addDir parses every *.tmpl file at the top of fsys, adding or replacing
// templates. dir is the folder's name for errors; origin is OriginShipped,
// or "" to record each file's path.
func (l *Library) addDir(fsys fs.FS, dir, origin string) error {
	files, err := fs.Glob(fsys, "*"+fileExt)
	if err != nil {
		return fmt.Errorf("templates: list %s: %w", dir, err)
	}
	var errs []error
	for _, f := range files {
		file := filepath.Join(dir, f)
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			errs = append(errs, post.Errorf(post.EInvalid, "templates: read %s: %w", file, err))
			continue
		}
		o := origin
		if o == "" {
			o = file
		}
		e, err := parseFile(file, strings.TrimSuffix(f, fileExt), o, data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		l.byName[e.meta.Name] = e
	}
	// Every bad file is reported at once, so a practice fixes them in one go.
	return errors.Join(errs...)
}

// disable removes the shipped templates matching the given names or patterns.
func (l *Library) disable(patterns []string) error {
	for _, p := range patterns {
		if _, err := path.Match(p, ""); err != nil {
			return post.Errorf(post.EInvalid, "templates: disabled template %q is not a valid name or pattern", p)
		}
		hit := false
		for name := range l.byName {
			if ok, _ := path.Match(p, name); ok {
				delete(l.byName, name)
				hit = true
			}
		}
		if !hit && !l.wasShipped(p) {
			return post.Errorf(post.EInvalid, "templates: disabled template %q matches no shipped template", p)
		}
	}
	return nil
}

// wasShipped reports whether pattern matches a shipped file, even one an
// earlier pattern already removed, so overlapping patterns are not errors.
func (l *Library) wasShipped(pattern string) bool {
	files, _ := fs.Glob(shipped, "library/*"+fileExt)
	for _, f := range files {
		if ok, _ := path.Match(pattern, strings.TrimSuffix(path.Base(f), fileExt)); ok {
			return true
		}
	}
	return false
}

// List returns every available template's metadata, sorted by name.
func (l *Library) List() []Template {
	out := make([]Template, 0, len(l.names))
	for _, n := range l.names {
		out = append(out, l.byName[n].meta.clone())
	}
	return out
}

// Get returns the named template's metadata.
func (l *Library) Get(name string) (Template, bool) {
	e, ok := l.byName[name]
	if !ok {
		return Template{}, false
	}
	return e.meta.clone(), true
}

// ForObservance returns the templates that belong to the observance id,
// practice templates first, then by name.
func (l *Library) ForObservance(id string) []Template {
	var out []Template
	for _, n := range l.names {
		if m := l.byName[n].meta; m.Observance == id {
			out = append(out, m.clone())
		}
	}
	slices.SortStableFunc(out, func(a, b Template) int {
		return cmp.Compare(btoi(a.Origin == OriginShipped), btoi(b.Origin == OriginShipped))
	})
	return out
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// clone copies the slices so callers cannot change the library's copy.
func (t Template) clone() Template {
	t.Tags = slices.Clone(t.Tags)
	t.Sources = slices.Clone(t.Sources)
	t.Vars = slices.Clone(t.Vars)
	return t
}
