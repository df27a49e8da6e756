package web

import (
	"context"
	"sync"
	"time"
)

// loginLimiter guards sign-in in two ways.
//
// Per client address (the real client, see Server.clientIP): max attempts
// that failed within window, then that address is refused until the oldest
// ages out. The attempt is counted before the password is compared, so
// guesses sent all at once cannot outrun the count.
//
// Per account: failures from anywhere slow that account down instead of
// locking it: past max recent failures, attempts on it are taken one at a
// time, each after a delay that doubles with every further failure (capped
// at maxDelay). Five bad guesses for admin used to lock admin out
// everywhere; now the right password still signs in, a little later.
type loginLimiter struct {
	mu       sync.Mutex
	max      int
	window   time.Duration
	now      func() time.Time
	failures map[string][]time.Time
	// gates serialize attempts on an account that is being slowed.
	gates map[string]chan struct{}
	// baseDelay and maxDelay bound the per-account slow-down.
	baseDelay, maxDelay time.Duration
	sleep               func(context.Context, time.Duration) error
}

func newLoginLimiter(max int, window time.Duration, now func() time.Time) *loginLimiter {
	return &loginLimiter{max: max, window: window, now: now, failures: map[string][]time.Time{},
		gates: map[string]chan struct{}{}, baseDelay: 250 * time.Millisecond, maxDelay: 10 * time.Second, sleep: sleepCtx}
}

// begin counts an attempt against key before it is checked, and reports
// whether key was still under its limit; if not, nothing is counted and
// wait says how long until the oldest counted attempt ages out.
func (l *loginLimiter) begin(key string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	fs := l.recent(key, now)
	if len(fs) >= l.max {
		return false, fs[0].Add(l.window).Sub(now)
	}
	l.failures[key] = append(fs, now)
	l.trim(now)
	return true, 0
}

// undo takes back the attempt begin counted for key: it did not fail
// (signed in, or the store could not answer).
func (l *loginLimiter) undo(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if fs := l.failures[key]; len(fs) > 0 {
		l.failures[key] = fs[:len(fs)-1]
	}
}

// fail counts a failed attempt against key.
func (l *loginLimiter) fail(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	l.failures[key] = append(l.recent(key, now), now)
	l.trim(now)
}

// succeed forgets the failures counted against key.
func (l *loginLimiter) succeed(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.failures, key)
}

// delay is how long the next attempt on account key waits: zero below max
// recent failures, then baseDelay doubling per further failure.
func (l *loginLimiter) delay(key string) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := len(l.recent(key, l.now())) - l.max
	if n < 0 {
		return 0
	}
	d := l.baseDelay << min(n, 20)
	return min(d, l.maxDelay)
}

// slow waits its turn on account key while the account is being slowed,
// then its delay. The caller runs release once the attempt is decided.
// An error means ctx ended first (the client went away).
func (l *loginLimiter) slow(ctx context.Context, key string) (release func(), err error) {
	if l.delay(key) == 0 {
		return func() {}, nil
	}
	l.mu.Lock()
	gate := l.gates[key]
	if gate == nil {
		gate = make(chan struct{}, 1)
		l.gates[key] = gate
	}
	l.mu.Unlock()
	select {
	case gate <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release = func() { <-gate }
	// Read again in turn: the attempts before this one may have added to it.
	if err := l.sleep(ctx, l.delay(key)); err != nil {
		release()
		return nil, err
	}
	return release, nil
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (l *loginLimiter) recent(k string, now time.Time) []time.Time {
	fs := l.failures[k]
	i := 0
	for i < len(fs) && now.Sub(fs[i]) >= l.window {
		i++
	}
	fs = fs[i:]
	if len(fs) == 0 {
		delete(l.failures, k)
		return nil
	}
	l.failures[k] = fs
	return fs
}

// trim bounds memory under a spray of names or addresses.
func (l *loginLimiter) trim(now time.Time) {
	if len(l.failures) <= 10000 {
		return
	}
	for k := range l.failures {
		l.recent(k, now)
	}
	for k, g := range l.gates {
		if len(g) == 0 && len(l.failures[k]) == 0 {
			delete(l.gates, k)
		}
	}
}
