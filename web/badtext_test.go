package web

import (
	"context"
	"html"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

// TestComposeRefusesBadBytes: the compose form refuses invalid UTF-8 and
// control characters in the text or a channel's text, naming the byte
// offset, keeps the rest of what was typed and stores nothing.
func TestComposeRefusesBadBytes(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	token, csrf := e.session("sam")
	tests := []struct {
		name  string
		field string
		text  string
		want  string
	}{
		{"body, invalid UTF-8", "body", "Flu shots\xff are in this week", "the post text is not valid UTF-8 at byte offset 9"},
		{"body, NUL", "body", "Flu shots\x00 are in this week", "the post text has a control character (U+0000, NUL) at byte offset 9"},
		{"body, escape", "body", "Flu shots \x1b are in this week", "U+001B) at byte offset 10"},
		{"variant, NUL", "variant_preview", "Flu\x00 shots are in this week", "the text for preview has a control character (U+0000, NUL) at byte offset 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			form := url.Values{"csrf": {csrf}, "body": {"Flu shots are in this week"}, "channel": {"preview"}, "when": {"next"}}
			form.Set(tt.field, tt.text)
			resp := postMultipart(t, e, "/posts", token, form)
			page := html.UnescapeString(readBody(t, resp))
			if resp.StatusCode != http.StatusBadRequest || !strings.Contains(page, tt.want) {
				t.Fatalf("status %d, want 400 with %q", resp.StatusCode, tt.want)
			}
			if !strings.Contains(page, " are in this week</textarea>") {
				t.Error("the refused form lost the text")
			}
		})
	}
	if ps, _ := e.cal.ListPosts(context.Background(), calendar.ListQuery{}); len(ps) != 0 {
		t.Fatalf("%d posts stored after bad input", len(ps))
	}
}

// TestAPIRefusesBadBytes: the JSON API refuses invalid UTF-8 in the body
// (which Go's decoder would quietly turn into U+FFFD), escaped controls and
// lone surrogates, naming the offset; nothing is stored or changed.
func TestAPIRefusesBadBytes(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	token, csrf := e.session("sam")
	kept := e.addPost("Flu shots this week.", time.Now().Add(48*time.Hour))
	tests := []struct {
		name, method, path, body, want string
	}{
		{"raw invalid UTF-8", "POST", "/api/posts", `{"body":"Flu shots` + "\xff" + ` are in","channels":["preview"]}`,
			"the request body is not valid UTF-8 at byte offset 18"},
		{"escaped NUL", "POST", "/api/posts", `{"body":"Flu shots\u0000 are in","channels":["preview"]}`,
			"the post text has a control character (U+0000, NUL) at byte offset 9"},
		{"escaped NUL in a variant", "POST", "/api/posts", `{"body":"Flu shots are in","channels":["preview"],"variants":{"preview":"Flu\u0007"}}`,
			"the text for preview has a control character (U+0007) at byte offset 3"},
		{"lone surrogate", "POST", "/api/posts", `{"body":"Flu shots \ud83d are in","channels":["preview"]}`,
			`a lone UTF-16 surrogate (\ud83d) at byte offset 19`},
		{"edit, raw invalid UTF-8", "PATCH", "/api/posts/" + kept.ID, `{"version":1,"body":"Flu` + "\xc3" + `"}`,
			"the request body is not valid UTF-8 at byte offset 24"},
		{"edit, escaped escape", "PATCH", "/api/posts/" + kept.ID, `{"version":1,"body":"Flu\u001b[1m"}`,
			"U+001B) at byte offset 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, _, msg := e.apiJSON(tt.method, tt.path, token, csrf, tt.body)
			if status != http.StatusBadRequest || !strings.Contains(msg, tt.want) {
				t.Fatalf("status %d %q; want 400 with %q", status, msg, tt.want)
			}
		})
	}
	ps, _ := e.cal.ListPosts(context.Background(), calendar.ListQuery{})
	if len(ps) != 1 || ps[0].Body != kept.Body || ps[0].Version != kept.Version {
		t.Fatalf("after bad input: %d posts, first %q", len(ps), ps[0].Body)
	}
	if ps[0].Status == post.StatusCancelled {
		t.Fatal("post cancelled")
	}
}
