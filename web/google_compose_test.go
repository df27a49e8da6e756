package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/google"
	"github.com/practicepost/practicepost/channels/google/gbpfake"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/scheduler"
	"github.com/practicepost/practicepost/store"
)

// googleEnv is a server with a Google Business Profile channel "gbp"
// (the real adapter, against gbpfake) and a preview channel, a real
// scheduler publishing to both, and a store on a test clock.
type googleEnv struct {
	*testEnv
	sch  *scheduler.Scheduler
	clk  *testClock
	fake *gbpfake.Server
}

func newGoogleEnv(t *testing.T) *googleEnv {
	t.Helper()
	clk := &testClock{t: time.Now()}
	e := newTestEnvWith(t, store.Options{NoSync: true, Now: clk.Now}, []calendar.ChannelInfo{
		{ID: "gbp", Kind: "google", Name: "Google profile", Slots: []string{"0 9 * * 1-5"}},
		{ID: "preview", Kind: "preview", Name: "Preview"},
	})
	fake := gbpfake.New()
	t.Cleanup(fake.Close)
	g, err := google.New(google.Config{ID: "gbp", APIBase: fake.URL(), InfoAPIBase: fake.URL(), AccountsAPIBase: fake.URL(), TokenURL: fake.TokenURL(),
		AccountID: gbpfake.AccountID, LocationID: gbpfake.LocationID, ClientID: gbpfake.ClientID, ClientSecret: gbpfake.ClientSecret,
		RefreshToken: gbpfake.RefreshToken})
	if err != nil {
		t.Fatal(err)
	}
	chans := map[string]channels.Channel{"gbp": g}
	sch, err := scheduler.New(scheduler.Options{DB: e.db, Location: e.cal.Location(), Grace: e.cal.Grace(), Now: clk.Now, ChannelInterval: -1,
		Channels: chans, Pauser: e.cal})
	if err != nil {
		t.Fatal(err)
	}
	e.rebuild(func(o *Options) { o.Channels = chans })
	return &googleEnv{testEnv: e, sch: sch, clk: clk, fake: fake}
}

// composeForm is a compose form as a browser without JavaScript sends it
// (multipart, through postMultipart):
// every field of the Google channel's fieldset, filled or not.
func composeForm(csrf string, topic map[string]string) url.Values {
	f := url.Values{"csrf": {csrf}, "body": {"Walk in for your flu shot, no appointment needed."}, "channel": {"gbp"}, "when": {"none"}}
	for _, k := range []string{"topic_type", "button", "button_url", "event_title", "start_date", "start_time", "end_date", "end_time", "coupon", "redeem_url", "terms"} {
		f.Set(k+"_gbp", topic[k])
	}
	return f
}

