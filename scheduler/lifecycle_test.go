package scheduler

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

func TestGateHoldsThroughTheFullPath(t *testing.T) {
	var blackoutOn atomic.Bool
	cases := []struct {
		name   string
		setup  func(e *env, p *post.Post)
		opt    envOpt
		reason Reason
	}{
		{"revoked authorization", func(e *env, p *post.Post) {
			if _, err := e.cal.RevokeAuthorization(e.ctx, calendar.PostRef{Actor: calendar.System, ID: p.AuthorizationID, Reason: "patient asked"}); err != nil {
				t.Fatal(err)
			}
		}, envOpt{}, ReasonAuthorizationInvalid},
		// The day is declared a blackout after the post was scheduled: the
		// calendar refuses a blackout time up front, so only the gate sees it.
		{"blackout day", func(*env, *post.Post) { blackoutOn.Store(true) },
			envOpt{blackout: func(day time.Time) bool { return blackoutOn.Load() && day.Format(time.DateOnly) == "2027-02-01" }}, ReasonBlackout},
		{"channel paused in the config", nil, envOpt{paused: []string{"x"}}, ReasonChannelPaused},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x := &scripted{}
			e := newEnv(t, map[string]channels.Channel{"x": x}, tc.opt)
			auth, err := e.cal.AddAuthorization(e.ctx, calendar.AddAuthorization{Actor: calendar.System, PatientRef: "chart-1",
				Uses: []post.Use{post.UseTestimonial}, Granted: t0.Add(-time.Hour)})
			if err != nil {
				t.Fatal(err)
			}
			p, err := e.cal.AddPost(e.ctx, calendar.AddPost{Actor: calendar.System, Body: "A patient's story.", Channels: []string{"x"},
				At: t0.Add(time.Minute), AuthorizationID: auth.ID})
			if err != nil || p.Status != post.StatusScheduled {
				t.Fatalf("AddPost: %v %v", p, err)
			}
			if tc.setup != nil {
				tc.setup(e, p)
			}
			e.clock.Advance(time.Minute)
			e.tick()
			if calls, _ := x.count(); calls != 0 {
				t.Fatalf("published despite %s", tc.name)
			}
			got := e.post(p.ID)
			if got.Status == post.StatusScheduled || got.Status == post.StatusPublishing {
				// The calendar itself may have held it (revocation holds linked posts).
				t.Fatalf("post still %s", got.Status)
			}
			if got.Status == post.StatusHeld && got.HoldReason == "" {
				t.Error("held without a reason")
			}
			if d := got.Deliveries["x"]; d.State == post.DeliveryHeld && d.LastError != "" && d.LastError != tc.reason.String() {
				t.Errorf("held for %q, want %q", d.LastError, tc.reason)
			}
		})
	}
}

func TestEmergencyStopHoldsPostsAddedDuringIt(t *testing.T) {
	x := &scripted{}
	e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{})
	if _, err := e.cal.PauseAll(e.ctx, calendar.PostRef{Actor: calendar.System, Reason: "local tragedy"}); err != nil {
		t.Fatal(err)
	}
	// The calendar holds it at once; should it still reach the scheduler,
	// the gate holds it for the stop.
	p, err := e.cal.AddPost(e.ctx, calendar.AddPost{Actor: calendar.System, Body: "Cheerful news.", Channels: []string{"x"}, At: t0.Add(time.Minute)})
	if err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(time.Minute)
	e.tick()
	got := e.post(p.ID)
	if got.Status != post.StatusHeld || got.Deliveries["x"].State == post.DeliveryPublished {
		t.Errorf("post %s, delivery %s; want held", got.Status, got.Deliveries["x"].State)
	}
	if d := got.Deliveries["x"]; d.State == post.DeliveryHeld && d.LastError != "" && d.LastError != ReasonEmergencyStop.String() {
		t.Errorf("held for %q", d.LastError)
	}
	if calls, _ := x.count(); calls != 0 {
		t.Errorf("published %d times during the emergency stop", calls)
	}
}

// A 9:00 slot stays 9:00 in the practice's zone across both daylight-saving
// changes, and the scheduler publishes it then.
func TestNineOClockSlotAcrossDST(t *testing.T) {
	chicago, err := time.LoadLocation("America/Chicago")
	if err != nil {
		t.Fatal(err)
	}
	x := &scripted{}
	e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{loc: chicago, slots: map[string][]string{"x": {"0 9 * * *"}}})
	for _, tc := range []struct {
		name string
		from time.Time // a day before the change
	}{
		{"spring forward", time.Date(2027, 3, 13, 12, 0, 0, 0, chicago)},
		{"fall back", time.Date(2027, 11, 6, 12, 0, 0, 0, chicago)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			slots := e.cal.SlotsBetween("x", tc.from, tc.from.Add(72*time.Hour))
			if len(slots) != 3 {
				t.Fatalf("slots %v", slots)
			}
			for _, s := range slots {
				if l := s.In(chicago); l.Hour() != 9 || l.Minute() != 0 {
					t.Errorf("slot %v is %s local", s, l.Format("15:04 MST"))
				}
			}
			// Queue a next-slot post the evening before the change and
			// publish it at 9:00 local on the day of the change.
			e.clock.Set(tc.from.Add(8 * time.Hour))
			p, err := e.cal.AddPost(e.ctx, calendar.AddPost{Actor: calendar.System, Body: "Good morning from the clinic " + tc.name, Channels: []string{"x"}, NextSlot: true})
			if err != nil {
				t.Fatal(err)
			}
			due := p.Deliveries["x"].DueAt
			if l := due.In(chicago); l.Hour() != 9 || l.Day() != tc.from.Day()+1 {
				t.Fatalf("slot picked %s", l)
			}
			e.clock.Set(due.Add(-time.Second))
			e.tick()
			e.wantState(p.ID, "x", post.DeliveryPending)
			e.clock.Set(due)
			e.tick()
			if d := e.wantState(p.ID, "x", post.DeliveryPublished); d.AttemptStarted.In(chicago).Hour() != 9 {
				t.Errorf("published at %s", d.AttemptStarted.In(chicago))
			}
		})
	}
}

