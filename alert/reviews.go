package alert

import (
	"context"
	"fmt"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// ReviewWatch configures CheckReviews.
type ReviewWatch struct {
	// WarnBefore is how long before its time a post still waiting for a
	// doctor raises review_overdue (config alerts.review_warn_before).
	WarnBefore time.Duration
	// Interval is the least time between two review_waiting notices; default
	// one hour, so a busy morning is one message, not one per post.
	Interval time.Duration
	// Location is the practice time zone, for the due times in messages.
	Location *time.Location
}

// CheckReviews tells the doctors what waits for them, through the alert
// channels (the web UI, e-mail, the webhook). It is called every few
// minutes by the daemon:
//
//   - review_waiting: posts have joined the review queue since the last
//     notice; at most one notice per Interval, counting them. It names no
//     post text (mail and chat are not the place for it), only how many and
//     how long the oldest has waited, with a link to the queue.
//   - review_overdue: a waiting post is due within WarnBefore (or its time
//     has passed); once per post and version, so an acknowledged alert is
//     not raised again until the post changes.
func (n *Notifier) CheckReviews(ctx context.Context, now time.Time, w ReviewWatch) error {
	if w.Interval <= 0 {
		w.Interval = time.Hour
	}
	if w.Location == nil {
		w.Location = time.UTC
	}
	var waiting []*post.Post
	err := n.db.View(ctx, func(tx store.Tx) error {
		var err error
		waiting, err = tx.PostsByStatus(post.StatusNeedsReview)
		return err
	})
	if err != nil {
		return fmt.Errorf("alert: review queue: %w", err)
	}
	if len(waiting) == 0 {
		return nil
	}
	past, err := n.db.Alerts(ctx, false)
	if err != nil {
		return fmt.Errorf("alert: past alerts: %w", err)
	}
	if err := n.reviewWaiting(ctx, now, w, waiting, past); err != nil {
		return err
	}
	return n.reviewOverdue(ctx, now, w, waiting, past)
}

func (n *Notifier) reviewWaiting(ctx context.Context, now time.Time, w ReviewWatch, waiting []*post.Post, past []Alert) error {
	var last time.Time
	for _, a := range past {
		if a.Kind == KindReviewWaiting && a.At.After(last) {
			last = a.At
		}
	}
	if !last.IsZero() && now.Sub(last) < w.Interval {
		return nil // batched: the next notice waits for the interval
	}
	var fresh int
	var newest *post.Post
	oldest := waiting[0].UpdatedAt
	for _, p := range waiting {
		if p.UpdatedAt.Before(oldest) {
			oldest = p.UpdatedAt
		}
		if p.UpdatedAt.After(last) {
			fresh++
			if newest == nil || p.UpdatedAt.After(newest.UpdatedAt) {
				newest = p
			}
		}
	}
	if fresh == 0 {
		return nil // nothing joined the queue since the last notice
	}
	msg := fmt.Sprintf("%s for a doctor's review (%d new since the last notice); the oldest has waited %s. Open the review queue: %s/review",
		countPosts(len(waiting)), fresh, roughly(now.Sub(oldest)), n.base)
	// The newest post makes the alert's key: a new batch never collides
	// with an earlier notice still open.
	_, err := n.Raise(ctx, Alert{Kind: KindReviewWaiting, PostID: newest.ID, Message: msg})
	return err
}

func (n *Notifier) reviewOverdue(ctx context.Context, now time.Time, w ReviewWatch, waiting []*post.Post, past []Alert) error {
	raised := map[post.ID]time.Time{}
	for _, a := range past {
		if a.Kind == KindReviewOverdue && a.At.After(raised[a.PostID]) {
			raised[a.PostID] = a.At
		}
	}
	for _, p := range waiting {
		due := p.Due()
		if due.IsZero() || now.Before(due.Add(-w.WarnBefore)) {
			continue
		}
		if at, ok := raised[p.ID]; ok && !at.Before(p.UpdatedAt) {
			continue // told once about this version of the post
		}
		when := due.In(w.Location).Format("Mon 2 Jan 15:04")
		msg := fmt.Sprintf("A post due %s (in %s) still waits for a doctor's review.", when, roughly(due.Sub(now)))
		if !now.Before(due) {
			msg = fmt.Sprintf("A post due %s (%s ago) still waits for a doctor's review; it cannot go out until a doctor decides.", when, roughly(now.Sub(due)))
		}
		if _, err := n.Raise(ctx, Alert{Kind: KindReviewOverdue, PostID: p.ID, Message: msg}); err != nil {
			return err
		}
	}
	return nil
}

func countPosts(n int) string {
	if n == 1 {
		return "1 post waits"
	}
	return fmt.Sprintf("%d posts wait", n)
}

// roughly says a span in whole minutes, hours or days.
func roughly(d time.Duration) string {
	switch {
	case d < time.Hour:
		return fmt.Sprintf("%d min", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h", int(d.Hours()))
	}
	return fmt.Sprintf("%d days", int(d.Hours()/24))
}
