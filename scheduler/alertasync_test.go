package scheduler

import (
	"context"
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

// TestPeriodicAlertsDoNotWaitForTheirSend: the token check and the
// watchdog raise their alerts (token_expiring, scheduler_stalled) in
// transactions of their own, and a webhook that hangs must not hold them
// up: sent inline, the token check waited out the send's 10 s timeout per
// expiring channel, and the watchdog did not look at the loop again (nor
// stop when the daemon did) until the send gave up. Both return at once;
// the alerts go out once the webhook answers, and are marked sent.
func TestPeriodicAlertsDoNotWaitForTheirSend(t *testing.T) {
	tests := []struct {
		name string
		kind string
		want int // alerts of kind
		// run raises the alerts and returns once it is done.
		run func(e *env) error
	}{
		{"token check", alert.KindTokenExpiring, 2, func(e *env) error { return e.s.CheckTokens(e.ctx) }},
		{"watchdog", alert.KindSchedulerStalled, 1, func(e *env) error {
			// No heartbeat was ever beaten: the first look raises the
			// alert. The daemon then stops, and so must the watchdog.
			ctx, cancel := context.WithCancel(e.ctx)
			done := make(chan struct{})
			go func() { defer close(done); e.s.watchdog(ctx) }()
			for len(e.alerts()[alert.KindSchedulerStalled]) == 0 {
				time.Sleep(10 * time.Millisecond)
			}
			cancel()
			<-done
			return nil
		}},
	}
	for _, backend := range []string{"bbolt", "postgres"} {
		for _, tc := range tests {
			t.Run(backend+"/"+tc.name, func(t *testing.T) {
				release := make(chan struct{})
				var once sync.Once
				unblock := func() { once.Do(func() { close(release) }) }
				srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { <-release }))
				defer srv.Close()
				defer unblock() // before srv.Close, which waits for the handlers
				soon := post.Account{Name: "clinic", TokenExpires: t0.Add(48 * time.Hour)}
				chans := map[string]channels.Channel{"a": &scripted{account: soon}, "b": &scripted{account: soon}}
				e := newEnv(t, chans, envOpt{postgres: backend == "postgres", tune: func(o *Options) {
					n, err := alert.New(alert.Options{DB: o.DB.(alert.Store), Webhook: srv.URL})
					if err != nil {
						t.Fatal(err)
					}
					o.Alerts = n
					o.HeartbeatEvery = 50 * time.Millisecond
				}})

				done := make(chan error, 1)
				go func() { done <- tc.run(e) }()
				select {
				case err := <-done:
					if err != nil {
						t.Fatal(err)
					}
				case <-time.After(5 * time.Second):
					unblock()
					<-done
					t.Fatalf("the %s waited on a webhook that hangs: its alerts were sent inline", tc.name)
				}

				unblock()
				deadline := time.Now().Add(20 * time.Second)
				for {
					unsent := 0
					got := e.alerts()[tc.kind]
					for _, a := range got {
						if a.Unsent {
							unsent++
						}
					}
					if len(got) == tc.want && unsent == 0 {
						break
					}
					if time.Now().After(deadline) {
						t.Fatalf("%d %s alerts, %d still unsent after the webhook answered; want %d, all sent", len(got), tc.kind, unsent, tc.want)
					}
					time.Sleep(20 * time.Millisecond)
				}
			})
		}
	}
}
