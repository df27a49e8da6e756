package scheduler

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// interrupt leaves the delivery publishing with attempts made, as a crash
// between the committed claim and the answer does.
func (e *env) interrupt(id post.ID, ch string, attempts int) {
	e.t.Helper()
	if err := e.db.Update(e.ctx, func(tx store.Tx) error {
		p, err := tx.Post(id)
		if err != nil {
			return err
		}
		d := p.Deliveries[ch]
		d.State, d.AttemptID, d.AttemptStarted, d.Attempts = post.DeliveryPublishing, post.NewID(tx.Now()), tx.Now(), attempts
		p.Transition(post.StatusPublishing)
		return tx.PutPost(p, store.Audit{Actor: "test", Action: "crash"})
	}); err != nil {
		e.t.Fatal(err)
	}
}

// auditHas reports whether some audit entry's detail contains s.
func (e *env) auditHas(s string) bool {
	e.t.Helper()
	found := false
	if err := e.db.AuditEntries(e.ctx, 0, func(a post.AuditEntry) error {
		found = found || strings.Contains(a.Detail, s)
		return nil
	}); err != nil {
		e.t.Fatal(err)
	}
	return found
}

// The reconcile rule (PLATFORMS.md section 6, issue 5): an interrupted
// attempt is published if listed, retried if the platform's whole list
// shows it never arrived once the settle window has passed, and unknown
// with an alert only when the platform cannot tell.
func TestReconcileRule(t *testing.T) {
	const text = "Walk-in flu shots this week."
	unavailable := &channels.Error{Class: channels.Retryable, Reason: "server error", Status: 503}
	cases := []struct {
		name     string
		ch       func() channels.Channel
		attempts int
		wait     time.Duration // after the interruption, before reconciling
		want     post.DeliveryState
		calls    int  // Publish calls the retry made
		alert    bool // an outcome_unknown or publish_failed alert
		audit    string
	}{
		{name: "listed: published", ch: func() channels.Channel {
			return &scripted{published: []post.Receipt{{RemoteID: "7", Text: text}}}
		}, attempts: 1, wait: 3 * time.Minute, want: post.DeliveryPublished},
		{name: "not listed, too young: looked at later", ch: func() channels.Channel { return &scripted{} },
			attempts: 1, wait: 30 * time.Second, want: post.DeliveryPublishing},
		{name: "not listed after the settle window: retried once", ch: func() channels.Channel { return &scripted{} },
			attempts: 1, wait: 2 * time.Minute, want: post.DeliveryPublished, calls: 1, audit: "reconciled: not on c, retrying"},
		{name: "platform cannot be asked: unknown", ch: func() channels.Channel { return &scripted{recentErr: unavailable} },
			attempts: 1, wait: 3 * time.Minute, want: post.DeliveryUnknown, alert: true},
		{name: "platform cannot list (manual): unknown", ch: func() channels.Channel { return &manual{} },
			attempts: 1, wait: 3 * time.Minute, want: post.DeliveryUnknown, alert: true},
		{name: "list cut short before the attempt: unknown", ch: func() channels.Channel {
			c := &scripted{}
			for i := range completeBelow {
				c.published = append(c.published, post.Receipt{RemoteID: "n" + string(rune('a'+i%26)), Text: "other", PublishedAt: t0.Add(5 * time.Minute)})
			}
			return c
		}, attempts: 1, wait: 3 * time.Minute, want: post.DeliveryUnknown, alert: true},
		{name: "a burst just before the attempt, under the page cap: whole, retried", ch: func() channels.Channel {
			// After a restart the daemon catches up in a burst: 100 posts in
			// the seconds before the attempt, none earlier. Shorter than any
			// adapter's page cap, so the list is whole and proves absence.
			c := &scripted{}
			for i := range 100 {
				c.published = append(c.published, post.Receipt{RemoteID: "b" + string(rune('a'+i%26)), Text: "other", PublishedAt: t0.Add(55 * time.Second)})
			}
			return c
		}, attempts: 1, wait: 3 * time.Minute, want: post.DeliveryPublished, calls: 1, audit: "reconciled: not on c, retrying"},
		{name: "long list reaching back past the attempt: retried", ch: func() channels.Channel {
			c := &scripted{}
			for range completeBelow {
				c.published = append(c.published, post.Receipt{RemoteID: "older", Text: "other", PublishedAt: t0.Add(30 * time.Second)})
			}
			return c
		}, attempts: 1, wait: 3 * time.Minute, want: post.DeliveryPublished, calls: 1, audit: "reconciled: not on c, retrying"},
		{name: "not listed, attempts used up: failed", ch: func() channels.Channel { return &scripted{} },
			attempts: 5, wait: 3 * time.Minute, want: post.DeliveryFailed, alert: true},
		{name: "retry refused as a duplicate and still not listed: unknown", ch: func() channels.Channel {
			return &scripted{script: []error{&channels.Error{Class: channels.Duplicate, Reason: "duplicate", Status: 403}}}
		}, attempts: 1, wait: 3 * time.Minute, want: post.DeliveryUnknown, calls: 1, alert: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ch := tc.ch()
			e := newEnv(t, map[string]channels.Channel{"c": ch}, envOpt{grace: time.Hour})
			p := e.add(t0.Add(time.Minute), text, "c")
			e.clock.Advance(time.Minute)
			e.interrupt(p.ID, "c", tc.attempts)
			e.clock.Advance(tc.wait)
			if err := e.s.reconcile(e.ctx); err != nil {
				t.Fatal(err)
			}
			e.tick() // publishes what the reconcile put back to pending
			d := e.wantState(p.ID, "c", tc.want)
			if sc, ok := ch.(*scripted); ok {
				if calls, _ := sc.count(); calls != tc.calls {
					t.Errorf("%d Publish calls, want %d", calls, tc.calls)
				}
			}
			as := e.alerts()
			if got := len(as[alert.KindOutcomeUnknown]) + len(as[alert.KindPublishFailed]); (got > 0) != tc.alert {
				t.Errorf("alerts %v, want alert %v", as, tc.alert)
			}
			if tc.audit != "" && !e.auditHas(tc.audit) {
				t.Errorf("no audit entry %q", tc.audit)
			}
			if tc.want == post.DeliveryPublishing {
				if re := e.s.nextRecheck(); !re.Equal(d.AttemptStarted.Add(e.s.opt.ReconcileSettle)) {
					t.Errorf("recheck at %s, want settle window after %s", re, d.AttemptStarted)
				}
			}
		})
	}
}

