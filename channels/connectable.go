package channels

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"time"

	"github.com/practicepost/practicepost/post"
)

// Connectable is a channel whose token an admin may replace from the web
// UI at any time (the kind's Connector stores it, encrypted, under its
// SecretName). Before each call it reads the stored token — one read of
// the secret store — and rebuilds the adapter when the token changed, so a
// reconnected channel works without restarting the daemon.
type Connectable struct {
	secrets SecretStore
	secret  string
	build   func(stored []byte) (Channel, error)

	mu   sync.Mutex
	last []byte
	cur  Channel
}

// NewConnectable returns the channel kept under secret. build makes the
// adapter from the stored token (nil when none is stored: build falls back
// to the config's token, or returns NotConnected). It is called once now,
// so a bad config (not a missing token) fails at start.
func NewConnectable(ctx context.Context, secrets SecretStore, secret string, build func(stored []byte) (Channel, error)) (*Connectable, error) {
	if secrets == nil {
		return nil, errors.New("channels: a connectable channel needs a secret store")
	}
	c := &Connectable{secrets: secrets, secret: secret, build: build}
	if _, err := c.current(ctx); err != nil {
		var ce *Error
		if !errors.As(err, &ce) {
			return nil, err
		}
	}
	return c, nil
}

func (c *Connectable) current(ctx context.Context) (Channel, error) {
	stored, err := c.secrets.LoadSecret(ctx, c.secret)
	if err != nil {
		return nil, Errorf(Retryable, "reading the channel's stored token: %v", err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cur != nil && bytes.Equal(stored, c.last) {
		return c.cur, nil
	}
	ch, err := c.build(stored)
	if err != nil {
		return nil, err
	}
	c.cur, c.last = ch, stored
	return ch, nil
}

// Current returns the adapter built from the token stored now (or
// NotConnected's stand-in), so a kind can reach what its own adapter offers
// beyond Channel (channels.Reviewer, channels.Moderated).
func (c *Connectable) Current(ctx context.Context) (Channel, error) { return c.current(ctx) }

// Publish implements Channel.
func (c *Connectable) Publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	ch, err := c.current(ctx)
	if err != nil {
		return post.Receipt{}, err
	}
	return ch.Publish(ctx, o)
}

// Recent implements Channel.
func (c *Connectable) Recent(ctx context.Context, since time.Time) ([]post.Receipt, error) {
	ch, err := c.current(ctx)
	if err != nil {
		return nil, err
	}
	return ch.Recent(ctx, since)
}

// Engagement implements Channel.
func (c *Connectable) Engagement(ctx context.Context, ids []string) ([]post.Metrics, error) {
	ch, err := c.current(ctx)
	if err != nil {
		return nil, err
	}
	return ch.Engagement(ctx, ids)
}

// Comments implements Channel.
func (c *Connectable) Comments(ctx context.Context, id string, since time.Time) ([]post.Comment, error) {
	ch, err := c.current(ctx)
	if err != nil {
		return nil, err
	}
	return ch.Comments(ctx, id, since)
}

// Verify implements Channel.
func (c *Connectable) Verify(ctx context.Context) (post.Account, error) {
	ch, err := c.current(ctx)
	if err != nil {
		return post.Account{}, err
	}
	return ch.Verify(ctx)
}

// HasToken says whether the channel has a token, stored by the web UI's
// connect flow or given in the config; the Channels page shows "Not
// connected" otherwise.
func (c *Connectable) HasToken(ctx context.Context) (bool, error) {
	ch, err := c.current(ctx)
	if err != nil {
		var ce *Error
		if errors.As(err, &ce) && ce.Class == AuthExpired {
			return true, nil // a token is there, unreadable: reconnect, not connect
		}
		return false, err
	}
	_, missing := ch.(notConnected)
	return !missing, nil
}

// NotConnected stands for a channel whose account an admin has not yet
// connected from the web UI: every call fails as an expired login would, so
// the scheduler pauses the channel and raises an alert instead of losing
// posts, and the channels page shows what to do. what names the account
// ("Facebook Page").
func NotConnected(id, what string) Channel { return notConnected{id: id, network: what} }

type notConnected struct{ id, network string }

func (n notConnected) err() error {
	return Errorf(AuthExpired, "the %s of channel %s is not connected yet: an admin connects it on the Channels page", n.network, n.id)
}

func (n notConnected) Publish(context.Context, post.Outgoing) (post.Receipt, error) {
	return post.Receipt{}, n.err()
}

func (n notConnected) Recent(context.Context, time.Time) ([]post.Receipt, error) { return nil, n.err() }

func (n notConnected) Engagement(context.Context, []string) ([]post.Metrics, error) {
	return nil, n.err()
}

func (n notConnected) Comments(context.Context, string, time.Time) ([]post.Comment, error) {
	return nil, n.err()
}

func (n notConnected) Verify(context.Context) (post.Account, error) { return post.Account{}, n.err() }
