package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres"
	"github.com/practicepost/practicepost/store/postgres/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

var _ SharedAttempts = (*postgres.DB)(nil)

// newReplicaEnvs is n web servers, each over its own connection to one
// throwaway Postgres database, as n `serve` replicas are.
func newReplicaEnvs(t *testing.T, n int) []*testEnv {
	t.Helper()
	ctx := context.Background()
	dsn := pgtest.DB(t)
	keyFile := filepath.Join(t.TempDir(), store.KeyFileName)
	chk, err := compliance.New(compliance.Profile{PracticeName: "Maple Family Clinic", State: "NY", Phones: []string{"212-555-0100"}})
	if err != nil {
		t.Fatal(err)
	}
	chans := testChannels()
	var envs []*testEnv
	for i := range n {
		db, err := postgres.Open(ctx, dsn, postgres.Options{KeyFile: keyFile})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		cal, err := calendar.New(db, calendar.NewChecker(chk, chans), calendar.Options{Location: time.UTC, Channels: chans, PasswordCost: bcrypt.MinCost})
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			if _, err := cal.AddUser(ctx, calendar.AddUser{Actor: calendar.System, Name: "ada", Role: post.RoleAdmin, Password: testPassword}); err != nil {
				t.Fatal(err)
			}
		}
		srv, err := New(Options{Calendar: cal, DB: db, Checker: chk, TrustedProxies: []string{"127.0.0.0/8", "::1/128"}})
		if err != nil {
			t.Fatal(err)
		}
		ts := httptest.NewServer(srv.Handler())
		t.Cleanup(ts.Close)
		envs = append(envs, &testEnv{t: t, cal: cal, srv: srv, ts: ts})
	}
	return envs
}

// TestLoginLimitHoldsAcrossReplicas: each replica counted sign-in
// failures in its own memory, so two replicas let one address make ten
// guesses in the window, not five. The count is kept in the database now.
func TestLoginLimitHoldsAcrossReplicas(t *testing.T) {
	tests := []struct {
		name    string
		replica func(i int) int // which replica the i-th attempt goes to
	}{
		{"alternating", func(i int) int { return i % 2 }},
		{"five on one, then the other", func(i int) int { return i / 5 }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			envs := newReplicaEnvs(t, 2)
			for i := range 5 {
				if r := envs[tc.replica(i)].loginFrom("203.0.113.9", "ada", "wrong password"); r.StatusCode != http.StatusUnauthorized {
					t.Fatalf("guess %d: %d, want 401", i+1, r.StatusCode)
				}
			}
			for i, e := range envs {
				if r := e.loginFrom("203.0.113.9", "ada", "wrong password"); r.StatusCode != http.StatusTooManyRequests {
					t.Errorf("sixth guess on replica %d: %d, want 429", i, r.StatusCode)
				}
			}
			// Another address is not held, and the account's failures
			// (five, from the one address) slow it on both replicas.
			for i, e := range envs {
				d, err := e.srv.limiter.delay(context.Background(), "user:ada")
				if err != nil {
					t.Fatal(err)
				}
				if d == 0 {
					t.Errorf("replica %d does not slow the next attempt on ada after five failures on both", i)
				}
			}
			if r := envs[1].loginFrom("198.51.100.7", "ada", testPassword); r.StatusCode != http.StatusSeeOther {
				t.Errorf("the right password from a clean address: %d, want 303", r.StatusCode)
			}
			// Signing in forgot the account's failures for both.
			for i, e := range envs {
				if d, err := e.srv.limiter.delay(context.Background(), "user:ada"); err != nil || d != 0 {
					t.Errorf("replica %d after the sign-in: delay %s, %v; want 0", i, d, err)
				}
			}
		})
	}
}
