package scheduler

import (
	"context"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres"
	"github.com/practicepost/practicepost/store/postgres/pgtest"
)

// clock is the injected fake clock shared by the store, the calendar and
// the scheduler.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *clock) Set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

func (c *clock) Advance(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// passChecker clears every post, so tests reach the scheduler.
type passChecker struct{}

func (passChecker) CheckPost(_ context.Context, p *post.Post, _ *post.Authorization, now time.Time) post.CheckResult {
	return post.CheckResult{Verdict: post.VerdictPass, Ruleset: "test", ContentHash: p.ContentHash(), CheckedAt: now}
}

// scripted is a channel whose Publish answers come from a script; it keeps
// what it published so Recent can find it, like a platform would.
type scripted struct {
	mu             sync.Mutex
	script         []error // one answer per call; nil = success. Past the end: success
	published      []post.Receipt
	calls          int
	storeOnUnknown bool // an OutcomeUnknown error still stores the post (response lost)
	storeOnError   bool // any error still stores the post (a proxy's 502 after the create)
	account        post.Account
	verifyErr      error
	recentErr      error
}

func (c *scripted) Publish(_ context.Context, o post.Outgoing) (post.Receipt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls++
	var err error
	if len(c.script) > 0 {
		err, c.script = c.script[0], c.script[1:]
	}
	r := post.Receipt{RemoteID: fmt.Sprintf("r%d", c.calls), URL: "https://example.test/" + o.PostID, PublishedAt: time.Now(), Text: o.Text}
	if err == nil || c.storeOnError || (c.storeOnUnknown && channels.ClassOf(err) == channels.OutcomeUnknown) {
		c.published = append(c.published, r)
	}
	if err != nil {
		return post.Receipt{}, err
	}
	return r, nil
}

func (c *scripted) Recent(context.Context, time.Time) ([]post.Receipt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.published), c.recentErr
}

func (c *scripted) Engagement(context.Context, []string) ([]post.Metrics, error) { return nil, nil }

func (c *scripted) Comments(context.Context, string, time.Time) ([]post.Comment, error) {
	return nil, nil
}

func (c *scripted) Verify(context.Context) (post.Account, error) { return c.account, c.verifyErr }

func (c *scripted) count() (calls, published int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.calls, len(c.published)
}

// manual is a hand-posted channel.
type manual struct{ scripted }

// Instructions quotes the post, as a real network's instructions may: the
// scheduler must keep them out of alerts.
func (*manual) Instructions(o post.Outgoing) string {
	return "Sign in to the community and post: " + o.Text
}

// env is one scheduler over a fresh store.
type env struct {
	t     *testing.T
	ctx   context.Context
	clock *clock
	db    store.Store // bbolt, or Postgres with envOpt.postgres
	cal   *calendar.Service
	s     *Scheduler
	chans map[string]channels.Channel
}

type envOpt struct {
	loc      *time.Location
	slots    map[string][]string
	paused   []string
	blackout func(time.Time) bool
	grace    time.Duration // calendar grace; zero: none
	tune     func(*Options)
	kinds    map[string]string // channel id → kind for the calendar; "test" when absent
	// postgres puts the store on a database of the throwaway PostgreSQL
	// (pgtest) instead of bbolt in a temporary folder.
	postgres bool
}

var t0 = time.Date(2027, 2, 1, 15, 0, 0, 0, time.UTC)

func newEnv(t *testing.T, chans map[string]channels.Channel, eo envOpt) *env {
	t.Helper()
	ctx := context.Background()
	clk := &clock{t: t0}
	db := openStore(t, clk.Now, eo.postgres)
	var infos []calendar.ChannelInfo
	for _, id := range slices.Sorted(maps.Keys(chans)) {
		kind := eo.kinds[id]
		if kind == "" {
			kind = "test"
		}
		infos = append(infos, calendar.ChannelInfo{ID: id, Kind: kind, Name: id, Slots: eo.slots[id], Paused: slices.Contains(eo.paused, id)})
	}
	if eo.loc == nil {
		eo.loc = time.UTC
	}
	e := &env{t: t, ctx: ctx, clock: clk, db: db, chans: chans}
	wake := NewWaker()
	cal, err := calendar.New(db, passChecker{}, calendar.Options{Location: eo.loc, Channels: infos, Blackout: eo.blackout, Now: clk.Now, Grace: eo.grace,
		OnChanged: wake.Wake})
	if err != nil {
		t.Fatal(err)
	}
	n, err := alert.New(alert.Options{DB: db})
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.DiscardHandler)
	if testing.Verbose() {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	paused := map[string]bool{}
	for _, id := range eo.paused {
		paused[id] = true
	}
	opt := Options{DB: db, Location: eo.loc, Grace: eo.grace, Paused: paused, Channels: chans, Alerts: n, Logger: log, Now: clk.Now,
		Blackout: eo.blackout, ChannelInterval: -1, Pauser: cal, Wake: wake}
	if eo.tune != nil {
		eo.tune(&opt)
	}
	s, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	e.cal, e.s = cal, s
	return e
}

// openStore opens a fresh store on clock now, closed when t ends: bbolt in
// a temporary folder, or a new database of the throwaway PostgreSQL.
func openStore(t *testing.T, now func() time.Time, onPostgres bool) store.Store {
	t.Helper()
	ctx := context.Background()
	var (
		db  store.Store
		err error
	)
	if onPostgres {
		db, err = postgres.Open(ctx, pgtest.DB(t), postgres.Options{Now: now, KeyFile: filepath.Join(t.TempDir(), store.KeyFileName)})
	} else {
		db, err = store.Open(ctx, t.TempDir(), store.Options{Now: now, NoSync: true})
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// add queues a clean post at at on channels.
func (e *env) add(at time.Time, body string, chans ...string) *post.Post {
	e.t.Helper()
	p, err := e.cal.AddPost(e.ctx, calendar.AddPost{Actor: calendar.System, Body: body, Channels: chans, At: at})
	if err != nil {
		e.t.Fatal(err)
	}
	if p.Status != post.StatusScheduled {
		e.t.Fatalf("post %s is %s, want scheduled", p.ID, p.Status)
	}
	return p
}

func (e *env) tick() {
	e.t.Helper()
	if err := e.s.Tick(e.ctx); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) post(id post.ID) *post.Post {
	e.t.Helper()
	var p *post.Post
	if err := e.db.View(e.ctx, func(tx store.Tx) error {
		var err error
		p, err = tx.Post(id)
		return err
	}); err != nil {
		e.t.Fatal(err)
	}
	return p
}

func (e *env) delivery(id post.ID, ch string) *post.Delivery {
	e.t.Helper()
	return e.post(id).Deliveries[ch]
}

// alerts returns the open alerts' kinds keyed by kind, with their messages.
func (e *env) alerts() map[string][]alert.Alert {
	e.t.Helper()
	all, err := e.db.Alerts(e.ctx, false)
	if err != nil {
		e.t.Fatal(err)
	}
	out := map[string][]alert.Alert{}
	for _, a := range all {
		out[a.Kind] = append(out[a.Kind], a)
	}
	return out
}

func (e *env) wantState(id post.ID, ch string, want post.DeliveryState) *post.Delivery {
	e.t.Helper()
	d := e.delivery(id, ch)
	if d.State != want {
		e.t.Fatalf("delivery %s/%s is %s (%q), want %s", id, ch, d.State, d.LastError, want)
	}
	return d
}
