package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// TestCLIReviewNeedsTheDoctorsProof: a review decision from a shell needs
// the --as doctor's password (or token), or an explicit --on-behalf; the
// audit trail records the shell account and how, never a bare doctor name.
func TestCLIReviewNeedsTheDoctorsProof(t *testing.T) {
	cfg := mustInit(t)
	dir := t.TempDir()
	pw, wrong := filepath.Join(dir, "pw"), filepath.Join(dir, "wrong")
	os.WriteFile(pw, []byte("correct horse battery\n"), 0o600)
	os.WriteFile(wrong, []byte("not the password\n"), 0o600)
	if code, _, errs := cli(t, "", "--config", cfg, "user", "add", "drlee", "--role", "reviewer", "--password-file", pw); code != 0 {
		t.Fatalf("user add: exit %d: %s", code, errs)
	}
	at := time.Now().Add(48 * time.Hour).UTC().Format(time.RFC3339)
	add := func() string {
		t.Helper()
		code, out, errs := cli(t, "", "--config", cfg, "post", "add", "--text", "Thanks to our patient for the kind review!", "--channel", "preview", "--at", at, "--json")
		var p post.Post
		if code != 0 || json.Unmarshal([]byte(out), &p) != nil || p.Status != post.StatusNeedsReview {
			t.Fatalf("post add: exit %d: %s%s", code, out, errs)
		}
		return p.ID
	}
	a, b := add(), add()
	approve := func(id string, extra ...string) (int, string) {
		code, _, errs := cli(t, "", append([]string{"--config", cfg, "review", "approve", id, "--as", "drlee"}, extra...)...)
		return code, errs
	}
	if code, errs := approve(a); code != exitInvalid || !strings.Contains(errs, "--password-file") || !strings.Contains(errs, "--on-behalf") {
		t.Errorf("no proof: exit %d, %q", code, errs)
	}
	if code, errs := approve(a, "--password-file", wrong); code != exitForbidden || !strings.Contains(errs, "not drlee's password") {
		t.Errorf("wrong password: exit %d, %q", code, errs)
	}
	if code, errs := approve(a, "--password-file", pw); code != 0 {
		t.Fatalf("with drlee's password: exit %d, %q", code, errs)
	}
	if code, errs := approve(b, "--on-behalf"); code != 0 {
		t.Fatalf("on behalf: exit %d, %q", code, errs)
	}
	_, out, _ := cli(t, "", "--config", cfg, "audit", "export", "--format", "json")
	var entries []post.AuditEntry
	if err := json.Unmarshal([]byte(out), &entries); err != nil {
		t.Fatal(err)
	}
	who := map[string]string{}
	for _, e := range entries {
		if e.Action == "review.approve" {
			who[e.Subject] = e.Actor
		}
	}
	me := osActor()
	if got := who[a]; got != me+" (password) as drlee" {
		t.Errorf("the password approval is recorded as %q", got)
	}
	if got := who[b]; got != me+" (on behalf) as drlee" {
		t.Errorf("the on-behalf approval is recorded as %q", got)
	}
}
