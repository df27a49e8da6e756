package scheduler

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres"
	"github.com/practicepost/practicepost/store/postgres/pgtest"
)

// BenchmarkDueMinuteReplicas is BenchmarkDueMinute (10,000 posts due in
// one minute across 50 Facebook channels, the real adapter, the fakes in a
// child process behind 20 ms of latency, default pacing) with each
// scheduler in a process of its own: one on bbolt, one on Postgres, and
// three replicas sharing one Postgres database, as `serve` replicas do
// (claims under the database's write lock, wake-ups through
// LISTEN/NOTIFY). Lateness is over every post, whichever replica sent
// it; peak RSS and heap are each replica's own (the Postgres server's
// memory is not in them). Every post must reach its fake exactly once and
// end published in the store.
//
// The Postgres server is the throwaway one of the tests (pgtest: fsync
// off, 32 MB of shared buffers), on the same machine as the replicas.
//
//	go test ./scheduler -run '^$' -bench DueMinuteReplicas -benchtime 1x -timeout 30m
func BenchmarkDueMinuteReplicas(b *testing.B) {
	for _, tc := range []struct {
		backend  string
		replicas int
	}{{"bbolt", 1}, {"postgres", 1}, {"postgres", 3}} {
		b.Run(fmt.Sprintf("%s/replicas=%d", tc.backend, tc.replicas), func(b *testing.B) {
			for range b.N {
				benchDueMinuteReplicas(b, tc.backend, tc.replicas, 10000, 50, 20*time.Millisecond)
			}
		})
	}
}

// replicaEnv makes the test binary run one benchmark replica, configured
// by the JSON file it names, instead of running tests.
const replicaEnv = "PRACTICEPOST_SCHEDULER_REPLICA"

// replicaConfig is what a replica process runs on.
type replicaConfig struct {
	Backend string        // "bbolt" or "postgres"
	Dir     string        // bbolt's data folder
	DSN     string        // Postgres: the database
	KeyFile string        // Postgres: the secrets key file
	URLs    []string      // the Facebook fakes, one per channel
	Latency time.Duration // added to every platform call
}

// replicaStore is what a replica's scheduler and calendar need of the
// store; both backends have it.
type replicaStore interface {
	Store
	calendar.Store
}

// replicaStats is what a replica reports when it stops.
type replicaStats struct {
	PeakRSS, PeakHeap, RSSAnon, RSSFile int64
}

// runReplica runs one scheduler over the store cfgPath names. It prints
// "ready" once running, "done <post id> <unix nanoseconds>" for each
// post published (and "failed <post id>" for each failed call), and when
// its standard input closes stops, prints "stats <JSON replicaStats>" and
// exits.
func runReplica(cfgPath string) {
	if err := replica(cfgPath); err != nil {
		fmt.Fprintln(os.Stderr, "replica:", err)
		os.Exit(2)
	}
}

