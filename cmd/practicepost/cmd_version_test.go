package main

import (
	"strings"
	"testing"
)

func TestVersion(t *testing.T) {
	code, out, errs := cli(t, "", "version")
	if code != exitOK || !strings.HasPrefix(out, "practicepost ") || !strings.Contains(out, "go1.") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestVersionLicenses checks that the notices the binary must carry are
// really in it: our licence, NOTICE's credits and every module's record.
func TestVersionLicenses(t *testing.T) {
	code, out, errs := cli(t, "", "version", "--licenses")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"Copyright 2026 The practicepost Authors",          // NOTICE
		"TERMS AND CONDITIONS FOR USE, REPRODUCTION",       // LICENSE
		"| go.etcd.io/bbolt | ",                            // a module's row
		"The FreeType Project",                             // a credit a licence asks for
		"`internal/twittertext/tlds.txt` | twitter-text (", // embedded outside data
	} {
		if !strings.Contains(out, want) {
			t.Errorf("version --licenses lacks %q", want)
		}
	}
}
