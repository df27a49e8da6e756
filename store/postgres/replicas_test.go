package postgres

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

var t0 = time.Date(2027, 3, 1, 15, 0, 0, 0, time.UTC)

func fixedClock() time.Time { return t0 }

// TestReplicasClaimOnce: three store handles on one database (three
// replicas) each read what is due and claim it the way the scheduler
// does; every delivery is claimed exactly once, and the one audit chain
// they all wrote verifies from each of them.
func TestReplicasClaimOnce(t *testing.T) {
	open, _, _ := openTest(t, fixedClock)
	var replicas []*DB
	for range 3 {
		db := open(t)
		t.Cleanup(func() { db.Close() })
		replicas = append(replicas, db)
	}
	ctx := context.Background()
	const posts = 30
	channels := []string{"x", "fb"}
	for i := range posts {
		p := &post.Post{ID: post.NewID(t0), Body: fmt.Sprint("post ", i), Channels: channels, Status: post.StatusScheduled,
			Schedule: post.Schedule{At: t0}, Deliveries: map[string]*post.Delivery{}}
		for _, ch := range channels {
			p.Deliveries[ch] = &post.Delivery{Channel: ch, State: post.DeliveryPending, DueAt: t0.Add(-time.Duration(i) * time.Second)}
		}
		err := replicas[i%3].Update(ctx, func(tx store.Tx) error { return tx.InsertPost(p, store.Audit{Actor: "ann", Action: "post.create"}) })
		if err != nil {
			t.Fatal(err)
		}
	}

	var (
		mu     sync.Mutex
		claims = map[string][]string{} // post/channel -> attempts that took it
		wg     sync.WaitGroup
	)
	for r, db := range replicas {
		for w := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for n := 0; ; n++ {
					var due []store.DueItem
					if err := db.View(ctx, func(tx store.Tx) error {
						var err error
						due, err = tx.Due(t0, 8)
						return err
					}); err != nil {
						t.Error(err)
						return
					}
					if len(due) == 0 {
						return
					}
					for _, d := range due {
						attempt := fmt.Sprintf("r%d-w%d-%d", r, w, n)
						var took bool
						err := db.Update(ctx, func(tx store.Tx) error {
							var err error
							took, err = claim(tx, d.PostID, d.Channel, attempt)
							return err
						})
						if err != nil && post.ErrorCode(err) != post.EConflict {
							t.Error(err)
							return
						}
						if took && err == nil {
							mu.Lock()
							claims[d.PostID+"/"+d.Channel] = append(claims[d.PostID+"/"+d.Channel], attempt)
							mu.Unlock()
						}
					}
				}
			}()
		}
	}
	wg.Wait()
	if len(claims) != posts*len(channels) {
		t.Errorf("%d deliveries claimed, want %d", len(claims), posts*len(channels))
	}
	for k, by := range claims {
		if len(by) != 1 {
			t.Errorf("%s claimed %d times: %v", k, len(by), by)
		}
	}
	for i, db := range replicas {
		brk, n, err := db.VerifyAudit(ctx)
		if err != nil || brk != nil || n != posts+posts*uint64(len(channels)) {
			t.Errorf("replica %d: audit %+v after %d entries (%v), want intact after %d", i, brk, n, err, posts+posts*len(channels))
		}
	}
}

// claim is the scheduler's claim: read, check the delivery is still
// pending, mark it publishing, write (PutPost refuses a stale version).
func claim(tx store.Tx, id post.ID, channel, attempt string) (bool, error) {
	p, err := tx.Post(id)
	if err != nil {
		return false, err
	}
	d := p.Deliveries[channel]
	if d == nil || d.State != post.DeliveryPending {
		return false, nil
	}
	d.State, d.AttemptID, d.AttemptStarted, d.Attempts = post.DeliveryPublishing, attempt, tx.Now(), d.Attempts+1
	return true, tx.PutPost(p, store.Audit{Actor: "practicepost", Action: "delivery.attempt", Detail: channel + " attempt " + attempt})
}

