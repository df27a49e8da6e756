package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/practicepost/practicepost/post"
)

// TestUpgradeFromSchema1 opens a database written by the first released
// schema (testdata/schema-1.db.gz: one scheduled post, one audit entry)
// and checks that it upgrades and keeps its data.
func TestUpgradeFromSchema1(t *testing.T) {
	gz, err := os.ReadFile("testdata/schema-1.db.gz")
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, DBFileName), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := Open(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.View(context.Background(), func(tx *Tx) error {
		if v := readVersion(tx.bucket(bucketMeta)); v != SchemaVersion {
			t.Errorf("schema %d after upgrade, want %d", v, SchemaVersion)
		}
		for _, b := range [][]byte{bucketCollectDue, bucketRevisions} {
			if tx.bucket(b) == nil {
				t.Errorf("bucket %s missing after upgrade", b)
			}
		}
		n := 0
		if err := tx.EachPost("", func(p *post.Post) error { n++; return nil }); err != nil {
			return err
		}
		if n != 1 {
			t.Errorf("%d posts after upgrade, want 1", n)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if brk, n, err := db.VerifyAudit(context.Background()); err != nil || brk != nil || n != 1 {
		t.Fatalf("audit after upgrade: %+v %d %v", brk, n, err)
	}
	// Schema 5 indexed the fixture's post under its create entry: a byte
	// changed in its stored text now shows.
	tamperPostText(t, db)
	if brk, _, err := db.VerifyAudit(context.Background()); err != nil || brk == nil || brk.Seq != 1 || !strings.Contains(brk.Reason, "changed outside practicepost") {
		t.Fatalf("audit after a byte of the upgraded post changed: %+v %v", brk, err)
	}
}

// TestWriteSchema1Fixture rebuilds testdata/schema-1.db.gz; it runs only
// with PRACTICEPOST_WRITE_FIXTURE=1, and only makes sense at schema 1.
func TestWriteSchema1Fixture(t *testing.T) {
	if os.Getenv("PRACTICEPOST_WRITE_FIXTURE") != "1" {
		t.Skip("set PRACTICEPOST_WRITE_FIXTURE=1 to rebuild the fixture")
	}
	dir := t.TempDir()
	bdb, err := bolt.Open(filepath.Join(dir, DBFileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = bdb.Update(func(btx *bolt.Tx) error {
		if err := migrations[0](btx); err != nil {
			return err
		}
		if err := btx.Bucket(bucketMeta).Put(keyVersion, u64(1)); err != nil {
			return err
		}
		tx := &Tx{tx: btx, now: t0}
		return tx.InsertPost(scheduledPost(t0.Add(time.Hour), "preview"), Audit{Actor: "fixture", Action: "post.create"})
	})
	bdb.Close()
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(filepath.Join(dir, DBFileName))
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(raw)
	zw.Close()
	os.MkdirAll("testdata", 0o755)
	if err := os.WriteFile("testdata/schema-1.db.gz", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
