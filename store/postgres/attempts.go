package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// sweepEvery is how often a replica deletes the sign-in counts that have
// expired: often enough that a spray of made-up names or addresses leaves
// at most a window's and a minute's rows behind.
const sweepEvery = time.Minute

// LoginAttempts (web.SharedAttempts) keeps the sign-in limiter's counts
// for every replica on the database: it runs fn on the attempt times kept
// for key and keeps what fn returns until window after the newest, or
// forgets key when fn returns none. The upsert that reads the row locks
// it, so another replica's call on the same key waits for this one to
// commit and a burst of guesses spread over replicas is counted one at a
// time. Like Keep it needs neither the write lock nor an audit entry: the
// counts are not practice records (a failed sign-in is audited by the
// calendar), and are not in a dump or copied by migrate.
func (db *DB) LoginAttempts(ctx context.Context, key string, window time.Duration, fn func([]time.Time) []time.Time) error {
	if db.readOnly {
		return errors.New("store: the database was opened read-only")
	}
	now := db.now()
	tx, err := db.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.ReadCommitted})
	if err != nil {
		return fmt.Errorf("store: sign-in counts: begin: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx)) //nolint:errcheck // a no-op after Commit
	var times []time.Time
	if err := tx.QueryRow(ctx, `INSERT INTO login_attempts AS a (key, times, expires) VALUES ($1, '{}', $2)
ON CONFLICT (key) DO UPDATE SET expires = a.expires RETURNING a.times`, key, now.Add(window)).Scan(&times); err != nil {
		return fmt.Errorf("store: sign-in counts: %w", err)
	}
	keep := fn(times)
	if len(keep) == 0 {
		_, err = tx.Exec(ctx, `DELETE FROM login_attempts WHERE key = $1`, key)
	} else {
		_, err = tx.Exec(ctx, `UPDATE login_attempts SET times = $2, expires = $3 WHERE key = $1`, key, keep, keep[len(keep)-1].Add(window))
	}
	if err != nil {
		return fmt.Errorf("store: sign-in counts: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("store: sign-in counts: commit: %w", err)
	}
	if last := db.attemptsSwept.Load(); now.Unix()-last >= int64(sweepEvery/time.Second) && db.attemptsSwept.CompareAndSwap(last, now.Unix()) {
		if _, err := db.pool.Exec(ctx, `DELETE FROM login_attempts WHERE expires < $1`, now); err != nil {
			return fmt.Errorf("store: sign-in counts: delete the expired: %w", err)
		}
	}
	return nil
}
