package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres"
	"github.com/practicepost/practicepost/store/postgres/pgtest"
)

// TestDoctorOnPostgres: on a Postgres practice doctor checks the
// connection, the schema, the audit trail (and this machine's copy of its
// head), the key, the replicas serving and the clock against the database
// server's; it says which checks are bbolt's only, and changes nothing.
func TestDoctorOnPostgres(t *testing.T) {
	type practice struct {
		cfgPath string
		cfg     *config.Config
		env     doctorEnv
		dsn     string
	}
	exec := func(t *testing.T, p *practice, sql string) {
		t.Helper()
		conn, err := pgx.Connect(context.Background(), p.dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(context.Background())
		if _, err := conn.Exec(context.Background(), sql); err != nil {
			t.Fatal(err)
		}
	}
	type want struct{ check, status, says string }
	cases := []struct {
		name    string
		prepare func(t *testing.T, p *practice)
		want    []want
		after   func(t *testing.T, p *practice)
	}{
		{name: "healthy, no replica serving", want: []want{
			{"database", statusOK, "PostgreSQL"},
			{"database", statusOK, "audit trail intact"},
			{"key", statusOK, "opens all"},
			{"replicas", statusWarn, "no replica serves"},
			{"clock", statusOK, "database server"},
			{"disk", statusSkip, "bbolt"},
			{"backups", statusSkip, "pg_dump"},
		}},
		{name: "a replica serving here", prepare: func(t *testing.T, p *practice) { t.Cleanup(startDaemon(t, p.cfg)) }, want: []want{
			{"daemon", statusOK, "is running"},
			{"replicas", statusOK, "1 replica"},
			{"database", statusOK, "audit trail intact"},
		}},
		{name: "an older schema is reported, not upgraded", prepare: func(t *testing.T, p *practice) {
			exec(t, p, "DELETE FROM schema_version WHERE version = (SELECT max(version) FROM schema_version)")
		}, want: []want{{"database", statusWarn, "needs upgrading"}}, after: func(t *testing.T, p *practice) {
			conn, err := pgx.Connect(context.Background(), p.dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close(context.Background())
			var v int
			if err := conn.QueryRow(context.Background(), "SELECT max(version) FROM schema_version").Scan(&v); err != nil || v != postgres.SchemaVersion-1 {
				t.Errorf("schema after doctor: %d (%v), want %d left as it was", v, err, postgres.SchemaVersion-1)
			}
		}},
		{name: "audit trail tampered with", prepare: func(t *testing.T, p *practice) {
			exec(t, p, `UPDATE audit SET entry = convert_to(replace(convert_from(entry, 'UTF8'), 'admin', 'eve'), 'UTF8') WHERE seq = 1`)
		}, want: []want{{"database", statusFail, "broken"}}},
		{name: "restored from an older copy", prepare: func(t *testing.T, p *practice) {
			// A second entry, which this machine's copy of the head then
			// names; the "older copy" lacks it.
			if code, _, errs := cli(t, "", "--config", p.cfgPath, "post", "add", "--text", "Flu shots are in.", "--channel", "preview", "--at", time.Now().Add(48*time.Hour).Format(time.RFC3339)); code != 0 {
				t.Fatalf("post add: %s", errs)
			}
			exec(t, p, `DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit);
UPDATE audit_head SET seq = a.seq, hash = convert_from(a.entry, 'UTF8')::json->>'hash' FROM (SELECT seq, entry FROM audit ORDER BY seq DESC LIMIT 1) a`)
		}, want: []want{{"database", statusFail, "gone"}}},
		{name: "another key", prepare: func(t *testing.T, p *practice) {
			key := make([]byte, 32)
			rand.Read(key)
			if err := os.WriteFile(filepath.Join(p.cfg.Store.Dir, store.KeyFileName), key, 0o600); err != nil {
				t.Fatal(err)
			}
		}, want: []want{{"database", statusFail, store.KeyFileName}}},
		{name: "this machine's clock off the server's", prepare: func(t *testing.T, p *practice) {
			p.env.now = func() time.Time { return time.Now().Add(5 * time.Minute) }
		}, want: []want{{"clock", statusFail, "ahead of the database server"}}},
		{name: "a database it cannot reach", prepare: func(t *testing.T, p *practice) {
			t.Setenv("PRACTICEPOST_DSN", "host="+t.TempDir()+" dbname=nowhere connect_timeout=2")
		}, want: []want{{"database", statusFail, "cannot reach"}, {"logins", statusSkip, "not checked"}}},
	}
	pw := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pw, []byte("correct horse battery\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := &practice{dsn: pgtest.DB(t)}
			t.Setenv("PRACTICEPOST_DSN", p.dsn)
			p.cfgPath = pgConfig(t)
			if code, out, errs := cli(t, "", "--config", p.cfgPath, "init", "--admin-user", "admin", "--admin-password-file", pw); code != 0 {
				t.Fatalf("init: %s %s", out, errs)
			}
			cfg, err := config.Load(p.cfgPath)
			if err != nil {
				t.Fatal(err)
			}
			p.cfg = cfg
			p.env = defaultDoctorEnv()
			p.env.diskFree = func(string) (uint64, uint64, error) { return 50 << 30, 100 << 30, nil }
			if tc.prepare != nil {
				tc.prepare(t, p)
			}
			a := &App{ConfigPath: p.cfgPath, Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}}
			found := a.doctor(context.Background(), p.env)
			a.close()
			for _, w := range tc.want {
				if !slices.ContainsFunc(found, func(f finding) bool {
					return f.Check == w.check && f.Status == w.status && strings.Contains(f.What+" "+f.Fix, w.says)
				}) {
					t.Errorf("no %s %s line saying %q in:\n%s", w.status, w.check, w.says, findingsText(found))
				}
			}
			if tc.after != nil {
				tc.after(t, p)
			}
		})
	}
}

func findingsText(found []finding) string {
	var b bytes.Buffer
	printFindings(&b, found)
	return b.String()
}
