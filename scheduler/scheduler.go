// Package scheduler publishes what the calendar says is due, exactly once.
//
// Whatever wakes it (a timer set to the store's next due time, Wake after a
// calendar change, a Tick from a test), it asks the store what is due, so
// posts missed while the daemon was down are found at start-up. For each due
// delivery it re-reads the post in one transaction, runs the gate (Gate),
// records the attempt as publishing and commits before calling the platform;
// a second transaction records the receipt or the failure. At start-up every
// delivery still publishing is reconciled against the platform's recent
// posts and never re-posted blindly. Failures, unknown outcomes, holds and a
// stalled loop raise alerts.
package scheduler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/store"
)

// Store is what the scheduler needs of the store: transactions (Batch for
// the claims and records many channels make at once; the claim relies on
// the contract's version check, see store.Transactor) and the images it
// sends with posts. *store.DB implements it.
type Store interface {
	store.Transactor
	ReadMedia(hash string) ([]byte, error)
}

// Options configure a Scheduler.
type Options struct {
	DB Store
	// Location is the practice timezone, for blackout days, the periodic
	// jobs and dates in alerts. Default UTC.
	Location *time.Location
	// Grace is how late a post may still go out when it sets no grace of
	// its own (config scheduler.grace). Default 30 minutes.
	Grace time.Duration
	// Paused are the channels paused in the config; a pause set at run
	// time (by a person or an expired login) is read from the store.
	Paused map[string]bool
	// Pauser stores the pause of a channel whose login expired (the
	// calendar service); required.
	Pauser Pauser
	// Wake, when set, is how a change elsewhere wakes the loop early: the
	// daemon makes one (NewWaker), gives its Wake to the calendar as
	// OnChanged, then builds the scheduler with it, so neither needs the
	// other to exist first. Nil makes the scheduler its own.
	Wake Waker
	// Channels are the adapters by channel id, built from the config.
	Channels    map[string]channels.Channel
	MaxAttempts int             // default 5
	Alerts      *alert.Notifier // may be nil in tests: alerts are then only logged
	Registry    *prometheus.Registry
	Logger      *slog.Logger
	Now         func() time.Time // injected clock; default time.Now
	Jobs        []Job            // periodic jobs run by cron in the practice timezone
	// RunJob, when set, makes every attempt at a periodic job's window:
	// several replicas sharing one database each fire every job, and
	// RunJob lets one of them run it at a time, counts failed attempts
	// across them and never runs a window that succeeded again
	// (store/postgres's DB.RunJob). Nil keeps the count in this process.
	RunJob JobRunner
	// TokenCheckSchedule, when set, adds the token check (CheckTokens) to
	// Jobs on this cron schedule (config scheduler.token_check_schedule).
	TokenCheckSchedule string
	// TakedownSchedule, when set, adds the takedown check
	// (CheckTakedowns) to Jobs on this cron schedule; the daemon runs it
	// with engagement collection (config scheduler.engagement_schedule).
	TakedownSchedule string
	// HeartbeatEvery is how often the loop proves it is alive; the watchdog
	// raises scheduler_stalled after three missed beats. Default 30 s.
	HeartbeatEvery time.Duration
	// AlertRetryEvery is how often an alert e-mail or webhook that failed
	// (the server down, a 500) is tried again, to the target that failed
	// only. Default 1 min.
	AlertRetryEvery time.Duration

	// Blackout reports whether a practice-local day is a blackout day
	// (config.Scheduler.InBlackout); nil means none.
	Blackout func(day time.Time) bool
	// ChannelInterval is the least time between two platform calls on one
	// channel once ChannelBurst calls went at once, a guard against a
	// runaway loop (platform limits are handled through RateLimited
	// errors). Default 50 ms; negative turns it off.
	ChannelInterval time.Duration
	// ChannelBurst is how many calls one channel may make back to back,
	// for posts due in the same second. Default 10.
	ChannelBurst int
	// CallTimeout bounds one platform call. Default 60 s.
	CallTimeout time.Duration
	// ShutdownGrace is how long in-flight calls may go on after Run's
	// context ends before they are abandoned (left publishing, reconciled at
	// the next start). Default 10 s.
	ShutdownGrace time.Duration
	// RetryBase is the first retry backoff, doubled per attempt with
	// jitter, capped at 15 min. Default 30 s.
	RetryBase time.Duration
	// ReconcileSettle is how long after an attempt started the platform's
	// list of recent posts is trusted to show it. An interrupted attempt
	// younger than this is looked up again later; an older one the list
	// does not show was never published and is retried. Default 2 min.
	ReconcileSettle time.Duration
	// SharedStore says other processes claim from the same store
	// (replicas on one PostgreSQL database): a delivery left publishing
	// may be another replica's call under way, which this process cannot
	// see. Such an attempt is taken for interrupted only once CallTimeout
	// (its call is over) and then ReconcileSettle (the platform lists it)
	// have passed since it began, and it counts as a crash then, not when
	// this process starts.
	SharedStore bool
	// Share, on a shared store, is this replica's place among those
	// serving from it: index 0 to count-1 (count 0 or 1: alone). A due
	// delivery that hashes to another replica's index is left to it until
	// it is SpreadGrace overdue, so replicas do not all queue for the
	// store's write lock to claim the same delivery; if that replica is
	// dead or behind, the delivery is taken all the same. Nil: no share.
	Share func(context.Context) (index, count int, err error)
	// SpreadGrace: see Share. Default 10 s.
	SpreadGrace time.Duration
	// ModerationEvery is how often a post a network is still reviewing
	// (Google's PROCESSING) is asked about again. Default 5 min.
	ModerationEvery time.Duration
}

