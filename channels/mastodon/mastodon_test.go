package mastodon_test

import (
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/mastodon"
	"github.com/practicepost/practicepost/channels/mastodon/mastodonfake"
	"github.com/practicepost/practicepost/post"
)

func config(baseURL string, logs *channeltest.LogBuffer) mastodon.Config {
	return mastodon.Config{ID: "mastodon-test", Instance: baseURL, AccessToken: mastodonfake.AccessToken,
		MediaPoll: 5 * time.Millisecond,
		Logger:    slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))}
}

func newChannel(t *testing.T, cfg mastodon.Config) *mastodon.Channel {
	t.Helper()
	c, err := mastodon.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func newFake(t *testing.T) *mastodonfake.Server {
	fake := mastodonfake.New()
	t.Cleanup(fake.Close)
	return fake
}

func TestConformance(t *testing.T) {
	fake := newFake(t)
	logs := &channeltest.LogBuffer{}
	channeltest.Run(t, channeltest.Opt{
		Name: "mastodon",
		Fake: fake,
		New: func(t *testing.T, baseURL string) channels.Channel {
			return newChannel(t, config(baseURL, logs))
		},
		Secrets: []string{mastodonfake.AccessToken},
		Logs:    logs.String,
		MaxLen:  mastodon.DefaultMaxChars,
	})
}

func outgoing(text string) post.Outgoing {
	return post.Outgoing{PostID: post.NewID(time.Now()), Channel: "mastodon-test", AttemptID: post.NewID(time.Now()), Text: text}
}

// TestRetryAfterLostAnswerCreatesOneStatus: the answer to a create is lost
// and the account's listing does not show the status yet (a lagging
// replica), so only the Idempotency-Key can stop a second status: the
// retry sends the same key and gets the first status back.
func TestRetryAfterLostAnswerCreatesOneStatus(t *testing.T) {
	fake := newFake(t)
	c := newChannel(t, config(fake.URL(), &channeltest.LogBuffer{}))
	o := outgoing("Flu shots this week at the Riverside clinic, walk-ins welcome.")

	fake.LoseResponses(1)
	fake.HideStatuses(true)
	_, err := c.Publish(t.Context(), o)
	if channels.ClassOf(err) != channels.OutcomeUnknown {
		t.Fatalf("first Publish: %v, want outcome_unknown", err)
	}
	fake.LoseResponses(0)

	r, err := c.Publish(t.Context(), o)
	if err != nil {
		t.Fatalf("retry of the attempt: %v", err)
	}
	got := fake.Accepted()
	if len(got) != 1 {
		t.Fatalf("the instance has %d statuses, want 1", len(got))
	}
	if r.RemoteID != got[0].RemoteID {
		t.Errorf("retry returned status %q, the instance made %q", r.RemoteID, got[0].RemoteID)
	}
	// net/http itself resends a request carrying an Idempotency-Key when
	// the connection drops before the answer, so the first Publish may
	// have sent it more than once: every send carries the one key.
	keys := fake.CreateKeys()
	if len(keys) < 2 {
		t.Errorf("creates sent = %d, want at least 2", len(keys))
	}
	for _, k := range keys {
		if k == "" || k != mastodon.IdempotencyKey(o) {
			t.Errorf("Idempotency-Keys sent = %q, want %q every time", keys, mastodon.IdempotencyKey(o))
			break
		}
	}

	// The scheduler's retry is a new attempt of the same delivery: while
	// the listing still misses the status, the same key brings it back.
	again := o
	again.AttemptID = post.NewID(time.Now())
	if r2, err := c.Publish(t.Context(), again); err != nil || r2.RemoteID != got[0].RemoteID {
		t.Fatalf("a new attempt while the listing lags: %+v, %v; want status %s back", r2, err, got[0].RemoteID)
	}
	if n := fake.Replays(); n < 2 {
		t.Errorf("the instance replayed %d creates, want the retry and the new attempt", n)
	}
	// With the listing visible again, the new attempt is refused as a
	// duplicate, naming the status, before anything is sent.
	fake.HideStatuses(false)
	again.AttemptID = post.NewID(time.Now())
	_, err = c.Publish(t.Context(), again)
	var ce *channels.Error
	if !errors.As(err, &ce) || ce.Class != channels.Duplicate || ce.ExistingID != got[0].RemoteID {
		t.Fatalf("new attempt of a posted text: %v, want duplicate naming %s", err, got[0].RemoteID)
	}
	if n := len(fake.Accepted()); n != 1 {
		t.Errorf("the instance has %d statuses after the new attempt, want 1", n)
	}
}

// TestIdempotencyKeyExpires: after the hour the instance keeps keys, the
// same key makes a new status (which is why Publish also looks at the
// account's statuses).
func TestIdempotencyKeyExpires(t *testing.T) {
	fake := newFake(t)
	now := time.Now()
	fake.SetClock(func() time.Time { return now })
	fake.HideStatuses(true)
	c := newChannel(t, config(fake.URL(), &channeltest.LogBuffer{}))
	o := outgoing("Saturday hours change next week.")
	for _, step := range []time.Duration{0, 59 * time.Minute, 2 * time.Minute} {
		now = now.Add(step)
		if _, err := c.Publish(t.Context(), o); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(fake.Accepted()); n != 2 {
		t.Errorf("statuses = %d, want 2 (one within the hour, one after it)", n)
	}
}

// TestPostOptionsWin: a post's own content warning and visibility (set
// on the compose page) replace the channel's, count toward the length,
// and an unknown visibility is refused before anything is sent.
func TestPostOptionsWin(t *testing.T) {
	fake := newFake(t)
	cfg := config(fake.URL(), &channeltest.LogBuffer{})
	cfg.Visibility, cfg.SpoilerText = "public", "Health"
	c := newChannel(t, cfg)
	o := outgoing("Flu shots this week.")
	o.Visibility, o.ContentWarning = "unlisted", "Health: flu vaccines"
	r, err := c.Publish(t.Context(), o)
	if err != nil {
		t.Fatal(err)
	}
	if spoiler, vis, _ := fake.Status(r.RemoteID); spoiler != "Health: flu vaccines" || vis != "unlisted" {
		t.Errorf("status sent with %q, %s", spoiler, vis)
	}
	long := outgoing(strings.Repeat("a", 490))
	long.ContentWarning = "Health: flu vaccines"
	if _, err := c.Publish(t.Context(), long); channels.ClassOf(err) != channels.Permanent {
		t.Errorf("490 characters with a 20-character warning: %v, want refused", err)
	}
	bad := outgoing("Hours change next week.")
	bad.Visibility = "everyone"
	if _, err := c.Publish(t.Context(), bad); channels.ClassOf(err) != channels.Permanent {
		t.Errorf("visibility everyone: %v", err)
	}
	if n := len(fake.Accepted()); n != 1 {
		t.Errorf("statuses = %d, want 1", n)
	}
}

func TestPublishSendsVisibilityAndContentWarning(t *testing.T) {
	fake := newFake(t)
	cfg := config(fake.URL(), &channeltest.LogBuffer{})
	cfg.Visibility, cfg.SpoilerText = "unlisted", "Health: vaccines"
	c := newChannel(t, cfg)
	r, err := c.Publish(t.Context(), outgoing("Vaccination clinic on Friday."))
	if err != nil {
		t.Fatal(err)
	}
	spoiler, vis, ok := fake.Status(r.RemoteID)
	if !ok || spoiler != "Health: vaccines" || vis != "unlisted" {
		t.Errorf("status %s: spoiler %q, visibility %q (found %v)", r.RemoteID, spoiler, vis, ok)
	}
}

// TestInstanceLimit: the instance's max_characters decides, counted with
// links at 23 and the content warning included.
func TestInstanceLimit(t *testing.T) {
	link := "https://example.org/" + strings.Repeat("x", 200)
	tests := []struct {
		name     string
		max      int
		text     string
		spoiler  string
		wantPost bool
	}{
		{"long link counts 23", 500, strings.Repeat("a", 476) + " " + link, "", true},
		{"one over", 500, strings.Repeat("a", 477) + " " + link, "", false},
		{"content warning counts", 500, strings.Repeat("a", 495), "CW: flu", false},
		{"bigger instance", 1000, strings.Repeat("a", 900), "", true},
		{"smaller instance", 300, strings.Repeat("a", 301), "", false},
		{"a flag counts one", 500, strings.Repeat("🇫🇷", 500), "", true},
		{"501 flags", 500, strings.Repeat("🇫🇷", 501), "", false},
		{"remote mention counts as @user", 500, strings.Repeat("a", 495) + " @bob@example.social", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fake := newFake(t)
			fake.SetMaxChars(tc.max)
			cfg := config(fake.URL(), &channeltest.LogBuffer{})
			cfg.SpoilerText = tc.spoiler
			_, err := newChannel(t, cfg).Publish(t.Context(), outgoing(tc.text))
			if tc.wantPost && err != nil {
				t.Fatalf("Publish: %v", err)
			}
			if !tc.wantPost && channels.ClassOf(err) != channels.Permanent {
				t.Fatalf("Publish: %v, want permanent", err)
			}
			if n, want := len(fake.Accepted()), map[bool]int{true: 1, false: 0}[tc.wantPost]; n != want {
				t.Errorf("statuses = %d, want %d", n, want)
			}
		})
	}
}

// TestFakeEnforcesContract talks to the fake directly: the adapter's own
// checks would otherwise hide what the fake refuses.
func TestFakeEnforcesContract(t *testing.T) {
	fake := newFake(t)
	do := func(token, body string) *http.Response {
		req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, fake.URL()+"/api/v1/statuses", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = resp.Body.Close() })
		return resp
	}
	if resp := do("wrong", "status=hi"); resp.StatusCode != 401 {
		t.Errorf("bad token: HTTP %d, want 401", resp.StatusCode)
	}
	resp := do(mastodonfake.AccessToken, "status="+strings.Repeat("a", 501))
	if resp.StatusCode != 422 {
		t.Errorf("501 characters: HTTP %d, want 422", resp.StatusCode)
	}
	for _, h := range []string{"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"} {
		if resp.Header.Get(h) == "" {
			t.Errorf("answer lacks %s", h)
		}
	}
	if _, err := time.Parse(time.RFC3339Nano, resp.Header.Get("X-RateLimit-Reset")); err != nil {
		t.Errorf("X-RateLimit-Reset is not an ISO 8601 time: %v", err)
	}
	if resp := do(mastodonfake.AccessToken, "status=hello&visibility=everyone"); resp.StatusCode != 422 {
		t.Errorf("bad visibility: HTTP %d, want 422", resp.StatusCode)
	}
	if n := len(fake.Accepted()); n != 0 {
		t.Errorf("refused creates stored %d statuses", n)
	}
}

