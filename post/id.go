package post

import (
	"crypto/rand"
	"sync"
	"time"

	"github.com/oklog/ulid/v2"
)

// ID identifies a post, a review, an authorization or an audit entry. IDs are
// ULIDs: 26 characters, and sorting them as strings sorts them by creation
// time, which keeps bbolt keys in calendar order.
type ID = string

var (
	entropyMu sync.Mutex
	// Monotonic entropy keeps IDs made in the same millisecond ordered.
	entropy = ulid.Monotonic(rand.Reader, 0)
)

// NewID returns a new ULID for an object created at t.
func NewID(t time.Time) ID {
	entropyMu.Lock()
	defer entropyMu.Unlock()
	return ulid.MustNew(ulid.Timestamp(t), entropy).String()
}

// ValidID reports whether s is a well-formed ULID.
func ValidID(s string) bool {
	_, err := ulid.ParseStrict(s)
	return err == nil
}