// TestSecretsKeyShared: a replica opened with the same key file reads the
// secrets another sealed; one with another key file, or none while
// secrets are stored, is refused at open and nothing is written.
func TestSecretsKeyShared(t *testing.T) {
	open, dsn, _ := openTest(t, fixedClock)
	ctx := context.Background()
	a := open(t)
	defer a.Close()
	if err := a.SaveSecret(ctx, "x/main/token", []byte("tok")); err != nil {
		t.Fatal(err)
	}
	b := open(t)
	defer b.Close()
	if v, err := b.LoadSecret(ctx, "x/main/token"); err != nil || string(v) != "tok" {
		t.Errorf("the second replica reads %q, %v", v, err)
	}
	for _, tc := range []struct {
		name, keyFile, want string
	}{
		{"another key", filepath.Join(t.TempDir(), "other.key"), "is not the key"},
		{"no key", filepath.Join(t.TempDir(), "missing", store.KeyFileName), "is missing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.want == "is not the key" {
				other, err := store.LoadOrCreateKey(tc.keyFile, true)
				if err != nil || len(other) != 32 {
					t.Fatal(err)
				}
			}
			db, err := Open(ctx, dsn, Options{Now: fixedClock, KeyFile: tc.keyFile})
			if err == nil {
				db.Close()
				t.Fatal("opened")
			}
			if post.ErrorCode(err) != post.EConflict || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want a conflict saying %q", err, tc.want)
			}
		})
	}
}

