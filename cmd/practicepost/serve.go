package main

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/internal/sdnotify"
	"github.com/practicepost/practicepost/localapi"
	"github.com/practicepost/practicepost/medialink"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/scheduler"
	"github.com/practicepost/practicepost/store"
)

func (a *App) serveCommand() *cobra.Command {
	var debug bool
	var demo, listen string
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the daemon: scheduler, web UI and the local API the CLI uses",
		Long: `Runs the scheduler, the web UI (default http://127.0.0.1:8080) and the local
API the CLI uses while the daemon holds the database. Stop it with Ctrl-C or
SIGTERM: in-flight publishes finish or are abandoned cleanly.

--demo DIR runs on DIR/config.toml, creating it first if needed from the
example (one preview channel: nothing leaves the machine; posts are written to
DIR/data/preview) with an admin user "admin" whose password is printed once and
kept in DIR/admin-password (0600).`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if demo != "" {
				if err := a.prepareDemo(cmd.Context(), demo); err != nil {
					return err
				}
			}
			cfg, err := a.config()
			if err != nil {
				return err
			}
			if listen != "" {
				cfg.Web.Listen = listen
			}
			level := slog.LevelInfo
			if debug {
				level = slog.LevelDebug
			}
			m := &Main{Config: cfg, Logger: slog.New(slog.NewTextHandler(a.Stderr, &slog.HandlerOptions{Level: level}))}
			if err := m.Open(cmd.Context()); err != nil {
				m.Close()
				return err
			}
			defer m.Close()
			return m.Run(cmd.Context())
		},
	}
	cmd.Flags().StringVar(&demo, "demo", "", "run the demo in this folder, creating it on first use")
	cmd.Flags().StringVar(&listen, "listen", "", "serve the web UI on this address (host:port) instead of the config's [web] listen")
	cmd.Flags().BoolVar(&debug, "debug", false, "log at debug level (may include more detail; still no secrets)")
	return cmd
}

// Main is the daemon: everything `serve` wires together, in the order it
// is opened, and closed in reverse.
type Main struct {
	Config *config.Config
	Logger *slog.Logger
	// Now is the clock for everything below; tests inject one.
	Now func() time.Time

	DB daemonStore
	// Checker is the one compiled checklist: the calendar, the report
	// collector and the web UI share it.
	Checker  *compliance.Checker
	Calendar *calendar.Service
	// Links signs the public image links of networks that fetch images
	// (nil without [web] public_base_url); the web UI answers them.
	Links     *medialink.Signer
	Channels  map[string]channels.Channel
	Registry  *prometheus.Registry
	Alerts    *alert.Notifier
	Scheduler *scheduler.Scheduler

	httpLn   net.Listener
	certs    *certReloader // nil without [web] tls_cert
	hup      chan os.Signal
	sockLn   net.Listener
	httpSrv  *http.Server
	sockSrv  *http.Server
	started  time.Time
	runParts []func(ctx context.Context) error
	// releaseServing lets go of the Postgres database's serving mark.
	releaseServing func()
}

