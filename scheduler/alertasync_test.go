package scheduler

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// TestAlertSendDoesNotHoldUpPublishing: the posts of a tick that end held
// raise their alerts, and a webhook that hangs must not hold up the post
// that is still on time in the same tick. Sent inline, each alert waited
// out the send's 10 s timeout on the publishing path: with a few dozen
// held posts queued ahead of it, a good post missed its 30-minute grace
// window. The alerts still go out once the webhook answers, and are then
// marked sent (at least once).
func TestAlertSendDoesNotHoldUpPublishing(t *testing.T) {
	const held = 3
	for _, backend := range []string{"bbolt", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			release := make(chan struct{})
			var once sync.Once
			unblock := func() { once.Do(func() { close(release) }) }
			srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { <-release }))
			defer srv.Close()
			defer unblock() // before srv.Close, which waits for the handlers
			x := &scripted{}
			e := newEnv(t, map[string]channels.Channel{"c": x}, envOpt{postgres: backend == "postgres", tune: func(o *Options) {
				n, err := alert.New(alert.Options{DB: o.DB.(alert.Store), Webhook: srv.URL})
				if err != nil {
					t.Fatal(err)
				}
				o.Alerts = n
			}})
			var late []*post.Post
			for range held {
				late = append(late, e.add(t0.Add(time.Minute), "Flu shots all week, walk-ins welcome.", "c"))
			}
			good := e.add(t0.Add(40*time.Minute), "Closed Monday for the holiday.", "c")
			e.clock.Advance(45 * time.Minute) // the first slot is past its 30-minute grace, the last is not

			done := make(chan error, 1)
			go func() { done <- e.s.Tick(e.ctx) }()
			select {
			case err := <-done:
				if err != nil {
					t.Fatal(err)
				}
			case <-time.After(5 * time.Second):
				unblock()
				<-done
				t.Fatalf("the tick waited on a webhook that hangs: %d held alerts were sent on the publishing path", held)
			}
			for _, p := range late {
				e.wantState(p.ID, "c", post.DeliveryHeld)
			}
			e.wantState(good.ID, "c", post.DeliveryPublished)

			unblock()
			deadline := time.Now().Add(20 * time.Second)
			for {
				unsent := 0
				got := e.alerts()[alert.KindHeld]
				for _, a := range got {
					if a.Unsent {
						unsent++
					}
				}
				if len(got) == held && unsent == 0 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("%d held alerts, %d still unsent after the webhook answered; want %d, all sent", len(got), unsent, held)
				}
				time.Sleep(20 * time.Millisecond)
			}
		})
	}
}
