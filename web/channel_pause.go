package web

import (
	"context"
	"net/http"
	"strings"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/scheduler"
)

// Pauser is the scheduler's per-channel switch; *scheduler.Scheduler is
// one. The scheduler stores the pause and checks it before every publish,
// and it audits each change.
type Pauser interface {
	PauseChannel(ctx context.Context, channel, reason, by string) error
	ResumeChannel(ctx context.Context, channel, by string) error
	ChannelPaused(ctx context.Context, channel string) (scheduler.ChannelPause, error)
}

// pauser returns the scheduler's switch, or nil when none is wired (the
// daemon builds the web UI before the scheduler, so it is looked up late).
func (s *Server) pauser() Pauser {
	if s.opt.Pauser == nil {
		return nil
	}
	return s.opt.Pauser()
}

// pauseChannel stops publishing on one channel until an admin resumes it.
func (s *Server) pauseChannel(w http.ResponseWriter, r *http.Request) {
	id, p, ok := s.pauseTarget(w, r)
	if !ok {
		return
	}
	reason := strings.TrimSpace(r.PostFormValue("reason"))
	if reason == "" {
		s.errorPage(w, r, post.Errorf(post.EInvalid, "say why the channel is paused, so others know when to resume it"))
		return
	}
	if len(reason) > 500 {
		s.errorPage(w, r, post.Errorf(post.EInvalid, "the reason is longer than 500 characters"))
		return
	}
	if err := p.PauseChannel(r.Context(), id, reason, who(r).User.Name); err != nil {
		s.errorPage(w, r, err)
		return
	}
	s.log.Info("channel paused", "channel", id, "user", who(r).User.Name)
	redirectDone(w, r, "/channels", "paused")
}

// resumeChannel lifts a stored pause. Posts held while it was paused stay
// held for a person to release, as the scheduler documents.
func (s *Server) resumeChannel(w http.ResponseWriter, r *http.Request) {
	id, p, ok := s.pauseTarget(w, r)
	if !ok {
		return
	}
	if err := p.ResumeChannel(r.Context(), id, who(r).User.Name); err != nil {
		s.errorPage(w, r, err)
		return
	}
	s.log.Info("channel resumed", "channel", id, "user", who(r).User.Name)
	redirectDone(w, r, "/channels", "unpaused")
}

// pauseTarget checks the channel exists and a scheduler is wired.
func (s *Server) pauseTarget(w http.ResponseWriter, r *http.Request) (string, Pauser, bool) {
	id := r.PathValue("id")
	if _, ok := s.cal.Channel(id); !ok {
		s.errorPage(w, r, post.Errorf(post.ENotFound, "no channel %q", id))
		return "", nil, false
	}
	p := s.pauser()
	if p == nil {
		s.errorPage(w, r, post.Errorf(post.EConflict, "the scheduler is not running, so channels cannot be paused here"))
		return "", nil, false
	}
	return id, p, true
}
