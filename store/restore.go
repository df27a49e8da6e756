package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/practicepost/practicepost/post"
)

// KeySuffix names the copy of secret.key that a backup carries beside it
// (FILE + KeySuffix): the database holds the platform logins sealed with
// that key, and a restore without it cannot open them.
const KeySuffix = ".key"

// RestoreOptions tune Restore.
type RestoreOptions struct {
	// KeyFile is the secret key to restore with. Empty means the backup's
	// own copy (FILE.key) when there is one, else the data folder's key.
	KeyFile string
	// Actor is recorded in the restore's audit entry.
	Actor string
	// BackupDir is the nightly backups folder (as Options.BackupDir).
	BackupDir string
	// Now is the clock. Default time.Now.
	Now func() time.Time
}

// RestoreResult says what Restore did.
type RestoreResult struct {
	Schema   uint64 `json:"schema"`   // the backup's schema version (upgraded to SchemaVersion)
	Entries  uint64 `json:"entries"`  // audit entries verified, the restore's own included
	Secrets  int    `json:"secrets"`  // stored secrets that opened with the key
	KeyFrom  string `json:"key_from"` // the key file used; "" when a new key was made (no secrets)
	KeptDB   string `json:"kept_db,omitempty"`
	KeptKey  string `json:"kept_key,omitempty"`
	Database string `json:"database"`
}

// Restore puts backup file into data folder dir in place of its database,
// refusing (and changing nothing) when a practicepost process has the
// database open, when the file is not a whole practicepost database, when
// a newer practicepost wrote it, when the key does not open every secret
// in it, or when its audit trail is broken. The database it replaces, and
// a key it replaces, are kept beside it (".before-restore-TIME"): a
// restore loses nothing. An older schema is upgraded on the way in, and
// the restore is recorded in the restored trail.
func Restore(ctx context.Context, dir, file string, opt RestoreOptions) (RestoreResult, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	var res RestoreResult
	live := filepath.Join(dir, DBFileName)
	res.Database = live
	if fi, err := os.Stat(file); err != nil {
		return res, post.Errorf(post.EInvalid, "cannot read the backup %s: %v", file, err)
	} else if !fi.Mode().IsRegular() {
		return res, post.Errorf(post.EInvalid, "the backup %s is not a regular file", file)
	}
	if same, _ := sameFile(file, live); same {
		return res, post.Errorf(post.EInvalid, "%s is the live database itself, not a backup", file)
	}
	if why := checkFile(file); why != "" {
		return res, post.Errorf(post.EInvalid, "%s is not a whole practicepost database (%s): not restoring it; try an older backup", file, why)
	}
	// Hold the live database's lock (the one bbolt takes) until the swap
	// is done: a running daemon has it, and none can start meanwhile.
	unlock, err := lockLive(live)
	if err != nil {
		return res, err
	}
	defer unlock()

	keyFile := opt.KeyFile
	if keyFile == "" {
		if _, err := os.Stat(file + KeySuffix); err == nil {
			keyFile = file + KeySuffix
		} else if _, err := os.Stat(filepath.Join(dir, keyFileName)); err == nil {
			keyFile = filepath.Join(dir, keyFileName)
		}
	}
	stage, err := os.MkdirTemp(dir, ".restore-")
	if err != nil {
		return res, fmt.Errorf("store: restore: %w", err)
	}
	defer os.RemoveAll(stage)
	if err := copyFile(file, filepath.Join(stage, DBFileName)); err != nil {
		return res, fmt.Errorf("store: restore: copy %s: %w", file, err)
	}
	if keyFile != "" {
		if err := copyFile(keyFile, filepath.Join(stage, keyFileName)); err != nil {
			return res, post.Errorf(post.EInvalid, "cannot read the key %s: %v", keyFile, err)
		}
	}
	if err := checkStaged(ctx, stage, file, keyFile, opt, &res); err != nil {
		return res, err
	}
	if keyFile != "" {
		res.KeyFrom = keyFile
	}
	return res, swapIn(dir, stage, opt.Now(), &res)
}

