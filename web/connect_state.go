package web

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/store"
)

// connectTTL is how long a "connect" round trip to a platform may take.
const connectTTL = 10 * time.Minute

// maxPendingConnects bounds the pending flows kept; an admin starts a
// handful at most, so a flood is refused rather than stored.
const maxPendingConnects = 64

// pendingPrefix names the pending flows among the store's secrets.
const pendingPrefix = "connect/pending/"

// pendingConnect is one started OAuth flow, kept in the store (encrypted,
// as a secret) so a daemon restart mid-connect does not break it: the PKCE
// verifier never leaves the server, and state ties the callback to the
// session that started the flow.
type pendingConnect struct {
	Channel  string    `json:"channel"`
	Kind     string    `json:"kind"`
	Session  string    `json:"session"` // the starting session's CSRF token: unique per session
	Verifier string    `json:"verifier"`
	Expires  time.Time `json:"expires"`
	// Pending and Choices are set while the admin picks what the channel
	// posts to (channels.Chooser): what the network's Connect handed
	// back, refresh token included, kept here encrypted, never sent to
	// the browser.
	Pending []byte            `json:"pending,omitempty"`
	Choices []channels.Choice `json:"choices,omitempty"`
}

// connectStates holds pending flows by their random state. The store keys
// them by the state's hash, so a copy of the database does not hold
// usable states.
type connectStates struct {
	db store.Secrets
	mu sync.Mutex // one put at a time, so the bound holds
}

func pendingName(state string) string {
	sum := sha256.Sum256([]byte(state))
	return pendingPrefix + hex.EncodeToString(sum[:])
}

// put stores p under a fresh random state and returns the state, or ""
// when too many flows are pending. Expired flows are dropped first.
func (c *connectStates) put(ctx context.Context, p pendingConnect, now time.Time) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	names, err := c.db.SecretNames(ctx, pendingPrefix)
	if err != nil {
		return "", fmt.Errorf("web: pending connects: %w", err)
	}
	live := 0
	for _, name := range names {
		var q pendingConnect
		b, err := c.db.LoadSecret(ctx, name)
		if err == nil && json.Unmarshal(b, &q) == nil && now.Before(q.Expires) {
			live++
			continue
		}
		if err := c.db.DeleteSecret(ctx, name); err != nil {
			return "", fmt.Errorf("web: pending connects: %w", err)
		}
	}
	if live >= maxPendingConnects {
		return "", nil
	}
	state := newToken()
	p.Expires = now.Add(connectTTL)
	b, err := json.Marshal(p)
	if err != nil {
		return "", fmt.Errorf("web: pending connects: %w", err)
	}
	if err := c.db.SaveSecret(ctx, pendingName(state), b); err != nil {
		return "", fmt.Errorf("web: pending connects: %w", err)
	}
	return state, nil
}

// take removes and returns the flow of state if it exists, has not expired
// and was started by session for kind. A state is used once, whatever the
// outcome, so a leaked callback URL cannot be replayed.
func (c *connectStates) take(ctx context.Context, state, session, kind string, now time.Time) (pendingConnect, bool, error) {
	if state == "" {
		return pendingConnect{}, false, nil
	}
	b, err := c.db.TakeSecret(ctx, pendingName(state))
	if err != nil {
		return pendingConnect{}, false, fmt.Errorf("web: pending connects: %w", err)
	}
	var p pendingConnect
	if b == nil || json.Unmarshal(b, &p) != nil {
		return pendingConnect{}, false, nil
	}
	if session == "" || p.Session != session || p.Kind != kind || !now.Before(p.Expires) {
		return pendingConnect{}, false, nil
	}
	return p, true, nil
}
