package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// TestMigrateRoundTrip: a practice migrated bbolt -> Postgres -> bbolt
// exports the same bytes at every step, its audit trail verifies on each
// backend, the daemon serves from Postgres, and migrate is refused while a
// daemon holds either store or when the target is not empty.
func TestMigrateRoundTrip(t *testing.T) {
	cfgPath := mustInit(t)
	t.Setenv("PRACTICEPOST_DSN", pgtest.DB(t))
	for _, text := range []string{"Flu shots are in. Walk in Monday to Friday, 8 to 5.", "Welcome Dr. Ana Reyes to our team!"} {
		if code, _, errs := cli(t, "", "--config", cfgPath, "post", "add", "--text", text, "--channel", "preview", "--next-slot"); code != 0 {
			t.Fatalf("post add: %s", errs)
		}
	}
	export := func(step string) string {
		t.Helper()
		code, out, errs := cli(t, "", "--config", cfgPath, "export", "--format", "json")
		if code != 0 {
			t.Fatalf("%s: export: %s", step, errs)
		}
		if code, out, errs := cli(t, "", "--config", cfgPath, "audit", "verify"); code != 0 {
			t.Fatalf("%s: audit verify: %s %s", step, out, errs)
		}
		return out
	}
	migrate := func(from, to string) (int, string) {
		t.Helper()
		code, out, errs := cli(t, "", "--config", cfgPath, "migrate", "--from", from, "--to", to)
		return code, out + errs
	}
	original := export("bbolt")
	if !strings.Contains(original, "Flu shots") {
		t.Fatalf("export before: %s", original)
	}

	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	stop := startDaemon(t, cfg)
	if code, out := migrate("bbolt", "postgres"); code == 0 || !strings.Contains(out, "locked") {
		t.Errorf("migrate while the daemon holds the bbolt store: exit %d: %s", code, out)
	}
	stop()
	if code, out := migrate("bbolt", "postgres"); code != 0 || !strings.Contains(out, "both audit trails verify") {
		t.Fatalf("migrate bbolt -> postgres: exit %d: %s", code, out)
	}
	if code, out := migrate("bbolt", "postgres"); code == 0 || !strings.Contains(out, "already holds") {
		t.Errorf("migrate into a database that is not empty: exit %d: %s", code, out)
	}

	// Serve from Postgres: the same export, and migrate refused meanwhile.
	setBackend(t, cfgPath, "postgres", "env:PRACTICEPOST_DSN")
	if got := export("postgres"); got != original {
		t.Errorf("export from Postgres differs:\n%s\nwant\n%s", got, original)
	}
	cfg, err = config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	stop = startDaemon(t, cfg)
	if code, out := migrate("postgres", "bbolt"); code == 0 || !strings.Contains(out, "daemon") {
		t.Errorf("migrate while a daemon serves from Postgres: exit %d: %s", code, out)
	}
	stop()

	// Back to a new bbolt store.
	live := filepath.Join(cfg.Store.Dir, store.DBFileName)
	if err := os.Rename(live, live+".before-postgres"); err != nil {
		t.Fatal(err)
	}
	if code, out := migrate("postgres", "bbolt"); code != 0 {
		t.Fatalf("migrate postgres -> bbolt: exit %d: %s", code, out)
	}
	setBackend(t, cfgPath, "bbolt", "")
	if got := export("bbolt again"); got != original {
		t.Errorf("export after bbolt -> Postgres -> bbolt differs:\n%s\nwant\n%s", got, original)
	}
}

// setBackend sets [store] backend and dsn in the config init wrote (which
// has both keys, from config.example.toml).
func setBackend(t *testing.T, cfgPath, backend, dsn string) {
	t.Helper()
	b, err := os.ReadFile(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for key, value := range map[string]string{"backend": backend, "dsn": dsn} {
		re := regexp.MustCompile(`(?m)^` + key + ` = .*$`)
		if len(re.FindAllString(s, -1)) != 1 {
			t.Fatalf("%s: want one %s line in %s", cfgPath, key, s)
		}
		s = re.ReplaceAllLiteralString(s, fmt.Sprintf("%s = %q", key, value))
	}
	if err := os.WriteFile(cfgPath, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}
