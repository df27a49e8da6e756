package postgres

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// TestCheckClock: a replica whose clock is off the database server's by
// more than MaxClockSkew is refused, saying by how much and which way; one
// in step passes. (A replica minutes ahead would publish early, and take
// another replica's publish under way for an interrupted one old enough
// to send again.)
func TestCheckClock(t *testing.T) {
	for _, tc := range []struct {
		name   string
		offset time.Duration
		want   string // "" passes
	}{
		{"in step", 0, ""},
		{"a little ahead", MaxClockSkew / 2, ""},
		{"minutes ahead", 5 * time.Minute, "ahead of"},
		{"minutes behind", -5 * time.Minute, "behind"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			open, _, _ := openTest(t, func() time.Time { return time.Now().Add(tc.offset) })
			db := open(t)
			defer db.Close()
			err := db.CheckClock(context.Background())
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tc.want != "" && (post.ErrorCode(err) != post.EConflict || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("got %v, want a conflict saying %q", err, tc.want)
			}
		})
	}
}

// TestWatchClock: a replica whose clock drifts or jumps after it started
// hears of it at the next check, and again when the clock is back in
// step; a check that cannot reach the server says nothing.
func TestWatchClock(t *testing.T) {
	var offset atomic.Int64
	open, _, _ := openTest(t, func() time.Time { return time.Now().Add(time.Duration(offset.Load())) })
	db := open(t)
	defer db.Close()
	ctx, cancel := context.WithCancel(context.Background())
	reports := make(chan error, 10)
	done := make(chan error, 1)
	go func() { done <- db.WatchClock(ctx, 50*time.Millisecond, func(err error) { reports <- err }) }()
	next := func() error {
		t.Helper()
		select {
		case err := <-reports:
			return err
		case <-time.After(20 * time.Second):
			t.Fatal("no report")
			return nil
		}
	}
	offset.Store(int64(3 * time.Minute))
	if err := next(); post.ErrorCode(err) != post.EConflict || !strings.Contains(err.Error(), "ahead of") {
		t.Errorf("after the clock jumped 3 minutes ahead: %v, want a conflict", err)
	}
	offset.Store(0)
	if err := next(); err != nil {
		t.Errorf("back in step: %v, want nil", err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("WatchClock: %v", err)
	}
	select {
	case err := <-reports:
		t.Errorf("a report with nothing changed: %v", err)
	default:
	}
}
