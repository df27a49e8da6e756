package scheduler

import (
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// TestRetryDueWithinGrace checks a retry allowed inside the grace window is
// due inside it too. Due times are whole seconds; rounding a retry time up
// after the grace check put one that ended exactly at the window's end a
// second past it, so the gate held the post as too late instead of sending
// it.
func TestRetryDueWithinGrace(t *testing.T) {
	tests := []struct {
		name       string
		retryAfter time.Duration
		want       post.DeliveryState
	}{
		{"retry ends exactly at the window's end", 30 * time.Minute, post.DeliveryPublished},
		{"retry ends half a second before it", 30*time.Minute - 500*time.Millisecond, post.DeliveryPublished},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := &scripted{script: []error{&channels.Error{Class: channels.RateLimited, Reason: "rate limited", Status: 429, RetryAfter: tc.retryAfter}}}
			e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{}) // calendar grace: 30 min
			due := t0.Add(time.Minute)
			p := e.add(due, "Walk-in hours.", "x")
			e.clock.Set(due)
			e.tick()
			d := e.wantState(p.ID, "x", post.DeliveryPending)
			if deadline := due.Add(30 * time.Minute); d.NextAttempt.After(deadline) {
				t.Fatalf("retry at %s, past the grace window's end %s", d.NextAttempt.Format(time.TimeOnly), deadline.Format(time.TimeOnly))
			}
			e.clock.Set(d.NextAttempt)
			e.tick()
			e.wantState(p.ID, "x", tc.want)
		})
	}
}
