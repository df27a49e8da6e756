package main

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/report"
	"github.com/practicepost/practicepost/scheduler"
	"github.com/practicepost/practicepost/web"
)

// openScheduler builds the alert notifier, the scheduler and its periodic
// jobs: engagement collection, token-expiry checks, the nightly backup and
// the pruning of expired web sessions.
func (m *Main) openScheduler() error {
	cfg := m.Config
	notifier, err := alert.New(alert.Options{DB: m.DB, SMTP: cfg.Alerts.SMTP, Webhook: cfg.Alerts.Webhook.Reveal(),
		Logger: m.Logger, Practice: cfg.Practice.Name, BaseURL: cfg.Web.BaseURL})
	if err != nil {
		return err
	}
	m.Alerts = notifier
	checker, err := newChecker(cfg)
	if err != nil {
		return err
	}
	m.Checker = checker
	sources := map[string]report.Source{}
	for id, ch := range m.Channels {
		sources[id] = ch
	}
	collector := &report.Collector{DB: m.DB, Channels: sources, Checker: checker, Logger: m.Logger, Now: m.Now}
	loc := cfg.Practice.Location()
	// The token check runs through the scheduler itself (it pauses channels
	// and raises alerts), which exists by the time cron first calls it.
	var sch *scheduler.Scheduler
	tokenCheck := scheduler.Job{Name: "token-check", Spec: cfg.Scheduler.TokenCheckSchedule,
		Run: func(ctx context.Context) error { return sch.CheckTokens(ctx) }}
	jobs := []scheduler.Job{
		{Name: "engagement", Spec: cfg.Scheduler.EngagementSchedule, Run: func(ctx context.Context) error {
			_, err := collector.Collect(ctx)
			return err
		}},
		scheduler.BackupJob(m.DB, cfg.Store.BackupDir, cfg.Store.BackupKeep),
		scheduler.SessionPruneJob(m.DB, m.Logger),
		tokenCheck,
		// Every five minutes: a doctor hears of a waiting post within one
		// notice interval (an hour at most), and of one due soon at once.
		{Name: "review-watch", Spec: "*/5 * * * *", Run: func(ctx context.Context) error {
			return notifier.CheckReviews(ctx, m.Now(), alert.ReviewWatch{WarnBefore: cfg.Alerts.ReviewWarnBefore.Duration, Location: loc})
		}},
	}
	if days := cfg.Templates.EvergreenDaysAhead; days > 0 {
		jobs = append(jobs, scheduler.Job{Name: "evergreen", Spec: "15 1 * * *", Run: func(ctx context.Context) error {
			_, err := m.Calendar.FillEvergreen(ctx, calendar.FillEvergreen{Actor: calendar.System, Days: days,
				Interval: cfg.Templates.EvergreenInterval.Duration})
			return err
		}})
	}
	sch, err = scheduler.New(scheduler.Options{
		DB: m.DB, Location: loc, Grace: cfg.Scheduler.Grace.Duration, Paused: pausedInConfig(cfg),
		Channels: m.Channels, MaxAttempts: cfg.Scheduler.MaxAttempts,
		Alerts: notifier, Registry: m.Registry, Logger: m.Logger, Now: m.Now,
		ReconcileSettle: cfg.Scheduler.ReconcileSettle.Duration,
		Blackout:        func(t time.Time) bool { return cfg.Scheduler.InBlackout(t, loc) },
		Jobs:            jobs,
	})
	if err != nil {
		return err
	}
	m.Scheduler = sch
	m.wake = sch.Wake
	m.runParts = append(m.runParts, sch.Run)
	return nil
}

// webHandler builds the web UI with /readyz and /metrics beside it.
func (m *Main) webHandler() (http.Handler, error) {
	cfg := m.Config
	checker, err := newChecker(cfg)
	if err != nil {
		return nil, err
	}
	lib, err := loadTemplates(cfg)
	if err != nil {
		return nil, err
	}
	connectors, err := buildConnectors(cfg)
	if err != nil {
		return nil, err
	}
	srv, err := web.New(web.Options{
		Calendar: m.Calendar, DB: m.DB, Checker: checker, Templates: lib, Channels: m.Channels,
		Scheduler: healthFunc(m.health), Logger: m.Logger,
		Pauser:  func() web.Pauser { return m.Scheduler }, // set by openScheduler before Run serves
		Secure:  cfg.Web.TLSCert != "" || strings.HasPrefix(cfg.Web.BaseURL, "https://"),
		BaseURL: cfg.Web.BaseURL, Practice: practiceVars(cfg),
		Connectors:     connectors, // the "connect account" flows
		SessionTTL:     time.Duration(cfg.Web.SessionHours) * time.Hour,
		TrustedProxies: cfg.Web.TrustedProxies,
	})
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	m.healthHandlers(mux)
	mux.Handle("/", srv.Handler())
	return mux, nil
}

// health is nil while the scheduler's loop is ticking.
func (m *Main) health() error {
	if m.Scheduler == nil {
		return nil
	}
	return m.Scheduler.Health()
}

type healthFunc func() error

func (f healthFunc) Health() error { return f() }
