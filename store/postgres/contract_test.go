package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres/pgtest"
	"github.com/practicepost/practicepost/store/storetest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// openTest opens a store on a new database of the shared test server,
// with its key file in a temporary folder; it is closed when t ends.
func openTest(t *testing.T, now func() time.Time) (open func(t *testing.T) *DB, dsn, keyFile string) {
	t.Helper()
	dsn = pgtest.DB(t)
	keyFile = filepath.Join(t.TempDir(), store.KeyFileName)
	open = func(t *testing.T) *DB {
		t.Helper()
		db, err := Open(context.Background(), dsn, Options{Now: now, KeyFile: keyFile})
		if err != nil {
			t.Fatal(err)
		}
		return db
	}
	return open, dsn, keyFile
}

// TestContract runs the storage contract's suite against Postgres.
func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T, now func() time.Time) *storetest.Backend {
		open, _, _ := openTest(t, now)
		db := open(t)
		t.Cleanup(func() { db.Close() })
		return &storetest.Backend{
			Store: db,
			Reopen: func(t *testing.T) store.Store {
				if err := db.Close(); err != nil {
					t.Fatal(err)
				}
				db = open(t)
				return db
			},
			Raw: pgRaw{},
		}
	})
}

// pgRaw is storetest.Raw for Postgres: it writes the tables directly, as
// someone with access to the database could.
type pgRaw struct{}

func (pgRaw) db(s store.Store) *DB { return s.(*DB) }

func (r pgRaw) editJSON(s store.Store, table, keyCol string, key any, v any, edit func()) error {
	ctx := context.Background()
	var b []byte
	col := "data"
	if table == "audit" {
		col = "entry"
	}
	if err := r.db(s).pool.QueryRow(ctx, fmt.Sprintf("SELECT %s FROM %s WHERE %s = $1", col, table, keyCol), key).Scan(&b); err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return err
	}
	edit()
	out, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = r.db(s).pool.Exec(ctx, fmt.Sprintf("UPDATE %s SET %s = $2 WHERE %s = $1", table, col, keyCol), key, out)
	return err
}

func (r pgRaw) EditAuditEntry(s store.Store, seq uint64, edit func(*post.AuditEntry)) error {
	var e post.AuditEntry
	return r.editJSON(s, "audit", "seq", int64(seq), &e, func() { edit(&e) })
}

func (r pgRaw) RehashAuditEntry(s store.Store, seq uint64, edit func(*post.AuditEntry)) error {
	return r.EditAuditEntry(s, seq, func(e *post.AuditEntry) {
		edit(e)
		*e = store.NewAuditEntry(e.Seq, e.Prev, e.At, store.Audit{Actor: e.Actor, Action: e.Action, Subject: e.Subject,
			HashBefore: e.HashBefore, HashAfter: e.HashAfter, Detail: e.Detail})
	})
}

func (r pgRaw) DeleteAuditEntry(s store.Store, seq uint64) error {
	_, err := r.db(s).pool.Exec(context.Background(), `DELETE FROM audit WHERE seq = $1`, int64(seq))
	return err
}

func (r pgRaw) EditPost(s store.Store, id post.ID, edit func(*post.Post)) error {
	var p post.Post
	return r.editJSON(s, "posts", "id", id, &p, func() { edit(&p) })
}

func (r pgRaw) CorruptAlert(s store.Store, id post.ID) error {
	_, err := r.db(s).pool.Exec(context.Background(), `UPDATE alerts SET data = $2 WHERE id = $1`, id, []byte("{torn"))
	return err
}

func (r pgRaw) SecretBytes(s store.Store, name string) ([]byte, error) {
	var b []byte
	err := r.db(s).pool.QueryRow(context.Background(), `SELECT sealed FROM secrets WHERE name = $1`, name).Scan(&b)
	return b, err
}
