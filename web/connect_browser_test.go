package web

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/facebook/fbfake"
	"github.com/practicepost/practicepost/channels/linkedin/lifake"
	"github.com/practicepost/practicepost/channels/x/xfake"
	"github.com/practicepost/practicepost/post"
)

// pressConnect opens the Channels page and presses channel's Connect
// button, then waits for the provider's consent page (its allow button).
func pressConnect(base, channel string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Navigate(base+"/channels"),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/channels/`+channel+`/connect"] button`)),
		chromedp.Click(chromedp.CSS(`form[action="/channels/`+channel+`/connect"] button`)),
		waitWithin(15*time.Second, chromedp.WaitVisible(chromedp.ID("allow"))),
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

// TestBrowserConnect: for each network, an admin presses Connect on the
// Channels page in headless Chromium, under the page's real
// Content-Security-Policy, approves on the network's consent page (the
// fake's), comes back connected, sees the account on the Channels page,
// and a post goes out through the new token.
func TestBrowserConnect(t *testing.T) {
	tests := []struct {
		channel, account string
		adapter          func(e *connectEnv) channels.Channel
		accepted         func(e *connectEnv) int
	}{
		{"x", "Connected as @" + xfake.Username, func(e *connectEnv) channels.Channel { return e.x }, func(e *connectEnv) int { return len(e.fakes.x.Accepted()) }},
		{"fb", "Connected as " + fbfake.PageName, func(e *connectEnv) channels.Channel { return e.facebookAdapter() }, func(e *connectEnv) int { return len(e.fakes.fb.Accepted()) }},
		{"li", "Connected as " + lifake.OrgName + " (token until", func(e *connectEnv) channels.Channel { return e.linkedinAdapter() }, func(e *connectEnv) int { return len(e.fakes.li.Accepted()) }},
	}
	for _, tt := range tests {
		t.Run(tt.channel, func(t *testing.T) {
			e := newConnectEnv(t, xfake.Username)
			ctx := browserCtx(t)
			dir := artifacts(t)
			do(t, ctx,
				signIn(e.ts.URL, "ada"),
				pressConnect(e.ts.URL, tt.channel),
				screenshot(dir, "connect-"+tt.channel+"-1-consent"),
				chromedp.Click(chromedp.ID("allow")),
				waitWithin(15*time.Second, chromedp.WaitVisible(chromedp.CSS("p.flash"))),
				screenshot(dir, "connect-"+tt.channel+"-2-connected"),
			)
			if loc := read(t, ctx, chromedp.Location()); loc != e.ts.URL+"/channels?done=connected" {
				t.Fatalf("after approving, the browser is at %s", loc)
			}
			row := read(t, ctx, chromedp.Text(chromedp.CSS(`tr:has(form[action="/channels/`+tt.channel+`/connect"]) .account-state`)))
			if !strings.Contains(row, tt.account) {
				t.Errorf("the Channels page says %q, want %q", row, tt.account)
			}
			_, err := tt.adapter(e).Publish(context.Background(), post.Outgoing{PostID: "01JCONNECTTEST0000000000AA", Channel: tt.channel, AttemptID: "a1",
				Text: "Flu shots every weekday this month."})
			if err != nil {
				t.Fatalf("publishing through the connected token: %v", err)
			}
			if n := tt.accepted(e); n != 1 {
				t.Errorf("the fake accepted %d posts, want 1", n)
			}
		})
	}
}

// TestBrowserConnectDenied: pressing Cancel on the network's page comes
// back to a plain message, and the channel stays not connected.
func TestBrowserConnectDenied(t *testing.T) {
	e := newConnectEnv(t, "")
	ctx := browserCtx(t)
	do(t, ctx,
		signIn(e.ts.URL, "ada"),
		pressConnect(e.ts.URL, "li"),
		chromedp.Click(chromedp.ID("deny")),
		waitWithin(15*time.Second, chromedp.WaitVisible(chromedp.CSS("main"))),
	)
	if page := read(t, ctx, chromedp.Text(chromedp.CSS("main"))); !strings.Contains(page, "the app was not approved") || strings.Contains(page, "user_cancelled") {
		t.Errorf("after cancelling, the page says:\n%s", page)
	}
	do(t, ctx, chromedp.Navigate(e.ts.URL+"/channels"), chromedp.WaitVisible(chromedp.CSS(".account-state")))
	if row := read(t, ctx, chromedp.Text(chromedp.CSS(`tr:has(form[action="/channels/li/connect"]) .account-state`))); row != "Not connected" {
		t.Errorf("after cancelling, LinkedIn's row says %q", row)
	}
}