// Open opens the store and builds every part, each from the parts before
// it: store, checklist, calendar, channels, scheduler, local API, web UI.
// Nothing runs until Run.
func (m *Main) Open(ctx context.Context) error {
	if m.Now == nil {
		m.Now = time.Now
	}
	m.started = m.Now()
	cfg := m.Config
	db, err := openStore(ctx, cfg, m.Now)
	if err != nil {
		return err
	}
	m.DB = db
	if pg, ok := db.(pgStore); ok {
		// Replicas judge by their own clocks when a post is due and
		// whether another replica's publish is an interrupted one.
		if err := pg.CheckClock(ctx); err != nil {
			return err
		}
		// A clock can drift or be set after the start, too.
		m.runParts = append(m.runParts, func(ctx context.Context) error {
			return pg.WatchClock(ctx, clockCheckEvery, func(err error) {
				if err != nil {
					m.Logger.Error("clock: this replica's clock has left the database server's; set it right, or stop this replica", "error", err)
					return
				}
				m.Logger.Info("clock: back in step with the database server")
			})
		})
		// Marks this replica as serving: `practicepost migrate` is refused
		// until it stops (and it refuses to start under a migration).
		if m.releaseServing, err = pg.HoldServing(ctx); err != nil {
			return err
		}
	}
	if m.Checker, err = newChecker(cfg); err != nil {
		return err
	}
	// The calendar wakes the scheduler after each change through wake,
	// which exists before either of them.
	wake := scheduler.NewWaker()
	svc, err := newService(cfg, db, m.Checker, m.Logger, wake.Wake)
	if err != nil {
		return err
	}
	m.Calendar = svc
	if err := m.holdAfterLostAudit(ctx); err != nil {
		return err
	}
	if m.Links, err = linkSigner(cfg, db, m.Now); err != nil {
		return err
	}
	if m.Channels, err = buildChannels(ctx, cfg, db, m.Logger, m.Links); err != nil {
		return err
	}
	m.Registry = prometheus.NewRegistry()
	m.Registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if err := m.openScheduler(wake); err != nil {
		return err
	}

	sock, err := localapi.Listen(socketPath(cfg))
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("another practicepost daemon is answering on %s", socketPath(cfg))
		}
		return fmt.Errorf("local API socket: %w", err)
	}
	m.sockLn = sock
	m.sockSrv = &http.Server{Handler: apiMux(svc, db, cfg.Practice.Name, m.Channels), ReadHeaderTimeout: 10 * time.Second}

	ln, err := net.Listen("tcp", cfg.Web.Listen)
	if errors.Is(err, syscall.EADDRINUSE) {
		// Bad input (exit 2), not an internal error: the person picks
		// another port or stops what holds it.
		return post.Errorf(post.EInvalid, "web: %s is already in use by another program: stop it, or serve on another address with --listen HOST:PORT (or [web] listen in the config)", cfg.Web.Listen)
	}
	if err != nil {
		return fmt.Errorf("web: listen on %s: %w", cfg.Web.Listen, err)
	}
	m.httpLn = ln
	if cfg.Web.TLSCert != "" {
		if m.certs, err = newCertReloader(cfg.Web.TLSCert, cfg.Web.TLSKey); err != nil {
			return err
		}
	}
	// SIGHUP reloads (the TLS certificate); caught from here on, so a
	// `systemctl reload` never kills the daemon with the default action.
	m.hup = make(chan os.Signal, 1)
	signal.Notify(m.hup, syscall.SIGHUP)
	handler, err := m.webHandler()
	if err != nil {
		return err
	}
	m.httpSrv = &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute,
		WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute}
	if m.certs != nil {
		m.httpSrv.TLSConfig = m.certs.tlsConfig()
	}
	return nil
}

// Addr is the address the web server listens on (useful with port 0).
func (m *Main) Addr() string { return m.httpLn.Addr().String() }

// Run serves until ctx is cancelled (SIGINT/SIGTERM), then shuts down in
// order: stop taking requests, let the scheduler finish or abandon its
// in-flight calls, close the store last.
func (m *Main) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 2+len(m.runParts))
	go func() { errc <- serveHTTP(m.sockSrv, m.sockLn) }()
	go func() {
		if m.certs != nil {
			errc <- ignoreClosed(m.httpSrv.ServeTLS(m.httpLn, "", ""))
			return
		}
		errc <- serveHTTP(m.httpSrv, m.httpLn)
	}()
	for _, part := range m.runParts {
		go func() { errc <- part(ctx) }()
	}
	m.Logger.Info("practicepost serving", "web", m.Addr(), "tls", m.certs != nil, "channels", len(m.Channels), "data", m.Config.Store.Dir)
	// Under systemd (Type=notify): ready now that every listener is open,
	// and a watchdog ping only while the scheduler's heartbeat is fresh.
	if err := sdnotify.Notify("READY=1\nSTATUS=serving on " + m.Addr()); err != nil {
		m.Logger.Warn("could not tell systemd we are ready", "error", err)
	}
	if iv := sdnotify.WatchdogInterval(); iv > 0 {
		go sdnotify.Watchdog(ctx, iv, m.Scheduler.Health, func(err error) {
			m.Logger.Error("watchdog: not telling systemd we are alive", "error", err)
		})
	}
	var err error
