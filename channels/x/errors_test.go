package x_test

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/x"
	"github.com/practicepost/practicepost/channels/x/xfake"
	"github.com/practicepost/practicepost/post"
)

func newOAuth1(t *testing.T, fake *xfake.Server) *x.Channel {
	t.Helper()
	c, err := x.New(oauth1Config(fake.URL(), nil))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func outgoing(text string) post.Outgoing {
	return post.Outgoing{PostID: post.NewID(time.Now()), Channel: "x-test", AttemptID: "a1", Text: text}
}

func classOf(t *testing.T, err error) *channels.Error {
	t.Helper()
	var ce *channels.Error
	if !errors.As(err, &ce) {
		t.Fatalf("error %v is not a *channels.Error", err)
	}
	return ce
}

// TestErrorShapes checks both bodies X sends, problem details and the
// legacy errors list, classify the same way.
func TestErrorShapes(t *testing.T) {
	cases := []struct {
		kind channeltest.FaultKind
		want channels.Class
	}{
		{channeltest.FaultRateLimit, channels.RateLimited},
		{channeltest.FaultServerError, channels.Retryable},
		{channeltest.FaultDuplicate, channels.Duplicate},
		{channeltest.FaultPermanent, channels.Permanent},
		{channeltest.FaultAuth, channels.AuthExpired},
	}
	fake := xfake.New()
	t.Cleanup(fake.Close)
	for _, legacy := range []bool{false, true} {
		for i, tc := range cases {
			name := tc.kind.String() + map[bool]string{false: "/problem", true: "/legacy"}[legacy]
			t.Run(name, func(t *testing.T) {
				fake.Reset()
				fake.SetLegacyErrors(legacy)
				fake.Fail(1, channeltest.Fault{Kind: tc.kind, RetryAfter: 2 * time.Minute})
				_, err := newOAuth1(t, fake).Publish(t.Context(), outgoing("error shape case "+name+string(rune('a'+i))))
				ce := classOf(t, err)
				if ce.Class != tc.want {
					t.Fatalf("class %v, want %v (%v)", ce.Class, tc.want, err)
				}
				if tc.want == channels.RateLimited && (ce.RetryAfter < 118*time.Second || ce.RetryAfter > 122*time.Second) {
					t.Errorf("RetryAfter %v, want about 2m", ce.RetryAfter)
				}
			})
		}
	}
}

// TestDailyCap checks a spent 24-hour allowance waits for the 24-hour
// reset, not the 15-minute window.
func TestDailyCap(t *testing.T) {
	fake := xfake.New()
	t.Cleanup(fake.Close)
	fake.SetDailyCap(time.Now().Add(20 * time.Hour))
	_, err := newOAuth1(t, fake).Publish(t.Context(), outgoing("daily cap"))
	ce := classOf(t, err)
	if ce.Class != channels.RateLimited {
		t.Fatalf("class %v, want rate_limited", ce.Class)
	}
	if d := ce.RetryAfter - 20*time.Hour; d < -2*time.Second || d > 2*time.Second {
		t.Errorf("RetryAfter %v, want 20h from the x-user-limit-24hour-reset header", ce.RetryAfter)
	}
}

func TestCreditsDepleted(t *testing.T) {
	fake := xfake.New()
	t.Cleanup(fake.Close)
	fake.SetCreditsDepleted(true)
	_, err := newOAuth1(t, fake).Publish(t.Context(), outgoing("no credits"))
	ce := classOf(t, err)
	if ce.Class != channels.Permanent || ce.Status != http.StatusPaymentRequired {
		t.Fatalf("got %v (HTTP %d), want permanent 402", ce.Class, ce.Status)
	}
	if ce.Reason != "X API credits are used up; top up in the X developer portal" {
		t.Errorf("reason %q", ce.Reason)
	}
	if n := len(fake.Accepted()); n != 0 {
		t.Errorf("%d posts stored", n)
	}
}

// TestRefusedBeforeSending checks what the adapter refuses without a call.
func TestRefusedBeforeSending(t *testing.T) {
	big := channeltest.TestImage()
	big.Data = make([]byte, 5<<20+1)
	cases := []struct {
		name string
		o    post.Outgoing
		want string
	}{
		{"too long", outgoing(strings.Repeat("é", 281)), "281 characters"},
		{"cjk counts double", outgoing(strings.Repeat("病", 141)), "282 characters"},
		{"empty", outgoing("  "), "no text"},
		{"five images", func() post.Outgoing {
			o := outgoing("five")
			for range 5 {
				o.Media = append(o.Media, channeltest.TestImage())
			}
			return o
		}(), "at most 4 images"},
		{"image too big", func() post.Outgoing { o := outgoing("big"); o.Media = []post.MediaFile{big}; return o }(), "5 MB"},
		{"pdf", func() post.Outgoing {
			o := outgoing("pdf")
			o.Media = []post.MediaFile{{Name: "a.pdf", ContentType: "application/pdf", Data: []byte("%PDF")}}
			return o
		}(), "JPEG, PNG"},
		{"bad reply id", func() post.Outgoing { o := outgoing("reply"); o.ReplyTo = "abc"; return o }(), "not an X post id"},
	}
	fake := xfake.New()
	t.Cleanup(fake.Close)
	c := newOAuth1(t, fake)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := c.Publish(t.Context(), tc.o)
			ce := classOf(t, err)
			if ce.Class != channels.Permanent || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want permanent mentioning %q", err, tc.want)
			}
		})
	}
	if n := fake.Requests("POST /2/tweets"); n != 0 {
		t.Errorf("%d create calls reached X", n)
	}
}

