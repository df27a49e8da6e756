package scheduler

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// panicky is a channel whose Publish panics, as a bug in an adapter or in
// reading a post's images would.
type panicky struct{ scripted }

func (c *panicky) Publish(context.Context, post.Outgoing) (post.Receipt, error) {
	c.mu.Lock()
	c.calls++
	c.mu.Unlock()
	panic("adapter bug")
}

// TestPanickingPublishIsHeldAfterThreeCrashes: a publish attempt that
// panics does not take the daemon down, and is not retried forever: after
// crashLimit crashes on the same delivery it is held with an alert.
func TestPanickingPublishIsHeldAfterThreeCrashes(t *testing.T) {
	ch := &panicky{}
	e := newEnv(t, map[string]channels.Channel{"c": ch}, envOpt{})
	p := e.add(t0.Add(time.Minute), "Walk-in flu shots this week.", "c")
	e.clock.Advance(time.Minute)
	for i := 1; i <= crashLimit; i++ {
		e.tick()
		d := e.wantState(p.ID, "c", post.DeliveryPublishing)
		if d.Crashes != i {
			t.Fatalf("after crash %d the delivery counts %d crashes", i, d.Crashes)
		}
		// The reconcile pass looks the attempt up once it has settled.
		e.clock.Advance(3 * time.Minute)
	}
	e.tick()
	d := e.wantState(p.ID, "c", post.DeliveryHeld)
	if !strings.Contains(d.LastError, "3 times") {
		t.Errorf("held with %q, want the crash count named", d.LastError)
	}
	if calls, _ := ch.count(); calls != crashLimit {
		t.Errorf("Publish called %d times, want %d", calls, crashLimit)
	}
	if a := e.alerts()[alert.KindHeld]; len(a) != 1 || a[0].PostID != p.ID {
		t.Errorf("held alerts %+v, want one for the post", a)
	}
	e.clock.Advance(time.Hour)
	e.tick()
	if calls, _ := ch.count(); calls != crashLimit {
		t.Errorf("a held delivery was tried again (%d calls)", calls)
	}
	// A person can now cancel it: it is no longer "being published".
	if _, err := e.cal.CancelPost(e.ctx, calendar.PostRef{Actor: calendar.System, ID: p.ID}); err != nil {
		t.Errorf("cancel after the hold: %v", err)
	}
}

// hanging is a channel whose Publish ignores its context and never returns
// until released.
type hanging struct {
	scripted
	release chan struct{}
}

func (c *hanging) Publish(context.Context, post.Outgoing) (post.Receipt, error) {
	c.mu.Lock()
	c.calls++
	c.mu.Unlock()
	<-c.release
	return post.Receipt{}, errors.New("released")
}

// TestHungPublishIsBoundedAndReported: a call that ignores its timeout
// frees the channel's worker, counts as a crash of the attempt, and shows
// in Health until it returns.
func TestHungPublishIsBoundedAndReported(t *testing.T) {
	ch := &hanging{release: make(chan struct{})}
	defer close(ch.release)
	e := newEnv(t, map[string]channels.Channel{"c": ch}, envOpt{tune: func(o *Options) { o.CallTimeout = 100 * time.Millisecond }})
	p := e.add(t0.Add(time.Minute), "Walk-in flu shots this week.", "c")
	e.clock.Advance(time.Minute)
	done := make(chan struct{})
	go func() { e.s.Tick(e.ctx); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Tick hangs with the channel call")
	}
	d := e.wantState(p.ID, "c", post.DeliveryPublishing)
	if d.Crashes != 1 {
		t.Errorf("the hung attempt counts %d crashes, want 1", d.Crashes)
	}
	e.s.running.Store(true)
	e.s.beat()
	if err := e.s.Health(); err == nil || !strings.Contains(err.Error(), "c") {
		t.Errorf("Health() = %v, want the hung call on channel c named", err)
	}
}

// crashChildEnv makes the test binary run one daemon life over a data
// folder whose channel "c" kills the process in Publish, as the
// out-of-memory kill did.
const crashChildEnv = "PRACTICEPOST_SCHEDULER_CRASH_CHILD"

func crashChildChannels() []calendar.ChannelInfo {
	return []calendar.ChannelInfo{{ID: "c", Kind: "test", Name: "c"}}
}

// killer writes a mark and kills its own process with SIGKILL.
type killer struct {
	scripted
	marks string
}

