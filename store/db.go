package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/practicepost/practicepost/post"
)

// DBFileName is the database file inside the data folder.
const DBFileName = "practicepost.db"

// DB is the open calendar store.
type DB struct {
	bolt *bolt.DB
	dir  string
	key  []byte // secrets encryption key
	now  func() time.Time
	// backupDir is where nightly backups go (Options.BackupDir).
	backupDir string

	headMu      sync.Mutex
	headWritten uint64 // the audit sequence the head sidecar last got
	gap         string // a loss of audit entries found at a read-only open
	lostAtOpen  string // a loss of audit entries this (read-write) open recorded
	// probe is WriteProbe's last answer, by the real clock.
	probe struct {
		sync.Mutex
		at  time.Time
		err error
	}
}

// Options tune Open. The zero value is what the daemon uses.
type Options struct {
	// Now is the clock; tests inject one. Default time.Now.
	Now func() time.Time
	// LockTimeout is how long to wait for another process to let go of the
	// file. Default one second.
	LockTimeout time.Duration
	// NoSync skips fsync; only for benchmarks and seeding tools.
	NoSync bool
	// ReadOnly opens the file for reading only (still exclusive-ish: bbolt
	// takes a shared lock, which a running daemon's exclusive lock blocks).
	ReadOnly bool
	// MaxBatchDelay is how long Batch waits for other callers to share a
	// commit. Default 2 ms: the scheduler's channels call Batch together
	// anyway, and every caller waits this long, so bbolt's 10 ms default
	// only adds latency.
	MaxBatchDelay time.Duration
	// Init allows creating a new, empty database in a folder that already
	// holds practicepost data (a secret key, images, backups). Only
	// `practicepost init` sets it: anywhere else a missing database beside
	// that data means it was lost, and a fresh one would silently take its
	// place with no users, no posts and an "intact" empty audit trail.
	Init bool
	// BackupDir is the folder for nightly backups. BackupFile accepts it
	// even when it lies inside the data folder, where nothing else may go,
	// and an open that finds the database damaged names its newest file.
	BackupDir string
}

// Open opens (creating if needed) the store in data folder dir: the database
// file, the secrets key and the media folder, all private to the owner.
// Another process holding the database gets an ELocked error within
// LockTimeout instead of a hang.
func Open(ctx context.Context, dir string, opt Options) (*DB, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.LockTimeout == 0 {
		opt.LockTimeout = time.Second
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("store: create data folder: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if opt.BackupDir == "" {
		opt.BackupDir = filepath.Join(dir, "backups")
	}
	path := filepath.Join(dir, DBFileName)
	if !opt.Init {
		// Before the key is created: a lost database must not be papered
		// over, and neither must a lost key.
		if err := checkNotLost(dir, path, opt.BackupDir); err != nil {
			return nil, err
		}
	} else if err := os.Remove(filepath.Join(dir, headFileName)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("store: %w", err) // a new trail starts; the old head means nothing to it
	}
	bdb, err := openBolt(path, &bolt.Options{
		Timeout:  opt.LockTimeout,
		NoSync:   opt.NoSync,
		ReadOnly: opt.ReadOnly,
		// The freelist is kept on disk: rebuilding it at open scans every
		// page (2.4 s for a million posts), past the 300 ms open budget.
		FreelistType: bolt.FreelistMapType,
	}, opt.BackupDir)
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, &post.Error{Code: post.ELocked, Err: err, Message: fmt.Sprintf(
			"the database %s is locked by another practicepost process (is `practicepost serve` running? then the CLI talks to it; check --config)", path)}
	}
	if pe := (*post.Error)(nil); errors.As(err, &pe) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if opt.MaxBatchDelay <= 0 {
		opt.MaxBatchDelay = 2 * time.Millisecond
	}
	bdb.MaxBatchDelay = opt.MaxBatchDelay
	// After the database: a new key is only made for a database holding no
	// secrets, since a new key cannot open secrets sealed with a lost one.
	key, err := loadKey(bdb, filepath.Join(dir, keyFileName), !opt.ReadOnly)
	if err != nil {
		bdb.Close()
		return nil, err
	}
	db := &DB{bolt: bdb, dir: dir, key: key, now: opt.Now, backupDir: opt.BackupDir}
	if !opt.ReadOnly {
		if err := db.migrate(); err != nil {
			bdb.Close()
			return nil, err
		}
	} else if err := db.checkVersion(); err != nil {
		bdb.Close()
		return nil, err
	}
	if err := db.checkHead(opt.ReadOnly); err != nil {
		bdb.Close()
		return nil, err
	}
	return db, nil
}

// Close closes the database file.
func (db *DB) Close() error { return db.bolt.Close() }

// Dir is the data folder.
func (db *DB) Dir() string { return db.dir }

// Path is the database file.
func (db *DB) Path() string { return db.bolt.Path() }

// Now is the store's clock.
func (db *DB) Now() time.Time { return db.now() }

// boltTx is the bbolt implementation of Tx. It is only valid inside the
// closure it was passed to.
type boltTx struct {
	tx  *bolt.Tx
	db  *DB
	now time.Time

	// The newest audit entry this transaction wrote, for the head sidecar.
	headSeq    uint64
	headHash   string
	headHooked bool
}

// View runs fn in a read-only transaction (see Store.View).
func (db *DB) View(ctx context.Context, fn func(Tx) error) error {
	return db.view(ctx, func(tx *boltTx) error { return fn(tx) })
}

// Update runs fn in a read-write transaction: everything fn writes is
// committed and synced together, or, if fn returns an error, nothing is.
func (db *DB) Update(ctx context.Context, fn func(Tx) error) error {
	return db.update(ctx, func(tx *boltTx) error { return fn(tx) })
}

// view and update are View and Update for the store's own code, which
// reaches the buckets behind the Tx methods.
func (db *DB) view(ctx context.Context, fn func(*boltTx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return db.bolt.View(func(btx *bolt.Tx) error {
		return fn(&boltTx{tx: btx, db: db, now: db.now()})
	})
}

func (db *DB) update(ctx context.Context, fn func(*boltTx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return db.bolt.Update(func(btx *bolt.Tx) error {
		return fn(&boltTx{tx: btx, db: db, now: db.now()})
	})
}

// Now is the time the transaction started, by the store's clock.
func (tx *boltTx) Now() time.Time { return tx.now }

// appendMostly lists buckets whose keys mostly arrive in ascending order
// (ULIDs, times, sequence numbers): packing their pages full instead of
// bbolt's default half roughly halves their size on disk.
var appendMostly = map[string]bool{
	string(bucketPosts): true, string(bucketAudit): true, string(bucketTimeline): true,
	string(bucketReviews): true, string(bucketEngagement): true,
}

func (tx *boltTx) bucket(name []byte) *bolt.Bucket {
	b := tx.tx.Bucket(name)
	if b != nil && tx.tx.Writable() && appendMostly[string(name)] {
		b.FillPercent = 0.9
	}
	return b
}
