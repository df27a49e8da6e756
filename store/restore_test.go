package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/practicepost/practicepost/post"
)

// restoreEnv is a data folder with one post and one secret, and a backup
// of it (with its key beside) in another folder, made before a second post.
type restoreEnv struct {
	dir, backup string
}

func newRestoreEnv(t *testing.T) restoreEnv {
	t.Helper()
	ctx := context.Background()
	e := restoreEnv{dir: t.TempDir(), backup: filepath.Join(t.TempDir(), "b.db")}
	db, err := Open(ctx, e.dir, Options{Now: func() time.Time { return t0 }})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	insert := func() {
		if err := db.Update(ctx, func(tx Tx) error {
			return tx.InsertPost(scheduledPost(t0, "x"), Audit{Actor: "ann", Action: "post.create"})
		}); err != nil {
			t.Fatal(err)
		}
	}
	insert()
	if err := db.SaveSecret(ctx, "x/x-main/oauth2-token", []byte("tok")); err != nil {
		t.Fatal(err)
	}
	if _, err := db.BackupFile(ctx, e.backup, false); err != nil {
		t.Fatal(err)
	}
	insert()
	return e
}

func countPosts(t *testing.T, dir string) int {
	t.Helper()
	db, err := Open(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n := 0
	db.View(context.Background(), func(tx Tx) error {
		return tx.EachPost("", func(*post.Post) error { n++; return nil })
	})
	if tok, err := db.LoadSecret(context.Background(), "x/x-main/oauth2-token"); err != nil || string(tok) != "tok" {
		t.Errorf("secret after restore: %q %v", tok, err)
	}
	if brk, _, err := db.VerifyAudit(context.Background()); err != nil || brk != nil {
		t.Errorf("audit after restore: %+v %v", brk, err)
	}
	return n
}

func TestRestore(t *testing.T) {
	ctx := context.Background()
	e := newRestoreEnv(t)
	before, _ := os.ReadFile(filepath.Join(e.dir, DBFileName))
	res, err := Restore(ctx, e.dir, e.backup, RestoreOptions{Actor: "cli:root"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Schema != SchemaVersion || res.Secrets != 1 || res.KeyFrom != e.backup+KeySuffix || res.KeptKey != "" {
		t.Errorf("result %+v", res)
	}
	if kept, _ := os.ReadFile(res.KeptDB); !bytes.Equal(kept, before) {
		t.Errorf("the replaced database was not kept as %s", res.KeptDB)
	}
	if n := countPosts(t, e.dir); n != 1 {
		t.Errorf("%d posts after restoring the one-post backup", n)
	}
	db, err := Open(ctx, e.dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var last post.AuditEntry
	db.AuditEntries(ctx, 0, func(en post.AuditEntry) error { last = en; return nil })
	if last.Action != "store.restore" || last.Actor != "cli:root" || !strings.Contains(last.Detail, "b.db") {
		t.Errorf("last audit entry %+v, want the restore", last)
	}
}

// TestRestoreRefuses: each refusal says why and changes nothing in the
// data folder.
func TestRestoreRefuses(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name string
		// prepare returns the file to restore and options.
		prepare func(t *testing.T, e restoreEnv) (string, RestoreOptions)
		code    string
		want    string
	}{
		{"the daemon holds the database", func(t *testing.T, e restoreEnv) (string, RestoreOptions) {
			db, err := Open(ctx, e.dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			return e.backup, RestoreOptions{}
		}, post.ELocked, "stop it first"},
		{"a backup from another key", func(t *testing.T, e restoreEnv) (string, RestoreOptions) {
			other := filepath.Join(t.TempDir(), keyFileName)
			os.WriteFile(other, bytes.Repeat([]byte{7}, 32), 0o600)
			return e.backup, RestoreOptions{KeyFile: other}
		}, post.EConflict, "does not open the platform logins"},
		{"no key anywhere", func(t *testing.T, e restoreEnv) (string, RestoreOptions) {
			os.Remove(e.backup + KeySuffix)
			os.Remove(filepath.Join(e.dir, keyFileName))
			return e.backup, RestoreOptions{}
		}, post.EConflict, "give --key"},
		{"a file cut short", func(t *testing.T, e restoreEnv) (string, RestoreOptions) {
			fi, _ := os.Stat(e.backup)
			os.Truncate(e.backup, fi.Size()/2)
			return e.backup, RestoreOptions{}
		}, post.EInvalid, "not a whole practicepost database"},
		{"garbage", func(t *testing.T, e restoreEnv) (string, RestoreOptions) {
			os.WriteFile(e.backup, bytes.Repeat([]byte("not a database "), 1000), 0o600)
			return e.backup, RestoreOptions{}
		}, post.EInvalid, "not a whole practicepost database"},
		{"another program's database", func(t *testing.T, e restoreEnv) (string, RestoreOptions) {
			other := filepath.Join(t.TempDir(), "other.db")
			bdb, err := bolt.Open(other, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			bdb.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("things")); return err })
			bdb.Close()
			return other, RestoreOptions{}
		}, post.EInvalid, "not a practicepost one"},
		{"a broken audit trail", func(t *testing.T, e restoreEnv) (string, RestoreOptions) {
			bdb, err := bolt.Open(e.backup, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			bdb.Update(func(tx *bolt.Tx) error {
				b := tx.Bucket(bucketAudit)
				return b.Put(u64(1), bytes.Replace(b.Get(u64(1)), []byte(`"ann"`), []byte(`"bob"`), 1))
			})
			bdb.Close()
			return e.backup, RestoreOptions{}
		}, post.EConflict, "broken at entry 1"},
		{"a newer schema", func(t *testing.T, e restoreEnv) (string, RestoreOptions) {
			setFileSchema(t, e.backup, SchemaVersion+1)
			return e.backup, RestoreOptions{}
		}, post.EConflict, "newer practicepost"},
		{"the live database itself", func(t *testing.T, e restoreEnv) (string, RestoreOptions) {
			return filepath.Join(e.dir, DBFileName), RestoreOptions{}
		}, post.EInvalid, "live database"},
		{"a missing file", func(t *testing.T, e restoreEnv) (string, RestoreOptions) {
			return filepath.Join(t.TempDir(), "nope.db"), RestoreOptions{}
		}, post.EInvalid, "cannot read the backup"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newRestoreEnv(t)
			file, opt := c.prepare(t, e)
			snap := snapshotDir(t, e.dir)
			_, err := Restore(ctx, e.dir, file, opt)
			if err == nil {
				t.Fatal("restored")
			}
			if post.ErrorCode(err) != c.code || !strings.Contains(post.ErrorMessage(err), c.want) {
				t.Fatalf("got %v %q, want %v saying %q", post.ErrorCode(err), post.ErrorMessage(err), c.code, c.want)
			}
			t.Log(post.ErrorMessage(err))
			if after := snapshotDir(t, e.dir); after != snap {
				t.Fatalf("the data folder changed:\n%s\nwas\n%s", after, snap)
			}
		})
	}
}

// TestRestoreAnOlderSchema: a backup an older practicepost wrote comes
// back upgraded, with its key from --key.
func TestRestoreAnOlderSchema(t *testing.T) {
	old := copyFixture(t, 1)
	dir := t.TempDir()
	res, err := Restore(context.Background(), dir, filepath.Join(old, DBFileName), RestoreOptions{KeyFile: filepath.Join(old, keyFileName)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Schema != 1 || res.Secrets != 1 || res.KeptDB != "" {
		t.Errorf("result %+v", res)
	}
	db, err := Open(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if tok, err := db.LoadSecret(context.Background(), "preview/fixture/token"); err != nil || string(tok) != "fixture-token" {
		t.Fatalf("secret: %q %v", tok, err)
	}
}

// snapshotDir lists every file in dir with its contents' hash.
func snapshotDir(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, _ := os.ReadFile(p)
		fmt.Fprintf(&b, "%s %x\n", strings.TrimPrefix(p, dir), sha256.Sum256(raw))
		return nil
	})
	return b.String()
}

// TestRestoreOntoANewInstall: onto a data folder with another key (a new
// server), the backup's own key comes in and the folder's is kept aside.
func TestRestoreOntoANewInstall(t *testing.T) {
	e := newRestoreEnv(t)
	fresh := t.TempDir()
	db, err := Open(context.Background(), fresh, Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	newKey, _ := os.ReadFile(filepath.Join(fresh, keyFileName))
	res, err := Restore(context.Background(), fresh, e.backup, RestoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if kept, _ := os.ReadFile(res.KeptKey); res.KeptKey == "" || !bytes.Equal(kept, newKey) {
		t.Errorf("the new install's key was not kept: %+v", res)
	}
	if n := countPosts(t, fresh); n != 1 {
		t.Errorf("%d posts", n)
	}
}
