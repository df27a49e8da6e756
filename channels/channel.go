// Package channels defines what practicepost asks of a social network: the
// Channel interface every adapter implements, and the error classes adapters
// use to tell the scheduler what went wrong. Adapters never retry; they
// classify, and the scheduler decides.
//
// One package per network lives below this one and registers what it is
// (a Kind: name, limits and counting, options, constructor, connect flow,
// reply rule) from its init function; channels/all imports every one, and
// the rest of practicepost reads the registry (Lookup, Kinds) instead of
// naming networks. channeltest is the conformance suite they all pass.
package channels

import (
	"context"
	"time"

	"github.com/practicepost/practicepost/post"
)

// Channel is one connected account on one network.
type Channel interface {
	// Publish posts p and returns the platform's receipt. A returned error
	// is an *Error (see Classify) whose Class tells the scheduler whether
	// to retry, stop the channel, or ask a person.
	Publish(ctx context.Context, p post.Outgoing) (post.Receipt, error)
	// Recent lists the account's own posts published since since, newest
	// first, with their text, for reconciling an attempt whose response was
	// lost.
	Recent(ctx context.Context, since time.Time) ([]post.Receipt, error)
	// Engagement returns one metrics snapshot per remote id it could read.
	Engagement(ctx context.Context, remoteIDs []string) ([]post.Metrics, error)
	// Comments returns comments and replies on remoteID made since since.
	Comments(ctx context.Context, remoteID string, since time.Time) ([]post.Comment, error)
	// Verify checks the credentials and says whose account they open and
	// when they expire.
	Verify(ctx context.Context) (post.Account, error)
}

// Limits is what a network allows in one post, for the checklist and the
// compose page.
type Limits struct {
	MaxChars  int    // in the network's own counting
	Counting  string // "twitter-text-v3", "utf16", "chars"
	MaxImages int
	// Fold is about how many characters the feed shows before "…see
	// more"; 0 when it shows the whole text.
	Fold int
	// ContentWarning says a post may carry a content warning, shown in
	// place of its text until a reader opens it (Mastodon): the compose
	// page offers the field and the checklist suggests one for health
	// topics. The warning counts toward MaxChars with the text.
	ContentWarning bool
	// Visibilities are who may see a post, in the network's words, that
	// the compose page offers per post; the first is the usual one. Empty:
	// the network offers no choice per post.
	Visibilities []string

	// NoPhoneInText: the network refuses a post whose text holds a phone
	// number (the checklist blocks it, PLAT-03). CallButton then says, in
	// words for staff, what dials the practice instead ("the channel's
	// CALL button (...)").
	NoPhoneInText bool
	CallButton    string
	// LinkButton, when set, says the network shows no link in a post's
	// text as a link: the post's one link goes in the button it names
	// ("LEARN MORE"), and the checklist says so (PLAT-04).
	LinkButton string
	// MaxHashtags and MaxMentions, when not 0, are how many #hashtags
	// and @tags the network takes in one post (Instagram: 30 and 20); the
	// checklist blocks more (PLAT-06).
	MaxHashtags, MaxMentions int
	// NeedsImage says the network takes no post without an image
	// (Instagram); the checklist blocks one (PLAT-07).
	NeedsImage bool
	// LinkTip, when set, says the network shows links in a post's text
	// as plain text, and is the checklist's suggestion for such a link
	// (PLAT-08), in words for staff.
	LinkTip string
}

// Manual is implemented by channels where no API posts for us (physician
// communities such as Sermo or Doximity): at the slot time the scheduler
// turns the delivery into a task for staff instead of calling Publish, and a
// person confirms it with the URL.
type Manual interface {
	Channel
	// Instructions tells staff where and how to post o by hand.
	Instructions(o post.Outgoing) string
}
