package alert

import (
	"context"
	"errors"
	"fmt"
	"strings"
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

// CheckReviews tells the doctors what waits for them. Every alert is stored
// (the web UI's Alerts page lists it); what one check raised then goes out
// as one e-mail to each reviewer's own address (see deliverReviews), and
// through the practice-wide settings (mail to [alerts.smtp] to, the webhook)
// when a reviewer has no address of their own. It is called every few
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
	var fresh []Alert
	werr := n.reviewWaiting(ctx, now, w, waiting, past, &fresh)
	oerr := n.reviewOverdue(ctx, now, w, waiting, past, &fresh)
	// What was stored goes out even when a later store failed: the stored
	// alerts are not raised again, so holding them back would lose them.
	n.deliverReviews(ctx, now, fresh)
	return errors.Join(werr, oerr)
}

func (n *Notifier) reviewWaiting(ctx context.Context, now time.Time, w ReviewWatch, waiting []*post.Post, past []Alert, raised *[]Alert) error {
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
	return n.keep(ctx, Alert{Kind: KindReviewWaiting, PostID: newest.ID, Message: msg}, raised)
}

// keep stores a and adds it to out when it is new.
func (n *Notifier) keep(ctx context.Context, a Alert, out *[]Alert) error {
	// Not marked unsent: a review notice goes out as the reviewers'
	// digest (deliverReviews), which SendUnsent does not rebuild.
	stored, err := n.store(ctx, &a, false)
	if stored {
		*out = append(*out, a)
	}
	return err
}

func (n *Notifier) reviewOverdue(ctx context.Context, now time.Time, w ReviewWatch, waiting []*post.Post, past []Alert, fresh *[]Alert) error {
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
		if err := n.keep(ctx, Alert{Kind: KindReviewOverdue, PostID: p.ID, Message: msg}, fresh); err != nil {
			return err
		}
	}
	return nil
}

// deliverReviews sends what one check raised. Each active user who can
// review (reviewer or admin) and has an e-mail address of their own gets
// one message listing all of it — so a busy morning is one message, and
// review_waiting, stored at most once per Interval, reaches each of them at
// most that often. The practice-wide settings get each alert as before when
// some active reviewer has no address (they would hear nothing otherwise),
// when nobody has one, or when no mail server is configured. Failures are
// logged: the alerts are stored and listed on the Alerts page whatever
// happens here.
func (n *Notifier) deliverReviews(ctx context.Context, now time.Time, fresh []Alert) {
	if len(fresh) == 0 {
		return
	}
	personal, shared, err := n.reviewRecipients(ctx)
	if err != nil {
		n.log.Error("review notices: cannot read the users; sending to the practice-wide settings", "error", err)
		personal, shared = nil, true
	}
	if len(personal) > 0 {
		sendCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), sendTimeout)
		defer cancel()
		for _, r := range personal {
			if err := n.mail(sendCtx, []string{r.Email}, n.reviewDigest(r, now, fresh)); err != nil {
				n.log.Error("review notice e-mail not sent", "user", r.Name, "error", err)
			}
		}
	}
	if shared {
		for _, a := range fresh {
			n.send(context.WithoutCancel(ctx), a, n.targets()) // not retried: see keep
		}
	}
}

// reviewRecipients lists the active reviewers and admins with an address of
// their own, and says whether the practice-wide settings must be told too.
func (n *Notifier) reviewRecipients(ctx context.Context) (personal []post.User, shared bool, err error) {
	var users []post.User
	err = n.db.View(ctx, func(tx store.Tx) error {
		var err error
		users, err = tx.Users()
		return err
	})
	if err != nil {
		return nil, true, err
	}
	for _, u := range users {
		if !u.Active() || !u.Role.AtLeast(post.RoleReviewer) {
			continue
		}
		switch {
		case u.Email != "" && n.smtp.Host != "":
			personal = append(personal, u)
		case u.Role == post.RoleReviewer:
			shared = true // a doctor nobody could reach by their own address
		}
	}
	return personal, shared || len(personal) == 0, nil
}

// reviewDigest is one reviewer's e-mail about the alerts of one check: the
// alerts' own messages (which carry no post text) and where to act.
func (n *Notifier) reviewDigest(to post.User, now time.Time, fresh []Alert) []byte {
	var b strings.Builder
	greet := to.DisplayName
	if greet == "" {
		greet = to.Name
	}
	fmt.Fprintf(&b, "Hello %s,\n\n", greet)
	for _, a := range fresh {
		b.WriteString("- " + a.Message + "\n")
		if link := n.PostLink(a); link != "" && a.Kind == KindReviewOverdue {
			b.WriteString("  Open: " + link + "\n")
		}
	}
	fmt.Fprintf(&b, "\nThe review queue: %s/review\n", n.base)
	b.WriteString("\nYou get this because you review posts at the practice. Your notification address is on the Your account page.\n")
	subject := "posts wait for your review"
	for _, a := range fresh {
		if a.Kind == KindReviewOverdue {
			subject = "a post due soon waits for your review"
			break
		}
	}
	return n.compose([]string{to.Email}, subject, "review-"+to.Name+"-"+fresh[0].ID, now, b.String())
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
