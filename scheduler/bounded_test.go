package scheduler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"testing"
	"time"
)

// TestBoundedAnswerEndsTheCall: once bounded hands over a call's answer
// (or its panic), the call is no longer listed as under way. Reconcile
// leaves alone an attempt whose call is listed, and looks again only
// minSleep later by the scheduler's clock: a call still listed after it
// answered made a reconcile that came right after it skip an attempt it
// could decide (TestDatabaseLostMidPublish failed about 1 run in 10 under
// -race). The window is a few instructions wide, so each case runs many
// calls.
func TestBoundedAnswerEndsTheCall(t *testing.T) {
	errAnswer := errors.New("platform said no")
	for _, tc := range []struct {
		name    string
		fn      func(context.Context) (int, error)
		wantErr bool
	}{
		{"answer", func(context.Context) (int, error) { return 1, nil }, false},
		{"error", func(context.Context) (int, error) { return 0, errAnswer }, true},
		{"panic", func(context.Context) (int, error) { panic("adapter bug") }, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &Scheduler{log: slog.New(slog.DiscardHandler), opt: Options{CallTimeout: time.Minute}}
			for i := range 2000 {
				attempt := fmt.Sprintf("attempt-%d", i)
				_, err := bounded(s, t.Context(), "x", attempt, tc.fn)
				if (err != nil) != tc.wantErr {
					t.Fatalf("call %d: error %v, want error: %v", i, err, tc.wantErr)
				}
				if s.calls.running(attempt) {
					t.Fatalf("call %d answered but is still listed as under way", i)
				}
			}
		})
	}
}
