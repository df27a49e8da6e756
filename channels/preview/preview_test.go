package preview_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/preview"
	"github.com/practicepost/practicepost/post"
)

func TestConformance(t *testing.T) {
	channeltest.Run(t, channeltest.Opt{
		Name: "preview",
		New: func(t *testing.T, _ string) channels.Channel {
			c, err := preview.New(preview.Config{ID: "preview", Dir: filepath.Join(t.TempDir(), "out")})
			if err != nil {
				t.Fatal(err)
			}
			return c
		},
	})
}

func TestFilesAndList(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "preview")
	c, err := preview.New(preview.Config{ID: "preview", Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := preview.List(dir); err != nil || len(got) != 0 {
		t.Fatalf("List of a missing folder = %v, %v; want none", got, err)
	}
	o := post.Outgoing{PostID: post.NewID(time.Now()), AttemptID: "a1", Text: "Flu shots <b>this</b> week " + strings.Repeat("long ", 60),
		Link: "https://example.org/flu", Media: []post.MediaFile{channeltest.TestImage()}}
	r1, err := c.Publish(t.Context(), o)
	if err != nil {
		t.Fatal(err)
	}
	o.Text = "second"
	o.Media = nil
	r2, err := c.Publish(t.Context(), o)
	if err != nil {
		t.Fatal(err)
	}

	st, err := os.Stat(dir)
	if err != nil || st.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v, %v; want 0700", st.Mode().Perm(), err)
	}
	for _, name := range []string{r1.RemoteID + ".json", r1.RemoteID + ".html"} {
		st, err := os.Stat(filepath.Join(dir, name))
		if err != nil || st.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v, %v; want 0600", name, st.Mode().Perm(), err)
		}
	}
	card, err := os.ReadFile(filepath.Join(dir, r1.RemoteID+".html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"data:image/png;base64,", "&lt;b&gt;this&lt;/b&gt;", "see more", "too long for X", `alt="A test pattern"`} {
		if !strings.Contains(string(card), want) {
			t.Errorf("card lacks %q", want)
		}
	}
	if strings.Contains(string(card), "<b>this</b>") {
		t.Error("card does not escape the post text")
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".tmp-*"))
	if len(leftovers) != 0 {
		t.Errorf("temp files left: %v", leftovers)
	}

	// A corrupt record is named, the others still listed.
	if err := os.WriteFile(filepath.Join(dir, "preview-01ARZ3NDEKTSV4RRFFQ69G5FAV.json"), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := preview.List(dir)
	if err == nil || !strings.Contains(err.Error(), "preview-01ARZ3NDEKTSV4RRFFQ69G5FAV.json") {
		t.Errorf("List error %v, want it to name the corrupt file", err)
	}
	if len(got) != 2 || got[0].RemoteID != r2.RemoteID || got[1].RemoteID != r1.RemoteID || got[1].Media[0].Size == 0 {
		t.Errorf("List = %+v, want r2 then r1", got)
	}

	ms, err := c.Engagement(t.Context(), []string{r1.RemoteID, "../../etc/passwd", "preview-01ARZ3NDEKTSV4RRFFQ69G5FAA"})
	if err != nil || len(ms) != 1 || ms[0].Impressions != nil || ms[0].Reactions != nil || ms[0].Comments != nil || ms[0].Shares != nil || ms[0].Clicks != nil {
		t.Errorf("Engagement = %+v, %v; want one snapshot with every figure nil", ms, err)
	}
	acct, err := c.Verify(t.Context())
	if err != nil || acct.ID != dir {
		t.Errorf("Verify = %+v, %v", acct, err)
	}
}

func TestRefusals(t *testing.T) {
	if _, err := preview.New(preview.Config{ID: "p"}); err == nil {
		t.Error("New without a folder succeeded")
	}
	c, err := preview.New(preview.Config{ID: "p", Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Publish(t.Context(), post.Outgoing{Text: " "})
	if channels.ClassOf(err) != channels.Permanent {
		t.Errorf("empty post: %v, want permanent", err)
	}
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	c, _ = preview.New(preview.Config{ID: "p", Dir: filepath.Join(file, "sub")})
	_, err = c.Publish(t.Context(), post.Outgoing{Text: "hello"})
	if channels.ClassOf(err) != channels.Retryable {
		t.Errorf("unwritable folder: %v, want retryable", err)
	}
}

// TestCardInPracticeTime: the card says when the post went out in the
// practice's time, as the web pages do, not in UTC (issue 14, item 14).
func TestCardInPracticeTime(t *testing.T) {
	loc, err := time.LoadLocation("America/Chicago")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	c, err := preview.New(preview.Config{ID: "preview", Dir: dir, Location: loc})
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Publish(t.Context(), post.Outgoing{PostID: post.NewID(time.Now()), AttemptID: "a1", Text: "Flu shots this week."})
	if err != nil {
		t.Fatal(err)
	}
	card, err := os.ReadFile(filepath.Join(dir, r.RemoteID+".html"))
	if err != nil {
		t.Fatal(err)
	}
	want := r.PublishedAt.In(loc).Format("Mon 2 Jan 2006 15:04 MST")
	if !strings.Contains(string(card), want) {
		t.Errorf("the card lacks the practice's time %q:\n%s", want, card)
	}
	if strings.Contains(string(card), " UTC") {
		t.Error("the card gives the time in UTC")
	}
}
