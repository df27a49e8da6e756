package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestCLIManagesUsers: `user` adds with an e-mail, edits, changes a role,
// disables and enables, and removes (only with --yes); each says what it
// did; a removed user keeps their name in the list, cannot be enabled, and
// their login cannot be taken by a newcomer; the admin cannot remove or
// demote themselves; every change is audited under the shell account.
func TestCLIManagesUsers(t *testing.T) {
	cfg := mustInit(t)
	pw := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pw, []byte("correct horse battery\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (int, string, string) {
		t.Helper()
		return cli(t, "", append([]string{"--config", cfg}, args...)...)
	}
	steps := []struct {
		args     []string
		wantCode int
		wantOut  string // in stdout, or stderr when the code is not 0
	}{
		{[]string{"user", "add", "drlee", "--role", "reviewer", "--display-name", "Dr. Lee", "--email", "lee@clinic.example", "--password-file", pw}, 0, "user drlee added"},
		{[]string{"user", "add", "sam", "--email", "sam@clinic.example\nBcc: x@y.example", "--password-file", pw}, exitInvalid, "not one e-mail address"},
		{[]string{"user", "edit", "drlee", "--display-name", "Dr. Kim Lee", "--email", "kim.lee@clinic.example"}, 0, "drlee changed"},
		{[]string{"user", "edit", "drlee"}, exitInvalid, "--display-name or --email"},
		{[]string{"user", "role", "drlee", "admin"}, 0, "drlee is now admin; their web sessions and API tokens are revoked"},
		{[]string{"user", "role", "drlee", "owner"}, exitInvalid, "not staff, reviewer or admin"},
		{[]string{"user", "role", "admin", "staff", "--as", "admin"}, exitConflict, "your own account"},
		{[]string{"user", "remove", "admin", "--yes", "--as", "admin"}, exitConflict, "your own account"},
		{[]string{"user", "disable", "drlee"}, 0, "drlee disabled"},
		{[]string{"user", "role", "admin", "staff"}, exitConflict, "last active admin"},
		{[]string{"user", "enable", "drlee"}, 0, "drlee enabled"},
		{[]string{"user", "remove", "drlee"}, exitInvalid, "--yes"},
		{[]string{"user", "remove", "drlee", "--yes", "--as", "admin"}, 0, "drlee removed; their web sessions and API tokens are revoked"},
		{[]string{"user", "enable", "drlee"}, exitConflict, "was removed"},
		{[]string{"user", "add", "drlee", "--password-file", pw}, exitConflict, "belonged to Dr. Kim Lee (drlee)"},
		{[]string{"user", "list"}, 0, "removed"},
	}
	for _, s := range steps {
		code, out, errs := run(s.args...)
		got := out
		if code != 0 {
			got = errs
		}
		if code != s.wantCode || !strings.Contains(got, s.wantOut) {
			t.Errorf("%s: exit %d, %q%q; want exit %d with %q", strings.Join(s.args, " "), code, out, errs, s.wantCode, s.wantOut)
		}
	}
	_, out, _ := run("user", "list", "--json")
	var us []post.User
	if err := json.Unmarshal([]byte(out), &us); err != nil {
		t.Fatal(err)
	}
	for _, u := range us {
		if u.Name == "drlee" && (!u.Removed || u.DisplayName != "Dr. Kim Lee" || u.Email != "" || u.PasswordHash != "") {
			t.Errorf("removed drlee lists as %+v; want removed, the display name kept, no e-mail or hash", u)
		}
	}
	_, out, _ = run("audit", "export", "--format", "json")
	var entries []post.AuditEntry
	if err := json.Unmarshal([]byte(out), &entries); err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, e := range entries {
		if strings.HasPrefix(e.Action, "user.") && e.Subject == "user:drlee" {
			seen[e.Action] = e.Actor
		}
	}
	for _, action := range []string{"user.add", "user.edit", "user.role", "user.disable", "user.enable", "user.remove"} {
		if !strings.HasPrefix(seen[action], "cli:") {
			t.Errorf("%s audited as %q, want the shell account", action, seen[action])
		}
	}
	if !strings.HasSuffix(seen["user.remove"], " as admin") {
		t.Errorf("remove --as admin audited as %q, want the shell account as admin", seen["user.remove"])
	}
}
