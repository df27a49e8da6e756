package store

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// tamperPostText changes one byte of the first stored post's text in the
// database file, as someone editing the file directly would.
func tamperPostText(t *testing.T, db *DB) {
	t.Helper()
	err := db.bolt.Update(func(btx *bolt.Tx) error {
		b := btx.Bucket(bucketPosts)
		k, v := b.Cursor().First()
		i := bytes.Index(v, []byte("Flu"))
		if i < 0 {
			t.Fatalf("no text to change in %s", v)
		}
		changed := bytes.Clone(v)
		changed[i] = 'G'
		return b.Put(bytes.Clone(k), changed)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestAuditVerifyCatchesAChangedPost: one byte changed in a published
// post's stored text breaks verification at the entry that recorded the
// content, though the chain itself still holds.
func TestAuditVerifyCatchesAChangedPost(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	p := scheduledPost(t0, "x")
	if err := db.Update(ctx, func(tx Tx) error { return tx.InsertPost(p, Audit{Action: "post.create"}) }); err != nil {
		t.Fatal(err)
	}
	if err := db.Update(ctx, func(tx Tx) error {
		q, err := tx.Post(p.ID)
		if err != nil {
			return err
		}
		q.Status = "published"
		return tx.PutPost(q, Audit{Action: "delivery.published"})
	}); err != nil {
		t.Fatal(err)
	}
	if brk, n, err := db.VerifyAudit(ctx); err != nil || brk != nil || n != 2 {
		t.Fatalf("before: %+v %d %v", brk, n, err)
	}
	tamperPostText(t, db)
	brk, _, err := db.VerifyAudit(ctx)
	if err != nil || brk == nil || brk.Seq != 2 || !strings.Contains(brk.Reason, string(p.ID)) {
		t.Fatalf("after a byte of the text changed: %+v %v, want a break at entry 2 naming the post", brk, err)
	}
}

// TestAuditVerifyCatchesLostNewestEntries: a database put back from an
// older copy (or cut short) loses its newest entries and its own head with
// them; the head kept beside the secret key shows it, on a read-write open
// (recorded in the chain) and a read-only one.
func TestAuditVerifyCatchesLostNewestEntries(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := Open(ctx, dir, Options{Now: func() time.Time { return t0 }})
	if err != nil {
		t.Fatal(err)
	}
	add := func() {
		p := scheduledPost(t0, "x")
		if err := db.Update(ctx, func(tx Tx) error { return tx.InsertPost(p, Audit{Action: "post.create"}) }); err != nil {
			t.Fatal(err)
		}
	}
	add()
	add()
	old := filepath.Join(t.TempDir(), "old.db")
	if _, err := db.BackupFile(ctx, old, false); err != nil {
		t.Fatal(err)
	}
	add()
	add()
	db.Close()
	raw, _ := os.ReadFile(old)
	if err := os.WriteFile(filepath.Join(dir, DBFileName), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	ro, err := Open(ctx, dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	brk, _, err := ro.VerifyAudit(ctx)
	ro.Close()
	if err != nil || brk == nil || !strings.Contains(brk.Reason, "entries 3 to 4 are gone") {
		t.Fatalf("read-only verify of the older copy: %+v %v", brk, err)
	}
	db, err = Open(ctx, dir, Options{Now: func() time.Time { return t0 }})
	if err != nil {
		t.Fatal(err)
	}
	add() // later writes do not hide the loss
	brk, _, err = db.VerifyAudit(ctx)
	db.Close()
	if err != nil || brk == nil || brk.Seq != 3 || !strings.Contains(brk.Reason, "entries 3 to 4 are gone") {
		t.Fatalf("verify after reopening the older copy: %+v %v", brk, err)
	}
}
