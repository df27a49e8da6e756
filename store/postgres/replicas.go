package postgres

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/practicepost/practicepost/post"
)

// What several replicas on one database need beyond the contract: a
// wake-up when another replica changes what is due, and periodic jobs run
// by one replica at a time.

// wakeChannel is the NOTIFY channel of commits that may change what is
// due: a post written, the emergency stop or a channel's pause changed.
const wakeChannel = "practicepost_wake"

// notifyWake marks the transaction as one that wakes every replica's
// scheduler when it commits. PostgreSQL delivers a NOTIFY only on commit
// and folds repeats within a transaction into one.
func (t *pgTx) notifyWake() { t.wake = true }

// Listen calls wake each time a commit on the database may have changed
// what is due, until ctx ends; it always returns nil then. On its own
// connection, it reconnects (after a second) when that connection is lost,
// and calls wake after each (re)connection too, since a notification may
// have been missed while it was away.
func (db *DB) Listen(ctx context.Context, wake func(context.Context), log *slog.Logger) error {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	for ctx.Err() == nil {
		err := db.listenOnce(ctx, wake)
		if ctx.Err() != nil {
			break
		}
		log.Warn("store: lost the database's wake-ups; reconnecting", "error", err)
		select {
		case <-ctx.Done():
		case <-time.After(time.Second):
		}
	}
	return nil
}

func (db *DB) listenOnce(ctx context.Context, wake func(context.Context)) error {
	conn, err := pgx.ConnectConfig(ctx, db.pool.Config().ConnConfig.Copy())
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+wakeChannel); err != nil {
		return err
	}
	wake(ctx)
	for {
		if _, err := conn.WaitForNotification(ctx); err != nil {
			return err
		}
		wake(ctx)
	}
}

// jobLockKey is the advisory lock key of job name: a hash of the name,
// which does not meet WriteLock in practice (and a meeting would only make
// the job wait its turn among the writers).
func jobLockKey(name string) int64 {
	h := fnv.New64a()
	h.Write([]byte("practicepost job " + name))
	return int64(h.Sum64() &^ (1 << 63)) // the top bit cleared: it fits
}

// RunJob's answers when it did not call run.
var (
	// ErrJobBusy: another replica is running the job now.
	ErrJobBusy = errors.New("store: the job is running on another replica")
	// ErrJobDone: the window's run already succeeded.
	ErrJobDone = errors.New("store: the job already ran in this window")
	// ErrJobGaveUp: the window's run failed as many times as allowed.
	ErrJobGaveUp = errors.New("store: the job failed every attempt allowed in this window")
)

// RunJob makes one attempt at a periodic job's window (the time every
// replica computes alike for one firing): it calls run unless another
// replica runs the job now (ErrJobBusy), the window's run succeeded
// already (ErrJobDone) or failed attempts times, on any replica
// (ErrJobGaveUp); else it returns run's error.
//
// While run runs this process holds the job's session-level advisory lock
// on a connection of its own; PostgreSQL lets go of it if the process
// dies. job_runs keeps each window's state: an attempt is counted before
// run starts, and the window is marked done or failed when it returns,
// under the lock. A window found "running" with its lock free belonged to
// a replica that died mid-run: that attempt counts as failed, and the
// window is run again, since nothing says the dead run finished.
func (db *DB) RunJob(ctx context.Context, name string, window time.Time, attempts int, run func(context.Context) error) error {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("store: job %s: %w", name, err)
	}
	defer conn.Release()
	key := jobLockKey(name)
	var got bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&got); err != nil {
		return fmt.Errorf("store: job %s: %w", name, err)
	}
	if !got {
		return ErrJobBusy
	}
	defer func() {
		if _, err := conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, key); err != nil {
			// A session lock that cannot be released must not go back to
			// the pool with its connection.
			conn.Conn().Close(context.WithoutCancel(ctx)) //nolint:errcheck // closing is the remedy
		}
	}()
	window = window.UTC()
	var state string
	var tried int
	err = conn.QueryRow(ctx, `SELECT state, attempts FROM job_runs WHERE name = $1 AND run_window = $2`, name, window).Scan(&state, &tried)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		if _, err := conn.Exec(ctx, `INSERT INTO job_runs (name, run_window, started, state, attempts) VALUES ($1, $2, now(), 'running', 1)`, name, window); err != nil {
			return fmt.Errorf("store: job %s: %w", name, err)
		}
		// A month of windows is plenty to tell a repeat; older rows go.
		if _, err := conn.Exec(ctx, `DELETE FROM job_runs WHERE name = $1 AND run_window < $2`, name, window.AddDate(0, -1, 0)); err != nil {
			return fmt.Errorf("store: job %s: %w", name, err)
		}
	case err != nil:
		return fmt.Errorf("store: job %s: %w", name, err)
	case state == jobDone:
		return ErrJobDone
	case tried >= attempts:
		return ErrJobGaveUp
	default:
		if _, err := conn.Exec(ctx, `UPDATE job_runs SET state = 'running', attempts = attempts + 1, started = now()
WHERE name = $1 AND run_window = $2`, name, window); err != nil {
			return fmt.Errorf("store: job %s: %w", name, err)
		}
	}
	runErr := run(ctx)
	state = jobDone
	if runErr != nil {
		state = jobFailed
	}
	// Recorded even when ctx ended: a run that finished is done.
	if _, err := conn.Exec(context.WithoutCancel(ctx), `UPDATE job_runs SET state = $3 WHERE name = $1 AND run_window = $2`, name, window, state); err != nil {
		// Left "running", the window is run again by the next attempt.
		return errors.Join(runErr, fmt.Errorf("store: job %s: record its end: %w", name, err))
	}
	return runErr
}

