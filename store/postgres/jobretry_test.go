package postgres

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestRunJobRetriesAFailedWindow: a window whose run failed is run again
// by the next replica that asks, at most a bounded number of times in
// all; a window whose run succeeded is never run again, by any replica.
func TestRunJobRetriesAFailedWindow(t *testing.T) {
	open, _, _ := openTest(t, fixedClock)
	a, b := open(t), open(t)
	t.Cleanup(func() { a.Close(); b.Close() })
	ctx := context.Background()
	boom := errors.New("the network did not answer")
	w := t0.Truncate(time.Minute)
	runs := 0
	fail := func(context.Context) error { runs++; return boom }
	succeed := func(context.Context) error { runs++; return nil }

	if err := a.RunJob(ctx, "engagement", w, 3, fail); !errors.Is(err, boom) {
		t.Fatalf("first attempt: %v, want the run's error", err)
	}
	if err := b.RunJob(ctx, "engagement", w, 3, succeed); err != nil {
		t.Fatalf("the next replica after a failed run: %v, want it run again", err)
	}
	for _, db := range []*DB{a, b} {
		if err := db.RunJob(ctx, "engagement", w, 3, succeed); !errors.Is(err, ErrJobDone) {
			t.Errorf("after the window's run succeeded: %v, want ErrJobDone", err)
		}
	}
	if runs != 2 {
		t.Errorf("%d runs in window 1, want 2 (one failed, one succeeded)", runs)
	}

	// Window 2 fails every time: three attempts across the replicas, then
	// none until the next window.
	w2 := w.Add(time.Hour)
	runs = 0
	for i, db := range []*DB{a, b, a} {
		if err := db.RunJob(ctx, "engagement", w2, 3, fail); !errors.Is(err, boom) {
			t.Fatalf("window 2, attempt %d: %v, want the run's error", i+1, err)
		}
	}
	if err := b.RunJob(ctx, "engagement", w2, 3, fail); !errors.Is(err, ErrJobGaveUp) {
		t.Errorf("window 2, a fourth attempt: %v, want ErrJobGaveUp", err)
	}
	if runs != 3 {
		t.Errorf("%d runs in window 2, want 3", runs)
	}

	// Window 3: the replica running it dies mid-run (its session ends).
	// That attempt counts, and another replica runs the window.
	w3 := w2.Add(time.Hour)
	started, release := make(chan struct{}), make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- a.RunJob(ctx, "engagement", w3, 3, func(context.Context) error {
			close(started)
			<-release
			return nil
		})
	}()
	<-started
	if err := b.RunJob(ctx, "engagement", w3, 3, succeed); !errors.Is(err, ErrJobBusy) {
		t.Errorf("while replica a runs window 3: %v, want ErrJobBusy", err)
	}
	if _, err := b.pool.Exec(ctx, `SELECT pg_terminate_backend(pid, 10000) FROM pg_locks
WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()`); err != nil {
		t.Fatal(err)
	}
	runs = 0
	if err := b.RunJob(ctx, "engagement", w3, 3, succeed); err != nil || runs != 1 {
		t.Errorf("after the replica running window 3 died: %v, %d runs; want it run here", err, runs)
	}
	var attempts int
	if err := b.pool.QueryRow(ctx, `SELECT attempts FROM job_runs WHERE name = 'engagement' AND run_window = $1`, w3).Scan(&attempts); err != nil || attempts != 2 {
		t.Errorf("window 3's attempts: %d (%v), want 2 (the dead one counts)", attempts, err)
	}
	close(release)
	<-done
}
