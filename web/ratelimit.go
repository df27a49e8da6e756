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
//
// The counts live in an attemptLog: in memory when one process serves the
// store (bbolt), in the database when several replicas share it
// (SharedAttempts), so N replicas do not give an attacker N times the
// guesses.
type loginLimiter struct {
	log    attemptLog
	max    int
	window time.Duration
	now    func() time.Time
	// gates serialize this process's attempts on an account that is being
	// slowed; the delay itself comes from the shared count.
	mu    sync.Mutex
	gates map[string]chan struct{}
	// baseDelay and maxDelay bound the per-account slow-down.
	baseDelay, maxDelay time.Duration
	sleep               func(context.Context, time.Duration) error
}

// attemptLog keeps the times of the attempts counted against each key.
type attemptLog interface {
	// update runs fn on key's kept times (oldest first; it may hold times
	// older than the window) and keeps what fn returns, as one step for
	// every server sharing the log. window is how long a kept time
	// matters, so the log may forget key once its newest time is older.
	update(ctx context.Context, key string, window time.Duration, fn func([]time.Time) []time.Time) error
}

// SharedAttempts is a store several servers share that keeps sign-in
// attempts for all of them (store/postgres). LoginAttempts runs fn on the
// times kept for key, with every other server's call on key waiting, and
// keeps what fn returns (nothing: key is forgotten) until window after the
// newest of them.
type SharedAttempts interface {
	LoginAttempts(ctx context.Context, key string, window time.Duration, fn func([]time.Time) []time.Time) error
}

func newLoginLimiter(max int, window time.Duration, now func() time.Time, log attemptLog) *loginLimiter {
	return &loginLimiter{log: log, max: max, window: window, now: now,
		gates: map[string]chan struct{}{}, baseDelay: 250 * time.Millisecond, maxDelay: 10 * time.Second, sleep: sleepCtx}
}

// attemptsOf picks where a server over db keeps its counts.
func attemptsOf(db any, now func() time.Time) attemptLog {
	if s, ok := db.(SharedAttempts); ok {
		return sharedLog{s}
	}
	return &memLog{now: now, times: map[string][]time.Time{}}
}

// recent drops the times in fs that have aged out of the window.
func (l *loginLimiter) recent(fs []time.Time, now time.Time) []time.Time {
	i := 0
	for i < len(fs) && now.Sub(fs[i]) >= l.window {
		i++
	}
	return fs[i:]
}

// begin counts an attempt against key before it is checked, and reports
// whether key was still under its limit; if not, nothing is counted and
// wait says how long until the oldest counted attempt ages out.
func (l *loginLimiter) begin(ctx context.Context, key string) (ok bool, wait time.Duration, err error) {
	now := l.now()
	err = l.log.update(ctx, key, l.window, func(fs []time.Time) []time.Time {
		fs = l.recent(fs, now)
		if len(fs) >= l.max {
			wait = fs[0].Add(l.window).Sub(now)
			return fs
		}
		ok = true
		return append(fs, now)
	})
	return ok, wait, err
}

// undo takes back the attempt begin counted for key: it did not fail
// (signed in, or the store could not answer).
func (l *loginLimiter) undo(ctx context.Context, key string) error {
	return l.log.update(ctx, key, l.window, func(fs []time.Time) []time.Time {
		if len(fs) > 0 {
			return fs[:len(fs)-1]
		}
		return fs
	})
}

// fail counts a failed attempt against key.
func (l *loginLimiter) fail(ctx context.Context, key string) error {
	now := l.now()
	return l.log.update(ctx, key, l.window, func(fs []time.Time) []time.Time {
		return append(l.recent(fs, now), now)
	})
}

// succeed forgets the failures counted against key.
func (l *loginLimiter) succeed(ctx context.Context, key string) error {
	return l.log.update(ctx, key, l.window, func([]time.Time) []time.Time { return nil })
}

// delay is how long the next attempt on account key waits: zero below max
// recent failures, then baseDelay doubling per further failure.
func (l *loginLimiter) delay(ctx context.Context, key string) (time.Duration, error) {
	now := l.now()
	var n int
	err := l.log.update(ctx, key, l.window, func(fs []time.Time) []time.Time {
		fs = l.recent(fs, now)
		n = len(fs) - l.max
		return fs
	})
	if err != nil || n < 0 {
		return 0, err
	}
	d := l.baseDelay << min(n, 20)
	return min(d, l.maxDelay), nil
}

// slow waits its turn on account key while the account is being slowed,
// then its delay. The caller runs release once the attempt is decided.
// An error means ctx ended first (the client went away) or the count
// could not be read.
func (l *loginLimiter) slow(ctx context.Context, key string) (release func(), err error) {
	d, err := l.delay(ctx, key)
	if err != nil {
		return nil, err
	}
	if d == 0 {
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
	release = func() {
		<-gate
		l.mu.Lock()
		if len(gate) == 0 && l.gates[key] == gate {
			delete(l.gates, key) // bounds memory under a spray of names
		}
		l.mu.Unlock()
	}
	// Read again in turn: the attempts before this one may have added to it.
	if d, err = l.delay(ctx, key); err == nil {
		err = l.sleep(ctx, d)
	}
	if err != nil {
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

// memLog is the attempt log of a store one process serves.
type memLog struct {
	now   func() time.Time
	mu    sync.Mutex
	times map[string][]time.Time
}

func (m *memLog) update(_ context.Context, key string, window time.Duration, fn func([]time.Time) []time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	fs := fn(m.times[key])
	if len(fs) == 0 {
		delete(m.times, key)
		return nil
	}
	m.times[key] = fs
	if len(m.times) > 10000 {
		m.trim(m.now(), window)
	}
	return nil
}

// trim bounds memory under a spray of names or addresses: it forgets the
// keys whose newest time has aged out.
func (m *memLog) trim(now time.Time, window time.Duration) {
	for k, fs := range m.times {
		if now.Sub(fs[len(fs)-1]) >= window {
			delete(m.times, k)
		}
	}
}

// sharedLog keeps the counts in a store shared by several servers.
type sharedLog struct{ s SharedAttempts }

func (s sharedLog) update(ctx context.Context, key string, window time.Duration, fn func([]time.Time) []time.Time) error {
	return s.s.LoginAttempts(ctx, key, window, fn)
}