func TestOptionsCheck(t *testing.T) {
	tests := []struct {
		name string
		o    mastodon.Options
		keys []string
	}{
		{"ok", mastodon.Options{Instance: "https://mastodon.social", AccessToken: "t"}, nil},
		{"nothing", mastodon.Options{}, []string{"instance"}},
		{"no token: connected from the web UI", mastodon.Options{Instance: "https://mastodon.social"}, nil},
		{"account named", mastodon.Options{Instance: "https://mastodon.social", Account: "@riverside_clinic"}, nil},
		{"account with its instance", mastodon.Options{Instance: "https://mastodon.social", Account: "@clinic@mastodon.social"}, []string{"account"}},
		{"bad visibility", mastodon.Options{Instance: "https://m.example", AccessToken: "t", Visibility: "friends"}, []string{"visibility"}},
		{"not a url", mastodon.Options{Instance: "mastodon.social", AccessToken: "t", MaxCharacters: -1}, []string{"instance", "max_characters"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var keys []string
			for _, p := range tc.o.Check() {
				keys = append(keys, p.Key)
			}
			if strings.Join(keys, ",") != strings.Join(tc.keys, ",") {
				t.Errorf("problems on %v, want %v", keys, tc.keys)
			}
		})
	}
}

func TestRegistered(t *testing.T) {
	k, ok := channels.Lookup("mastodon")
	if !ok {
		t.Fatal("kind mastodon is not registered")
	}
	if k.Limits.MaxChars != 500 || k.Fit(strings.Repeat("a", 478)+" https://example.org/"+strings.Repeat("p", 100)).Length != 502 {
		t.Errorf("kind limits %+v measure the stock 500 with links at 23 wrongly", k.Limits)
	}
}

