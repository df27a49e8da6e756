package scheduler

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/practicepost/practicepost/store"
)

// backupPrefix and backupSuffix frame backup file names; the UTC time in
// between sorts like the time it names.
const (
	backupPrefix = "practicepost-"
	backupSuffix = ".db"
)

// Backupper writes a consistent copy of the store to a file. *store.DB
// implements it; a backend with its own backups (a database server's)
// need not.
type Backupper interface {
	BackupFile(ctx context.Context, path string, overwrite bool) (int64, error)
	Now() time.Time
}

// BackupJob is the nightly backup: a hot copy of the database into dir
// (store.DB.BackupFile), keeping the newest keep copies. Its Spec is
// "30 2 * * *"; set Spec from the config to change it.
func BackupJob(db Backupper, dir string, keep int) Job {
	if keep <= 0 {
		keep = 14
	}
	return Job{Name: "backup", Spec: "30 2 * * *", Run: func(ctx context.Context) error {
		return Backup(ctx, db, dir, keep, db.Now())
	}}
}

// Backup writes one backup named after now into dir and deletes the oldest
// beyond keep.
func Backup(ctx context.Context, db Backupper, dir string, keep int, now time.Time) error {
	name := backupPrefix + now.UTC().Format("20060102T150405Z") + backupSuffix
	// The configured folder is ours to create (a hand-typed backup path is
	// not: BackupFile refuses a missing folder).
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("scheduler: backup folder: %w", err)
	}
	if _, err := db.BackupFile(ctx, filepath.Join(dir, name), false); err != nil {
		return fmt.Errorf("scheduler: backup: %w", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("scheduler: backup retention: %w", err)
	}
	var backups []string
	for _, e := range entries {
		if n := e.Name(); !e.IsDir() && strings.HasPrefix(n, backupPrefix) && strings.HasSuffix(n, backupSuffix) {
			backups = append(backups, n)
		}
	}
	slices.Sort(backups)
	for len(backups) > keep {
		if err := os.Remove(filepath.Join(dir, backups[0])); err != nil {
			return fmt.Errorf("scheduler: backup retention: %w", err)
		}
		// Its copy of the key goes with it (none beside backups made before
		// backups carried the key).
		if err := os.Remove(filepath.Join(dir, backups[0]+store.KeySuffix)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("scheduler: backup retention: %w", err)
		}
		backups = backups[1:]
	}
	return nil
}
