package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels/google/gbpfake"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres/pgtest"
)

// TestReplicasPublishOnce: two daemons serving from one Postgres database
// (each with its own data folder and the same secret.key) publish every
// due post exactly once on the network between them, and the audit trail
// they share verifies.
func TestReplicasPublishOnce(t *testing.T) {
	ctx := context.Background()
	t.Setenv("PP_TEST_REPLICA_DSN", pgtest.DB(t))
	fake := gbpfake.New()
	defer fake.Close()
	var replicas []*Main
	var key []byte
	for i := range 2 {
		cfgText := fmt.Sprintf(`[practice]
name = "Test Clinic"
timezone = "America/Chicago"
state = "IL"
[store]
backend = "postgres"
dsn = "env:PP_TEST_REPLICA_DSN"
dir = "data"
[web]
listen = "127.0.0.1:0"

[[channels]]
id = "gbp"
kind = "google"
api_base = %q
account_id = %q
location_id = %q
client_id = %q
client_secret = %q
refresh_token = %q
`, fake.URL(), gbpfake.AccountID, gbpfake.LocationID, gbpfake.ClientID, gbpfake.ClientSecret, gbpfake.RefreshToken)
		base := t.TempDir()
		cfg, err := config.Parse([]byte(cfgText), "config.toml", base)
		if err != nil {
			t.Fatal(err)
		}
		if key != nil { // every replica gets the first one's key
			if err := os.MkdirAll(cfg.Store.Dir, 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(cfg.Store.Dir, store.KeyFileName), key, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		m := &Main{Config: cfg, Logger: discardLogger()}
		runCtx, cancel := context.WithCancel(ctx)
		if err := m.Open(runCtx); err != nil {
			cancel()
			t.Fatalf("replica %d: %v", i, err)
		}
		done := make(chan error, 1)
		go func() { done <- m.Run(runCtx) }()
		t.Cleanup(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("replica %d: Run: %v", i, err)
			}
			m.Close()
		})
		replicas = append(replicas, m)
		if key, err = os.ReadFile(filepath.Join(cfg.Store.Dir, store.KeyFileName)); err != nil {
			t.Fatal(err)
		}
	}

	const posts = 8
	var ids []post.ID
	for i := range posts {
		p, err := replicas[i%2].Calendar.AddPost(ctx, calendar.AddPost{Actor: calendar.System, Body: fmt.Sprintf("Flu shots this week, day %d.", i),
			Channels: []string{"gbp"}, At: time.Now()})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID)
	}
	deadline := time.Now().Add(60 * time.Second)
	for _, id := range ids {
		for {
			var d *post.Delivery
			if err := replicas[0].DB.View(ctx, func(tx store.Tx) error {
				p, err := tx.Post(id)
				if err == nil {
					d = p.Deliveries["gbp"]
				}
				return err
			}); err != nil {
				t.Fatal(err)
			}
			if d.Done() {
				if d.State != post.DeliveryPublished {
					t.Errorf("post %s: delivery %s (%q)", id, d.State, d.LastError)
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("post %s still %s after 60 s", id, d.State)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	seen := map[string]int{}
	for _, a := range fake.Accepted() {
		seen[a.Text]++
	}
	if len(seen) != posts {
		t.Errorf("the network holds %d different posts, want %d", len(seen), posts)
	}
	for text, n := range seen {
		if n != 1 {
			t.Errorf("%q was published %d times", text, n)
		}
	}
	for i, m := range replicas {
		brk, n, err := m.DB.VerifyAudit(ctx)
		if err != nil || brk != nil {
			t.Errorf("replica %d: audit %+v after %d entries (%v)", i, brk, n, err)
		}
	}
}

// TestReplicaWithSkewedClockIsRefused: a replica whose clock is minutes
// off the database server's does not start serving (it would publish
// early, and take another replica's publish under way for an interrupted
// one old enough to send again); one in step does.
func TestReplicaWithSkewedClockIsRefused(t *testing.T) {
	for _, tc := range []struct {
		name   string
		offset time.Duration
		ok     bool
	}{
		{"five minutes ahead", 5 * time.Minute, false},
		{"in step", 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("PP_TEST_SKEW_DSN", pgtest.DB(t))
			cfg, err := config.Parse([]byte(`[practice]
name = "Test Clinic"
timezone = "America/Chicago"
state = "IL"
[store]
backend = "postgres"
dsn = "env:PP_TEST_SKEW_DSN"
dir = "data"
[web]
listen = "127.0.0.1:0"
`), "config.toml", t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			m := &Main{Config: cfg, Logger: discardLogger(), Now: func() time.Time { return time.Now().Add(tc.offset) }}
			err = m.Open(context.Background())
			m.Close()
			switch {
			case tc.ok && err != nil:
				t.Errorf("refused: %v", err)
			case !tc.ok && (err == nil || !strings.Contains(err.Error(), "clock")):
				t.Errorf("got %v, want a refusal naming the clock", err)
			}
		})
	}
}

// TestReplicaClockJumpIsLogged: a replica whose clock leaves the database
// server's after it started logs it as an error (it started in step, so
// the check at start let it through), and logs again once it is back.
func TestReplicaClockJumpIsLogged(t *testing.T) {
	was := clockCheckEvery
	clockCheckEvery = 50 * time.Millisecond
	t.Cleanup(func() { clockCheckEvery = was })
	t.Setenv("PP_TEST_JUMP_DSN", pgtest.DB(t))
	cfg, err := config.Parse([]byte(`[practice]
name = "Test Clinic"
timezone = "America/Chicago"
state = "IL"
[store]
backend = "postgres"
dsn = "env:PP_TEST_JUMP_DSN"
dir = "data"
[web]
listen = "127.0.0.1:0"
`), "config.toml", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var offset atomic.Int64
	logs := &lockedBuffer{}
	m := &Main{Config: cfg, Logger: slog.New(slog.NewTextHandler(logs, nil)), Now: func() time.Time { return time.Now().Add(time.Duration(offset.Load())) }}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := m.Open(ctx); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx) }()
	defer func() {
		cancel()
		<-done
		m.Close()
	}()
	waitFor := func(what string) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for !strings.Contains(logs.String(), what) {
			if time.Now().After(deadline) {
				t.Fatalf("no %q in the log:\n%s", what, logs.String())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	offset.Store(int64(3 * time.Minute))
	waitFor("ahead of the database server")
	offset.Store(0)
	waitFor("back in step")
}
