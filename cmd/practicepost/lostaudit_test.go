package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres"
	"github.com/practicepost/practicepost/store/postgres/pgtest"
)

// TestServeHoldsPostsAfterLostAuditEntries: a daemon that starts on a
// store which lost audit entries (put back from an older copy: what was
// published since looks unpublished in it) holds everything scheduled
// with the emergency stop, saying why, instead of publishing it again.
func TestServeHoldsPostsAfterLostAuditEntries(t *testing.T) {
	pw := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pw, []byte("correct horse battery\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		practice func(t *testing.T) string // the config's path
		headFile string
	}{
		{"bbolt", mustInit, "audit.head"},
		{"postgres", func(t *testing.T) string {
			t.Setenv("PRACTICEPOST_DSN", pgtest.DB(t))
			cfgPath := pgConfig(t)
			if code, out, errs := cli(t, "", "--config", cfgPath, "init", "--admin-user", "admin", "--admin-password-file", pw); code != 0 {
				t.Fatalf("init: %s %s", out, errs)
			}
			return cfgPath
		}, postgres.HeadFileName},
	} {
		for _, lost := range []bool{false, true} {
			t.Run(tc.name+map[bool]string{false: ", nothing lost", true: ", entries lost"}[lost], func(t *testing.T) {
				cfgPath := tc.practice(t)
				at := time.Now().Add(48 * time.Hour).Format(time.RFC3339)
				if code, _, errs := cli(t, "", "--config", cfgPath, "post", "add", "--text", "Flu shots are in.", "--channel", "preview", "--at", at); code != 0 {
					t.Fatalf("post add: %s", errs)
				}
				cfg, err := config.Load(cfgPath)
				if err != nil {
					t.Fatal(err)
				}
				if lost {
					// The machine saw entries the store no longer has: as
					// if the store were an older copy.
					head := filepath.Join(cfg.Store.Dir, tc.headFile)
					b, err := os.ReadFile(head)
					if err != nil {
						t.Fatal(err)
					}
					f := strings.Fields(string(b))
					seq, err := strconv.Atoi(f[len(f)-2])
					if err != nil {
						t.Fatal(err)
					}
					f[len(f)-2] = strconv.Itoa(seq + 5)
					if err := os.WriteFile(head, []byte(strings.Join(f, " ")+"\n"), 0o600); err != nil {
						t.Fatal(err)
					}
				}
				m, stop := startDaemonLogging(t, cfg, discardLogger())
				defer stop()
				var es store.EmergencyStop
				var held int
				if err := m.DB.View(context.Background(), func(tx store.Tx) error {
					var err error
					if es, err = tx.EmergencyStop(); err != nil {
						return err
					}
					ps, err := tx.PostsByStatus(post.StatusHeld)
					held = len(ps)
					return err
				}); err != nil {
					t.Fatal(err)
				}
				if es.Active != lost || held != map[bool]int{false: 0, true: 1}[lost] {
					t.Errorf("emergency stop %+v, %d posts held; want the stop %v", es, held, lost)
				}
				if lost && !strings.Contains(es.Reason, "audit entries") {
					t.Errorf("the stop's reason %q does not say why", es.Reason)
				}
			})
		}
	}
}