func replica(cfgPath string) error {
	raw, err := os.ReadFile(cfgPath)
	if err != nil {
		return err
	}
	var cfg replicaConfig
	if err := json.Unmarshal(raw, &cfg); err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var (
		db      replicaStore
		closeDB func() error
		listen  func(context.Context, func(context.Context))
		share   func(context.Context) (int, int, error)
	)
	switch cfg.Backend {
	case "bbolt":
		bolt, err := store.Open(ctx, cfg.Dir, store.Options{})
		if err != nil {
			return err
		}
		db, closeDB = bolt, bolt.Close
	case "postgres":
		pg, err := postgres.Open(ctx, cfg.DSN, postgres.Options{KeyFile: cfg.KeyFile})
		if err != nil {
			return err
		}
		db, closeDB = pg, pg.Close
		listen = func(ctx context.Context, wake func(context.Context)) { pg.Listen(ctx, wake, nil) }
		release, err := pg.HoldServing(ctx)
		if err != nil {
			return err
		}
		defer release()
		share = pg.Share
	default:
		return fmt.Errorf("backend %q", cfg.Backend)
	}
	defer closeDB()

	var out sync.Mutex
	say := func(format string, args ...any) {
		out.Lock()
		defer out.Unlock()
		fmt.Printf(format+"\n", args...)
	}
	chans, infos, err := dueMinuteChannels(cfg.URLs, cfg.Latency, func(id post.ID, at time.Time, err error) {
		if err != nil {
			say("failed %s", id)
			return
		}
		say("done %s %d", id, at.UnixNano())
	})
	if err != nil {
		return err
	}
	// Wired as cmd/practicepost wires a replica: the calendar and another
	// replica's writes (NOTIFY) wake this scheduler.
	wake := NewWaker()
	cal, err := calendar.New(db, passChecker{}, calendar.Options{Channels: infos, OnChanged: wake.Wake})
	if err != nil {
		return err
	}
	s, err := New(Options{DB: db, Pauser: cal, Channels: chans, Wake: wake, Share: share,
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		return err
	}
	var parts sync.WaitGroup
	if listen != nil {
		parts.Go(func() { listen(ctx, wake.Wake) })
	}
	var peakHeap int64
	parts.Go(func() {
		var ms runtime.MemStats
		for ctx.Err() == nil {
			runtime.ReadMemStats(&ms)
			peakHeap = max(peakHeap, int64(ms.HeapInuse))
			select {
			case <-ctx.Done():
			case <-time.After(50 * time.Millisecond):
			}
		}
	})
	resetPeakRSS()
	errc := make(chan error, 1)
	go func() { errc <- s.Run(ctx) }()
	say("ready")
	io.Copy(io.Discard, os.Stdin)
	cancel()
	if err := <-errc; err != nil {
		return err
	}
	parts.Wait()
	stats, _ := json.Marshal(replicaStats{PeakRSS: peakRSS(), PeakHeap: peakHeap, RSSAnon: procStatus("RssAnon:"), RSSFile: procStatus("RssFile:")})
	say("stats %s", stats)
	return nil
}

// replicaEvent is one line a replica printed.
type replicaEvent struct {
	replica int
	line    string
}

// replicaProcess is a running replica.
type replicaProcess struct {
	cmd *exec.Cmd
	in  io.WriteCloser
}

// startReplica starts replica i of the benchmark on cfgPath; its lines go
// to events.
func startReplica(b *testing.B, i int, cfgPath string, events chan<- replicaEvent) *replicaProcess {
	b.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), replicaEnv+"="+cfgPath)
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			events <- replicaEvent{i, sc.Text()}
		}
		events <- replicaEvent{i, "exit"}
	}()
	r := &replicaProcess{cmd: cmd, in: in}
	b.Cleanup(func() {
		r.in.Close()
		r.cmd.Wait()
	})
	return r
}

