package web

import (
	"context"
	"encoding/json"
	"html"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

const (
	// birthdayPost is issue 11's post, approved by typing "ok" three times.
	birthdayPost  = "Happy 91st birthday to our patient Maria Lopez, DOB 03/14/1935"
	guaranteePost = "Our clinic guarantees a cure for back pain!"
)

// inReview fails t unless post id still waits for review, unapproved.
func (e *testEnv) inReview(t *testing.T, id post.ID) {
	t.Helper()
	v, err := e.cal.GetPost(context.Background(), calendar.PostRef{ID: id})
	if err != nil {
		t.Fatal(err)
	}
	if v.Post.Status != post.StatusNeedsReview || v.Post.Approval != nil {
		t.Fatalf("post is %s (approval %+v) after a refused approval", v.Post.Status, v.Post.Approval)
	}
}

func TestReviewFormRefusesOverridesThatWavePatientsThrough(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	token, csrf := e.session("drlee")
	at := time.Now().Add(48 * time.Hour)

	bday := e.addPost(birthdayPost, at)
	if bday.Status != post.StatusNeedsReview {
		t.Fatalf("setup: birthday post is %s", bday.Status)
	}
	page := readBody(t, e.do("GET", "/review/"+bday.ID, token, nil))
	if !strings.Contains(page, `id="needs-authorization"`) || !strings.Contains(page, "needs their authorization for story, testimonial") {
		t.Error("the review page does not say the findings need the patient's authorization")
	}
	form := url.Values{"csrf": {csrf}, "decision": {"approve"}, "content_hash": {bday.ContentHash()}, "comment": {"looks fine"},
		"override_PRIV-05": {"ok"}, "override_PRIV-06": {"ok"}, "override_PRIV-10": {"ok"}}
	r := e.do("POST", "/posts/"+bday.ID+"/review", token, form)
	body := html.UnescapeString(readBody(t, r))
	if r.StatusCode != http.StatusConflict || !strings.Contains(body, "identify a patient") || !strings.Contains(body, "no patient authorization is linked") {
		t.Fatalf("ok-ok-ok approval of a patient's birthday: status %d\n%s", r.StatusCode, body)
	}
	// Nothing typed is lost: the reasons and the comment are back in the form.
	if !strings.Contains(body, `name="override_PRIV-10" value="ok"`) || !strings.Contains(body, ">looks fine</textarea>") {
		t.Error("the refused form lost what the reviewer typed")
	}
	e.inReview(t, bday.ID)

	claim := e.addPost(guaranteePost, at)
	form = url.Values{"csrf": {csrf}, "decision": {"approve"}, "content_hash": {claim.ContentHash()}, "override_CLAIM-01": {"ok ok ok ok ok"}}
	r = e.do("POST", "/posts/"+claim.ID+"/review", token, form)
	body = html.UnescapeString(readBody(t, r))
	if r.StatusCode != http.StatusBadRequest || !strings.Contains(body, "CLAIM-01") || !strings.Contains(body, "does not say why") {
		t.Fatalf("reason \"ok ok ok ok ok\": status %d\n%s", r.StatusCode, body)
	}
	e.inReview(t, claim.ID)

	// A reason that says why is accepted, and shown on the post page.
	form.Set("override_CLAIM-01", "Reviewed the wording with our lawyer")
	if r := e.do("POST", "/posts/"+claim.ID+"/review", token, form); r.StatusCode != http.StatusSeeOther {
		t.Fatalf("good reason: status %d\n%s", r.StatusCode, readBody(t, r))
	}
	page = readBody(t, e.do("GET", "/posts/"+claim.ID, token, nil))
	if !strings.Contains(page, "overrode “Promise or guarantee of results” (CLAIM-01): Reviewed the wording with our lawyer") {
		t.Error("the post page does not show the override reason")
	}
	if !strings.Contains(page, "overrides: CLAIM-01 (Reviewed the wording with our lawyer)") {
		t.Error("the post page's history does not show the reason in the audit entry")
	}
}

func TestAPIReviewRefusesOverridesThatWavePatientsThrough(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	token, csrf := e.session("drlee")
	at := time.Now().Add(48 * time.Hour)
	bday := e.addPost(birthdayPost, at)
	type apiCase struct {
		name     string
		id       post.ID
		body     string
		status   int
		code     string
		contains string
	}
	tests := []apiCase{
		{"patient identified, no authorization", bday.ID,
			`{"decision":"approve","overrides":{"PRIV-05":"ok","PRIV-06":"ok","PRIV-10":"ok"}}`,
			http.StatusConflict, post.EConflict, "no patient authorization is linked"},
		{"patient identified, good reasons, no authorization", bday.ID,
			`{"decision":"approve","overrides":{"PRIV-05":"family asked us to post","PRIV-06":"family asked us to post","PRIV-10":"family asked us to post"}}`,
			http.StatusConflict, post.EConflict, "identify a patient"},
	}
	for _, reason := range []string{"ok", "okokokokokok", "...............", "ok ok ok ok ok", "yes yes yes yes yes"} {
		claim := e.addPost(guaranteePost, at)
		b, _ := json.Marshal(map[string]any{"decision": "approve", "overrides": map[string]string{"CLAIM-01": reason}})
		tests = append(tests, apiCase{"reason " + reason, claim.ID, string(b), http.StatusBadRequest, post.EInvalid, "does not say why"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, code, msg := e.apiJSON("POST", "/api/posts/"+tt.id+"/review", token, csrf, tt.body)
			if status != tt.status || code != tt.code || !strings.Contains(msg, tt.contains) {
				t.Fatalf("status %d code %q message %q; want %d %q containing %q", status, code, msg, tt.status, tt.code, tt.contains)
			}
			e.inReview(t, tt.id)
		})
	}
}
