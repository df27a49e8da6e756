package crashtest

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/facebook/fbfake"
	"github.com/practicepost/practicepost/channels/linkedin/lifake"
	"github.com/practicepost/practicepost/channels/x/xfake"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres"
	"github.com/practicepost/practicepost/store/postgres/pgtest"
)

const (
	replicaCount = 3
	// replicaSpread is how long the posts of the replica test fall due
	// over: 1,000 posts on three channels, 25 deliveries a second.
	replicaSpread = 2 * time.Minute
)

// TestKillNinePostgresReplicas: three `practicepost serve` replicas on one
// PostgreSQL database publish 1,000 posts to X, Facebook and LinkedIn, due
// over two minutes, while a replica at a time is SIGKILLed 20 times and
// restarted. Every other kill is aimed at the replica holding the store's
// write lock, which every claim takes, and one at each minute at the
// replica running a periodic job (the replica is stopped first, and the
// kill counted as aimed only if it still holds the lock). At the end
// each post is published exactly once on each network (counted at the
// fakes), none is unknown though Facebook's proxy drops 2% of the answers
// to posts, every delivery is published in the store, the audit chain
// verifies, and no periodic job ran twice in one window: not in the
// replicas' logs, not in job_runs, and not at Facebook, where each token
// check reads /debug_token once.
func TestKillNinePostgresReplicas(t *testing.T) {
	if testing.Short() {
		t.Skip("the replica crash test takes about three minutes")
	}
	ctx := context.Background()
	dsn := pgtest.DB(t)
	xf, ff, lf := xfake.New(), fbfake.New(), lifake.New()
	defer xf.Close()
	defer ff.Close()
	defer lf.Close()
	// Each network answers after up to 30 ms, as one far away does, so
	// kills land mid-publish too.
	xp := newLossyProxy(t, xf.URL(), 0, xPost)
	fp := newLossyProxy(t, ff.URL(), 0.02, facebookPost)
	lp := newLossyProxy(t, lf.URL(), 0, creation{})
	for _, p := range []*lossyProxy{xp, fp, lp} {
		p.latency = 30 * time.Millisecond
	}
	// One tweet in a hundred takes X 8 s, longer than reconcile_settle
	// (5 s): a replica that restarts meanwhile finds the attempt, which
	// another replica is still making, publishing and not listed.
	xp.slowShare, xp.slowFor = 0.01, 8*time.Second
	fakes := map[string]channeltest.Fake{"x": xf, "fb": ff, "li": lf}

	bin := buildBinary(t)
	dir := t.TempDir()
	replicas := make([]*daemon, replicaCount)
	for i := range replicas {
		rdir := filepath.Join(dir, replicaName(i))
		if err := os.Mkdir(rdir, 0o700); err != nil {
			t.Fatal(err)
		}
		logf := createLog(t, filepath.Join(rdir, "daemon.log"))
		// The config takes five-field cron schedules: once a minute is as
		// often as a periodic job can run.
		cfg := writeConfig(t, rdir, setup{X: xp.URL(), FB: fp.URL(), LI: lp.URL(), DSNEnv: "PRACTICEPOST_DSN", Jobs: "* * * * *"})
		// application_name tells the replicas' sessions apart in pg_locks.
		replicas[i] = &daemon{t: t, bin: bin, config: cfg, log: logf,
			env: []string{"PRACTICEPOST_DSN=" + dsn + " application_name=" + replicaName(i)}}
	}
	first := time.Now().Add(15 * time.Second).Truncate(time.Second)
	replicas[0].importPosts(posts, first, replicaSpread, func(int) string { return "x fb li" })
	// The import made the database and the first replica's secrets key;
	// every replica needs the same key.
	keyFile := filepath.Join(filepath.Dir(replicas[0].config), "data", store.KeyFileName)
	key, err := os.ReadFile(keyFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range replicas[1:] {
		data := filepath.Join(filepath.Dir(d.config), "data")
		if err := os.Mkdir(data, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(data, store.KeyFileName), key, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	watch, err := pgx.Connect(ctx, dsn+" application_name=crashtest")
	if err != nil {
		t.Fatal(err)
	}
	defer watch.Close(ctx)

	procs := make([]*proc, len(replicas))
	for i, d := range replicas {
		procs[i] = start(d)
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 18))
	atLock, inJob := 0, 0
	for i := range kills {
		// 20 kills 2 to 8 s apart span the two minutes the posts fall due.
		pause := time.Duration(2000+rng.IntN(6000)) * time.Millisecond
		victim, how := rng.IntN(len(procs)), "at a random moment"
		minute := time.Now().Truncate(time.Minute).Add(time.Minute)
		switch {
		case time.Now().Add(pause).After(minute):
			// A pause that crosses a minute ends there instead, when
			// every replica fires the periodic jobs, and the kill goes
			// to the one running a job: no other may run that window.
			time.Sleep(time.Until(minute))
			if v, held := stopHolder(t, ctx, watch, procs, jobHolder); v >= 0 {
				victim = v
				if held {
					how = "running a periodic job"
					inJob++
				}
			}
		case i%2 == 0:
			time.Sleep(pause)
			if v, held := stopHolder(t, ctx, watch, procs, writeHolder); v >= 0 {
				victim = v
				if held {
					how = "holding the write lock"
					atLock++
				}
			}
		default:
			time.Sleep(pause)
		}
		procs[victim].kill()
		t.Logf("kill %d: %s %s; fakes hold x=%d fb=%d li=%d", i+1, replicaName(victim), how, len(xf.Accepted()), len(ff.Accepted()), len(lf.Accepted()))
		procs[victim] = start(replicas[victim])
	}
	replicas[0].waitSettled(ctx, first.Add(replicaSpread), procs...)
	for _, p := range procs {
		p.stop(t)
	}
	t.Logf("of %d kills, %d landed while the replica held the write lock and %d while it ran a periodic job; Facebook's proxy dropped %d answers; X took 8 s over %d tweets",
		kills, atLock, inJob, fp.Count(), xp.Slow())
	if atLock < kills/5 {
		t.Errorf("only %d kills landed while a replica held the write lock, want at least %d", atLock, kills/5)
	}

	db, err := postgres.Open(ctx, dsn, postgres.Options{KeyFile: keyFile})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// No unknown allowed anywhere (lost is nil): the fakes list every post
	// they made, so a lost answer is found on the account.
	verify(t, ctx, db, posts, fakes, nil, nil)
	if brk, n, err := db.VerifyAudit(ctx); err != nil || brk != nil {
		t.Errorf("audit chain: %+v after %d entries (%v)", brk, n, err)
	} else {
		t.Logf("audit chain verified: %d entries", n)
	}
	verifyJobs(t, ctx, watch, replicas, fp.Seen(http.MethodGet, "/debug_token"))
	t.Logf("the replicas' logs: %d interrupted attempts found not posted and retried, %d lines about a duplicate",
		countInLogs(t, replicas, "reconciled: not on"), countInLogs(t, replicas, "uplicate"))
}

// countInLogs counts the lines of the replicas' logs that hold s.
func countInLogs(t *testing.T, replicas []*daemon, s string) int {
	t.Helper()
	n := 0
	for _, d := range replicas {
		b, err := os.ReadFile(d.log.Name())
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(b)) {
			if strings.Contains(line, s) {
				n++
			}
		}
	}
	return n
}

func replicaName(i int) string { return fmt.Sprintf("replica%d", i+1) }

// writeHolder names the session holding the store's write lock; jobHolder
// one holding a periodic job's lock (RunJob's session lock, exclusive like
// the write lock, unlike the shared mark every serving replica holds).
const (
	writeHolder = `SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
		WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 AND l.classid::bigint = $1 AND l.objid::bigint = $2`
	jobHolder = `SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
		WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 AND l.mode = 'ExclusiveLock'
		AND NOT (l.classid::bigint = $1 AND l.objid::bigint = $2) LIMIT 1`
)

// stopHolder waits up to 5 s for a replica to hold the lock query names
// (writeHolder, jobHolder) and stops it (SIGSTOP), so it cannot let go; it
// returns the replica (-1 if none held it), and whether the lock is still
// its own once stopped, so that a kill lands while it holds it (if not,
// the stopped replica is killed anyway, at a random moment).
func stopHolder(t *testing.T, ctx context.Context, watch *pgx.Conn, procs []*proc, query string) (int, bool) {
	t.Helper()
	holder := func() string {
		var name string
		err := watch.QueryRow(ctx, query, postgres.WriteLock>>32, postgres.WriteLock&0xffff_ffff).Scan(&name)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			t.Fatal(err)
		}
		return name
	}
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		name := holder()
		for i, p := range procs {
			if name == replicaName(i) {
				_ = p.cmd.Process.Signal(syscall.SIGSTOP)
				return i, holder() == name
			}
		}
	}
	return -1, false
}

