package scheduler

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// diesBeforeItsOwnUpdate is the store as an alert notifier sees it when
// the process is killed right after the outcome's transaction committed:
// a transaction of the notifier's own never happens.
type diesBeforeItsOwnUpdate struct{ *store.DB }

func (diesBeforeItsOwnUpdate) Update(context.Context, func(store.Tx) error) error {
	return errors.New("killed before the alert's own transaction")
}

// TestOutcomeAndItsAlertCommitTogether: a delivery that ends failed, held
// or unknown is recorded with its alert in one transaction. Raised in a
// second one, a SIGKILL between the two left a failed delivery no one was
// told about (TestKillNineNeverPostsTwice: "rejected by the network's
// review, but ended failed ..., alerted false").
func TestOutcomeAndItsAlertCommitTogether(t *testing.T) {
	tests := []struct {
		name  string
		err   error
		state post.DeliveryState
		kind  string
	}{
		{"failed", &channels.Error{Class: channels.Permanent, Reason: "the account has no credits left", Status: 402}, post.DeliveryFailed, alert.KindPublishFailed},
		{"held: the login expired", &channels.Error{Class: channels.AuthExpired, Reason: "token revoked", Status: 401}, post.DeliveryHeld, alert.KindAuthExpired},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := &scripted{script: []error{tc.err}}
			e := newEnv(t, map[string]channels.Channel{"x": x}, envOpt{tune: func(o *Options) {
				n, err := alert.New(alert.Options{DB: diesBeforeItsOwnUpdate{o.DB.(*store.DB)}})
				if err != nil {
					t.Fatal(err)
				}
				o.Alerts = n
			}})
			p := e.add(t0.Add(time.Minute), "Closed Monday.", "x")
			e.clock.Advance(time.Minute)
			e.tick()
			e.wantState(p.ID, "x", tc.state)
			if got := e.alerts()[tc.kind]; len(got) != 1 {
				t.Errorf("the delivery is %s with %d %s alerts, want 1: %v", tc.state, len(got), tc.kind, e.alerts())
			}
		})
	}
}