// TestReplies: replies below the practice's status reach the inbox with
// whether they mention the practice, direct messages do not; an answer
// goes out with in_reply_to_id once (a lost answer retried with the same
// key), never more public than what it answers, and the same words to two
// people are two replies, not a duplicate.
func TestReplies(t *testing.T) {
	fake := newFake(t)
	c := newChannel(t, config(fake.URL(), &channeltest.LogBuffer{}))
	ctx := t.Context()
	r, err := c.Publish(ctx, outgoing("Flu clinic on Saturday, 9 to 12."))
	if err != nil {
		t.Fatal(err)
	}
	asks := fake.AddComment(r.RemoteID, post.Comment{Author: "Pat", AuthorID: "501", Text: "@" + mastodonfake.Username + " do I need to book?"})
	plain := fake.AddComment(r.RemoteID, post.Comment{Author: "Kim", AuthorID: "502", Text: "Great, thanks"})
	dm := fake.AddComment(r.RemoteID, post.Comment{Author: "Lee", AuthorID: "503", Text: "@" + mastodonfake.Username + " my results are ..."})
	fake.SetVisibility(dm.RemoteID, "direct")
	followers := fake.AddComment(r.RemoteID, post.Comment{Author: "Ann", AuthorID: "504", Text: "Is it free?"})
	fake.SetVisibility(followers.RemoteID, "private")

	got, err := c.Comments(ctx, r.RemoteID, r.PublishedAt.Add(-time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]post.Comment{}
	for _, cm := range got {
		byID[cm.RemoteID] = cm
	}
	if _, ok := byID[dm.RemoteID]; ok || len(got) != 3 {
		t.Fatalf("comments %+v: want the three that are not direct messages", got)
	}
	if !byID[asks.RemoteID].Mentions || byID[plain.RemoteID].Mentions {
		t.Errorf("mentions: asking %v, plain %v", byID[asks.RemoteID].Mentions, byID[plain.RemoteID].Mentions)
	}

	reply := func(to, text string) (post.Outgoing, post.Receipt, error) {
		o := outgoing(text)
		o.ReplyTo = to
		rec, err := c.Publish(ctx, o)
		return o, rec, err
	}
	// The answer is lost and the listing lags: the retry's key brings the
	// reply back.
	fake.LoseResponses(1)
	fake.HideStatuses(true)
	o, _, err := reply(asks.RemoteID, "Walk-ins are welcome.")
	if channels.ClassOf(err) != channels.OutcomeUnknown {
		t.Fatalf("reply with its answer lost: %v", err)
	}
	fake.LoseResponses(0)
	rec, err := c.Publish(ctx, o)
	if err != nil {
		t.Fatalf("retry of the reply: %v", err)
	}
	fake.HideStatuses(false)
	if _, _, err := reply(plain.RemoteID, "Walk-ins are welcome."); err != nil {
		t.Errorf("the same words to another person: %v", err)
	}
	if _, _, err := reply(followers.RemoteID, "Yes, it is free."); err != nil {
		t.Fatal(err)
	}
	var replies []channeltest.Accepted
	for _, a := range fake.Accepted() {
		if a.ReplyTo != "" {
			replies = append(replies, a)
		}
	}
	if len(replies) != 3 || replies[0].RemoteID != rec.RemoteID || replies[0].ReplyTo != asks.RemoteID || replies[1].ReplyTo != plain.RemoteID {
		t.Fatalf("replies on the instance: %+v", replies)
	}
	if _, vis, _ := fake.Status(replies[2].RemoteID); vis != "private" {
		t.Errorf("the answer to a followers-only reply is %s, want private", vis)
	}
	if _, vis, _ := fake.Status(replies[0].RemoteID); vis != "public" {
		t.Errorf("the answer to a public reply is %s, want the channel's public", vis)
	}
	if _, _, err := reply("109999999999999999", "Hello?"); channels.ClassOf(err) != channels.Permanent {
		t.Errorf("a reply to a deleted status: %v, want permanent", err)
	}
}
