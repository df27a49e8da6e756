package facebook_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/facebook"
	"github.com/practicepost/practicepost/channels/facebook/fbfake"
	"github.com/practicepost/practicepost/post"
)

func TestVersionPinnedAndTokenNeverInURL(t *testing.T) {
	for _, version := range []string{"", "v24.0"} {
		t.Run("version="+version, func(t *testing.T) {
			fake := fbfake.New()
			t.Cleanup(fake.Close)
			c, err := facebook.New(facebook.Config{ID: "fb", APIBase: fake.URL(), PageID: fbfake.PageID, PageAccessToken: fbfake.PageToken, GraphVersion: version})
			if err != nil {
				t.Fatal(err)
			}
			ctx := t.Context()
			r, err := c.Publish(ctx, post.Outgoing{Text: "Flu shots this week", Link: "https://clinic.example/flu"})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := c.Publish(ctx, post.Outgoing{Text: "Two photos", Media: []post.MediaFile{channeltest.TestImage(), channeltest.TestImage()}}); err != nil {
				t.Fatal(err)
			}
			if _, err := c.Recent(ctx, time.Now().Add(-time.Hour)); err != nil {
				t.Fatal(err)
			}
			if _, err := c.Engagement(ctx, []string{r.RemoteID}); err != nil {
				t.Fatal(err)
			}
			if _, err := c.Comments(ctx, r.RemoteID, time.Now().Add(-time.Hour)); err != nil {
				t.Fatal(err)
			}
			if _, err := c.Verify(ctx); err != nil {
				t.Fatal(err)
			}
			want := version
			if want == "" {
				want = facebook.DefaultGraphVersion
			}
			reqs := fake.Requests()
			if len(reqs) < 8 {
				t.Fatalf("fake saw %d requests, want at least 8", len(reqs))
			}
			for _, rq := range reqs {
				if !strings.HasPrefix(rq.Path, "/"+want+"/") {
					t.Errorf("%s %s is not pinned to %s", rq.Method, rq.Path, want)
				}
				// /debug_token takes the inspected token as a query
				// parameter by design; nothing else may.
				if rq.TokenInQuery && !strings.HasSuffix(rq.Path, "/debug_token") {
					t.Errorf("%s %s carries a token in its URL", rq.Method, rq.Path)
				}
			}
			got := fake.Accepted()
			if len(got) != 2 || got[1].MediaCount != 2 || got[0].Link != "https://clinic.example/flu" {
				t.Errorf("accepted %+v, want a link post and a two-photo post", got)
			}
		})
	}
}

