package testshared

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// recorder stands in for a test so that Path's verdict can be read without
// ending the real one.
type recorder struct {
	testing.TB
	failed, skipped string
}

func (r *recorder) Helper()                        {}
func (r *recorder) Fatalf(format string, a ...any) { r.failed = fmt.Sprintf(format, a...) }
func (r *recorder) Skipf(format string, a ...any)  { r.skipped = fmt.Sprintf(format, a...) }
func (r *recorder) Fatal(a ...any)                 { r.failed = fmt.Sprint(a...) }

// TestMissingSharedData: a missing file skips without CI and fails with it.
func TestMissingSharedData(t *testing.T) {
	for _, ci := range []string{"", "true"} {
		t.Run("CI="+ci, func(t *testing.T) {
			t.Setenv("CI", ci)
			r := &recorder{TB: t}
			if p := Path(r, "data/no-such-file.json"); p != "" {
				t.Fatalf("Path = %q for a missing file", p)
			}
			if ci == "" && (r.skipped == "" || r.failed != "") {
				t.Fatalf("without CI: skipped %q, failed %q; want a skip", r.skipped, r.failed)
			}
			if ci != "" && (r.failed == "" || r.skipped != "") {
				t.Fatalf("with CI: skipped %q, failed %q; want a failure", r.skipped, r.failed)
			}
		})
	}
}

// TestFindsSharedBesideTheRepository builds root/{go.mod,pkg} and shared/
// beside it, and looks from inside the package folder.
func TestFindsSharedBesideTheRepository(t *testing.T) {
	top := t.TempDir()
	pkg := filepath.Join(top, "repo", "pkg", "sub")
	want := filepath.Join(top, "shared", "data", "f.txt")
	for _, d := range []string{pkg, filepath.Dir(want)} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{filepath.Join(top, "repo", "go.mod"), want} {
		if err := os.WriteFile(f, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(pkg)
	got, err := find("data/f.txt")
	if err != nil || got != want {
		t.Fatalf("find = %q, %v; want %q", got, err, want)
	}
	if _, err := find("data/absent.txt"); err == nil {
		t.Fatal("find of an absent file gave no error")
	}
}
