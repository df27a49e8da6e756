package scheduler

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/facebook"
	"github.com/practicepost/practicepost/channels/facebook/fbfake"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// slowTransport adds a fixed latency to every request, like a far API.
type slowTransport struct{ d time.Duration }

func (t slowTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	time.Sleep(t.d)
	return http.DefaultTransport.RoundTrip(r)
}

// timing tells done when each post's Publish returned.
type timing struct {
	channels.Channel
	done func(id post.ID, at time.Time, err error)
}

func (t timing) Publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	r, err := t.Channel.Publish(ctx, o)
	t.done(o.PostID, time.Now(), err)
	return r, err
}

// dueMinuteChannels are the benchmark's Facebook channels fb00, fb01, ...,
// one per fake URL, calling it through latency; each tells done when a
// Publish returned.
func dueMinuteChannels(urls []string, latency time.Duration, done func(post.ID, time.Time, error)) (map[string]channels.Channel, []calendar.ChannelInfo, error) {
	hc := &http.Client{Transport: slowTransport{latency}, Timeout: 30 * time.Second}
	chans := map[string]channels.Channel{}
	var infos []calendar.ChannelInfo
	for i, u := range urls {
		id := fmt.Sprintf("fb%02d", i)
		c, err := facebook.New(facebook.Config{ID: id, APIBase: u, PageID: fbfake.PageID, PageAccessToken: fbfake.PageToken, HTTPClient: hc})
		if err != nil {
			return nil, nil, err
		}
		chans[id] = timing{c, done}
		infos = append(infos, calendar.ChannelInfo{ID: id, Kind: "facebook"})
	}
	return chans, infos, nil
}

// seedDueMinute stores nPosts posts in a bbolt store in dir (without
// fsync), spread over the minute from due, the first due at least lead
// from now; post i goes to channel i mod len(infos), its text
// "Benchmark post i.".
func seedDueMinute(b *testing.B, dir string, infos []calendar.ChannelInfo, nPosts int, lead time.Duration) (due time.Time, dueAt map[post.ID]time.Time) {
	b.Helper()
	ctx := context.Background()
	due = time.Now().Add(lead).Truncate(time.Minute).Add(time.Minute)
	db, err := store.Open(ctx, dir, store.Options{NoSync: true, Now: func() time.Time { return due.Add(-time.Minute) }})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	cal, err := calendar.New(db, passChecker{}, calendar.Options{Channels: infos})
	if err != nil {
		b.Fatal(err)
	}
	dueAt = map[post.ID]time.Time{}
	for i := range nPosts {
		at := due.Add(time.Duration(i%60) * time.Second)
		p, err := cal.AddPost(ctx, calendar.AddPost{Actor: calendar.System, Body: fmt.Sprintf("Benchmark post %d.", i),
			Channels: []string{infos[i%len(infos)].ID}, At: at})
		if err != nil {
			b.Fatal(err)
		}
		dueAt[p.ID] = at
	}
	return due, dueAt
}

// BenchmarkDueMinute: 10,000 posts due in the same minute across 50
// Facebook channels (real adapter, fbfake behind 20 ms of latency). The
// fakes run in a child process, so peak-rss-MB is the scheduler's alone;
// peak-heap-MB is its Go heap in use, sampled every 50 ms.
//
//	go test -run '^$' -bench DueMinute -benchtime 1x ./scheduler
func BenchmarkDueMinute(b *testing.B) {
	for _, pacing := range []time.Duration{-1, 0} {
		name := "pacing=off"
		if pacing == 0 {
			name = "pacing=default"
		}
		b.Run(name, func(b *testing.B) {
			for range b.N {
				benchDueMinute(b, 10000, 50, 20*time.Millisecond, pacing)
			}
		})
	}
}