// A window's states in job_runs (besides "running").
const (
	jobDone   = "done"
	jobFailed = "failed"
)

// servingLock is held shared by every daemon serving from the database
// (HoldServing) and exclusively by `practicepost migrate` (Exclusive), so
// a migration never runs under a daemon, nor a daemon under a migration:
// "practpsv" in ASCII.
const servingLock int64 = 0x7072_6163_7470_7376

// HoldServing marks this process as a daemon serving from the database
// until release is called or the process dies. It is refused (ELocked)
// while a migration holds the database.
func (db *DB) HoldServing(ctx context.Context) (release func(), err error) {
	const try, refusal = `SELECT pg_try_advisory_lock_shared($1)`,
		"`practicepost migrate` is copying into or out of this database; start the daemon once it is done"
	conn, err := db.sessionLock(ctx, try, refusal)
	if err != nil {
		return nil, err
	}
	// The mark lives as long as its session: a connection the server, a
	// proxy or an administrator ends takes it away without a word, and a
	// migration could then copy the database under this daemon. A
	// watchdog looks at the session and takes the mark again when it is
	// gone.
	db.servingPID.Store(conn.PgConn().PID())
	watch, stop := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(servingCheckEvery)
		defer tick.Stop()
		for {
			select {
			case <-watch.Done():
				db.servingPID.Store(0)
				letGo(conn, `SELECT pg_advisory_unlock_shared($1)`)
				return
			case <-tick.C:
			}
			if conn.Ping(watch) == nil || watch.Err() != nil {
				continue
			}
			conn.Close(context.Background()) //nolint:errcheck // already lost
			db.servingPID.Store(0)
			again, err := db.sessionLock(watch, try, refusal)
			if err != nil {
				slog.Warn("store: the daemon's serving mark on the database was lost and cannot be taken again yet; practicepost migrate must not run now", "error", err)
				continue // the dead conn pings false: the next tick tries again
			}
			slog.Warn("store: the daemon's serving mark on the database was lost with its connection and taken again")
			conn = again
			db.servingPID.Store(conn.PgConn().PID())
		}
	}()
	return func() { stop(); <-done }, nil
}

// servingCheckEvery is how often HoldServing's watchdog looks at the
// session holding the mark; tests shorten it.
var servingCheckEvery = 5 * time.Second

// Exclusive takes the database for a migration until release: refused
// (ELocked) while a daemon serves from it.
func (db *DB) Exclusive(ctx context.Context) (release func(), err error) {
	conn, err := db.sessionLock(ctx, `SELECT pg_try_advisory_lock($1)`,
		"a practicepost daemon (`practicepost serve`) is using this database; stop every replica first")
	if err != nil {
		return nil, err
	}
	return func() { letGo(conn, `SELECT pg_advisory_unlock($1)`) }, nil
}

