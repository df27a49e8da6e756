package scheduler

import (
	"github.com/practicepost/practicepost/store"
)

// Pauser stores, and audits, the pause of a channel whose login expired or
// was revoked; *calendar.Service is the one the daemon passes. The
// scheduler only reads pauses: every write goes through the calendar, so
// there is one code path that pauses a channel. The pause is written in
// the scheduler's transaction, the one that stores the auth_expired alert
// (and the held delivery): saved in a step of its own after it, a process
// killed in between kept an alert saying the channel is paused and a
// channel that was not, or (the token check) a pause no one was told of.
type Pauser interface {
	PauseExpiredLoginIn(tx store.Tx, channel, reason string) error
}

// paused reports whether channel is paused, in the config or in the store.
func (s *Scheduler) paused(tx store.Tx, channel string) (bool, error) {
	if s.opt.Paused[channel] {
		return true, nil
	}
	p, err := tx.ChannelPause(channel)
	return p.Paused, err
}
