package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

// TestPlainWordsOnPages: the words issue 14 (item 9) found odd are gone: no
// red badge that says 0, no "finding(s)", no "Review needs review".
func TestPlainWordsOnPages(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	reviewer, _ := e.session("drlee")
	if page := readBody(t, e.do(http.MethodGet, "/calendar", reviewer, nil)); strings.Contains(page, `class="count"`) {
		t.Errorf("with nothing waiting and no alert, the header still shows a count badge:\n%s", page)
	}
	p := e.addPost("Thanks to our patient for the kind review!", time.Now().Add(48*time.Hour))
	old := e.addPost("Happy birthday to our patient, 92 years old today!", time.Now().Add(72*time.Hour))
	tests := []struct {
		user, path string
		want       []string
		not        []string
	}{
		{"drlee", "/calendar", []string{`aria-label="2 waiting">2<`}, []string{`id="alert-count"`}},
		{"drlee", "/review/" + p.ID, []string{"<h1>Review this post</h1>"}, []string{"<h1>Review <span"}},
		{"sam", "/posts/" + p.ID + "/edit", []string{"The last check found one thing to look at."}, []string{"finding(s)"}},
		// Rule names first, codes second, and no "findings".
		{"drlee", "/posts/" + old.ID, []string{"<strong>Patient&#39;s age over 89 — must change</strong> <small class=\"code\">PRIV-06</small>", "Checklist: must change"},
			[]string{"PRIV-06 (block)", "No findings", "Checklist: block"}},
		{"drlee", "/review/" + old.ID, []string{"Patient&#39;s age over 89 — must change", "what the checklist found"}, []string{"PRIV-06 (block)", "Findings"}},
		{"drlee", "/review", []string{"Patient&#39;s age over 89 — must change"}, []string{"PRIV-06 (block)"}},
		{"ada", "/channels", []string{"Every day at 9:00; Weekdays at 15:00", "Every day at 10:30"}, []string{"0 9 * * *", "30 10 * * *"}},
	}
	for _, tt := range tests {
		token, _ := e.session(tt.user)
		page := readBody(t, e.do(http.MethodGet, tt.path, token, nil))
		for _, w := range tt.want {
			if !strings.Contains(page, w) {
				t.Errorf("%s as %s lacks %q", tt.path, tt.user, w)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(page, n) {
				t.Errorf("%s as %s still has %q", tt.path, tt.user, n)
			}
		}
	}
}

// TestLiveCheckHeadings: the compose page's live checklist gets each rule's
// name and what it asks from the server, with the channel by name, so the
// script never shows "PLAT-01 (block, x)".
func TestLiveCheckHeadings(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	token, csrf := e.session("sam")
	resp := e.postJSON(http.MethodPost, "/api/check", token, csrf,
		`{"body":"Our patient is 92 years old. `+strings.Repeat("Flu shots are in. ", 20)+`","channels":["x"]}`)
	var out struct {
		Findings []struct{ Rule, Heading string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"PRIV-06": "Patient's age over 89 — must change", "PLAT-01": "Too long for the network — must change, on X"}
	for _, f := range out.Findings {
		if w, ok := want[f.Rule]; ok {
			if f.Heading != w {
				t.Errorf("%s heading %q, want %q", f.Rule, f.Heading, w)
			}
			delete(want, f.Rule)
		}
	}
	if len(want) > 0 {
		t.Errorf("the check did not report %v: %+v", want, out.Findings)
	}
}

// TestHistoryAndNamesInWords: a post's history reads as sentences, people
// go by their display names and channels by their names (issue 14, item 9).
func TestHistoryAndNamesInWords(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	ctx := context.Background()
	for _, u := range []calendar.AddUser{
		{Actor: calendar.System, Name: "lin", DisplayName: "Lin Park", Role: post.RoleStaff, Password: testPassword},
		{Actor: calendar.System, Name: "drkim", DisplayName: "Dr. Kim Ortiz", Role: post.RoleReviewer, Password: testPassword},
	} {
		if _, err := e.cal.AddUser(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	at := time.Now().Add(72 * time.Hour)
	p, err := e.cal.AddPost(ctx, calendar.AddPost{Actor: calendar.Actor{Name: "lin", Role: post.RoleStaff},
		Body: "Thanks to our patient for the kind review!", Channels: []string{"fb"}, At: at})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.cal.Review(ctx, calendar.ReviewPost{Actor: calendar.Actor{Name: "drkim", Role: post.RoleReviewer},
		ID: p.ID, Decision: post.DecisionRequestChanges, Comment: "Say it without 'patient'"}); err != nil {
		t.Fatal(err)
	}
	lin, _ := e.session("lin")
	page := readBody(t, e.do(http.MethodGet, "/posts/"+p.ID, lin, nil))
	for _, w := range []string{"By Lin Park", "Lin Park (staff)", "<td>Lin Park</td><td>Written. Checked: needs a doctor</td><td>Now needs review</td>",
		"<td>Dr. Kim Ortiz</td><td>Sent back for changes</td>", "Dr. Kim Ortiz: <strong>asked for changes</strong>", "<td>Facebook Page</td><td>"} {
		if !strings.Contains(page, w) {
			t.Errorf("the post page lacks %q", w)
		}
	}
	for _, n := range []string{"post.create", "post.draft", "review.request_changes", "needs_review", ">lin<", ">drkim<", "<td>fb</td>", "request_changes"} {
		if strings.Contains(page, n) {
			t.Errorf("the post page still shows %q", n)
		}
	}
	drafts := readBody(t, e.do(http.MethodGet, "/drafts", lin, nil))
	if !strings.Contains(drafts, "Dr. Kim Ortiz asked for changes") || !strings.Contains(drafts, "for Facebook Page") {
		t.Errorf("the drafts page does not name the doctor and the channel by name:\n%s", drafts)
	}
	q, err := e.cal.AddPost(ctx, calendar.AddPost{Actor: calendar.Actor{Name: "lin", Role: post.RoleStaff},
		Body: "Flu shots are in this week.", Channels: []string{"fb"}, At: at})
	if err != nil {
		t.Fatal(err)
	}
	for _, view := range []string{"month", "week", "list"} {
		cal := readBody(t, e.do(http.MethodGet, "/calendar?view="+view+"&date="+at.Format(time.DateOnly), lin, nil))
		if !strings.Contains(cal, "Facebook Page") || !strings.Contains(cal, "Flu shots are in this week.") || !strings.Contains(cal, "/posts/"+q.ID) {
			t.Errorf("the %s view does not show the entry with its channel's name and its text", view)
		}
		if strings.Contains(cal, " fb ") || strings.Contains(cal, ">fb<") {
			t.Errorf("the %s view shows the channel's id", view)
		}
	}
}

// TestSavedPostSaysWhereItStands: saving a post the checklist stopped shows
// a red warning, not a green "Saved", and a draft kept without a time is
// not headed "approved" (issue 14, item 9).
func TestSavedPostSaysWhereItStands(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	token, csrf := e.session("sam")
	tests := []struct {
		name, body, when string
		want, not        []string
	}{
		{"needs a doctor", "Thanks to our patient for the kind review!", "next",
			[]string{`id="saved-warning">Saved, but not on its way: a doctor must review this before it can be posted.`},
			[]string{`class="flash"`}},
		{"kept as a draft", "Flu shots are in this week.", "",
			[]string{`id="post-status">draft, checked, no time yet<`, `class="flash" role="status">Saved as a draft`},
			[]string{`id="post-status">approved<`, "saved-warning"}},
		{"scheduled", "Flu shots are in this week.", "next",
			[]string{`id="post-status">scheduled<`, `class="flash"`}, []string{"saved-warning"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := postMultipart(t, e, "/posts", token, url.Values{"csrf": {csrf}, "body": {tt.body}, "channel": {"x"}, "when": {tt.when}})
			if resp.StatusCode != http.StatusSeeOther {
				t.Fatalf("saving: %d %s", resp.StatusCode, readBody(t, resp))
			}
			page := readBody(t, e.do(http.MethodGet, strings.TrimPrefix(resp.Header.Get("Location"), e.ts.URL), token, nil))
			for _, w := range tt.want {
				if !strings.Contains(page, w) {
					t.Errorf("the page lacks %q", w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(page, n) {
					t.Errorf("the page has %q", n)
				}
			}
		})
	}
}
