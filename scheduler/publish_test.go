package scheduler

import (
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

func TestPublishesOnceAndRecordsTheReceipt(t *testing.T) {
	x, fb := &scripted{}, &scripted{}
	e := newEnv(t, map[string]channels.Channel{"x": x, "fb": fb}, envOpt{})
	p := e.add(t0.Add(time.Hour), "Flu shots are in. Book at https://clinic.test/book", "x", "fb")

	e.clock.Advance(59 * time.Minute)
	e.tick()
	if calls, _ := x.count(); calls != 0 {
		t.Fatalf("published %d times before its time", calls)
	}
	e.clock.Advance(time.Minute)
	e.tick()
	e.tick() // a second tick finds nothing more to do
	for _, ch := range []string{"x", "fb"} {
		d := e.wantState(p.ID, ch, post.DeliveryPublished)
		if d.RemoteID == "" || d.AttemptID == "" || d.Attempts != 1 || d.ContentHash != post.TextHash(p.Body) {
			t.Errorf("%s delivery record: %+v", ch, d)
		}
	}
	if calls, _ := x.count(); calls != 1 {
		t.Errorf("x got %d calls, want 1", calls)
	}
	if got := e.post(p.ID).Status; got != post.StatusPublished {
		t.Errorf("post status %s, want published", got)
	}
}

func TestCatchUpAfterDowntime(t *testing.T) {
	x := &scripted{}
	e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{})
	inGrace := e.add(t0.Add(time.Hour), "Open late on Thursday.", "x")
	tooLate := e.add(t0.Add(30*time.Minute), "Flu clinic today until noon.", "x")
	// The daemon was down from t0 until 1h20m later: the first post is 20
	// minutes late (within the 30-minute grace), the second 50 minutes.
	e.clock.Advance(80 * time.Minute)
	e.tick()
	e.wantState(inGrace.ID, "x", post.DeliveryPublished)
	d := e.wantState(tooLate.ID, "x", post.DeliveryHeld)
	if d.LastError != ReasonTooLate.String() {
		t.Errorf("hold reason %q", d.LastError)
	}
	if p := e.post(tooLate.ID); p.Status != post.StatusHeld || p.HoldReason == "" {
		t.Errorf("late post is %s (%q), want held with a reason", p.Status, p.HoldReason)
	}
	if got := e.alerts()[alert.KindHeld]; len(got) != 1 || got[0].PostID != tooLate.ID {
		t.Errorf("held alerts: %+v", got)
	}
}

func TestRetryHonoursRetryAfter(t *testing.T) {
	x := &scripted{script: []error{&channels.Error{Class: channels.RateLimited, Reason: "rate limited", Status: 429, RetryAfter: 90 * time.Second}}}
	e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{})
	p := e.add(t0.Add(time.Minute), "Walk-in hours.", "x")
	e.clock.Advance(time.Minute)
	e.tick()
	d := e.wantState(p.ID, "x", post.DeliveryPending)
	if wait := d.NextAttempt.Sub(e.clock.Now()); wait < 90*time.Second || wait > 92*time.Second {
		t.Fatalf("next attempt in %v, want the platform's 90s", wait)
	}
	e.clock.Advance(60 * time.Second)
	e.tick()
	if calls, _ := x.count(); calls != 1 {
		t.Fatalf("retried before Retry-After: %d calls", calls)
	}
	e.clock.Advance(32 * time.Second)
	e.tick()
	d = e.wantState(p.ID, "x", post.DeliveryPublished)
	if d.Attempts != 2 {
		t.Errorf("attempts %d, want 2", d.Attempts)
	}
}

func TestAttemptsAreBounded(t *testing.T) {
	fail := &channels.Error{Class: channels.Retryable, Reason: "server error", Status: 503}
	x := &scripted{script: []error{fail, fail, fail, fail, fail, fail}}
	e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{tune: func(o *Options) {
		o.MaxAttempts, o.RetryBase = 3, time.Second
	}})
	p := e.add(t0.Add(time.Minute), "Closed Monday.", "x")
	e.clock.Advance(time.Minute)
	for range 10 {
		e.tick()
		e.clock.Advance(10 * time.Second)
	}
	d := e.wantState(p.ID, "x", post.DeliveryFailed)
	if calls, _ := x.count(); calls != 3 || d.Attempts != 3 {
		t.Errorf("calls %d, attempts %d; want 3", calls, d.Attempts)
	}
	if d.LastError != "gave up after 3 attempts: server error (HTTP 503)" {
		t.Errorf("reason %q", d.LastError)
	}
	if e.post(p.ID).Status != post.StatusFailed || len(e.alerts()[alert.KindPublishFailed]) != 1 {
		t.Errorf("post %s, alerts %v", e.post(p.ID).Status, e.alerts())
	}
}

