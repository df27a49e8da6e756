// Package alert raises the things a person must see: failed and unknown
// publishes, held posts, expiring tokens, a stalled scheduler, manual posting
// tasks. An alert is stored first (the web UI lists it) and then sent by
// e-mail and/or a webhook; a send failure is logged and never loses the
// stored alert. The same kind of alert about the same post and channel is not
// raised twice while the first is still open.
//
// Sending is at least once: an alert is stored marked unsent, in the same
// transaction, and the mark is cleared once every configured target took
// it. A send that failed is tried again by RetryFailed, which the daemon
// runs every minute, to the failed target only. A process killed between
// the two (or before a failed send went out) leaves the mark, and
// SendUnsent, run at the next start, sends it then. An alert may
// so be sent twice (killed after sending, before clearing the mark), never
// lost.
package alert

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// Alert is one stored alert; the store owns the record so the web UI can
// list alerts without importing this package.
type Alert = store.Alert

// Alert kinds.
const (
	KindPublishFailed    = "publish_failed"
	KindOutcomeUnknown   = "outcome_unknown"
	KindHeld             = "held"
	KindTokenExpiring    = "token_expiring"
	KindAuthExpired      = "auth_expired"
	KindSchedulerStalled = "scheduler_stalled"
	KindManualTask       = "manual_task"
	KindReviewWaiting    = "review_waiting" // posts wait for a doctor (batched, at most one an hour)
	KindReviewOverdue    = "review_overdue" // a post due soon still waits for a doctor
	KindTakenDown        = "taken_down"     // a network removed a post after it was published
	// KindUnsentSummary stands for the older alerts a start found unsent
	// beyond Options.ResendAtStart: one message instead of one each.
	KindUnsentSummary = "unsent_summary"
)

// Kinds lists every kind, for filters and tests.
var Kinds = []string{KindPublishFailed, KindOutcomeUnknown, KindHeld, KindTokenExpiring,
	KindAuthExpired, KindSchedulerStalled, KindManualTask, KindReviewWaiting, KindReviewOverdue, KindTakenDown, KindUnsentSummary}

// Severities.
const (
	SeverityCritical = "critical" // something may be public that should not be, or nothing can publish
	SeverityWarning  = "warning"  // a post did not go out as planned
	SeverityInfo     = "info"     // a task for staff
)

// defaultSeverity is used when Raise is given none.
var defaultSeverity = map[string]string{
	KindPublishFailed:    SeverityWarning,
	KindOutcomeUnknown:   SeverityCritical,
	KindHeld:             SeverityWarning,
	KindTokenExpiring:    SeverityWarning,
	KindAuthExpired:      SeverityCritical,
	KindSchedulerStalled: SeverityCritical,
	KindManualTask:       SeverityInfo,
	KindReviewWaiting:    SeverityInfo,
	KindReviewOverdue:    SeverityWarning,
	KindTakenDown:        SeverityWarning,
	KindUnsentSummary:    SeverityWarning,
}

// sendTimeout bounds one e-mail or webhook delivery, so a dead mail server
// cannot hold up the scheduler that raised the alert.
const sendTimeout = 10 * time.Second

// Store is what the notifier needs of the store: a transaction to raise
// an alert in, the alerts raised before, and those still to be sent (read
// through the store's unsent index: the resend at start and the retry
// pass must not read every alert ever stored). *store.DB implements it.
type Store interface {
	Update(ctx context.Context, fn func(store.Tx) error) error
	View(ctx context.Context, fn func(store.Tx) error) error
	Alerts(ctx context.Context, onlyOpen bool) ([]store.Alert, error)
	UnsentAlerts(ctx context.Context) ([]store.Alert, error)
}

// Options configure a Notifier.
type Options struct {
	DB Store
	// SMTP is the mail server; an empty Host turns mail off.
	SMTP config.SMTP
	// Webhook gets a JSON POST per alert; empty turns it off.
	Webhook    string
	Logger     *slog.Logger
	HTTPClient *http.Client // default: a client with a 10 s timeout
	// Practice names the practice in mail subjects.
	Practice string
	// BaseURL is the web UI's public address (config web.base_url): an
	// alert about a post links to the post's page there, which holds what
	// the alert must not (the text, a manual channel's instructions).
	BaseURL string
	// ResendAtStart is how many alerts left unsent by an earlier run
	// SendUnsent sends one by one (the newest); the older ones it marks
	// sent with one summary alert that counts them, so a start after a
	// long mail outage does not send thousands of e-mails (config
	// alerts.resend_at_start). Default DefaultResendAtStart.
	ResendAtStart int
}

