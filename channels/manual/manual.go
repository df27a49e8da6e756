// Package manual is the channel for networks with no posting API
// (physician communities such as Sermo, Doximity, Doc2Doc, allnurses). It
// never pretends to publish: Publish refuses, and the scheduler turns the
// slot into a task for staff, who post by hand using Instructions and
// confirm with the URL.
package manual

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// Config is a manual channel's settings.
type Config struct {
	ID      string
	Network string // e.g. "Doximity"
	URL     string // where staff post, e.g. the community's new-post page
}

// Channel is a network posted by hand.
type Channel struct{ cfg Config }

// New checks cfg and returns the channel.
func New(cfg Config) (*Channel, error) {
	switch {
	case cfg.ID == "":
		return nil, errors.New("manual: config: the channel needs an id")
	case strings.TrimSpace(cfg.Network) == "":
		return nil, fmt.Errorf("manual: config: channel %s: name the network (e.g. Doximity)", cfg.ID)
	}
	if cfg.URL != "" {
		if u, err := url.Parse(cfg.URL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return nil, fmt.Errorf("manual: config: channel %s: url %q is not an http(s) address", cfg.ID, cfg.URL)
		}
	}
	return &Channel{cfg: cfg}, nil
}

// Publish always refuses: nothing can post to this network for us.
func (c *Channel) Publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	return post.Receipt{}, fmt.Errorf("manual: publish: %w", channels.Errorf(channels.Permanent,
		"%s is posted by hand: staff post it and confirm with the link", c.cfg.Network))
}

// Instructions tells staff where and how to post o.
func (c *Channel) Instructions(o post.Outgoing) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Post this on %s by hand", c.cfg.Network)
	if c.cfg.URL != "" {
		fmt.Fprintf(&b, " at %s", c.cfg.URL)
	}
	b.WriteString(", copying the text exactly as approved")
	if n := len(o.Media); n > 0 {
		fmt.Fprintf(&b, " with its %d image(s)", n)
	}
	if o.Link != "" {
		fmt.Fprintf(&b, " and the link %s", o.Link)
	}
	b.WriteString(". Then paste the address of the new post here to mark it published.")
	return b.String()
}

// Recent returns nothing: there is no API to read the account.
func (c *Channel) Recent(ctx context.Context, since time.Time) ([]post.Receipt, error) {
	return nil, nil
}

// Engagement returns nothing: figures are not available.
func (c *Channel) Engagement(ctx context.Context, remoteIDs []string) ([]post.Metrics, error) {
	return nil, nil
}

// Comments returns nothing: replies are read on the network itself.
func (c *Channel) Comments(ctx context.Context, remoteID string, since time.Time) ([]post.Comment, error) {
	return nil, nil
}

// Verify names the network; there are no credentials to check.
func (c *Channel) Verify(ctx context.Context) (post.Account, error) {
	return post.Account{ID: c.cfg.ID, Name: c.cfg.Network, URL: c.cfg.URL}, nil
}

// Interface guard.
var _ channels.Manual = (*Channel)(nil)
