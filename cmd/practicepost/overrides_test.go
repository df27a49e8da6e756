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

// TestReviewApproveRefusesOverridesThatWavePatientsThrough runs issue 11's
// approval through the CLI: "ok" reasons and a patient identified with no
// authorization are refused with a clear message, and the post stays in
// review.
func TestReviewApproveRefusesOverridesThatWavePatientsThrough(t *testing.T) {
	cfg := mustInit(t)
	pw := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pw, []byte("correct horse battery\n"), 0o600)
	if code, _, errs := cli(t, "", "--config", cfg, "user", "add", "drlee", "--role", "reviewer", "--password-file", pw); code != 0 {
		t.Fatalf("user add: exit %d: %s", code, errs)
	}
	at := time.Now().Add(48 * time.Hour).UTC().Format(time.RFC3339)
	add := func(text string, extra ...string) string {
		t.Helper()
		args := append([]string{"--config", cfg, "post", "add", "--text", text, "--channel", "preview", "--at", at, "--json"}, extra...)
		code, out, errs := cli(t, "", args...)
		var p post.Post
		if code != 0 || json.Unmarshal([]byte(out), &p) != nil {
			t.Fatalf("post add: exit %d: %s%s", code, out, errs)
		}
		if p.Status != post.StatusNeedsReview {
			t.Fatalf("post add: %s, want needs_review", p.Status)
		}
		return p.ID
	}
	status := func(id string) post.Status {
		t.Helper()
		_, out, _ := cli(t, "", "--config", cfg, "post", "show", id, "--json")
		var p struct{ Status post.Status }
		json.Unmarshal([]byte(out), &p)
		return p.Status
	}
	const birthday = "Happy 91st birthday to our patient Maria Lopez, DOB 03/14/1935"
	okReasons := []string{"--override", "PRIV-05=ok", "--override", "PRIV-06=ok", "--override", "PRIV-10=ok"}
	goodReasons := []string{"--override", "PRIV-05=family asked us to post it", "--override", "PRIV-06=family asked us to post it",
		"--override", "PRIV-10=family asked us to post it"}

	bday := add(birthday)
	claim := add("Our clinic guarantees a cure for back pain!")
	tests := []struct {
		name string
		id   string
		args []string
		want int
		msg  string
	}{
		{"ok reasons, no authorization", bday, okReasons, exitConflict, "no patient authorization is linked"},
		{"good reasons, no authorization", bday, goodReasons, exitConflict, "identify a patient"},
		{"reason ok", claim, []string{"--override", "CLAIM-01=ok"}, exitInvalid, "does not say why"},
		{"reason okokok", claim, []string{"--override", "CLAIM-01=okokokokokokok"}, exitInvalid, "does not say why"},
		{"reason dots", claim, []string{"--override", "CLAIM-01=..............."}, exitInvalid, "does not say why"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"--config", cfg, "review", "approve", tc.id, "--as", "drlee", "--on-behalf"}, tc.args...)
			code, out, errs := cli(t, "", args...)
			if code != tc.want || !strings.Contains(errs, tc.msg) {
				t.Fatalf("exit %d (want %d): %s%s", code, tc.want, out, errs)
			}
			if s := status(tc.id); s != post.StatusNeedsReview {
				t.Fatalf("post is %s after a refused approval", s)
			}
		})
	}

	// With the patient's story authorization linked and reasons that say
	// why, the approval goes through.
	code, out, errs := cli(t, "", "--config", cfg, "--as", "admin", "authorization", "add", "--patient-ref", "CHART-7", "--use", "story",
		"--granted", time.Now().AddDate(0, -1, 0).Format("2006-01-02"), "--json")
	var auth post.Authorization
	if code != 0 || json.Unmarshal([]byte(out), &auth) != nil {
		t.Fatalf("authorization add: exit %d: %s%s", code, out, errs)
	}
	authorized := add(birthday, "--authorization", auth.ID)
	if code, out, errs := cli(t, "", append([]string{"--config", cfg, "review", "approve", authorized, "--as", "drlee", "--on-behalf"}, okReasons...)...); code != exitInvalid {
		t.Fatalf("authorized post with ok reasons: exit %d: %s%s", code, out, errs)
	}
	if code, out, errs := cli(t, "", append([]string{"--config", cfg, "review", "approve", authorized, "--as", "drlee", "--on-behalf"}, goodReasons...)...); code != 0 {
		t.Fatalf("authorized post with good reasons: exit %d: %s%s", code, out, errs)
	}
	if s := status(authorized); s != post.StatusScheduled {
		t.Fatalf("approved post is %s", s)
	}
}
