package scheduler

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// TestShareLeavesOthersDeliveries: with a share, a replica publishes at
// once only the deliveries that fall to it, and the rest once they are
// SpreadGrace overdue (their replica may be dead); alone, or when its
// share cannot be read, it publishes everything at once, as before.
func TestShareLeavesOthersDeliveries(t *testing.T) {
	const grace = 10 * time.Second
	tests := []struct {
		name  string
		share func(context.Context) (int, int, error)
		// mine says which deliveries the first tick publishes.
		mine func(store.DueItem) bool
	}{
		{"no share", nil, func(store.DueItem) bool { return true }},
		{"alone", func(context.Context) (int, int, error) { return 0, 1, nil }, func(store.DueItem) bool { return true }},
		{"no serving mark", func(context.Context) (int, int, error) { return 0, 0, nil }, func(store.DueItem) bool { return true }},
		{"share unreadable", func(context.Context) (int, int, error) { return 0, 0, errors.New("connection refused") },
			func(store.DueItem) bool { return true }},
		{"second of three", func(context.Context) (int, int, error) { return 1, 3, nil },
			func(it store.DueItem) bool { return shareOf(it, 3) == 1 }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ch := &scripted{}
			e := newEnv(t, map[string]channels.Channel{"fb": ch}, envOpt{tune: func(o *Options) {
				o.Share, o.SpreadGrace = tc.share, grace
			}})
			var ids []post.ID
			for i := range 30 {
				ids = append(ids, e.add(t0, fmt.Sprintf("post %d", i), "fb").ID)
			}
			e.tick()
			want := 0
			for _, id := range ids {
				mine := tc.mine(store.DueItem{At: t0, PostID: id, Channel: "fb"})
				if mine {
					want++
				}
				if got := e.delivery(id, "fb").State; (got == post.DeliveryPublished) != mine {
					t.Errorf("post %s (mine: %v) is %s after the first tick", id, mine, got)
				}
			}
			if want == 0 || (tc.name == "second of three" && want == len(ids)) {
				t.Fatalf("%d of %d fall to this replica: the test shows nothing", want, len(ids))
			}
			e.clock.Advance(grace)
			e.tick()
			for _, id := range ids {
				e.wantState(id, "fb", post.DeliveryPublished)
			}
			if calls, _ := ch.count(); calls != len(ids) {
				t.Errorf("%d calls, want %d", calls, len(ids))
			}
		})
	}
}
