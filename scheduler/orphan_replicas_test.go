package scheduler

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
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

// dying is the channel of a replica that dies inside its Publish call,
// before the network hears of it: the call never returns until the test
// ends (a frozen, then killed, process). Its scripted account is not the
// network's and is never asked.
type dying struct {
	scripted
	entered chan struct{}
	end     chan struct{}
}

func (d *dying) Publish(context.Context, post.Outgoing) (post.Receipt, error) {
	close(d.entered)
	<-d.end
	return post.Receipt{}, errors.New("the replica is gone")
}

// TestOrphanLeftByADeadReplica: replicas A and B share one Postgres
// database. B is serving (Run) before A claims a post; A dies inside the
// platform call, before the network got the post, and never comes back.
// B is never restarted and has no look of its own due: it still finds the
// attempt once it is past the call's timeout and the settle window (no
// replica can still be making that call), sees on the network's list that
// the post is not there, and sends it once, within a bounded time. Before
// the sweep the delivery stayed publishing until some replica restarted.
func TestOrphanLeftByADeadReplica(t *testing.T) {
	const settle, callTimeout = time.Second, time.Second
	ctx := context.Background()
	dsn := pgtest.DB(t)
	keyFile := filepath.Join(t.TempDir(), store.KeyFileName)
	open := func(now func() time.Time, ch channels.Channel) (*calendar.Service, *Scheduler) {
		db, err := postgres.Open(ctx, dsn, postgres.Options{Now: now, KeyFile: keyFile})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		cal, err := calendar.New(db, passChecker{}, calendar.Options{Location: time.UTC, Now: now,
			Channels: []calendar.ChannelInfo{{ID: "x", Kind: "test", Name: "x"}}})
		if err != nil {
			t.Fatal(err)
		}
		n, err := alert.New(alert.Options{DB: db})
		if err != nil {
			t.Fatal(err)
		}
		s, err := New(Options{DB: db, Location: time.UTC, Channels: map[string]channels.Channel{"x": ch}, Alerts: n,
			Logger: slog.New(slog.DiscardHandler), Now: now, ChannelInterval: -1, Pauser: cal,
			SharedStore: true, ReconcileSettle: settle, CallTimeout: callTimeout, RetryBase: 100 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		return cal, s
	}
	// A's clock runs ahead by lead, so A alone finds the post due and
	// claims it while B, on the real clock, is already serving.
	const lead = 3 * time.Second
	onA := &dying{entered: make(chan struct{}), end: make(chan struct{})}
	network := &scripted{}
	calA, a := open(func() time.Time { return time.Now().Add(lead) }, onA)
	_, b := open(time.Now, network)

	p, err := calA.AddPost(ctx, calendar.AddPost{Actor: calendar.System, Body: "Flu shots are in.",
		Channels: []string{"x"}, At: time.Now().Add(lead - time.Second).Truncate(time.Second)})
	if err != nil {
		t.Fatal(err)
	}
	bCtx, stopB := context.WithCancel(ctx)
	bDone := make(chan error, 1)
	go func() { bDone <- b.Run(bCtx) }()
	t.Cleanup(func() {
		stopB()
		if err := <-bDone; err != nil {
			t.Errorf("replica B: %v", err)
		}
	})
	aDone := make(chan error, 1)
	go func() { aDone <- a.Tick(ctx) }()
	t.Cleanup(func() { close(onA.end); <-aDone })
	<-onA.entered // A claimed the post and died in the call
	started := time.Now()

	// The attempt is decided past lead + callTimeout + settle (A's clock
	// stamped it lead ahead), then at most one sweep later; the bound
	// leaves room for a loaded machine.
	deadline := started.Add(lead + callTimeout + 2*settle + 20*time.Second)
	var d *post.Delivery
	for {
		if err := b.db.View(ctx, func(tx store.Tx) error {
			got, err := tx.Post(p.ID)
			if err == nil {
				d = got.Deliveries["x"]
			}
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if d.State == post.DeliveryPublished || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if d.State != post.DeliveryPublished {
		t.Fatalf("delivery %s %s after %s, want published by replica B, which never restarted", d.State, d.LastError, time.Since(started).Round(time.Millisecond))
	}
	t.Logf("published by B %s after A died", time.Since(started).Round(time.Millisecond))
	if calls, published := network.count(); calls != 1 || published != 1 {
		t.Errorf("%d calls, %d published on the network; want it sent once", calls, published)
	}
}
