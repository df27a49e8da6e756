package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/media/mediatest"
	"github.com/practicepost/practicepost/post"
)

// Through the JSON API too, a post with images is not scheduled on Google
// while practicepost has no public address for them: 400 with the reason,
// for a new post and for an edit that adds the image; a text-only post goes.
func TestAPIRefusesGoogleImagesWithoutPublicLinks(t *testing.T) {
	e := newTestEnvWith(t, storeOpts(), []calendar.ChannelInfo{{ID: "gbp", Kind: "google", Name: "Google profile"}})
	token, csrf := e.session("sam")
	img, err := e.db.SaveMedia(context.Background(), bytes.NewReader(mediatest.PNG(6, 6, 0)), post.Media{Name: "room.png", ContentType: "image/png"})
	if err != nil {
		t.Fatal(err)
	}
	at := time.Now().Add(72 * time.Hour).UTC().Format(time.RFC3339)
	media := fmt.Sprintf(`[{"hash":%q,"alt_text":"Our room"}]`, img.Hash)

	resp := e.postJSON("POST", "/api/posts", token, csrf, fmt.Sprintf(`{"body":"Our new room is open.","channels":["gbp"],"at":%q,"media":%s}`, at, media))
	if got := readBody(t, resp); resp.StatusCode != http.StatusBadRequest || !strings.Contains(got, "needs public media links") || !strings.Contains(got, "public_base_url") {
		t.Fatalf("an image post to Google: %d %s", resp.StatusCode, got)
	}
	resp = e.postJSON("POST", "/api/posts", token, csrf, fmt.Sprintf(`{"body":"Our new room is open.","channels":["gbp"],"at":%q}`, at))
	got := readBody(t, resp)
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("a text post to Google: %d %s", resp.StatusCode, got)
	}
	var p post.Post
	if err := json.Unmarshal([]byte(got), &p); err != nil {
		t.Fatal(err)
	}
	resp = e.postJSON("PATCH", "/api/posts/"+p.ID, token, csrf, `{"media":`+media+`}`)
	if got := readBody(t, resp); resp.StatusCode != http.StatusBadRequest || !strings.Contains(got, "needs public media links") {
		t.Errorf("adding an image to the Google post: %d %s", resp.StatusCode, got)
	}
}
