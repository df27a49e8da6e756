package store

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/practicepost/practicepost/post"
)

var t0 = time.Date(2027, 3, 1, 15, 0, 0, 0, time.UTC)

func mustOpen(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), t.TempDir(), Options{Now: func() time.Time { return t0 }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func scheduledPost(at time.Time, channels ...string) *post.Post {
	p := &post.Post{ID: post.NewID(at), Body: "Flu shots this week.", Channels: channels,
		Status: post.StatusScheduled, Schedule: post.Schedule{At: at}, Deliveries: map[string]*post.Delivery{}}
	for _, c := range channels {
		p.Deliveries[c] = &post.Delivery{Channel: c, State: post.DeliveryPending, DueAt: at}
	}
	return p
}

func TestIndexesFollowThePost(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	p := scheduledPost(t0.Add(time.Hour), "x", "fb")
	if err := db.Update(ctx, func(tx Tx) error { return tx.InsertPost(p, Audit{Actor: "ann", Action: "post.create"}) }); err != nil {
		t.Fatal(err)
	}
	due := func(now time.Time) (n int) {
		db.View(ctx, func(tx Tx) error {
			items, err := tx.Due(now, 100)
			n = len(items)
			return err
		})
		return n
	}
	if got := due(t0); got != 0 {
		t.Fatalf("due before its time: %d", got)
	}
	if got := due(t0.Add(time.Hour)); got != 2 {
		t.Fatalf("due at its time: got %d deliveries, want 2", got)
	}
	// Publishing one channel takes it out of the due index but keeps it on the calendar.
	err := db.Update(ctx, func(tx Tx) error {
		p, err := tx.Post(p.ID)
		if err != nil {
			return err
		}
		p.Deliveries["x"].State = post.DeliveryPublished
		p.Deliveries["x"].PublishedAt = t0.Add(61 * time.Minute)
		if err := p.Transition(post.StatusPublishing); err != nil {
			return err
		}
		return tx.PutPost(p, Audit{Actor: "scheduler", Action: "delivery.published"})
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := due(t0.Add(2 * time.Hour)); got != 1 {
		t.Fatalf("due after one channel published: %d, want 1", got)
	}
	var entries []Entry
	db.View(ctx, func(tx Tx) error {
		return tx.Between(t0, t0.Add(24*time.Hour), func(e Entry) error { entries = append(entries, e); return nil })
	})
	if len(entries) != 2 {
		t.Fatalf("calendar entries: %d, want 2", len(entries))
	}
	var ids []post.ID
	db.View(ctx, func(tx Tx) error {
		return tx.PostIDsByStatus(post.StatusScheduled, func(id post.ID) error { ids = append(ids, id); return nil })
	})
	if len(ids) != 0 {
		t.Fatalf("status index still lists the post as scheduled")
	}
}

func TestPutPostRefusesAStaleVersion(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	p := scheduledPost(t0, "x")
	db.Update(ctx, func(tx Tx) error { return tx.InsertPost(p, Audit{Action: "post.create"}) })
	stale := *p
	stale.Version = 0
	err := db.Update(ctx, func(tx Tx) error { return tx.PutPost(&stale, Audit{Action: "post.edit"}) })
	if post.ErrorCode(err) != post.EConflict {
		t.Fatalf("stale write: got %v, want a conflict", err)
	}
}

func TestAuditChainDetectsTampering(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	for i := 0; i < 5; i++ {
		if err := db.Update(ctx, func(tx Tx) error {
			_, err := tx.AppendAudit(Audit{Actor: "ann", Action: "login"})
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	if brk, n, err := db.VerifyAudit(ctx); err != nil || brk != nil || n != 5 {
		t.Fatalf("intact chain: break=%v n=%d err=%v", brk, n, err)
	}
	tests := []struct {
		name   string
		tamper func(b *bolt.Bucket)
		want   uint64
	}{
		{"edit an entry", func(b *bolt.Bucket) {
			var e post.AuditEntry
			json.Unmarshal(b.Get(u64(3)), &e)
			e.Actor = "mallory"
			v, _ := json.Marshal(e)
			b.Put(u64(3), v)
		}, 3},
		{"delete an entry", func(b *bolt.Bucket) { b.Delete(u64(2)) }, 3},
		{"drop the newest", func(b *bolt.Bucket) { b.Delete(u64(5)) }, 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := mustOpen(t)
			for i := 0; i < 5; i++ {
				db.Update(ctx, func(tx Tx) error { _, err := tx.AppendAudit(Audit{Action: "login"}); return err })
			}
			db.bolt.Update(func(tx *bolt.Tx) error { tc.tamper(tx.Bucket(bucketAudit)); return nil })
			brk, _, err := db.VerifyAudit(ctx)
			if err != nil || brk == nil || brk.Seq != tc.want {
				t.Fatalf("got break %+v err %v, want entry %d", brk, err, tc.want)
			}
		})
	}
}

func TestSecondProcessGetsLockedError(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	start := time.Now()
	_, err = Open(context.Background(), dir, Options{LockTimeout: 200 * time.Millisecond})
	if post.ErrorCode(err) != post.ELocked {
		t.Fatalf("second open: %v, want ELocked", err)
	}
	if time.Since(start) > 2*time.Second {
		t.Fatalf("second open took %v", time.Since(start))
	}
}

func TestFilesArePrivate(t *testing.T) {
	db := mustOpen(t)
	for _, name := range []string{DBFileName, keyFileName} {
		fi, err := os.Stat(filepath.Join(db.Dir(), name))
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v, want 0600", name, fi.Mode().Perm())
		}
	}
}

func TestSecretsAreEncryptedAtRest(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	token := []byte("refresh-token-abc123-very-secret")
	if err := db.SaveSecret(ctx, "x/main/oauth2-token", token); err != nil {
		t.Fatal(err)
	}
	got, err := db.LoadSecret(ctx, "x/main/oauth2-token")
	if err != nil || !bytes.Equal(got, token) {
		t.Fatalf("round trip: %q %v", got, err)
	}
	if missing, err := db.LoadSecret(ctx, "nope"); missing != nil || err != nil {
		t.Fatalf("missing secret: %q %v", missing, err)
	}
	db.Close()
	raw, _ := os.ReadFile(filepath.Join(db.Dir(), DBFileName))
	if bytes.Contains(raw, token) {
		t.Fatal("the token is in the database file in clear text")
	}
}

// TestTakeSecret: a one-time secret is handed to exactly one of many
// concurrent takers, and the prefix listing sees only its own names.
func TestTakeSecret(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	for _, name := range []string{"connect/pending/a", "connect/pending/b", "connectx", "x/main/oauth2-token"} {
		if err := db.SaveSecret(ctx, name, []byte("v-"+name)); err != nil {
			t.Fatal(err)
		}
	}
	names, err := db.SecretNames(ctx, "connect/pending/")
	if err != nil || len(names) != 2 || names[0] != "connect/pending/a" || names[1] != "connect/pending/b" {
		t.Fatalf("SecretNames = %q, %v", names, err)
	}
	var got atomic.Int32
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			v, err := db.TakeSecret(ctx, "connect/pending/a")
			if err != nil {
				t.Error(err)
			}
			if string(v) == "v-connect/pending/a" {
				got.Add(1)
			}
		})
	}
	wg.Wait()
	if got.Load() != 1 {
		t.Errorf("the secret was taken %d times, want once", got.Load())
	}
	if v, err := db.LoadSecret(ctx, "connect/pending/a"); v != nil || err != nil {
		t.Errorf("after the take the secret is still there: %q %v", v, err)
	}
}

func TestBackupOpensAsADatabase(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	p := scheduledPost(t0, "x")
	db.Update(ctx, func(tx Tx) error { return tx.InsertPost(p, Audit{Action: "post.create"}) })
	dir := t.TempDir()
	if _, err := db.BackupFile(ctx, filepath.Join(dir, DBFileName), false); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, keyFileName), db.key, 0o600)
	restored, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer restored.Close()
	if err := restored.View(ctx, func(tx Tx) error { _, err := tx.Post(p.ID); return err }); err != nil {
		t.Fatalf("post missing from the backup: %v", err)
	}
}

