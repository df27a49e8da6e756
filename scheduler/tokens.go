package scheduler

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/store"
)

// tokenWarning is how long before expiry a token raises an alert.
const tokenWarning = 7 * 24 * time.Hour

// TokenCheckJob verifies every channel's credentials on spec (config
// scheduler.token_check_schedule): a token expiring within 7 days raises
// token_expiring, a dead one pauses the channel and raises auth_expired.
func (s *Scheduler) TokenCheckJob(spec string) Job {
	return Job{Name: "token-check", Spec: spec, Run: s.CheckTokens}
}

// CheckTokens runs the token check once.
func (s *Scheduler) CheckTokens(ctx context.Context) error {
	ids := make([]string, 0, len(s.opt.Channels))
	for id := range s.opt.Channels {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var errs []error
	for _, id := range ids {
		if _, manual := s.opt.Channels[id].(channels.Manual); manual {
			continue
		}
		cctx, cancel := context.WithTimeout(ctx, s.opt.CallTimeout)
		acct, err := s.opt.Channels[id].Verify(cctx)
		cancel()
		log := s.log.With("channel", id)
		switch {
		case err != nil && channels.ClassOf(err) == channels.AuthExpired:
			reason := "its login expired or was revoked: " + reasonOf(err)
			if perr := s.pauseExpired(ctx, id, reason); perr != nil {
				errs = append(errs, perr)
			}
		case err != nil:
			log.Warn("token check could not reach the platform", "error", err)
			errs = append(errs, fmt.Errorf("scheduler: verify %s: %w", id, err))
		case !acct.TokenExpires.IsZero() && acct.TokenExpires.Sub(s.now()) < tokenWarning:
			left := acct.TokenExpires.Sub(s.now())
			s.raise(ctx, alert.Alert{Kind: alert.KindTokenExpiring, Channel: id,
				Message: fmt.Sprintf("The login of channel %s (%s) expires %s (in %s). Reconnect it before then or its posts will be held.",
					id, acct.Name, acct.TokenExpires.In(s.opt.Location).Format("Mon 2 Jan 2006 15:04"), left.Round(time.Hour))})
		default:
			log.Debug("token ok", "expires", acct.TokenExpires)
		}
	}
	return errors.Join(errs...)
}

// pauseExpired pauses channel, whose login expired, and raises
// auth_expired in one transaction, then hands the alert to the background
// sender. Paused in a step of its own before the alert, a process killed
// in between kept a paused channel no one was told of until the next
// check, hours later.
func (s *Scheduler) pauseExpired(ctx context.Context, channel, reason string) error {
	a := alert.Alert{Kind: alert.KindAuthExpired, Channel: channel,
		Message: fmt.Sprintf("Channel %s is paused: %s. Reconnect it in Settings.", channel, reason)}
	err := s.raiseWith(ctx, a, func(tx store.Tx) error { return s.opt.Pauser.PauseExpiredLoginIn(tx, channel, reason) })
	if err != nil {
		return fmt.Errorf("scheduler: pause %s, whose login expired: %w", channel, err)
	}
	return nil
}
