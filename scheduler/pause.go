package scheduler

import (
	"context"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// ChannelPause is the stored pause of one channel, set when its token
// expired and cleared when a person reconnects it.
type ChannelPause = store.ChannelPause

// LoginPauser is who a pause is by when the scheduler paused the channel
// itself because its login expired; reconnecting the account lifts it.
const LoginPauser = "practicepost"

// paused reports whether channel is paused, in the config or in the store.
func (s *Scheduler) paused(tx store.Tx, channel string) (bool, error) {
	if s.opt.Paused[channel] {
		return true, nil
	}
	p, err := tx.ChannelPause(channel)
	return p.Paused, err
}

// PauseChannel stops publishing on channel until ResumeChannel; the
// scheduler calls it when a token expired.
func (s *Scheduler) PauseChannel(ctx context.Context, channel, reason, by string) error {
	return s.db.Update(ctx, func(tx store.Tx) error {
		return setPause(tx, channel, ChannelPause{Paused: true, Reason: reason, At: tx.Now(), By: by})
	})
}

// ResumeChannel lifts a stored pause (after the channel was reconnected).
// Deliveries held while it was paused stay held for a person to release.
func (s *Scheduler) ResumeChannel(ctx context.Context, channel, by string) error {
	if by == "" {
		return post.Errorf(post.EInvalid, "say who resumes the channel")
	}
	err := s.db.Update(ctx, func(tx store.Tx) error {
		return setPause(tx, channel, ChannelPause{At: tx.Now(), By: by})
	})
	s.Wake()
	return err
}

// ChannelPaused returns the stored pause of channel.
func (s *Scheduler) ChannelPaused(ctx context.Context, channel string) (ChannelPause, error) {
	return StoredPause(ctx, s.db, channel)
}

// Reader reads the store. *store.DB implements it.
type Reader interface {
	View(ctx context.Context, fn func(store.Tx) error) error
}

// StoredPause reads a channel's stored pause (set from the web UI or by an
// expired login) without a running scheduler, for the CLI.
func StoredPause(ctx context.Context, db Reader, channel string) (ChannelPause, error) {
	var p ChannelPause
	err := db.View(ctx, func(tx store.Tx) error {
		var err error
		p, err = tx.ChannelPause(channel)
		return err
	})
	return p, err
}

func setPause(tx store.Tx, channel string, p ChannelPause) error {
	action := "channel.resume"
	if p.Paused {
		action = "channel.pause"
	}
	return tx.PutChannelPause(channel, p, store.Audit{Actor: nonEmpty(p.By, "practicepost"), Action: action, Subject: "channel:" + channel, Detail: p.Reason})
}

func nonEmpty(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
