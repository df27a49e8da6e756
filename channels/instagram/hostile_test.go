package instagram_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/instagram"
)

// hostile puts a proxy in front of the fake that answers the requests
// answer picks with its own body (status 200) and passes the rest on.
func (e *env) hostile(t *testing.T, answer func(r *http.Request) (body string, ok bool)) *instagram.Channel {
	t.Helper()
	target, err := url.Parse(e.fake.URL())
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if body, ok := answer(r); ok {
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(body))
			return
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	c, err := instagram.New(e.config(srv.URL))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestHostileGraphAnswers: answers Instagram may give that the fake never
// does are classified so that nothing is published twice or lost, and a
// person reading the reason learns something.
func TestHostileGraphAnswers(t *testing.T) {
	statusRead := func(r *http.Request) bool {
		return r.Method == http.MethodGet && strings.Contains(r.URL.Query().Get("fields"), "status_code")
	}
	tests := []struct {
		name      string
		answer    func(r *http.Request) (string, bool)
		class     channels.Class
		reasonHas string
	}{
		{"container ERROR without a status", func(r *http.Request) (string, bool) {
			return `{"id":"1","status_code":"ERROR"}`, statusRead(r)
		}, channels.Permanent, "no reason"},
		{"publishing limit over the total, config missing", func(r *http.Request) (string, bool) {
			return `{"data":[{"quota_usage":51}]}`, strings.HasSuffix(r.URL.Path, "/content_publishing_limit")
		}, channels.RateLimited, "limit"},
		{"publishing limit malformed", func(r *http.Request) (string, bool) {
			return `{"data":[{"quota_usage":"lots"}]}`, strings.HasSuffix(r.URL.Path, "/content_publishing_limit")
		}, channels.Retryable, "publishing limit"},
		{"publishing limit answer of 5 MiB", func(r *http.Request) (string, bool) {
			return `{"data":[{"quota_usage":0,"pad":"` + strings.Repeat("x", 5<<20) + `"}]}`, strings.HasSuffix(r.URL.Path, "/content_publishing_limit")
		}, channels.Retryable, "larger than"},
		{"publish answer of 5 MiB", func(r *http.Request) (string, bool) {
			return `{"id":"17900000000000001","pad":"` + strings.Repeat("x", 5<<20) + `"}`, strings.HasSuffix(r.URL.Path, "/media_publish")
		}, channels.OutcomeUnknown, "larger than"},
		{"publish answered with HTML", func(r *http.Request) (string, bool) {
			return `<html><body>Sorry, something went wrong.</body></html>`, strings.HasSuffix(r.URL.Path, "/media_publish")
		}, channels.OutcomeUnknown, "looks at the account"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			c := e.hostile(t, tt.answer)
			_, err := c.Publish(context.Background(), outgoing("Hostile "+tt.name, jpegImage(t, 20, 20)))
			var ce *channels.Error
			if !errors.As(err, &ce) || ce.Class != tt.class || !strings.Contains(ce.Reason, tt.reasonHas) {
				t.Fatalf("got %v, want %s with a reason containing %q", err, tt.class, tt.reasonHas)
			}
			if strings.HasSuffix(strings.TrimSpace(ce.Reason), ":") {
				t.Errorf("reason %q ends without saying why", ce.Reason)
			}
			if tt.class != channels.OutcomeUnknown && len(e.fake.Accepted()) != 0 {
				t.Error("published despite the failure")
			}
		})
	}
}

// TestHostilePermalinkIsDropped: the permalink Instagram answers becomes
// a link in the web UI and reports, so only an http(s) address is kept;
// a javascript: or data: one is dropped and the post still counts as
// published.
func TestHostilePermalinkIsDropped(t *testing.T) {
	for _, link := range []string{"javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "//evil.example/p"} {
		t.Run(link, func(t *testing.T) {
			e := newEnv(t)
			c := e.hostile(t, func(r *http.Request) (string, bool) {
				return `{"id":"1","permalink":` + strconv.Quote(link) + `}`,
					r.Method == http.MethodGet && r.URL.Query().Get("fields") == "permalink,timestamp"
			})
			rec, err := c.Publish(context.Background(), outgoing("Permalink "+link, jpegImage(t, 20, 20)))
			if err != nil {
				t.Fatal(err)
			}
			if rec.RemoteID == "" || rec.URL != "" {
				t.Fatalf("receipt %+v: want the media id and no URL", rec)
			}
		})
	}
}

// failSecondSave is a record store whose second save fails: the one after
// media_publish.
type failSecondSave struct {
	*records
	saves int
}

func (f *failSecondSave) SaveSecret(ctx context.Context, name string, v []byte) error {
	if f.saves++; f.saves == 2 {
		return errors.New("disk full")
	}
	return f.records.SaveSecret(ctx, name, v)
}

// TestUnrecordedPublishIsStillAReceipt: a record that cannot be saved
// after the post is out loses nothing (the receipt stands) and is logged
// with the error under "error", the key .golangci.yml sets for every log line.
func TestUnrecordedPublishIsStillAReceipt(t *testing.T) {
	e := newEnv(t)
	c := e.channel(t, func(cfg *instagram.Config) { cfg.Records = &failSecondSave{records: e.recs} })
	rec, err := c.Publish(context.Background(), outgoing("Recorded?", jpegImage(t, 20, 20)))
	if err != nil || rec.RemoteID == "" {
		t.Fatalf("got %+v, %v; want the receipt", rec, err)
	}
	if logs := e.logs.String(); !strings.Contains(logs, `error="disk full"`) {
		t.Errorf("the failed save is not logged under error:\n%s", logs)
	}
}
