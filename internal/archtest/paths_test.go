package archtest

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// machinePath matches a path that exists only on somebody's machine. Code,
// tests and docs reach files relative to the repository (shared data is
// ../shared from the root, found by internal/testshared).
var machinePath = regexp.MustCompile(`(^|[\s"'(=\x60])/(work|home|root|Users)/[\w.-]`)

func TestNoMachinePaths(t *testing.T) {
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); p != root && (strings.HasPrefix(n, ".") || n == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if ext := filepath.Ext(p); ext != ".go" && ext != ".md" && ext != ".toml" {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			if machinePath.MatchString(line) {
				t.Errorf("%s:%d names a machine's absolute path: %s", p, i+1, strings.TrimSpace(line))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestMachinePathPattern(t *testing.T) {
	const slash = "/" // split, so that this file does not name the paths itself
	for line, want := range map[string]bool{
		`os.ReadFile("` + slash + `work/shared/data/x.json")`: true,
		`// see ` + slash + `home/me/notes`:                   true,
		"`" + slash + "root/go/pkg/mod`":                      true,
		`"../shared/data/x.json"`:                             false,
		`practicepost backup /var/backups/p.db`:               false,
		`url := "https://x.com/work/abc"`:                     false,
	} {
		if got := machinePath.MatchString(line); got != want {
			t.Errorf("%q: matched %v, want %v", line, got, want)
		}
	}
}
