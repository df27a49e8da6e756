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
type diesBeforeItsOwnUpdate struct{ alert.Store }

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
				n, err := alert.New(alert.Options{DB: diesBeforeItsOwnUpdate{o.DB.(alert.Store)}})
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

// moderating is a network that moderates posts after they are live and
// has taken down every post it is asked about.
type moderating struct{ scripted }

// Publish leaves the publication time to the scheduler's clock, so the
// takedown check, which asks about the posts of its last 30 days, finds it.
func (m *moderating) Publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	r, err := m.scripted.Publish(ctx, o)
	r.PublishedAt = time.Time{}
	return r, err
}

func (*moderating) Moderation(context.Context, string) (channels.Moderation, string, error) {
	return channels.ModerationRejected, "the post breaks the network's rules on health claims", nil
}

// TestStateAndItsAlertCommitTogether: a delivery held at claim time, a
// manual channel's slot turned into a task for staff, and a published post
// the network took down are each saved with their alert in one
// transaction, on every store backend. Raised in a transaction of its own
// after the state's, the alert was lost when the process was killed in
// between (or that write failed): the post held, the task set or the
// removal recorded, and no one told, for good, since nothing raises it
// again once the state is saved.
func TestStateAndItsAlertCommitTogether(t *testing.T) {
	tests := []struct {
		name  string
		ch    func() channels.Channel
		lag   time.Duration // how late the scheduler runs after the slot
		check bool          // the takedown check runs after the publish
		state post.DeliveryState
		kind  string
		calls int // platform calls: sent once, or not at all
	}{
		{"held at claim: too late", func() channels.Channel { return &scripted{} }, time.Hour, false, post.DeliveryHeld, alert.KindHeld, 0},
		{"manual channel: a task", func() channels.Channel { return &manual{} }, time.Minute, false, post.DeliveryTask, alert.KindManualTask, 0},
		{"taken down after it was live", func() channels.Channel { return &moderating{} }, time.Minute, true, post.DeliveryPublished, alert.KindTakenDown, 1},
	}
	for _, backend := range []string{"bbolt", "postgres"} {
		for _, tc := range tests {
			t.Run(backend+"/"+tc.name, func(t *testing.T) {
				ch := tc.ch()
				e := newEnv(t, map[string]channels.Channel{"c": ch}, envOpt{postgres: backend == "postgres", tune: func(o *Options) {
					n, err := alert.New(alert.Options{DB: diesBeforeItsOwnUpdate{o.DB.(alert.Store)}})
					if err != nil {
						t.Fatal(err)
					}
					o.Alerts = n
				}})
				p := e.add(t0.Add(time.Minute), "Flu shots all week, walk-ins welcome.", "c")
				e.clock.Advance(tc.lag)
				e.tick()
				if tc.check {
					if err := e.s.CheckTakedowns(e.ctx); err != nil {
						t.Fatal(err)
					}
				}
				d := e.wantState(p.ID, "c", tc.state)
				if tc.check && d.Removed == nil {
					t.Fatal("the takedown was not recorded")
				}
				if got := e.alerts()[tc.kind]; len(got) != 1 || got[0].PostID != p.ID || got[0].Channel != "c" {
					t.Errorf("the delivery is %s with %d %s alerts, want 1 about it: %+v", tc.state, len(got), tc.kind, e.alerts())
				}
				if calls, _ := ch.(interface{ count() (int, int) }).count(); calls != tc.calls {
					t.Errorf("%d platform calls, want %d", calls, tc.calls)
				}
			})
		}
	}
}
