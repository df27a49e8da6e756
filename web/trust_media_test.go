package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/media/mediatest"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// postJSON sends body to path as the session holder, with the CSRF header.
func (e *testEnv) postJSON(method, path, token, csrf, body string) *http.Response {
	e.t.Helper()
	req, err := http.NewRequest(method, e.ts.URL+path, strings.NewReader(body))
	if err != nil {
		e.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-CSRF-Token", csrf)
	req.AddCookie(&http.Cookie{Name: sessionCookie, Value: token})
	resp, err := noRedirect().Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// TestAPIMediaMustBeStoredImages: the JSON API took the client's media list
// as sent. A hash that is not a stored image is refused with a clear 400
// and nothing is stored; a stored image's record (shows_patient, type,
// size, name) wins over what the client says.
func TestAPIMediaMustBeStoredImages(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	ctx := context.Background()
	token, csrf := e.session("sam")
	knee, err := e.db.SaveMedia(ctx, bytes.NewReader(mediatest.PNG(6, 6, 0)),
		post.Media{Name: "knee.png", ContentType: "image/png", ShowsPatient: true})
	if err != nil {
		t.Fatal(err)
	}
	at := time.Now().Add(72 * time.Hour).UTC().Format(time.RFC3339)
	body := func(media string) string {
		return fmt.Sprintf(`{"body":"Our new clinic room is open.","channels":["x"],"at":%q,"media":[%s]}`, at, media)
	}
	for _, c := range []struct{ name, media string }{
		{"path traversal", `{"hash":"../../../../../../../../../dev/zero","name":"a.png","content_type":"image/png","size":1}`},
		{"absolute path", `{"hash":"/dev/zero"}`},
		{"short hash", `{"hash":"ab"}`},
		{"upper-case hash", fmt.Sprintf(`{"hash":%q}`, strings.ToUpper(knee.Hash))},
		{"hex never uploaded", fmt.Sprintf(`{"hash":%q}`, strings.Repeat("ab", 32))},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp := e.postJSON("POST", "/api/posts", token, csrf, body(c.media))
			got := readBody(t, resp)
			if resp.StatusCode != http.StatusBadRequest {
				t.Fatalf("status %d, want 400: %s", resp.StatusCode, got)
			}
			if !strings.Contains(got, "image") {
				t.Errorf("the error does not say what is wrong: %s", got)
			}
		})
	}
	var n int
	if err := e.db.View(ctx, func(tx store.Tx) error {
		return tx.EachPost("", func(*post.Post) error { n++; return nil })
	}); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Fatalf("%d posts stored from refused requests", n)
	}

	// The client says the image shows no patient and is tiny; the store
	// knows better.
	lie := fmt.Sprintf(`{"hash":%q,"name":"view.png","content_type":"text/html","size":1,"shows_patient":false,"alt_text":"Our room"}`, knee.Hash)
	resp := e.postJSON("POST", "/api/posts", token, csrf, body(lie))
	got := readBody(t, resp)
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("status %d: %s", resp.StatusCode, got)
	}
	var p post.Post
	if err := json.Unmarshal([]byte(got), &p); err != nil {
		t.Fatal(err)
	}
	m := p.Media[0]
	if !m.ShowsPatient || m.ContentType != "image/png" || m.Size != knee.Size || m.Name != "knee.png" {
		t.Errorf("stored media %+v, want the stored record %+v", m, knee)
	}
	if m.AltText != "Our room" {
		t.Errorf("alt text %q, want the client's", m.AltText)
	}
	if p.Status == post.StatusScheduled || p.Status == post.StatusApproved {
		t.Errorf("a post with a patient's photo and no authorization is %s", p.Status)
	}

	// An edit through PATCH is held to the same rule.
	resp = e.postJSON("PATCH", "/api/posts/"+p.ID, token, csrf, fmt.Sprintf(`{"media":[{"hash":%q}]}`, "../../../../etc/passwd"))
	if got := readBody(t, resp); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("PATCH with a traversal hash: status %d: %s", resp.StatusCode, got)
	}
}

// TestStaffCannotLiftAReviewersHold: POST /posts/{id}/release by staff on a
// post a reviewer held was obeyed. The page no longer offers it and the
// POST is refused.
func TestStaffCannotLiftAReviewersHold(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	ctx := context.Background()
	p := e.addPost("Flu shots this week.", time.Now().Add(72*time.Hour))
	if _, err := e.cal.HoldPost(ctx, calendar.PostRef{Actor: calendar.Actor{Name: "drlee", Role: post.RoleReviewer}, ID: p.ID, Reason: "check the dates"}); err != nil {
		t.Fatal(err)
	}
	token, csrf := e.session("sam")
	if html := readBody(t, e.do("GET", "/posts/"+p.ID, token, nil)); strings.Contains(html, "/release") {
		t.Error("the post page offers staff a release button for a reviewer's hold")
	}
	if r := e.do("POST", "/posts/"+p.ID+"/release", token, url.Values{"csrf": {csrf}}); r.StatusCode != http.StatusForbidden {
		t.Errorf("staff release of a reviewer's hold: %d, want 403", r.StatusCode)
	}
	v, err := e.cal.GetPost(ctx, calendar.PostRef{ID: p.ID})
	if err != nil {
		t.Fatal(err)
	}
	if v.Post.Status != post.StatusHeld {
		t.Errorf("post is %s, want still held", v.Post.Status)
	}
	reviewer, rcsrf := e.session("drlee")
	if r := e.do("POST", "/posts/"+p.ID+"/release", reviewer, url.Values{"csrf": {rcsrf}}); r.StatusCode != http.StatusSeeOther {
		t.Errorf("reviewer release: %d, want 303", r.StatusCode)
	}
}

// TestAPIMediaListIsBounded: attacking the fix above: one stored 10 MB
// image named 10,000 times would be read 10,000 times into memory at the
// slot, and alt text had no limit. Both are refused.
func TestAPIMediaListIsBounded(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	token, csrf := e.session("sam")
	img, err := e.db.SaveMedia(context.Background(), bytes.NewReader(mediatest.PNG(4, 4, 0)), post.Media{Name: "a.png", ContentType: "image/png"})
	if err != nil {
		t.Fatal(err)
	}
	ref := fmt.Sprintf(`{"hash":%q}`, img.Hash)
	many := strings.TrimSuffix(strings.Repeat(ref+",", 11), ",")
	long := fmt.Sprintf(`{"hash":%q,"alt_text":%q}`, img.Hash, strings.Repeat("a", 1001))
	for name, media := range map[string]string{"11 images": many, "alt text of 1001 characters": long} {
		resp := e.postJSON("POST", "/api/posts", token, csrf, `{"body":"Our new clinic room.","channels":["x"],"media":[`+media+`]}`)
		if body := readBody(t, resp); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400: %.200s", name, resp.StatusCode, body)
		}
	}
}
