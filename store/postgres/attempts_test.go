package postgres

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestLoginAttempts: what one replica keeps for a key the other reads;
// calls on one key from two replicas at once are taken one at a time (no
// count is lost); an empty answer forgets the key; rows past their window
// are deleted by the next call once a minute has passed.
func TestLoginAttempts(t *testing.T) {
	ctx := context.Background()
	var clock atomic.Int64
	t0 := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
	clock.Store(t0.UnixNano())
	now := func() time.Time { return time.Unix(0, clock.Load()).UTC() }
	open, _, _ := openTest(t, now)
	a, b := open(t), open(t)
	t.Cleanup(func() { a.Close(); b.Close() })
	const window = 15 * time.Minute

	add := func(db *DB, key string) {
		t.Helper()
		if err := db.LoginAttempts(ctx, key, window, func(ts []time.Time) []time.Time { return append(ts, now()) }); err != nil {
			t.Fatal(err)
		}
	}
	count := func(db *DB, key string) int {
		t.Helper()
		var n int
		if err := db.LoginAttempts(ctx, key, window, func(ts []time.Time) []time.Time { n = len(ts); return ts }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	rows := func() int {
		t.Helper()
		var n int
		if err := a.pool.QueryRow(ctx, `SELECT count(*) FROM login_attempts`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}

	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() { add([]*DB{a, b}[i%2], "ip:203.0.113.9") })
	}
	wg.Wait()
	if n := count(b, "ip:203.0.113.9"); n != 20 {
		t.Errorf("20 attempts added from two replicas at once: %d kept", n)
	}
	if err := a.LoginAttempts(ctx, "ip:203.0.113.9", window, func([]time.Time) []time.Time { return nil }); err != nil {
		t.Fatal(err)
	}
	if n := rows(); n != 0 {
		t.Errorf("%d rows after the only key was forgotten (and after reads of absent keys), want 0", n)
	}

	add(a, "user:ada")
	clock.Store(t0.Add(window + 2*time.Minute).UnixNano())
	add(b, "user:sam") // b sweeps: ada's row has expired
	if n := rows(); n != 1 {
		t.Errorf("%d rows after the sweep, want 1 (sam's)", n)
	}

}
