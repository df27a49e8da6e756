package scheduler

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// lookBack is how far before an attempt's start the account's posts are
// searched, for clock skew between us and the platform.
const lookBack = time.Minute

// find looks for a post matching text on the account since started (less
// lookBack). existing is the remote id a Duplicate error named, if any: a
// post with that id counts as found.
func (s *Scheduler) find(ctx context.Context, ch channels.Channel, channel, text string, started time.Time, existing string) (post.Receipt, bool, error) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.opt.CallTimeout)
	defer cancel()
	recent, err := ch.Recent(ctx, started.Add(-lookBack))
	if err != nil {
		return post.Receipt{}, false, err
	}
	r, ok := match(recent, text, existing, nil)
	return r, ok, nil
}

var (
	urlPattern   = regexp.MustCompile(`https?://\S+`)
	escapePrefix = regexp.MustCompile(`\\([\\|{}@\[\]()<>#*_~])`)
)

// normalise makes a sent text and the platform's copy of it comparable: X
// rewrites every link to t.co, LinkedIn keeps the escapes of its commentary
// syntax, and platforms trim and fold whitespace.
func normalise(s string) string {
	s = urlPattern.ReplaceAllString(s, "<link>")
	s = escapePrefix.ReplaceAllString(s, "$1")
	return strings.Join(strings.Fields(s), " ")
}

// match returns the first receipt that is the post with id existing or
// whose text matches text, skipping remote ids already used for another
// delivery.
func match(recent []post.Receipt, text, existing string, used map[string]bool) (post.Receipt, bool) {
	want := normalise(text)
	for _, r := range recent {
		if used[r.RemoteID] {
			continue
		}
		if (existing != "" && r.RemoteID == existing) || normalise(r.Text) == want {
			return r, true
		}
	}
	return post.Receipt{}, false
}

// pendingAttempt is a delivery found publishing at start-up.
type pendingAttempt struct {
	postID    post.ID
	channel   string
	attemptID string
	started   time.Time
	text      string
}

// reconcile settles every delivery left publishing by a crash: found on the
// account → published with its id; not found, or the platform cannot tell →
// unknown with an alert. It never publishes.
func (s *Scheduler) reconcile(ctx context.Context) error {
	var todo []pendingAttempt
	err := s.db.View(ctx, func(tx *store.Tx) error {
		for _, st := range []post.Status{post.StatusPublishing, post.StatusHeld, post.StatusFailed, post.StatusUnknown} {
			posts, err := tx.PostsByStatus(st)
			if err != nil {
				return err
			}
			for _, p := range posts {
				for _, c := range p.Channels {
					if d := p.Deliveries[c]; d != nil && d.State == post.DeliveryPublishing {
						todo = append(todo, pendingAttempt{p.ID, c, d.AttemptID, d.AttemptStarted, p.TextFor(c)})
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("scheduler: reconcile: %w", err)
	}
	byChannel := map[string][]pendingAttempt{}
	for _, a := range todo {
		byChannel[a.channel] = append(byChannel[a.channel], a)
	}
	for channel, attempts := range byChannel {
		s.reconcileChannel(ctx, channel, attempts)
	}
	if len(todo) > 0 {
		s.log.Info("reconciled interrupted attempts", "count", len(todo))
	}
	return ctx.Err()
}

// reconcileChannel asks the account once for everything since the oldest
// interrupted attempt and matches each attempt against it.
func (s *Scheduler) reconcileChannel(ctx context.Context, channel string, attempts []pendingAttempt) {
	since := attempts[0].started
	for _, a := range attempts {
		if a.started.Before(since) {
			since = a.started
		}
	}
	var recent []post.Receipt
	var ferr error
	if ch, ok := s.opt.Channels[channel]; !ok {
		ferr = fmt.Errorf("the channel is not configured")
	} else {
		cctx, cancel := context.WithTimeout(ctx, s.opt.CallTimeout)
		recent, ferr = ch.Recent(cctx, since.Add(-lookBack))
		cancel()
	}
	used := map[string]bool{}
	for _, a := range attempts {
		log := s.log.With("post_id", a.postID, "channel", channel, "attempt_id", a.attemptID)
		c := &claim{post: &post.Post{ID: a.postID}, channel: channel, attemptID: a.attemptID, started: a.started}
		var oc outcome
		if r, ok := match(recent, a.text, "", used); ok && ferr == nil {
			used[r.RemoteID] = true
			oc = outcome{state: post.DeliveryPublished, receipt: r}
		} else {
			why := "it was not found on the account"
			if ferr != nil {
				why = "the platform could not be asked (" + reasonOf(ferr) + ")"
			}
			oc = outcome{state: post.DeliveryUnknown, alertKind: alert.KindOutcomeUnknown,
				reason: "practicepost stopped during the platform call and " + why + ": check the account by hand and mark it published or failed"}
		}
		if err := s.record(ctx, c, oc, log); err != nil {
			log.Error("reconcile not recorded", "error", err)
		}
	}
}
