package scheduler

import (
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// TestServerErrorAfterTheCreateIsNotPostedTwice: a 502 can come back after
// the platform made the post. The scheduler looks at the account before
// retrying, finds it, and records it published without a second call.
func TestServerErrorAfterTheCreateIsNotPostedTwice(t *testing.T) {
	tests := []struct {
		name       string
		stored     bool // the platform made the post despite the error
		wantCalls  int
		wantState  post.DeliveryState
		wantOnAcct int
	}{
		{"made despite the 502: found, not re-sent", true, 1, post.DeliveryPublished, 1},
		{"really not made: retried", false, 2, post.DeliveryPublished, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			bad := &channels.Error{Class: channels.Retryable, Reason: "bad gateway", Status: 502}
			x := &scripted{script: []error{bad}, storeOnError: tc.stored}
			e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{grace: time.Hour})
			p := e.add(t0.Add(time.Second), "Flu shots are in.", "x")
			e.clock.Set(t0.Add(time.Second))
			e.tick()
			if !tc.stored {
				e.clock.Set(t0.Add(10 * time.Minute)) // past the backoff
				e.tick()
			}
			e.wantState(p.ID, "x", tc.wantState)
			if calls, onAcct := x.count(); calls != tc.wantCalls || onAcct != tc.wantOnAcct {
				t.Fatalf("%d calls, %d on the account; want %d, %d", calls, onAcct, tc.wantCalls, tc.wantOnAcct)
			}
		})
	}
}
