package channeltest

import (
	"bytes"
	"context"
	"math/rand/v2"
	"sync"
)

// FaultQueue is the fault state a fake keeps for Fake.Fail and
// Fake.LoseResponses. A fake embeds it and calls Next once per publishing
// request. It has its own lock and is safe for concurrent use.
type FaultQueue struct {
	mu     sync.Mutex
	faults []Fault
	loseP  float64
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
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.faults) > 0 {
		f := q.faults[0]
		q.faults = q.faults[1:]
		return &f, false
	}
	return nil, q.loseP > 0 && rand.Float64() < q.loseP
}

// ResetFaults forgets pending faults and the chance of losing answers.
func (q *FaultQueue) ResetFaults() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.faults, q.loseP = nil, 0
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
