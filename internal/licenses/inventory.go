// Package licenses keeps the record of everything from outside the project
// that practicepost carries: the Go modules linked into the binary (from
// `go list` and the licence files in the module cache) and every file under
// a //go:embed (from the SOURCES.toml beside it). It renders NOTICE and
// THIRD_PARTY.md, and Check fails when either is out of date, when a module
// or an embedded file has no recorded licence, or when embedded data is
// under a copyleft licence.
//
// `go run ./internal/tools/licenses` rewrites both files; the package's test
// runs the check over the repository, so the README's test command covers it.
package licenses

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// Text is one licence or notice file.
type Text struct {
	File string // name inside the module, or repository-relative
	Body string
}

// Module is one Go module the repository depends on.
type Module struct {
	Path    string
	Version string
	Licence string // SPDX ids joined with " AND " when it has several licence files
	Note    string // why the licence is what it is, when not plain from the files
	Credit  string // a credit its licence asks to be shown
	Texts   []Text // licence files (LICENSE, COPYING, PATENTS...)
	Notices []Text // NOTICE files, which Apache-2.0 says must travel with the work
	dir     string
}

// label names the module and its version, when it has one.
func (m Module) label() string {
	if m.Version == "" {
		return m.Path
	}
	return m.Path + " " + m.Version
}

// Inventory is everything Collect found.
type Inventory struct {
	Std      Module   // the Go standard library and runtime, always linked
	Shipped  []Module // modules linked into the binary, by path
	TestOnly []Module // modules only the tests build
	Data     []Entry  // SOURCES.toml entries for outside data, by name
	Own      []Entry  // SOURCES.toml entries for files written here
	Embedded []string // every embedded file, repository-relative
	Problems []string // what the check must refuse
}

// Options says what to look at.
type Options struct {
	// Binary is the package path of the shipped command, relative to the
	// root ("./cmd/practicepost").
	Binary string
}

// override states a module's licence when its files cannot: a dual licence
// names a GPL option that must not be taken for the licence in use.
type override struct {
	licence string
	files   []string // the texts that apply, instead of every licence file
	note    string
	credit  string
}

var overrides = map[string]override{
	"github.com/golang/freetype": {
		licence: "FTL",
		files:   []string{"LICENSE", "licenses/ftl.txt"},
		note:    "dual-licensed, FreeType License or GPL-2.0-or-later at the user's choice; used under the FreeType License",
		credit:  "Portions of this software are copyright © 2017 The FreeType Project (www.freetype.org). All rights reserved.",
	},
}

var (
	licenceName = regexp.MustCompile(`(?i)^(licen[cs]e|copying|unlicense|patents)([.-].*)?$`)
	noticeName  = regexp.MustCompile(`(?i)^notice([.-].*)?$`)
)

// listed is the part of `go list -json` output read here.
type listed struct {
	ImportPath string
	Dir        string
	Standard   bool
	EmbedFiles []string
	Module     *struct {
		Path    string
		Version string
		Main    bool
		Dir     string
		Replace *struct {
			Path    string
			Version string
			Dir     string
		}
	}
}

// Collect builds the inventory of the module at root.
func Collect(ctx context.Context, root string, opt Options) (*Inventory, error) {
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	all, err := goList(ctx, root, "-deps", "-test", "-json", "./...")
	if err != nil {
		return nil, err
	}
	bin, err := goList(ctx, root, "-deps", "-json", opt.Binary)
	if err != nil {
		return nil, err
	}
	inv := &Inventory{}
	shipped := map[string]bool{}
	for _, p := range bin {
		if p.Module != nil && !p.Module.Main {
			shipped[p.Module.Path] = true
		}
	}
	mods := map[string]*Module{}
	embedded := map[string]string{} // file -> package
	for _, p := range all {
		switch {
		case p.Standard || p.Module == nil:
		case p.Module.Main:
			for _, f := range p.EmbedFiles {
				rel, err := filepath.Rel(root, filepath.Join(p.Dir, f))
				if err != nil {
					return nil, err
				}
				embedded[filepath.ToSlash(rel)] = strings.Fields(p.ImportPath)[0]
			}
		default:
			m := p.Module
			if mods[m.Path] != nil {
				continue
			}
			mod := &Module{Path: m.Path, Version: m.Version, dir: m.Dir}
			if r := m.Replace; r != nil {
				mod.dir, mod.Version = r.Dir, r.Version
				if r.Version == "" {
					mod.Version = "local " + r.Path
				}
			}
			mods[m.Path] = mod
		}
	}
	goroot, err := goEnv(ctx, root, "GOROOT")
	if err != nil {
		return nil, err
	}
	inv.Std = Module{Path: "Go standard library and runtime", dir: goroot} // version: whichever toolchain builds it
	inv.Problems = append(inv.Problems, readModule(&inv.Std, true)...)
	for _, m := range mods {
		inv.Problems = append(inv.Problems, readModule(m, shipped[m.Path])...)
		if shipped[m.Path] {
			inv.Shipped = append(inv.Shipped, *m)
		} else {
			inv.TestOnly = append(inv.TestOnly, *m)
		}
	}
	byPath := func(a, b Module) int { return strings.Compare(a.Path, b.Path) }
	slices.SortFunc(inv.Shipped, byPath)
	slices.SortFunc(inv.TestOnly, byPath)

	entries, err := readSources(root)
	if err != nil {
		return nil, err
	}
	inv.Problems = append(inv.Problems, matchEmbeds(root, embedded, entries, inv)...)
	return inv, nil
}

