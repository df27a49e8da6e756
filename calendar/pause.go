package calendar

import (
	"context"
	"strings"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// ChannelPause is the stored pause of one channel: set by an admin, or by
// the scheduler when the channel's login expired. It is a typed store
// setting; the calendar is its only writer, so every pause and resume is
// audited the same way, whoever asked for it.
type ChannelPause = store.ChannelPause

// LoginPauser is who a pause is by when the scheduler paused the channel
// because its login expired; reconnecting the account lifts such a pause,
// never one a person set.
const LoginPauser = "practicepost"

// maxPauseReason bounds the reason a person gives, which the Channels page
// and the audit log show.
const maxPauseReason = 500

// ChannelPauseRequest pauses or resumes one channel.
type ChannelPauseRequest struct {
	Actor   Actor  `json:"actor"`
	Channel string `json:"channel"`
	Reason  string `json:"reason,omitempty"` // required to pause
}

// PauseChannel stops publishing on a channel until ResumeChannel: due
// deliveries on it are held (the scheduler reads the pause before each
// claim). Only an admin pauses a channel by hand.
func (s *Service) PauseChannel(ctx context.Context, req ChannelPauseRequest) (ChannelPause, error) {
	if err := require(req.Actor, post.RoleAdmin, "pausing a channel"); err != nil {
		return ChannelPause{}, err
	}
	if err := s.knownChannel(req.Channel); err != nil {
		return ChannelPause{}, err
	}
	reason := strings.TrimSpace(req.Reason)
	if reason == "" {
		return ChannelPause{}, post.Errorf(post.EInvalid, "say why the channel is paused, so others know when to resume it")
	}
	if len(reason) > maxPauseReason {
		return ChannelPause{}, post.Errorf(post.EInvalid, "the reason is longer than %d characters", maxPauseReason)
	}
	var p ChannelPause
	err := s.db.Update(ctx, func(tx store.Tx) error {
		p = ChannelPause{Paused: true, Reason: reason, At: tx.Now(), By: req.Actor.Name}
		return putPause(tx, req.Channel, p, req.Actor.auditName())
	})
	if err != nil {
		return ChannelPause{}, err
	}
	s.log.Info("channel paused", "channel", req.Channel, "actor", req.Actor.Name)
	return p, nil
}

// ResumeChannel lifts a channel's stored pause. Deliveries held while it
// was paused stay held for a person to release.
func (s *Service) ResumeChannel(ctx context.Context, req ChannelPauseRequest) (ChannelPause, error) {
	if err := require(req.Actor, post.RoleAdmin, "resuming a channel"); err != nil {
		return ChannelPause{}, err
	}
	if err := s.knownChannel(req.Channel); err != nil {
		return ChannelPause{}, err
	}
	var p ChannelPause
	err := s.db.Update(ctx, func(tx store.Tx) error {
		p = ChannelPause{At: tx.Now(), By: req.Actor.Name}
		return putPause(tx, req.Channel, p, req.Actor.auditName())
	})
	if err != nil {
		return ChannelPause{}, err
	}
	s.log.Info("channel resumed", "channel", req.Channel, "actor", req.Actor.Name)
	s.notify(ctx)
	return p, nil
}

// PauseExpiredLogin pauses a channel whose login expired or was revoked;
// the scheduler calls it (through its own small interface) when a publish
// or the token check is refused for that reason. A channel already paused
// stays paused as it was: a person's pause must not become a login pause,
// which reconnecting would lift, and a login pause keeps when it began
// instead of gaining an audit entry at every refused call.
func (s *Service) PauseExpiredLogin(ctx context.Context, channel, reason string) error {
	return s.db.Update(ctx, func(tx store.Tx) error { return s.PauseExpiredLoginIn(tx, channel, reason) })
}

// PauseExpiredLoginIn is PauseExpiredLogin inside tx, a transaction of the
// caller's: the scheduler stores the pause with the auth_expired alert
// (and the held delivery) that tell of it, so that neither is kept
// without the other when the process is killed in between.
func (s *Service) PauseExpiredLoginIn(tx store.Tx, channel, reason string) error {
	if err := s.knownChannel(channel); err != nil {
		return err
	}
	cur, err := tx.ChannelPause(channel)
	if err != nil || cur.Paused {
		return err
	}
	return putPause(tx, channel, ChannelPause{Paused: true, Reason: reason, At: tx.Now(), By: LoginPauser}, LoginPauser)
}

// ChannelPaused reads a channel's stored pause (the zero value when none
// was ever set). The config's own paused flag is in Channel(id).Paused.
func (s *Service) ChannelPaused(ctx context.Context, channel string) (ChannelPause, error) {
	var p ChannelPause
	err := s.db.View(ctx, func(tx store.Tx) error {
		var err error
		p, err = tx.ChannelPause(channel)
		return err
	})
	return p, err
}

// liftLoginPause resumes, inside tx, a channel the scheduler paused because
// its login expired: a new token is what it was waiting for. A pause a
// person set stays. It reports whether it lifted one.
func liftLoginPause(tx store.Tx, channel string, actor Actor) (bool, error) {
	p, err := tx.ChannelPause(channel)
	if err != nil || !p.Paused || p.By != LoginPauser {
		return false, err
	}
	return true, putPause(tx, channel, ChannelPause{At: tx.Now(), By: actor.Name}, actor.auditName())
}

// putPause is the one place a channel pause is written, with its audit entry.
func putPause(tx store.Tx, channel string, p ChannelPause, auditActor string) error {
	action := "channel.resume"
	if p.Paused {
		action = "channel.pause"
	}
	// The store names the setting as the entry's subject.
	return tx.PutChannelPause(channel, p, store.Audit{Actor: nonEmpty(auditActor, LoginPauser), Action: action, Detail: p.Reason})
}

func (s *Service) knownChannel(id string) error {
	if _, ok := s.channels[id]; !ok {
		return post.Errorf(post.ENotFound, "no channel %q", id)
	}
	return nil
}
