package web

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/preview"
	"github.com/practicepost/practicepost/post"
)

func TestPreviewPageShowsRecordsSafely(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	dir := t.TempDir()
	ch, err := preview.New(preview.Config{ID: "preview", Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	posts := []post.Outgoing{
		{PostID: "01FIRST", Text: "Flu shots are in. <script>alert(1)</script>", Link: "javascript:alert(2)"},
		{PostID: "01SECOND", Text: strings.Repeat("Wash your hands often. ", 15), Link: "https://www.cdc.gov/handwashing"},
	}
	var ids []string
	for _, o := range posts {
		rec, err := ch.Publish(context.Background(), o)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, rec.RemoteID)
	}
	e.rebuild(func(o *Options) { o.Channels = map[string]channels.Channel{"preview": ch} })
	token, _ := e.session("sam")
	page := readBody(t, e.do(http.MethodGet, "/preview", token, nil))

	checks := []struct {
		name string
		ok   bool
	}{
		{"newest first", strings.Contains(page, ids[1]) && strings.Index(page, ids[1]) < strings.Index(page, ids[0])},
		{"script escaped", !strings.Contains(page, "<script>alert(1)") && strings.Contains(page, "&lt;script&gt;alert(1)")},
		{"javascript link dropped", !strings.Contains(page, "javascript:")},
		{"https link shown", strings.Contains(page, `href="https://www.cdc.gov/handwashing"`)},
		{"X too long", strings.Contains(page, "too long for X")},
		{"LinkedIn folded", strings.Contains(page, "see more")},
		{"a look per network with a limit, each", strings.Count(page, `class="look look-`) == 2*len(channels.Looks(""))},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("preview page: %s", c.name)
		}
	}

	// A record that cannot be read is named as a problem; the others still show.
	if err := os.WriteFile(filepath.Join(dir, "preview-broken.json"), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	page = readBody(t, e.do(http.MethodGet, "/preview", token, nil))
	if !strings.Contains(page, "could not be read") || !strings.Contains(page, ids[0]) {
		t.Error("a broken record hides the others or is not reported")
	}
}
