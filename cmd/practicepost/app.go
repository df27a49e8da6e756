package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/user"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/localapi"
	"github.com/practicepost/practicepost/post"
)

// App is the CLI: the global flags, the loaded config and the way to reach
// the calendar (the daemon's socket, or the store opened here).
type App struct {
	ConfigPath string
	As         string
	JSON       bool

	Stdout, Stderr io.Writer
	Stdin          io.Reader

	cfg     *config.Config
	client  *localapi.Client
	db      daemonStore // only when no daemon runs
	closers []func()
}

func (a *App) close() {
	for i := len(a.closers) - 1; i >= 0; i-- {
		a.closers[i]()
	}
	a.closers = nil
}

// configPath resolves --config, $PRACTICEPOST_CONFIG, ./config.toml.
func (a *App) configPath() string {
	switch {
	case a.ConfigPath != "":
		return a.ConfigPath
	case os.Getenv("PRACTICEPOST_CONFIG") != "":
		return os.Getenv("PRACTICEPOST_CONFIG")
	}
	return "config.toml"
}

func (a *App) config() (*config.Config, error) {
	if a.cfg != nil {
		return a.cfg, nil
	}
	path := a.configPath()
	cfg, err := config.Load(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, post.Errorf(post.EInvalid, "no config file at %s: run `practicepost init --dir DIR` first, or pass --config FILE", path)
	}
	if err != nil {
		return nil, &post.Error{Code: post.EInvalid, Message: err.Error(), Err: err}
	}
	a.cfg = cfg
	return cfg, nil
}

// socketPath is where a running daemon listens.
func socketPath(cfg *config.Config) string {
	return filepath.Join(cfg.Store.Dir, localapi.SocketName)
}

// api returns a client for the calendar: the daemon's socket when it is
// running, otherwise the same handler in-process over the store.
func (a *App) api(ctx context.Context) (*localapi.Client, error) {
	if a.client != nil {
		return a.client, nil
	}
	cfg, err := a.config()
	if err != nil {
		return nil, err
	}
	sock := socketPath(cfg)
	if _, err := os.Stat(sock); err == nil {
		c := localapi.SocketClient(sock)
		pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		_, perr := localapi.Call[struct{}, Pong](pctx, c, "Ping", struct{}{})
		cancel()
		if perr == nil {
			a.client = c
			return c, nil
		}
	}
	db, err := openStore(ctx, cfg, nil)
	if err != nil {
		return nil, err
	}
	a.db = db
	a.closers = append(a.closers, func() { db.Close() })
	checker, err := newChecker(cfg)
	if err != nil {
		return nil, err
	}
	svc, err := newService(cfg, db, checker, slog.New(slog.DiscardHandler), nil)
	if err != nil {
		return nil, err
	}
	chans, err := buildChannels(ctx, cfg, db, discardLogger(), nil)
	if err != nil {
		return nil, err
	}
	a.client = localapi.InProcess(apiMux(svc, db, cfg.Practice.Name, chans))
	return a.client, nil
}

// call runs one local API method.
func call[Req, Resp any](ctx context.Context, a *App, name string, req Req) (Resp, error) {
	c, err := a.api(ctx)
	if err != nil {
		var zero Resp
		return zero, err
	}
	return localapi.Call[Req, Resp](ctx, c, name, req)
}

// actor is who the command acts as: --as USER (with that user's role), or
// the operating-system account, which has the database file and so is an
// admin in all but name.
func (a *App) actor(ctx context.Context) (calendar.Actor, error) {
	if a.As == "" {
		return calendar.Actor{Name: osActor(), Role: post.RoleAdmin}, nil
	}
	role, err := call[string, post.Role](ctx, a, "UserRole", a.As)
	if err != nil {
		return calendar.Actor{}, err
	}
	return calendar.Actor{Name: a.As, Role: role}, nil
}

// osActor names the operating-system account running the CLI, "cli:root".
func osActor() string {
	if u, err := user.Current(); err == nil {
		return "cli:" + u.Username
	}
	return "cli"
}

// newService builds the calendar service from config with the compiled
// checklist.
func newService(cfg *config.Config, db calendar.Store, checker *compliance.Checker, log *slog.Logger, onChanged func(context.Context)) (*calendar.Service, error) {
	chs := channelInfos(cfg)
	loc := cfg.Practice.Location()
	return calendar.New(db, calendar.NewChecker(checker, chs), calendar.Options{
		Location: loc, Channels: chs, Grace: cfg.Scheduler.Grace.Duration, Logger: log,
		Blackout:    func(t time.Time) bool { return cfg.Scheduler.InBlackout(t, loc) },
		OnChanged:   onChanged,
		PublicMedia: cfg.Web.PublicBaseURL != "",
	})
}

// pausedInConfig is the set of channels the config pauses, for the scheduler.
func pausedInConfig(cfg *config.Config) map[string]bool {
	out := map[string]bool{}
	for _, c := range cfg.Channels {
		if c.Paused {
			out[c.ID] = true
		}
	}
	return out
}

func channelInfos(cfg *config.Config) []calendar.ChannelInfo {
	var out []calendar.ChannelInfo
	for _, c := range cfg.Channels {
		out = append(out, calendar.ChannelInfo{ID: c.ID, Kind: c.Kind, Name: c.Name, Slots: c.Slots, Paused: c.Paused})
	}
	return out
}

// newChecker compiles the checklist with the practice's profile.
func newChecker(cfg *config.Config) (*compliance.Checker, error) {
	p := compliance.Profile{
		PracticeName: cfg.Practice.Name, State: cfg.Practice.State, Phones: cfg.Practice.Phones,
		Addresses: cfg.Practice.Addresses, Domains: cfg.Practice.Domains, StaffNames: cfg.Practice.StaffNames,
		Handles: cfg.Practice.Handles, CommunityNames: cfg.Practice.CommunityNames, ReadingWarnGrade: cfg.Compliance.ReadingWarnGrade,
		ReadingInfoGrade: cfg.Compliance.ReadingInfoGrade, Disabled: cfg.Compliance.Disabled,
		Severity: map[string]post.Severity{},
	}
	for rule, sev := range cfg.Compliance.Severity {
		p.Severity[rule] = post.Severity(sev)
	}
	if cfg.Compliance.ExtraRules != "" {
		b, err := os.ReadFile(cfg.Compliance.ExtraRules)
		if err != nil {
			return nil, post.Errorf(post.EInvalid, "compliance.extra_rules: %v", err)
		}
		p.ExtraRules = b
	}
	c, err := compliance.New(p)
	if err != nil {
		return nil, post.Errorf(post.EInvalid, "compliance settings: %v", err)
	}
	return c, nil
}

func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError{fmt.Errorf("%s takes %d argument(s), got %d (see --help)", cmd.CommandPath(), n, len(args))}
		}
		return nil
	}
}

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }
