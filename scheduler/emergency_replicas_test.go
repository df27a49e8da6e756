package scheduler

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
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

// gated is a channel whose first Publish waits until released, so a
// replica can be caught mid-publish with more of the channel's deliveries
// read from the store and waiting their turn.
type gated struct {
	scripted
	once    sync.Once
	inside  chan struct{}
	release chan struct{}
}

func (g *gated) Publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	g.once.Do(func() { close(g.inside); <-g.release })
	return g.scripted.Publish(ctx, o)
}

// TestEmergencyStopAcrossReplicas: two replicas on one Postgres database.
// Replica A is in the middle of publishing one post, the channel's other
// due posts already read and queued behind it, when staff press the
// emergency stop on replica B. Nothing more goes out from A: the stop
// takes effect on every replica before its next claim, not at its next
// restart or wake-up.
func TestEmergencyStopAcrossReplicas(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DB(t)
	keyFile := filepath.Join(t.TempDir(), store.KeyFileName)
	clk := &clock{t: t0}
	type replica struct {
		db  *postgres.DB
		cal *calendar.Service
		s   *Scheduler
	}
	open := func(ch channels.Channel) replica {
		db, err := postgres.Open(ctx, dsn, postgres.Options{Now: clk.Now, KeyFile: keyFile})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		cal, err := calendar.New(db, passChecker{}, calendar.Options{Location: time.UTC, Now: clk.Now,
			Channels: []calendar.ChannelInfo{{ID: "x", Kind: "test", Name: "x"}}})
		if err != nil {
			t.Fatal(err)
		}
		n, err := alert.New(alert.Options{DB: db})
		if err != nil {
			t.Fatal(err)
		}
		s, err := New(Options{DB: db, Location: time.UTC, Channels: map[string]channels.Channel{"x": ch}, Alerts: n,
			Logger: slog.New(slog.DiscardHandler), Now: clk.Now, ChannelInterval: -1, Pauser: cal})
		if err != nil {
			t.Fatal(err)
		}
		return replica{db, cal, s}
	}
	onA := &gated{inside: make(chan struct{}), release: make(chan struct{})}
	onB := &scripted{}
	a, b := open(onA), open(onB)

	const posts = 5
	var ids []post.ID
	for i := range posts {
		p, err := a.cal.AddPost(ctx, calendar.AddPost{Actor: calendar.System, Body: fmt.Sprintf("Flu shots are in, day %d.", i+1),
			Channels: []string{"x"}, At: t0.Add(time.Minute)})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID)
	}
	clk.Advance(time.Minute)
	ticked := make(chan error, 1)
	go func() { ticked <- a.s.Tick(ctx) }()
	<-onA.inside // A publishes the first post; the others wait behind it

	staff := calendar.Actor{Name: "sam", Role: post.RoleStaff}
	if _, err := b.cal.PauseAll(ctx, calendar.PostRef{Actor: staff, Reason: "account compromised"}); err != nil {
		t.Fatal(err)
	}
	close(onA.release)
	if err := <-ticked; err != nil {
		t.Fatal(err)
	}
	if err := b.s.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if calls, _ := onA.count(); calls != 1 {
		t.Errorf("replica A made %d calls, want only the one under way when the stop was pressed", calls)
	}
	if calls, _ := onB.count(); calls != 0 {
		t.Errorf("replica B made %d calls under the emergency stop", calls)
	}
	if err := a.db.View(ctx, func(tx store.Tx) error {
		for _, id := range ids {
			p, err := tx.Post(id)
			if err != nil {
				return err
			}
			if d := p.Deliveries["x"]; d.State != post.DeliveryPublished && d.State != post.DeliveryHeld {
				t.Errorf("post %s: delivery %s", id, d.State)
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}