func TestRetryNeverPastGrace(t *testing.T) {
	x := &scripted{script: []error{&channels.Error{Class: channels.RateLimited, Reason: "daily cap reached", Status: 429, RetryAfter: 6 * time.Hour}}}
	e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{})
	p := e.add(t0.Add(time.Minute), "Flu clinic today.", "x")
	e.clock.Advance(time.Minute)
	e.tick()
	d := e.wantState(p.ID, "x", post.DeliveryFailed)
	if d.LastError == "" {
		t.Error("no reason")
	}
}

func TestPermanentFailsWithTheReason(t *testing.T) {
	x := &scripted{script: []error{&channels.Error{Class: channels.Permanent, Reason: "the account has no credits left (X 402); top up", Status: 402}}}
	e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{})
	p := e.add(t0.Add(time.Minute), "New doctor joins.", "x")
	e.clock.Advance(time.Minute)
	e.tick()
	if d := e.wantState(p.ID, "x", post.DeliveryFailed); d.LastError != "the account has no credits left (X 402); top up (HTTP 402)" {
		t.Errorf("reason %q", d.LastError)
	}
}

func TestAuthExpiredPausesTheChannel(t *testing.T) {
	x := &scripted{script: []error{&channels.Error{Class: channels.AuthExpired, Reason: "token revoked", Status: 401}}}
	fb := &scripted{}
	e := newEnv(t, map[string]channels.Channel{"x": x, "fb": fb}, envOpt{})
	first := e.add(t0.Add(time.Minute), "Holiday hours.", "x", "fb")
	second := e.add(t0.Add(2*time.Minute), "Parking update.", "x")
	e.clock.Advance(time.Minute)
	e.tick()
	e.wantState(first.ID, "x", post.DeliveryHeld)
	e.wantState(first.ID, "fb", post.DeliveryPublished)
	if p, _ := e.cal.ChannelPaused(e.ctx, "x"); !p.Paused || p.Reason == "" {
		t.Fatalf("x not paused: %+v", p)
	}
	if a := e.alerts()[alert.KindAuthExpired]; len(a) != 1 || a[0].Channel != "x" {
		t.Errorf("auth alerts %+v", a)
	}
	e.clock.Advance(time.Minute)
	e.tick()
	if d := e.wantState(second.ID, "x", post.DeliveryHeld); d.LastError != ReasonChannelPaused.String() {
		t.Errorf("second post held for %q", d.LastError)
	}
	if calls, _ := x.count(); calls != 1 {
		t.Errorf("paused channel called %d times", calls)
	}
	if _, err := e.cal.ResumeChannel(e.ctx, calendar.ChannelPauseRequest{Actor: calendar.Actor{Name: "ann", Role: post.RoleAdmin}, Channel: "x"}); err != nil {
		t.Fatal(err)
	}
	if p, _ := e.cal.ChannelPaused(e.ctx, "x"); p.Paused {
		t.Error("still paused after resume")
	}
}

func TestLostResponseIsReconciled(t *testing.T) {
	lost := &channels.Error{Class: channels.OutcomeUnknown, Reason: "connection reset after the request was sent"}
	cases := []struct {
		name   string
		stored bool
		want   post.DeliveryState
		calls  int
	}{
		{"post is on the account", true, post.DeliveryPublished, 1},
		// Not listed at once: looked up again after the settle window,
		// still not there, so the platform never got it: one new attempt.
		{"post is not on the account", false, post.DeliveryPublished, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x := &scripted{script: []error{lost}, storeOnUnknown: tc.stored}
			e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{grace: time.Hour})
			p := e.add(t0.Add(time.Minute), "See https://clinic.test/flu for times.", "x")
			e.clock.Advance(time.Minute)
			e.tick()
			e.tick()
			if !tc.stored {
				e.wantState(p.ID, "x", post.DeliveryPublishing)
				e.clock.Advance(e.s.opt.ReconcileSettle)
				e.tick()
			}
			d := e.wantState(p.ID, "x", tc.want)
			if calls, _ := x.count(); calls != tc.calls {
				t.Errorf("%d calls, want %d", calls, tc.calls)
			}
			if _, published := x.count(); published != 1 {
				t.Errorf("the account holds %d copies", published)
			}
			unknown := len(e.alerts()[alert.KindOutcomeUnknown])
			if tc.want == post.DeliveryUnknown && (unknown != 1 || e.post(p.ID).Status != post.StatusUnknown) {
				t.Errorf("unknown alerts %d, status %s", unknown, e.post(p.ID).Status)
			}
			if tc.want == post.DeliveryPublished && (d.RemoteID == "" || unknown != 0) {
				t.Errorf("reconciled record %+v, unknown alerts %d", d, unknown)
			}
		})
	}
}

