package web

import (
	"sync"
	"time"
)

// loginLimiter refuses sign-in attempts after max failures within window,
// counted per client address and per user name, so neither guessing one
// user's password from many places nor many users' from one place works.
type loginLimiter struct {
	mu       sync.Mutex
	max      int
	window   time.Duration
	now      func() time.Time
	failures map[string][]time.Time
}

func newLoginLimiter(max int, window time.Duration, now func() time.Time) *loginLimiter {
	return &loginLimiter{max: max, window: window, now: now, failures: map[string][]time.Time{}}
}

// allowed reports whether every key is under its limit, and if not how
// long until the oldest counted failure ages out.
func (l *loginLimiter) allowed(keys ...string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	for _, k := range keys {
		fs := l.recent(k, now)
		if len(fs) >= l.max {
			return false, fs[0].Add(l.window).Sub(now)
		}
	}
	return true, 0
}

// fail counts a failed attempt against every key.
func (l *loginLimiter) fail(keys ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	for _, k := range keys {
		l.failures[k] = append(l.recent(k, now), now)
	}
	if len(l.failures) > 10000 { // bound memory under a spray of names
		for k := range l.failures {
			if len(l.recent(k, now)) == 0 {
				delete(l.failures, k)
			}
		}
	}
}

// succeed forgets the failures of a user who signed in.
func (l *loginLimiter) succeed(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.failures, key)
}

func (l *loginLimiter) recent(k string, now time.Time) []time.Time {
	fs := l.failures[k]
	i := 0
	for i < len(fs) && now.Sub(fs[i]) >= l.window {
		i++
	}
	fs = fs[i:]
	l.failures[k] = fs
	return fs
}
