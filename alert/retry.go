package alert

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// target is a place an alert is sent to; a set of them is or-ed.
type target uint8

const (
	toMail target = 1 << iota
	toHook
)

// targets is the set of configured targets.
func (n *Notifier) targets() target {
	var t target
	if n.smtp.Host != "" {
		t |= toMail
	}
	if n.hook != "" {
		t |= toHook
	}
	return t
}

// pendingSend is an alert and the targets it is still to go to.
type pendingSend struct {
	alert Alert
	to    target
}

// settle records the outcome of sending a: failed are the targets that
// did not take it. Once none is left, a's unsent mark is cleared;
// otherwise a waits for RetryFailed, for those targets only (the one that
// took it is not sent it again).
func (n *Notifier) settle(ctx context.Context, a Alert, failed target) {
	n.mu.Lock()
	if failed == 0 {
		delete(n.failed, a.ID)
	} else {
		if n.failed == nil {
			n.failed = map[post.ID]pendingSend{}
		}
		n.failed[a.ID] = pendingSend{alert: a, to: failed}
	}
	n.mu.Unlock()
	if failed == 0 && a.Unsent {
		n.markSent(ctx, a)
	}
}

// sendEach sends each pending alert (in order) to its targets and returns
// how many every target took. A target that fails is not tried again in
// the same pass: it is down, and a thousand alerts must not wait out a
// thousand timeouts (nor log a thousand errors); the alerts it did not
// take wait for the next RetryFailed. A send stops when ctx ends (the
// daemon shutting down): the alert stays unsent, for the next start.
func (n *Notifier) sendEach(ctx context.Context, pending []pendingSend) int {
	var down target
	sent := 0
	for _, p := range pending {
		if ctx.Err() != nil {
			break
		}
		failed := p.to & down
		if to := p.to &^ down; to != 0 {
			f := n.send(ctx, p.alert, to)
			down |= f
			failed |= f
		}
		n.settle(ctx, p.alert, failed)
		if failed == 0 {
			sent++
		}
	}
	return sent
}

// RetryFailed sends again, oldest first, the alerts a target did not take
// in this process (a webhook that answered 500, a mail server that dropped
// the connection), to that target only. The daemon runs it every few
// minutes: without it a failed send waited for the next restart, which
// may be weeks away. An alert acknowledged meanwhile is only marked sent.
// It returns how many it sent; the error is about reading the store.
func (n *Notifier) RetryFailed(ctx context.Context) (int, error) {
	n.mu.Lock()
	pending := make([]pendingSend, 0, len(n.failed))
	for _, p := range n.failed {
		pending = append(pending, p)
	}
	n.mu.Unlock()
	if len(pending) == 0 {
		return 0, nil
	}
	unsent, err := n.unsentAlerts(ctx)
	if err != nil {
		return 0, fmt.Errorf("alert: alerts to send again: %w", err)
	}
	stored := make(map[post.ID]store.Alert, len(unsent))
	for _, a := range unsent {
		stored[a.ID] = a
	}
	retry := pending[:0]
	for _, p := range pending {
		a, ok := stored[p.alert.ID]
		switch {
		case !ok || !a.Unsent: // gone, or sent (by another replica, say)
			n.forget(p.alert)
		case a.Acknowledged:
			n.forget(p.alert)
			n.markSent(ctx, a)
		default:
			retry = append(retry, p)
		}
	}
	slices.SortFunc(retry, func(x, y pendingSend) int {
		return cmp.Or(x.alert.At.Compare(y.alert.At), cmp.Compare(x.alert.ID, y.alert.ID))
	})
	return n.sendEach(ctx, retry), ctx.Err()
}

// forget drops a from the alerts waiting for RetryFailed.
func (n *Notifier) forget(a Alert) {
	n.mu.Lock()
	defer n.mu.Unlock()
	delete(n.failed, a.ID)
}
