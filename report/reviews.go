package report

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/store"
)

// reviewWindow is how far back each run reads a channel's reviews: what
// is already stored is kept as it is, so the window only bounds the calls.
const reviewWindow = enrolWindow

// collectReviews stores the new reviews of every channel whose network
// carries reviews of the practice (channels.Reviewer), with what the
// checklist saw in them, for the feedback inbox. A channel that errors is
// skipped until the next run; the error is only for the store or ctx.
func (c *Collector) collectReviews(ctx context.Context, now time.Time, st *Stats) error {
	for _, ch := range slices.Sorted(maps.Keys(c.Channels)) {
		rv, ok := c.Channels[ch].(channels.Reviewer)
		if !ok {
			continue
		}
		if until, ok := c.paused[ch]; ok && now.Before(until) {
			continue
		}
		reviews, err := rv.Reviews(ctx, now.Add(-reviewWindow))
		if err != nil {
			if isContextErr(err) {
				return err
			}
			c.stopChannel(ch, now, err, st)
			c.log().Info("reviews unavailable", "channel", ch, "class", channels.ClassOf(err).String())
			continue
		}
		stored := make([]*store.StoredComment, 0, len(reviews))
		for _, r := range reviews {
			stored = append(stored, c.checked(ctx, now, &store.StoredComment{Channel: ch, Comment: r.Comment, Review: true, Rating: r.Rating, NetworkReply: r.Reply}))
		}
		err = c.DB.Update(ctx, func(tx store.Tx) error { return putComments(tx, stored, st) })
		if err != nil {
			return fmt.Errorf("report: store reviews of %s: %w", ch, err)
		}
	}
	return nil
}
