package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/practicepost/practicepost/post"
)

// Backup writes a consistent copy of the database to w while other
// transactions go on (a bbolt read transaction's WriteTo).
func (db *DB) Backup(ctx context.Context, w io.Writer) (int64, error) {
	var n int64
	err := db.view(ctx, func(tx *boltTx) error {
		var err error
		n, err = tx.tx.WriteTo(w)
		return err
	})
	if err != nil {
		return n, fmt.Errorf("store: backup: %w", err)
	}
	return n, nil
}

// BackupFile writes a backup to path, and the secrets key to
// path+KeySuffix, atomically (temp file, fsync, then a
// link or rename into place), 0600, so a crash mid-backup never leaves a
// half file under the final name. It refuses, whatever overwrite says, the
// live database file itself (by device and inode, so a link or another
// spelling of the path is caught) and any path inside the data folder but
// the backup folder: writing there replaced the open database, the daemon
// kept writing to the deleted file, and the next restart lost everything
// since. The parent folder must exist (a typo is not silently created),
// and an existing file is replaced only with overwrite.
func (db *DB) BackupFile(ctx context.Context, path string, overwrite bool) (int64, error) {
	if err := db.checkBackupPath(path); err != nil {
		return 0, err
	}
	dir := filepath.Dir(path)
	for _, p := range []string{path, path + KeySuffix} {
		if _, err := os.Lstat(p); err == nil && !overwrite {
			return 0, post.Errorf(post.EConflict, "%s already exists; give --force to replace it", p)
		}
	}
	tmp, err := os.CreateTemp(dir, ".backup-*")
	if err != nil {
		return 0, fmt.Errorf("store: backup: %w", err)
	}
	defer os.Remove(tmp.Name())
	n, err := db.Backup(ctx, tmp)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = db.checkBackupPath(path) // the path may have changed while we copied
	}
	if err == nil && overwrite {
		err = os.Rename(tmp.Name(), path)
	} else if err == nil {
		// A link fails if the name was taken meanwhile; a rename would not.
		if err = os.Link(tmp.Name(), path); errors.Is(err, fs.ErrExist) {
			return 0, post.Errorf(post.EConflict, "%s already exists; give --force to replace it", path)
		}
	}
	if err == nil {
		err = db.writeKeyBeside(path)
	}
	if err == nil {
		err = syncDir(dir)
	}
	if err != nil {
		var pe *post.Error
		if errors.As(err, &pe) {
			return n, err
		}
		return n, fmt.Errorf("store: backup to %s: %w", path, err)
	}
	return n, nil
}

// writeKeyBeside writes the secrets key to path+KeySuffix (0600, by temp
// file and rename): a backup restored without the key it was made with
// cannot open the platform logins in it, and keys get lost far more often
// than anyone expects.
func (db *DB) writeKeyBeside(path string) error {
	return replaceFile(path+KeySuffix, func(w io.Writer) error {
		_, err := w.Write(db.key)
		return err
	})
}

// replaceFile writes path whole or not at all: write fills a temp file
// (0600) beside it, which is synced and renamed over path. The caller
// syncs the folder.
func replaceFile(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	err = write(tmp)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	return err
}

// checkBackupPath applies BackupFile's refusals.
func (db *DB) checkBackupPath(path string) error {
	if !filepath.IsAbs(path) {
		return post.Errorf(post.EInvalid, "the backup path %s must be absolute", path)
	}
	if live, err := os.Stat(db.Path()); err == nil {
		if fi, err := os.Stat(path); err == nil && os.SameFile(fi, live) {
			return post.Errorf(post.EInvalid, "%s is the live database: a backup there would replace it; write the backup somewhere else", path)
		}
	}
	dir := filepath.Dir(path)
	fi, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return post.Errorf(post.EInvalid, "the folder %s does not exist; create it first (a backup does not create folders)", dir)
	}
	if err != nil {
		return fmt.Errorf("store: backup folder: %w", err)
	}
	if !fi.IsDir() {
		return post.Errorf(post.EInvalid, "%s is not a folder", dir)
	}
	if inside(dir, db.dir) && !inside(dir, db.backupDir) {
		return post.Errorf(post.EInvalid, "%s is inside the data folder %s, next to the live database; write the backup elsewhere (or into %s)", path, db.dir, db.backupDir)
	}
	return nil
}

// inside says whether folder dir is folder root or below it, after
// resolving symbolic links (so another spelling of the data folder is
// caught too).
func inside(dir, root string) bool {
	if r, err := filepath.EvalSymlinks(root); err == nil {
		root = r
	}
	if d, err := filepath.EvalSymlinks(dir); err == nil {
		dir = d
	}
	rel, err := filepath.Rel(root, dir)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// syncDir makes a rename or link in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
