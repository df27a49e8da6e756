package web

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

// TestBrowserPagesFitAPhone: no page is wider than a phone's screen; a wide
// list scrolls inside itself, so the menu and the forms stay in view.
func TestBrowserPagesFitAPhone(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	e.addPost("Flu shots are available this week at our clinic.", time.Now().Add(time.Hour), "topic:flu")
	ctx := browserCtx(t)
	base := e.ts.URL
	do(t, ctx, signIn(base, "ada"))
	for _, path := range []string{"/calendar", "/users", "/audit", "/authorizations", "/alerts", "/review"} {
		t.Run(path, func(t *testing.T) {
			do(t, ctx, chromedp.Navigate(base+path), chromedp.WaitVisible(chromedp.CSS("main")))
			js := `[document.documentElement.scrollWidth, window.innerWidth]`
			w := read(t, ctx, chromedp.Evaluate[[]int](js))
			if w[0] > w[1] {
				t.Errorf("%s is %d px wide on a %d px screen", path, w[0], w[1])
			}
		})
	}
}

// TestBrowserCancelAsksFirst: cancelling a post cannot be undone, so the
// button asks; saying no leaves the post as it was.
func TestBrowserCancelAsksFirst(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	p := e.addPost("Flu shots are available this week at our clinic.", time.Now().Add(time.Hour))
	ctx := browserCtx(t)
	do(t, ctx, signIn(e.ts.URL, "sam"))
	for _, tc := range []struct {
		answer string
		want   post.Status
	}{
		{"false", post.StatusScheduled},
		{"true", post.StatusCancelled},
	} {
		do(t, ctx,
			chromedp.Navigate(e.ts.URL+"/posts/"+p.ID),
			chromedp.WaitVisible(chromedp.ID("post-status")),
			chromedp.Evaluate[chromedp.Void](`window.confirm = () => `+tc.answer),
			chromedp.Click(chromedp.CSS(`form[action$="/cancel"] button`)),
			// A form that went anyway would have been sent by now.
			chromedp.Sleep(300*time.Millisecond),
		)
		// The page before the click shows the status too: wait for the
		// one that should be, so a cancel still on its way is not read
		// as "not cancelled".
		shown := chromedp.Do(ctx, waitWithin(15*time.Second, chromedp.WaitVisible(chromedp.CSS("#post-status.st-"+string(tc.want)))))
		got, err := e.cal.GetPost(context.Background(), calendar.PostRef{ID: p.ID})
		if err != nil {
			t.Fatal(err)
		}
		if got.Post.Status != tc.want {
			t.Fatalf("confirm answered %s: the post is %s, want %s", tc.answer, got.Post.Status, tc.want)
		}
		if shown != nil {
			t.Fatalf("confirm answered %s: the page does not show the post %s: %v", tc.answer, tc.want, shown)
		}
	}
}