// TestImageWithAltText checks the chunked upload and alt text reach X and
// the post carries the media id.
func TestImageWithAltText(t *testing.T) {
	fake := xfake.New()
	t.Cleanup(fake.Close)
	o := outgoing("image with alt text")
	o.Media = []post.MediaFile{channeltest.TestImage(), channeltest.TestImage()}
	if _, err := newOAuth1(t, fake).Publish(t.Context(), o); err != nil {
		t.Fatal(err)
	}
	for route, want := range map[string]int{"POST /2/media/upload/initialize": 2, "POST /2/media/upload/{id}/append": 2,
		"POST /2/media/upload/{id}/finalize": 2, "POST /2/media/metadata": 2, "POST /2/tweets": 1} {
		if got := fake.Requests(route); got != want {
			t.Errorf("%s: %d calls, want %d", route, got, want)
		}
	}
	if got := fake.Accepted(); len(got) != 1 || got[0].MediaCount != 2 {
		t.Errorf("accepted %+v, want one post with 2 media", got)
	}
}

// TestAppOnlyTokenAsksForReconnect: a user call made with an app-only
// bearer token gets X's 403 "Unsupported Authentication"; no retry or
// rewording of the post fixes that, a reconnect does, so it is AuthExpired
// (the channel pauses and asks for a reconnect), not a permanent refusal of
// the post.
func TestAppOnlyTokenAsksForReconnect(t *testing.T) {
	for _, prefix := range []string{"https://api.twitter.com/2/problems/", "https://api.x.com/2/problems/"} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusForbidden)
			fmt.Fprintf(w, `{"title":"Unsupported Authentication","detail":"Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].","type":"%sunsupported-authentication","status":403}`, prefix)
		}))
		c, err := x.New(oauth1Config(srv.URL, nil))
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.Publish(t.Context(), outgoing("Flu shots this week"))
		srv.Close()
		ce := classOf(t, err)
		if ce.Class != channels.AuthExpired || !strings.Contains(ce.Reason, "reconnect the X account") {
			t.Errorf("%s: class %v reason %q, want AuthExpired asking to reconnect", prefix, ce.Class, ce.Reason)
		}
	}
}
