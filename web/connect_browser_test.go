package web

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/x"
	"github.com/practicepost/practicepost/channels/x/xfake"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
)

// connectBrowserEnv is a server on a live port whose X channel connects
// through the X fake's authorize page, with the real security headers.
type connectBrowserEnv struct {
	*testEnv
	xf *xfake.Server
	xc channels.Channel // the X adapter, reading the token the connect stores
}

func newConnectBrowserEnv(t *testing.T, mod func(*Options)) *connectBrowserEnv {
	t.Helper()
	e := newTestEnvWith(t, storeOpts(), []calendar.ChannelInfo{
		{ID: "x", Kind: config.KindX, Name: "X"},
	})
	xf := xfake.New()
	t.Cleanup(xf.Close)
	xc, err := x.New(x.Config{ID: "x", APIBase: xf.URL(), ClientID: xfake.ClientID, ClientSecret: xfake.ClientSecret, Secrets: e.db})
	if err != nil {
		t.Fatal(err)
	}
	e.rebuild(func(o *Options) {
		o.ChannelConfigs = []config.Channel{
			{ID: "x", Kind: config.KindX, ClientID: xfake.ClientID, ClientSecret: xfake.ClientSecret, APIBase: xf.URL(), AuthBase: xf.URL()},
		}
		o.Channels = map[string]channels.Channel{"x": xc}
		if mod != nil {
			mod(o)
		}
	})
	// The callback address is the live server's, known only now.
	e.srv.opt.BaseURL = e.ts.URL
	return &connectBrowserEnv{testEnv: e, xf: xf, xc: xc}
}

// pressConnect opens the Channels page and presses channel's Connect
// button, then waits for the provider's consent page (its allow button).
func pressConnect(base, channel, allowSel string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Navigate(base+"/channels"),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/channels/`+channel+`/connect"] button`)),
		chromedp.Click(chromedp.CSS(`form[action="/channels/`+channel+`/connect"] button`)),
		waitWithin(15*time.Second, chromedp.WaitVisible(chromedp.CSS(allowSel))),
	)
}

// waitWithin runs a wait with its own deadline, so a page that never comes
// fails the test in seconds with a clear error rather than at the test's
// 90-second limit.
func waitWithin(d time.Duration, a chromedp.Action[chromedp.Void]) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		ctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		_, err := a(ctx, t)
		return err
	})
}

// TestBrowserConnectX: an admin presses Connect on the Channels page in
// headless Chromium, under the page's real Content-Security-Policy, goes
// through X's consent page (the fake's), comes back connected, sees the
// account on the Channels page, and a post goes out with the new token.
func TestBrowserConnectX(t *testing.T) {
	e := newConnectBrowserEnv(t, nil)
	ctx := browserCtx(t)
	dir := artifacts(t)
	do(t, ctx,
		signIn(e.ts.URL, "ada"),
		pressConnect(e.ts.URL, "x", "#allow"),
		screenshot(dir, "connect-x-1-consent"),
		chromedp.Click(chromedp.ID("allow")),
		chromedp.WaitVisible(chromedp.CSS("p.flash")),
		screenshot(dir, "connect-x-2-connected"),
	)
	if loc := read(t, ctx, chromedp.Location()); !strings.HasPrefix(loc, e.ts.URL+"/channels") {
		t.Fatalf("after approving, the browser is at %s", loc)
	}
	if flash := read(t, ctx, chromedp.Text(chromedp.CSS("p.flash"))); !strings.Contains(flash, "onnected") {
		t.Errorf("the Channels page says %q after connecting", flash)
	}
	r, err := e.xc.Publish(context.Background(), post.Outgoing{PostID: "p1", Channel: "x", AttemptID: "a1", Text: "Flu shots every weekday this month."})
	if err != nil {
		t.Fatalf("publishing through the connected token: %v", err)
	}
	if acc := e.xf.Accepted(); len(acc) != 1 || acc[0].RemoteID != r.RemoteID {
		t.Errorf("the fake accepted %+v, want the one post %s", acc, r.RemoteID)
	}
}