// matchEmbeds pairs every embedded file with the entry that records it.
func matchEmbeds(root string, embedded map[string]string, entries []Entry, inv *Inventory) []string {
	var problems []string
	used := make([]bool, len(entries))
	for _, f := range sortedKeys(embedded) {
		inv.Embedded = append(inv.Embedded, f)
		found := false
		for i, e := range entries {
			if ok, _ := path.Match(e.Name(), f); ok {
				found, used[i] = true, true
			}
		}
		if !found {
			problems = append(problems, fmt.Sprintf("%s is embedded (//go:embed in %s) but no %s records it: add a [[file]] entry "+
				"(path, source, version, licence, licence_file) to %s or to one in a folder above", f, embedded[f], SourcesFile, path.Join(path.Dir(f), SourcesFile)))
		}
	}
	for i, e := range entries {
		problems = append(problems, e.problems(root)...)
		if !used[i] {
			// An entry may record a file that is not embedded (code ported
			// from elsewhere), but it must name something that exists.
			m, _ := filepath.Glob(filepath.Join(root, filepath.FromSlash(e.Name())))
			if len(m) == 0 {
				problems = append(problems, fmt.Sprintf("%s: entry %q matches no file", e.File(), e.Path))
			}
		}
		if e.own() {
			inv.Own = append(inv.Own, e)
		} else {
			inv.Data = append(inv.Data, e)
		}
	}
	sort.SliceStable(inv.Data, func(i, j int) bool { return inv.Data[i].Name() < inv.Data[j].Name() })
	sort.SliceStable(inv.Own, func(i, j int) bool { return inv.Own[i].Name() < inv.Own[j].Name() })
	return problems
}

// readModule reads a module's licence and notice files and names its
// licence; it returns what is wrong (no licence file, one it cannot name,
// or, for a shipped module, a copyleft one).
func readModule(m *Module, shipped bool) []string {
	name := m.label()
	var files []string
	ov, hasOverride := overrides[m.Path]
	if hasOverride {
		files = ov.files
		m.Licence, m.Note, m.Credit = ov.licence, ov.note, ov.credit
	} else {
		ents, err := os.ReadDir(m.dir)
		if err != nil {
			return []string{fmt.Sprintf("%s: %v (is the module downloaded? go mod download)", name, err)}
		}
		for _, e := range ents {
			if !e.IsDir() && (licenceName.MatchString(e.Name()) || noticeName.MatchString(e.Name())) {
				files = append(files, e.Name())
			}
		}
	}
	var problems []string
	var ids []string
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(m.dir, filepath.FromSlash(f)))
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", name, err))
			continue
		}
		t := Text{File: f, Body: strings.TrimSpace(strings.ReplaceAll(string(b), "\r\n", "\n"))}
		base := path.Base(f)
		switch {
		case noticeName.MatchString(base):
			m.Notices = append(m.Notices, t)
			continue
		case strings.EqualFold(base, "PATENTS"):
			m.Texts = append(m.Texts, t)
			continue
		}
		m.Texts = append(m.Texts, t)
		if hasOverride {
			continue
		}
		id := Detect(t.Body)
		if id == "" {
			problems = append(problems, fmt.Sprintf("%s: cannot tell the licence of %s; read it and add the module to overrides in internal/licenses", name, f))
			continue
		}
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	if !hasOverride {
		m.Licence = strings.Join(ids, " AND ")
	}
	if len(m.Texts) == 0 {
		problems = append(problems, fmt.Sprintf("%s: no licence file (LICENSE, COPYING) in %s", name, m.dir))
	}
	if shipped {
		for _, id := range strings.Split(m.Licence, " AND ") {
			if id != "" && !codeLicenceOK(id) {
				problems = append(problems, fmt.Sprintf("%s is linked into the binary under %s, which practicepost (Apache-2.0) may not ship", name, id))
			}
		}
	}
	return problems
}

func goList(ctx context.Context, root string, args ...string) ([]listed, error) {
	out, err := goCmd(ctx, root, append([]string{"list"}, args...)...)
	if err != nil {
		return nil, err
	}
	var pkgs []listed
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listed
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			return pkgs, nil
		} else if err != nil {
			return nil, fmt.Errorf("go list: %w", err)
		}
		pkgs = append(pkgs, p)
	}
}

func goEnv(ctx context.Context, root, name string) (string, error) {
	out, err := goCmd(ctx, root, "env", name)
	return strings.TrimSpace(string(out)), err
}

func goCmd(ctx context.Context, root string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
