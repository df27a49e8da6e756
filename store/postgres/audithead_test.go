package postgres

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres/pgtest"
)

// TestAuditHeadFindsAnOlderCopy: a database put back from an older copy
// (a pg_dump, a snapshot) has lost the audit entries written since, and
// its own chain still verifies as far as it goes. The copy of the head
// each replica keeps beside its key finds that: read-only (doctor) it is
// reported, read-write it is recorded in the chain as an audit.gap entry
// that every later verification reports. A data folder with no copy, or
// with the copy of another database, finds nothing.
func TestAuditHeadFindsAnOlderCopy(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DB(t)
	dir := t.TempDir()
	opt := Options{Now: fixedClock, KeyFile: filepath.Join(dir, store.KeyFileName), HeadFile: filepath.Join(dir, HeadFileName)}
	open := func(dsn string, opt Options) *DB {
		t.Helper()
		db, err := Open(ctx, dsn, opt)
		if err != nil {
			t.Fatal(err)
		}
		return db
	}
	addPost := func(db *DB, body string) {
		t.Helper()
		p := &post.Post{ID: post.NewID(t0), Body: body, Channels: []string{"x"}, Status: post.StatusDraft}
		if err := db.Update(ctx, func(tx store.Tx) error { return tx.InsertPost(p, store.Audit{Actor: "ann", Action: "post.create"}) }); err != nil {
			t.Fatal(err)
		}
	}
	verify := func(db *DB) *store.AuditBreak {
		t.Helper()
		brk, _, err := db.VerifyAudit(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return brk
	}

	db := open(dsn, opt)
	addPost(db, "Flu shots are in.")
	addPost(db, "Closed Monday.")
	db.Close()
	// The older copy, as the database stood then.
	copyDSN := copyDatabase(t, dsn)
	db = open(dsn, opt)
	addPost(db, "Welcome Dr. Reyes.")
	if brk := verify(db); brk != nil {
		t.Fatalf("before the restore: %+v", brk)
	}
	db.Close()

	// Another machine's data folder (no copy of the head) sees nothing.
	other := t.TempDir()
	otherOpt := Options{Now: fixedClock, KeyFile: opt.KeyFile, HeadFile: filepath.Join(other, HeadFileName)}
	odb := open(copyDSN, otherOpt)
	if brk := verify(odb); brk != nil {
		t.Errorf("a replica that never saw the newer entries: %+v, want no break", brk)
	}
	odb.Close()

	// This replica's copy names entry 3, which the restored database lacks.
	ro := opt
	ro.ReadOnly = true
	rdb := open(copyDSN, ro)
	brk := verify(rdb)
	rdb.Close()
	if brk == nil || !strings.Contains(brk.Reason, "gone") {
		t.Fatalf("read-only open of the older copy: %+v, want the lost entries reported", brk)
	}
	var gaps int
	admin, err := pgx.Connect(ctx, copyDSN)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	if err := admin.QueryRow(ctx, `SELECT count(*) FROM audit WHERE convert_from(entry, 'UTF8') LIKE '%"audit.gap"%'`).Scan(&gaps); err != nil || gaps != 0 {
		t.Fatalf("a read-only open wrote %d audit.gap entries (%v)", gaps, err)
	}
	db = open(copyDSN, opt)
	if brk := verify(db); brk == nil || !strings.Contains(brk.Reason, "lost") {
		t.Errorf("after serving from the older copy: %+v, want the audit.gap entry reported", brk)
	}
	db.Close()
	db = open(copyDSN, opt) // the evidence stays; no second entry
	if brk := verify(db); brk == nil {
		t.Errorf("reopened: the gap is no longer reported")
	}
	db.Close()
	if err := admin.QueryRow(ctx, `SELECT count(*) FROM audit WHERE convert_from(entry, 'UTF8') LIKE '%"audit.gap"%'`).Scan(&gaps); err != nil || gaps != 1 {
		t.Errorf("%d audit.gap entries (%v), want 1", gaps, err)
	}

	// The copy of another database's head is not compared, and is replaced.
	fresh := pgtest.DB(t)
	db = open(fresh, opt)
	if brk := verify(db); brk != nil {
		t.Errorf("a new database opened with another database's head copy: %+v", brk)
	}
	addPost(db, "New practice.")
	db.Close()
	b, err := os.ReadFile(opt.HeadFile)
	if f := strings.Fields(string(b)); err != nil || len(f) != 3 || f[1] != "1" {
		t.Errorf("the head copy after the new database's first entry: %q (%v), want \"<database id> 1 <hash>\"", b, err)
	}
}

// copyDatabase makes a new database from dsn's (which nobody may be
// connected to) and returns its DSN: a restored copy of the database as
// it stands now.
func copyDatabase(t *testing.T, dsn string) string {
	t.Helper()
	ctx := context.Background()
	m := regexp.MustCompile(`dbname=(\w+)`).FindStringSubmatch(dsn)
	if m == nil {
		t.Fatalf("no dbname in %s", dsn)
	}
	admin, err := pgx.Connect(ctx, strings.Replace(dsn, m[0], "dbname=postgres", 1))
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	name := m[1] + "_copy"
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+name+" TEMPLATE "+m[1]); err != nil {
		t.Fatal(err)
	}
	return strings.Replace(dsn, m[0], "dbname="+name, 1)
}
