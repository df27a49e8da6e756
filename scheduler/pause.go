package scheduler

import (
	"context"

	"github.com/practicepost/practicepost/store"
)

// Pauser stores, and audits, the pause of a channel whose login expired or
// was revoked; *calendar.Service is the one the daemon passes. The
// scheduler only reads pauses: every write goes through the calendar, so
// there is one code path that pauses a channel.
type Pauser interface {
	PauseExpiredLogin(ctx context.Context, channel, reason string) error
}

// paused reports whether channel is paused, in the config or in the store.
func (s *Scheduler) paused(tx store.Tx, channel string) (bool, error) {
	if s.opt.Paused[channel] {
		return true, nil
	}
	p, err := tx.ChannelPause(channel)
	return p.Paused, err
}
