package postgres

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// WriteLock is the transaction-level advisory lock every Update and Batch
// takes first (see the package comment): "practpst" in ASCII. Exported
// for whoever looks at pg_locks to see which replica writes now (classid
// its top 32 bits, objid the bottom 32), as the replica crash test does.
const WriteLock int64 = 0x7072_6163_7470_7374

// DB is a practicepost store in a PostgreSQL database. Several processes
// may open the same database at once.
type DB struct {
	pool *pgxpool.Pool
	key  []byte // the secrets key
	now  func() time.Time
	// attemptsSwept is when LoginAttempts last deleted expired rows (unix
	// seconds by the store's clock).
	attemptsSwept atomic.Int64
	// writer lets one of this process's writers at a time take a
	// connection to wait for the write lock: the others wait here, holding
	// no connection, so a writer's closure that reads through the store
	// (a View inside an Update) still finds one free in the pool.
	writer chan struct{}
	// servingPID is the server process of the session holding this
	// daemon's serving mark (HoldServing), 0 while it holds none: Share
	// finds this replica among the others by it.
	servingPID atomic.Uint32

	probe struct {
		sync.Mutex
		at  time.Time
		err error
	}

	readOnly bool
	id       string // the database's id (meta database_id)
	// The audit head's copy on this machine (audithead.go).
	headFile    string
	headMu      sync.Mutex
	headWritten uint64
	gap         string // read-only: the loss the head file showed
	lostAtOpen  string // read-write: the loss this open recorded
}

var _ store.Store = (*DB)(nil)

// Options tune Open.
type Options struct {
	// Now is the clock; tests inject one. Default time.Now.
	Now func() time.Time
	// KeyFile is the 32-byte secrets key (the data folder's secret.key).
	// Every replica needs the same file: the database only holds a check
	// value, so a copy of the database does not open the secrets in it.
	KeyFile string
	// MaxConns bounds the connection pool (default: pool_max_conns in the
	// DSN, at least 10).
	MaxConns int32
	// HeadFile is this machine's copy of the audit chain's head, beside
	// KeyFile (HeadFileName); empty: no such check.
	HeadFile string
	// ReadOnly opens without changing anything (doctor): no migration (a
	// database at an older schema is refused, saying it needs upgrading),
	// no new key, no writes.
	ReadOnly bool
}

// Open connects to the database at dsn (a libpq connection string or
// URL), applies the migrations this build knows and checks the secrets
// key against the one the database's secrets were sealed with.
func Open(ctx context.Context, dsn string, opt Options) (*DB, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.KeyFile == "" {
		return nil, errors.New("store: postgres: no secrets key file given")
	}
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// The error of a DSN that does not parse can quote the password.
		return nil, errors.New("store: postgres: the connection string (dsn) does not parse")
	}
	// A periodic job holds a connection for its lock while it runs and
	// reads through others; pgx's default (the number of CPUs, at least
	// 4) leaves little room on a small machine.
	cfg.MaxConns = max(cfg.MaxConns, 10)
	if opt.MaxConns > 0 {
		cfg.MaxConns = opt.MaxConns
	}

	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: postgres: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store: postgres: cannot reach the database: %w", err)
	}
	db := &DB{pool: pool, now: opt.Now, writer: make(chan struct{}, 1), readOnly: opt.ReadOnly, headFile: opt.HeadFile}
	if err := db.open(ctx, opt.KeyFile); err != nil {
		pool.Close()
		return nil, err
	}
	return db, nil
}

// open brings the schema up to date (or, read-only, checks it is), loads
// the key and compares the audit head with this machine's copy.
func (db *DB) open(ctx context.Context, keyFile string) error {
	var err error
	if db.readOnly {
		err = db.checkSchema(ctx)
	} else {
		err = db.migrate(ctx)
	}
	if err != nil {
		return err
	}
	if db.key, err = db.loadKey(ctx, keyFile); err != nil {
		return err
	}
	// Schema 6 gives every database an id; a build that wrote only
	// SchemaVersion's migrations (tests of older schemas) has none, and
	// then no head check.
	err = db.pool.QueryRow(ctx, `SELECT convert_from(value, 'UTF8') FROM meta WHERE key = $1`, databaseIDKey).Scan(&db.id)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("store: postgres: read the database id: %w", err)
	}
	if db.headFile != "" && db.id != "" {
		return db.checkHead(ctx)
	}
	return nil
}

