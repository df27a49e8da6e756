package scheduler

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/practicepost/practicepost/store"
)

// The claims and records go through store.DB.Batch: callers at the same
// time share one commit, each sees its own result, and a failing caller
// loses only its own writes, even though bbolt then runs the others again.
func TestStoreBatchSharesCommitsAndIsolatesFailures(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const n, failing = 40, 7
	var runs atomic.Int64
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			errs[i] = db.Batch(ctx, func(tx store.Tx) error {
				runs.Add(1)
				if err := tx.PutSetting(fmt.Sprintf("batch-%d", i), i, store.Audit{Actor: "test", Action: "setting"}); err != nil {
					return err
				}
				if i == failing {
					return errors.New("refused")
				}
				return nil
			})
		})
	}
	wg.Wait()
	for i, err := range errs {
		if (err != nil) != (i == failing) {
			t.Errorf("caller %d: error %v", i, err)
		}
	}
	if err := db.View(ctx, func(tx store.Tx) error {
		for i := range n {
			var v int
			ok, err := tx.Setting(fmt.Sprintf("batch-%d", i), &v)
			if err != nil {
				return err
			}
			if ok != (i != failing) || (ok && v != i) {
				t.Errorf("setting %d: stored %v (%d)", i, ok, v)
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if runs.Load() < n {
		t.Errorf("%d runs for %d callers", runs.Load(), n)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := db.Batch(cancelled, func(store.Tx) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("Batch on a cancelled context: %v", err)
	}
}
