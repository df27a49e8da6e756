package postgres

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/practicepost/practicepost/store"
)

// TestStalledWriterLetsGo: a replica that stops in the middle of a write
// (its machine paused, the process stopped, a closure stuck) holds the
// write lock every replica's writes wait for. The server ends its
// transaction once it has sat idle for idleInTransaction, and the other
// replicas' writes go on; the stalled write fails instead of committing.
func TestStalledWriterLetsGo(t *testing.T) {
	was := idleInTransaction
	idleInTransaction = time.Second
	t.Cleanup(func() { idleInTransaction = was })
	open, _, _ := openTest(t, fixedClock)
	a, b := open(t), open(t)
	defer a.Close()
	defer b.Close()
	ctx := context.Background()

	inside := make(chan struct{})
	resume := make(chan struct{})
	stalled := make(chan error, 1)
	go func() {
		stalled <- a.Update(ctx, func(tx store.Tx) error {
			close(inside)
			<-resume // stopped while holding the write lock
			return tx.PutSetting("stalled", true, store.Audit{Actor: "ann", Action: "setting.put"})
		})
	}()
	<-inside
	wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	err := b.Update(wctx, func(tx store.Tx) error {
		return tx.PutSetting("other", true, store.Audit{Actor: "ann", Action: "setting.put"})
	})
	close(resume)
	if err != nil {
		t.Fatalf("another replica's write behind a stalled one: %v", err)
	}
	if err := <-stalled; err == nil {
		t.Error("the stalled write committed after its transaction was ended")
	}
	if err := a.View(ctx, func(tx store.Tx) error {
		var v bool
		ok, err := tx.Setting("stalled", &v)
		if ok {
			return errors.New("the stalled write's setting is stored")
		}
		return err
	}); err != nil {
		t.Error(err)
	}
	if brk, n, err := b.VerifyAudit(ctx); err != nil || brk != nil {
		t.Errorf("audit after %d entries: %+v %v", n, brk, err)
	}
}
