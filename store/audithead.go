package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/practicepost/practicepost/post"
)

// The audit chain's head (the newest entry's number and hash) lives in the
// database, where it vanishes with the entries it names: a database put
// back from an old copy, or cut short, still verified "intact". A copy of
// the head is therefore kept beside the secret key (headFileName), written
// after every commit that adds entries. When the database's own head is
// behind that copy, or the entry the copy names has another hash, the
// entries since were lost: Open records that in the chain itself (an
// audit.gap entry, so the evidence survives the sidecar being rewritten)
// and VerifyAudit reports it.
//
// The sidecar is replaced by rename but not synced: after a power cut it
// may name an older entry than the database, which is not a loss and is
// not reported; it never names a newer one than was committed.

// hookHead arranges for the sidecar to follow this transaction's newest
// audit entry once (and only if) it commits.
func (tx *boltTx) hookHead(seq uint64, hash string) {
	tx.headSeq, tx.headHash = seq, hash
	if tx.headHooked || tx.db == nil {
		return
	}
	tx.headHooked = true
	tx.tx.OnCommit(func() { tx.db.writeHead(tx.headSeq, tx.headHash) })
}

// writeHead replaces the sidecar when seq is newer than what this process
// last wrote (commit hooks run after the write lock is released, so two
// may race).
func (db *DB) writeHead(seq uint64, hash string) {
	db.headMu.Lock()
	defer db.headMu.Unlock()
	if seq <= db.headWritten {
		return
	}
	path := filepath.Join(db.dir, headFileName)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(fmt.Sprintf("%d %s\n", seq, hash)), 0o600); err != nil {
		return // the check is lost for now, not the data; the next commit tries again
	}
	if os.Rename(tmp, path) == nil {
		db.headWritten = seq
	}
}

// readHead parses the sidecar; ok is false when there is none.
func readHead(dir string) (seq uint64, hash string, ok bool, err error) {
	b, err := os.ReadFile(filepath.Join(dir, headFileName))
	if errors.Is(err, fs.ErrNotExist) {
		return 0, "", false, nil
	}
	if err != nil {
		return 0, "", false, fmt.Errorf("store: read %s: %w", headFileName, err)
	}
	f := strings.Fields(string(b))
	if len(f) != 2 {
		return 0, "", false, fmt.Errorf("store: %s is not \"seq hash\"", filepath.Join(dir, headFileName))
	}
	seq, err = strconv.ParseUint(f[0], 10, 64)
	if err != nil {
		return 0, "", false, fmt.Errorf("store: %s: %w", filepath.Join(dir, headFileName), err)
	}
	return seq, f[1], true, nil
}

// checkHead compares the sidecar with the database at open. A loss is
// written into the chain (read-write) or kept for VerifyAudit (read-only).
func (db *DB) checkHead(readOnly bool) error {
	seq, hash, ok, err := readHead(db.dir)
	if err != nil || !ok {
		return err
	}
	var gap string
	err = db.bolt.View(func(btx *bolt.Tx) error {
		var dseq uint64
		if head := btx.Bucket(bucketMeta).Get(keyAuditHead); len(head) > 8 {
			dseq = binary.BigEndian.Uint64(head[:8])
		}
		if dseq < seq {
			gap = fmt.Sprintf("entries %d to %d are gone: %s says the trail had reached entry %d, the database ends at %d (a database put back from an older copy, or cut short)",
				dseq+1, seq, headFileName, seq, dseq)
			return nil
		}
		var e post.AuditEntry
		if v := btx.Bucket(bucketAudit).Get(u64(seq)); v == nil || json.Unmarshal(v, &e) != nil || e.Hash != hash {
			gap = fmt.Sprintf("entry %d is not the one %s names: the trail was replaced from there on", seq, headFileName)
		}
		return nil
	})
	if err != nil || gap == "" {
		return err
	}
	if readOnly {
		db.gap = gap
		return nil
	}
	db.lostAtOpen = gap
	return db.bolt.Update(func(btx *bolt.Tx) error {
		tx := &boltTx{tx: btx, db: db, now: db.now()}
		_, err := tx.AppendAudit(Audit{Actor: "practicepost", Action: "audit.gap", Detail: gap})
		return err
	})
}

// LostAtOpen is the loss of audit entries this open found and recorded
// (an audit.gap entry), "" when none: the daemon then holds what is
// scheduled, since posts published after the copy was taken look
// unpublished in it.
func (db *DB) LostAtOpen() string { return db.lostAtOpen }