// A reconcile pass must not decide for a call still under way.
func TestReconcileSkipsCallsInFlight(t *testing.T) {
	x := &scripted{}
	e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{grace: time.Hour})
	p := e.add(t0.Add(time.Minute), "In flight.", "x")
	e.clock.Advance(time.Minute)
	e.interrupt(p.ID, "x", 1)
	e.clock.Advance(time.Hour)
	e.s.q.mu.Lock()
	e.s.q.inflight[p.ID+"/x"] = true
	e.s.q.mu.Unlock()
	if err := e.s.reconcile(e.ctx); err != nil {
		t.Fatal(err)
	}
	e.wantState(p.ID, "x", post.DeliveryPublishing)
}

// The running loop, not only Tick, looks an unanswered attempt up again
// once the settle window has passed, and sends it again when it is missing.
func TestRunLooksAgainAfterTheSettleWindow(t *testing.T) {
	lost := &channels.Error{Class: channels.OutcomeUnknown, Reason: "no answer"}
	x := &scripted{script: []error{lost}}
	e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{grace: time.Hour, tune: func(o *Options) {
		o.ReconcileSettle = 300 * time.Millisecond
	}})
	p := e.add(t0.Add(time.Second), "Lost on the way.", "x")
	ctx, cancel := context.WithCancel(e.ctx)
	defer cancel()
	go func() { // the injected clock runs at real speed
		for ctx.Err() == nil {
			time.Sleep(10 * time.Millisecond)
			e.clock.Advance(10 * time.Millisecond)
		}
	}()
	errc := make(chan error, 1)
	go func() { errc <- e.s.Run(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for e.delivery(p.ID, "x").State != post.DeliveryPublished && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	d := e.wantState(p.ID, "x", post.DeliveryPublished)
	if calls, published := x.count(); calls != 2 || published != 1 || d.Attempts != 2 {
		t.Errorf("%d calls, %d on the account, %d attempts; want 2, 1, 2", calls, published, d.Attempts)
	}
}

// TestNothingNewGoesOutWhileAnAttemptSettles: while an interrupted attempt
// on a channel is too young to decide, the channel publishes nothing else,
// so its account's list stays short enough to show whether the attempt
// arrived. The second post goes out only after the first is settled.
func TestNothingNewGoesOutWhileAnAttemptSettles(t *testing.T) {
	lost := &channels.Error{Class: channels.OutcomeUnknown, Reason: "no answer"}
	x := &scripted{script: []error{lost}}
	e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{grace: time.Hour, tune: func(o *Options) {
		o.ReconcileSettle = 300 * time.Millisecond
	}})
	first := e.add(t0.Add(time.Second), "Lost on the way.", "x")
	second := e.add(t0.Add(1100*time.Millisecond), "Due right after.", "x")
	ctx, cancel := context.WithCancel(e.ctx)
	defer cancel()
	go func() {
		for ctx.Err() == nil {
			time.Sleep(10 * time.Millisecond)
			e.clock.Advance(10 * time.Millisecond)
		}
	}()
	errc := make(chan error, 1)
	go func() { errc <- e.s.Run(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for e.delivery(second.ID, "x").State != post.DeliveryPublished && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	e.wantState(first.ID, "x", post.DeliveryPublished)
	e.wantState(second.ID, "x", post.DeliveryPublished)
	x.mu.Lock()
	defer x.mu.Unlock()
	var order []string
	for _, r := range x.published {
		order = append(order, r.Text)
	}
	if len(order) != 2 || order[0] != "Lost on the way." {
		t.Fatalf("published in order %q: the second post went out before the first was settled", order)
	}
}

// On a store other replicas share, an attempt left publishing may be
// another replica's call still under way: a replica that starts (or
// rechecks) leaves it alone, uncounted as a crash, until the call's
// timeout and then the settle window have passed since it began; only
// then is it looked up, and retried and counted as a crash if the
// platform does not list it. Deciding it after the settle window alone
// sent a post a second time while the first call was still on its way
// (the replica crash test, with X slow to answer).
func TestSharedStoreLeavesAnotherReplicasAttempt(t *testing.T) {
	const settle, callTimeout = 5 * time.Second, time.Minute
	cases := []struct {
		name    string
		wait    time.Duration // after the attempt began
		want    post.DeliveryState
		calls   int
		crashes int
	}{
		{"within the settle window", 2 * time.Second, post.DeliveryPublishing, 0, 0},
		{"past the settle window, the call may still be under way", 30 * time.Second, post.DeliveryPublishing, 0, 0},
		{"past the call's timeout, within the settle window after it", callTimeout + 2*time.Second, post.DeliveryPublishing, 0, 0},
		{"past both: interrupted, retried, counted", callTimeout + settle + time.Second, post.DeliveryPublished, 1, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x := &scripted{}
			e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{grace: time.Hour, tune: func(o *Options) {
				o.SharedStore, o.ReconcileSettle, o.CallTimeout = true, settle, callTimeout
			}})
			p := e.add(t0.Add(time.Minute), "Flu shots this week.", "x")
			e.clock.Advance(time.Minute)
			e.interrupt(p.ID, "x", 1) // another replica's claim
			started := e.delivery(p.ID, "x").AttemptStarted
			e.clock.Advance(tc.wait)
			// A replica starting now: it counts interrupted attempts, then
			// reconciles.
			if err := e.s.countInterrupted(e.ctx); err != nil {
				t.Fatal(err)
			}
			if err := e.s.reconcile(e.ctx); err != nil {
				t.Fatal(err)
			}
			e.tick()
			d := e.wantState(p.ID, "x", tc.want)
			if calls, _ := x.count(); calls != tc.calls {
				t.Errorf("%d Publish calls, want %d", calls, tc.calls)
			}
			if d.Crashes != tc.crashes {
				t.Errorf("%d crashes counted, want %d", d.Crashes, tc.crashes)
			}
			if tc.want == post.DeliveryPublishing {
				if re, want := e.s.nextRecheck(), started.Add(callTimeout+settle); !re.Equal(want) {
					t.Errorf("recheck at %s, want %s (the call's timeout and the settle window after the attempt began)", re.Format(time.TimeOnly), want.Format(time.TimeOnly))
				}
			}
		})
	}
}
