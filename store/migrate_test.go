package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/practicepost/practicepost/post"
)

// fixtureDir is the data folder that schema version v's own code wrote
// (testdata/fixturegen/generate.sh builds it from the git history).
func fixtureDir(v uint64) string { return filepath.Join("testdata", fmt.Sprintf("schema-%d", v)) }

// copyFixture puts schema version v's data folder into a new temporary
// folder: the database unzipped, the key and audit head as they were.
func copyFixture(t *testing.T, v uint64) string {
	t.Helper()
	src := fixtureDir(v)
	gz, err := os.ReadFile(filepath.Join(src, DBFileName+".gz"))
	if err != nil {
		t.Fatalf("no fixture for schema %d (run store/testdata/fixturegen/generate.sh %d): %v", v, v, err)
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
	for _, f := range []string{keyFileName, headFileName} {
		b, err := os.ReadFile(filepath.Join(src, f))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// fileSchema reads the schema version stored in a database file without
// migrating it.
func fileSchema(t *testing.T, path string) uint64 {
	t.Helper()
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	var v uint64
	bdb.View(func(tx *bolt.Tx) error {
		if m := tx.Bucket(bucketMeta); m != nil {
			v = readVersion(m)
		}
		return nil
	})
	return v
}

// TestUpgradeFromEverySchema opens the data folder each released schema
// version wrote (testdata/schema-N, made by that version's code: see
// testdata/fixturegen) with today's code, and checks that it upgrades and
// keeps everything: users, both posts, the review, the setting, the
// encrypted secret (so the key still fits), an intact audit trail, and
// the indexes later migrations built from old data.
func TestUpgradeFromEverySchema(t *testing.T) {
	for v := uint64(1); v <= SchemaVersion; v++ {
		t.Run(fmt.Sprintf("schema-%d", v), func(t *testing.T) {
			ctx := context.Background()
			dir := copyFixture(t, v)
			if got := fileSchema(t, filepath.Join(dir, DBFileName)); got != v {
				t.Fatalf("fixture %s is schema %d, want %d", fixtureDir(v), got, v)
			}
			db, err := Open(ctx, dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			copies, err := PreUpgradeBackups(dir)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case v == SchemaVersion && len(copies) != 0:
				t.Errorf("a database needing no upgrade got copies %v", copies)
			case v < SchemaVersion && len(copies) != 1:
				t.Errorf("copies kept before the upgrade: %v, want one", copies)
			case v < SchemaVersion && fileSchema(t, copies[0]) != v:
				t.Errorf("the copy kept before the upgrade is schema %d, want %d", fileSchema(t, copies[0]), v)
			}
			var green, sched post.ID
			err = db.view(ctx, func(tx *boltTx) error {
				if got := readVersion(tx.bucket(bucketMeta)); got != SchemaVersion {
					t.Errorf("schema %d after upgrade, want %d", got, SchemaVersion)
				}
				for _, b := range append(append([][]byte{}, allBuckets...), bucketCollectDue, bucketRevisions, bucketEvergreen, bucketEvergreenUse, bucketAuditLast) {
					if tx.bucket(b) == nil {
						t.Errorf("bucket %s missing after upgrade", b)
					}
				}
				if err := tx.EachPost("", func(p *post.Post) error {
					if p.Evergreen {
						green = p.ID
					} else {
						sched = p.ID
					}
					return nil
				}); err != nil {
					return err
				}
				if green == "" || sched == "" {
					t.Fatalf("posts after upgrade: evergreen %q, scheduled %q; want both", green, sched)
				}
				if ids, err := tx.EvergreenPostIDs(); err != nil || len(ids) != 1 || ids[0] != green {
					t.Errorf("evergreen index %v (%v), want [%s]", ids, err, green)
				}
				if rs, err := tx.Reviews(green); err != nil || len(rs) != 1 || rs[0].Reviewer != "dr-reyes" {
					t.Errorf("reviews of the evergreen post: %+v %v", rs, err)
				}
				if u, err := tx.User("dr-reyes"); err != nil || u.Role != post.RoleReviewer {
					t.Errorf("user after upgrade: %+v %v", u, err)
				}
				var note string
				if ok, err := tx.Setting("fixture.note", &note); err != nil || !ok || note != "kept across upgrades" {
					t.Errorf("setting after upgrade: %q %v %v", note, ok, err)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if tok, err := db.LoadSecret(ctx, "preview/fixture/token"); err != nil || string(tok) != "fixture-token" {
				t.Fatalf("secret after upgrade: %q %v", tok, err)
			}
			// user, two posts, the review, the setting.
			if brk, n, err := db.VerifyAudit(ctx); err != nil || brk != nil || n != 5 {
				t.Fatalf("audit after upgrade: %+v %d entries %v; want intact, 5", brk, n, err)
			}
			// The audit-last index (schema 5) covers old posts too: a byte
			// changed in the evergreen post's stored text now shows.
			tamperPost(t, db, green, "Wash", "Gash")
			if brk, _, err := db.VerifyAudit(ctx); err != nil || brk == nil || !strings.Contains(brk.Reason, "changed outside practicepost") {
				t.Fatalf("audit after the upgraded post changed: %+v %v", brk, err)
			}
		})
	}
}

// tamperPost changes the stored text of post id behind the store's back.
func tamperPost(t *testing.T, db *DB, id post.ID, from, to string) {
	t.Helper()
	err := db.bolt.Update(func(btx *bolt.Tx) error {
		b := btx.Bucket(bucketPosts)
		v := b.Get([]byte(id))
		if !bytes.Contains(v, []byte(from)) {
			return fmt.Errorf("no %q in post %s", from, id)
		}
		return b.Put([]byte(id), bytes.Replace(v, []byte(from), []byte(to), 1))
	})
	if err != nil {
		t.Fatal(err)
	}
}

// setFileSchema writes schema version v into a closed database file, as a
// newer practicepost would have.
func setFileSchema(t *testing.T, path string, v uint64) {
	t.Helper()
	bdb, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	if err := bdb.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keyVersion, u64(v)) }); err != nil {
		t.Fatal(err)
	}
}

// TestNewerSchemaIsRefused: a practicepost older than its data (a
// downgrade) refuses to open it, read-write or read-only, says which
// versions and what to do, and leaves the file as it was.
func TestNewerSchemaIsRefused(t *testing.T) {
	for _, ro := range []bool{false, true} {
		t.Run(fmt.Sprintf("read-only=%v", ro), func(t *testing.T) {
			dir := copyFixture(t, SchemaVersion)
			path := filepath.Join(dir, DBFileName)
			setFileSchema(t, path, SchemaVersion+1)
			before, _ := os.ReadFile(path)
			db, err := Open(context.Background(), dir, Options{ReadOnly: ro})
			if err == nil {
				db.Close()
				t.Fatal("a newer schema opened")
			}
			msg := post.ErrorMessage(err)
			for _, want := range []string{fmt.Sprintf("schema version %d", SchemaVersion+1), fmt.Sprintf("understands schema %d", SchemaVersion), "newer practicepost"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q does not say %q", msg, want)
				}
			}
			if post.ErrorCode(err) != post.EConflict {
				t.Errorf("code %v, want conflict", post.ErrorCode(err))
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("the refused database file changed")
			}
		})
	}
}

// TestLegacyAuditHashes: the entries schema 1 wrote carry the older JSON
// hash. They verify after the upgrade, with new entries after them; a
// changed old entry still breaks the chain, and so does an old-style hash
// after a new-style one (the old code can no longer write one).
func TestLegacyAuditHashes(t *testing.T) {
	ctx := context.Background()
	open := func(t *testing.T) *DB {
		db, err := Open(ctx, copyFixture(t, 1), Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	rewrite := func(t *testing.T, db *DB, seq uint64, fn func([]byte) []byte) {
		t.Helper()
		if err := db.bolt.Update(func(btx *bolt.Tx) error {
			b := btx.Bucket(bucketAudit)
			return b.Put(u64(seq), fn(bytes.Clone(b.Get(u64(seq)))))
		}); err != nil {
			t.Fatal(err)
		}
	}
	t.Run("new entries follow old ones", func(t *testing.T) {
		db := open(t)
		if err := db.Update(ctx, func(tx Tx) error { _, err := tx.AppendAudit(Audit{Actor: "ann", Action: "login"}); return err }); err != nil {
			t.Fatal(err)
		}
		if brk, n, err := db.VerifyAudit(ctx); err != nil || brk != nil || n != 6 {
			t.Fatalf("%+v %d %v", brk, n, err)
		}
	})
	t.Run("an old entry changed", func(t *testing.T) {
		db := open(t)
		rewrite(t, db, 1, func(v []byte) []byte { return bytes.Replace(v, []byte(`"fixture"`), []byte(`"fixturf"`), 1) })
		if brk, _, err := db.VerifyAudit(ctx); err != nil || brk == nil || brk.Seq != 1 {
			t.Fatalf("%+v %v", brk, err)
		}
	})
	t.Run("an old-style hash after a new one", func(t *testing.T) {
		db := open(t)
		var e post.AuditEntry
		if err := db.Update(ctx, func(tx Tx) error {
			if _, err := tx.AppendAudit(Audit{Actor: "ann", Action: "login"}); err != nil {
				return err
			}
			var err error
			e, err = tx.AppendAudit(Audit{Actor: "bob", Action: "login"})
			return err
		}); err != nil {
			t.Fatal(err)
		}
		// Re-seal entry 7 the old way: a valid legacy hash, but after
		// entry 6's new-style one.
		rewrite(t, db, 7, func([]byte) []byte {
			e.Hash = ""
			raw, _ := json.Marshal(e)
			sum := sha256.Sum256(raw)
			e.Hash = hex.EncodeToString(sum[:])
			raw, _ = json.Marshal(e)
			return raw
		})
		if err := db.bolt.Update(func(btx *bolt.Tx) error {
			return btx.Bucket(bucketMeta).Put(keyAuditHead, append(u64(7), e.Hash...))
		}); err != nil {
			t.Fatal(err)
		}
		if brk, _, err := db.VerifyAudit(ctx); err != nil || brk == nil || brk.Seq != 7 {
			t.Fatalf("%+v %v", brk, err)
		}
	})
}

// TestPreUpgradeCopiesKeepThree: every upgrade keeps a copy beside the
// database; only the newest three stay.
func TestPreUpgradeCopiesKeepThree(t *testing.T) {
	dir := copyFixture(t, SchemaVersion-1)
	now := t0
	for i := range 5 {
		if i > 0 {
			setFileSchema(t, filepath.Join(dir, DBFileName), SchemaVersion-1)
		}
		db, err := Open(context.Background(), dir, Options{Now: func() time.Time { return now }})
		if err != nil {
			t.Fatal(err)
		}
		db.Close()
		now = now.Add(time.Hour)
	}
	copies, err := PreUpgradeBackups(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range copies {
		names = append(names, filepath.Base(c))
	}
	want := []string{
		fmt.Sprintf("practicepost-pre-upgrade-20270301T170000Z-schema%d.db", SchemaVersion-1),
		fmt.Sprintf("practicepost-pre-upgrade-20270301T180000Z-schema%d.db", SchemaVersion-1),
		fmt.Sprintf("practicepost-pre-upgrade-20270301T190000Z-schema%d.db", SchemaVersion-1),
	}
	if !slices.Equal(names, want) {
		t.Fatalf("copies %v, want %v", names, want)
	}
	for _, c := range copies {
		if fi, err := os.Stat(c); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v %v, want 0600", c, fi.Mode(), err)
		}
	}
}

// TestUpgradeIndexesUnsentAlerts: a database of schema 6 holds alerts
// marked unsent with no unsent index; the upgrade (migration 7) indexes
// them, so the resend at start still finds every one, and leaves out one
// that went out and a torn record.
func TestUpgradeIndexesUnsentAlerts(t *testing.T) {
	dir := copyFixture(t, 6)
	at := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	var unsent post.ID
	bdb, err := bolt.Open(filepath.Join(dir, DBFileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = bdb.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAlerts)
		for i, mark := range []bool{true, false} {
			a := Alert{ID: post.NewID(at.Add(time.Duration(i) * time.Second)), At: at, Kind: "held", Channel: "x", Message: `said "unsent":true`, Unsent: mark}
			if mark {
				unsent = a.ID
			}
			v, err := json.Marshal(a)
			if err != nil {
				return err
			}
			if err := b.Put([]byte(a.ID), v); err != nil {
				return err
			}
		}
		return b.Put([]byte(post.NewID(at.Add(time.Minute))), []byte(`{"unsent":tr`))
	})
	if cerr := bdb.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	db, err := Open(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got, err := db.UnsentAlerts(context.Background())
	if err != nil || len(got) != 1 || got[0].ID != unsent {
		t.Fatalf("UnsentAlerts after the upgrade: %+v (%v), want only %s", got, err, unsent)
	}
}
