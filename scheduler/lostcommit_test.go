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

// failingBatch is a store whose nth Batch fails as a database going away
// makes it fail: after committing (the answer to COMMIT lost with the
// connection) or before (nothing stored).
type failingBatch struct {
	Store
	n         int32 // the Batch that fails, from 1
	committed bool  // it fails after committing
	calls     atomic.Int32
}

var errConnLost = errors.New("store: postgres: commit: unexpected EOF")

func (f *failingBatch) Batch(ctx context.Context, fn func(store.Tx) error) error {
	if f.calls.Add(1) != f.n {
		return f.Store.Batch(ctx, fn)
	}
	if !f.committed {
		return errConnLost
	}
	if err := f.Store.Batch(ctx, fn); err != nil {
		return err
	}
	return errConnLost
}

// TestDatabaseLostMidPublish: the database goes away during a claim (which
// committed, though the scheduler is told it did not) or during the record
// of a published post (nothing stored). Either way the delivery is left
// publishing with no call under way; the running scheduler looks it up
// once the settle window has passed, as it does an unanswered platform
// call, and settles it: sent once, recorded published. It is not left
// publishing until a restart, which a replica that keeps running may never
// have.
func TestDatabaseLostMidPublish(t *testing.T) {
	for _, tc := range []struct {
		name      string
		n         int32
		committed bool
		callsLost int // platform calls when the failure is seen
	}{
		{"claim committed, answer lost", 1, true, 0},
		{"record of the receipt lost", 2, false, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := &scripted{}
			var db *failingBatch
			e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{tune: func(o *Options) {
				db = &failingBatch{Store: o.DB, n: tc.n, committed: tc.committed}
				o.DB = db
			}})
			p := e.add(t0.Add(time.Minute), "Flu shots are in.", "x")
			e.clock.Advance(time.Minute)
			e.tick()
			if db.calls.Load() < tc.n {
				t.Fatalf("%d batches, want the failing one (%d)", db.calls.Load(), tc.n)
			}
			e.wantState(p.ID, "x", post.DeliveryPublishing)
			if calls, _ := x.count(); calls != tc.callsLost {
				t.Fatalf("%d platform calls, want %d", calls, tc.callsLost)
			}
			e.clock.Advance(e.s.opt.ReconcileSettle + time.Second)
			e.tick()
			e.tick()
			e.wantState(p.ID, "x", post.DeliveryPublished)
			if calls, published := x.count(); calls != 1 || published != 1 {
				t.Errorf("%d calls, %d published; want it sent once", calls, published)
			}
		})
	}
}

// TestReconcileLooksAgainAfterALiveCall: a reconcile pass that finds the
// attempt's call still listed as under way leaves the attempt alone and
// looks again minSleep later, by the scheduler's clock: the delivery whose
// receipt was not recorded is decided once the call is off the list, not
// left publishing. (TestDatabaseLostMidPublish hit this path when the
// call was still listed for an instant after it answered; its two ticks
// at one clock reading never reached the second look.)
func TestReconcileLooksAgainAfterALiveCall(t *testing.T) {
	x := &scripted{}
	e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{tune: func(o *Options) {
		o.DB = &failingBatch{Store: o.DB, n: 2} // the record of the receipt
	}})
	p := e.add(t0.Add(time.Minute), "Flu shots are in.", "x")
	e.clock.Advance(time.Minute)
	e.tick()
	d := e.wantState(p.ID, "x", post.DeliveryPublishing)
	live := e.s.calls.start("x", d.AttemptID) // as if its call had not returned yet
	e.clock.Advance(e.s.opt.ReconcileSettle + time.Second)
	e.tick()
	e.wantState(p.ID, "x", post.DeliveryPublishing)
	e.s.calls.end(live)
	e.clock.Advance(minSleep)
	e.tick()
	e.wantState(p.ID, "x", post.DeliveryPublished)
	if calls, published := x.count(); calls != 1 || published != 1 {
		t.Errorf("%d calls, %d published; want it sent once", calls, published)
	}
}
