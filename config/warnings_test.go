package config

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestWarnings(t *testing.T) {
	const doc = `[practice]
name = "Oak Hollow Clinic"
timezone = "America/Chicago"
state = "IL"

[[channels]]
id = "linkedin"
kind = "linkedin"
organization_id = "12345678"
access_token = "literal-token"
api_version = "202611"
token_expires = "2026-12-01"
`
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name string
		mode os.FileMode
		now  time.Time
		want []string // one substring per expected warning, in order
	}{
		{"private file, token far off", 0o600, day("2026-11-01"),
			[]string{"config.toml:10: channels[0].access_token: secret written in the file"}},
		{"token within a week", 0o600, day("2026-11-26"),
			[]string{"access_token: secret", `config.toml:12: channels[0].token_expires: LinkedIn token of channel "linkedin" expires on 2026-12-01`}},
		{"token expired", 0o600, day("2026-12-02"),
			[]string{"access_token: secret", `token_expires: LinkedIn token of channel "linkedin" expired on 2026-12-01`}},
		{"readable by others", 0o644, day("2026-11-01"),
			[]string{"access_token: secret", "config.toml: mode 0644 lets other users read it; run chmod 600"}},
		// The Debian package's layout: root:practicepost 0640, so the
		// daemon's group reads it and nobody else does.
		{"readable by its group only", 0o640, day("2026-11-01"),
			[]string{"access_token: secret"}},
		{"writable by its group", 0o660, day("2026-11-01"),
			[]string{"access_token: secret", "config.toml: mode 0660 lets other users read it; run chmod 600"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.mode&0o077 != 0 && runtime.GOOS == "windows" {
				t.Skip("no Unix permissions on Windows")
			}
			path := filepath.Join(t.TempDir(), "config.toml")
			if err := os.WriteFile(path, []byte(doc), tt.mode); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(path, tt.mode); err != nil { // umask may have narrowed it
				t.Fatal(err)
			}
			c, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			c.now = func() time.Time { return tt.now }
			got := c.Warnings()
			if len(got) != len(tt.want) {
				t.Fatalf("warnings = %q, want %d", got, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("warning %d = %q, want it to contain %q", i, got[i], w)
				}
			}
		})
	}
}

// TestExampleDetailsWarned: a config still holding the example's practice
// name, .example links and 555 numbers is warned about, each by its key;
// real details are not.
func TestExampleDetailsWarned(t *testing.T) {
	const real = `[practice]
name = "Oak Hollow Clinic"
timezone = "America/Chicago"
state = "IL"
phones = ["(217) 389-4410"]
domains = ["oakhollowclinic.com"]
website = "https://oakhollowclinic.com"
`
	c, err := Parse([]byte(real), "config.toml", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if w := c.Warnings(); len(w) != 0 {
		t.Errorf("real details warned about: %q", w)
	}
	data, err := os.ReadFile("../config.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	c, err = Parse(data, "config.example.toml", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(c.Warnings(), "\n")
	for _, want := range []string{"practice.name: \"Maple Street Family Medicine\" is still the example's",
		"practice.domains[0]", "practice.website", "practice.booking_url", "practice.phones[0]: \"(555) 010-4477\" is a 555 number"} {
		if !strings.Contains(got, want) {
			t.Errorf("warnings lack %q:\n%s", want, got)
		}
	}
}
