package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPostAddRefusesBadBytes: invalid UTF-8 and control characters in a
// file, --text or --variant are refused naming the byte offset, and nothing
// is stored (post add --file used to store U+FFFD and exit 0).
func TestPostAddRefusesBadBytes(t *testing.T) {
	cfg := mustInit(t)
	dir := t.TempDir()
	file := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	base := []string{"--config", cfg, "post", "add", "--channel", "preview", "--next-slot"}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"file, invalid UTF-8", []string{"--file", file("latin1.txt", "Vacunas para ni\xf1os")}, "not valid UTF-8 at byte offset 15"},
		{"file, NUL", []string{"--file", file("nul.txt", "Flu shots\x00 are in")}, "NUL) at byte offset 9"},
		{"file, form feed", []string{"--file", file("ff.txt", "Page one\fpage two")}, "U+000C) at byte offset 8"},
		{"text, invalid UTF-8", []string{"--text", "Flu shots \xc3 are in"}, "not valid UTF-8 at byte offset 10"},
		{"variant, NUL", []string{"--text", "Flu shots are in.", "--variant", "preview=Flu\x00 shots"}, "the text for preview has a control character (U+0000, NUL) at byte offset 3"},
		{"variant, invalid UTF-8", []string{"--text", "Flu shots are in.", "--variant", "preview=Flu \xff"}, "the text for preview is not valid UTF-8 at byte offset 4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := cli(t, "", append(base, tc.args...)...)
			if code != exitInvalid || !strings.Contains(errs, tc.want) {
				t.Fatalf("exit %d (want %d), stderr %q, stdout %q; want %q", code, exitInvalid, errs, out, tc.want)
			}
		})
	}
	code, out, errs := cli(t, "Flu shots\x00 are in", append(base, "--file", "-")...)
	if code != exitInvalid || !strings.Contains(errs, "NUL) at byte offset 9") {
		t.Fatalf("stdin with NUL: exit %d: %s%s", code, out, errs)
	}
	code, out, _ = cli(t, "", "--config", cfg, "post", "list", "--json")
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Fatalf("bad input left posts behind: %s", out)
	}
}