// letGo ends a session that holds servingLock, unlocking it first:
// closing alone returns before the server has ended the session and let
// go of its locks, so a daemon (or migration, or init) started at once
// after this one stopped was refused for a mark nobody held any more.
// If the unlock fails the connection is gone or going, and closing it
// lets go of the lock all the same, only later.
func letGo(conn *pgx.Conn, unlock string) {
	ctx, cancel := context.WithTimeout(context.Background(), letGoWithin)
	defer cancel()
	if _, err := conn.Exec(ctx, unlock, servingLock); err != nil {
		slog.Debug("store: postgres: unlock before closing", "error", err)
	}
	conn.Close(ctx) //nolint:errcheck // the session ends either way
}

// letGoWithin bounds letGo on a connection that no longer answers.
const letGoWithin = 5 * time.Second

// sessionLock takes servingLock with try on a connection of its own,
// kept out of the pool while the lock is held.
func (db *DB) sessionLock(ctx context.Context, try, refusal string) (*pgx.Conn, error) {
	c, err := db.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: postgres: %w", err)
	}
	conn := c.Hijack()
	var got bool
	if err := conn.QueryRow(ctx, try, servingLock).Scan(&got); err != nil {
		conn.Close(context.WithoutCancel(ctx)) //nolint:errcheck // the query's error is the one to report
		return nil, fmt.Errorf("store: postgres: %w", err)
	}
	if !got {
		conn.Close(context.WithoutCancel(ctx)) //nolint:errcheck // nothing was taken
		return nil, post.Errorf(post.ELocked, "%s", refusal)
	}
	// Closing the session lets go of its locks.
	return conn, nil
}

// Serving is how many daemons serve from the database now: the sessions
// holding servingLock shared (HoldServing). An advisory lock on a bigint
// key shows in pg_locks as its high and low 32 bits.
func (db *DB) Serving(ctx context.Context) (int, error) {
	var n int
	err := db.pool.QueryRow(ctx, `SELECT count(*) FROM pg_locks
WHERE locktype = 'advisory' AND granted AND mode = 'ShareLock' AND classid = $1 AND objid = $2 AND objsubid = 1`,
		uint32(servingLock>>32), uint32(servingLock&0xffff_ffff)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: postgres: count the replicas serving: %w", err)
	}
	return n, nil
}

// Share is this daemon's place among the daemons serving from the
// database: count of them, and index (0 to count-1) in the order of their
// serving sessions' server process ids, which every replica reads alike.
// Only this database's sessions count: a server may hold others.
// The scheduler tries the deliveries that fall to its index first, so
// replicas stop queueing for the write lock to claim the same one. count
// is 0 while this process holds no serving mark (HoldServing not called,
// or the mark lost): then it has no share.
func (db *DB) Share(ctx context.Context) (index, count int, err error) {
	pid := db.servingPID.Load()
	if pid == 0 {
		return 0, 0, nil
	}
	var listed bool
	err = db.pool.QueryRow(ctx, `SELECT count(*), count(*) FILTER (WHERE pid < $3), coalesce(bool_or(pid = $3), false) FROM pg_locks
WHERE locktype = 'advisory' AND granted AND mode = 'ShareLock' AND classid = $1 AND objid = $2 AND objsubid = 1
AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
		uint32(servingLock>>32), uint32(servingLock&0xffff_ffff), int64(pid)).Scan(&count, &index, &listed)
	if err != nil {
		return 0, 0, fmt.Errorf("store: postgres: find this replica among those serving: %w", err)
	}
	if !listed {
		return 0, 0, nil // the mark is being taken again
	}
	return index, count, nil
}

// Server names the database server and database, for doctor:
// "PostgreSQL 15.8, database practicepost".
func (db *DB) Server(ctx context.Context) (string, error) {
	var version, name string
	if err := db.pool.QueryRow(ctx, `SELECT current_setting('server_version'), current_database()`).Scan(&version, &name); err != nil {
		return "", fmt.Errorf("store: postgres: %w", err)
	}
	return fmt.Sprintf("PostgreSQL %s, database %s", version, name), nil
}