func TestTimeKeyRoundTrip(t *testing.T) {
	id := post.NewID(t0)
	k := timeKey(t0, id, "linkedin-main")
	at, gotID, ch, ok := splitTimeKey(k)
	if !ok || !at.Equal(t0) || gotID != id || ch != "linkedin-main" {
		t.Fatalf("got %v %q %q %v", at, gotID, ch, ok)
	}
}

func FuzzTimeKey(f *testing.F) {
	f.Add(int64(0), "x")
	f.Add(int64(1<<40), "linkedin-main")
	f.Fuzz(func(t *testing.T, sec int64, ch string) {
		at := time.Unix(sec, 0).UTC()
		id := post.NewID(time.Unix(0, 0))
		k := timeKey(at, id, ch)
		got, gotID, gotCh, ok := splitTimeKey(k)
		if !ok || gotID != id || gotCh != ch {
			t.Fatalf("round trip lost data: %q %q", gotID, gotCh)
		}
		if sec >= 0 && !got.Equal(at) {
			t.Fatalf("time %v came back as %v", at, got)
		}
		// Order of keys is order of times.
		k2 := timeKey(at.Add(time.Second), id, ch)
		if sec >= 0 && bytes.Compare(k, k2) >= 0 {
			t.Fatal("a later time sorts first")
		}
	})
}

func TestEntryRoundTrip(t *testing.T) {
	id := post.NewID(t0)
	e := Entry{PostID: id, Channel: "x-main", At: t0, Status: post.StatusScheduled, Delivery: post.DeliveryPending,
		Snippet: "Flu shots — walk in 🙂", Tags: []string{"flu", "season"}}
	got, err := decodeEntry(timeKey(t0, id, "x-main"), encodeEntry(e), newInterner())
	if err != nil {
		t.Fatal(err)
	}
	if got.PostID != e.PostID || got.Channel != e.Channel || !got.At.Equal(e.At) || got.Status != e.Status ||
		got.Delivery != e.Delivery || got.Snippet != e.Snippet || len(got.Tags) != 2 || got.Tags[1] != "season" {
		t.Fatalf("got %+v, want %+v", got, e)
	}
}

func FuzzDecodeEntry(f *testing.F) {
	f.Add(encodeEntry(Entry{Status: post.StatusDraft, Delivery: post.DeliveryPending, Snippet: "hi", Tags: []string{"a"}}))
	f.Add([]byte{1, 200})
	key := timeKey(t0, post.NewID(t0), "x")
	f.Fuzz(func(t *testing.T, v []byte) {
		_, _ = decodeEntry(key, v, newInterner()) // must not panic on damaged data
	})
}
