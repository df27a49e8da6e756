package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/localapi"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres"
)

// A finding is one line of `practicepost doctor`: what was checked, how it
// stands, and what to do about it.
type finding struct {
	Check  string `json:"check"`
	Status string `json:"status"` // ok, warn, fail or skip
	What   string `json:"what"`
	Fix    string `json:"fix,omitempty"`
}

const (
	statusOK   = "ok"
	statusWarn = "warn"
	statusFail = "fail"
	statusSkip = "skip"
)

// doctorEnv is what doctor reads from outside the data folder; tests
// replace parts of it.
type doctorEnv struct {
	now      func() time.Time
	readFile func(string) ([]byte, error)
	// diskFree reports the bytes free (to this user) and the size of the
	// file system holding dir.
	diskFree func(dir string) (free, size uint64, err error)
	client   *http.Client
}

func defaultDoctorEnv() doctorEnv {
	return doctorEnv{now: time.Now, readFile: os.ReadFile, diskFree: statfsFree, client: &http.Client{Timeout: 5 * time.Second}}
}

func statfsFree(dir string) (uint64, uint64, error) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return 0, 0, err
	}
	return st.Bavail * uint64(st.Bsize), st.Blocks * uint64(st.Bsize), nil
}

// Thresholds doctor judges by.
const (
	diskFailBytes   = 200 << 20 // a backup or an upgrade copy may not fit
	diskWarnBytes   = 1 << 30
	clockWarnSkew   = 30 * time.Second
	clockFailSkew   = 5 * time.Minute // OAuth 1.0a signatures and token exchanges fail past this
	tokenWarnBefore = 7 * 24 * time.Hour
	backupWarnAge   = 36 * time.Hour // the nightly backup missed a night
	backupFailAge   = 7 * 24 * time.Hour
)

