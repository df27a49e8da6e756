package x_test

import (
	"context"
	"sync"
)

// memStore is an in-memory SecretStore that records the order of saves.
type memStore struct {
	mu      sync.Mutex
	secrets map[string][]byte
	saves   []string
	failing bool
}

func newMemStore() *memStore { return &memStore{secrets: map[string][]byte{}} }

func (m *memStore) LoadSecret(_ context.Context, name string) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.secrets[name], nil
}

func (m *memStore) SaveSecret(_ context.Context, name string, value []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.failing {
		return errSaveFailed
	}
	m.secrets[name] = append([]byte(nil), value...)
	m.saves = append(m.saves, string(value))
	return nil
}

func (m *memStore) get(name string) []byte {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.secrets[name]
}

type saveError struct{}

func (saveError) Error() string { return "disk full" }

var errSaveFailed error = saveError{}