func benchDueMinute(b *testing.B, nPosts, nChannels int, latency, pacing time.Duration) {
	ctx := context.Background()
	dir := b.TempDir()
	var (
		mu   sync.Mutex
		done = map[post.ID]time.Time{}
	)
	// The fakes run in a child process: peak-rss-MB is the scheduler's.
	chans, infos, err := dueMinuteChannels(startFakes(b, nChannels).urls, latency, func(id post.ID, at time.Time, _ error) {
		mu.Lock()
		done[id] = at
		mu.Unlock()
	})
	if err != nil {
		b.Fatal(err)
	}
	// Seed without fsync, then reopen as the daemon does.
	due, dueAt := seedDueMinute(b, dir, infos, nPosts, 30*time.Second)
	db, err := store.Open(ctx, dir, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	live, err := calendar.New(db, passChecker{}, calendar.Options{Channels: infos})
	if err != nil {
		b.Fatal(err)
	}
	s, err := New(Options{DB: db, Pauser: live, Channels: chans, ChannelInterval: pacing, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		b.Fatal(err)
	}
	resetPeakRSS()
	runCtx, cancel := context.WithCancel(ctx)
	errc := make(chan error, 1)
	go func() { errc <- s.Run(runCtx) }()
	if d := time.Until(due); d > 0 {
		time.Sleep(d)
	}
	b.ResetTimer()
	start := time.Now()
	var peakHeap uint64
	var ms runtime.MemStats
	for {
		mu.Lock()
		n := len(done)
		mu.Unlock()
		runtime.ReadMemStats(&ms)
		peakHeap = max(peakHeap, ms.HeapInuse)
		if n == nPosts || time.Since(start) > 5*time.Minute {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	elapsed := time.Since(start)
	b.StopTimer()
	cancel()
	<-errc
	var late []float64
	for id, at := range dueAt {
		if t, ok := done[id]; ok {
			late = append(late, t.Sub(at).Seconds())
		}
	}
	slices.Sort(late)
	if len(late) != nPosts {
		b.Errorf("%d of %d posts published", len(late), nPosts)
	}
	b.ReportMetric(late[len(late)/2], "p50-late-s")
	b.ReportMetric(late[len(late)*99/100], "p99-late-s")
	b.ReportMetric(float64(nPosts)/elapsed.Seconds(), "posts/s")
	b.ReportMetric(float64(peakRSS())/(1<<20), "peak-rss-MB")
	b.ReportMetric(float64(peakHeap)/(1<<20), "peak-heap-MB")
	// What the resident set is made of at the end: the Go process's own
	// memory, and file pages (mostly the database's memory map).
	b.ReportMetric(float64(procStatus("RssAnon:"))/(1<<20), "end-rss-anon-MB")
	b.ReportMetric(float64(procStatus("RssFile:"))/(1<<20), "end-rss-file-MB")
}

// BenchmarkIdle stores 100,000 future posts and counts loop wake-ups over
// a quiet stretch: there should be only the start-up scan.
//
//	go test -run '^$' -bench Idle -benchtime 1x ./scheduler
func BenchmarkIdle(b *testing.B) {
	ctx := context.Background()
	for range b.N {
		dir := b.TempDir()
		db, err := store.Open(ctx, dir, store.Options{NoSync: true})
		if err != nil {
			b.Fatal(err)
		}
		first := time.Now().Add(time.Hour)
		const n, batch = 100000, 2000
		for i := 0; i < n; i += batch {
			if err := db.Update(ctx, func(tx store.Tx) error {
				for j := i; j < i+batch; j++ {
					at := first.Add(time.Duration(j) * time.Minute).Truncate(time.Second)
					p := &post.Post{ID: post.NewID(at), Body: "Future post " + strconv.Itoa(j), Channels: []string{"x"},
						Status: post.StatusScheduled, Schedule: post.Schedule{At: at},
						Deliveries: map[string]*post.Delivery{"x": {Channel: "x", State: post.DeliveryPending, DueAt: at}}}
					p.Approval = &post.Approval{By: "checklist", ContentHash: p.ContentHash()}
					if err := tx.InsertPost(p, store.Audit{Actor: "bench", Action: "post.create"}); err != nil {
						return err
					}
				}
				return nil
			}); err != nil {
				b.Fatal(err)
			}
		}
		cal, err := calendar.New(db, passChecker{}, calendar.Options{Channels: []calendar.ChannelInfo{{ID: "x", Kind: "x"}}})
		if err != nil {
			b.Fatal(err)
		}
		s, err := New(Options{DB: db, Pauser: cal, Channels: map[string]channels.Channel{"x": &scripted{}}, HeartbeatEvery: time.Second})
		if err != nil {
			b.Fatal(err)
		}
		runCtx, cancel := context.WithCancel(ctx)
		errc := make(chan error, 1)
		b.ResetTimer()
		go func() { errc <- s.Run(runCtx) }()
		time.Sleep(5 * time.Second)
		cancel()
		<-errc
		b.StopTimer()
		b.ReportMetric(float64(s.Iterations()), "store-scans/5s")
		db.Close()
	}
}

// resetPeakRSS clears the kernel's high-water mark (Linux), so peakRSS
// measures the run, not the seeding.
func resetPeakRSS() { os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakRSS is VmHWM from /proc/self/status in bytes, 0 where unavailable.
func peakRSS() int64 { return procStatus("VmHWM:") }

// procStatus is a kB field of /proc/self/status in bytes, 0 where
// unavailable.
func procStatus(field string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == field {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}
