package alert

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

// TestWebhookRedirectIsNotTaken: a webhook URL that answers with a
// redirect has not taken the alert. Followed, a 301, 302 or 303 turns the
// POST into a bodiless GET that the new address may well answer 200 (the
// alert counted as sent, marked sent, and never heard of again), and a 307
// or 308 posts the alert to an address nobody configured. The alert stays
// unsent, for the next attempt, and nothing reaches the other address.
func TestWebhookRedirectIsNotTaken(t *testing.T) {
	for _, code := range []int{http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect} {
		t.Run(http.StatusText(code), func(t *testing.T) {
			ctx := context.Background()
			var elsewhere atomic.Int32
			other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				elsewhere.Add(1) // any method, any body: 200
			}))
			defer other.Close()
			hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, other.URL+"/moved", code)
			}))
			defer hook.Close()
			db := openStore(t)
			n, err := New(Options{DB: db, Webhook: hook.URL + "/hook"})
			if err != nil {
				t.Fatal(err)
			}
			raise(t, n, Alert{Kind: KindHeld, PostID: "01JABCDEFGHJKMNPQRSTVWXYZ0", Channel: "x", Message: "Post held on x."})
			if got := elsewhere.Load(); got != 0 {
				t.Errorf("the redirect's target got %d requests, want 0", got)
			}
			all, err := db.Alerts(ctx, false)
			if err != nil || len(all) != 1 {
				t.Fatalf("alerts %+v, %v; want the one", all, err)
			}
			if !all[0].Unsent {
				t.Error("the alert is marked sent after the webhook answered a redirect")
			}
		})
	}
}
