package channeltest

import (
	"bytes"
	"context"
	"math/rand/v2"
	"slices"
	"sync"
)

// FaultQueue is the fault state a fake keeps for Fake.Fail and
// Fake.LoseResponses. A fake embeds it (FakeServer does) and calls Next once
// per publishing request, or TakeFault and, once the request took effect,
// LoseAnswer. It has its own lock and is safe for concurrent use.
type FaultQueue struct {
	mu     sync.Mutex
	faults []Fault
	loseP  float64
	lost   int
}

// Fail makes the next `next` publishing requests fail with f.
func (q *FaultQueue) Fail(next int, f Fault) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for range next {
		q.faults = append(q.faults, f)
	}
}

// LoseResponses makes a publishing request take effect and then lose its
// answer, with probability p (0..1).
func (q *FaultQueue) LoseResponses(p float64) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.loseP = p
}

// Next takes the fault for one publishing request (nil when none is
// pending) and, when there is none, decides whether its answer is lost.
func (q *FaultQueue) Next() (fault *Fault, lose bool) {
	if f := q.TakeFault(); f != nil {
		return f, false
	}
	return nil, q.LoseAnswer()
}

// TakeFault takes the fault pending for one publishing request, nil when
// none is.
func (q *FaultQueue) TakeFault() *Fault {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.faults) == 0 {
		return nil
	}
	f := q.faults[0]
	q.faults = q.faults[1:]
	return &f
}

// LoseAnswer decides whether a request that took effect loses its answer,
// and counts it when it does. A fake asks only for requests that took
// effect (a refused duplicate loses nothing), so Lost is exact.
func (q *FaultQueue) LoseAnswer() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	lose := q.loseP > 0 && rand.Float64() < q.loseP
	if lose {
		q.lost++
	}
	return lose
}

// Lost says how many answers LoseResponses dropped since the last reset.
func (q *FaultQueue) Lost() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.lost
}

// ResetFaults forgets pending faults, the chance of losing answers and the
// count of lost ones.
func (q *FaultQueue) ResetFaults() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.faults, q.loseP, q.lost = nil, 0, 0
}

// Find returns the first element of list that match accepts, or nil: how
// a fake looks up one of its posts by id.
func Find[T any](list []*T, match func(*T) bool) *T {
	if i := slices.IndexFunc(list, match); i >= 0 {
		return list[i]
	}
	return nil
}

// AcceptedOf is what a fake reports through Fake.Accepted: each of its
// posts, oldest first, as accepted says it was accepted. Callers hold the
// fake's lock.
func AcceptedOf[T any](posts []*T, accepted func(*T) Accepted) []Accepted {
	out := make([]Accepted, len(posts))
	for i, p := range posts {
		out[i] = accepted(p)
	}
	return out
}

// Figure is n as a post.Metrics figure.
func Figure(n int64) *int64 { return &n }

// OrZero is a copy of the figure p, or zero when p is nil: what a network
// that serves every figure reports for one nobody set.
func OrZero(p *int64) *int64 {
	if p == nil {
		return Figure(0)
	}
	return Figure(*p)
}

// LogBuffer collects the log output of adapters running concurrently, for
// Opt.Logs.
type LogBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *LogBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns everything written so far.
func (b *LogBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// Secrets is a channels.SecretStore in memory, for tests of connect flows
// and of adapters that store what they rotate. The zero value is ready.
type Secrets struct {
	mu sync.Mutex
	m  map[string][]byte
}

// LoadSecret implements channels.SecretStore: nil, nil when absent.
func (s *Secrets) LoadSecret(_ context.Context, name string) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[name], nil
}

// SaveSecret implements channels.SecretStore.
func (s *Secrets) SaveSecret(_ context.Context, name string, v []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[string][]byte{}
	}
	s.m[name] = append([]byte(nil), v...)
	return nil
}
