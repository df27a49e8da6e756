package scheduler

import (
	"context"
	"fmt"
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
			hook, unblock := hangingHook(t)
			x := &scripted{}
			e := newEnv(t, map[string]channels.Channel{"c": x}, envOpt{postgres: backend == "postgres", tune: func(o *Options) {
				n, err := alert.New(alert.Options{DB: o.DB.(alert.Store), Webhook: hook})
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

			returnsAtOnce(t, func() error { return e.s.Tick(e.ctx) }, unblock,
				fmt.Sprintf("the tick waited on a webhook that hangs: %d held alerts were sent on the publishing path", held))
			for _, p := range late {
				e.wantState(p.ID, "c", post.DeliveryHeld)
			}
			e.wantState(good.ID, "c", post.DeliveryPublished)

			unblock()
			e.waitAllSent(alert.KindHeld, held)
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
				hook, unblock := hangingHook(t)
				soon := post.Account{Name: "clinic", TokenExpires: t0.Add(48 * time.Hour)}
				chans := map[string]channels.Channel{"a": &scripted{account: soon}, "b": &scripted{account: soon}}
				e := newEnv(t, chans, envOpt{postgres: backend == "postgres", tune: func(o *Options) {
					n, err := alert.New(alert.Options{DB: o.DB.(alert.Store), Webhook: hook})
					if err != nil {
						t.Fatal(err)
					}
					o.Alerts = n
					o.HeartbeatEvery = 50 * time.Millisecond
				}})

				returnsAtOnce(t, func() error { return tc.run(e) }, unblock,
					fmt.Sprintf("the %s waited on a webhook that hangs: its alerts were sent inline", tc.name))

				unblock()
				e.waitAllSent(tc.kind, tc.want)
			})
		}
	}
}

// hangingHook is a webhook that answers nothing until unblock is called
// (or the test ends).
func hangingHook(t *testing.T) (url string, unblock func()) {
	t.Helper()
	release := make(chan struct{})
	var once sync.Once
	unblock = func() { once.Do(func() { close(release) }) }
	srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { <-release }))
	t.Cleanup(srv.Close)
	t.Cleanup(unblock) // runs first: srv.Close waits for the handlers
	return srv.URL, unblock
}

// waitAllSent waits until there are want alerts of kind, all marked sent.
func (e *env) waitAllSent(kind string, want int) {
	e.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		unsent := 0
		got := e.alerts()[kind]
		for _, a := range got {
			if a.Unsent {
				unsent++
			}
		}
		if len(got) == want && unsent == 0 {
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("%d %s alerts, %d still unsent after the webhook answered; want %d, all sent", len(got), kind, unsent, want)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// returnsAtOnce runs run and fails with failure, after unblocking the
// webhook it waits on, if run has not returned within 5 s.
func returnsAtOnce(t *testing.T, run func() error, unblock func(), failure string) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- run() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		unblock()
		<-done
		t.Fatal(failure)
	}
}

// TestAlertRaisedAtStartIsSentOnce: the reconcile pass at the start of Run
// records an interrupted attempt that is out of attempts as failed and
// raises publish_failed, which the background sender sends. The resend of
// what an earlier run left unsent must not send it too: it takes only the
// alerts stored before this run began. It took those stored before the
// moment it ran, after the reconcile pass, so a webhook slow enough to
// still hold the first send got the alert twice.
func TestAlertRaisedAtStartIsSentOnce(t *testing.T) {
	slow := make(chan struct{})
	var once sync.Once
	release := func() { once.Do(func() { close(slow) }) }
	counter := &hookCounter{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-slow
		counter.ServeHTTP(w, r)
	}))
	defer srv.Close()
	defer release()
	var clk *clock
	x := &scripted{}
	e := newEnv(t, map[string]channels.Channel{"c": x}, envOpt{tune: func(o *Options) {
		n, err := alert.New(alert.Options{DB: o.DB.(alert.Store), Webhook: srv.URL})
		if err != nil {
			t.Fatal(err)
		}
		o.Alerts = n
		// Time goes on as the daemon works, as it does for real.
		now := o.Now
		o.Now = func() time.Time { clk.Advance(time.Millisecond); return now() }
	}})
	clk = e.clock
	p := e.add(t0.Add(time.Minute), "Flu shots all week, walk-ins welcome.", "c")
	e.clock.Advance(time.Minute)
	e.interrupt(p.ID, "c", 5)  // out of attempts, killed mid-call
	e.clock.Advance(time.Hour) // past the settle window: the list is trusted

	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- e.s.Run(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for len(e.alerts()[alert.KindPublishFailed]) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // the start-up resend has run
	release()
	e.waitAllSent(alert.KindPublishFailed, 1)
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := counter.count(alert.KindPublishFailed, p.ID); n != 1 {
		t.Errorf("the publish_failed alert raised at start went to the webhook %d times, want 1", n)
	}
}
