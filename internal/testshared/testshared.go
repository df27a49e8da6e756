// Package testshared finds the read-only reference data that tests share
// with the design documents: the folder shared/ beside the repository
// (../shared from the repository root), which CI provides and a clean clone
// may not have.
//
// A test that needs it calls Path. Without CI the test is skipped, so a
// clone without the folder still tests; with the environment variable CI
// set the test fails, so CI never passes by testing less.
package testshared

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// Path returns the path of name (slash-separated, "data/x-openapi.json")
// inside the shared folder. When the file is missing it fails the test if
// the environment variable CI is set, and skips it otherwise.
func Path(tb testing.TB, name string) string {
	tb.Helper()
	p, err := find(name)
	if err == nil {
		return p
	}
	if os.Getenv("CI") != "" {
		tb.Fatalf("shared data needed and CI is set: %v", err)
	} else {
		tb.Skipf("shared data not available (set CI to make this a failure): %v", err)
	}
	return ""
}

// ReadFile returns the contents of name inside the shared folder, under the
// same rule as Path.
func ReadFile(tb testing.TB, name string) []byte {
	tb.Helper()
	p := Path(tb, name)
	if p == "" {
		return nil
	}
	b, err := os.ReadFile(p)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// find looks for name in ../shared from the repository root, the nearest
// folder above the working directory (a test's package folder) that holds
// go.mod.
func find(name string) (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	root, err := repoRoot(wd)
	if err != nil {
		return "", err
	}
	p := filepath.Join(filepath.Dir(root), "shared", filepath.FromSlash(name))
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}

func repoRoot(dir string) (string, error) {
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
	}
}