// Scheduler is the publishing loop.
type Scheduler struct {
	opt  Options
	db   Store
	log  *slog.Logger
	now  func() time.Time
	m    *metrics
	wake Waker

	locks   map[string]*sync.Mutex // per channel: one call at a time
	pacers  map[string]*pacer
	lastBt  atomic.Int64 // unix nanos of the last heartbeat, by the real clock
	running atomic.Bool
	loops   atomic.Int64 // loop iterations that scanned the store
	q       queues
	calls   calls // platform calls under way, for Health and reconcile

	recheckMu sync.Mutex
	recheck   time.Time // when to look up interrupted attempts again; zero: none
	// sweep is when, on a shared store, to look for attempts another
	// replica left publishing and never came back to (see sweepOrphans);
	// zero: none planned.
	sweep time.Time
	// settling holds channels with an interrupted attempt too young to
	// decide, until when: nothing new goes out on them meanwhile, so the
	// account's list stays short enough to show whether it arrived.
	settling map[string]time.Time

	share shareCache // Options.Share's last answer

	jobs     localJobs     // attempts at periodic jobs when Options.RunJob is nil
	jobRetry time.Duration // tests: the wait between tries of a job's window; 0: jobRetryDelay's rule
}

// New checks the options and returns a Scheduler; Run starts it.
func New(opt Options) (*Scheduler, error) {
	var errs []error
	if opt.DB == nil {
		errs = append(errs, errors.New("no store"))
	}
	if opt.Pauser == nil {
		errs = append(errs, errors.New("no pauser to store the pause of a channel whose login expired"))
	}
	for _, j := range opt.Jobs {
		if err := j.validate(); err != nil {
			errs = append(errs, err)
		}
	}
	for name, spec := range map[string]string{"token-check": opt.TokenCheckSchedule, "takedown-check": opt.TakedownSchedule} {
		if _, err := cronParser.Parse(spec); spec != "" && err != nil {
			errs = append(errs, fmt.Errorf("job %s: schedule %q is not a cron expression: %w", name, spec, err))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("scheduler: %w", err)
	}
	if opt.Location == nil {
		opt.Location = time.UTC
	}
	if opt.Grace == 0 {
		opt.Grace = 30 * time.Minute
	}
	if opt.SpreadGrace <= 0 {
		opt.SpreadGrace = 10 * time.Second
	}
	if opt.MaxAttempts <= 0 {
		opt.MaxAttempts = 5
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.HeartbeatEvery <= 0 {
		opt.HeartbeatEvery = 30 * time.Second
	}
	if opt.AlertRetryEvery <= 0 {
		opt.AlertRetryEvery = time.Minute
	}
	if opt.ChannelInterval == 0 {
		opt.ChannelInterval = 50 * time.Millisecond
	}
	if opt.ChannelBurst <= 0 {
		opt.ChannelBurst = 10
	}
	if opt.CallTimeout <= 0 {
		opt.CallTimeout = 60 * time.Second
	}
	if opt.ShutdownGrace <= 0 {
		opt.ShutdownGrace = 10 * time.Second
	}
	if opt.RetryBase <= 0 {
		opt.RetryBase = 30 * time.Second
	}
	if opt.ReconcileSettle <= 0 {
		opt.ReconcileSettle = 2 * time.Minute
	}
	if opt.ModerationEvery <= 0 {
		opt.ModerationEvery = 5 * time.Minute
	}
	if opt.Wake == nil {
		opt.Wake = NewWaker()
	}
	m, err := newMetrics(opt.Registry)
	if err != nil {
		return nil, err
	}
	s := &Scheduler{opt: opt, db: opt.DB, log: opt.Logger, now: opt.Now, m: m,
		wake: opt.Wake, locks: map[string]*sync.Mutex{}, pacers: map[string]*pacer{},
		q: queues{pending: map[string][]work{}, running: map[string]bool{}, inflight: map[string]bool{}}}
	if opt.TokenCheckSchedule != "" {
		s.opt.Jobs = append(slices.Clip(s.opt.Jobs), s.TokenCheckJob(opt.TokenCheckSchedule))
	}
	if opt.TakedownSchedule != "" {
		s.opt.Jobs = append(slices.Clip(s.opt.Jobs), s.TakedownJob(opt.TakedownSchedule))
	}
	for id := range opt.Channels {
		s.locks[id] = &sync.Mutex{}
		s.pacers[id] = newPacer(opt.ChannelInterval, opt.ChannelBurst)
	}
	return s, nil
}

// Waker carries wake-ups to the loop: at most one is pending, and sending
// never blocks.
type Waker chan struct{}

// NewWaker returns a Waker for Options.Wake.
func NewWaker() Waker { return make(Waker, 1) }

// Wake tells the loop the calendar changed, so it recomputes the next due
// time. Its signature is calendar Options.OnChanged's.
func (w Waker) Wake(context.Context) {
	select {
	case w <- struct{}{}:
	default: // a wake-up is already pending
	}
}

// Wake tells the loop the calendar changed, so it recomputes the next due
// time. It never blocks.
func (s *Scheduler) Wake() { s.wake.Wake(context.Background()) }

// Health returns nil while the loop is running and has beaten within three
// heartbeats; for /healthz.
func (s *Scheduler) Health() error {
	if !s.running.Load() {
		return errors.New("scheduler: not running")
	}
	if age := s.sinceBeat(); age > 3*s.opt.HeartbeatEvery {
		return fmt.Errorf("scheduler: no heartbeat for %s", age.Round(time.Second))
	}
	// A call that ignored its timeout was let go by its worker, so the
	// loop still beats: name it, or /healthz says ok over a hung channel.
	if c, ok := s.calls.overdue(s.opt.CallTimeout); ok {
		return fmt.Errorf("scheduler: a call to channel %s has not returned for %s (timeout %s)", c.channel, time.Since(c.started).Round(time.Second), s.opt.CallTimeout)
	}
	return nil
}

// Iterations counts loop iterations that scanned the store for due posts,
// to show that an idle scheduler sleeps.
func (s *Scheduler) Iterations() int64 { return s.loops.Load() }

func (s *Scheduler) beat() { s.lastBt.Store(time.Now().UnixNano()) }

func (s *Scheduler) sinceBeat() time.Duration {
	return time.Since(time.Unix(0, s.lastBt.Load()))
}

// raise stores a in a transaction of its own and hands it to the
// Notifier's background sender, or only logs it without a Notifier. It is
// for alerts about no stored state (a stalled loop, a token's expiry,
// which the next check finds again); an alert about a state the scheduler
// saves goes in that state's transaction (raiseIn, or raiseWith).
func (s *Scheduler) raise(ctx context.Context, a alert.Alert) {
	if err := s.raiseWith(ctx, a, nil); err != nil {
		s.log.Error("alert not stored", "kind", a.Kind, "post_id", a.PostID, "channel", a.Channel, "error", err)
	}
}

// raiseWith stores a, with what also (when not nil) saves in the same
// transaction, then hands a to the background sender (notify). Sent
// inline, as Notifier.Raise does, a webhook or mail server that hangs
// held the periodic check that raised it (the token check, the watchdog)
// for the send's timeout per alert. a is stored marked unsent, so a
// process that ends before the sender reaches it sends it at its next
// start.
func (s *Scheduler) raiseWith(ctx context.Context, a alert.Alert, also func(store.Tx) error) error {
	if s.opt.Alerts == nil && also == nil {
		s.notify(ctx, a, nil)
		return nil
	}
	var stored *alert.Alert
	err := s.db.Update(context.WithoutCancel(ctx), func(tx store.Tx) error {
		if also != nil {
			if err := also(tx); err != nil {
				return err
			}
		}
		var err error
		stored, err = s.raiseIn(tx, a)
		return err
	})
	if err != nil {
		return err
	}
	s.notify(ctx, a, stored)
	return nil
}

// graceOf is how late p may still go out.
func (s *Scheduler) graceOf(grace time.Duration) time.Duration {
	if grace > 0 {
		return grace
	}
	return s.opt.Grace
}

// raiseIn stores a in tx, the transaction that saves the state a is about
// (a held or failed delivery, a task for staff, a takedown). Raised in a
// transaction of its own after that one committed, the alert was lost when
// the process was killed in between or its write failed, and nothing
// raises it again once the state is saved. It returns a as stored, for
// notify once tx has committed: nil without a Notifier or when an alert
// like it is still open. tx may be retried (Batch): the result of the last
// run is the one that counts.
func (s *Scheduler) raiseIn(tx store.Tx, a alert.Alert) (*alert.Alert, error) {
	if s.opt.Alerts == nil {
		return nil, nil
	}
	stored, err := s.opt.Alerts.RaiseIn(tx, &a)
	if err != nil || !stored {
		return nil, err
	}
	return &a, nil
}

// sendUnsentAlerts sends the alerts stored before start and never sent:
// the process that stored them was killed before sending them (or a send
// failed). Run does it at start; an alert may so go out twice, never lost.
func (s *Scheduler) sendUnsentAlerts(ctx context.Context, start time.Time) {
	if s.opt.Alerts == nil {
		return
	}
	n, err := s.opt.Alerts.SendUnsent(ctx, start)
	switch {
	case err != nil && ctx.Err() == nil:
		s.log.Error("alerts left unsent by an earlier run not sent", "error", err)
	case n > 0:
		s.log.Warn("sent alerts an earlier run stored but did not send", "count", n)
	}
}

// retryFailedAlerts tries again, every AlertRetryEvery until ctx ends,
// the alert e-mails and webhooks that failed in this process: a webhook
// that answered 500 once must not wait for the next restart.
func (s *Scheduler) retryFailedAlerts(ctx context.Context) {
	if s.opt.Alerts == nil {
		return
	}
	tick := time.NewTicker(s.opt.AlertRetryEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		n, err := s.opt.Alerts.RetryFailed(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			s.log.Error("failed alerts not tried again", "error", err)
		case n > 0:
			s.log.Info("sent alerts whose first send failed", "count", n)
		}
	}
}

// notify counts a, raised in a transaction that has committed, and sends
// stored (what raiseIn returned) by mail and webhook; without a Notifier a
// is only logged.
func (s *Scheduler) notify(ctx context.Context, a alert.Alert, stored *alert.Alert) {
	s.m.alerts.WithLabelValues(a.Kind).Inc()
	switch {
	case s.opt.Alerts == nil:
		s.log.Warn("alert", "kind", a.Kind, "post_id", a.PostID, "channel", a.Channel, "message", a.Message)
	case stored != nil:
		s.opt.Alerts.Notify(context.WithoutCancel(ctx), *stored)
	}
}
