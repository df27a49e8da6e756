package report

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// The benchmark store: a year of posts on three channels, 20 snapshots
// each, 1,000,000 snapshots in all, seeded once per process.
const (
	benchPosts     = 16667
	benchSnapshots = 20
)

var (
	benchOnce sync.Once
	benchDir  string
	benchErr  error
	benchYear = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
)

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// benchDB opens the seeded benchmark store, seeding it on first use
// through the store's own methods.
func benchDB(b *testing.B) *store.DB {
	b.Helper()
	benchOnce.Do(func() {
		benchDir, benchErr = os.MkdirTemp("", "practicepost-bench-")
		if benchErr == nil {
			start := time.Now()
			benchErr = seedBench(benchDir)
			b.Logf("seeded %d snapshots in %s", benchPosts*3*benchSnapshots, time.Since(start).Round(time.Millisecond))
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	db, err := store.Open(context.Background(), benchDir, store.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

func seedBench(dir string) error {
	ctx := context.Background()
	db, err := store.Open(ctx, dir, store.Options{NoSync: true})
	if err != nil {
		return err
	}
	defer db.Close()
	tags := []string{"flu", "vaccines", "hours", "nutrition", "safety", "staff", "events", "hygiene"}
	step := 365 * 24 * time.Hour / benchPosts
	const perTx = 500
	for start := 0; start < benchPosts; start += perTx {
		err := db.Update(ctx, func(tx store.Tx) error {
			for i := start; i < min(start+perTx, benchPosts); i++ {
				at := benchYear.Add(time.Duration(i) * step).Truncate(time.Second)
				p := &post.Post{ID: fixedID(at, uint64(i)), Body: fmt.Sprintf("Post %d: =cmd, \"quoted\", tips for the season", i),
					Tags: []string{tags[i%len(tags)], tags[(i/3)%len(tags)]}, Status: post.StatusPublished, Author: "seed",
					Channels: []string{"facebook", "linkedin", "x"}, Deliveries: map[string]*post.Delivery{}}
				for c, ch := range p.Channels {
					p.Deliveries[ch] = &post.Delivery{Channel: ch, State: post.DeliveryPublished, RemoteID: fmt.Sprint(i, c), PublishedAt: at}
					for s := range benchSnapshots {
						k := int64((s + 1) * (i%50 + 1))
						m := post.Metrics{At: at.Add(time.Duration(s+1) * 36 * time.Hour), Reactions: i64(3 * k), Comments: i64(k), Shares: i64(k / 2), Clicks: i64(k)}
						if ch != "facebook" {
							m.Impressions = i64(100 * k)
						}
						if err := tx.PutSnapshot(p.ID, ch, m); err != nil {
							return err
						}
					}
				}
				if err := tx.InsertPost(p, store.Audit{Actor: "seed", Action: "post.create"}); err != nil {
					return err
				}
				if i%10 == 0 {
					c := store.StoredComment{PostID: p.ID, Channel: "facebook", HealthDetails: i%20 == 0,
						Comment: post.Comment{RemoteID: fmt.Sprint("c", i), Author: "Someone", AuthorID: fmt.Sprint(i % 97), Text: "Thanks, my flu shot went fine", At: at.Add(time.Hour)}}
					if _, err := tx.PutComment(&c); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// peakHeap samples the live heap while fn runs and returns its peak in MiB.
func peakHeap(fn func()) float64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	fn()
	close(done)
	wg.Wait()
	return float64(peak) / (1 << 20)
}

func yearQuery() Query {
	return Query{From: benchYear, To: benchYear.AddDate(1, 0, 0), Location: chicago, PracticeName: "Benchmark Clinic"}
}

// BenchmarkCSVYear streams a year's CSV (50,001 rows) from a store of
// 1,000,000 snapshots.
func BenchmarkCSVYear(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	b.ReportAllocs()
	var peak float64
	for b.Loop() {
		peak = max(peak, peakHeap(func() {
			if err := WriteCSV(ctx, io.Discard, db, yearQuery()); err != nil {
				b.Fatal(err)
			}
		}))
	}
	b.ReportMetric(peak, "peak-heap-MiB")
}

// BenchmarkHTMLYear builds a year's report and renders it as HTML.
func BenchmarkHTMLYear(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	b.ReportAllocs()
	var peak float64
	for b.Loop() {
		peak = max(peak, peakHeap(func() {
			r, err := Build(ctx, db, yearQuery())
			if err != nil {
				b.Fatal(err)
			}
			if err := WriteHTML(io.Discard, r); err != nil {
				b.Fatal(err)
			}
		}))
	}
	b.ReportMetric(peak, "peak-heap-MiB")
}
