package scheduler

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
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

// alertChildEnv makes the test binary run one life of the daemon described
// by the JSON file (alertChild) it names, instead of running tests.
const alertChildEnv = "PRACTICEPOST_SCHEDULER_ALERT_CHILD"

// alertPlace is a place that saves a delivery's state and raises an alert
// about it.
type alertPlace struct {
	name   string
	action string        // the audit action of the state's transaction
	lag    time.Duration // how late the daemon runs after the slot
	kind   string        // the alert it raises
	state  post.DeliveryState
	calls  int // platform calls over all lives: sent once, or never
	// paused: the place also pauses the channel (its login expired), and
	// the pause must be kept with the alert. Its alert is about the
	// channel, not the post.
	paused bool
}

var alertPlaces = []alertPlace{
	{"held", "delivery.hold", 2 * time.Hour, alert.KindHeld, post.DeliveryHeld, 0, false},
	{"manual", "delivery.task", time.Minute, alert.KindManualTask, post.DeliveryTask, 0, false},
	{"taken_down", "delivery.removed", time.Minute, alert.KindTakenDown, post.DeliveryPublished, 1, false},
	// A publish refused because the login expired: the delivery is held,
	// the channel paused and auth_expired raised.
	{"publish_auth_expired", "delivery.held", time.Minute, alert.KindAuthExpired, post.DeliveryHeld, 1, true},
	// The token check finds the login expired: the channel is paused and
	// auth_expired raised; the post due on it is then held at its claim.
	{"token_auth_expired", "channel.pause", time.Minute, alert.KindAuthExpired, post.DeliveryHeld, 0, true},
}

// loginGone is how a network refuses a token that expired or was revoked.
var loginGone = &channels.Error{Class: channels.AuthExpired, Reason: "token revoked", Status: 401}

// alertChild is one life of the child daemon.
type alertChild struct {
	Place string
	Dir   string // the data folder (bbolt) and the marks file
	DSN   string // set: the store is on PostgreSQL
	// KeyFile is the secrets key the Postgres store needs.
	KeyFile string
	// Kill: SIGKILL the process as soon as the place's state has
	// committed, before anything else is written.
	Kill bool
	// Hook is the webhook the alerts are sent to.
	Hook string
}

func (c alertChild) place() (alertPlace, error) {
	for _, p := range alertPlaces {
		if p.name == c.Place {
			return p, nil
		}
	}
	return alertPlace{}, fmt.Errorf("no place %q", c.Place)
}

func (c alertChild) open(ctx context.Context, now func() time.Time) (store.Store, error) {
	if c.DSN != "" {
		return postgres.Open(ctx, c.DSN, postgres.Options{Now: now, KeyFile: c.KeyFile})
	}
	return store.Open(ctx, filepath.Join(c.Dir, "data"), store.Options{Now: now, NoSync: true})
}

// markedChannel writes a mark to a file before each Publish, so the calls
// of every life are counted.
type markedChannel struct {
	scripted
	marks string
}

func (m *markedChannel) Publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	f, err := os.OpenFile(m.marks, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return post.Receipt{}, err
	}
	_, err = f.WriteString("call\n")
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return post.Receipt{}, err
	}
	return m.scripted.Publish(ctx, o)
}

type markedManual struct{ markedChannel }

func (*markedManual) Instructions(post.Outgoing) string { return "Post it by hand." }

type markedModerating struct{ markedChannel }

func (*markedModerating) Moderation(context.Context, string) (channels.Moderation, string, error) {
	return channels.ModerationRejected, "the post breaks the network's rules on health claims", nil
}

// killAfterCommit is the store of a process killed (SIGKILL) right after
// the transaction that saved action committed: whatever the daemon meant
// to write next is never written. The calendar gets it too, so a pause
// the calendar writes in a transaction of its own is watched as well.
type killAfterCommit struct {
	store.Store
	action string
}

func (k killAfterCommit) Update(ctx context.Context, fn func(store.Tx) error) error {
	return k.then(ctx, k.Store.Update, fn)
}

func (k killAfterCommit) Batch(ctx context.Context, fn func(store.Tx) error) error {
	return k.then(ctx, k.Store.Batch, fn)
}

func (k killAfterCommit) then(ctx context.Context, commit func(context.Context, func(store.Tx) error) error, fn func(store.Tx) error) error {
	var saved bool
	err := commit(ctx, func(tx store.Tx) error {
		saved = false // fn may run more than once (Batch)
		return fn(watchedTx{Tx: tx, action: k.action, saved: &saved})
	})
	if err == nil && saved {
		_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {}
	}
	return err
}

