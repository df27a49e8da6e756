package localapi

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestListenSocketPathTooLong: a Unix socket's path is limited to the
// kernel's sun_path (108 bytes on Linux, 104 on the BSDs and macOS). A data
// directory deep enough to pass it gave "bind: invalid argument"; the
// error must say what is wrong and what to do.
func TestListenSocketPathTooLong(t *testing.T) {
	dir := t.TempDir()
	long := filepath.Join(dir, strings.Repeat("d", 120), "practicepost.sock")
	if err := os.MkdirAll(filepath.Dir(long), 0o700); err != nil {
		t.Fatal(err)
	}
	l, err := Listen(long)
	if err == nil {
		l.Close()
		t.Fatalf("Listen(%d-byte path) = nil error", len(long))
	}
	for _, want := range []string{"too long", "shorter"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	short := filepath.Join(dir, "p.sock")
	l, err = Listen(short)
	if err != nil {
		t.Fatalf("Listen(%s): %v", short, err)
	}
	l.Close()
}
