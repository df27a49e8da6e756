package web

import (
	"sync"
	"time"
)

// connectTTL is how long a "connect" round trip to a platform may take.
const connectTTL = 10 * time.Minute

// maxPendingConnects bounds the pending flows kept in memory; an admin
// starts a handful at most, so a flood is refused rather than stored.
const maxPendingConnects = 64

// pendingConnect is one started OAuth flow, kept on the server: the PKCE
// verifier never leaves it, and state ties the callback to the session
// that started the flow.
type pendingConnect struct {
	channel  string
	kind     string
	session  string // the starting session's CSRF token: unique per session
	verifier string // X only
	expires  time.Time
}

// connectStates holds pending flows by their random state.
type connectStates struct {
	mu      sync.Mutex
	pending map[string]pendingConnect
}

// put stores p under a fresh random state and returns the state, or ""
// when too many flows are pending.
func (c *connectStates) put(p pendingConnect, now time.Time) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pending == nil {
		c.pending = map[string]pendingConnect{}
	}
	for st, q := range c.pending {
		if !now.Before(q.expires) {
			delete(c.pending, st)
		}
	}
	if len(c.pending) >= maxPendingConnects {
		return ""
	}
	state := newToken()
	p.expires = now.Add(connectTTL)
	c.pending[state] = p
	return state
}

// take removes and returns the flow of state if it exists, has not expired
// and was started by session. A state is used once, whatever the outcome,
// so a leaked callback URL cannot be replayed.
func (c *connectStates) take(state, session, kind string, now time.Time) (pendingConnect, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.pending[state]
	if !ok {
		return pendingConnect{}, false
	}
	delete(c.pending, state)
	if session == "" || p.session != session || p.kind != kind || !now.Before(p.expires) {
		return pendingConnect{}, false
	}
	return p, true
}
