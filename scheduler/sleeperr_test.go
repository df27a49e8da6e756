package scheduler

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/store"
)

// failingView is a store whose next View fails, as one on a connection
// the database server ended (pg_terminate_backend, a failover) does.
type failingView struct {
	Store
	fail atomic.Bool
}

func (f *failingView) View(ctx context.Context, fn func(store.Tx) error) error {
	if f.fail.CompareAndSwap(true, false) {
		return errors.New("store: postgres: begin: conn closed")
	}
	return f.Store.View(ctx, fn)
}

// TestSleepAfterAStoreError: when the loop cannot read the next due time,
// it reads again a moment later, not in 24 hours: a post due meanwhile
// would otherwise wait for a wake-up that, on a quiet day, does not come.
func TestSleepAfterAStoreError(t *testing.T) {
	var db *failingView
	e := newEnv(t, map[string]channels.Channel{"x": &scripted{}}, envOpt{tune: func(o *Options) {
		db = &failingView{Store: o.DB}
		o.DB = db
	}})
	e.add(t0.Add(time.Hour), "Flu shots are in.", "x")
	if d := e.s.sleepFor(e.ctx); d != time.Hour {
		t.Fatalf("sleep %s with the store answering, want 1h", d)
	}
	db.fail.Store(true)
	if d := e.s.sleepFor(e.ctx); d > storeRetry || d <= 0 {
		t.Errorf("sleep %s after a store error, want at most %s", d, storeRetry)
	}
}