func (c *killer) Publish(context.Context, post.Outgoing) (post.Receipt, error) {
	f, err := os.OpenFile(c.marks, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err == nil {
		f.WriteString("call\n")
		f.Close()
	}
	syscall.Kill(os.Getpid(), syscall.SIGKILL)
	select {}
}

// runCrashChild is one life of the daemon: it runs the scheduler for two
// seconds (real clock) and exits 0, unless Publish killed it first.
func runCrashChild(dir string) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(dir, "data"), store.Options{NoSync: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	defer db.Close()
	n, _ := alert.New(alert.Options{DB: db})
	cal, err := calendar.New(db, passChecker{}, calendar.Options{Location: time.UTC, Channels: crashChildChannels()})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	s, err := New(Options{DB: db, Location: time.UTC, Alerts: n, ChannelInterval: -1, ReconcileSettle: 300 * time.Millisecond, Pauser: cal,
		Channels: map[string]channels.Channel{"c": &killer{marks: filepath.Join(dir, "calls")}}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if err := s.Run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}

// TestKilledPublishIsHeldAfterThreeRestarts runs the daemon in a child
// process whose publish kills it (SIGKILL), and restarts it, as systemd
// would: the attempt must not be retried at every start forever. After
// crashLimit lives that died in it, the delivery is held with an alert and
// the next life runs to its end.
func TestKilledPublishIsHeldAfterThreeRestarts(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(dir, "data"), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	cal, err := calendar.New(db, passChecker{}, calendar.Options{Location: time.UTC, Channels: crashChildChannels()})
	if err != nil {
		t.Fatal(err)
	}
	p, err := cal.AddPost(ctx, calendar.AddPost{Actor: calendar.System, Body: "Walk-in flu shots this week.", Channels: []string{"c"},
		At: time.Now().Add(500 * time.Millisecond)})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	var killed int
	for life := 1; life <= crashLimit+2; life++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+dir)
		out, err := cmd.CombinedOutput()
		var ee *exec.ExitError
		switch {
		case err == nil:
		case errors.As(err, &ee) && ee.Sys().(syscall.WaitStatus).Signaled():
			killed++
			continue
		default:
			t.Fatalf("life %d: %v\n%s", life, err, out)
		}
		break
	}
	if killed != crashLimit {
		t.Errorf("the daemon died %d times, want %d and then a held post", killed, crashLimit)
	}
	marks, _ := os.ReadFile(filepath.Join(dir, "calls"))
	if n := strings.Count(string(marks), "call"); n != crashLimit {
		t.Errorf("Publish ran %d times, want %d", n, crashLimit)
	}
	db, err = store.Open(ctx, filepath.Join(dir, "data"), store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var got *post.Post
	if err := db.View(ctx, func(tx store.Tx) error { got, err = tx.Post(p.ID); return err }); err != nil {
		t.Fatal(err)
	}
	if d := got.Deliveries["c"]; d.State != post.DeliveryHeld || d.Crashes != crashLimit {
		t.Errorf("delivery %s with %d crashes (%q), want held after %d", d.State, d.Crashes, d.LastError, crashLimit)
	}
	alerts, err := db.Alerts(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	held := 0
	for _, a := range alerts {
		if a.Kind == alert.KindHeld && a.PostID == p.ID {
			held++
		}
	}
	if held != 1 {
		t.Errorf("%d held alerts for the post, want 1 (%+v)", held, alerts)
	}
}

// TestSessionPruneJobRemovesExpiredSessions: expired web sessions were never
// pruned (nothing called PruneSessions); the daemon's jobs now include it.
func TestSessionPruneJobRemovesExpiredSessions(t *testing.T) {
	e := newEnv(t, map[string]channels.Channel{}, envOpt{})
	if err := e.db.CreateSession(e.ctx, "old", store.Session{User: "sam", Expires: t0.Add(-time.Minute)}); err != nil {
		t.Fatal(err)
	}
	if err := e.db.CreateSession(e.ctx, "live", store.Session{User: "sam", Expires: t0.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	j := SessionPruneJob(e.db, nil)
	if err := j.validate(); err != nil {
		t.Fatal(err)
	}
	if err := j.Run(e.ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := e.db.Session(e.ctx, "live"); err != nil {
		t.Errorf("a live session went: %v", err)
	}
	if n, err := e.db.PruneSessions(e.ctx); err != nil || n != 0 {
		t.Errorf("a second prune removed %d sessions (%v): the job left the expired one", n, err)
	}
}