// jobStarted is the scheduler's line for a periodic job a replica took.
var jobStarted = regexp.MustCompile(`msg="job started".* job=(\S+) window=(\S+)`)

// verifyJobs checks that no periodic job ran twice in one window, three
// ways: the windows the replicas' logs say they took (a killed replica's
// included), the job_runs table, and the token checks Facebook saw (one
// /debug_token read each, at the times in checks). It also checks that the
// engagement and token-check jobs were taken in two windows at least.
func verifyJobs(t *testing.T, ctx context.Context, watch *pgx.Conn, replicas []*daemon, checks []time.Time) {
	t.Helper()
	type run struct{ job, window string }
	took := map[run][]string{} // the replicas that say they took it
	for i, d := range replicas {
		b, err := os.ReadFile(d.log.Name())
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range jobStarted.FindAllStringSubmatch(string(b), -1) {
			took[run{m[1], m[2]}] = append(took[run{m[1], m[2]}], replicaName(i))
		}
	}
	rows, err := watch.Query(ctx, `SELECT name, run_window FROM job_runs`)
	if err != nil {
		t.Fatal(err)
	}
	recorded := map[run]bool{}
	perJob := map[string]int{}
	for rows.Next() {
		var name string
		var window time.Time
		if err := rows.Scan(&name, &window); err != nil {
			t.Fatal(err)
		}
		recorded[run{name, window.UTC().Format("2006-01-02T15:04:05.000Z07:00")}] = true
		perJob[name]++
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	byJob := map[string][]string{}
	for r, who := range took {
		byJob[r.job] = append(byJob[r.job], fmt.Sprintf("%s:%s", r.window[11:16], strings.Join(who, "+")))
		if len(who) > 1 {
			t.Errorf("job %s ran %d times in the window %s, on %v", r.job, len(who), r.window, who)
		}
		if !recorded[r] {
			t.Errorf("job %s ran in the window %s (on %v) without a row in job_runs", r.job, r.window, who)
		}
	}
	for job, runs := range byJob {
		slices.Sort(runs)
		t.Logf("job %s: %d windows in job_runs; taken (window:replica) %v", job, perJob[job], runs)
	}
	// A window is taken (its row written) before the job's first line: a
	// replica killed in between leaves a window no one ran, as it should
	// (the next window makes up for it), so the rows are what count here.
	for _, job := range []string{"engagement", "token-check"} {
		if perJob[job] < 2 {
			t.Errorf("job %s was taken in %d windows, want at least 2: the test did not exercise it", job, perJob[job])
		}
	}
	perMinute := map[time.Time]int{}
	for _, at := range checks {
		perMinute[at.UTC().Truncate(time.Minute)]++
	}
	for minute, n := range perMinute {
		if n > 1 {
			t.Errorf("Facebook's token was checked %d times in the minute from %s: the token check ran twice", n, minute.Format(time.TimeOnly))
		}
	}
	t.Logf("Facebook saw %d token checks in %d minutes", len(checks), len(perMinute))
}