func TestDuplicateWithExistingIDIsPublished(t *testing.T) {
	li := &scripted{script: []error{&channels.Error{Class: channels.Duplicate, Reason: "duplicate post", Status: 422, ExistingID: "urn:li:share:7"}}}
	li.published = []post.Receipt{{RemoteID: "urn:li:share:7", Text: "something else"}}
	e := newEnv(t, map[string]channels.Channel{"li": li}, envOpt{})
	p := e.add(t0.Add(time.Minute), "Team news.", "li")
	e.clock.Advance(time.Minute)
	e.tick()
	if d := e.wantState(p.ID, "li", post.DeliveryPublished); d.RemoteID != "urn:li:share:7" {
		t.Errorf("remote id %q", d.RemoteID)
	}
}

func TestStartupReconcilesInterruptedAttempts(t *testing.T) {
	x := &scripted{}
	e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{})
	sent := e.add(t0.Add(time.Minute), "Sent before the crash https://clinic.test/a", "x")
	notSent := e.add(t0.Add(time.Minute), "Not sent before the crash.", "x")
	// Simulate a crash after the claim was committed: both are publishing;
	// the platform has the first (with its link rewritten, as X does).
	e.clock.Advance(time.Minute)
	for _, id := range []post.ID{sent.ID, notSent.ID} {
		if err := e.db.Update(e.ctx, func(tx store.Tx) error {
			p, _ := tx.Post(id)
			d := p.Deliveries["x"]
			d.State, d.AttemptID, d.AttemptStarted, d.Attempts = post.DeliveryPublishing, post.NewID(tx.Now()), tx.Now(), 1
			p.Transition(post.StatusPublishing)
			return tx.PutPost(p, store.Audit{Actor: "test", Action: "crash"})
		}); err != nil {
			t.Fatal(err)
		}
	}
	x.published = []post.Receipt{{RemoteID: "99", Text: "Sent before  the crash https://t.co/abc"}}
	if err := e.s.reconcile(e.ctx); err != nil {
		t.Fatal(err)
	}
	if d := e.wantState(sent.ID, "x", post.DeliveryPublished); d.RemoteID != "99" {
		t.Errorf("remote id %q", d.RemoteID)
	}
	// Too young to tell: left alone and looked up again later.
	e.wantState(notSent.ID, "x", post.DeliveryPublishing)
	if calls, _ := x.count(); calls != 0 {
		t.Errorf("reconcile published %d posts", calls)
	}
	if got, want := e.s.nextRecheck(), e.clock.Now().Add(e.s.opt.ReconcileSettle); !got.Equal(want) {
		t.Errorf("recheck at %s, want %s", got, want)
	}
	if a := e.alerts()[alert.KindOutcomeUnknown]; len(a) != 0 {
		t.Errorf("unknown alerts %+v", a)
	}
}

func TestManualChannelBecomesATask(t *testing.T) {
	m := &manual{}
	e := newEnv(t, map[string]channels.Channel{"sermo": m}, envOpt{})
	p := e.add(t0.Add(time.Minute), "Case discussion invite.", "sermo")
	e.clock.Advance(time.Minute)
	e.tick()
	e.wantState(p.ID, "sermo", post.DeliveryTask)
	if calls, _ := m.count(); calls != 0 {
		t.Errorf("manual channel was called %d times", calls)
	}
	a := e.alerts()[alert.KindManualTask]
	if len(a) != 1 || a[0].PostID != p.ID || a[0].Channel != "sermo" {
		t.Fatalf("manual task alerts %+v", a)
	}
	// Alerts are e-mailed: they name the post, never quote it.
	if strings.Contains(a[0].Message, "Case discussion") || strings.Contains(a[0].Message, "Sign in") {
		t.Errorf("manual task alert carries the post or its instructions: %q", a[0].Message)
	}
}

// One channel's unknown outcome must not strand the post's other channels.
func TestOtherChannelsGoOnAfterAnUnknown(t *testing.T) {
	lost := &channels.Error{Class: channels.OutcomeUnknown, Reason: "no answer"}
	// The account cannot be read either, so x is unknown for good.
	x := &scripted{script: []error{lost}, recentErr: &channels.Error{Class: channels.Retryable, Reason: "server error", Status: 503}}
	fb := &scripted{script: []error{&channels.Error{Class: channels.Retryable, Reason: "server error", Status: 500}}}
	e := newEnv(t, map[string]channels.Channel{"x": x, "fb": fb}, envOpt{tune: func(o *Options) { o.RetryBase = time.Second }})
	p := e.add(t0.Add(time.Minute), "Two channels.", "x", "fb")
	e.clock.Advance(time.Minute)
	e.tick()
	e.wantState(p.ID, "x", post.DeliveryUnknown)
	e.wantState(p.ID, "fb", post.DeliveryPending)
	e.clock.Advance(5 * time.Second)
	e.tick()
	e.wantState(p.ID, "fb", post.DeliveryPublished)
	if got := e.post(p.ID).Status; got != post.StatusUnknown {
		t.Errorf("post %s, want unknown once every channel is done", got)
	}
}
