package postgres

import (
	"context"
	"testing"
)

// TestMarksLetGoOnRelease: when `practicepost migrate` or init is done
// with the database (Exclusive's release), a daemon started right after
// must be able to take its serving mark, and the other way round. Closing
// the holding connection alone returns before the server has ended that
// session and let go of its locks, so on a busy machine the next one was
// refused for a lock nobody held any more (TestInitOnPostgres's daemon,
// started just after an init, failed so in a CI rehearsal). Each pair is
// tried many times: the race is short.
func TestMarksLetGoOnRelease(t *testing.T) {
	open, _, _ := openTest(t, fixedClock)
	a, b := open(t), open(t)
	t.Cleanup(func() { a.Close(); b.Close() })
	type take func(db *DB, ctx context.Context) (func(), error)
	exclusive := func(db *DB, ctx context.Context) (func(), error) { return db.Exclusive(ctx) }
	serving := func(db *DB, ctx context.Context) (func(), error) { return db.HoldServing(ctx) }
	tests := []struct {
		name        string
		first, then take
	}{
		{"a daemon after a migration", exclusive, serving},
		{"a migration after a daemon", serving, exclusive},
		{"a migration after a migration", exclusive, exclusive},
	}
	const tries = 50
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := t.Context()
			for i := range tries {
				release, err := tc.first(a, ctx)
				if err != nil {
					t.Fatalf("try %d: the first take: %v", i, err)
				}
				release()
				again, err := tc.then(b, ctx)
				if err != nil {
					t.Fatalf("try %d of %d: taken right after the release: %v", i+1, tries, err)
				}
				again()
			}
		})
	}
}
