package main

import (
	"strings"
	"testing"
)

func TestUnknownSubcommandsAreUsageErrors(t *testing.T) {
	tests := []struct {
		args     []string
		wantCode int
		wantErr  string
	}{
		{[]string{"bogus"}, exitInvalid, `unknown command "bogus" for "practicepost"`},
		{[]string{"post", "bogus"}, exitInvalid, `unknown command "bogus" for "practicepost post"`},
		{[]string{"post", "lst"}, exitInvalid, "did you mean list?"},
		{[]string{"review", "aprove", "X"}, exitInvalid, "did you mean approve?"},
		{[]string{"post"}, exitOK, ""},
		{[]string{"channels", "--help"}, exitOK, ""},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, out, errs := cli(t, "", tc.args...)
			if code != tc.wantCode || !strings.Contains(errs, tc.wantErr) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", code, errs, tc.wantCode, tc.wantErr)
			}
			if code == exitOK && !strings.Contains(out, "Usage:") {
				t.Fatalf("a group named alone should print its help, got %q", out)
			}
		})
	}
}
