package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportAndExportFilesArePrivate: reports and exports carry post text,
// so the file is 0600 even when it existed before with a looser mode, and
// a folder that does not exist is bad input (exit 2), not an internal error.
func TestReportAndExportFilesArePrivate(t *testing.T) {
	cfg := mustInit(t)
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
	}{
		{"report html", []string{"report", "--from", "2026-01-01", "--to", "2026-01-31", "--format", "html", "-o"}},
		{"report csv", []string{"report", "--from", "2026-01-01", "--to", "2026-01-31", "--format", "csv", "-o"}},
		{"export csv", []string{"export", "-o"}},
		{"export json", []string{"export", "--format", "json", "-o"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "."))
			if err := os.WriteFile(out, []byte("an earlier download"), 0o644); err != nil {
				t.Fatal(err)
			}
			args := append([]string{"--config", cfg}, append(tc.args, out)...)
			if code, _, errs := cli(t, "", args...); code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			fi, err := os.Stat(out)
			if err != nil || fi.Mode().Perm() != 0o600 || fi.Size() == 0 {
				t.Fatalf("%s: %v %v, want a non-empty 0600 file", out, fi.Mode(), err)
			}
			bad := append([]string{"--config", cfg}, append(tc.args, filepath.Join(dir, "no", "such", "folder", "f"))...)
			if code, _, errs := cli(t, "", bad...); code != exitInvalid || !strings.Contains(errs, "cannot write") {
				t.Fatalf("into a missing folder: exit %d: %s", code, errs)
			}
		})
	}
}