func TestRetiredVersionIsPermanent(t *testing.T) {
	fake := fbfake.New()
	t.Cleanup(fake.Close)
	c, err := facebook.New(facebook.Config{ID: "fb", APIBase: fake.URL(), PageID: fbfake.PageID, PageAccessToken: fbfake.PageToken, GraphVersion: "v19.0"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Publish(t.Context(), post.Outgoing{Text: "hello"})
	if channels.ClassOf(err) != channels.Permanent {
		t.Fatalf("got %v, want a permanent error", err)
	}
}

func TestUserTokenIsRefused(t *testing.T) {
	fake := fbfake.New()
	t.Cleanup(fake.Close)
	c, err := facebook.New(facebook.Config{ID: "fb", APIBase: fake.URL(), PageID: fbfake.PageID, PageAccessToken: fbfake.UserToken, AppID: fbfake.AppID, AppSecret: fbfake.AppSecret})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Publish(t.Context(), post.Outgoing{Text: "posted with the wrong token"})
	if channels.ClassOf(err) != channels.AuthExpired {
		t.Errorf("Publish with a user token: %v, want auth_expired", err)
	}
	if n := len(fake.Accepted()); n != 0 {
		t.Errorf("fake accepted %d posts", n)
	}
	_, err = c.Verify(t.Context())
	if channels.ClassOf(err) != channels.AuthExpired || !strings.Contains(err.Error(), "USER token") {
		t.Errorf("Verify with a user token: %v, want auth_expired naming the USER token", err)
	}
}

// stub serves fixed answers by path, for shapes the fake does not produce.
func stub(t *testing.T, routes map[string]func(w http.ResponseWriter)) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h, ok := routes[r.URL.Path]; ok {
			h(w)
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestNonGraphAnswers(t *testing.T) {
	cases := []struct {
		name string
		h    func(w http.ResponseWriter)
		want channels.Class
	}{
		{"html 502", func(w http.ResponseWriter) {
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(502)
			io.WriteString(w, "<html>Bad Gateway</html>")
		}, channels.Retryable},
		// The library alone would call this a success.
		{"500 without error key", func(w http.ResponseWriter) {
			w.WriteHeader(500)
			io.WriteString(w, `{"id":"1_2"}`)
		}, channels.Retryable},
		{"200 with error key", func(w http.ResponseWriter) {
			io.WriteString(w, `{"error":{"message":"(#506) Duplicate status message","type":"OAuthException","code":506}}`)
		}, channels.Duplicate},
		{"200 not json", func(w http.ResponseWriter) {
			io.WriteString(w, "<html>maintenance</html>")
		}, channels.OutcomeUnknown},
		{"200 without id", func(w http.ResponseWriter) {
			io.WriteString(w, `{"success":true}`)
		}, channels.OutcomeUnknown},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			base := stub(t, map[string]func(http.ResponseWriter){"/v25.0/42/feed": tc.h})
			c, err := facebook.New(facebook.Config{ID: "fb", APIBase: base, PageID: "42", PageAccessToken: "tok-secret"})
			if err != nil {
				t.Fatal(err)
			}
			_, err = c.Publish(t.Context(), post.Outgoing{Text: "x"})
			if got := channels.ClassOf(err); got != tc.want {
				t.Errorf("class %v (%v), want %v", got, err, tc.want)
			}
		})
	}
}

func TestInsightsFailureLeavesFiguresNil(t *testing.T) {
	base := stub(t, map[string]func(http.ResponseWriter){
		"/v25.0/42_7": func(w http.ResponseWriter) {
			io.WriteString(w, `{"id":"42_7","reactions":{"data":[],"summary":{"total_count":12}},"comments":{"data":[],"summary":{"total_count":3}}}`)
		},
		"/v25.0/42_7/insights": func(w http.ResponseWriter) {
			w.WriteHeader(400)
			io.WriteString(w, `{"error":{"message":"(#100) The value must be a valid insights metric","type":"OAuthException","code":100}}`)
		},
	})
	c, err := facebook.New(facebook.Config{ID: "fb", APIBase: base, PageID: "42", PageAccessToken: "tok"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.Engagement(t.Context(), []string{"42_7", "42_8"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("got %d snapshots, want 1 (the missing post is skipped)", len(got))
	}
	m := got[0]
	if m.Reactions == nil || *m.Reactions != 12 || m.Comments == nil || *m.Comments != 3 {
		t.Errorf("counters %+v", m)
	}
	if m.Shares != nil || m.Impressions != nil || m.Clicks != nil {
		t.Errorf("shares/impressions/clicks should be nil (not available), got %v %v %v", m.Shares, m.Impressions, m.Clicks)
	}
}

func TestUnreachableKeepsTokenOutOfErrorsAndLogs(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	base := srv.URL
	srv.Close() // nothing listens there now
	logs := &logBuffer{}
	c, err := facebook.New(facebook.Config{ID: "fb", APIBase: base, PageID: "42", PageAccessToken: "EAAsecretTOKEN", AppSecret: "app-secret-xyz",
		Logger: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	if err != nil {
		t.Fatal(err)
	}
	_, perr := c.Publish(t.Context(), post.Outgoing{Text: "x"})
	_, rerr := c.Recent(t.Context(), time.Now())
	_, verr := c.Verify(t.Context())
	for _, err := range []error{perr, rerr, verr} {
		if channels.ClassOf(err) != channels.Retryable {
			t.Errorf("unreachable: %v, want retryable (nothing was sent)", err)
		}
		if strings.Contains(err.Error(), "EAAsecretTOKEN") || strings.Contains(err.Error(), "app-secret-xyz") {
			t.Errorf("error leaks a secret: %v", err)
		}
	}
	if strings.Contains(logs.String(), "EAAsecretTOKEN") {
		t.Error("logs leak the token")
	}
}

func TestConnector(t *testing.T) {
	fake := fbfake.New()
	t.Cleanup(fake.Close)
	now := time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)
	cn := facebook.Connector{APIBase: fake.URL(), AppID: fbfake.AppID, AppSecret: fbfake.AppSecret, Now: func() time.Time { return now }}
	ctx := t.Context()
	long, exp, err := cn.LongLivedUserToken(ctx, fbfake.ShortUserToken)
	if err != nil {
		t.Fatal(err)
	}
	if long != fbfake.UserToken || !exp.Equal(now.Add(5183944*time.Second)) {
		t.Errorf("long-lived token %q expiring %v", long, exp)
	}
	p, err := cn.PageToken(ctx, long, fbfake.PageID)
	if err != nil || p.AccessToken != fbfake.PageToken || p.Name != fbfake.PageName {
		t.Errorf("PageToken = %+v, %v", p, err)
	}
	pages, err := cn.Pages(ctx, long)
	if err != nil || len(pages) != 1 || pages[0].AccessToken != fbfake.PageToken {
		t.Errorf("Pages = %+v, %v", pages, err)
	}
	for _, r := range fake.Requests() {
		if r.TokenInQuery {
			t.Errorf("%s %s carries a token in its URL", r.Method, r.Path)
		}
	}

	bad := cn
	bad.AppSecret = "wrong-secret"
	if _, _, err := bad.LongLivedUserToken(ctx, fbfake.ShortUserToken); err == nil || strings.Contains(err.Error(), fbfake.ShortUserToken) {
		t.Errorf("wrong app secret: %v", err)
	}
	if _, err := cn.Pages(ctx, fbfake.PageToken); err == nil {
		t.Error("/me/accounts with a Page token should fail")
	}
	if _, _, err := (facebook.Connector{}).LongLivedUserToken(ctx, "x"); err == nil {
		t.Error("a connector without app credentials should refuse")
	}
}

func TestNewRejectsBadConfig(t *testing.T) {
	cases := []facebook.Config{
		{},
		{ID: "fb", PageAccessToken: "t"},
		{ID: "fb", PageID: "1"},
		{ID: "fb", PageID: "1/feed", PageAccessToken: "t"},
		{ID: "fb", PageID: "1", PageAccessToken: "t", GraphVersion: "25"},
		{ID: "fb", PageID: "1", PageAccessToken: "t", APIBase: "graph.facebook.com"},
	}
	for i, cfg := range cases {
		if _, err := facebook.New(cfg); err == nil {
			t.Errorf("case %d: New accepted %+v", i, cfg)
		}
	}
}

func TestCancelledPublishWrapsContext(t *testing.T) {
	fake := fbfake.New()
	t.Cleanup(fake.Close)
	c := newChannel(t, fake.URL(), &logBuffer{})
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err := c.Publish(ctx, post.Outgoing{Text: "never sent"})
	if !errors.Is(err, context.Canceled) || channels.ClassOf(err) != channels.Retryable {
		t.Errorf("publish with a cancelled context: %v (class %v), want retryable wrapping context.Canceled: nothing was sent", err, channels.ClassOf(err))
	}
}
