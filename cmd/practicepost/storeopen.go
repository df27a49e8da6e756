package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/scheduler"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres"
)

// daemonStore is what serve and the CLI need of a store: the storage
// contract and a backup to a file. *store.DB (bbolt) and pgStore
// implement it; [store] backend chooses.
type daemonStore interface {
	store.Store
	BackupFile(ctx context.Context, path string, overwrite bool) (int64, error)
	// Schema is the layout version the store is at, for doctor.
	Schema() (uint64, error)
	// DeriveKey is a key for one purpose from the secrets key (the
	// signer of public image links).
	DeriveKey(purpose string) ([]byte, error)
}

// pgStore is the Postgres store as the daemon holds it.
type pgStore struct{ *postgres.DB }

// The preview channel's outbox is kept in the shared database.
var _ channels.KeptStore = pgStore{}

// BackupFile refuses: a shared database is backed up by its server, and a
// file written by one replica would be a copy of nothing in particular.
func (pgStore) BackupFile(context.Context, string, bool) (int64, error) {
	return 0, post.Errorf(post.EInvalid, `with [store] backend = "postgres" the database server keeps the backups (pg_dump, or its point-in-time recovery); `+
		"`practicepost backup` copies a bbolt store only. Keep a copy of %s beside them: the secrets in the database open only with it", store.KeyFileName)
}

// openStore opens the configured backend with clock now.
func openStore(ctx context.Context, cfg *config.Config, now func() time.Time) (daemonStore, error) {
	if cfg.Store.Backend != config.BackendPostgres {
		db, err := store.Open(ctx, cfg.Store.Dir, store.Options{Now: now, BackupDir: cfg.Store.BackupDir})
		if err != nil {
			return nil, err
		}
		return db, nil
	}
	db, err := openPostgres(ctx, cfg, now, false)
	if err != nil {
		return nil, err
	}
	return db, nil
}

// openPostgres opens the configured PostgreSQL database; read-only, it
// changes nothing (no migration, no new key, no writes: doctor).
func openPostgres(ctx context.Context, cfg *config.Config, now func() time.Time, readOnly bool) (pgStore, error) {
	// The data folder keeps the secrets key, the audit head's copy and
	// the local API's socket.
	if !readOnly {
		if err := os.MkdirAll(cfg.Store.Dir, 0o700); err != nil {
			return pgStore{}, fmt.Errorf("store: create data folder: %w", err)
		}
	}
	db, err := postgres.Open(ctx, cfg.Store.DSN.Reveal(), postgres.Options{Now: now, ReadOnly: readOnly,
		KeyFile: filepath.Join(cfg.Store.Dir, store.KeyFileName), HeadFile: filepath.Join(cfg.Store.Dir, postgres.HeadFileName)})
	if err != nil {
		return pgStore{}, err
	}
	return pgStore{db}, nil
}

// runJob makes one attempt at a periodic job's window, shared with every
// replica on the database (postgres.DB.RunJob).
func (p pgStore) runJob(ctx context.Context, name string, window time.Time, attempts int, run func(context.Context) error) (scheduler.JobOutcome, error) {
	ran := false
	err := p.RunJob(ctx, name, window, attempts, func(ctx context.Context) error {
		ran = true
		return run(ctx)
	})
	switch {
	case ran:
		return scheduler.JobRan, err
	case errors.Is(err, postgres.ErrJobDone):
		return scheduler.JobDone, nil
	case errors.Is(err, postgres.ErrJobGaveUp):
		return scheduler.JobGaveUp, nil
	case errors.Is(err, postgres.ErrJobBusy):
		return scheduler.JobWait, nil
	}
	return scheduler.JobWait, err // the database could not be asked
}

// clockCheckEvery is how often a replica compares its clock with the
// database server's while it serves; tests shorten it.
var clockCheckEvery = time.Minute