// Close closes every connection.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// Now is the store's clock.
func (db *DB) Now() time.Time { return db.now() }

// keyCheckName is the meta row holding HMAC-SHA256(key, keyCheckLabel):
// it tells a replica with another key file apart without giving the key
// away.
const (
	keyCheckName  = "secrets_key_check"
	keyCheckLabel = "practicepost secrets key check"
)

// loadKey loads the secrets key, creating it only for a database that
// has neither secrets nor a key check (with the key file lost and tokens
// stored, a new key would make them unreadable with no word said), and
// refuses a key that is not the one the database's secrets were sealed
// with (a replica given another secret.key).
func (db *DB) loadKey(ctx context.Context, path string) ([]byte, error) {
	var sealed int
	var check []byte
	err := db.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM secrets), (SELECT value FROM meta WHERE key = $1)`, keyCheckName).Scan(&sealed, &check)
	if err != nil {
		return nil, fmt.Errorf("store: postgres: read the secrets key check: %w", err)
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) && (sealed > 0 || check != nil) {
		return nil, post.Errorf(post.EConflict, "%s is missing, but the database holds %d encrypted secrets (platform logins) sealed with it: "+
			"copy it from another replica or restore it from your backups; practicepost will not make a new key that cannot open them", path, sealed)
	}
	key, err := store.LoadOrCreateKey(path, !db.readOnly)
	if err != nil {
		return nil, err
	}
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(keyCheckLabel))
	mine := []byte(hex.EncodeToString(mac.Sum(nil)))
	if check == nil && db.readOnly {
		return key, nil // nothing sealed to check it against, and nothing may be written
	}
	if check == nil {
		// The first replica to get here records its key; one racing it
		// reads back the winner's and is refused below if it differs.
		if _, err := db.pool.Exec(ctx, `INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, keyCheckName, mine); err != nil {
			return nil, fmt.Errorf("store: postgres: record the secrets key check: %w", err)
		}
		if err := db.pool.QueryRow(ctx, `SELECT value FROM meta WHERE key = $1`, keyCheckName).Scan(&check); err != nil {
			return nil, fmt.Errorf("store: postgres: read the secrets key check: %w", err)
		}
	}
	if !hmac.Equal(check, mine) {
		return nil, post.Errorf(post.EConflict, "%s is not the key this database's secrets were sealed with: every practicepost sharing the database needs the same %s (copy it from the first one)", path, store.KeyFileName)
	}
	return key, nil
}

// pgTx is the Postgres implementation of store.Tx, valid only inside the
// closure it was passed to.
type pgTx struct {
	ctx context.Context
	tx  pgx.Tx
	db  *DB
	now time.Time
	// wake: the commit signals wakeChannel (see notifyWake); notified:
	// a statement of the transaction already did.
	wake, notified bool
	// The newest audit entry the transaction appended, for the head file.
	headSeq  uint64
	headHash string
}

// Now is the time the transaction started, by the store's clock.
func (t *pgTx) Now() time.Time { return t.now }

// View runs fn in a read-only REPEATABLE READ transaction: one snapshot,
// which never holds half of a writer's transaction.
func (db *DB) View(ctx context.Context, fn func(store.Tx) error) error {
	return db.view(ctx, func(t *pgTx) error { return fn(t) })
}

// Update runs fn under the write lock; see the package comment.
func (db *DB) Update(ctx context.Context, fn func(store.Tx) error) error {
	return db.update(ctx, func(t *pgTx) error { return fn(t) })
}

// Batch is Update: each closure commits on its own (the contract lets a
// backend share commits but does not ask it to), so fn runs exactly once.
func (db *DB) Batch(ctx context.Context, fn func(store.Tx) error) error {
	return db.Update(ctx, fn)
}

