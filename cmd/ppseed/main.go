// Command ppseed fills a practicepost store with a large synthetic calendar
// and measures the queries the daemon depends on, so the store's growth can
// be checked at 10k, 100k and 1M posts:
//
//	go run ./cmd/ppseed -dir /tmp/cal -posts 1000000
//
// Posts are one every 5 minutes from 2020-01-01, each to two channels;
// those before the middle of the range are published, the rest scheduled.
// It writes in batches of 1,000 posts per synced transaction (the way an
// import writes), then reports inserts per second, bytes on disk per post,
// open-to-ready time and the "this month" and "due now" query times.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/practicepost/practicepost/internal/calseed"
	"github.com/practicepost/practicepost/store"
)

func main() {
	dir := flag.String("dir", "", "data folder to create (must not exist)")
	n := flag.Int("posts", 100_000, "number of posts")
	batch := flag.Int("batch", 1000, "posts per transaction")
	flag.Parse()
	if *dir == "" {
		log.Fatal("give -dir")
	}
	if _, err := os.Stat(*dir); err == nil {
		log.Fatalf("%s exists; give a new folder", *dir)
	}
	ctx := context.Background()
	db, err := store.Open(ctx, *dir, store.Options{Init: true})
	if err != nil {
		log.Fatal(err)
	}
	epoch := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	mid := epoch.Add(time.Duration(*n/2) * 5 * time.Minute)
	start := time.Now()
	err = calseed.Seed(ctx, db, calseed.Options{Posts: *n, Start: epoch, Step: 5 * time.Minute,
		Channels: []string{"x-main", "facebook"}, PerPost: 2, Now: mid, Batch: *batch})
	if err != nil {
		log.Fatal(err)
	}
	took := time.Since(start)
	db.Close()
	fi, err := os.Stat(filepath.Join(*dir, store.DBFileName))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("posts            %d\n", *n)
	fmt.Printf("insert           %.0f posts/s (batches of %d, synced)\n", float64(*n)/took.Seconds(), *batch)
	fmt.Printf("bytes on disk    %d (%d per post)\n", fi.Size(), fi.Size()/int64(*n))

	openStart := time.Now()
	db, err = store.Open(ctx, *dir, store.Options{Init: true})
	if err != nil {
		log.Fatal(err)
	}
	must(db.View(ctx, func(tx store.Tx) error { _, err := tx.Due(mid, 100); return err }))
	fmt.Printf("open-to-ready    %v\n", time.Since(openStart).Round(time.Microsecond))
	defer db.Close()

	month := time.Date(mid.Year(), mid.Month(), 1, 0, 0, 0, 0, time.UTC)
	var entries int
	p50, p99 := measure(func() {
		entries = 0
		must(db.View(ctx, func(tx store.Tx) error {
			return tx.Between(month, month.AddDate(0, 1, 0), func(store.Entry) error { entries++; return nil })
		}))
	})
	fmt.Printf("this month       %v p50, %v p99 (%d deliveries)\n", p50, p99, entries)
	p50, p99 = measure(func() {
		must(db.View(ctx, func(tx store.Tx) error {
			if _, err := tx.Due(mid, 1000); err != nil {
				return err
			}
			_, _, err := tx.NextDue()
			return err
		}))
	})
	fmt.Printf("due now          %v p50, %v p99\n", p50, p99)
}

// measure runs fn 200 times and returns its p50 and p99.
func measure(fn func()) (p50, p99 time.Duration) {
	var ds []time.Duration
	for range 200 {
		t := time.Now()
		fn()
		ds = append(ds, time.Since(t))
	}
	slices.Sort(ds)
	return ds[len(ds)/2].Round(time.Microsecond), ds[len(ds)*99/100].Round(time.Microsecond)
}

// must stops the measurement at the first failed read: figures from a store
// that could not be read would be meaningless.
func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