func TestTokenCheck(t *testing.T) {
	x := &scripted{account: post.Account{Name: "@clinic", TokenExpires: t0.Add(3 * 24 * time.Hour)}}
	fb := &scripted{verifyErr: &channels.Error{Class: channels.AuthExpired, Reason: "session invalidated (password changed)", Status: 400}}
	li := &scripted{account: post.Account{Name: "Clinic", TokenExpires: t0.Add(60 * 24 * time.Hour)}}
	e := newEnv(t, map[string]channels.Channel{"x": x, "fb": fb, "li": li}, envOpt{})
	if err := e.s.CheckTokens(e.ctx); err != nil {
		t.Fatal(err)
	}
	a := e.alerts()
	if got := a[alert.KindTokenExpiring]; len(got) != 1 || got[0].Channel != "x" {
		t.Errorf("token_expiring alerts %+v", got)
	}
	if got := a[alert.KindAuthExpired]; len(got) != 1 || got[0].Channel != "fb" {
		t.Errorf("auth_expired alerts %+v", got)
	}
	if p, _ := e.cal.ChannelPaused(e.ctx, "fb"); !p.Paused {
		t.Error("fb not paused")
	}
}

func TestWatchdogRaisesStalled(t *testing.T) {
	e := newEnv(t, map[string]channels.Channel{"x": &scripted{}}, envOpt{tune: func(o *Options) { o.HeartbeatEvery = 10 * time.Millisecond }})
	e.s.running.Store(true)
	e.s.lastBt.Store(time.Now().Add(-time.Second).UnixNano())
	if err := e.s.Health(); err == nil {
		t.Error("Health is nil with a stale heartbeat")
	}
	ctx, cancel := context.WithTimeout(e.ctx, 200*time.Millisecond)
	defer cancel()
	e.s.watchdog(ctx)
	if got := e.alerts()[alert.KindSchedulerStalled]; len(got) != 1 {
		t.Errorf("stalled alerts %+v", got)
	}
	e.s.beat()
	if err := e.s.Health(); err != nil {
		t.Errorf("Health after a beat: %v", err)
	}
}

// Run catches up at start, publishes on time by its timer, wakes on a
// calendar change, and sleeps in between.
func TestRunPublishesOnTimeAndSleepsBetween(t *testing.T) {
	x := &scripted{}
	reg := prometheus.NewRegistry()
	e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{tune: func(o *Options) {
		o.Now, o.Registry, o.HeartbeatEvery = time.Now, reg, time.Hour
	}})
	e.clock.Set(time.Now())
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- e.s.Run(ctx) }()
	time.Sleep(50 * time.Millisecond)
	e.clock.Set(time.Now())
	p := e.add(time.Now().Add(1500*time.Millisecond).Truncate(time.Second).Add(time.Second), "On time.", "x")
	deadline := time.Now().Add(5 * time.Second)
	for e.delivery(p.ID, "x").State != post.DeliveryPublished && time.Now().Before(deadline) {
		e.clock.Set(time.Now())
		time.Sleep(20 * time.Millisecond)
	}
	d := e.wantState(p.ID, "x", post.DeliveryPublished)
	if late := d.AttemptStarted.Sub(d.DueAt); late < 0 || late > 1500*time.Millisecond {
		t.Errorf("published %v after its time", late)
	}
	if err := e.s.Health(); err != nil {
		t.Errorf("Health: %v", err)
	}
	before := e.s.Iterations()
	time.Sleep(300 * time.Millisecond)
	if idle := e.s.Iterations() - before; idle != 0 {
		t.Errorf("%d loop iterations while nothing was due", idle)
	}
	if got := counterValue(t, reg, "practicepost_scheduler_posts_published_total"); got != 1 {
		t.Errorf("published metric %v", got)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run: %v", err)
	}
	if e.s.Health() == nil {
		t.Error("Health is nil after Run returned")
	}
}

func TestBackupKeepsTheNewest(t *testing.T) {
	e := newEnv(t, map[string]channels.Channel{}, envOpt{})
	dir := filepath.Join(t.TempDir(), "backups")
	for i := range 5 {
		if err := Backup(e.ctx, e.db.(Backupper), dir, 3, t0.Add(time.Duration(i)*24*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, en := range entries {
		names = append(names, en.Name())
	}
	// Each backup with its copy of the key, and the key goes with it.
	want := []string{"practicepost-20270203T150000Z.db", "practicepost-20270203T150000Z.db.key", "practicepost-20270204T150000Z.db",
		"practicepost-20270204T150000Z.db.key", "practicepost-20270205T150000Z.db", "practicepost-20270205T150000Z.db.key"}
	if !slices.Equal(names, want) {
		t.Errorf("backups %v, want %v", names, want)
	}
	j := BackupJob(e.db.(Backupper), dir, 3)
	if err := j.validate(); err != nil {
		t.Error(err)
	}
	if _, err := New(Options{DB: e.db, Pauser: e.cal, Jobs: []Job{{Name: "bad", Spec: "every day", Run: j.Run}}}); err == nil {
		t.Error("a job with a bad schedule was accepted")
	}
}

// counterValue sums a counter family in reg.
func counterValue(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	fams, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, f := range fams {
		if f.GetName() == name {
			for _, m := range f.GetMetric() {
				sum += m.GetCounter().GetValue()
			}
		}
	}
	return sum
}
