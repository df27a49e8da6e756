package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/practicepost/practicepost/channels/facebook/fbfake"
	"github.com/practicepost/practicepost/channels/linkedin/lifake"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/store"
)

// doctorPractice is a new practice for doctor to look at: its config
// path, its config, and an environment with plenty of disk.
type doctorPractice struct {
	cfgPath string
	cfg     *config.Config
	env     doctorEnv
}

func newDoctorPractice(t *testing.T) *doctorPractice {
	t.Helper()
	p := &doctorPractice{cfgPath: mustInit(t), env: defaultDoctorEnv()}
	p.env.diskFree = func(string) (uint64, uint64, error) { return 50 << 30, 100 << 30, nil }
	p.load(t)
	return p
}

func (p *doctorPractice) load(t *testing.T) {
	t.Helper()
	cfg, err := config.Load(p.cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	p.cfg = cfg
}

// appendConfig adds TOML to the end of the config file.
func (p *doctorPractice) appendConfig(t *testing.T, text string) {
	t.Helper()
	f, err := os.OpenFile(p.cfgPath, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString("\n" + text); err != nil {
		t.Fatal(err)
	}
	p.load(t)
}

// withStore runs fn on the practice's store, opened here.
func (p *doctorPractice) withStore(t *testing.T, fn func(db *store.DB)) {
	t.Helper()
	db, err := store.Open(context.Background(), p.cfg.Store.Dir, store.Options{BackupDir: p.cfg.Store.BackupDir})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	fn(db)
}

// withBolt runs fn on the database file's raw bbolt transaction.
func (p *doctorPractice) withBolt(t *testing.T, fn func(tx *bolt.Tx) error) {
	t.Helper()
	bdb, err := bolt.Open(filepath.Join(p.cfg.Store.Dir, store.DBFileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	if err := bdb.Update(fn); err != nil {
		t.Fatal(err)
	}
}

// backup writes a backup into the backups folder, modified age ago.
func (p *doctorPractice) backup(t *testing.T, age time.Duration, withKey bool) {
	t.Helper()
	os.MkdirAll(p.cfg.Store.BackupDir, 0o700)
	path := filepath.Join(p.cfg.Store.BackupDir, "practicepost-20270301T023000Z.db")
	p.withStore(t, func(db *store.DB) {
		if _, err := db.BackupFile(context.Background(), path, true); err != nil {
			t.Fatal(err)
		}
	})
	if !withKey {
		os.Remove(path + store.KeySuffix)
	}
	at := time.Now().Add(-age)
	os.Chtimes(path, at, at)
}

func (p *doctorPractice) run(t *testing.T) []finding {
	t.Helper()
	a := &App{ConfigPath: p.cfgPath, Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}}
	defer a.close()
	return a.doctor(context.Background(), p.env)
}

// dateServer answers every request with a Date header off by skew.
func dateServer(t *testing.T, skew time.Duration) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Date", time.Now().Add(skew).UTC().Format(http.TimeFormat))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func apiBaseChannel(base string) string {
	return fmt.Sprintf("[[channels]]\nid = \"li\"\nkind = \"linkedin\"\norganization_id = \"42\"\naccess_token = \"tok\"\napi_version = \"202611\"\napi_base = %q\n", base)
}

// TestDoctorFindsEachProblem: for every problem doctor names, a practice
// that has it, and the line doctor prints about it.
func TestDoctorFindsEachProblem(t *testing.T) {
	cases := []struct {
		name    string
		prepare func(t *testing.T, p *doctorPractice)
		check   string
		status  string
		want    string // in What or Fix
	}{
		{"unreadable config", func(t *testing.T, p *doctorPractice) {
			p.env.readFile = func(name string) ([]byte, error) {
				return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
			}
		}, "config", statusFail, "sudo -u practicepost"},
		{"no config", func(t *testing.T, p *doctorPractice) { os.Remove(p.cfgPath) }, "config", statusFail, "no config file"},
		{"invalid config", func(t *testing.T, p *doctorPractice) {
			os.WriteFile(p.cfgPath, []byte("[practice]\nname = \"X\"\ntimezone = \"Mars/Base\"\n"), 0o600)
		}, "config", statusFail, "timezone"},
		{"config warning", func(t *testing.T, p *doctorPractice) {}, "config", statusWarn, "still the example's"},
		{"data folder open to others", func(t *testing.T, p *doctorPractice) { os.Chmod(p.cfg.Store.Dir, 0o755) }, "permissions", statusWarn, "chmod 700"},
		{"key readable by others", func(t *testing.T, p *doctorPractice) {
			os.Chmod(filepath.Join(p.cfg.Store.Dir, "secret.key"), 0o644)
		}, "permissions", statusFail, "chmod 600"},
		{"daemon not running", func(t *testing.T, p *doctorPractice) {}, "daemon", statusWarn, "systemctl start practicepost"},
		{"daemon running", func(t *testing.T, p *doctorPractice) { t.Cleanup(startDaemon(t, p.cfg)) }, "daemon", statusOK, "is running"},
		{"database cut short", func(t *testing.T, p *doctorPractice) {
			path := filepath.Join(p.cfg.Store.Dir, store.DBFileName)
			fi, _ := os.Stat(path)
			os.Truncate(path, fi.Size()/2)
		}, "database", statusFail, "damaged"},
		{"database from a newer practicepost", func(t *testing.T, p *doctorPractice) {
			p.withBolt(t, func(tx *bolt.Tx) error {
				v := make([]byte, 8)
				binary.BigEndian.PutUint64(v, store.SchemaVersion+1)
				return tx.Bucket([]byte("meta")).Put([]byte("version"), v)
			})
		}, "database", statusFail, "newer practicepost"},
		{"audit trail broken", func(t *testing.T, p *doctorPractice) {
			p.withBolt(t, func(tx *bolt.Tx) error {
				b := tx.Bucket([]byte("audit"))
				k, v := b.Cursor().First()
				return b.Put(bytes.Clone(k), bytes.Replace(v, []byte(`"actor":"`), []byte(`"actor":"x`), 1))
			})
		}, "database", statusFail, "broken at entry 1"},
		{"key replaced", func(t *testing.T, p *doctorPractice) {
			p.withStore(t, func(db *store.DB) { db.SaveSecret(context.Background(), "x/x-main/oauth2-token", []byte("tok")) })
			os.WriteFile(filepath.Join(p.cfg.Store.Dir, "secret.key"), bytes.Repeat([]byte{9}, 32), 0o600)
		}, "key", statusFail, "does not open 1 of the 1"},
		{"disk nearly full", func(t *testing.T, p *doctorPractice) {
			p.env.diskFree = func(string) (uint64, uint64, error) { return 100 << 20, 100 << 30, nil }
		}, "disk", statusFail, "100.0 MiB free"},
		{"disk getting full", func(t *testing.T, p *doctorPractice) {
			p.env.diskFree = func(string) (uint64, uint64, error) { return 800 << 20, 100 << 30, nil }
		}, "disk", statusWarn, "800.0 MiB free"},
		{"clock far off", func(t *testing.T, p *doctorPractice) {
			p.appendConfig(t, apiBaseChannel(dateServer(t, 10*time.Minute).URL))
		}, "clock", statusFail, "behind"},
		{"clock a little off", func(t *testing.T, p *doctorPractice) {
			p.appendConfig(t, apiBaseChannel(dateServer(t, -2*time.Minute).URL))
		}, "clock", statusWarn, "ahead of"},
		{"clock right", func(t *testing.T, p *doctorPractice) {
			p.appendConfig(t, apiBaseChannel(dateServer(t, 0).URL))
		}, "clock", statusOK, "agrees"},
		{"network unreachable", func(t *testing.T, p *doctorPractice) {
			srv := dateServer(t, 0)
			srv.Close()
			p.appendConfig(t, apiBaseChannel(srv.URL))
		}, "clock", statusSkip, "could not reach"},
		{"login expiring", func(t *testing.T, p *doctorPractice) {
			lf := lifake.New()
			t.Cleanup(lf.Close)
			p.appendConfig(t, fmt.Sprintf("[[channels]]\nid = \"li\"\nkind = \"linkedin\"\norganization_id = %q\naccess_token = %q\napi_version = \"202611\"\napi_base = %q\ntoken_expires = %q\n",
				lifake.OrganizationID, lifake.AccessToken, lf.URL(), time.Now().Add(72*time.Hour).Format(time.DateOnly)))
		}, "logins", statusWarn, "channel li: its login expires"},
		{"login not working", func(t *testing.T, p *doctorPractice) {
			fb := fbfake.New()
			t.Cleanup(fb.Close)
			p.appendConfig(t, fmt.Sprintf("[[channels]]\nid = \"fb\"\nkind = \"facebook\"\napi_base = %q\npage_id = %q\ngraph_version = \"v25.0\"\napp_id = %q\napp_secret = %q\n",
				fb.URL(), fbfake.PageID, fbfake.AppID, fbfake.AppSecret))
		}, "logins", statusFail, "channel fb: its login does not work"},
		{"no backup", func(t *testing.T, p *doctorPractice) {}, "backups", statusWarn, "no backup yet"},
		{"backup a few days old", func(t *testing.T, p *doctorPractice) { p.backup(t, 3*24*time.Hour, true) }, "backups", statusWarn, "72h0m0s old"},
		{"backup over a week old", func(t *testing.T, p *doctorPractice) { p.backup(t, 10*24*time.Hour, true) }, "backups", statusFail, "240h0m0s old"},
		{"backup without its key", func(t *testing.T, p *doctorPractice) { p.backup(t, time.Hour, false) }, "backups", statusWarn, "no key beside"},
		{"backup fresh", func(t *testing.T, p *doctorPractice) { p.backup(t, time.Hour, true) }, "backups", statusOK, "1h0m0s old"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := newDoctorPractice(t)
			c.prepare(t, p)
			found := p.run(t)
			var b strings.Builder
			printFindings(&b, found)
			for _, f := range found {
				if f.Check == c.check && f.Status == c.status && strings.Contains(f.What+" "+f.Fix, c.want) {
					t.Logf("%s: %s %s", f.Check, f.What, f.Fix)
					return
				}
			}
			t.Fatalf("no %s %s finding saying %q:\n%s", c.status, c.check, c.want, b.String())
		})
	}
}

// TestDoctorChangesNothing: doctor on a config whose data folder is gone
// says so, and does not create it (an outside run found the read-only
// store open making the folder).
func TestDoctorChangesNothing(t *testing.T) {
	p := newDoctorPractice(t)
	gone := filepath.Join(t.TempDir(), "moved")
	if err := os.Rename(p.cfg.Store.Dir, gone); err != nil {
		t.Fatal(err)
	}
	found := p.run(t)
	if _, err := os.Stat(p.cfg.Store.Dir); err == nil {
		t.Fatal("doctor created the missing data folder")
	}
	for _, f := range found {
		if f.Check == "database" {
			if f.Status != statusFail || !strings.Contains(f.What, "no data folder") || strings.Contains(f.Fix, "restore") {
				t.Fatalf("database finding %+v, want a fail naming the missing folder", f)
			}
			return
		}
	}
	t.Fatal("no database finding")
}

// TestDoctorExitCode: exit 0 with warnings only, 4 when something fails.
func TestDoctorExitCode(t *testing.T) {
	cfgPath := mustInit(t)
	if code, out, errs := cli(t, "", "--config", cfgPath, "doctor"); code != 0 || !strings.Contains(out, "0 problem(s)") {
		t.Fatalf("a new practice: exit %d\n%s%s", code, out, errs)
	}
	cfg, _ := config.Load(cfgPath)
	os.Chmod(filepath.Join(cfg.Store.Dir, "secret.key"), 0o644)
	if code, out, _ := cli(t, "", "--config", cfgPath, "doctor"); code != exitConflict || !strings.Contains(out, "chmod 600") {
		t.Fatalf("a readable key: exit %d\n%s", code, out)
	}
}
