package crashtest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/practicepost/practicepost/store/postgres"
	"github.com/practicepost/practicepost/store/postgres/pgtest"
)

// orphanPosts is how many posts the never-back test publishes on three
// networks, due over orphanSpread: enough for every replica to be busy
// when one is killed, few enough to stay well under 90 s.
const (
	orphanPosts  = 150
	orphanSpread = 20 * time.Second
)

// TestKillNineReplicaNeverBack: three replicas on one PostgreSQL database;
// one is SIGKILLed in the middle of a call to X and never restarted (its
// machine is gone). Its X calls go to an address that takes the request
// and never answers, so X never gets that tweet and the killed replica's
// delivery is left publishing, not on the network. The two survivors,
// never restarted either, must find what it left (nothing else would look
// at it), see it is not on X, and send it: every post exactly once on
// every network, none unknown.
func TestKillNineReplicaNeverBack(t *testing.T) {
	if testing.Short() {
		t.Skip("the never-back replica test takes about a minute")
	}
	ctx := context.Background()
	dsn := pgtest.DB(t)
	fakes, xp, fp, lp := replicaNetworks(t, 0)
	// The doomed replica's road to X: it takes the call and never answers.
	var stuck atomic.Int32
	blackhole := httptest.NewServer(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
		stuck.Add(1)
		select { // bounded, so Close never waits on it for long
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	}))
	defer blackhole.Close()

	bin := buildBinary(t)
	dir := t.TempDir()
	const doomed = replicaCount - 1
	replicas := make([]*daemon, replicaCount)
	for i := range replicas {
		rdir := filepath.Join(dir, replicaName(i))
		if err := os.Mkdir(rdir, 0o700); err != nil {
			t.Fatal(err)
		}
		x := xp.URL()
		if i == doomed {
			x = blackhole.URL
		}
		// An attempt the dead replica left is decided 10 s after it
		// began (the call's timeout, then the 5 s settle window), and a
		// survivor's sweep, every settle window, finds it then.
		cfg := writeConfig(t, rdir, setup{X: x, FB: fp.URL(), LI: lp.URL(), DSNEnv: "PRACTICEPOST_DSN", CallTimeout: "5s"})
		replicas[i] = &daemon{t: t, bin: bin, config: cfg, log: createLog(t, filepath.Join(rdir, "daemon.log")),
			env: []string{"PRACTICEPOST_DSN=" + dsn + " application_name=" + replicaName(i)}}
	}
	first := time.Now().Add(10 * time.Second).Truncate(time.Second)
	replicas[0].importPosts(orphanPosts, first, orphanSpread, func(int) string { return "x fb li" })
	keyFile := shareKey(t, replicas)
	procs := make([]*proc, len(replicas))
	for i, d := range replicas {
		procs[i] = start(d)
	}
	// Kill the doomed replica while its call to X is under way.
	for deadline := first.Add(orphanSpread); stuck.Load() == 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the doomed replica never called X")
		}
	}
	time.Sleep(500 * time.Millisecond)
	procs[doomed].kill()
	killed := time.Now()
	t.Logf("%s killed mid-call to X at %s (%s after the first post fell due); fakes hold x=%d fb=%d li=%d",
		replicaName(doomed), killed.Format(time.TimeOnly), killed.Sub(first).Round(time.Millisecond),
		len(fakes["x"].Accepted()), len(fakes["fb"].Accepted()), len(fakes["li"].Accepted()))
	survivors := procs[:doomed]
	replicas[0].waitSettled(ctx, first.Add(orphanSpread), survivors...)
	t.Logf("everything settled %s after the kill", time.Since(killed).Round(time.Millisecond))
	for _, p := range survivors {
		p.stop(t)
	}
	if n := xp.Refused(http.StatusForbidden); n > 0 {
		t.Errorf("X refused %d tweets as duplicates: they were sent twice", n)
	}
	db, err := postgres.Open(ctx, dsn, postgres.Options{KeyFile: keyFile})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	verify(t, ctx, db, orphanPosts, fakes, nil, nil)
	if brk, n, err := db.VerifyAudit(ctx); err != nil || brk != nil {
		t.Errorf("audit chain: %+v after %d entries (%v)", brk, n, err)
	}
	swept := countInLogs(t, replicas[:doomed], "did not come back")
	if swept == 0 {
		t.Error("no survivor logged a sweep that found the dead replica's attempts")
	}
	t.Logf("the survivors' sweeps decided the dead replica's attempts %d times; %d found not posted and retried",
		swept, countInLogs(t, replicas[:doomed], "reconciled: not on"))
}