// TestSchemaVersion: every migration is recorded once, reopening applies
// none again, and a database a newer build wrote is refused.
func TestSchemaVersion(t *testing.T) {
	open, dsn, keyFile := openTest(t, fixedClock)
	ctx := context.Background()
	db := open(t)
	db.Close()
	db = open(t)
	var versions []int
	rows, err := db.pool.Query(ctx, `SELECT version FROM schema_version ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		versions = append(versions, v)
	}
	rows.Close()
	if len(versions) != SchemaVersion || versions[len(versions)-1] != SchemaVersion {
		t.Errorf("schema_version holds %v, want 1..%d once each", versions, SchemaVersion)
	}
	if _, err := db.pool.Exec(ctx, `INSERT INTO schema_version (version) VALUES ($1)`, SchemaVersion+1); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err = Open(ctx, dsn, Options{Now: fixedClock, KeyFile: keyFile})
	if post.ErrorCode(err) != post.EConflict || !strings.Contains(err.Error(), "newer practicepost") {
		t.Errorf("opening a newer schema: %v, want a refusal", err)
	}
}

// TestRunJobOnePerWindow: three replicas firing the same job in the same
// window run it once; a replica that dies holding a job lets the next
// window run on another.
func TestRunJobOnePerWindow(t *testing.T) {
	open, _, _ := openTest(t, fixedClock)
	var replicas []*DB
	for range 3 {
		db := open(t)
		t.Cleanup(func() { db.Close() })
		replicas = append(replicas, db)
	}
	ctx := context.Background()
	w1 := t0.Truncate(time.Minute)
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		ran  int
		took int
	)
	for _, db := range replicas {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := db.RunJob(ctx, "engagement", w1, 3, func(context.Context) error {
				mu.Lock()
				ran++
				mu.Unlock()
				time.Sleep(50 * time.Millisecond)
				return nil
			})
			switch {
			case err == nil:
				mu.Lock()
				took++
				mu.Unlock()
			case !errors.Is(err, ErrJobBusy) && !errors.Is(err, ErrJobDone):
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if ran != 1 || took != 1 {
		t.Fatalf("window 1: the job ran %d times (%d replicas said they ran it), want once", ran, took)
	}
	noop := func(context.Context) error { return nil }
	if err := replicas[1].RunJob(ctx, "engagement", w1, 3, noop); !errors.Is(err, ErrJobDone) {
		t.Errorf("window 1 again, after the first run ended: %v, want ErrJobDone", err)
	}

	// Replica 0 takes window 2 and hangs in it; replica 1 cannot run the
	// job meanwhile, and can once replica 0's connection is gone.
	started, release := make(chan struct{}), make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- replicas[0].RunJob(ctx, "engagement", w1.Add(time.Minute), 3, func(context.Context) error {
			close(started)
			<-release
			return nil
		})
	}()
	<-started
	if err := replicas[1].RunJob(ctx, "engagement", w1.Add(2*time.Minute), 3, noop); !errors.Is(err, ErrJobBusy) {
		t.Errorf("while replica 0 runs the job: %v, want ErrJobBusy", err)
	}
	// pg_terminate_backend with a timeout waits for the backend to exit.
	if _, err := replicas[2].pool.Exec(ctx, `SELECT pg_terminate_backend(pid, 10000) FROM pg_locks
WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()`); err != nil {
		t.Fatal(err)
	}
	if err := replicas[1].RunJob(ctx, "engagement", w1.Add(3*time.Minute), 3, noop); err != nil {
		t.Errorf("after replica 0 died holding the job: %v, want it run", err)
	}
	close(release)
	<-done
}

// TestListenWakes: a post written or the emergency stop set on one
// replica wakes another's scheduler, and the other's next transaction
// reads the stop.
func TestListenWakes(t *testing.T) {
	open, _, _ := openTest(t, fixedClock)
	a, b := open(t), open(t)
	t.Cleanup(func() { a.Close(); b.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	l := listen(ctx, t, a, 10*time.Second)
	p := &post.Post{ID: post.NewID(t0), Body: "Flu shots.", Channels: []string{"x"}, Status: post.StatusScheduled,
		Deliveries: map[string]*post.Delivery{"x": {Channel: "x", State: post.DeliveryPending, DueAt: t0}}}
	if err := b.Update(ctx, func(tx store.Tx) error { return tx.InsertPost(p, store.Audit{Actor: "ann", Action: "post.create"}) }); err != nil {
		t.Fatal(err)
	}
	l.wait(t, "a post written on the other replica")
	stop := store.EmergencyStop{Active: true, By: "doc", At: t0, Reason: "local news"}
	if err := b.Update(ctx, func(tx store.Tx) error {
		return tx.PutEmergencyStop(stop, store.Audit{Actor: "doc", Action: "emergency.stop"})
	}); err != nil {
		t.Fatal(err)
	}
	l.wait(t, "the emergency stop set on the other replica")
	if err := a.Update(ctx, func(tx store.Tx) error {
		got, err := tx.EmergencyStop()
		if err == nil && !got.Active {
			t.Error("the replica's next transaction does not see the stop")
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	l.stop(t, cancel)
}

// TestWakeOnlyWhenSomethingBecomesDue: a post write wakes the other
// replicas only when the post has a delivery due that it did not have
// before (a new post, a retry planned); a claim or a published record
// takes a delivery off the due list and wakes nobody, since every wake-up
// makes each replica's scheduler read what is due again.
func TestWakeOnlyWhenSomethingBecomesDue(t *testing.T) {
	open, _, _ := openTest(t, fixedClock)
	a, b := open(t), open(t)
	t.Cleanup(func() { a.Close(); b.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	l := listen(ctx, t, a, 10*time.Second)
	id := post.NewID(t0)
	set := func(state post.DeliveryState, next time.Time) func(*post.Post) {
		return func(p *post.Post) { p.Deliveries["x"].State, p.Deliveries["x"].NextAttempt = state, next }
	}
	steps := []struct {
		name   string
		change func(*post.Post) // nil: insert the post
		wake   bool
	}{
		{"a new post due at t0", nil, true},
		{"claimed (publishing)", set(post.DeliveryPublishing, time.Time{}), false},
		{"failed, retried in a minute", set(post.DeliveryPending, t0.Add(time.Minute)), true},
		{"claimed again", set(post.DeliveryPublishing, time.Time{}), false},
		{"published", func(p *post.Post) { set(post.DeliveryPublished, time.Time{})(p); p.Status = post.StatusPublished }, false},
	}
	for _, st := range steps {
		err := b.Update(ctx, func(tx store.Tx) error {
			if st.change == nil {
				return tx.InsertPost(&post.Post{ID: id, Body: "Flu shots.", Channels: []string{"x"}, Status: post.StatusScheduled,
					Deliveries: map[string]*post.Delivery{"x": {Channel: "x", State: post.DeliveryPending, DueAt: t0}}}, store.Audit{Actor: "ann", Action: "post.create"})
			}
			p, err := tx.Post(id)
			if err != nil {
				return err
			}
			st.change(p)
			return tx.PutPost(p, store.Audit{Actor: "practicepost", Action: "delivery.attempt"})
		})
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		wait := time.Second // long enough for a NOTIFY on one machine
		if st.wake {
			wait = 10 * time.Second
		}
		select {
		case <-l.woke:
			if !st.wake {
				t.Errorf("%s woke the other replica", st.name)
			}
		case <-time.After(wait):
			if st.wake {
				t.Errorf("%s did not wake the other replica", st.name)
			}
		}
	}
	l.stop(t, cancel)
}

// TestServingMarkSurvivesLostConnection: the connection holding a
// daemon's serving mark is lost (the server restarted it, a proxy or
// firewall dropped it, an administrator ended the session). PostgreSQL
// lets go of the mark with the session; the daemon must take it again,
// or practicepost migrate would copy the database while the daemon writes.
func TestServingMarkSurvivesLostConnection(t *testing.T) {
	defer func(was time.Duration) { servingCheckEvery = was }(servingCheckEvery)
	servingCheckEvery = 20 * time.Millisecond
	open, _, _ := openTest(t, fixedClock)
	daemon, migrator := open(t), open(t)
	t.Cleanup(func() { daemon.Close(); migrator.Close() })
	ctx := t.Context()
	release, err := daemon.HoldServing(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	var ended bool
	err = migrator.pool.QueryRow(ctx, `SELECT pg_terminate_backend(pid, 5000) FROM pg_locks
		WHERE locktype = 'advisory' AND mode = 'ShareLock' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&ended)
	if err != nil || !ended {
		t.Fatalf("ending the serving session: %v (ended %v)", err, ended)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		took, err := migrator.Exclusive(ctx)
		if post.ErrorCode(err) == post.ELocked {
			return // the daemon holds its mark again
		}
		if err != nil {
			t.Fatal(err)
		}
		took()
		if time.Now().After(deadline) {
			t.Fatal("a migration can still take the database 10s after the daemon's serving connection was lost")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestListenReconnects: the connection a replica listens on is ended;
// Listen connects again, wakes the scheduler (a notification may have
// been missed) and hears the next commit of another replica.
func TestListenReconnects(t *testing.T) {
	open, _, _ := openTest(t, fixedClock)
	a, b := open(t), open(t)
	t.Cleanup(func() { a.Close(); b.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	l := listen(ctx, t, a, 15*time.Second)
	var ended bool
	if err := b.pool.QueryRow(ctx, `SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity
		WHERE datname = current_database() AND query = 'LISTEN `+wakeChannel+`'`).Scan(&ended); err != nil || !ended {
		t.Fatalf("ending the listening session: %v (ended %v)", err, ended)
	}
	l.wait(t, "the listening connection was ended (the reconnection's own wake-up)")
	p := &post.Post{ID: post.NewID(t0), Body: "Flu shots.", Channels: []string{"x"}, Status: post.StatusScheduled,
		Deliveries: map[string]*post.Delivery{"x": {Channel: "x", State: post.DeliveryPending, DueAt: t0}}}
	if err := b.Update(ctx, func(tx store.Tx) error { return tx.InsertPost(p, store.Audit{Actor: "ann", Action: "post.create"}) }); err != nil {
		t.Fatal(err)
	}
	l.wait(t, "a post written on the other replica after the reconnection")
	l.stop(t, cancel)
}

// TestSchemaTopics: schema 3 says posts may carry a post type per channel
// (post.Post.Topics, Google) and per-channel options (post.Post.Options,
// Mastodon), which a build from before would drop when it rewrote a post.
// Such a build (schema 2) refuses a database this build opened, and a
// database left at schema 2 is brought to 3 in order, each version
// recorded once.
func TestSchemaTopics(t *testing.T) {
	const before, topics = 2, 3
	if SchemaVersion < topics {
		t.Fatalf("this build writes schema %d; posts with topics need %d so an older build refuses them", SchemaVersion, topics)
	}
	current := SchemaVersion
	t.Cleanup(func() { SchemaVersion = current })
	ctx := context.Background()

	tests := []struct {
		name string
		run  func(t *testing.T, dsn, keyFile string)
	}{
		{"an older build refuses a database this one wrote", func(t *testing.T, dsn, keyFile string) {
			db, err := Open(ctx, dsn, Options{Now: fixedClock, KeyFile: keyFile})
			if err != nil {
				t.Fatal(err)
			}
			db.Close()
			SchemaVersion = before
			defer func() { SchemaVersion = current }()
			_, err = Open(ctx, dsn, Options{Now: fixedClock, KeyFile: keyFile})
			if post.ErrorCode(err) != post.EConflict || !strings.Contains(err.Error(), fmt.Sprintf("schema version %d", current)) {
				t.Errorf("a schema %d build opening schema %d: %v, want a refusal", before, current, err)
			}
		}},
		{"a database at schema 2 is brought up in order", func(t *testing.T, dsn, keyFile string) {
			SchemaVersion = before
			db, err := Open(ctx, dsn, Options{Now: fixedClock, KeyFile: keyFile})
			SchemaVersion = current
			if err != nil {
				t.Fatal(err)
			}
			db.Close()
			db, err = Open(ctx, dsn, Options{Now: fixedClock, KeyFile: keyFile})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			rows, err := db.pool.Query(ctx, `SELECT version FROM schema_version ORDER BY applied_at, version`)
			if err != nil {
				t.Fatal(err)
			}
			versions, err := pgx.CollectRows(rows, pgx.RowTo[int])
			if err != nil {
				t.Fatal(err)
			}
			for i, v := range versions {
				if v != i+1 {
					t.Fatalf("schema_version in the order applied: %v, want 1..%d", versions, current)
				}
			}
			if len(versions) != current {
				t.Errorf("schema_version holds %v, want 1..%d", versions, current)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, dsn, keyFile := openTest(t, fixedClock)
			tc.run(t, dsn, keyFile)
		})
	}
}

// TestShare: each daemon serving from the database gets its own index
// among them, the count follows daemons coming and going, and a process
// holding no serving mark has no share.
func TestShare(t *testing.T) {
	open, _, _ := openTest(t, fixedClock)
	ctx := t.Context()
	dbs := []*DB{open(t), open(t), open(t)}
	var releases []func()
	t.Cleanup(func() {
		for _, r := range releases {
			r()
		}
		for _, db := range dbs {
			db.Close()
		}
	})
	if i, n, err := dbs[0].Share(ctx); err != nil || i != 0 || n != 0 {
		t.Fatalf("before serving: Share = %d, %d, %v; want 0, 0, nil", i, n, err)
	}
	for _, db := range dbs {
		release, err := db.HoldServing(ctx)
		if err != nil {
			t.Fatal(err)
		}
		releases = append(releases, release)
	}
	tests := []struct {
		name    string
		serving []*DB
	}{
		{"three serving", dbs},
		{"the first stopped", dbs[1:]},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// A stopped daemon's session ends on the server a moment
			// after it closes its connection.
			for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
				if _, n, err := tc.serving[0].Share(ctx); err != nil || n == len(tc.serving) {
					break
				}
			}
			seen := map[int]bool{}
			for _, db := range tc.serving {
				i, n, err := db.Share(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if n != len(tc.serving) || i < 0 || i >= n || seen[i] {
					t.Fatalf("Share = %d, %d; want a free index below %d (taken: %v)", i, n, len(tc.serving), seen)
				}
				seen[i] = true
			}
		})
		releases[0]()
		releases[0] = func() {}
	}
	if i, n, err := dbs[0].Share(ctx); err != nil || i != 0 || n != 0 {
		t.Fatalf("after its release: Share = %d, %d, %v; want 0, 0, nil", i, n, err)
	}
}

// listener is a replica's Listen running in the background of a test.
type listener struct {
	woke    chan struct{}
	done    chan error
	timeout time.Duration // how long wait waits for a wake-up
}

// listen starts db listening until ctx ends and waits for the wake-up it
// gives when it starts listening.
func listen(ctx context.Context, t *testing.T, db *DB, timeout time.Duration) *listener {
	t.Helper()
	l := &listener{woke: make(chan struct{}, 16), done: make(chan error, 1), timeout: timeout}
	go func() { l.done <- db.Listen(ctx, func(context.Context) { l.woke <- struct{}{} }, nil) }()
	l.wait(t, "connecting")
	return l
}

// wait fails the test unless a wake-up comes within the timeout.
func (l *listener) wait(t *testing.T, after string) {
	t.Helper()
	select {
	case <-l.woke:
	case <-time.After(l.timeout):
		t.Fatalf("no wake-up after %s", after)
	}
}

// stop ends Listen through cancel, which must end its context, and
// checks that it returned nil.
func (l *listener) stop(t *testing.T, cancel context.CancelFunc) {
	t.Helper()
	cancel()
	if err := <-l.done; err != nil {
		t.Errorf("Listen returned %v at the end, want nil", err)
	}
}
