package web

import (
	"bytes"
	"context"
	"html"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
)

// TestSkippedHourIsRefusedAndTheFormKept: 02:30 on the night the clocks go
// forward does not exist; Go would quietly make it 01:30 and the post would
// go out an hour before anyone chose. The compose form and the reschedule
// form refuse it, say why, keep what was typed and store nothing.
func TestSkippedHourIsRefusedAndTheFormKept(t *testing.T) {
	e := newTestEnv(t, storeOpts()) // America/New_York: 14 Mar 2027 jumps 02:00 -> 03:00
	token, csrf := e.session("sam")
	p := e.addPost("Flu shots this week.", time.Now().Add(48*time.Hour))
	cases := []struct {
		name, path string
		form       url.Values
		keep       []string // what the answer page must still show
	}{
		{"compose", "/posts", url.Values{"csrf": {csrf}, "body": {"Spring clinic hours & more"}, "channel": {"preview"},
			"when": {"at"}, "at": {"2027-03-14T02:30"}, "tags": {"spring"}},
			[]string{"Spring clinic hours &amp; more", `value="2027-03-14T02:30"`, `value="spring"`}},
		{"reschedule", "/posts/" + p.ID + "/reschedule", url.Values{"csrf": {csrf}, "when": {"at"}, "at": {"2027-03-14T02:00"}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var resp *http.Response
			if c.name == "compose" {
				resp = postMultipart(t, e, c.path, token, c.form)
			} else {
				resp = e.do("POST", c.path, token, c.form)
			}
			body := readBody(t, resp)
			if resp.StatusCode != http.StatusBadRequest {
				t.Fatalf("status %d, want 400", resp.StatusCode)
			}
			if msg := html.UnescapeString(body); !strings.Contains(msg, "does not exist in America/New_York: the clocks go forward from 02:00 to 03:00") {
				t.Errorf("the page does not say the hour is skipped: %s", msg[strings.Index(msg, "<main"):][:600])
			}
			for _, k := range c.keep {
				if !strings.Contains(body, k) {
					t.Errorf("the form lost %s", k)
				}
			}
		})
	}
	all, err := e.cal.ListPosts(context.Background(), calendar.ListQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 || all[0].Version != p.Version {
		t.Errorf("%d posts, the first at version %d; want only the original, unchanged", len(all), all[0].Version)
	}
	// An hour that exists still goes through.
	resp := e.do("POST", "/posts/"+p.ID+"/reschedule", token, url.Values{"csrf": {csrf}, "when": {"at"}, "at": {"2027-03-14T03:00"}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Errorf("03:00: status %d, want 303", resp.StatusCode)
	}
}

// postMultipart sends form the way the compose page does (it has a file
// input, so the browser sends multipart/form-data).
func postMultipart(t *testing.T, e *testEnv, path, token string, form url.Values) *http.Response {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, vs := range form {
		for _, v := range vs {
			if err := mw.WriteField(k, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequest("POST", e.ts.URL+path, &buf)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.AddCookie(&http.Cookie{Name: sessionCookie, Value: token})
	resp, err := noRedirect().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}
