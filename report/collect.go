package report

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// Schedule is when snapshots are taken, counted from publication: early
// figures move fast, so the intervals decay.
var Schedule = []time.Duration{
	time.Hour, 6 * time.Hour, 24 * time.Hour, 3 * 24 * time.Hour, 7 * 24 * time.Hour, 30 * 24 * time.Hour,
}

// enrolWindow is how far back a run looks for published deliveries not yet
// enrolled: a little more than the last step, so a delivery published while
// the daemon was down still gets its 30-day snapshot.
const enrolWindow = 35 * 24 * time.Hour

// batchSize is the most ids one Engagement call gets; X takes up to 100 per
// lookup, and adapters that read post by post split it themselves.
const batchSize = 100

// maxDuePerRun bounds one run, so a backlog after downtime is worked off
// over several runs instead of one endless one.
const maxDuePerRun = 5000

// Source is what collection needs of a channel; every channels.Channel is
// one.
type Source interface {
	Engagement(ctx context.Context, remoteIDs []string) ([]post.Metrics, error)
	Comments(ctx context.Context, remoteID string, since time.Time) ([]post.Comment, error)
}

// CollectStore is what the collector needs of the store. *store.DB
// implements it.
type CollectStore interface {
	Reader
	Update(ctx context.Context, fn func(store.Tx) error) error
	Now() time.Time
}

// Collector is the periodic engagement and comment collection job.
type Collector struct {
	DB       CollectStore
	Channels map[string]Source   // channel id → adapter; others are not collected
	Checker  *compliance.Checker // spots commenters revealing health details; nil skips the check
	Logger   *slog.Logger        // nil: discard
	Now      func() time.Time    // nil: the store's clock

	mu     sync.Mutex           // one run at a time: runs share paused
	paused map[string]time.Time // channel → no calls before, after a rate limit
}

// Stats is what one collection run did.
type Stats struct {
	Enrolled  int `json:"enrolled"`  // published deliveries newly scheduled for snapshots
	Due       int `json:"due"`       // deliveries whose snapshot was due
	Snapshots int `json:"snapshots"` // snapshots stored
	Missing   int `json:"missing"`   // due deliveries the platform no longer reports (deleted posts)
	Failed    int `json:"failed"`    // due deliveries left for the next run after an error
	Comments  int `json:"comments"`  // new comments stored
	Flagged   int `json:"flagged"`   // of which reveal the commenter's health details
	Reviews   int `json:"reviews"`   // new reviews of the practice stored (counted in Comments too)
	// RateLimited lists the channels that said slow down; they were
	// stopped for this run.
	RateLimited []string `json:"rate_limited,omitempty"`
}

func (c *Collector) log() *slog.Logger {
	if c.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return c.Logger
}

func (c *Collector) now() time.Time {
	if c.Now != nil {
		return c.Now().UTC()
	}
	return c.DB.Now().UTC()
}

// Collect enrols newly published deliveries, then takes every snapshot that
// is due, channel by channel, fetching new comments of each post it
// snapshots. A post that errors is left due for the next run and does not
// stop the others; a rate-limited channel stops for this run (and until the
// platform's retry-after). The error is only for the store or ctx.
func (c *Collector) Collect(ctx context.Context) (Stats, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var st Stats
	now := c.now()
	n, err := c.enrol(ctx, now)
	if err != nil {
		return st, err
	}
	st.Enrolled = n
	var due []*store.Collect
	err = c.DB.View(ctx, func(tx store.Tx) error {
		due, err = tx.DueCollections(now, maxDuePerRun)
		return err
	})
	if err != nil {
		return st, fmt.Errorf("report: collect: %w", err)
	}
	st.Due = len(due)
	byChannel := map[string][]*store.Collect{}
	for _, d := range due {
		byChannel[d.Channel] = append(byChannel[d.Channel], d)
	}
	for _, ch := range slices.Sorted(maps.Keys(byChannel)) {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		src, ok := c.Channels[ch]
		if !ok {
			continue // channel removed from the config since enrolment
		}
		if until, ok := c.paused[ch]; ok && now.Before(until) {
			st.RateLimited = append(st.RateLimited, ch)
			continue
		}
		if err := c.collectChannel(ctx, now, ch, src, byChannel[ch], &st); err != nil {
			return st, err
		}
	}
	if err := c.collectReviews(ctx, now, &st); err != nil {
		return st, err
	}
	c.log().Info("engagement collected", "enrolled", st.Enrolled, "due", st.Due, "snapshots", st.Snapshots,
		"missing", st.Missing, "failed", st.Failed, "comments", st.Comments, "flagged", st.Flagged,
		"reviews", st.Reviews, "rate_limited", len(st.RateLimited))
	return st, nil
}

// enrol schedules snapshots for published deliveries of the last
// enrolWindow that have none yet. It reads the timeline index, never the
// snapshots.
func (c *Collector) enrol(ctx context.Context, now time.Time) (int, error) {
	n := 0
	err := c.DB.Update(ctx, func(tx store.Tx) error {
		return tx.Between(now.Add(-enrolWindow), now.Add(time.Second), func(e store.Entry) error {
			if e.Delivery != post.DeliveryPublished {
				return nil
			}
			if _, ok := c.Channels[e.Channel]; !ok {
				return nil
			}
			if _, ok, err := tx.Collection(e.PostID, e.Channel); err != nil || ok {
				return err
			}
			p, err := tx.Post(e.PostID)
			if err != nil {
				return err
			}
			if p.Sample() {
				return nil // the demo's made-up posts are on no network
			}
			d := p.Deliveries[e.Channel]
			if d == nil || d.RemoteID == "" || d.PublishedAt.IsZero() {
				return nil // a hand-posted delivery without a remote id cannot be read
			}
			n++
			return tx.PutCollection(&store.Collect{PostID: p.ID, Channel: e.Channel, RemoteID: d.RemoteID,
				PublishedAt: d.PublishedAt.UTC(), Next: d.PublishedAt.Add(Schedule[0]), CommentsSince: d.PublishedAt.UTC()})
		})
	})
	if err != nil {
		return 0, fmt.Errorf("report: enrol published posts: %w", err)
	}
	return n, nil
}

// advance moves d past every schedule step that has come by now: a late
// run takes one snapshot, not a burst of catch-up ones.
func advance(d *store.Collect, now time.Time) {
	step := 0
	for step < len(Schedule) && !d.PublishedAt.Add(Schedule[step]).After(now) {
		step++
	}
	d.Step = max(step, d.Step+1)
	d.Next = time.Time{}
	if d.Step < len(Schedule) {
		d.Next = d.PublishedAt.Add(Schedule[d.Step])
	}
}

// stopChannel reports whether err means no more calls to this channel in
// this run, and remembers a rate limit's retry-after.
func (c *Collector) stopChannel(ch string, now time.Time, err error, st *Stats) bool {
	switch channels.ClassOf(err) {
	case channels.RateLimited:
		if c.paused == nil {
			c.paused = map[string]time.Time{}
		}
		c.paused[ch] = now.Add(channels.RetryAfterOf(err))
		st.RateLimited = append(st.RateLimited, ch)
		c.log().Warn("channel rate-limited; engagement collection stopped for this run", "channel", ch,
			"retry_after", channels.RetryAfterOf(err).String())
		return true
	case channels.AuthExpired:
		c.log().Warn("channel credentials expired; engagement collection stopped", "channel", ch)
		return true
	}
	return false
}

func isContextErr(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