wait:
	for {
		select {
		case <-ctx.Done():
			break wait
		case err = <-errc:
			break wait
		case <-m.hup:
			m.reload()
		}
	}
	m.Logger.Info("shutting down")
	_ = sdnotify.Notify("STOPPING=1") // best effort: systemd sees the exit anyway
	cancel()
	sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer scancel()
	for _, srv := range []*http.Server{m.httpSrv, m.sockSrv} {
		if serr := srv.Shutdown(sctx); serr != nil {
			// Connections still open after the timeout are cut; say so.
			m.Logger.Warn("shutting down a listener", "error", serr)
		}
	}
	// Each part returns once ctx is cancelled; wait for them so the store
	// is not closed under an in-flight publish.
	for i := 0; i < len(m.runParts); i++ {
		select {
		case perr := <-errc:
			if err == nil && perr != nil && !errors.Is(perr, context.Canceled) {
				err = perr
			}
		case <-sctx.Done():
			return errors.Join(err, errors.New("shutdown: a part did not stop within 5 s"))
		}
	}
	return err
}

func serveHTTP(srv *http.Server, ln net.Listener) error { return ignoreClosed(srv.Serve(ln)) }

func ignoreClosed(err error) error {
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// reload is SIGHUP: read the TLS certificate again.
func (m *Main) reload() {
	if m.certs == nil {
		m.Logger.Info("SIGHUP: nothing to reload (no [web] tls_cert)")
		return
	}
	notAfter, err := m.certs.Reload()
	if err != nil {
		m.Logger.Error("SIGHUP: the TLS certificate did not load; still serving the previous one", "error", err)
		return
	}
	m.Logger.Info("SIGHUP: TLS certificate reloaded", "expires", notAfter.UTC().Format(time.RFC3339))
}

// Close releases everything Open made; safe after a failed Open.
func (m *Main) Close() error {
	if m.hup != nil {
		signal.Stop(m.hup)
	}
	if m.sockLn != nil {
		m.sockLn.Close()
		os.Remove(socketPath(m.Config))
	}
	if m.httpLn != nil {
		m.httpLn.Close()
	}
	if m.releaseServing != nil {
		m.releaseServing()
	}
	if m.DB != nil {
		return m.DB.Close()
	}
	return nil
}

// healthHandlers serves /readyz and /metrics; the web UI serves /healthz
// with the scheduler's heartbeat.
func (m *Main) healthHandlers(mux *http.ServeMux) {
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if err := m.DB.View(r.Context(), func(store.Tx) error { return nil }); err != nil {
			http.Error(w, "store not ready", http.StatusServiceUnavailable)
			return
		}
		// Ready means able to save: a full disk still read fine.
		if err := m.DB.WriteProbe(); err != nil {
			m.Logger.Error("ready: store write probe failed", "error", err)
			http.Error(w, "store: the data folder takes no writes (disk full or read-only?)", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	mux.Handle("GET /metrics", metricsGuard(m.Config.Web.MetricsToken.Reveal(), promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{})))
}

// metricsGuard asks for "Authorization: Bearer <token>" when [web]
// metrics_token is set: /metrics names the channels, their error counts and
// the queue, which is nobody's business on a public address.
func metricsGuard(token string, next http.Handler) http.Handler {
	if token == "" {
		return next
	}
	want := []byte("Bearer " + token)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if subtle.ConstantTimeCompare([]byte(r.Header.Get("Authorization")), want) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="metrics"`)
			http.Error(w, "metrics need the token set in [web] metrics_token", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// holdAfterLostAudit sets the emergency stop when the store found, as it
// opened, that it lost audit entries (put back from an older copy: posts
// published since look unpublished in it, and would be published again).
// A person checks the channels, then lifts the stop; the loss stays in
// the trail as an audit.gap entry.
func (m *Main) holdAfterLostAudit(ctx context.Context) error {
	lost, ok := m.DB.(interface{ LostAtOpen() string })
	if !ok || lost.LostAtOpen() == "" {
		return nil
	}
	stop, err := m.Calendar.PauseAll(ctx, calendar.PostRef{Actor: calendar.System,
		Reason: "audit entries were lost (a database put back from an older copy?): what was published since may look unpublished; check each channel before lifting the stop. " + lost.LostAtOpen()})
	if err != nil {
		return fmt.Errorf("store: audit entries were lost, and the emergency stop could not be set: %w", err)
	}
	m.Logger.Error("audit entries were lost: emergency stop set, nothing is published until a person lifts it", "held", len(stop.Held), "detail", lost.LostAtOpen())
	return nil
}
