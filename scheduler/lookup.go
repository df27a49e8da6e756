package scheduler

import (
	"context"
	"regexp"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// lookBack is how far before an attempt's start the account's posts are
// searched, for clock skew between us and the platform.
const lookBack = time.Minute

// completeBelow: a list of recent posts shorter than this came back whole.
// Adapters stop at a short page and cap the pages they read — at 5 pages
// of 50 (LinkedIn) to 100 posts (X, Facebook) — so only a list of 250 or
// more may have lost its oldest end.
const completeBelow = 250

// coverSkew is how far before an attempt's start a listed post must be for
// a long list to prove it reaches back past the attempt, allowing for the
// platform's clock running behind ours.
const coverSkew = 10 * time.Second

// find looks for a post matching text on the account since started (less
// lookBack). existing is the remote id a Duplicate error named, if any: a
// post with that id counts as found.
func (s *Scheduler) find(ctx context.Context, channel string, ch channels.Channel, text string, started time.Time, existing string) (post.Receipt, bool, error) {
	recent, err := s.recentSince(ctx, channel, ch, started.Add(-lookBack))
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

// covers reports whether recent, a list read since before started, surely
// includes everything the account published from started on, so that a
// post missing from it was never published. A short list is whole; a long
// one may have been cut at the adapter's page cap (newest first), and then
// only a listed post from before started proves it reaches back far enough.
func covers(recent []post.Receipt, started time.Time) bool {
	if len(recent) < completeBelow {
		return true
	}
	edge := started.Add(-coverSkew)
	for _, r := range recent {
		if !r.PublishedAt.IsZero() && !r.PublishedAt.After(edge) {
			return true
		}
	}
	return false
}
