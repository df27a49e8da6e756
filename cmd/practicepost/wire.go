package main

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/medialink"
	"github.com/practicepost/practicepost/report"
	"github.com/practicepost/practicepost/scheduler"
	"github.com/practicepost/practicepost/web"
)

// openScheduler builds the alert notifier, the scheduler and its periodic
// jobs: engagement collection, token-expiry checks, the nightly backup and
// the pruning of expired web sessions. wake is the calendar's OnChanged.
func (m *Main) openScheduler(wake scheduler.Waker) error {
	cfg := m.Config
	notifier, err := alert.New(alert.Options{DB: m.DB, SMTP: cfg.Alerts.SMTP, Webhook: cfg.Alerts.Webhook.Reveal(),
		Logger: m.Logger, Practice: cfg.Practice.Name, BaseURL: cfg.Web.BaseURL, ResendAtStart: cfg.Alerts.ResendAtStart})
	if err != nil {
		return err
	}
	m.Alerts = notifier
	sources := map[string]report.Source{}
	for id, ch := range m.Channels {
		sources[id] = ch
	}
	collector := &report.Collector{DB: m.DB, Channels: sources, Checker: m.Checker, Logger: m.Logger, Now: m.Now}
	loc := cfg.Practice.Location()
	jobs := []scheduler.Job{
		{Name: "engagement", Spec: cfg.Scheduler.EngagementSchedule, Run: func(ctx context.Context) error {
			_, err := collector.Collect(ctx)
			return err
		}},
		scheduler.SessionPruneJob(m.DB, m.Logger),
		// Every five minutes: a doctor hears of a waiting post within one
		// notice interval (an hour at most), and of one due soon at once.
		{Name: "review-watch", Spec: "*/5 * * * *", Run: func(ctx context.Context) error {
			return notifier.CheckReviews(ctx, m.Now(), alert.ReviewWatch{WarnBefore: cfg.Alerts.ReviewWarnBefore.Duration, Location: loc})
		}},
	}
	// A shared Postgres database is backed up by its server (pg_dump,
	// point-in-time recovery), not by each replica to its own disk.
	if cfg.Store.Backend != config.BackendPostgres {
		jobs = append(jobs, scheduler.BackupJob(m.DB, cfg.Store.BackupDir, cfg.Store.BackupKeep))
	}
	if days := cfg.Templates.EvergreenDaysAhead; days > 0 {
		jobs = append(jobs, scheduler.Job{Name: "evergreen", Spec: "15 1 * * *", Run: func(ctx context.Context) error {
			_, err := m.Calendar.FillEvergreen(ctx, calendar.FillEvergreen{Actor: calendar.System, Days: days,
				Interval: cfg.Templates.EvergreenInterval.Duration})
			return err
		}})
	}
	// Replicas on one Postgres database: another replica's change wakes
	// this scheduler too, and each periodic job runs on one of them.
	var runJob scheduler.JobRunner
	var share func(context.Context) (int, int, error)
	if pg, ok := m.DB.(pgStore); ok {
		runJob = pg.runJob
		share = pg.Share // each replica tries its own share of what is due first
		m.runParts = append(m.runParts, func(ctx context.Context) error { return pg.Listen(ctx, wake.Wake, m.Logger) })
	}
	sch, err := scheduler.New(scheduler.Options{
		DB: m.DB, Location: loc, Grace: cfg.Scheduler.Grace.Duration, Paused: pausedInConfig(cfg),
		Channels: m.Channels, MaxAttempts: cfg.Scheduler.MaxAttempts,
		Alerts: notifier, Registry: m.Registry, Logger: m.Logger, Now: m.Now,
		ReconcileSettle: cfg.Scheduler.ReconcileSettle.Duration,
		CallTimeout:     cfg.Scheduler.CallTimeout.Duration,
		// Replicas claim from the same database: a delivery left
		// publishing may be another one's call under way.
		SharedStore:     runJob != nil,
		Share:           share,
		ModerationEvery: cfg.Scheduler.ModerationEvery.Duration,
		Blackout:        func(t time.Time) bool { return cfg.Scheduler.InBlackout(t, loc) },
		Jobs:            jobs,
		RunJob:          runJob,
		// The token check pauses a channel whose login expired through
		// the calendar, the one writer of pauses.
		TokenCheckSchedule: cfg.Scheduler.TokenCheckSchedule,
		// Posts a network took down after publishing them (Google) are
		// looked for when engagement is collected.
		TakedownSchedule: cfg.Scheduler.EngagementSchedule,
		Pauser:           m.Calendar,
		Wake:             wake,
	})
	if err != nil {
		return err
	}
	m.Scheduler = sch
	m.runParts = append(m.runParts, sch.Run)
	return nil
}

// webHandler builds the web UI with /readyz and /metrics beside it.
func (m *Main) webHandler() (http.Handler, error) {
	cfg := m.Config
	lib, err := loadTemplates(cfg)
	if err != nil {
		return nil, err
	}
	connectors, err := buildConnectors(cfg, m.DB)
	if err != nil {
		return nil, err
	}
	opt := web.Options{
		Calendar: m.Calendar, DB: m.DB, Checker: m.Checker, Templates: lib, Channels: m.Channels,
		Scheduler: m.Scheduler, Logger: m.Logger,
		Secure:  cfg.Web.TLSCert != "" || strings.HasPrefix(cfg.Web.BaseURL, "https://"),
		BaseURL: cfg.Web.BaseURL, Practice: practiceVars(cfg),
		Connectors:     connectors, // the "connect account" flows
		SessionTTL:     time.Duration(cfg.Web.SessionHours) * time.Hour,
		TrustedProxies: cfg.Web.TrustedProxies,
	}
	if m.Links != nil {
		// The signed image links of networks that fetch images.
		opt.SignedMedia = &medialink.Opener{Signer: m.Links, Store: m.DB, Needs: needsPublicMedia(cfg), Serve: publicImages(cfg)}
	}
	srv, err := web.New(opt)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	m.healthHandlers(mux)
	mux.Handle("/", srv.Handler())
	if p := publicBasePath(cfg.Web.PublicBaseURL); p != "" && m.Links != nil {
		// The links are <public_base_url>/media/signed/...: a proxy
		// that passes the address's path on unchanged reaches the
		// daemon at /pp/media/signed/, one that strips it at
		// /media/signed/. Both are answered; nothing else moves.
		mux.Handle("GET "+p+medialink.PathPrefix, http.StripPrefix(p, srv.Handler()))
	}
	return mux, nil
}

// publicBasePath is the path of [web] public_base_url without its
// trailing slash ("/pp"), or "" when it has none. The config has already
// refused an address that does not parse.
func publicBasePath(base string) string {
	u, err := url.Parse(base)
	if err != nil {
		return ""
	}
	return strings.TrimRight(u.EscapedPath(), "/")
}