// watchedTx notes whether a post or a channel pause was saved with its
// audit action.
type watchedTx struct {
	store.Tx
	action string
	saved  *bool
}

func (w watchedTx) PutChannelPause(channel string, p store.ChannelPause, a store.Audit) error {
	if err := w.Tx.PutChannelPause(channel, p, a); err != nil {
		return err
	}
	if a.Action == w.action {
		*w.saved = true
	}
	return nil
}

func (w watchedTx) PutPost(p *post.Post, a store.Audit) error {
	if err := w.Tx.PutPost(p, a); err != nil {
		return err
	}
	if a.Action == w.action {
		*w.saved = true
	}
	return nil
}

// runAlertChild is one life of the daemon: one scheduler pass (and, for a
// takedown, one takedown check), then exit 0, unless it was killed.
func runAlertChild(path string) {
	if err := alertChildLife(path); err != nil {
		fmt.Fprintln(os.Stderr, "alert child:", err)
		os.Exit(2)
	}
}

func alertChildLife(path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var c alertChild
	if err := json.Unmarshal(raw, &c); err != nil {
		return err
	}
	pl, err := c.place()
	if err != nil {
		return err
	}
	ctx := context.Background()
	db, err := c.open(ctx, time.Now)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := alert.New(alert.Options{DB: db, Webhook: c.Hook})
	if err != nil {
		return err
	}
	sdb := db
	if c.Kill {
		sdb = killAfterCommit{Store: db, action: pl.action}
	}
	cal, err := calendar.New(sdb, passChecker{}, calendar.Options{Location: time.UTC, Channels: crashChildChannels()})
	if err != nil {
		return err
	}
	marks := filepath.Join(c.Dir, "calls")
	var ch channels.Channel = &markedChannel{marks: marks}
	switch pl.name {
	case "manual":
		ch = &markedManual{markedChannel{marks: marks}}
	case "taken_down":
		ch = &markedModerating{markedChannel{marks: marks}}
	case "publish_auth_expired":
		// Refused in the first life; the second finds the post held.
		ch = &markedChannel{scripted: scripted{script: []error{loginGone}}, marks: marks}
	case "token_auth_expired":
		ch = &markedChannel{scripted: scripted{verifyErr: loginGone}, marks: marks}
	}
	s, err := New(Options{DB: sdb, Location: time.UTC, Alerts: n, ChannelInterval: -1, Pauser: cal,
		Channels: map[string]channels.Channel{"c": ch}})
	if err != nil {
		return err
	}
	// What Run does at start: send the alerts an earlier life stored and
	// did not send.
	s.sendUnsentAlerts(ctx, time.Now())
	if pl.name == "token_auth_expired" && c.Kill {
		// The token check runs on its cron schedule, hours apart: the
		// restart that follows the kill comes before its next run, so
		// what the killed check did not write stays unwritten until then.
		if err := s.CheckTokens(ctx); err != nil && !errors.Is(err, loginGone) {
			return err
		}
	}
	if err := s.Tick(ctx); err != nil {
		return err
	}
	if pl.name == "taken_down" {
		return s.CheckTakedowns(ctx)
	}
	return nil
}

