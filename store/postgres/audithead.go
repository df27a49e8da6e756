package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// HeadFileName is the copy of the audit chain's head a replica keeps in
// its data folder, beside secret.key (Options.HeadFile).
//
// Why a database server needs it too: its backups are its own (pg_dump,
// snapshots, point-in-time recovery), and a database put back from an
// older one has lost every audit entry written since, while its chain
// still verifies as far as it goes. Each replica therefore writes
// "<database id> <seq> <hash>" of the newest entry it committed to this
// file after the commit. At open, a database whose head is behind that
// entry, or whose entry there has another hash, lost entries: the loss is
// written into the chain itself as an audit.gap entry (read-write), which
// every later verification reports, or kept for VerifyAudit (read-only,
// doctor). The database id (schema 6) travels with the database's
// backups, so a restored copy is compared and another database is not.
//
// The file is replaced by rename but not synced: after a power cut it may
// name an older entry than the database holds, which is not a loss; it
// never names one that was not committed. Each replica only knows the
// entries it wrote itself, so the check finds a loss that reaches back
// past the newest entry of at least one replica that starts afterwards.
const HeadFileName = "audit.head.postgres"

// databaseIDKey is the meta row naming this database (migration 6).
const databaseIDKey = "database_id"

// writeHead replaces the head file after a commit whose newest audit
// entry is seq, when seq is newer than what this process wrote last
// (commits of several goroutines may finish out of order).
func (db *DB) writeHead(seq uint64, hash string) {
	if db.headFile == "" || db.id == "" {
		return
	}
	db.headMu.Lock()
	defer db.headMu.Unlock()
	if seq <= db.headWritten {
		return
	}
	tmp := db.headFile + ".tmp"
	if err := os.WriteFile(tmp, fmt.Appendf(nil, "%s %d %s\n", db.id, seq, hash), 0o600); err != nil {
		return // the check is lost for now, not the data; the next commit tries again
	}
	if os.Rename(tmp, db.headFile) == nil {
		db.headWritten = seq
	}
}

// readHead parses the head file; ok is false when there is none.
func readHead(path string) (id string, seq uint64, hash string, ok bool, err error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", 0, "", false, nil
	}
	if err != nil {
		return "", 0, "", false, fmt.Errorf("store: read %s: %w", path, err)
	}
	f := strings.Fields(string(b))
	if len(f) != 3 {
		return "", 0, "", false, fmt.Errorf("store: %s is not \"database-id seq hash\"; delete it to start a new one", path)
	}
	if seq, err = strconv.ParseUint(f[1], 10, 64); err != nil {
		return "", 0, "", false, fmt.Errorf("store: %s: %w; delete it to start a new one", path, err)
	}
	return f[0], seq, f[2], true, nil
}

// checkHead compares the head file with the database at open. A loss is
// written into the chain (read-write) or kept for VerifyAudit (read-only).
func (db *DB) checkHead(ctx context.Context) error {
	id, seq, hash, ok, err := readHead(db.headFile)
	if err != nil || !ok {
		return err
	}
	if id != db.id {
		slog.Warn("store: "+filepath.Base(db.headFile)+" is the audit head of another database; this one's replaces it at the next write", "file", db.headFile)
		return nil
	}
	find := func(t *pgTx) (string, error) {
		var dseq int64
		err := t.tx.QueryRow(t.ctx, `SELECT seq FROM audit_head`).Scan(&dseq)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return "", fmt.Errorf("store: audit head: %w", err)
		}
		if uint64(dseq) < seq {
			return fmt.Sprintf("entries %d to %d are gone: %s says the trail had reached entry %d, the database ends at %d (a database put back from an older copy, or cut short)",
				dseq+1, seq, db.headFile, seq, dseq), nil
		}
		raw, found, err := t.getBytes(`SELECT entry FROM audit WHERE seq = $1`, int64(seq))
		if err != nil {
			return "", err
		}
		var e post.AuditEntry
		if !found || json.Unmarshal(raw, &e) != nil || e.Hash != hash {
			return fmt.Sprintf("entry %d is not the one %s names: the trail was replaced from there on", seq, db.headFile), nil
		}
		return "", nil
	}
	if db.readOnly {
		return db.view(ctx, func(t *pgTx) error {
			db.gap, err = find(t)
			return err
		})
	}
	// Compared and recorded under the write lock, so two replicas starting
	// together do not both record the same loss.
	return db.update(ctx, func(t *pgTx) error {
		gap, err := find(t)
		if err != nil || gap == "" {
			return err
		}
		slog.Error("store: audit entries were lost; recorded in the trail as audit.gap", "detail", gap)
		db.lostAtOpen = gap
		_, err = t.AppendAudit(store.Audit{Actor: "practicepost", Action: "audit.gap", Detail: gap})
		return err
	})
}

// LostAtOpen is the loss of audit entries this open found and recorded
// (an audit.gap entry), "" when none: the daemon then holds what is
// scheduled, since posts published after the copy was taken look
// unpublished in it.
func (db *DB) LostAtOpen() string { return db.lostAtOpen }
