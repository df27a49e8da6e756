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
	// Facebook's proxy drops 2% of the answers to posts.
	fakes, xp, fp, lp := replicaNetworks(t, 0.02)
	xf, ff, lf := fakes["x"], fakes["fb"], fakes["li"]
	// One tweet in a hundred takes X 8 s, longer than reconcile_settle
	// (5 s): a replica that restarts meanwhile finds the attempt, which
	// another replica is still making, publishing and not listed.
	xp.slowShare, xp.slowFor = 0.01, 8*time.Second

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
		cfg := writeConfig(t, rdir, setup{X: xp.URL(), FB: fp.URL(), LI: lp.URL(), DSNEnv: "PRACTICEPOST_DSN", Jobs: "* * * * *",
			// An attempt a killed replica left is decided 15 s after it
			// began (the call's timeout, then the 5 s settle window), not
			// after the default minute and more; X's slow 8 s still fit.
			CallTimeout: "10s"})
		// application_name tells the replicas' sessions apart in pg_locks.
		replicas[i] = &daemon{t: t, bin: bin, config: cfg, log: logf,
			env: []string{"PRACTICEPOST_DSN=" + dsn + " application_name=" + replicaName(i)}}
	}
	first := time.Now().Add(15 * time.Second).Truncate(time.Second)
	replicas[0].importPosts(posts, first, replicaSpread, func(int) string { return "x fb li" })
	// Past first, the replicas start with a backlog of due posts: said, so
	// a failure on a loaded machine can be told apart.
	t.Logf("the import ended %v before the first post falls due", time.Until(first).Round(100*time.Millisecond))
	keyFile := shareKey(t, replicas)
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
	killedAt := map[string][]time.Time{}
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
		killedAt[replicaName(victim)] = append(killedAt[replicaName(victim)], time.Now())
		t.Logf("kill %d: %s %s; fakes hold x=%d fb=%d li=%d", i+1, replicaName(victim), how, len(xf.Accepted()), len(ff.Accepted()), len(lf.Accepted()))
		procs[victim] = start(replicas[victim])
	}
	replicas[0].waitSettled(ctx, first.Add(replicaSpread), procs...)
	// The replicas take each periodic job's window at the minute, or 15 s
	// later (the jobs' retry) when the kill at the minute hit the replica
	// that had just locked it. How many minutes they serve up to here
	// depends on the import (first is set before it) and the random
	// pauses between kills: a run that ended just after its second minute
	// had taken token-check once (CI rehearsal: "job token-check taken in
	// 1 windows"). They serve on until each job was taken in
	// minJobWindows, so verifyJobs's rule never depends on the timing.
	waitJobWindows(t, ctx, watch, 3*time.Minute)
	for _, p := range procs {
		p.stop(t)
	}
	// X refuses a tweet it already has (403, duplicate content): one
	// refused means a post was sent again while its first attempt was
	// still on its way (a replica that restarted decided another one's
	// slow call after the settle window alone).
	if n := xp.Refused(http.StatusForbidden); n > 0 {
		t.Errorf("X refused %d tweets as duplicates: they were sent twice", n)
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
	verifyJobs(t, ctx, watch, replicas, killedAt, fp.Seen(http.MethodGet, "/debug_token"))
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

// replicaNetworks starts X, Facebook and LinkedIn fakes (closed when the
// test ends), each behind a proxy answering after up to 30 ms, as a
// network far away does, so kills land mid-publish too; Facebook's drops
// the answers to a share fbDrop of the posts.
func replicaNetworks(t *testing.T, fbDrop float64) (fakes map[string]channeltest.Fake, xp, fp, lp *lossyProxy) {
	t.Helper()
	xf, ff, lf := xfake.New(), fbfake.New(), lifake.New()
	t.Cleanup(xf.Close)
	t.Cleanup(ff.Close)
	t.Cleanup(lf.Close)
	xp = newLossyProxy(t, xf.URL(), 0, xPost)
	fp = newLossyProxy(t, ff.URL(), fbDrop, facebookPost)
	lp = newLossyProxy(t, lf.URL(), 0, creation{})
	for _, p := range []*lossyProxy{xp, fp, lp} {
		p.latency = 30 * time.Millisecond
	}
	return map[string]channeltest.Fake{"x": xf, "fb": ff, "li": lf}, xp, fp, lp
}

// shareKey gives every replica the secrets key the first one's import
// made with the database, and returns its path.
func shareKey(t *testing.T, replicas []*daemon) string {
	t.Helper()
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
	return keyFile
}

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

// jobLine is the scheduler's line as a replica starts, finishes or fails
// a periodic job's run for a window.
var jobLine = regexp.MustCompile(`(?m)^time=(\S+) .*msg="job (started|done|failed)".* job=(\S+) window=(\S+)`)

// jobEvent is one jobLine.
type jobEvent struct {
	at                    time.Time
	replica, kind, window string
}

// verifyJobs checks that no periodic job ran twice in one window. A
// window's run is tried again (up to store/postgres's attempts) when one
// failed or its replica died running it, so the rule is read from the
// replicas' logs (a killed replica's included): once a run of a window is
// done, no run of that window starts again; no two runs of it overlap;
// and every start is counted in job_runs' attempts. A run without an end
// line ended when its replica was killed (kills: each replica's kill
// times). Facebook's
// /debug_token reads (one per token check, at the times in checks) are
// never more in a minute than the token-check runs the logs show. The
// engagement and token-check jobs must have been taken in two windows at
// least.
func verifyJobs(t *testing.T, ctx context.Context, watch *pgx.Conn, replicas []*daemon, kills map[string][]time.Time, checks []time.Time) {
	t.Helper()
	type run struct{ job, window string }
	events := map[run][]jobEvent{}
	for i, d := range replicas {
		b, err := os.ReadFile(d.log.Name())
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range jobLine.FindAllStringSubmatch(string(b), -1) {
			at, err := time.Parse(time.RFC3339Nano, m[1])
			if err != nil {
				t.Fatalf("%s: log time %q: %v", replicaName(i), m[1], err)
			}
			r := run{m[3], m[4]}
			events[r] = append(events[r], jobEvent{at, replicaName(i), m[2], m[4]})
		}
	}
	rows, err := watch.Query(ctx, `SELECT name, run_window, state, attempts FROM job_runs`)
	if err != nil {
		t.Fatal(err)
	}
	attempts := map[run]int{}
	done := map[run]bool{}
	perJob := map[string]int{}
	for rows.Next() {
		var name, state string
		var window time.Time
		var n int
		if err := rows.Scan(&name, &window, &state, &n); err != nil {
			t.Fatal(err)
		}
		r := run{name, window.UTC().Format("2006-01-02T15:04:05.000Z07:00")}
		attempts[r], done[r] = n, state == "done"
		perJob[name]++
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	summary := map[string][]string{}
	tokenRuns := map[string]int{} // token-check starts by window
	for r, evs := range events {
		slices.SortFunc(evs, func(a, b jobEvent) int { return a.at.Compare(b.at) })
		starts, finished := 0, false
		var who []string
		for k, e := range evs {
			switch e.kind {
			case "started":
				starts++
				who = append(who, e.replica)
				if finished {
					t.Errorf("job %s, window %s: started again on %s at %s after a run had finished it", r.job, r.window, e.replica, e.at.Format(time.StampMilli))
				}
				for _, prev := range evs[:k] {
					if prev.kind == "started" && endOf(evs, prev.replica, prev.at, kills[prev.replica]).After(e.at) {
						t.Errorf("job %s, window %s: started on %s at %s while %s was running it (since %s)", r.job, r.window, e.replica,
							e.at.Format(time.StampMilli), prev.replica, prev.at.Format(time.StampMilli))
					}
				}
			case "done":
				finished = true
			}
		}
		if starts > attempts[r] {
			t.Errorf("job %s, window %s: started %d times (on %v), job_runs counts %d attempts", r.job, r.window, starts, who, attempts[r])
		}
		if finished && !done[r] {
			t.Errorf("job %s, window %s: a run finished, job_runs does not say done", r.job, r.window)
		}
		if r.job == "token-check" {
			tokenRuns[r.window] += starts
		}
		summary[r.job] = append(summary[r.job], fmt.Sprintf("%s:%s", r.window[11:16], strings.Join(who, "+")))
	}
	for job, runs := range summary {
		slices.Sort(runs)
		t.Logf("job %s: %d windows in job_runs; runs (window:replicas) %v", job, perJob[job], runs)
	}
	// A window is taken (its row written) before the job's first line: a
	// replica killed in between leaves a row and no line, so the rows are
	// what count here.
	for _, job := range exercisedJobs {
		if perJob[job] < minJobWindows {
			t.Errorf("job %s was taken in %d windows, want at least %d: the test did not exercise it", job, perJob[job], minJobWindows)
		}
	}
	perMinute := map[string]int{}
	for _, at := range checks {
		perMinute[at.UTC().Truncate(time.Minute).Format("2006-01-02T15:04:05.000Z07:00")]++
	}
	for minute, n := range perMinute {
		if n > tokenRuns[minute] {
			t.Errorf("Facebook's token was checked %d times in the minute from %s, by %d token-check runs", n, minute, tokenRuns[minute])
		}
	}
	t.Logf("Facebook saw %d token checks in %d minutes", len(checks), len(perMinute))
}

// exercisedJobs are the periodic jobs verifyJobs wants taken in at least
// minJobWindows windows: runs of one job in several windows, on replicas
// that are killed and restarted, are what its checks are about.
var exercisedJobs = []string{"engagement", "token-check"}

const minJobWindows = 2

// waitJobWindows waits, the replicas still serving, until job_runs holds
// minJobWindows windows of each of exercisedJobs, or limit has passed
// (verifyJobs then says which job fell short).
func waitJobWindows(t *testing.T, ctx context.Context, watch *pgx.Conn, limit time.Duration) {
	t.Helper()
	start := time.Now()
	for {
		var short []string
		for _, job := range exercisedJobs {
			var n int
			if err := watch.QueryRow(ctx, `SELECT count(*) FROM job_runs WHERE name = $1`, job).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n < minJobWindows {
				short = append(short, fmt.Sprintf("%s in %d", job, n))
			}
		}
		if len(short) == 0 {
			if waited := time.Since(start); waited > time.Second {
				t.Logf("the replicas served %v past the posts for the periodic jobs' windows", waited.Round(time.Second))
			}
			return
		}
		if time.Since(start) > limit {
			t.Logf("after %v the periodic jobs were taken in too few windows: %v", limit, short)
			return
		}
		time.Sleep(time.Second)
	}
}

// endOf is when replica's run that started at start ended: its next line
// for the window in evs (sorted by time), else the replica's first kill
// after start (a killed replica writes no line), else never.
func endOf(evs []jobEvent, replica string, start time.Time, killed []time.Time) time.Time {
	for _, e := range evs {
		if e.replica == replica && e.at.After(start) && e.kind != "started" {
			return e.at
		}
	}
	for _, k := range killed {
		if k.After(start) {
			return k
		}
	}
	return time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
}