// TestKilledBetweenStateAndAlert runs the daemon in a child process that
// is killed (SIGKILL) right after it saved a held delivery, a manual
// channel's task, a takedown or the pause of a channel whose login expired
// (found by a publish or by the token check), and restarts it, on bbolt
// and on PostgreSQL. A login pause must be there with its alert: saved in
// a step of its own, the kill kept the one without the other. After the restart the alert about it must exist exactly
// once, and nothing may have been published twice. Raised in a second
// transaction, the alert was never written: the kill came first, and the
// next life saw nothing left to do. Its webhook must have gone out too,
// from the next life, and the alert be marked sent: sent after the
// commit, it was lost with the kill.
func TestKilledBetweenStateAndAlert(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the daemon in child processes")
	}
	ctx := context.Background()
	for _, backend := range []string{"bbolt", "postgres"} {
		for _, pl := range alertPlaces {
			t.Run(backend+"/"+pl.name, func(t *testing.T) {
				dir := t.TempDir()
				hook := &hookCounter{}
				srv := httptest.NewServer(hook)
				defer srv.Close()
				c := alertChild{Place: pl.name, Dir: dir, Hook: srv.URL}
				if backend == "postgres" {
					c.DSN, c.KeyFile = pgtest.DB(t), filepath.Join(dir, store.KeyFileName)
				}
				// The post is queued on a clock pl.lag behind, so the
				// daemon finds its slot that late: within the grace window,
				// or (held) past it.
				then := func() time.Time { return time.Now().Add(-pl.lag) }
				db, err := c.open(ctx, then)
				if err != nil {
					t.Fatal(err)
				}
				cal, err := calendar.New(db, passChecker{}, calendar.Options{Location: time.UTC, Channels: crashChildChannels(), Now: then})
				if err != nil {
					t.Fatal(err)
				}
				p, err := cal.AddPost(ctx, calendar.AddPost{Actor: calendar.System, Body: "Flu shots all week, walk-ins welcome.",
					Channels: []string{"c"}, At: then().Add(2 * time.Second).Truncate(time.Second)})
				if err != nil {
					t.Fatal(err)
				}
				db.Close()
				time.Sleep(2 * time.Second) // the slot has come

				for _, kill := range []bool{true, false} {
					c.Kill = kill
					err := runLife(t, c)
					var ee *exec.ExitError
					killed := errors.As(err, &ee) && ee.Sys().(syscall.WaitStatus).Signaled()
					switch {
					case kill && !killed:
						t.Fatalf("the life that saves the %s state ended %v, want killed right after its commit", pl.name, err)
					case !kill && err != nil:
						t.Fatalf("the life after the kill: %v", err)
					}
				}

				db, err = c.open(ctx, time.Now)
				if err != nil {
					t.Fatal(err)
				}
				defer db.Close()
				var got *post.Post
				if err := db.View(ctx, func(tx store.Tx) error { got, err = tx.Post(p.ID); return err }); err != nil {
					t.Fatal(err)
				}
				if pl.paused {
					var pause store.ChannelPause
					if err := db.View(ctx, func(tx store.Tx) error { pause, err = tx.ChannelPause("c"); return err }); err != nil {
						t.Fatal(err)
					}
					if !pause.Paused {
						t.Errorf("the channel whose login expired is not paused after the kill and a restart (its %s alert says it is)", pl.kind)
					}
				}
				d := got.Deliveries["c"]
				if d.State != pl.state || (pl.name == "taken_down" && d.Removed == nil) {
					t.Errorf("delivery %s (%q), removed %v; want %s", d.State, d.LastError, d.Removed != nil, pl.state)
				}
				alerts, err := db.Alerts(ctx, false)
				if err != nil {
					t.Fatal(err)
				}
				about := p.ID
				if pl.paused {
					about = "" // about the channel
				}
				n := 0
				for _, a := range alerts {
					if a.Kind == pl.kind && a.PostID == about && a.Channel == "c" {
						n++
						if a.Unsent {
							t.Errorf("the %s alert is still marked unsent after the restart sent it", pl.kind)
						}
					}
				}
				if n != 1 {
					t.Errorf("%d %s alerts about the post after the kill and a restart, want 1 (%+v)", n, pl.kind, alerts)
				}
				// Killed before it was sent, so sent once, by the next life.
				if sent := hook.count(pl.kind, about); sent != 1 {
					t.Errorf("the %s alert went to the webhook %d times over both lives, want 1", pl.kind, sent)
				}
				marks, _ := os.ReadFile(filepath.Join(dir, "calls"))
				if calls := strings.Count(string(marks), "call"); calls != pl.calls {
					t.Errorf("Publish ran %d times over both lives, want %d", calls, pl.calls)
				}
			})
		}
	}
}

// hookCounter is a webhook that counts the alerts it gets by kind and post.
type hookCounter struct {
	mu  sync.Mutex
	got map[string]int
}

func (h *hookCounter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var a alert.Alert
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.got == nil {
		h.got = map[string]int{}
	}
	h.got[a.Kind+"/"+string(a.PostID)]++
}

func (h *hookCounter) count(kind string, id post.ID) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.got[kind+"/"+string(id)]
}

// runLife runs one life of the child daemon c and returns how it ended.
func runLife(t *testing.T, c alertChild) error {
	t.Helper()
	raw, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(c.Dir, "child.json")
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), alertChildEnv+"="+path)
	out, err := cmd.CombinedOutput()
	if err != nil && len(out) > 0 {
		t.Logf("child (kill %v): %s", c.Kill, out)
	}
	return err
}
