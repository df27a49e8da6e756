package scheduler

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// lostAnswer is a store whose first Batch commits and then answers with an
// error, as a database connection lost during COMMIT does: the claim is
// stored, and the scheduler is told it was not.
type lostAnswer struct {
	Store
	lost atomic.Bool
}

func (l *lostAnswer) Batch(ctx context.Context, fn func(store.Tx) error) error {
	err := l.Store.Batch(ctx, fn)
	if err == nil && l.lost.CompareAndSwap(false, true) {
		return errors.New("store: postgres: commit: unexpected EOF")
	}
	return err
}

// TestClaimWhoseCommitAnswerWasLost: a claim that committed though its
// answer was lost leaves the delivery publishing with no call under way.
// The running scheduler looks it up once the settle window has passed, as
// it does an unanswered platform call, and sends it then: it is not left
// publishing until a restart, which on a replica that keeps running may
// never come.
func TestClaimWhoseCommitAnswerWasLost(t *testing.T) {
	x := &scripted{}
	var db *lostAnswer
	e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{tune: func(o *Options) {
		db = &lostAnswer{Store: o.DB}
		o.DB = db
	}})
	p := e.add(t0.Add(time.Minute), "Flu shots are in.", "x")
	e.clock.Advance(time.Minute)
	e.tick()
	if !db.lost.Load() {
		t.Fatal("no claim was made")
	}
	e.wantState(p.ID, "x", post.DeliveryPublishing)
	if calls, _ := x.count(); calls != 0 {
		t.Fatalf("%d platform calls after a claim the scheduler was told failed", calls)
	}
	e.clock.Advance(e.s.opt.ReconcileSettle + time.Second)
	e.tick()
	e.tick()
	e.wantState(p.ID, "x", post.DeliveryPublished)
	if calls, published := x.count(); calls != 1 || published != 1 {
		t.Errorf("%d calls, %d published; want it sent once", calls, published)
	}
}
