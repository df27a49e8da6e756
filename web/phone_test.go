package web

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
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
