package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres/pgtest"
)

// pgConfig writes the config of a practice whose store is the PostgreSQL
// database in $PRACTICEPOST_DSN, with its data folder in a new temporary
// folder, and returns the config's path.
func pgConfig(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "config.toml")
	text := `[practice]
name = "Test Clinic"
timezone = "America/Chicago"
state = "IL"
[store]
backend = "postgres"
dsn = "env:PRACTICEPOST_DSN"
dir = "data"

[[channels]]
id = "preview"
kind = "preview"
`
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestInitOnPostgres: `practicepost init --config` on a Postgres config
// creates the schema, the secrets key and the first admin; it refuses a
// database that already holds a practice, a machine without the key of a
// database that has one, and a database it cannot reach, each saying
// what to do.
func TestInitOnPostgres(t *testing.T) {
	t.Setenv("PRACTICEPOST_DSN", pgtest.DB(t))
	pw := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pw, []byte("correct horse battery\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	initCmd := func(cfgPath, admin string) (int, string) {
		t.Helper()
		code, out, errs := cli(t, "", "--config", cfgPath, "init", "--admin-user", admin, "--admin-password-file", pw)
		return code, out + errs
	}

	first := pgConfig(t)
	if code, out := initCmd(first, "admin"); code != 0 || !strings.Contains(out, "admin user admin") {
		t.Fatalf("init on an empty database: exit %d: %s", code, out)
	}
	key := filepath.Join(filepath.Dir(first), "data", store.KeyFileName)
	if fi, err := os.Stat(key); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("the secrets key after init: %v %v", fi, err)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(first), "data", store.DBFileName)); err == nil {
		t.Errorf("init on Postgres made a bbolt file too")
	}
	if code, out, errs := cli(t, "", "--config", first, "user", "list"); code != 0 || !strings.Contains(out, "admin") {
		t.Errorf("user list after init: exit %d: %s %s", code, out, errs)
	}
	if code, out, errs := cli(t, "", "--config", first, "audit", "verify"); code != 0 {
		t.Errorf("audit verify after init: exit %d: %s %s", code, out, errs)
	}

	for _, tc := range []struct {
		name      string
		setup     func(t *testing.T) string // the config to init with
		code      int
		says      []string
		noKeyMade bool
	}{
		{name: "again on the same machine", setup: func(*testing.T) string { return first },
			code: exitConflict, says: []string{"already holds", "nothing"}},
		{name: "another machine with the key", setup: func(t *testing.T) string {
			c := pgConfig(t)
			data := filepath.Join(filepath.Dir(c), "data")
			b, err := os.ReadFile(key)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(data, 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(data, store.KeyFileName), b, 0o600); err != nil {
				t.Fatal(err)
			}
			return c
		}, code: exitConflict, says: []string{"already holds", "serve"}},
		{name: "another machine without the key", setup: pgConfig,
			code: exitConflict, says: []string{store.KeyFileName, "copy it"}, noKeyMade: true},
		{name: "a database it cannot reach", setup: func(t *testing.T) string {
			t.Setenv("PRACTICEPOST_DSN", "host="+t.TempDir()+" dbname=nowhere connect_timeout=2")
			return pgConfig(t)
		}, code: 1, says: []string{"cannot reach the database"}, noKeyMade: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfgPath := tc.setup(t)
			code, out := initCmd(cfgPath, "second")
			if code != tc.code {
				t.Errorf("exit %d, want %d: %s", code, tc.code, out)
			}
			for _, s := range tc.says {
				if !strings.Contains(out, s) {
					t.Errorf("the refusal does not say %q: %s", s, out)
				}
			}
			if _, err := os.Stat(filepath.Join(filepath.Dir(cfgPath), "data", store.KeyFileName)); tc.noKeyMade && err == nil {
				t.Errorf("a refused init left a new secrets key behind")
			}
		})
	}
	// While a replica serves, init is refused before it reads anything.
	cfg, err := config.Load(first)
	if err != nil {
		t.Fatal(err)
	}
	stop := startDaemon(t, cfg)
	code, out := initCmd(first, "second")
	stop()
	if code != exitConflict || !strings.Contains(out, "daemon serves") {
		t.Errorf("init while a replica serves: exit %d: %s", code, out)
	}
	if code, out, _ := cli(t, "", "--config", first, "user", "list"); code != 0 || strings.Contains(out, "second") {
		t.Errorf("a refused init added a user: %s", out)
	}
}