// TestComposeGoogleWithoutJS: the compose page offers a Google channel's
// post type, button and event and offer fields in plain HTML; a form sent
// without JavaScript stores them with the post, and a wrong one comes back
// with a clear error and everything typed kept. A channel of another kind
// gets no such fields.
func TestComposeGoogleWithoutJS(t *testing.T) {
	e := newGoogleEnv(t)
	token, csrf := e.session("sam")
	page := readBody(t, e.do(http.MethodGet, "/posts/new", token, nil))
	for _, want := range []string{`name="topic_type_gbp"`, `<option value="EVENT"`, `name="button_gbp"`, `<option value="SIGN_UP"`, `name="button_url_gbp"`,
		`name="event_title_gbp"`, `name="start_date_gbp" type="date"`, `name="end_time_gbp" type="time"`, `name="coupon_gbp"`, `name="terms_gbp"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the compose page lacks %s", want)
		}
	}
	if strings.Contains(page, "topic_type_preview") {
		t.Error("the preview channel got post type fields")
	}

	bad := map[string]string{"topic_type": "EVENT", "event_title": "Flu shot clinic", "start_date": "2027-01-14", "start_time": "09:00",
		"end_date": "2027-01-13", "end_time": "17:00", "button": "SIGN_UP", "button_url": "https://clinic.example/flu"}
	resp := postMultipart(t, e.testEnv, "/posts", token, composeForm(csrf, bad))
	body := readBody(t, resp)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "the event ends (2027-01-13 17:00) before it starts (2027-01-14 09:00)") {
		t.Fatalf("end before start: HTTP %d, page without the reason:\n%s", resp.StatusCode, body)
	}
	for _, kept := range []string{`value="Flu shot clinic"`, `value="2027-01-13"`, `value="https://clinic.example/flu"`, `<option value="EVENT" selected>`} {
		if !strings.Contains(body, kept) {
			t.Errorf("the refused form lost %s", kept)
		}
	}
	for _, tc := range []struct {
		name  string
		topic map[string]string
		want  string
	}{
		{"book without a link", map[string]string{"topic_type": "STANDARD", "button": "BOOK"}, "the Book button needs a link"},
		{"call with a link", map[string]string{"topic_type": "STANDARD", "button": "CALL", "button_url": "https://clinic.example"}, "the Call button takes no link"},
	} {
		resp := postMultipart(t, e.testEnv, "/posts", token, composeForm(csrf, tc.topic))
		if body := readBody(t, resp); resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, tc.want) {
			t.Errorf("%s: HTTP %d, page without %q", tc.name, resp.StatusCode, tc.want)
		}
	}

	good := bad
	good["end_date"] = "2027-01-14"
	resp = postMultipart(t, e.testEnv, "/posts", token, composeForm(csrf, good))
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("a good event: HTTP %d\n%s", resp.StatusCode, readBody(t, resp))
	}
	id := strings.TrimPrefix(strings.SplitN(resp.Header.Get("Location"), "?", 2)[0], "/posts/")
	v, err := e.cal.GetPost(context.Background(), calendar.PostRef{ID: id})
	if err != nil {
		t.Fatal(err)
	}
	want := post.Topic{Type: post.TopicEvent, Title: "Flu shot clinic", StartDate: "2027-01-14", StartTime: "09:00", EndDate: "2027-01-14", EndTime: "17:00",
		Button: post.ButtonSignUp, ButtonURL: "https://clinic.example/flu"}
	if got, _ := v.Post.TopicFor("gbp"); got != want {
		t.Fatalf("stored %+v, want %+v", got, want)
	}
	// The post page and the edit form show it back.
	if page := readBody(t, e.do(http.MethodGet, "/posts/"+id, token, nil)); !strings.Contains(page, "Event “Flu shot clinic”, 2027-01-14 09:00 to 2027-01-14 17:00 · button: Sign up, opens https://clinic.example/flu") {
		t.Errorf("the post page does not say the event:\n%s", page)
	}
	if page := readBody(t, e.do(http.MethodGet, "/posts/"+id+"/edit", token, nil)); !strings.Contains(page, `value="Flu shot clinic"`) {
		t.Error("the edit form does not hold the event's title")
	}
	// A plain update with no button is no topic at all.
	resp = postMultipart(t, e.testEnv, "/posts", token, composeForm(csrf, map[string]string{"topic_type": "STANDARD"}))
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("a plain post: HTTP %d", resp.StatusCode)
	}
	id = strings.TrimPrefix(strings.SplitN(resp.Header.Get("Location"), "?", 2)[0], "/posts/")
	if v, err = e.cal.GetPost(context.Background(), calendar.PostRef{ID: id}); err != nil || v.Post.Topics != nil {
		t.Fatalf("a plain post stored topics %v (%v)", v.Post.Topics, err)
	}
}

// TestAPIPostTopics: the JSON API takes the same fields as "topics" and
// refuses a wrong one with the same words.
func TestAPIPostTopics(t *testing.T) {
	e := newGoogleEnv(t)
	token, csrf := e.session("sam")
	status, code, msg := e.apiJSON(http.MethodPost, "/api/posts", token, csrf,
		`{"body":"Walk in for your flu shot.","channels":["gbp"],"topics":{"gbp":{"type":"STANDARD","button":"CALL","button_url":"https://clinic.example"}}}`)
	if status != http.StatusBadRequest || code != post.EInvalid || !strings.Contains(msg, "the Call button takes no link") {
		t.Fatalf("CALL with a link: %d %s %q", status, code, msg)
	}
	resp := e.postJSON(http.MethodPost, "/api/posts", token, csrf,
		`{"body":"Walk in for your flu shot.","channels":["gbp"],"topics":{"gbp":{"type":"offer","title":"Sports physicals","start_date":"2027-06-01","end_date":"2027-06-30","coupon":"SPORTS27"}}}`)
	var p post.Post
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("an offer: HTTP %d (%v)", resp.StatusCode, err)
	}
	want := post.Topic{Type: post.TopicOffer, Title: "Sports physicals", StartDate: "2027-06-01", EndDate: "2027-06-30", Coupon: "SPORTS27"}
	if got, _ := p.TopicFor("gbp"); got != want {
		t.Fatalf("stored %+v, want %+v", got, want)
	}
}

// TestBrowserComposeGoogleEvent: in headless Chromium, staff tick the
// Google channel and see its post type fields (and only then), choose
// Event (the event part appears, the offer part stays hidden), fill in the
// title, days, times and the Sign up button, and save; the scheduler
// publishes it through the real adapter, and the fake holds an EVENT post
// with that title, schedule and button.
func TestBrowserComposeGoogleEvent(t *testing.T) {
	e := newGoogleEnv(t)
	ctx := browserCtx(t)
	dir := artifacts(t)
	base := e.ts.URL
	loc := e.cal.Location()
	due := e.clk.Now().In(loc).AddDate(0, 0, 2)
	due = time.Date(due.Year(), due.Month(), due.Day(), 10, 0, 0, 0, loc)
	day := due.AddDate(0, 0, 5).Format("2006-01-02")
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	hidden := func(sel string) bool {
		return read(t, ctx, chromedp.Evaluate[bool](`(n => !n || n.offsetParent === null)(document.querySelector(`+jsString(sel)+`))`))
	}
	// pick sets a select as a person would, firing its change event.
	pick := func(id, value string) chromedp.Action[chromedp.Void] {
		return chromedp.Evaluate[chromedp.Void](`(s => { s.value = ` + jsString(value) + `; s.dispatchEvent(new Event("change", {bubbles: true})); })(document.getElementById(` + jsString(id) + `))`)
	}

	do(t, ctx,
		signIn(base, "sam"),
		chromedp.Navigate(base+"/posts/new"),
		chromedp.WaitVisible(chromedp.ID("body")),
		chromedp.Click(css(`input[name="channel"][value="preview"]`)),
		chromedp.Click(css(`input[name="channel"][value="gbp"]`)), // unticked: its fields go
	)
	if !hidden(`fieldset[data-topic="gbp"]`) {
		t.Fatal("the Google fields show while the Google channel is not ticked")
	}
	do(t, ctx,
		chromedp.Click(css(`input[name="channel"][value="gbp"]`)),
		chromedp.WaitVisible(chromedp.ID("topic_type_gbp")),
	)
	if !hidden("#event_title_gbp") || !hidden("#coupon_gbp") || !hidden("#button_url_gbp") {
		t.Fatal("an update shows the event, offer or link fields")
	}
	do(t, ctx,
		pick("topic_type_gbp", "EVENT"),
		chromedp.WaitVisible(chromedp.ID("event_title_gbp")),
		pick("button_gbp", "SIGN_UP"),
		chromedp.WaitVisible(chromedp.ID("button_url_gbp")),
		chromedp.SendKeys(chromedp.ID("body"), "Walk in for your flu shot, no appointment needed."),
		chromedp.SendKeys(chromedp.ID("event_title_gbp"), "Flu shot clinic"),
		chromedp.SetValue(chromedp.ID("start_date_gbp"), day),
		chromedp.SetValue(chromedp.ID("start_time_gbp"), "09:00"),
		chromedp.SetValue(chromedp.ID("end_date_gbp"), day),
		chromedp.SetValue(chromedp.ID("end_time_gbp"), "17:30"),
		chromedp.SendKeys(chromedp.ID("button_url_gbp"), "https://clinic.example/flu"),
		// What a hidden part holds is not sent: an event with a coupon
		// would be refused.
		chromedp.Evaluate[chromedp.Void](`document.getElementById("coupon_gbp").value = "HIDDEN"`),
		chromedp.Click(css(`input[name="when"][value="at"]`)),
		chromedp.SetValue(chromedp.ID("at"), due.Format("2006-01-02T15:04")),
	)
	if !hidden("#coupon_gbp") {
		t.Fatal("an event shows the offer's fields")
	}
	do(t, ctx,
		screenshot(dir, "google-event-1-compose"),
		chromedp.Click(chromedp.ID("submit")),
		chromedp.WaitVisible(chromedp.ID("post-status")),
		screenshot(dir, "google-event-2-saved"),
	)
	if st := read(t, ctx, chromedp.Text(chromedp.ID("post-status"))); st != "scheduled" {
		t.Fatalf("after saving, the post is %q", st)
	}
	if line := read(t, ctx, chromedp.Text(css(`[data-topic-view="gbp"]`))); !strings.Contains(line, "Event “Flu shot clinic”, "+day+" 09:00 to "+day+" 17:30") {
		t.Errorf("the post page says %q", line)
	}

	e.clk.Set(due.Add(time.Minute))
	if err := e.sch.Tick(context.Background()); err != nil {
		t.Fatalf("scheduler tick: %v", err)
	}
	acc := e.fake.Accepted()
	if len(acc) != 1 {
		t.Fatalf("the fake holds %d posts, want 1", len(acc))
	}
	lp, _ := e.fake.LocalPost(acc[0].RemoteID)
	got, _ := json.Marshal(map[string]any{"topicType": lp["topicType"], "event": lp["event"], "callToAction": lp["callToAction"], "offer": lp["offer"]})
	y, m, d := due.AddDate(0, 0, 5).Date()
	want, _ := json.Marshal(map[string]any{"topicType": "EVENT",
		"event": map[string]any{"title": "Flu shot clinic", "schedule": map[string]any{
			"startDate": map[string]int{"year": y, "month": int(m), "day": d}, "startTime": map[string]int{"hours": 9},
			"endDate": map[string]int{"year": y, "month": int(m), "day": d}, "endTime": map[string]int{"hours": 17, "minutes": 30}}},
		"callToAction": map[string]string{"actionType": "SIGN_UP", "url": "https://clinic.example/flu"}, "offer": nil})
	if string(got) != string(want) {
		t.Fatalf("the fake's post:\n got %s\nwant %s", got, want)
	}
}

// jsString quotes s for a JavaScript expression.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestReportsReviewsCSV: the reports page offers the Google reviews CSV
// when the period has reviews, and it downloads with the channel's count
// and average stars.
func TestReportsReviewsCSV(t *testing.T) {
	e := newGoogleEnv(t)
	token, _ := e.session("sam")
	now := time.Now()
	err := e.db.Update(context.Background(), func(tx store.Tx) error {
		for i, stars := range []int{5, 4} {
			c := &store.StoredComment{Channel: "gbp", Review: true, Rating: stars,
				Comment: post.Comment{RemoteID: gbpfake.Location + "/reviews/r" + string(rune('a'+i)), Author: "A reviewer", Text: "Kind staff.", At: now.Add(-time.Hour)}}
			if _, err := tx.PutComment(c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	day := func(t time.Time) string { return t.In(e.cal.Location()).Format("2006-01-02") }
	period := "from=" + day(now.AddDate(0, 0, -7)) + "&to=" + day(now)
	if page := readBody(t, e.do(http.MethodGet, "/reports?"+period, token, nil)); !strings.Contains(page, `id="download-reviews" href="/reports/export/reviews-csv?`) {
		t.Error("the reports page offers no reviews CSV")
	}
	resp := e.do(http.MethodGet, "/reports/export/reviews-csv?"+period, token, nil)
	body := readBody(t, resp)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") ||
		!strings.Contains(resp.Header.Get("Content-Disposition"), `filename="reviews-`) {
		t.Fatalf("HTTP %d %s %s", resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Content-Disposition"))
	}
	if !strings.Contains(body, "gbp,period,") || !strings.Contains(body, ",2,2,4.50,0,0,0,1,1\r\n") {
		t.Fatalf("reviews CSV:\n%s", body)
	}
}
