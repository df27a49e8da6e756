package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/practicepost/practicepost/post"
)

// headFileName is the sidecar beside the secret key that keeps the audit
// chain's newest entry, so losing the newest entries (a database put back
// from an old copy, a truncation) shows in `audit verify`.
const headFileName = "audit.head"

func isTimeout(err error) bool { return errors.Is(err, bolterrors.ErrTimeout) }

// checkNotLost refuses to let Open create a new database where one has
// been lost: when the database file is missing or empty but the folder
// still holds the secret key, images or backups, a fresh database would
// start with no users and no posts and say nothing. It names what is there
// and what is missing.
func checkNotLost(dir, path, backupDir string) error {
	what := "missing"
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.Size() > 0:
		return nil
	case err == nil:
		what = "empty (0 bytes)"
	case !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("store: %w", err)
	}
	var found []string
	if _, err := os.Stat(filepath.Join(dir, keyFileName)); err == nil {
		found = append(found, keyFileName)
	}
	if _, err := os.Stat(filepath.Join(dir, headFileName)); err == nil {
		found = append(found, headFileName)
	}
	if nonEmptyDir(filepath.Join(dir, "media")) {
		found = append(found, "images (media/)")
	}
	if nonEmptyDir(backupDir) {
		found = append(found, "backups ("+backupDir+")")
	}
	if len(found) == 0 {
		return nil // a new data folder: nothing to lose
	}
	msg := fmt.Sprintf("the database %s is %s, but the data folder still holds %s: "+
		"the database was lost or damaged, and practicepost will not start over with an empty one. ", path, what, strings.Join(found, ", "))
	if b := newestBackup(backupDir); b != "" {
		msg += fmt.Sprintf("Restore the latest backup: cp %s %s", b, path)
	} else {
		msg += "Restore it from your latest backup"
	}
	msg += " (or, to really start a new practice, run `practicepost init` with a new folder)"
	return &post.Error{Code: post.EConflict, Message: msg}
}

func nonEmptyDir(dir string) bool {
	f, err := os.Open(dir)
	if err != nil {
		return false
	}
	defer f.Close()
	names, _ := f.Readdirnames(1)
	return len(names) > 0
}

// newestBackup is the newest practicepost backup file in dir, or "".
func newestBackup(dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	var names []string
	for _, e := range entries {
		if n := e.Name(); !e.IsDir() && strings.HasSuffix(n, ".db") && !strings.HasPrefix(n, ".") {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return ""
	}
	slices.Sort(names) // backup names carry a sortable UTC time
	return filepath.Join(dir, names[len(names)-1])
}

// damaged is the error for a database file bbolt cannot safely read.
func damaged(path, backupDir, why string) error {
	msg := fmt.Sprintf("the database file %s is damaged (%s); restore the latest backup", path, why)
	if b := newestBackup(backupDir); b != "" {
		msg += fmt.Sprintf(": stop practicepost, then cp %s %s", b, path)
	} else {
		msg += " over it (none found in " + backupDir + ")"
	}
	return &post.Error{Code: post.EConflict, Message: msg}
}

// openBolt opens the database file, turning a damaged file into a clear
// error instead of a Go panic (bbolt panics on a truncated freelist page)
// or a crash on a read past the end of the mapped file.
func openBolt(path string, opt *bolt.Options, backupDir string) (bdb *bolt.DB, err error) {
	if why := checkFile(path); why != "" {
		return nil, damaged(path, backupDir, why)
	}
	defer func() {
		if r := recover(); r != nil {
			bdb, err = nil, damaged(path, backupDir, fmt.Sprint(r))
		}
	}()
	bdb, err = bolt.Open(path, 0o600, opt)
	if err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, fs.ErrPermission) && !isTimeout(err) {
		return nil, damaged(path, backupDir, err.Error())
	}
	return bdb, err
}

// Layout of a bbolt meta page (go.etcd.io/bbolt internal/common): a 16-byte
// page header, then magic, version, page size, flags (4 bytes each), the
// root bucket (16), freelist page, high-water page and txid (8 each), and an
// FNV-64a checksum of everything before it. Native byte order.
const (
	boltMagic       = 0xED0CDAED
	boltVersion     = 2
	metaOff         = 16
	metaChecksummed = 56
)

// checkFile reads the two meta pages of an existing, non-empty database file
// and checks the file is as long as the newer valid one says. A file cut
// short (a failed copy, a full disk) is refused here, before bbolt maps it:
// reading past its end would kill the process with SIGBUS, which no
// recover catches. "" means fine (or nothing to check: no file yet).
func checkFile(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || fi.Size() == 0 {
		return ""
	}
	var best *boltMeta
	head := make([]byte, metaOff+metaChecksummed+8)
	if _, err := io.ReadFull(f, head); err != nil {
		return "shorter than a database header"
	}
	if m, ok := parseMeta(head); ok {
		best = &m
	}
	pageSize := int64(4096)
	if best != nil {
		pageSize = int64(best.pageSize)
	}
	if _, err := f.ReadAt(head, pageSize); err == nil {
		if m, ok := parseMeta(head); ok && (best == nil || m.txid > best.txid) {
			best = &m
		}
	}
	if best == nil {
		return "no valid header page"
	}
	if need := int64(best.pgid) * int64(best.pageSize); fi.Size() < need {
		return fmt.Sprintf("the file is %d bytes but its header says %d: it was cut short", fi.Size(), need)
	}
	return ""
}

type boltMeta struct {
	pageSize   uint32
	freelist   uint64
	pgid, txid uint64
}

func parseMeta(b []byte) (boltMeta, bool) {
	m := b[metaOff:]
	le := binary.NativeEndian
	if le.Uint32(m[0:]) != boltMagic || le.Uint32(m[4:]) != boltVersion {
		return boltMeta{}, false
	}
	h := fnv.New64a()
	h.Write(m[:metaChecksummed])
	if h.Sum64() != le.Uint64(m[metaChecksummed:]) {
		return boltMeta{}, false
	}
	out := boltMeta{pageSize: le.Uint32(m[8:]), freelist: le.Uint64(m[32:]), pgid: le.Uint64(m[40:]), txid: le.Uint64(m[48:])}
	if out.pageSize < 512 || out.pageSize > 1<<16 {
		return boltMeta{}, false
	}
	return out, true
}