// DefaultResendAtStart is Options.ResendAtStart's default.
const DefaultResendAtStart = 20

// Notifier stores and sends alerts.
type Notifier struct {
	db   Store
	smtp config.SMTP
	hook string
	log  *slog.Logger
	http *http.Client
	name string
	base string
	// resendMax is Options.ResendAtStart.
	resendMax int

	mu sync.Mutex
	// failed are the alerts a target did not take, with those targets,
	// for RetryFailed; by alert id.
	failed map[post.ID]pendingSend
	// queued are the alerts Notify handed over and sendQueued has not
	// taken yet; sending says a sendQueued runs.
	queued  []Alert
	sending bool
}

// New returns a Notifier over the store.
func New(opt Options) (*Notifier, error) {
	if opt.DB == nil {
		return nil, fmt.Errorf("alert: no store")
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.HTTPClient == nil {
		opt.HTTPClient = &http.Client{Timeout: sendTimeout}
	}
	// A redirect is not followed: after a 301, 302 or 303 the client would
	// GET the new address without the alert and count its 200 as sent, and
	// after a 307 or 308 post the alert to an address nobody configured.
	// A copy, so the caller's client keeps its own policy.
	hc := *opt.HTTPClient
	hc.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	opt.HTTPClient = &hc
	if opt.SMTP.Host != "" {
		if opt.SMTP.Port == 0 {
			opt.SMTP.Port = 587
		}
		if opt.SMTP.From == "" || len(opt.SMTP.To) == 0 {
			return nil, fmt.Errorf("alert: mail needs a from address and at least one to address")
		}
	}
	if opt.ResendAtStart < 0 {
		return nil, fmt.Errorf("alert: resend at start is %d; want 1 or more (0: the default, %d)", opt.ResendAtStart, DefaultResendAtStart)
	}
	if opt.ResendAtStart == 0 {
		opt.ResendAtStart = DefaultResendAtStart
	}
	return &Notifier{db: opt.DB, smtp: opt.SMTP, hook: opt.Webhook, log: opt.Logger,
		http: opt.HTTPClient, name: opt.Practice, base: strings.TrimRight(opt.BaseURL, "/"), resendMax: opt.ResendAtStart}, nil
}

// PostLink is the address of the post page an alert about a post points
// to: absolute under BaseURL, or the web UI's path without one. Empty for an
// alert about no post.
func (n *Notifier) PostLink(a Alert) string {
	if a.PostID == "" {
		return ""
	}
	return n.base + "/posts/" + url.PathEscape(string(a.PostID))
}

// Raise stores a and sends it. It reports whether a was new: an open alert
// of the same kind about the same post and channel swallows it. The error is
// only about storing; send failures are logged.
func (n *Notifier) Raise(ctx context.Context, a Alert) (bool, error) {
	stored, err := n.store(ctx, &a, n.sends())
	if err != nil || !stored {
		return false, err
	}
	n.deliver(ctx, a)
	return true, nil
}

// RaiseIn stores a in tx, the transaction that records what a is about,
// so that a process killed in between cannot keep the one without the
// other; it reports whether a was new (no alert of its kind about the
// same post and channel is open). Once tx has committed, Notify sends a.
// a is stored marked unsent when mail or a webhook is configured, so a
// process killed before Notify sends it at its next start (SendUnsent).
func (n *Notifier) RaiseIn(tx store.Tx, a *Alert) (bool, error) {
	return n.putIn(tx, a, n.sends())
}

// putIn stores a in tx, marked unsent or not.
func (n *Notifier) putIn(tx store.Tx, a *Alert, unsent bool) (bool, error) {
	if a.Severity == "" {
		a.Severity = defaultSeverity[a.Kind]
	}
	a.Unsent = unsent
	return tx.PutAlert(a)
}

// Notify logs an alert RaiseIn stored, once its transaction committed,
// and hands it to a sender in the background; it does not wait for the
// send. The scheduler calls it on the publishing path: sent inline, a
// webhook or mail server that hangs held each alert there for the send's
// timeout, and a good post queued behind a few dozen held ones in the
// same slot missed its grace window. The alert is stored marked unsent,
// so a process that ends before the sender reaches it sends it at its
// next start (SendUnsent): at least once still holds.
func (n *Notifier) Notify(ctx context.Context, a Alert) {
	n.logStored(a)
	if !a.Unsent {
		return // no target configured: nothing to send
	}
	n.mu.Lock()
	n.queued = append(n.queued, a)
	start := !n.sending
	n.sending = true
	n.mu.Unlock()
	if start {
		// The send goes on if ctx ends, as it did inline: the alert was
		// stored just now.
		go n.sendQueued(context.WithoutCancel(ctx))
	}
}

// sendQueued sends what Notify queued, oldest first, until the queue is
// empty; one runs at a time. A target that fails is tried at most once
// a pass (sendEach), and what it did not take waits for RetryFailed.
func (n *Notifier) sendQueued(ctx context.Context) {
	for {
		n.mu.Lock()
		batch := n.queued
		n.queued = nil
		if len(batch) == 0 {
			n.sending = false
			n.mu.Unlock()
			return
		}
		n.mu.Unlock()
		pending := make([]pendingSend, len(batch))
		for i, a := range batch {
			pending[i] = pendingSend{alert: a, to: n.targets()}
		}
		n.sendEach(ctx, pending)
	}
}

// SendUnsent sends the alerts stored before the given time and still
// marked unsent: the process that stored them was killed before it sent
// them, or a send failed. The daemon runs it at start. An acknowledged one
// is only marked sent: a person has seen it already. Of the rest, the
// newest Options.ResendAtStart are sent one by one; the older ones are
// marked sent with one summary alert (KindUnsentSummary) that counts
// them, stored in the same transaction and sent first. What a target did
// not take is kept for RetryFailed. It returns how many it sent; the error
// is about reading the store.
func (n *Notifier) SendUnsent(ctx context.Context, before time.Time) (int, error) {
	unsent, err := n.unsentAlerts(ctx)
	if err != nil {
		return 0, fmt.Errorf("alert: unsent alerts: %w", err)
	}
	var (
		pending []pendingSend
		seen    []Alert
	)
	for _, a := range unsent { // oldest first
		if !a.At.Before(before) {
			continue
		}
		if a.Acknowledged {
			seen = append(seen, a)
			continue
		}
		pending = append(pending, pendingSend{alert: a, to: n.targets()})
	}
	n.markAllSent(ctx, seen)
	if over := len(pending) - n.resendMax; over > 0 {
		older := make([]Alert, over)
		for i, p := range pending[:over] {
			older[i] = p.alert
		}
		pending = pending[over:]
		if sum, ok := n.summarize(ctx, older, len(pending)); ok {
			pending = append([]pendingSend{{alert: sum, to: n.targets()}}, pending...)
		}
	}
	for _, p := range pending {
		n.log.Info("sending an alert stored but not sent before a restart", "alert_id", p.alert.ID, "kind", p.alert.Kind)
	}
	return n.sendEach(ctx, pending), ctx.Err()
}

// summarize stores one alert that stands for older, the alerts a start
// found unsent beyond the cap, and marks them sent, in one transaction:
// killed in between, neither or both are kept, and the summary, stored
// unsent, goes out at the next start. newest is how many this start sends
// one by one. It reports false, and leaves older unsent for a later
// start, when the summary could not be stored (one is still open, or the
// store failed): bounded, and nothing lost.
func (n *Notifier) summarize(ctx context.Context, older []Alert, newest int) (Alert, bool) {
	sum := Alert{Kind: KindUnsentSummary, Severity: SeverityWarning, Message: summaryMessage(older, newest)}
	for _, a := range older {
		if a.Severity == SeverityCritical {
			sum.Severity = SeverityCritical
		}
	}
	var stored bool
	err := n.db.Update(context.WithoutCancel(ctx), func(tx store.Tx) error {
		var err error
		if stored, err = n.putIn(tx, &sum, n.sends()); err != nil || !stored {
			return err
		}
		return allSent(tx, older)
	})
	switch {
	case err != nil:
		n.log.Error("older unsent alerts not summarized; they wait for a later start", "count", len(older), "error", err)
		return Alert{}, false
	case !stored:
		// The last start's summary is still open (or another replica's
		// of this start): a new one cannot be stored beside it.
		n.log.Warn("older unsent alerts wait for a later start: the last summary of unsent alerts is still open", "count", len(older))
		return Alert{}, false
	}
	n.logStored(sum)
	return sum, true
}

// allSent clears the unsent mark of alerts in tx.
func allSent(tx store.Tx, alerts []Alert) error {
	for _, a := range alerts {
		if err := tx.AlertSent(a.ID); err != nil {
			return err
		}
	}
	return nil
}

// summaryMessage says how many alerts a summary stands for, of which
// kinds and from when: counts and kinds only, never an alert's text.
func summaryMessage(older []Alert, newest int) string {
	kinds := map[string]int{}
	for _, a := range older {
		kinds[a.Kind]++
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(kinds)) {
		parts = append(parts, fmt.Sprintf("%d %s", kinds[k], k))
	}
	return fmt.Sprintf("%d older alerts raised from %s to %s were never sent (practicepost stopped, or mail and the webhook failed) and are not sent one by one now: %s. "+
		"They are listed on the Alerts page; the newest %d are sent one by one.",
		len(older), older[0].At.UTC().Format(time.RFC3339), older[len(older)-1].At.UTC().Format(time.RFC3339), strings.Join(parts, ", "), newest)
}

// markAllSent clears the unsent mark of alerts in one transaction (an
// acknowledged one needs no send: a person has seen it). Not cleared, they
// are looked at again at the next start.
func (n *Notifier) markAllSent(ctx context.Context, alerts []Alert) {
	if len(alerts) == 0 {
		return
	}
	err := n.db.Update(context.WithoutCancel(ctx), func(tx store.Tx) error { return allSent(tx, alerts) })
	if err != nil {
		n.log.Error("acknowledged alerts not marked sent; they are looked at again at the next start", "count", len(alerts), "error", err)
	}
}

// unsentAlerts lists the alerts still marked unsent, oldest first. A
// record the store cannot read (a corrupt one) is logged, by key only,
// and left out: one bad record must not keep the other alerts from being
// sent.
func (n *Notifier) unsentAlerts(ctx context.Context) ([]Alert, error) {
	all, err := n.db.UnsentAlerts(ctx)
	if bad, ok := errors.AsType[*store.UnreadableError](err); ok {
		n.log.Error("alert records not readable, skipped; the others are sent", "alert_ids", bad.Keys, "error", bad.Err)
		return all, nil
	}
	return all, err
}

// sends says whether any target (mail, webhook) is configured.
func (n *Notifier) sends() bool { return n.targets() != 0 }

// deliver sends a to every target; once every one took it, its unsent
// mark is cleared, and what one did not take is kept for RetryFailed.
// The send goes on if ctx ends: the caller stored a just now and is
// finishing its work.
func (n *Notifier) deliver(ctx context.Context, a Alert) {
	n.settle(ctx, a, n.send(context.WithoutCancel(ctx), a, n.targets()))
}

// markSent clears a's unsent mark. Not cleared, a is sent again at the
// next start: twice, never lost.
func (n *Notifier) markSent(ctx context.Context, a Alert) {
	err := n.db.Update(context.WithoutCancel(ctx), func(tx store.Tx) error { return tx.AlertSent(a.ID) })
	if err != nil {
		n.log.Error("alert sent but not marked sent; it is sent again at the next start", "alert_id", a.ID, "kind", a.Kind, "error", err)
	}
}

// store keeps a in a transaction of its own, reporting whether it was new.
func (n *Notifier) store(ctx context.Context, a *Alert, unsent bool) (bool, error) {
	var stored bool
	err := n.db.Update(ctx, func(tx store.Tx) error {
		var err error
		stored, err = n.putIn(tx, a, unsent)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("alert: store: %w", err)
	}
	if !stored {
		n.log.Debug("alert already open", "kind", a.Kind, "post_id", a.PostID, "channel", a.Channel)
		return false, nil
	}
	n.logStored(*a)
	return true, nil
}

// logStored says that a was stored.
func (n *Notifier) logStored(a Alert) {
	n.log.Warn("alert", "alert_id", a.ID, "kind", a.Kind, "post_id", a.PostID, "channel", a.Channel, "severity", a.Severity, "message", a.Message)
}

// send delivers a to the targets in to, through the practice-wide
// settings: the configured mail addresses and the webhook. It returns the
// targets that did not take it. It stops when ctx ends: callers that must
// finish pass one that does not.
func (n *Notifier) send(ctx context.Context, a Alert, to target) (failed target) {
	log := n.log.With("alert_id", a.ID, "kind", a.Kind)
	sendCtx, cancel := context.WithTimeout(ctx, sendTimeout)
	defer cancel()
	if to&toMail != 0 && n.smtp.Host != "" {
		if err := n.mail(sendCtx, n.smtp.To, n.message(a)); err != nil {
			log.Error("alert e-mail not sent", "error", err)
			failed |= toMail
		}
	}
	if to&toHook != 0 && n.hook != "" {
		if err := n.webhook(sendCtx, a); err != nil {
			log.Error("alert webhook not sent", "error", err)
			failed |= toHook
		}
	}
	return failed
}
