package report

import (
	"context"
	"fmt"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// collectChannel takes the due snapshots of one channel in batches. When a
// whole batch fails for a reason other than a rate limit or expired
// credentials, it asks again post by post, so one bad post costs only its
// own snapshot.
func (c *Collector) collectChannel(ctx context.Context, now time.Time, ch string, src Source, due []*store.Collect, st *Stats) error {
	for start := 0; start < len(due); start += batchSize {
		batch := due[start:min(start+batchSize, len(due))]
		ms, err := src.Engagement(ctx, remoteIDs(batch))
		if err != nil {
			if isContextErr(err) {
				return err
			}
			if c.stopChannel(ch, now, err, st) {
				st.Failed += len(due) - start
				return nil
			}
			c.log().Info("engagement batch failed; reading post by post", "channel", ch, "posts", len(batch),
				"class", channels.ClassOf(err).String())
			stop, err := c.onePostAtATime(ctx, now, ch, src, batch, st)
			if err != nil {
				return err
			}
			if stop {
				st.Failed += len(due) - start - len(batch)
				return nil
			}
			continue
		}
		if err := c.record(ctx, now, ch, batch, ms, st); err != nil {
			return err
		}
		if c.fetchComments(ctx, now, ch, src, batch, st) {
			st.Failed += len(due) - start - len(batch)
			return nil
		}
	}
	return nil
}

// onePostAtATime is the fallback after a failed batch. It reports true when
// the channel must stop for this run.
func (c *Collector) onePostAtATime(ctx context.Context, now time.Time, ch string, src Source, batch []*store.Collect, st *Stats) (bool, error) {
	for i, d := range batch {
		ms, err := src.Engagement(ctx, []string{d.RemoteID})
		if err != nil {
			if isContextErr(err) {
				return false, err
			}
			if c.stopChannel(ch, now, err, st) {
				st.Failed += len(batch) - i
				return true, nil
			}
			st.Failed++
			c.log().Warn("engagement unavailable for post; retrying next run", "channel", ch, "post_id", d.PostID,
				"class", channels.ClassOf(err).String())
			if channels.ClassOf(err) == channels.Permanent {
				// It will never work: move on to the next step instead of
				// asking again every run.
				if err := c.save(ctx, now, d); err != nil {
					return false, err
				}
			}
			continue
		}
		one := []*store.Collect{d}
		if err := c.record(ctx, now, ch, one, ms, st); err != nil {
			return false, err
		}
		if c.fetchComments(ctx, now, ch, src, one, st) {
			st.Failed += len(batch) - i - 1
			return true, nil
		}
	}
	return false, nil
}

// record stores the snapshots of one answered batch and moves every
// delivery of the batch to its next step. A post the platform left out of
// its answer (deleted, or hidden) gets no snapshot: a missing figure is
// "not available", never a zero.
func (c *Collector) record(ctx context.Context, now time.Time, ch string, batch []*store.Collect, ms []post.Metrics, st *Stats) error {
	byRemote := map[string]post.Metrics{}
	for _, m := range ms {
		byRemote[m.RemoteID] = m
	}
	return c.DB.Update(ctx, func(tx store.Tx) error {
		for _, d := range batch {
			m, ok := byRemote[d.RemoteID]
			if ok {
				// The run's clock stamps the snapshot, so every snapshot of
				// a run shares one time and steps never collide.
				m.At = now
				if err := tx.PutSnapshot(d.PostID, ch, m); err != nil {
					return err
				}
				st.Snapshots++
			} else {
				st.Missing++
			}
			advance(d, now)
			if err := tx.PutCollection(d); err != nil {
				return err
			}
		}
		return nil
	})
}

// save moves d to its next step on its own.
func (c *Collector) save(ctx context.Context, now time.Time, d *store.Collect) error {
	advance(d, now)
	err := c.DB.Update(ctx, func(tx store.Tx) error { return tx.PutCollection(d) })
	if err != nil {
		return fmt.Errorf("report: collect: %w", err)
	}
	return nil
}

// fetchComments reads new comments of every post in batch and stores them
// with what the checklist saw. It reports true when the channel must stop
// for this run; other errors skip that post's comments until next time.
func (c *Collector) fetchComments(ctx context.Context, now time.Time, ch string, src Source, batch []*store.Collect, st *Stats) bool {
	for _, d := range batch {
		cs, err := src.Comments(ctx, d.RemoteID, d.CommentsSince)
		if err != nil {
			if isContextErr(err) || c.stopChannel(ch, now, err, st) {
				return true
			}
			c.log().Info("comments unavailable for post", "channel", ch, "post_id", d.PostID,
				"class", channels.ClassOf(err).String())
			continue
		}
		stored := make([]*store.StoredComment, 0, len(cs))
		for _, cm := range cs {
			// An id that is empty, or holds a NUL ("\u0000" in a network's
			// JSON) or another control character, names no comment
			// practicepost could tell apart or answer, and PostgreSQL
			// cannot store a NUL: storing it would fail the post's other
			// comments with it.
			if cm.RemoteID == "" || post.CheckBytes("", cm.RemoteID) != nil {
				c.log().Warn("a comment with an unusable id was skipped", "channel", ch, "post_id", d.PostID)
				continue
			}
			stored = append(stored, c.checked(ctx, now, &store.StoredComment{PostID: d.PostID, Channel: ch, Comment: cm}))
		}
		err = c.DB.Update(ctx, func(tx store.Tx) error {
			if err := putComments(tx, stored, st); err != nil {
				return err
			}
			cur, ok, err := tx.Collection(d.PostID, ch)
			if err != nil || !ok {
				return err
			}
			cur.CommentsSince = now
			d.CommentsSince = now
			return tx.PutCollection(cur)
		})
		if err != nil {
			c.log().Error("storing comments failed", "channel", ch, "post_id", d.PostID, "error", err)
			return true
		}
	}
	return false
}

func remoteIDs(batch []*store.Collect) []string {
	out := make([]string, len(batch))
	for i, d := range batch {
		out[i] = d.RemoteID
	}
	return out
}

// checked stamps sc with the fetch time and what the checklist saw in its
// text (the commenter's own health details), and returns it.
func (c *Collector) checked(ctx context.Context, now time.Time, sc *store.StoredComment) *store.StoredComment {
	sc.FetchedAt = now
	sc.Findings = healthFindings(ctx, c.Checker, sc.Comment.Text, now)
	sc.HealthDetails = len(sc.Findings) > 0
	return sc
}

// putComments stores the comments not stored yet and counts them.
func putComments(tx store.Tx, stored []*store.StoredComment, st *Stats) error {
	for _, sc := range stored {
		added, err := tx.PutComment(sc)
		if err != nil {
			return err
		}
		if added {
			st.Comments++
			if sc.Review {
				st.Reviews++
			}
			if sc.HealthDetails {
				st.Flagged++
			}
		}
	}
	return nil
}
