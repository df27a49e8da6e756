package scheduler

import (
	"fmt"
	"log/slog"
	"net/http"
	"testing"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/facebook"
	"github.com/practicepost/practicepost/channels/facebook/fbfake"
	"github.com/practicepost/practicepost/channels/google"
	"github.com/practicepost/practicepost/channels/google/gbpfake"
	"github.com/practicepost/practicepost/channels/linkedin"
	"github.com/practicepost/practicepost/channels/linkedin/lifake"
	"github.com/practicepost/practicepost/channels/mastodon"
	"github.com/practicepost/practicepost/channels/mastodon/mastodonfake"
	"github.com/practicepost/practicepost/channels/x"
	"github.com/practicepost/practicepost/channels/x/xfake"
	"github.com/practicepost/practicepost/post"
)

// platform is one real adapter against its in-process fake.
type platform struct {
	fake    channeltest.Fake
	channel channels.Channel
	xfake   *xfake.Server
	gbpfake *gbpfake.Server
	mdfake  *mastodonfake.Server
}

// callTimeout is short so "hang until the client gives up" faults end
// quickly.
const callTimeout = time.Second

func newPlatform(t *testing.T, kind string, clk *clock, liVersion string) platform {
	t.Helper()
	hc := &http.Client{Timeout: callTimeout}
	log := slog.New(slog.DiscardHandler)
	switch kind {
	case "x":
		f := xfake.New()
		t.Cleanup(f.Close)
		c, err := x.New(x.Config{ID: "x", APIBase: f.URL(), ConsumerKey: xfake.ConsumerKey, ConsumerSecret: xfake.ConsumerSecret,
			AccessToken: xfake.AccessToken, AccessTokenSecret: xfake.AccessTokenSecret, HTTPClient: hc, Logger: log})
		if err != nil {
			t.Fatal(err)
		}
		return platform{fake: f, channel: c, xfake: f}
	case "fb":
		f := fbfake.New()
		t.Cleanup(f.Close)
		f.SetClock(clk.Now)
		c, err := facebook.New(facebook.Config{ID: "fb", APIBase: f.URL(), PageID: fbfake.PageID, PageAccessToken: fbfake.PageToken,
			HTTPClient: hc, Logger: log, Now: clk.Now})
		if err != nil {
			t.Fatal(err)
		}
		return platform{fake: f, channel: c}
	case "li":
		f := lifake.New()
		t.Cleanup(f.Close)
		f.SetClock(clk.Now)
		if liVersion == "" {
			liVersion = lifake.Versions[len(lifake.Versions)-1]
		}
		c, err := linkedin.New(linkedin.Config{ID: "li", APIBase: f.URL(), OrganizationID: lifake.OrganizationID,
			AccessToken: lifake.AccessToken, APIVersion: liVersion, HTTPClient: hc, Logger: log, Now: clk.Now})
		if err != nil {
			t.Fatal(err)
		}
		return platform{fake: f, channel: c}
	case "gbp":
		f := gbpfake.New()
		t.Cleanup(f.Close)
		f.SetClock(clk.Now)
		c, err := google.New(google.Config{ID: "gbp", APIBase: f.URL(), InfoAPIBase: f.URL(), AccountsAPIBase: f.URL(), TokenURL: f.TokenURL(),
			AccountID: gbpfake.AccountID, LocationID: gbpfake.LocationID, ClientID: gbpfake.ClientID, ClientSecret: gbpfake.ClientSecret,
			RefreshToken: gbpfake.RefreshToken, HTTPClient: hc, Logger: log, Now: clk.Now})
		if err != nil {
			t.Fatal(err)
		}
		return platform{fake: f, channel: c, gbpfake: f}
	case "md":
		f := mastodonfake.New()
		t.Cleanup(f.Close)
		f.SetClock(clk.Now)
		c, err := mastodon.New(mastodon.Config{ID: "md", Instance: f.URL(), AccessToken: mastodonfake.AccessToken,
			HTTPClient: hc, Logger: log, Now: clk.Now, MediaPoll: 10 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		return platform{fake: f, channel: c, mdfake: f}
	}
	t.Fatalf("no platform %s", kind)
	return platform{}
}

// Every fault the fakes can inject ends with the post published exactly
// once, or not published and failed/unknown/held with a reason and an
// alert: never twice, never silently.
func TestFaultsThroughTheRealAdapters(t *testing.T) {
	type tc struct {
		kind    string
		name    string
		inject  func(p platform)
		version string
		want    []post.DeliveryState // acceptable end states
	}
	published := []post.DeliveryState{post.DeliveryPublished}
	var cases []tc
	for _, kind := range []string{"x", "fb", "li", "gbp", "md"} {
		cases = append(cases,
			tc{kind: kind, name: "429 with retry-after", inject: func(p platform) {
				p.fake.Fail(1, channeltest.Fault{Kind: channeltest.FaultRateLimit, RetryAfter: 20 * time.Second})
			}, want: []post.DeliveryState{post.DeliveryPublished, post.DeliveryFailed}}, // LinkedIn waits for midnight UTC: past grace
			tc{kind: kind, name: "500s", inject: func(p platform) {
				p.fake.Fail(2, channeltest.Fault{Kind: channeltest.FaultServerError})
			}, want: published},
			// The fake never made the post: once the settle window
			// passes, its list says so and the post goes out again.
			tc{kind: kind, name: "timeout after the request was sent", inject: func(p platform) {
				p.fake.Fail(1, channeltest.Fault{Kind: channeltest.FaultTimeout})
			}, want: published},
			tc{kind: kind, name: "response lost after the post was made", inject: func(p platform) {
				p.fake.LoseResponses(1)
			}, want: published},
			tc{kind: kind, name: "expired token", inject: func(p platform) { p.fake.ExpireToken() },
				want: []post.DeliveryState{post.DeliveryHeld}},
			tc{kind: kind, name: "permanent refusal", inject: func(p platform) {
				p.fake.Fail(1, channeltest.Fault{Kind: channeltest.FaultPermanent})
			}, want: []post.DeliveryState{post.DeliveryFailed}},
		)
	}
	cases = append(cases,
		tc{kind: "x", name: "402 credits depleted", inject: func(p platform) { p.xfake.SetCreditsDepleted(true) },
			want: []post.DeliveryState{post.DeliveryFailed}},
		tc{kind: "li", name: "426 retired version", version: "202001",
			want: []post.DeliveryState{post.DeliveryFailed}},
	)
	for _, c := range cases {
		t.Run(c.kind+"/"+c.name, func(t *testing.T) {
			t.Parallel()
			clk := &clock{t: time.Now().Truncate(time.Second)}
			p := newPlatform(t, c.kind, clk, c.version)
			e := newEnv(t, map[string]channels.Channel{c.kind: p.channel}, envOpt{tune: func(o *Options) {
				o.CallTimeout, o.RetryBase = callTimeout, 2*time.Second
			}})
			e.clock.Set(clk.Now())
			e.s.now, e.s.opt.Now = clk.Now, clk.Now
			// The store and the calendar read e.clock; keep both clocks together.
			sync := func() { e.clock.Set(clk.Now()) }
			// & < > because X lists them as &amp; &lt; &gt;: reconciling
			// a lost answer must still recognise the post.
			body := fmt.Sprintf("Fault test %s %s: flu & COVID shots, ages <12 & >65, see https://clinic.test/flu", c.kind, c.name)
			pst := e.add(clk.Now().Add(time.Second), body, c.kind)
			if c.inject != nil {
				c.inject(p)
			}
			clk.Advance(time.Second)
			sync()
			e.tick()
			for range 8 {
				d := e.delivery(pst.ID, c.kind)
				if d.State == post.DeliveryPublishing && !e.s.nextRecheck().IsZero() {
					clk.Set(e.s.nextRecheck())
					sync()
					e.tick()
					continue
				}
				if d.State != post.DeliveryPending {
					break
				}
				clk.Set(d.NextAttempt)
				sync()
				e.tick()
			}
			d := e.delivery(pst.ID, c.kind)
			t.Logf("ended %s after %d attempts: %s", d.State, d.Attempts, d.LastError)
			ok := false
			for _, w := range c.want {
				ok = ok || d.State == w
			}
			if !ok {
				t.Fatalf("ended %s (%q), want one of %v", d.State, d.LastError, c.want)
			}
			accepted := len(p.fake.Accepted())
			if d.State == post.DeliveryPublished {
				if accepted != 1 || d.RemoteID == "" {
					t.Errorf("published with remote id %q; the fake accepted %d posts", d.RemoteID, accepted)
				}
				return
			}
			if accepted != 0 {
				t.Errorf("%s, but the fake accepted %d posts", d.State, accepted)
			}
			if d.LastError == "" {
				t.Error("no reason recorded")
			}
			var alerted bool
			for _, as := range e.alerts() {
				for _, a := range as {
					alerted = alerted || a.PostID == pst.ID || (a.Kind == alert.KindAuthExpired && a.Channel == c.kind)
				}
			}
			if !alerted {
				t.Errorf("%s without an alert", d.State)
			}
		})
	}
}