func (db *DB) view(ctx context.Context, fn func(*pgTx) error) error {
	tx, err := db.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return fmt.Errorf("store: postgres: begin: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx)) //nolint:errcheck // a read-only transaction has nothing to lose
	return fn(&pgTx{ctx: ctx, tx: checkedTx{tx}, db: db, now: db.now()})
}

// update runs fn in a transaction holding the write lock, so writers run
// one at a time in every process sharing the database, and commits it.
// READ COMMITTED is enough under the lock: each statement sees every
// transaction that committed before the lock was granted (PostgreSQL
// makes a commit visible before it releases the committer's locks), and
// nobody else writes while it is held.
func (db *DB) update(ctx context.Context, fn func(*pgTx) error) error {
	if db.readOnly {
		return post.Errorf(post.EConflict, "store: the database was opened read-only")
	}
	select {
	case db.writer <- struct{}{}:
		defer func() { <-db.writer }()
	case <-ctx.Done():
		return ctx.Err()
	}
	tx, err := db.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.ReadCommitted})
	if err != nil {
		return fmt.Errorf("store: postgres: begin: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx)) //nolint:errcheck // a no-op after Commit; a failed closure's writes go
	// A write holds the one write lock every replica's writes wait for:
	// a replica stopped inside one (its machine paused, the process
	// stopped, a closure stuck) would hold them all, claims included, for
	// as long as its connection stays up. The server ends such a
	// transaction, once idle for idleInTransaction, instead. Reads hold
	// no lock and keep the server's setting (an export may stream slowly).
	if _, err := tx.Exec(ctx, "SELECT set_config('idle_in_transaction_session_timeout', $2, true), pg_advisory_xact_lock($1)",
		WriteLock, strconv.FormatInt(idleInTransaction.Milliseconds(), 10)); err != nil {
		return fmt.Errorf("store: postgres: wait for the write lock: %w", err)
	}
	t := &pgTx{ctx: ctx, tx: checkedTx{tx}, db: db, now: db.now()}
	if err := fn(t); err != nil {
		return err
	}
	if t.wake && !t.notified {
		if _, err := tx.Exec(ctx, "SELECT pg_notify($1, '')", wakeChannel); err != nil {
			return fmt.Errorf("store: postgres: notify: %w", err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("store: postgres: commit: %w", err)
	}
	if t.headSeq > 0 {
		db.writeHead(t.headSeq, t.headHash)
	}
	return nil
}

// Small helpers over the transaction.

func (t *pgTx) exec(sql string, args ...any) error {
	_, err := t.tx.Exec(t.ctx, sql, args...)
	return err
}

// getBytes reads one bytea; ok is false when there is no row.
func (t *pgTx) getBytes(sql string, args ...any) ([]byte, bool, error) {
	var b []byte
	err := t.tx.QueryRow(t.ctx, sql, args...).Scan(&b)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("store: postgres: %w", err)
	}
	return b, true, nil
}

// collect runs a query and scans every row with scan, closing the rows
// before it returns, so callers may query again while handling them (a
// connection runs one query at a time).
func collect[T any](t *pgTx, scan func(pgx.Rows) (T, error), sql string, args ...any) ([]T, error) {
	rows, err := t.tx.Query(t.ctx, sql, args...)
	if err != nil {
		return nil, fmt.Errorf("store: postgres: %w", err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, fmt.Errorf("store: postgres: %w", err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: postgres: %w", err)
	}
	return out, nil
}

func scanString(rows pgx.Rows) (string, error) {
	var s string
	err := rows.Scan(&s)
	return s, err
}

func scanBytes(rows pgx.Rows) ([]byte, error) {
	var b []byte
	err := rows.Scan(&b)
	return b, err
}

// ts is a time as the index columns keep it: Unix seconds, times before
// 1970 clamped to zero (as bbolt's keys do).
func ts(t time.Time) int64 { return max(t.Unix(), 0) }

func fromTS(s int64) time.Time { return time.Unix(s, 0).UTC() }

// Schema is the newest migration applied to the database.
func (db *DB) Schema() (uint64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	v, err := schemaOf(ctx, db.pool)
	return uint64(max(v, 0)), err
}

// DeriveKey returns a 32-byte key for one purpose, derived from the
// secrets key as bbolt derives it (store.DeriveKey).
func (db *DB) DeriveKey(purpose string) ([]byte, error) { return store.DeriveKey(db.key, purpose) }

// idleInTransaction is how long the server lets a transaction of this
// store sit idle before it ends it: far longer than any closure takes
// between two statements (milliseconds), short enough that a stalled
// replica delays the others' posts by a minute at most. Tests shorten it.
var idleInTransaction = time.Minute
