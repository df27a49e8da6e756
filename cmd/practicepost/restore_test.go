package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
)

// TestRestoreCommand: a backup taken while the daemon runs, with its key
// beside it; restore refuses while the daemon runs (exit 6, nothing
// changed) and, once it is stopped, puts the backup back: the post added
// after the backup is gone from the calendar but kept in the replaced
// database beside it, and the audit trail is intact.
func TestRestoreCommand(t *testing.T) {
	cfgPath := mustInit(t)
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	// A fixed time two days ahead (noon UTC is the same date in the
	// practice's zone), and the calendar asked for its week: "--next-slot"
	// and this week's calendar missed each other on Friday evenings.
	day := time.Now().UTC().Add(48 * time.Hour)
	at := time.Date(day.Year(), day.Month(), day.Day(), 12, 0, 0, 0, time.UTC)
	add := func() {
		t.Helper()
		if code, _, errs := cli(t, "", "--config", cfgPath, "post", "add", "--text", "Flu shots are in, walk in any weekday.", "--channel", "preview", "--at", at.Format(time.RFC3339)); code != 0 {
			t.Fatalf("post add: %s", errs)
		}
	}
	stop := startDaemon(t, cfg)
	add()
	backup := filepath.Join(t.TempDir(), "backup.db")
	code, out, errs := cli(t, "", "--config", cfgPath, "backup", backup)
	if code != 0 || !strings.Contains(out, backup+".key") {
		t.Fatalf("backup: %d %s %s", code, out, errs)
	}
	if fi, err := os.Stat(backup + ".key"); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("the backup's key: %v %v", fi, err)
	}
	add()
	dbPath := filepath.Join(cfg.Store.Dir, "practicepost.db")
	before, _ := os.ReadFile(dbPath)
	code, _, errs = cli(t, "", "--config", cfgPath, "restore", backup)
	if code != exitLocked || !strings.Contains(errs, "stop it first") {
		t.Fatalf("restore while the daemon runs: exit %d: %s", code, errs)
	}
	stop()
	if after, _ := os.ReadFile(dbPath); string(after) != string(before) {
		t.Fatal("the refused restore changed the database")
	}
	code, out, errs = cli(t, "", "--config", cfgPath, "restore", backup)
	if code != 0 || !strings.Contains(out, "audit trail intact") || !strings.Contains(out, "kept as") {
		t.Fatalf("restore: exit %d: %s %s", code, out, errs)
	}
	t.Log(strings.TrimSpace(out))
	code, out, _ = cli(t, "", "--config", cfgPath, "calendar", "--json", "--week", at.Format(time.DateOnly))
	var posts []post.Post
	if err := json.Unmarshal([]byte(out), &posts); code != 0 || err != nil || len(posts) != 1 {
		t.Fatalf("calendar after restore: %d posts (%v), want the backup's one: %s", len(posts), err, out)
	}
	if code, out, _ := cli(t, "", "--config", cfgPath, "audit", "verify"); code != 0 || !strings.Contains(out, "intact") {
		t.Fatalf("audit verify after restore: %d %s", code, out)
	}
}
