package scheduler

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/store"
)

// TestFailedAlertSentAgainWhileRunning: an alert whose webhook failed
// while the daemon runs (a 500, a webhook that hangs) goes out once the
// webhook is back, without a restart. Before, a failed send waited for
// the next start (SendUnsent), which may be weeks away: staff never heard
// of the held post meanwhile.
func TestFailedAlertSentAgainWhileRunning(t *testing.T) {
	for _, tc := range []struct {
		name string
		fail func(w http.ResponseWriter) // the webhook's first answer
	}{
		{"500", func(w http.ResponseWriter) { w.WriteHeader(http.StatusInternalServerError) }},
		{"hangs", func(http.ResponseWriter) { time.Sleep(300 * time.Millisecond) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			db, err := store.Open(ctx, t.TempDir(), store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var mu sync.Mutex
			calls, took := 0, 0
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				var a alert.Alert
				_ = json.NewDecoder(r.Body).Decode(&a)
				mu.Lock()
				calls++
				first := calls == 1
				if !first {
					took++
				}
				mu.Unlock()
				if first {
					tc.fail(w)
				}
			}))
			defer srv.Close()
			n, err := alert.New(alert.Options{DB: db, Webhook: srv.URL, HTTPClient: &http.Client{Timeout: 100 * time.Millisecond}})
			if err != nil {
				t.Fatal(err)
			}
			// The scheduler's clock is a year behind, so the start-up pass
			// (alerts stored before the start) leaves the alert below
			// alone: it is raised while the daemon runs.
			then := func() time.Time { return time.Now().AddDate(-1, 0, 0) }
			cal, err := calendar.New(db, passChecker{}, calendar.Options{Location: time.UTC, Now: then})
			if err != nil {
				t.Fatal(err)
			}
			s, err := New(Options{DB: db, Location: time.UTC, Alerts: n, ChannelInterval: -1, AlertRetryEvery: 20 * time.Millisecond,
				Now: then, Pauser: cal})
			if err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- s.Run(ctx) }()
			if _, err := n.Raise(ctx, alert.Alert{Kind: alert.KindHeld, PostID: "01JABCDEFGHJKMNPQRSTVWXYZ0", Channel: "c", Message: "Post held on c."}); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(10 * time.Second)
			for {
				all, err := db.Alerts(ctx, false)
				if err != nil {
					t.Fatal(err)
				}
				if len(all) == 1 && !all[0].Unsent {
					break
				}
				if time.Now().After(deadline) {
					mu.Lock()
					defer mu.Unlock()
					t.Fatalf("the alert is still unsent 10 s after its webhook failed once (webhook called %d times)", calls)
				}
				time.Sleep(20 * time.Millisecond)
			}
			cancel()
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			mu.Lock()
			defer mu.Unlock()
			if took != 1 {
				t.Errorf("the webhook took the alert %d times after its failure, want 1", took)
			}
		})
	}
}
