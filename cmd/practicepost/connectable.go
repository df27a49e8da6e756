package main

import (
	"bytes"
	"context"
	"sync"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// connectable is a channel whose token an admin may replace from the web
// UI at any time (the connect flows store it, encrypted, under secret).
// Before each call it reads the stored token — one bbolt read — and
// rebuilds the adapter when the token changed, so a reconnected channel
// works without restarting the daemon.
type connectable struct {
	db     *store.DB
	secret string
	build  func(stored []byte) (channels.Channel, error)

	mu   sync.Mutex
	last []byte
	cur  channels.Channel
}

func newConnectable(db *store.DB, secret string, build func([]byte) (channels.Channel, error)) (*connectable, error) {
	c := &connectable{db: db, secret: secret, build: build}
	// Build once now, so a bad config (not a missing token) fails at start.
	if _, err := c.current(context.Background()); err != nil {
		var ce *channels.Error
		if !asChannelError(err, &ce) {
			return nil, err
		}
	}
	return c, nil
}

func (c *connectable) current(ctx context.Context) (channels.Channel, error) {
	stored, err := c.db.LoadSecret(ctx, c.secret)
	if err != nil {
		return nil, channels.Errorf(channels.Retryable, "reading the channel's stored token: %v", err)
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

func (c *connectable) Publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	ch, err := c.current(ctx)
	if err != nil {
		return post.Receipt{}, err
	}
	return ch.Publish(ctx, o)
}

func (c *connectable) Recent(ctx context.Context, since time.Time) ([]post.Receipt, error) {
	ch, err := c.current(ctx)
	if err != nil {
		return nil, err
	}
	return ch.Recent(ctx, since)
}

func (c *connectable) Engagement(ctx context.Context, ids []string) ([]post.Metrics, error) {
	ch, err := c.current(ctx)
	if err != nil {
		return nil, err
	}
	return ch.Engagement(ctx, ids)
}

func (c *connectable) Comments(ctx context.Context, id string, since time.Time) ([]post.Comment, error) {
	ch, err := c.current(ctx)
	if err != nil {
		return nil, err
	}
	return ch.Comments(ctx, id, since)
}

func (c *connectable) Verify(ctx context.Context) (post.Account, error) {
	ch, err := c.current(ctx)
	if err != nil {
		return post.Account{}, err
	}
	return ch.Verify(ctx)
}

// HasToken says whether the channel has a token, stored by the web UI's
// connect flow or given in the config; the Channels page shows "Not
// connected" otherwise.
func (c *connectable) HasToken(ctx context.Context) (bool, error) {
	ch, err := c.current(ctx)
	if err != nil {
		var ce *channels.Error
		if asChannelError(err, &ce) && ce.Class == channels.AuthExpired {
			return true, nil // a token is there, unreadable: reconnect, not connect
		}
		return false, err
	}
	_, missing := ch.(notConnected)
	return !missing, nil
}