func (a *App) doctorCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "doctor",
		Short: "Check the installation and say what to fix: the command a support call starts with",
		Long: `Checks, in order: the config file (readable, valid, warnings), the data
folder's permissions, whether the daemon runs, the database and its secret key
(schema, audit trail, every stored login opens), free disk space, the clock
against each configured network's API (its HTTP Date; skipped when
unreachable), each channel's login and its expiry, and the newest backup's age.
Every problem comes with what to do. Read-only: it changes nothing.

With [store] backend = "postgres" the database check also names the server,
reads the schema without upgrading it and compares the audit trail with this
machine's copy of its head; it counts the replicas serving from the database
and compares this machine's clock with the database server's. Free disk space
and the nightly backups are bbolt's checks only: the database's disk and
backups are the database server's, and doctor says so instead.
Exit 0 when nothing failed (warnings allowed), 4 when something did.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			found := a.doctor(cmd.Context(), defaultDoctorEnv())
			if a.JSON {
				if err := printJSON(a.Stdout, found); err != nil {
					return err
				}
			} else {
				printFindings(a.Stdout, found)
			}
			for _, f := range found {
				if f.Status == statusFail {
					return exitError{exitConflict}
				}
			}
			return nil
		},
	}
}

func printFindings(w io.Writer, found []finding) {
	fails, warns := 0, 0
	for _, f := range found {
		fmt.Fprintf(w, "%-4s  %-11s %s\n", strings.ToUpper(f.Status), f.Check, f.What)
		if f.Fix != "" {
			fmt.Fprintf(w, "      %-11s → %s\n", "", f.Fix)
		}
		switch f.Status {
		case statusFail:
			fails++
		case statusWarn:
			warns++
		}
	}
	fmt.Fprintf(w, "\n%d problem(s) to fix, %d warning(s)\n", fails, warns)
}

// doctor runs every check it can; a check that cannot run says why.
func (a *App) doctor(ctx context.Context, env doctorEnv) []finding {
	var out []finding
	add := func(check, status, what, fix string) {
		out = append(out, finding{Check: check, Status: status, What: what, Fix: fix})
	}
	cfg, ok := a.doctorConfig(env, add)
	if !ok {
		return out
	}
	doctorPermissions(cfg, add)
	client, closeStore := a.doctorStore(ctx, cfg, env, add)
	defer closeStore()
	if cfg.Store.Backend == config.BackendPostgres {
		add("disk", statusSkip, "bbolt only: the database is on the database server's disk; watch its free space there", "")
	} else {
		doctorDisk(cfg, env, add)
	}
	doctorClock(ctx, cfg, env, add)
	doctorTokens(ctx, cfg, client, env, add)
	if cfg.Store.Backend == config.BackendPostgres {
		add("backups", statusSkip, "bbolt only: the database server keeps the backups (pg_dump, point-in-time recovery), which doctor cannot see",
			"keep a copy of "+filepath.Join(cfg.Store.Dir, store.KeyFileName)+" with them: the secrets in the database open only with it")
	} else {
		doctorBackups(cfg, env, add)
	}
	return out
}

type addFunc func(check, status, what, fix string)

// doctorConfig reads and validates the config; without one nothing else
// can be checked.
func (a *App) doctorConfig(env doctorEnv, add addFunc) (*config.Config, bool) {
	path := a.configPath()
	if _, err := env.readFile(path); err != nil {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			add("config", statusFail, fmt.Sprintf("no config file at %s", path),
				"pass --config FILE (the package's is /etc/practicepost/config.toml), or create one with `practicepost init --dir DIR`")
		case errors.Is(err, fs.ErrPermission):
			add("config", statusFail, fmt.Sprintf("cannot read %s: permission denied", path),
				"run doctor as root or as the user practicepost runs as: sudo -u practicepost practicepost doctor --config "+path)
		default:
			add("config", statusFail, fmt.Sprintf("cannot read %s: %v", path, err), "check the path given with --config")
		}
		return nil, false
	}
	cfg, err := a.config()
	if err != nil {
		add("config", statusFail, post.ErrorMessage(err), "fix what it names, then run `practicepost config check`")
		return nil, false
	}
	add("config", statusOK, fmt.Sprintf("%s is valid: %d channel(s), data in %s", cfg.Path, len(cfg.Channels), cfg.Store.Dir), "")
	for _, w := range cfg.Warnings() {
		add("config", statusWarn, w, "") // each warning says what to put there
	}
	return cfg, true
}

// doctorPermissions checks the data folder and the files that must be
// private.
func doctorPermissions(cfg *config.Config, add addFunc) {
	dir := cfg.Store.Dir
	fi, err := os.Stat(dir)
	if err != nil {
		add("permissions", statusFail, fmt.Sprintf("the data folder %s: %v", dir, err), folderFix(err))
		return
	}
	problems := 0
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		problems++
		add("permissions", statusWarn, fmt.Sprintf("the data folder %s is mode %04o: others can look inside", dir, perm), "chmod 700 "+dir)
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok && os.Geteuid() != 0 && int(st.Uid) != os.Geteuid() {
		problems++
		add("permissions", statusWarn, fmt.Sprintf("the data folder %s belongs to user id %d, not to you (%d): practicepost may not be able to write it as you", dir, st.Uid, os.Geteuid()),
			"run practicepost commands as the folder's owner (sudo -u practicepost …)")
	}
	for _, name := range []string{store.DBFileName, "secret.key"} {
		p := filepath.Join(dir, name)
		fi, err := os.Stat(p)
		if err != nil {
			continue // the database check names a missing file
		}
		if perm := fi.Mode().Perm(); perm&0o077 != 0 {
			problems++
			add("permissions", statusFail, fmt.Sprintf("%s is mode %04o: others can read it", p, perm), "chmod 600 "+p)
		}
	}
	if problems == 0 {
		add("permissions", statusOK, fmt.Sprintf("the data folder %s and its files are private", dir), "")
	}
}

// doctorStore checks the database and key: through the daemon when it
// runs (it holds the database), else opened read-only here. It returns a
// client for the channel checks (nil when the store could not be opened).
func (a *App) doctorStore(ctx context.Context, cfg *config.Config, env doctorEnv, add addFunc) (*localapi.Client, func()) {
	none := func() {}
	var client *localapi.Client
	if c := localapi.SocketClient(socketPath(cfg)); fileExists(socketPath(cfg)) {
		pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		pong, err := localapi.Call[struct{}, Pong](pctx, c, "Ping", struct{}{})
		cancel()
		if err == nil {
			client = c
			add("daemon", statusOK, fmt.Sprintf("practicepost serve is running (pid %d)", pong.PID), "")
		}
	}
	if client == nil {
		add("daemon", statusWarn, "practicepost serve is not running on this data folder: nothing is published while it is down",
			"systemctl start practicepost (or `practicepost serve`); its log: journalctl -u practicepost")
		// store.Open makes a missing data folder; doctor changes nothing.
		if fi, err := os.Stat(cfg.Store.Dir); err != nil || !fi.IsDir() {
			what := fmt.Sprintf("no data folder at %s ([store] dir)", cfg.Store.Dir)
			if errors.Is(err, fs.ErrPermission) {
				what = fmt.Sprintf("cannot look into the data folder %s: permission denied", cfg.Store.Dir)
			}
			add("database", statusFail, what, folderFix(err))
			return nil, none
		}
		db, err := doctorOpen(ctx, cfg, env.now)
		pg := cfg.Store.Backend == config.BackendPostgres
		switch {
		case errors.Is(err, fs.ErrPermission):
			add("database", statusFail, post.ErrorMessage(err), "run doctor as root or as the data folder's owner: sudo -u practicepost practicepost doctor")
			return nil, none
		case err != nil && pg && strings.Contains(err.Error(), "needs upgrading"):
			add("database", statusWarn, post.ErrorMessage(err), "")
			return nil, none
		case err != nil && strings.Contains(err.Error(), "needs upgrading"):
			add("database", statusWarn, "the database has an older schema: practicepost serve upgrades it when it starts, keeping a copy beside it", "")
			return nil, none
		case err != nil && pg:
			add("database", statusFail, post.ErrorMessage(err), pgOpenFix(err))
			return nil, none
		case err != nil:
			add("database", statusFail, post.ErrorMessage(err), "stop practicepost and restore the newest backup: practicepost restore FILE")
			return nil, none
		}
		checker, err := newChecker(cfg)
		var svc *calendar.Service
		if err == nil {
			svc, err = newService(cfg, db, checker, discardLogger(), nil)
		}
		if err == nil {
			var chans map[string]channels.Channel
			if chans, err = buildChannels(ctx, cfg, db, discardLogger(), nil); err == nil {
				client = localapi.InProcess(apiMux(svc, db, cfg.Practice.Name, chans))
			}
		}
		if err != nil {
			db.Close()
			add("database", statusFail, post.ErrorMessage(err), "")
			return nil, none
		}
		none = func() { db.Close() }
	}
	h, err := localapi.Call[struct{}, StoreHealth](ctx, client, "StoreHealth", struct{}{})
	if err != nil {
		add("database", statusFail, post.ErrorMessage(err), "")
		return client, none
	}
	if h.Break != nil {
		fix := "keep this database for the record; compare with a backup (practicepost restore FILE puts one back, keeping this one beside it)"
		if h.Postgres {
			fix = "keep this database for the record (pg_dump it); compare with the database server's backups. Posts published after a restored copy was taken look unpublished in it: check the channels before serving from it"
		}
		add("database", statusFail, fmt.Sprintf("%sthe audit trail is broken at entry %d: %s", h.Server, h.Break.Seq, h.Break.Reason), fix)
	} else {
		add("database", statusOK, fmt.Sprintf("%sschema %d, audit trail intact (%d entries)", h.Server, h.Schema, h.Entries), "")
	}
	if h.Postgres {
		doctorReplicas(h, add)
	}
	if len(h.Unreadable) > 0 {
		add("key", statusFail, fmt.Sprintf("secret.key does not open %d of the %d stored logins (%s): the key was replaced", len(h.Unreadable), h.Secrets, strings.Join(h.Unreadable, ", ")),
			"put back the secret.key saved with your backups (FILE.key), or reconnect those channels")
	} else {
		add("key", statusOK, fmt.Sprintf("secret.key opens all %d stored login(s)", h.Secrets), "")
	}
	return client, none
}

// doctorOpen opens the store read-only for doctor, with the clock now.
func doctorOpen(ctx context.Context, cfg *config.Config, now func() time.Time) (daemonStore, error) {
	if cfg.Store.Backend == config.BackendPostgres {
		db, err := openPostgres(ctx, cfg, now, true)
		if err != nil {
			return nil, err
		}
		return db, nil
	}
	db, err := store.Open(ctx, cfg.Store.Dir, store.Options{ReadOnly: true, BackupDir: cfg.Store.BackupDir})
	if err != nil {
		return nil, err
	}
	return db, nil
}

// pgOpenFix is what to do when the PostgreSQL store does not open.
func pgOpenFix(err error) string {
	switch {
	case post.ErrorCode(err) == post.ENotFound:
		return "create the practice in it: practicepost init --config FILE --admin-user NAME"
	case strings.Contains(err.Error(), store.KeyFileName):
		return "every replica needs the same " + store.KeyFileName + ": copy it from a replica that starts"
	}
	return "check [store] dsn (and the variable or file it names), that the database server runs and that this machine may connect to it"
}

// doctorReplicas reports the replicas serving from a shared database and
// this machine's clock against the database server's.
func doctorReplicas(h StoreHealth, add addFunc) {
	switch h.Serving {
	case 0:
		add("replicas", statusWarn, "no replica serves from the database: nothing is published", "start practicepost serve on at least one machine")
	case 1:
		add("replicas", statusOK, "1 replica serves from the database", "")
	default:
		add("replicas", statusOK, fmt.Sprintf("%d replicas serve from the database", h.Serving), "")
	}
	if h.ClockOff != "" {
		add("clock", statusFail, h.ClockOff, "turn on time sync on this machine and the database server: timedatectl set-ntp true")
	} else {
		add("clock", statusOK, fmt.Sprintf("this machine's clock agrees with the database server's (within %s)", postgres.MaxClockSkew), "")
	}
}

// folderFix is what to do about a data folder doctor cannot stat.
func folderFix(err error) string {
	if errors.Is(err, fs.ErrPermission) {
		return "run doctor as root or as the data folder's owner: sudo -u practicepost practicepost doctor"
	}
	return "fix [store] dir in the config, or create the practice with `practicepost init`"
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// StoreHealth is the database half of doctor, answered by whoever holds
// the database.
type StoreHealth struct {
	// Postgres: the store is a shared PostgreSQL database, and the fields
	// below it are filled.
	Postgres   bool              `json:"postgres,omitempty"`
	Server     string            `json:"server,omitempty"` // "PostgreSQL 15.8, database practicepost: "
	Serving    int               `json:"serving,omitempty"`
	ClockOff   string            `json:"clock_off,omitempty"` // the clock check's refusal
	Schema     uint64            `json:"schema"`
	Entries    uint64            `json:"entries"`
	Break      *store.AuditBreak `json:"break,omitempty"`
	Secrets    int               `json:"secrets"`
	Unreadable []string          `json:"unreadable,omitempty"` // names of secrets the key does not open
}

func storeHealth(ctx context.Context, db daemonStore) (StoreHealth, error) {
	var h StoreHealth
	var err error
	if h.Schema, err = db.Schema(); err != nil {
		return h, err
	}
	if h.Break, h.Entries, err = db.VerifyAudit(ctx); err != nil {
		return h, err
	}
	names, err := db.SecretNames(ctx, "")
	if err != nil {
		return h, err
	}
	h.Secrets = len(names)
	for _, n := range names {
		if _, err := db.LoadSecret(ctx, n); err != nil {
			h.Unreadable = append(h.Unreadable, n)
		}
	}
	if pg, ok := db.(pgStore); ok {
		h.Postgres = true
		if h.Server, err = pg.Server(ctx); err != nil {
			return h, err
		}
		h.Server += ": "
		if h.Serving, err = pg.Serving(ctx); err != nil {
			return h, err
		}
		if err := pg.CheckClock(ctx); post.ErrorCode(err) == post.EConflict {
			h.ClockOff = post.ErrorMessage(err)
		} else if err != nil {
			return h, err
		}
	}
	return h, nil
}

func doctorDisk(cfg *config.Config, env doctorEnv, add addFunc) {
	free, size, err := env.diskFree(cfg.Store.Dir)
	if err != nil {
		add("disk", statusSkip, fmt.Sprintf("could not read free space of %s: %v", cfg.Store.Dir, err), "")
		return
	}
	what := fmt.Sprintf("%s free of %s on the disk holding %s", bytesIEC(free), bytesIEC(size), cfg.Store.Dir)
	fix := "free space there: old files in " + cfg.Store.BackupDir + ", logs (journalctl --vacuum-size=200M), or a bigger disk"
	switch {
	case free < diskFailBytes:
		add("disk", statusFail, what+": backups, upgrades and new posts may fail", fix)
	case free < diskWarnBytes || (size > 0 && free < size/20):
		add("disk", statusWarn, what, fix)
	default:
		add("disk", statusOK, what, "")
	}
}

func bytesIEC(n uint64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := uint64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

// doctorClock compares this machine's clock with the Date header of each
// configured network's API base (once per address).
func doctorClock(ctx context.Context, cfg *config.Config, env doctorEnv, add addFunc) {
	var bases []string
	for _, c := range cfg.Channels {
		base := c.APIBase
		if base == "" {
			if k, ok := channels.Lookup(c.Kind); ok {
				base = k.APIBase
			}
		}
		if base != "" && !slices.Contains(bases, base) {
			bases = append(bases, base)
		}
	}
	if len(bases) == 0 {
		add("clock", statusSkip, "no channel calls a network's API to compare the clock with", "")
		return
	}
	for _, base := range bases {
		req, err := http.NewRequestWithContext(ctx, http.MethodHead, base, nil)
		if err != nil {
			add("clock", statusSkip, fmt.Sprintf("%s is not a URL: %v", base, err), "")
			continue
		}
		sent := env.now()
		resp, err := env.client.Do(req)
		if err != nil {
			add("clock", statusSkip, fmt.Sprintf("could not reach %s to compare clocks", base), "")
			continue
		}
		resp.Body.Close()
		back := env.now()
		date, err := http.ParseTime(resp.Header.Get("Date"))
		if err != nil {
			add("clock", statusSkip, fmt.Sprintf("%s sent no usable Date header", base), "")
			continue
		}
		// The server stamped its Date somewhere between sending and
		// receiving, to the second.
		skew := date.Sub(sent.Add(back.Sub(sent) / 2)).Round(time.Second)
		what := fmt.Sprintf("this machine's clock is %s %s %s", absDur(skew), aheadBehind(skew), base)
		fix := "turn on time sync: timedatectl set-ntp true (and check `timedatectl timesync-status`)"
		switch {
		case absDur(skew) > clockFailSkew:
			add("clock", statusFail, what+": signed requests and logins to the network fail", fix)
		case absDur(skew) > clockWarnSkew:
			add("clock", statusWarn, what, fix)
		default:
			add("clock", statusOK, fmt.Sprintf("this machine's clock agrees with %s (within %s)", base, clockWarnSkew), "")
		}
	}
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

func aheadBehind(skew time.Duration) string {
	if skew > 0 {
		return "behind" // the server's Date is later than our clock
	}
	return "ahead of"
}

// ChannelHealth is one channel's login as doctor sees it.
type ChannelHealth struct {
	Account     post.Account `json:"account"`
	Error       string       `json:"error,omitempty"`
	AuthExpired bool         `json:"auth_expired,omitempty"`
}

func channelHealth(ctx context.Context, chans map[string]channels.Channel, id string) (ChannelHealth, error) {
	ch, ok := chans[id]
	if !ok {
		return ChannelHealth{}, post.Errorf(post.ENotFound, "no channel %q in the config", id)
	}
	vctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	acct, err := ch.Verify(vctx)
	if err != nil {
		return ChannelHealth{Error: err.Error(), AuthExpired: channels.ClassOf(err) == channels.AuthExpired}, nil
	}
	return ChannelHealth{Account: acct}, nil
}

// doctorTokens checks each channel's login and when it expires.
func doctorTokens(ctx context.Context, cfg *config.Config, client *localapi.Client, env doctorEnv, add addFunc) {
	if client == nil {
		add("logins", statusSkip, "the database could not be opened, so the stored logins were not checked", "")
		return
	}
	for _, c := range cfg.Channels {
		h, err := localapi.Call[string, ChannelHealth](ctx, client, "ChannelHealth", c.ID)
		reconnect := fmt.Sprintf("reconnect channel %s in the web UI (Channels → Connect), or renew its token in the config", c.ID)
		switch {
		case err != nil:
			add("logins", statusSkip, fmt.Sprintf("channel %s: %s", c.ID, post.ErrorMessage(err)), "")
		case h.AuthExpired:
			add("logins", statusFail, fmt.Sprintf("channel %s: its login does not work: %s", c.ID, h.Error), reconnect)
		case h.Error != "":
			add("logins", statusSkip, fmt.Sprintf("channel %s: could not check its login (%s)", c.ID, h.Error), "")
		case h.Account.TokenExpires.IsZero():
			add("logins", statusOK, fmt.Sprintf("channel %s: logged in as %s", c.ID, accountName(h.Account)), "")
		case h.Account.TokenExpires.Sub(env.now()) < tokenWarnBefore:
			add("logins", statusWarn, fmt.Sprintf("channel %s: its login expires %s (in %s)", c.ID, h.Account.TokenExpires.Format(time.DateOnly),
				h.Account.TokenExpires.Sub(env.now()).Round(time.Hour)), reconnect+" before then, or its posts will be held")
		default:
			add("logins", statusOK, fmt.Sprintf("channel %s: logged in as %s until %s", c.ID, accountName(h.Account), h.Account.TokenExpires.Format(time.DateOnly)), "")
		}
	}
}

func accountName(a post.Account) string {
	if a.Name != "" {
		return a.Name
	}
	return a.ID
}

// doctorBackups checks the newest nightly backup's age and its key.
func doctorBackups(cfg *config.Config, env doctorEnv, add addFunc) {
	dir := cfg.Store.BackupDir
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		add("backups", statusFail, fmt.Sprintf("cannot read the backups folder %s: %v", dir, err), "")
		return
	}
	var newest string
	var at time.Time
	for _, e := range entries {
		n := e.Name()
		if !e.Type().IsRegular() || !strings.HasSuffix(n, ".db") || strings.HasPrefix(n, ".") {
			continue
		}
		if fi, err := e.Info(); err == nil && fi.ModTime().After(at) {
			newest, at = filepath.Join(dir, n), fi.ModTime()
		}
	}
	fix := fmt.Sprintf("the daemon writes one at [store] backup_schedule (%s) while it runs; write one now: practicepost backup %s",
		cfg.Store.BackupSchedule, filepath.Join(dir, "practicepost-manual.db"))
	if newest == "" {
		add("backups", statusWarn, "no backup yet in "+dir, fix)
		return
	}
	age := env.now().Sub(at)
	what := fmt.Sprintf("the newest backup, %s, is %s old", newest, age.Round(time.Hour))
	switch {
	case age > backupFailAge:
		add("backups", statusFail, what, fix)
	case age > backupWarnAge:
		add("backups", statusWarn, what, fix)
	default:
		add("backups", statusOK, what, "")
	}
	if !fileExists(newest + store.KeySuffix) {
		add("backups", statusWarn, fmt.Sprintf("no key beside %s: restored, its platform logins cannot be opened", newest),
			"keep a copy of "+filepath.Join(cfg.Store.Dir, "secret.key")+" with your backups (backups written now carry it as FILE.key)")
	}
}
