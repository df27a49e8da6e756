package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// The calendar benchmarks run on stores of 10k, 100k and 1M posts, one
// every 5 minutes from benchEpoch (1M posts span about 9.5 years, 8,640 a
// month), each to two channels. Posts before benchNow are published, the
// rest scheduled. Stores are seeded once per `go test` process.
//
//	go test ./store -run x -bench . -benchtime 200x
var (
	benchEpoch = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	benchSizes = []int{10_000, 100_000, 1_000_000}
	seedMu     sync.Mutex
	seeded     = map[int]string{}
)

func TestMain(m *testing.M) {
	code := m.Run()
	for _, dir := range seeded {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

func benchPost(i int, now time.Time) *post.Post {
	at := benchEpoch.Add(time.Duration(i) * 5 * time.Minute)
	p := scheduledPost(at, "x-main", "facebook")
	p.ID = post.NewID(at)
	p.Body = fmt.Sprintf("Flu shots are in at Maple Street Family Medicine. Walk in Monday to Friday, 8 to 5. Post %d.", i)
	p.Tags = []string{"flu", "season"}
	if at.Before(now) {
		p.Status = post.StatusPublished
		for _, d := range p.Deliveries {
			d.State, d.PublishedAt, d.RemoteID = post.DeliveryPublished, at, fmt.Sprint(1_000_000+i)
		}
	}
	return p
}

// benchNow is in the middle of the largest calendar.
func benchNow(n int) time.Time { return benchEpoch.Add(time.Duration(n/2) * 5 * time.Minute) }

func seedStore(tb testing.TB, n int) string {
	seedMu.Lock()
	defer seedMu.Unlock()
	if dir, ok := seeded[n]; ok {
		return dir
	}
	dir, err := os.MkdirTemp("", fmt.Sprintf("practicepost-bench-%d-", n))
	if err != nil {
		tb.Fatal(err)
	}
	db, err := Open(context.Background(), dir, Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	now := benchNow(n)
	start := time.Now()
	for i := 0; i < n; i += 10_000 {
		err := db.Update(context.Background(), func(tx Tx) error {
			for j := i; j < min(i+10_000, n); j++ {
				if err := tx.InsertPost(benchPost(j, now), Audit{Actor: "seed", Action: "post.create"}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	db.Close()
	fi, _ := os.Stat(filepath.Join(dir, DBFileName))
	tb.Logf("seeded %d posts in %v: %d bytes on disk, %d bytes/post", n, time.Since(start).Round(time.Millisecond), fi.Size(), fi.Size()/int64(n))
	seeded[n] = dir
	return dir
}

func openSeeded(b *testing.B, n int) *DB {
	dir := seedStore(b, n)
	db, err := Open(context.Background(), dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkInsertBatch measures batched, synced inserts: 1,000 posts per
// transaction, with their indexes and audit entries.
func BenchmarkInsertBatch(b *testing.B) {
	db, err := Open(context.Background(), b.TempDir(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	now := benchEpoch
	const batch = 1000
	b.ResetTimer()
	for i := 0; i < b.N; i += batch {
		err := db.Update(context.Background(), func(tx Tx) error {
			for j := i; j < min(i+batch, b.N); j++ {
				if err := tx.InsertPost(benchPost(j, now), Audit{Actor: "bench", Action: "post.create"}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "posts/s")
}

// BenchmarkMonth reads "what is in this month" from the time index.
func BenchmarkMonth(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("posts=%d", n), func(b *testing.B) {
			db := openSeeded(b, n)
			now := benchNow(n)
			from := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)
			b.ResetTimer()
			var got int
			for range b.N {
				got = 0
				db.View(context.Background(), func(tx Tx) error {
					return tx.Between(from, from.AddDate(0, 1, 0), func(Entry) error { got++; return nil })
				})
			}
			b.ReportMetric(float64(got), "entries")
		})
	}
}

// BenchmarkDue reads "what is due now".
func BenchmarkDue(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("posts=%d", n), func(b *testing.B) {
			db := openSeeded(b, n)
			now := benchNow(n).Add(time.Hour)
			b.ResetTimer()
			var got int
			for range b.N {
				db.View(context.Background(), func(tx Tx) error {
					items, err := tx.Due(now, 1000)
					got = len(items)
					_, _, _ = tx.NextDue()
					return err
				})
			}
			b.ReportMetric(float64(got), "due")
		})
	}
}

// BenchmarkOpen measures open-to-ready: open the file, migrate check, and
// answer the first "what is due" query.
func BenchmarkOpen(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("posts=%d", n), func(b *testing.B) {
			dir := seedStore(b, n)
			now := benchNow(n)
			b.ResetTimer()
			for range b.N {
				db, err := Open(context.Background(), dir, Options{})
				if err != nil {
					b.Fatal(err)
				}
				db.View(context.Background(), func(tx Tx) error { _, err := tx.Due(now, 100); return err })
				db.Close()
			}
		})
	}
}

// BenchmarkVerifyAudit measures `audit verify`: the whole chain, then every
// post checked against the entry that last wrote it.
func BenchmarkVerifyAudit(b *testing.B) {
	for _, n := range benchSizes[:2] {
		b.Run(fmt.Sprintf("posts=%d", n), func(b *testing.B) {
			db := openSeeded(b, n)
			b.ResetTimer()
			for range b.N {
				if brk, _, err := db.VerifyAudit(context.Background()); err != nil || brk != nil {
					b.Fatalf("%+v %v", brk, err)
				}
			}
			b.ReportMetric(float64(n)/(b.Elapsed().Seconds()/float64(b.N)), "posts/s")
		})
	}
}

// BenchmarkResendListing is what the resend at start and the retry pass
// read with 10,000 alerts that went out and 3 still unsent: every alert
// (Alerts, as before the unsent index) or the unsent ones (UnsentAlerts).
//
//	go test ./store -run '^$' -bench BenchmarkResendListing -benchmem
func BenchmarkResendListing(b *testing.B) {
	ctx := context.Background()
	db, err := Open(ctx, b.TempDir(), Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	const sent, unsent = 10000, 3
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	err = db.Update(ctx, func(tx Tx) error {
		for i := range sent + unsent {
			a := Alert{Kind: "held", At: at.Add(time.Duration(i) * time.Second), PostID: post.NewID(at.Add(time.Duration(i) * time.Second)),
				Channel: "x", Message: "Post held on x.", Unsent: i >= sent}
			if _, err := tx.PutAlert(&a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		list func() ([]Alert, error)
	}{
		{"every alert", func() ([]Alert, error) { return db.Alerts(ctx, false) }},
		{"unsent only", func() ([]Alert, error) { return db.UnsentAlerts(ctx) }},
	} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := tc.list(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
