package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestBackupFileRefusesToReplaceOrCreate: a backup aimed at the live
// database (under any spelling), into the data folder, into a missing
// folder or over an existing file without overwrite is refused, and the
// database and the file stay as they were.
func TestBackupFileRefusesToReplaceOrCreate(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	p := scheduledPost(t0, "x")
	if err := db.Update(ctx, func(tx Tx) error { return tx.InsertPost(p, Audit{Action: "post.create"}) }); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	link := filepath.Join(out, "hardlink.db")
	if err := os.Link(db.Path(), link); err != nil {
		t.Fatal(err)
	}
	sym := filepath.Join(out, "datalink")
	if err := os.Symlink(db.Dir(), sym); err != nil {
		t.Fatal(err)
	}
	existing := filepath.Join(out, "old.db")
	os.WriteFile(existing, []byte("keep me"), 0o600)
	cases := []struct {
		name, path, want string
	}{
		{"the live database", db.Path(), "live database"},
		{"the live database through ..", filepath.Join(db.Dir(), "media", "..", DBFileName), "live database"},
		{"a hard link to it", link, "live database"},
		{"the data folder through a symlink", filepath.Join(sym, "copy.db"), "inside the data folder"},
		{"a new file in the data folder", filepath.Join(db.Dir(), "copy.db"), "inside the data folder"},
		{"the media folder", filepath.Join(db.Dir(), "media", "copy.db"), "inside the data folder"},
		{"a missing folder", filepath.Join(out, "no", "such", "x.db"), "does not exist"},
		{"an existing file", existing, "already exists"},
		{"a relative path", "x.db", "absolute"},
	}
	if err := os.MkdirAll(filepath.Join(db.Dir(), "media"), 0o700); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := db.BackupFile(ctx, c.path, c.name == "the live database")
			var pe *post.Error
			if !errors.As(err, &pe) || !strings.Contains(pe.Message, c.want) {
				t.Fatalf("backup to %s: got %v, want a refusal naming %q", c.path, err, c.want)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(out, "no")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a refused backup created folders: %v", err)
	}
	if b, _ := os.ReadFile(existing); string(b) != "keep me" {
		t.Fatal("an existing file was replaced without overwrite")
	}
	if err := db.View(ctx, func(tx Tx) error { _, err := tx.Post(p.ID); return err }); err != nil {
		t.Fatalf("the live database lost its post: %v", err)
	}
	// Allowed: over an existing file with overwrite, and into the backups folder.
	if _, err := db.BackupFile(ctx, existing, true); err != nil {
		t.Fatalf("overwrite: %v", err)
	}
	if err := os.Mkdir(filepath.Join(db.Dir(), "backups"), 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := db.BackupFile(ctx, filepath.Join(db.Dir(), "backups", "b.db"), false); err != nil {
		t.Fatalf("into the backups folder: %v", err)
	}
}

// TestOpenRefusesALostDatabase: a missing or empty database beside a secret
// key is not replaced by a new empty one; a new folder and init still work.
func TestOpenRefusesALostDatabase(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name, want string
		lose       func(path string) error
	}{
		{"missing", "is missing", os.Remove},
		{"empty", "is empty", func(path string) error { return os.Truncate(path, 0) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			db, err := Open(ctx, dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			path := db.Path()
			db.Close()
			if err := c.lose(path); err != nil {
				t.Fatal(err)
			}
			_, err = Open(ctx, dir, Options{})
			var pe *post.Error
			if !errors.As(err, &pe) || !strings.Contains(pe.Message, c.want) || !strings.Contains(pe.Message, keyFileName) {
				t.Fatalf("open with the database %s: got %v, want a refusal naming the database and %s", c.name, err, keyFileName)
			}
			if fi, err := os.Stat(path); err == nil && fi.Size() > 0 {
				t.Fatal("a refused open wrote a new database")
			}
			db, err = Open(ctx, dir, Options{Init: true})
			if err != nil {
				t.Fatalf("init may start over: %v", err)
			}
			db.Close()
		})
	}
}

// TestOpenDamagedDatabase: a database file cut short gives a clear error
// naming the newest backup, not a Go panic or a SIGBUS.
func TestOpenDamagedDatabase(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 300 {
		p := scheduledPost(t0, "x")
		p.Body = strings.Repeat("flu shots ", 50) + string(rune('a'+i%26))
		if err := db.Update(ctx, func(tx Tx) error { return tx.InsertPost(p, Audit{Action: "post.create"}) }); err != nil {
			t.Fatal(err)
		}
	}
	os.Mkdir(filepath.Join(dir, "backups"), 0o700)
	backup := filepath.Join(dir, "backups", "practicepost-20270301T150000Z.db")
	if _, err := db.BackupFile(ctx, backup, false); err != nil {
		t.Fatal(err)
	}
	path := db.Path()
	db.Close()
	fi, _ := os.Stat(path)
	for _, size := range []int64{fi.Size() / 2, 3 * 4096, 100} {
		if err := os.Truncate(path, size); err != nil {
			t.Fatal(err)
		}
		_, err := Open(ctx, dir, Options{})
		var pe *post.Error
		if !errors.As(err, &pe) || !strings.Contains(pe.Message, "damaged") || !strings.Contains(pe.Message, backup) {
			t.Fatalf("open of a file cut to %d bytes: got %v, want 'damaged' naming %s", size, err, backup)
		}
	}
}

// TestOpenRefusesALostKey: with secret.key gone and platform logins sealed
// with it in the database, no new key is made (it could not open them).
func TestOpenRefusesALostKey(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SaveSecret(ctx, "x/x-main/oauth2-token", []byte("tok")); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if err := os.Remove(filepath.Join(dir, keyFileName)); err != nil {
		t.Fatal(err)
	}
	_, err = Open(ctx, dir, Options{})
	var pe *post.Error
	if !errors.As(err, &pe) || !strings.Contains(pe.Message, keyFileName+" is missing") {
		t.Fatalf("open without the key: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, keyFileName)); err == nil {
		t.Fatal("a new key was made")
	}
}
