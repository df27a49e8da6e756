package google_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/google/gbpfake"
)

// tamper puts a proxy in front of the fake that replaces the answer to
// requests matching match with status and body.
func tamper(t *testing.T, fake *gbpfake.Server, match func(*http.Request) bool, status int, body string) string {
	t.Helper()
	target, _ := url.Parse(fake.URL())
	rp := httputil.NewSingleHostReverseProxy(target)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !match(r) {
			rp.ServeHTTP(w, r)
			return
		}
		// The request reaches Google and takes effect; only the answer
		// is odd.
		rec := httptest.NewRecorder()
		rp.ServeHTTP(rec, r)
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func isCreate(r *http.Request) bool {
	return r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/localPosts")
}

// Google answers a create 200 with a body that is not a LocalPost: the
// post may exist, so the outcome is unknown (looked up, never re-sent
// blindly), and the listing finds it.
func TestCreateAnsweredWithAnUnexpectedBody(t *testing.T) {
	for _, body := range []string{"<html><body>Service Unavailable</body></html>", "{}", `{"name":"accounts/1/locations/2/localPosts/3","state":"LIVE"}`, ""} {
		t.Run(body, func(t *testing.T) {
			fake := gbpfake.New()
			t.Cleanup(fake.Close)
			base := tamper(t, fake, isCreate, 200, body)
			cfg := config(base, &channeltest.LogBuffer{}, nil)
			c := newChannel(t, cfg)
			start := time.Now()
			o := out("Flu shots this week, an odd answer.")
			_, err := c.Publish(t.Context(), o)
			wantClass(t, err, channels.OutcomeUnknown)
			recent, err := c.Recent(t.Context(), start.Add(-time.Minute))
			if err != nil || len(recent) != 1 || recent[0].Text != o.Text {
				t.Fatalf("Recent after the odd answer = %+v, %v", recent, err)
			}
			// A second attempt is refused as a duplicate naming it.
			_, err = c.Publish(t.Context(), o)
			if ce := wantClass(t, err, channels.Duplicate); ce.ExistingID != recent[0].RemoteID {
				t.Errorf("duplicate names %q, the post is %q", ce.ExistingID, recent[0].RemoteID)
			}
			if n := len(fake.Accepted()); n != 1 {
				t.Errorf("Google holds %d posts", n)
			}
		})
	}
}

// A list answered 200 with HTML is a read that can be tried again, not an
// empty list (which would let a lost post be sent twice).
func TestListAnsweredWithHTML(t *testing.T) {
	fake := gbpfake.New()
	t.Cleanup(fake.Close)
	base := tamper(t, fake, func(r *http.Request) bool {
		return r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/localPosts")
	}, 200, "<html>captcha</html>")
	c := newChannel(t, config(base, &channeltest.LogBuffer{}, nil))
	_, err := c.Recent(t.Context(), time.Now().Add(-time.Hour))
	wantClass(t, err, channels.Retryable)
	_, err = c.Publish(t.Context(), out("Flu shots, list broken."))
	wantClass(t, err, channels.Retryable)
	if n := len(fake.Accepted()); n != 0 {
		t.Errorf("a post was sent without the duplicate look: %d", n)
	}
}

// Google lists one review twice (an edit while the pages are read): it is
// reported once.
func TestDuplicateReviewIDs(t *testing.T) {
	fake, c := setup(t)
	at := time.Now().Add(-time.Hour)
	fake.AddReviewAt("AbFvOqSAME", "Jane Roe", 5, "Lovely staff.", at)
	fake.AddReviewAt("AbFvOqSAME", "Jane Roe", 4, "Lovely staff, long wait.", at.Add(time.Minute))
	fake.AddReviewAt("AbFvOqOTHER", "Sam Poe", 3, "", at)
	got, err := c.Reviews(t.Context(), at.Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("Reviews = %d, want 2 (one per review id): %+v", len(got), got)
	}
	if got[0].Rating != 4 {
		t.Errorf("the newer listing should win: %+v", got[0])
	}
}

// The reply PUT takes effect and its answer never comes: the outcome is
// unknown, the listing shows the reply, and sending again makes no second
// PUT.
func TestReplyTimesOutAfterSucceeding(t *testing.T) {
	fake, c := setup(t)
	rv := fake.AddReview("Jane Roe", 2, "Waited an hour.", "")
	o := out("We are sorry about the wait; please call the office so we can look into it.")
	o.ReplyTo = rv.RemoteID
	fake.HangAfterWrite(true)
	ctx, cancel := context.WithTimeout(t.Context(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := c.Publish(ctx, o)
	wantClass(t, err, channels.OutcomeUnknown)
	fake.HangAfterWrite(false)
	recent, err := c.Recent(t.Context(), start.Add(-time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range recent {
		found = found || (r.RemoteID == rv.RemoteID+"/reply" && r.Text == o.Text)
	}
	if !found {
		t.Errorf("the reply is not listed: %+v", recent)
	}
	if _, err := c.Publish(t.Context(), o); err != nil {
		t.Fatal(err)
	}
	if n := fake.ReplyPuts(rv.RemoteID); n != 1 {
		t.Errorf("reply PUT %d times, want 1", n)
	}
}

// A post that was live and is then gone from the profile (deleted in
// Google's dashboard, or removed by Google, which then answers NOT_FOUND
// for it) is a removal the takedown check must record, not an error it
// logs every hour for a month while practicepost calls the post up. A
// bare 404 that is not Google's (a proxy or a wrong api_base) proves
// nothing about the post and stays an error.
func TestModerationOfAPostThatDisappeared(t *testing.T) {
	for _, tc := range []struct {
		name    string
		proxied bool // a bare 404 page in front of Google
		want    channels.Moderation
		wantErr bool
	}{
		{name: "google answers NOT_FOUND", want: channels.ModerationRejected},
		{name: "a bare 404 that is not google's", proxied: true, wantErr: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fake := gbpfake.New()
			t.Cleanup(fake.Close)
			base := fake.URL()
			if tc.proxied {
				base = tamper(t, fake, func(r *http.Request) bool {
					return r.Method == http.MethodGet && strings.Contains(r.URL.Path, "/localPosts/")
				}, http.StatusNotFound, "<html>Not Found</html>")
			}
			c := newChannel(t, config(base, &channeltest.LogBuffer{}, nil))
			rec, err := c.Publish(t.Context(), out("Flu shots this week, soon gone."))
			if err != nil {
				t.Fatal(err)
			}
			if !fake.Remove(rec.RemoteID) {
				t.Fatalf("the fake has no post %s", rec.RemoteID)
			}
			m, reason, err := c.Moderation(t.Context(), rec.RemoteID)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("Moderation = %v %q, want an error", m, reason)
				}
				return
			}
			if err != nil || m != tc.want {
				t.Fatalf("Moderation = %v, %v; want %v", m, err, tc.want)
			}
			if !strings.Contains(reason, "no longer on the profile") {
				t.Errorf("reason %q does not say the post is gone", reason)
			}
		})
	}
}

// A list answered 200 with Google's error body instead of a page: it is
// not an empty list (which would let the duplicate look pass and a post
// whose answer was lost be sent twice) but a read to try again.
func TestListAnsweredOKWithAnErrorBody(t *testing.T) {
	for _, body := range []string{
		`{"error":{"code":503,"message":"The service is currently unavailable.","status":"UNAVAILABLE"}}`,
		`{"error":"backend error"}`,
	} {
		t.Run(body, func(t *testing.T) {
			fake := gbpfake.New()
			t.Cleanup(fake.Close)
			base := tamper(t, fake, func(r *http.Request) bool {
				return r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/localPosts")
			}, 200, body)
			c := newChannel(t, config(base, &channeltest.LogBuffer{}, nil))
			_, err := c.Recent(t.Context(), time.Now().Add(-time.Hour))
			wantClass(t, err, channels.Retryable)
			_, err = c.Publish(t.Context(), out("Flu shots, list answered with an error."))
			wantClass(t, err, channels.Retryable)
			if n := len(fake.Accepted()); n != 0 {
				t.Errorf("a post was sent without the duplicate look: %d", n)
			}
		})
	}
}

// A review deleted before the reply (its author took it down, or Google
// removed it), found at the look before the reply or only at the PUT: a
// permanent failure that says the review is gone, not an opaque HTTP 404,
// and no reply is written anywhere.
func TestReplyToADeletedReview(t *testing.T) {
	for _, tc := range []struct {
		name      string
		atTheLook bool
	}{{"gone before the look", true}, {"gone between the look and the reply", false}} {
		t.Run(tc.name, func(t *testing.T) {
			fake := gbpfake.New()
			t.Cleanup(fake.Close)
			rv := fake.AddReview("Jane Roe", 2, "Long wait.", "")
			base := tamper(t, fake, func(r *http.Request) bool {
				if r.Method == http.MethodPut && strings.HasSuffix(r.URL.Path, "/reply") {
					fake.Remove(rv.RemoteID) // the author deletes it now
				}
				return false
			}, 0, "")
			if tc.atTheLook && !fake.Remove(rv.RemoteID) {
				t.Fatalf("the fake has no review %s", rv.RemoteID)
			}
			c := newChannel(t, config(base, &channeltest.LogBuffer{}, nil))
			o := out("We are sorry about the wait and would like to hear more.")
			o.ReplyTo = rv.RemoteID
			_, err := c.Publish(t.Context(), o)
			if ce := wantClass(t, err, channels.Permanent); !strings.Contains(ce.Reason, "review is no longer on Google") {
				t.Errorf("reason %q does not say the review is gone", ce.Reason)
			}
			if n := fake.ReplyPuts(rv.RemoteID); n != 0 {
				t.Errorf("reply written %d times", n)
			}
		})
	}
}

// A 429 whose Retry-After is absurdly large (a broken proxy) must not
// wrap around into a negative wait, which the scheduler would read as "no
// hint" and retry at once; it is kept, capped, as a long wait.
func TestRateLimitWithAHugeRetryAfter(t *testing.T) {
	for _, v := range []string{"99999999999", "9223372036854775807", "abc", ""} {
		t.Run(v, func(t *testing.T) {
			fake := gbpfake.New()
			t.Cleanup(fake.Close)
			target, _ := url.Parse(fake.URL())
			rp := httputil.NewSingleHostReverseProxy(target)
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if !strings.HasSuffix(r.URL.Path, "/localPosts") {
					rp.ServeHTTP(w, r)
					return
				}
				w.Header().Set("Retry-After", v)
				w.WriteHeader(http.StatusTooManyRequests)
			}))
			t.Cleanup(srv.Close)
			c := newChannel(t, config(srv.URL, &channeltest.LogBuffer{}, nil))
			_, err := c.Publish(t.Context(), out("Flu shots, rate limited."))
			wantClass(t, err, channels.RateLimited)
			if d := channels.RetryAfterOf(err); d < time.Minute {
				t.Errorf("Retry-After %q: wait %s, want at least a minute", v, d)
			}
		})
	}
}
