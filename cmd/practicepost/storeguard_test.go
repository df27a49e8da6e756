package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/config"
)

// TestBackupRefusesTheLiveDatabase: `backup <the daemon's own .db>` is
// refused both in-process and through the running daemon's socket, and the
// post created before it is still there after a restart.
func TestBackupRefusesTheLiveDatabase(t *testing.T) {
	cfgPath := mustInit(t)
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	live := filepath.Join(cfg.Store.Dir, "practicepost.db")
	refused := func(how string) {
		t.Helper()
		for _, args := range [][]string{{live}, {live, "--force"}, {filepath.Join(t.TempDir(), "missing", "b.db")}} {
			code, out, errs := cli(t, "", append([]string{"--config", cfgPath, "backup"}, args...)...)
			if code == 0 || strings.Contains(out, "backup written") {
				t.Fatalf("%s: backup %v was accepted: %s", how, args, out)
			}
			t.Logf("%s: backup %v: %s", how, args, strings.TrimSpace(errs))
		}
	}
	code, out, errs := cli(t, "", "--config", cfgPath, "post", "add", "--text", "Flu shots are in. Walk in Monday to Friday.",
		"--channel", "preview", "--next-slot", "--json")
	if code != 0 {
		t.Fatalf("post add: %s", errs)
	}
	refused("in-process")

	stop := startDaemon(t, cfg)
	refused("through the daemon")
	stop()

	if code, list, _ := cli(t, "", "--config", cfgPath, "post", "list", "--json"); code != 0 || !strings.Contains(list, "Flu shots") {
		t.Fatalf("after the refused backups the post is gone: %d %s (added: %s)", code, list, out)
	}
}

// TestMissingDatabaseIsNotReplaced: with the database gone but secret.key
// still there, neither serve nor the CLI starts over with an empty one.
func TestMissingDatabaseIsNotReplaced(t *testing.T) {
	cfgPath := mustInit(t)
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	live := filepath.Join(cfg.Store.Dir, "practicepost.db")
	if err := os.Remove(live); err != nil {
		t.Fatal(err)
	}
	code, _, errs := cli(t, "", "--config", cfgPath, "post", "list")
	if code == 0 || !strings.Contains(errs, "missing") || !strings.Contains(errs, "secret.key") {
		t.Fatalf("CLI with the database missing: exit %d: %s", code, errs)
	}
	m := &Main{Config: cfg, Logger: discardLogger()}
	err = m.Open(context.Background())
	m.Close()
	if err == nil || !strings.Contains(err.Error(), "missing") {
		t.Fatalf("serve with the database missing: %v", err)
	}
	if _, err := os.Stat(live); err == nil {
		t.Fatal("a new database was created in place of the lost one")
	}
}

// TestDamagedDatabaseSaysSo: a database file cut short gives the CLI and
// serve a plain "damaged; restore the latest backup" error, not a Go panic.
func TestDamagedDatabaseSaysSo(t *testing.T) {
	cfgPath := mustInit(t)
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	live := filepath.Join(cfg.Store.Dir, "practicepost.db")
	fi, err := os.Stat(live)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(live, fi.Size()/2); err != nil {
		t.Fatal(err)
	}
	code, _, errs := cli(t, "", "--config", cfgPath, "post", "list")
	if code == 0 || !strings.Contains(errs, "damaged") || !strings.Contains(errs, "restore the latest backup") || strings.Contains(errs, "panic") {
		t.Fatalf("CLI on a cut database: exit %d: %s", code, errs)
	}
	m := &Main{Config: cfg, Logger: discardLogger()}
	err = m.Open(context.Background())
	m.Close()
	if err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Fatalf("serve on a cut database: %v", err)
	}
}
