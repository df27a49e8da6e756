package channeltest

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"time"
)

// FakeServer is the part every fake platform shares: the local HTTP server
// the adapter under test calls, the injected faults and lost answers
// (FaultQueue), the switch that revokes the fake's token, and the clock. A
// fake embeds it and starts it from its New:
//
//	s := &Server{...}
//	s.Start(s.serve)
//
// Its methods give the fake URL, Close, Fail, LoseResponses, Lost,
// ExpireToken and SetClock; the fake's Reset calls ResetShared. It has its
// own locks, so a fake may call it with its own lock held.
type FakeServer struct {
	FaultQueue // Fail, LoseResponses, Lost

	srv       *httptest.Server
	done      chan struct{}
	closeOnce sync.Once

	mu      sync.Mutex
	now     func() time.Time
	expired bool
}

// Start serves h on a local address until Close.
func (b *FakeServer) Start(h http.HandlerFunc) {
	b.done = make(chan struct{})
	b.srv = httptest.NewServer(h)
}

// URL is the base URL to hand the adapter (no trailing slash).
func (b *FakeServer) URL() string { return b.srv.URL }

// Close stops the server, releasing requests held by Hang first (so the
// server does not wait for clients that never give up).
func (b *FakeServer) Close() {
	b.closeOnce.Do(func() { close(b.done) })
	b.srv.Close()
}

// Hang holds a request without answering until the client gives up (its
// context ends) or the fake is closed: FaultTimeout, or an answer that
// never comes after the platform acted.
func (b *FakeServer) Hang(r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-b.done:
	}
}

// ExpireToken makes the fake's token expired or revoked: every later call
// answers as the platform does for one (each fake says how), until Reset.
func (b *FakeServer) ExpireToken() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.expired = true
}

// TokenExpired reports whether ExpireToken was called since the last reset.
func (b *FakeServer) TokenExpired() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.expired
}

// SetClock replaces the fake's clock (time.Now by default).
func (b *FakeServer) SetClock(now func() time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.now = now
}

// Now is the fake's clock.
func (b *FakeServer) Now() time.Time {
	b.mu.Lock()
	now := b.now
	b.mu.Unlock()
	if now == nil {
		return time.Now()
	}
	return now()
}

// ResetShared forgets faults, lost answers and the token's expiry; the
// clock stays.
func (b *FakeServer) ResetShared() {
	b.ResetFaults()
	b.mu.Lock()
	defer b.mu.Unlock()
	b.expired = false
}

// BearerValid reports whether the request's Bearer token is one of valid
// and ExpireToken was not called: the whole check of a platform that
// answers every bad token alike.
func (b *FakeServer) BearerValid(r *http.Request, valid ...string) bool {
	token, ok := BearerToken(r)
	return ok && slices.Contains(valid, token) && !b.TokenExpired()
}

// BearerToken is the token of an "Authorization: Bearer …" header, and
// false when the request carries none.
func BearerToken(r *http.Request) (string, bool) {
	return strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// DropAnswer closes the request's connection without an answer, as a
// network failure after the platform acted would. Nothing may have been
// written yet.
func DropAnswer(w http.ResponseWriter) {
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		// Cannot hijack (HTTP/2): an aborted handler drops it too.
		panic(http.ErrAbortHandler)
	}
	_ = conn.Close() // dropping the answer is the point
}
