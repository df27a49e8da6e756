package licenses

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/pelletier/go-toml/v2"
)

// SourcesFile is the name of the record that sits beside embedded data: one
// [[file]] table per embedded file (or glob of files) in its folder and the
// folders below it.
const SourcesFile = "SOURCES.toml"

// Own is the Source of a file written for this project.
const Own = "practicepost"

// Entry records where one embedded file, or a glob of them, came from.
type Entry struct {
	// Path is relative to the folder of the SOURCES.toml, slash-separated;
	// a path.Match glob ("views/*.html") covers every file it matches.
	Path string `toml:"path"`
	// Source says where the file came from, precisely enough to fetch it
	// again (repository or site, file, tag or commit), or Own.
	Source string `toml:"source"`
	// Version is the source's version, tag, commit or date ("" for Own).
	Version string `toml:"version"`
	// Licence is an SPDX identifier, or "public-domain" for US government
	// works and others with no copyright.
	Licence string `toml:"licence"`
	// LicenceFile is the upstream licence text, relative to the SOURCES.toml;
	// required unless the licence is public domain, CC0 or Own.
	LicenceFile string `toml:"licence_file"`
	// Attribution is the credit the licence asks for (CC-BY), copied into NOTICE.
	Attribution string `toml:"attribution"`

	dir string // repository-relative folder of the SOURCES.toml
}

// Name is the entry's path relative to the repository root.
func (e Entry) Name() string { return path.Join(e.dir, e.Path) }

// File is the SOURCES.toml the entry came from, relative to the repository.
func (e Entry) File() string { return path.Join(e.dir, SourcesFile) }

// own reports whether the file was written for this project.
func (e Entry) own() bool { return e.Source == Own }

// readSources reads every SOURCES.toml under root, skipping hidden folders,
// npm packages installed for the tests (node_modules, never embedded)
// and testdata (fixtures there describe other repositories).
func readSources(root string) ([]Entry, error) {
	var all []Entry
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if d.IsDir() || d.Name() != SourcesFile {
			return nil
		}
		rel, err := filepath.Rel(root, filepath.Dir(p))
		if err != nil {
			return err
		}
		es, err := parseSources(p, filepath.ToSlash(rel))
		if err != nil {
			return err
		}
		all = append(all, es...)
		return nil
	})
	return all, err
}

func parseSources(file, dir string) ([]Entry, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var doc struct {
		File []Entry `toml:"file"`
	}
	dec := toml.NewDecoder(bytes.NewReader(b)).DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		var strict *toml.StrictMissingError
		if errors.As(err, &strict) {
			return nil, fmt.Errorf("%s: %s", file, strict.String())
		}
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, col := de.Position()
			return nil, fmt.Errorf("%s:%d:%d: %w", file, row, col, err)
		}
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	for i := range doc.File {
		doc.File[i].dir = dir
		if dir == "." {
			doc.File[i].dir = ""
		}
	}
	return doc.File, nil
}

// problems lists what is wrong with an entry itself: missing fields, a
// licence not allowed for data, a licence file that is not there.
func (e Entry) problems(root string) []string {
	var out []string
	say := func(format string, args ...any) {
		out = append(out, fmt.Sprintf("%s: entry %q: ", e.File(), e.Path)+fmt.Sprintf(format, args...))
	}
	if e.Path == "" {
		say("no path")
	} else if _, err := path.Match(e.Path, ""); err != nil {
		say("bad glob: %v", err)
	}
	if e.Source == "" {
		say("no source (where the file came from, or %q for our own work)", Own)
	}
	switch {
	case e.Licence == "":
		say("no licence")
	case copyleft(e.Licence):
		say("licence %s is copyleft: copyleft data may not be embedded in the binary (find a public-domain or permissive source)", e.Licence)
	case !dataLicences[e.Licence]:
		say("licence %q is not one allowed for embedded data (SPDX ids: %s)", e.Licence, strings.Join(sortedKeys(dataLicences), ", "))
	}
	if e.own() {
		return out
	}
	if e.Version == "" {
		say("no version (tag, commit or date of the source)")
	}
	if strings.HasPrefix(e.Licence, "CC-BY") && e.Attribution == "" {
		say("%s asks for an attribution: give attribution = \"...\"", e.Licence)
	}
	switch {
	case e.LicenceFile == "" && !noText[e.Licence]:
		say("no licence_file: %s asks for its text to ship with the data; put the upstream licence beside it", e.Licence)
	case e.LicenceFile != "":
		if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(path.Join(e.dir, e.LicenceFile)))); err != nil {
			say("licence_file: %v", err)
		}
	}
	return out
}