func benchDueMinuteReplicas(b *testing.B, backend string, replicas, nPosts, nChannels int, latency time.Duration) {
	dir := b.TempDir()
	fakes := startFakes(b, nChannels)
	_, infos, err := dueMinuteChannels(fakes.urls, latency, nil)
	if err != nil {
		b.Fatal(err)
	}
	// Postgres gets a copy of the seeded bbolt store, made as `practicepost
	// migrate` makes one, so it needs a longer lead.
	lead := 30 * time.Second
	if backend == "postgres" {
		lead = 90 * time.Second
	}
	due, dueAt := seedDueMinute(b, dir, infos, nPosts, lead)
	cfg := replicaConfig{Backend: backend, Dir: dir, URLs: fakes.urls, Latency: latency}
	if backend == "postgres" {
		cfg.DSN, cfg.KeyFile = pgtest.DB(b), filepath.Join(dir, store.KeyFileName)
		copyToPostgres(b, dir, cfg.DSN, cfg.KeyFile)
	}
	cfgPath := filepath.Join(b.TempDir(), "replica.json")
	raw, _ := json.Marshal(cfg)
	if err := os.WriteFile(cfgPath, raw, 0o600); err != nil {
		b.Fatal(err)
	}

	events := make(chan replicaEvent, 1024)
	procs := make([]*replicaProcess, replicas)
	for i := range procs {
		procs[i] = startReplica(b, i, cfgPath, events)
	}
	for ready := 0; ready < replicas; {
		select {
		case ev := <-events:
			switch ev.line {
			case "ready":
				ready++
			case "exit":
				b.Fatalf("replica %d ended before it was ready", ev.replica)
			}
		case <-time.After(time.Until(due)):
			b.Fatalf("the replicas were not running when the first post was due (%v): seeding took too long on this machine", due)
		}
	}
	if d := time.Until(due); d > 0 {
		time.Sleep(d)
	}
	b.ResetTimer()
	start := time.Now()
	done := map[post.ID]time.Time{}
	sent := make([]int, replicas)
	twice, failed := 0, 0
	deadline := time.After(5 * time.Minute)
wait:
	for len(done) < nPosts {
		select {
		case ev := <-events:
			f := strings.Fields(ev.line)
			switch {
			case len(f) == 3 && f[0] == "done":
				var ns int64
				fmt.Sscan(f[2], &ns)
				if _, dup := done[f[1]]; dup {
					twice++
				}
				done[f[1]] = time.Unix(0, ns)
				sent[ev.replica]++
			case len(f) == 2 && f[0] == "failed":
				failed++
			case ev.line == "exit":
				b.Errorf("replica %d ended during the run", ev.replica)
				break wait
			}
		case <-deadline:
			break wait
		}
	}
	elapsed := time.Since(start)
	b.StopTimer()

	stats := make([]replicaStats, replicas)
	for _, p := range procs {
		p.in.Close()
	}
	for stopped := 0; stopped < replicas; {
		ev := <-events
		switch {
		case strings.HasPrefix(ev.line, "stats "):
			if err := json.Unmarshal([]byte(strings.TrimPrefix(ev.line, "stats ")), &stats[ev.replica]); err != nil {
				b.Fatal(err)
			}
		case ev.line == "exit":
			stopped++
		case strings.HasPrefix(ev.line, "done "):
			twice++ // a post published after every post was
		}
	}

	// Exactly once: on the fakes, in the replicas' reports, in the store.
	texts, err := fakes.accepted()
	if err != nil {
		b.Fatal(err)
	}
	for i := range nPosts {
		if n := texts[fmt.Sprintf("Benchmark post %d.", i)]; n != 1 {
			b.Errorf("post %d reached its fake %d times", i, n)
		}
	}
	if len(done) != nPosts || twice > 0 || failed > 0 {
		b.Errorf("%d of %d posts published, %d of them twice, %d failed calls", len(done), nPosts, twice, failed)
	}
	if n := publishedInStore(b, cfg); n != nPosts {
		b.Errorf("%d of %d posts are published in the store", n, nPosts)
	}

	var late []float64
	for id, at := range dueAt {
		if t, ok := done[id]; ok {
			late = append(late, t.Sub(at).Seconds())
		}
	}
	if len(late) == 0 {
		b.Fatal("nothing was published")
	}
	slices.Sort(late)
	b.ReportMetric(late[len(late)/2], "p50-late-s")
	b.ReportMetric(late[len(late)*99/100], "p99-late-s")
	b.ReportMetric(float64(len(done))/elapsed.Seconds(), "posts/s")
	for i, st := range stats {
		b.ReportMetric(float64(st.PeakRSS)/(1<<20), fmt.Sprintf("r%d-peak-rss-MB", i))
		b.ReportMetric(float64(st.PeakHeap)/(1<<20), fmt.Sprintf("r%d-peak-heap-MB", i))
		b.ReportMetric(float64(sent[i]), fmt.Sprintf("r%d-posts", i))
	}
}

// copyToPostgres copies the bbolt store in dir into the empty database at
// dsn, verified as `practicepost migrate` verifies it.
func copyToPostgres(b *testing.B, dir, dsn, keyFile string) {
	b.Helper()
	ctx := context.Background()
	from, err := store.Open(ctx, dir, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer from.Close()
	to, err := postgres.Open(ctx, dsn, postgres.Options{KeyFile: keyFile})
	if err != nil {
		b.Fatal(err)
	}
	defer to.Close()
	if _, err := store.Copy(ctx, from, to); err != nil {
		b.Fatal(err)
	}
}

// publishedInStore counts the published posts in the benchmark's store.
func publishedInStore(b *testing.B, cfg replicaConfig) int {
	b.Helper()
	ctx := context.Background()
	var db store.Store
	switch cfg.Backend {
	case "postgres":
		pg, err := postgres.Open(ctx, cfg.DSN, postgres.Options{KeyFile: cfg.KeyFile})
		if err != nil {
			b.Fatal(err)
		}
		defer pg.Close()
		db = pg
	default:
		bolt, err := store.Open(ctx, cfg.Dir, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		defer bolt.Close()
		db = bolt
	}
	var n int
	if err := db.View(ctx, func(tx store.Tx) error {
		var err error
		n, err = tx.CountByStatus(post.StatusPublished)
		return err
	}); err != nil {
		b.Fatal(err)
	}
	return n
}
