package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// cli runs the practicepost command in-process and returns its exit code
// and output.
func cli(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// mustInit creates a practice in a temp folder and returns its config path.
func mustInit(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("correct horse battery\n"), 0o600)
	if code, _, errs := cli(t, "", "init", "--dir", filepath.Join(dir, "p"), "--admin-user", "admin", "--admin-password-file", pw); code != 0 {
		t.Fatalf("init: exit %d: %s", code, errs)
	}
	cfg := filepath.Join(dir, "p", "config.toml")
	fi, err := os.Stat(cfg)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("config: %v %v", fi, err)
	}
	return cfg
}

func TestPostAddShowJSON(t *testing.T) {
	cfg := mustInit(t)
	at := time.Now().Add(48 * time.Hour).UTC().Format(time.RFC3339)
	code, out, errs := cli(t, "", "--config", cfg, "post", "add", "--text", "Flu shots are in. Walk in Monday to Friday, 8 to 5.",
		"--channel", "preview", "--at", at, "--json")
	if code != 0 {
		t.Fatalf("post add: exit %d: %s", code, errs)
	}
	var p post.Post
	if err := json.Unmarshal([]byte(out), &p); err != nil || p.ID == "" {
		t.Fatalf("post add --json: %v\n%s", err, out)
	}
	code, out, _ = cli(t, "", "--config", cfg, "post", "show", p.ID, "--json")
	var show struct {
		Status     post.Status               `json:"status"`
		Verdict    post.Verdict              `json:"verdict"`
		Deliveries map[string]*post.Delivery `json:"deliveries"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &show) != nil {
		t.Fatalf("post show: exit %d: %s", code, out)
	}
	if show.Status != post.StatusScheduled || show.Verdict != post.VerdictPass || show.Deliveries["preview"].State != post.DeliveryPending {
		t.Fatalf("post show: %+v", show)
	}
}

func TestExitCodes(t *testing.T) {
	cfg := mustInit(t)
	big := filepath.Join(t.TempDir(), "big.txt")
	os.WriteFile(big, bytes.Repeat([]byte("a"), 1<<20), 0o600)
	tests := []struct {
		name string
		args []string
		want int
		msg  string
	}{
		{"no config", []string{"--config", "/nonexistent/config.toml", "post", "list"}, exitInvalid, "no config file"},
		{"unknown channel", []string{"--config", cfg, "post", "add", "--text", "hi there", "--channel", "myspace"}, exitInvalid, "unknown channel"},
		{"time in the past", []string{"--config", cfg, "post", "add", "--text", "hi there", "--channel", "preview", "--at", "2020-01-01 09:00"}, exitInvalid, "in the past"},
		{"bad time", []string{"--config", cfg, "post", "add", "--text", "hi there", "--channel", "preview", "--at", "tomorrowish"}, exitInvalid, "not a time"},
		{"1 MB body", []string{"--config", cfg, "post", "add", "--file", big, "--channel", "preview"}, exitInvalid, "bytes"},
		{"empty body", []string{"--config", cfg, "post", "add", "--text", "  ", "--channel", "preview"}, exitInvalid, "empty"},
		{"unknown post", []string{"--config", cfg, "post", "show", "01M8D5EAFXEZK5MTR17MYHWS8K"}, exitNotFound, "no post"},
		{"review without --as", []string{"--config", cfg, "review", "approve", "01M8D5EAFXEZK5MTR17MYHWS8K"}, exitInvalid, "--as"},
		{"bad flag", []string{"--config", cfg, "post", "list", "--nope"}, exitInvalid, "unknown flag"},
		{"extra argument", []string{"--config", cfg, "post", "list", "extra"}, exitInvalid, "takes 0 argument"},
		{"bad csv", []string{"--config", cfg, "import", "/nonexistent.csv"}, exitInvalid, "cannot read"},
		{"plan a past month", []string{"--config", cfg, "plan", "--month", "2020-01"}, exitInvalid, "2020-01 is over"},
		{"template vars missing", []string{"--config", cfg, "templates", "render", "holiday-hours", "--var", "closed=Monday"}, exitInvalid, "holiday, reopen"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := cli(t, "", tc.args...)
			if code != tc.want || !strings.Contains(errs+out, tc.msg) {
				t.Fatalf("exit %d (want %d), stderr %q", code, tc.want, errs)
			}
		})
	}
	code, out, _ := cli(t, "", "--config", cfg, "post", "list", "--json")
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Fatalf("bad input left posts behind: %s", out)
	}
}

func TestCheckExitCodes(t *testing.T) {
	cfg := mustInit(t)
	tests := []struct {
		text string
		want int
	}{
		{"Flu shots are in. Walk in Monday to Friday, 8 to 5.", exitOK},
		{"Our clinic guarantees a cure for back pain!", exitBlock},
		{"Call Jane back at 312-555-0199 about her results.", exitBlock},
	}
	for _, tc := range tests {
		code, out, errs := cli(t, tc.text, "--config", cfg, "check", "--format", "json", "-")
		if code != tc.want {
			t.Errorf("check %q: exit %d, want %d\n%s%s", tc.text, code, tc.want, out, errs)
		}
		var r struct{ Verdict string }
		if json.Unmarshal([]byte(out), &r) != nil || r.Verdict == "" {
			t.Errorf("check --format json printed %q", out)
		}
	}
}

func TestSecondProcessGetsLockedError(t *testing.T) {
	cfgPath := mustInit(t)
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(context.Background(), cfg.Store.Dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	start := time.Now()
	code, _, errs := cli(t, "", "--config", cfgPath, "post", "list")
	if code != exitLocked || !strings.Contains(errs, "locked by another practicepost") {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Fatalf("took %v to report the lock", d)
	}
}

// TestCLIWorksThroughTheDaemon runs the daemon in-process and checks that
// the CLI, which can no longer open the database, gets the same answers
// through the daemon's socket.
// startDaemon runs the daemon for cfg (web on a free port) until the
// returned stop is called.
func startDaemon(t *testing.T, cfg *config.Config) (stop func()) {
	t.Helper()
	_, stop = startDaemonLogging(t, cfg, discardLogger())
	return stop
}

// startDaemonLogging is startDaemon with the daemon's log going to log.
func startDaemonLogging(t *testing.T, cfg *config.Config, log *slog.Logger) (*Main, func()) {
	t.Helper()
	cfg.Web.Listen = "127.0.0.1:0"
	m := &Main{Config: cfg, Logger: log}
	ctx, cancel := context.WithCancel(context.Background())
	if err := m.Open(ctx); err != nil {
		cancel()
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx) }()
	return m, func() {
		cancel()
		<-done
		m.Close()
	}
}

func TestCLIWorksThroughTheDaemon(t *testing.T) {
	cfgPath := mustInit(t)
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	defer startDaemon(t, cfg)()
	code, out, errs := cli(t, "", "--config", cfgPath, "post", "add", "--text", "Welcome Dr. Ana Reyes to our team!",
		"--channel", "preview", "--next-slot", "--json")
	if code != 0 {
		t.Fatalf("post add through the daemon: exit %d: %s", code, errs)
	}
	var p post.Post
	json.Unmarshal([]byte(out), &p)
	if p.Status != post.StatusScheduled {
		t.Fatalf("status %s", p.Status)
	}
	backup := filepath.Join(t.TempDir(), "backup.db")
	if code, _, errs := cli(t, "", "--config", cfgPath, "backup", backup); code != 0 {
		t.Fatalf("backup while the daemon runs: %s", errs)
	}
	if code, out, _ := cli(t, "", "--config", cfgPath, "audit", "verify"); code != 0 || !strings.Contains(out, "intact") {
		t.Fatalf("audit verify: %d %s", code, out)
	}
	if code, out, _ := cli(t, "", "--config", cfgPath, "calendar", "--json"); code != 0 || !strings.HasPrefix(out, "[") {
		t.Fatalf("calendar: %d %s", code, out)
	}
}

// TestKilledImportLeavesTheStoreIntact SIGKILLs the real binary in the
// middle of a large import, then opens the store: it must open, its audit
// chain must hold, and the import must be all there or not there at all.
func TestKilledImportLeavesTheStoreIntact(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "practicepost")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	cfgPath := mustInit(t)
	const rows = 20000
	var csv strings.Builder
	csv.WriteString("text,channels,at\n")
	start := time.Now().Add(72 * time.Hour)
	for i := range rows {
		fmt.Fprintf(&csv, "\"Flu shots are in. Walk in Monday to Friday, 8 to 5. Reminder %d.\",preview,%s\n", i, start.Add(time.Duration(i)*time.Minute).UTC().Format(time.RFC3339))
	}
	file := filepath.Join(t.TempDir(), "big.csv")
	os.WriteFile(file, []byte(csv.String()), 0o600)
	cfg, _ := config.Load(cfgPath)
	// Kill points from early in the parse to around the commit (a full
	// import takes about 4 s here); the store must hold all of an import or
	// none of it, whichever moment the kill lands.
	for _, delay := range []time.Duration{300 * time.Millisecond, 1500 * time.Millisecond, 3 * time.Second, 3600 * time.Millisecond, 4200 * time.Millisecond} {
		cmd := exec.Command(bin, "--config", cfgPath, "import", file)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		db, err := store.Open(context.Background(), cfg.Store.Dir, store.Options{})
		if err != nil {
			t.Fatalf("after SIGKILL at %v the store does not open: %v", delay, err)
		}
		if brk, _, err := db.VerifyAudit(context.Background()); err != nil || brk != nil {
			t.Fatalf("audit chain after SIGKILL: %+v %v", brk, err)
		}
		n := 0
		db.View(context.Background(), func(tx store.Tx) error {
			return tx.EachPost("", func(*post.Post) error { n++; return nil })
		})
		db.Close()
		if n%rows != 0 {
			t.Fatalf("after SIGKILL at %v the store holds %d posts: a partial import", delay, n)
		}
		t.Logf("SIGKILL after %v: %d posts stored (all or nothing)", delay, n)
	}
}

// TestPostAddRefusesABlackoutDay: `post add --at` on a configured blackout
// day exits 2 naming the day and the first slot after it, and stores nothing.
func TestPostAddRefusesABlackoutDay(t *testing.T) {
	cfg := mustInit(t)
	day := time.Now().AddDate(0, 0, 20)
	b, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^blackouts = .*$`)
	if !re.Match(b) {
		t.Fatal("the config has no blackouts line to change")
	}
	b = re.ReplaceAll(b, []byte(`blackouts = ["`+day.Format(time.DateOnly)+`"]`))
	if err := os.WriteFile(cfg, b, 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errs := cli(t, "", "--config", cfg, "post", "add", "--text", "Flu shots are in. Walk in Monday to Friday, 8 to 5.",
		"--channel", "preview", "--at", day.Format(time.DateOnly)+" 10:00")
	if code != exitInvalid || !strings.Contains(errs, "is a blackout day") || !strings.Contains(errs, "next free slot") {
		t.Fatalf("exit %d, stderr %q, want exit %d naming the blackout", code, errs, exitInvalid)
	}
	if code, out, _ := cli(t, "", "--config", cfg, "post", "list", "--json"); code != 0 || strings.TrimSpace(out) != "[]" {
		t.Fatalf("a refused post was stored: %s", out)
	}
}

// TestServeOnABusyPort: `serve --listen` on a port another program holds
// names the port as busy and exits 2 (bad input), not 1.
func TestServeOnABusyPort(t *testing.T) {
	cfg := mustInit(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	code, _, errs := cli(t, "", "--config", cfg, "serve", "--listen", ln.Addr().String())
	if code != exitInvalid || !strings.Contains(errs, ln.Addr().String()+" is already in use") || !strings.Contains(errs, "--listen") {
		t.Fatalf("exit %d, stderr %q; want exit %d naming the busy port", code, errs, exitInvalid)
	}
}

// TestUserPasswordConfirms: `user password` says the password changed.
func TestUserPasswordConfirms(t *testing.T) {
	cfg := mustInit(t)
	pw := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pw, []byte("a brand new passphrase\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := cli(t, "", "--config", cfg, "--as", "admin", "user", "password", "admin", "--password-file", pw)
	if code != 0 || !strings.Contains(out, "password changed for admin") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestCheckRefusesBadReview: the review given with --reply-to is read like
// the text: bytes that are not UTF-8 or a control character are refused
// with the byte offset, not checked as U+FFFD or sent to the terminal.
func TestCheckRefusesBadReview(t *testing.T) {
	cfg := mustInit(t)
	for _, tc := range []struct {
		name, review, msg string
	}{
		{"invalid UTF-8", "Great visit \xff\xfe thanks", "byte offset 12"},
		{"escape sequence", "Great \x1b]0;title\x07 visit", "byte offset 6"},
		{"NUL", "Great\x00visit", "byte offset 5"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			review := filepath.Join(t.TempDir(), "review.txt")
			if err := os.WriteFile(review, []byte(tc.review), 0o600); err != nil {
				t.Fatal(err)
			}
			code, out, errs := cli(t, "Thank you for the kind words!", "--config", cfg, "check", "--reply-to", review, "-")
			if code != exitInvalid || !strings.Contains(errs, tc.msg) || !strings.Contains(errs, "review") {
				t.Fatalf("exit %d (want %d), stderr %q, stdout %q", code, exitInvalid, errs, out)
			}
		})
	}
}