// checkStaged opens the staged copy (upgrading an older schema), checks
// the key and the audit trail, and records the restore in it.
func checkStaged(ctx context.Context, stage, file, keyFile string, opt RestoreOptions, res *RestoreResult) error {
	bdb, err := openBolt(filepath.Join(stage, DBFileName), nil, "")
	if err != nil {
		return post.Errorf(post.EInvalid, "%s is not a readable practicepost database: %s", file, post.ErrorMessage(err))
	}
	isOurs := false
	if err := bdb.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if isOurs = meta != nil && tx.Bucket(bucketAudit) != nil; isOurs {
			res.Schema = readVersion(meta)
		}
		return nil
	}); err != nil {
		bdb.Close()
		return post.Errorf(post.EInvalid, "%s is not a readable practicepost database: %v", file, err)
	}
	bdb.Close()
	if !isOurs || res.Schema == 0 {
		return post.Errorf(post.EInvalid, "%s is a database, but not a practicepost one", file)
	}
	if res.Schema > SchemaVersion {
		return post.Errorf(post.EConflict, "%s is schema version %d, written by a newer practicepost; this one understands schema %d: restore it with the newer practicepost", file, res.Schema, SchemaVersion)
	}
	db, err := Open(ctx, stage, Options{Now: opt.Now, BackupDir: filepath.Join(stage, "backups")})
	if err != nil {
		if keyFile == "" && post.ErrorCode(err) == post.EConflict {
			return post.Errorf(post.EConflict, "%s holds platform logins sealed with a secret key, and there is none to restore with (no %s beside it, none in the data folder): "+
				"give --key with the secret.key saved with this backup; practicepost will not make a new key that cannot open them", file, filepath.Base(file)+KeySuffix)
		}
		return post.Errorf(post.EInvalid, "%s cannot be opened: %s", file, post.ErrorMessage(err))
	}
	defer db.Close()
	names, err := db.SecretNames(ctx, "")
	if err != nil {
		return err
	}
	for _, n := range names {
		if _, err := db.LoadSecret(ctx, n); err != nil {
			return post.Errorf(post.EConflict, "the key %s does not open the platform logins in %s (the backup was made with another secret.key): "+
				"give --key with the secret.key saved with this backup; nothing was changed", keyFile, file)
		}
	}
	res.Secrets = len(names)
	brk, _, err := db.VerifyAudit(ctx)
	if err != nil {
		return err
	}
	if brk != nil {
		return post.Errorf(post.EConflict, "the audit trail in %s is broken at entry %d (%s): not restoring it; try another backup", file, brk.Seq, brk.Reason)
	}
	actor := opt.Actor
	if actor == "" {
		actor = "practicepost"
	}
	if err := db.Update(ctx, func(tx Tx) error {
		_, err := tx.AppendAudit(Audit{Actor: actor, Action: "store.restore",
			Detail: fmt.Sprintf("restored from %s (schema %d, %d secrets)", filepath.Base(file), res.Schema, res.Secrets)})
		return err
	}); err != nil {
		return err
	}
	brk, res.Entries, err = db.VerifyAudit(ctx)
	if err == nil && brk != nil {
		err = fmt.Errorf("store: restore: the audit trail broke at entry %d after the restore entry: %s", brk.Seq, brk.Reason)
	}
	return err
}

// swapIn moves the staged database, key and audit head into dir, keeping
// what they replace beside them.
func swapIn(dir, stage string, now time.Time, res *RestoreResult) error {
	suffix := ".before-restore-" + now.UTC().Format("20060102T150405Z")
	live := filepath.Join(dir, DBFileName)
	liveKey, stagedKey := filepath.Join(dir, keyFileName), filepath.Join(stage, keyFileName)
	// Run as root for a daemon that runs as its own user, the restored
	// files must still be the daemon's: they take the data folder's owner.
	for _, f := range []string{stagedKey, filepath.Join(stage, DBFileName), filepath.Join(stage, headFileName)} {
		if err := matchOwner(dir, f); err != nil {
			return fmt.Errorf("store: restore: %w", err)
		}
	}
	if _, err := os.Stat(live); err == nil {
		res.KeptDB = live + suffix
		if err := os.Link(live, res.KeptDB); err != nil {
			return fmt.Errorf("store: restore: keep the current database: %w", err)
		}
	}
	old, oerr := os.ReadFile(liveKey)
	staged, err := os.ReadFile(stagedKey)
	if err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	if oerr == nil && !bytes.Equal(old, staged) {
		res.KeptKey = liveKey + suffix
		if err := os.Link(liveKey, res.KeptKey); err != nil {
			return fmt.Errorf("store: restore: keep the current key: %w", err)
		}
	}
	if oerr != nil || !bytes.Equal(old, staged) {
		if err := os.Rename(stagedKey, liveKey); err != nil {
			return fmt.Errorf("store: restore: %w", err)
		}
	}
	if err := os.Rename(filepath.Join(stage, DBFileName), live); err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	// The head now names the restored trail's newest entry (the restore's).
	if err := os.Rename(filepath.Join(stage, headFileName), filepath.Join(dir, headFileName)); err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	return syncDir(dir)
}

// lockLive takes the exclusive lock bbolt holds on the live database for
// as long as a process has it open, without mapping the file (which may
// be the damaged one being replaced). No file: nothing to lock.
func lockLive(path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return func() {}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: restore: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, &post.Error{Code: post.ELocked, Message: fmt.Sprintf(
				"%s is open in a running practicepost (the daemon?): stop it first (systemctl stop practicepost), then restore", path)}
		}
		return nil, fmt.Errorf("store: restore: lock %s: %w", path, err)
	}
	return func() { f.Close() }, nil
}

func sameFile(a, b string) (bool, error) {
	fa, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	fb, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(fa, fb), nil
}

// copyFile copies src to a new file dst, 0600, synced.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// matchOwner gives file the owner of folder dir when this process may
// (root); otherwise the file is already ours, as dir is.
func matchOwner(dir, file string) error {
	if os.Geteuid() != 0 {
		return nil
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return err
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	if err := os.Chown(file, int(st.Uid), int(st.Gid)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}
