package web

import (
	"context"
	"net/http"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

type channelsData struct {
	Channels  []channelRow
	Scheduler string // "" when healthy or not wired
	Emergency bool
}

type channelRow struct {
	Info      calendar.ChannelInfo
	Connected bool // an adapter is configured for it
	// State and Known are what the stored token and the last connect or
	// Verify say about the account.
	State     accountState
	Known     calendar.ChannelAccount
	Account   *post.Account
	VerifyErr string
	Expiring  bool // the token expires within two weeks
	// Pause is the stored pause (the config's paused flag shows in Info).
	Pause calendar.ChannelPause
	// Connectable: the config has the app credentials to connect an
	// account from here (OAuth).
	Connectable bool
}

// channelsPage lists the channels; POST .../verify fills in one's account.
func (s *Server) channelsPage(w http.ResponseWriter, r *http.Request) {
	s.showChannels(w, r, "", nil, "")
}

func (s *Server) showChannels(w http.ResponseWriter, r *http.Request, verified string, acct *post.Account, verifyErr string) {
	d := channelsData{Emergency: s.emergencyActive(r.Context())}
	if s.opt.Scheduler != nil {
		if err := s.opt.Scheduler.Health(); err != nil {
			d.Scheduler = err.Error()
		}
	}
	for _, c := range s.cal.Channels() {
		row := channelRow{Info: c, Connected: s.opt.Channels[c.ID] != nil, Connectable: s.connector(c.ID) != nil}
		state, known, err := s.account(r.Context(), c.ID)
		if err != nil {
			s.errorPage(w, r, err)
			return
		}
		row.State, row.Known = state, known
		if exp := known.Account.TokenExpires; !exp.IsZero() {
			row.Expiring = exp.Before(s.db.Now().Add(14 * 24 * time.Hour))
		}
		pause, err := s.cal.ChannelPaused(r.Context(), c.ID)
		if err != nil {
			s.errorPage(w, r, err)
			return
		}
		row.Pause = pause
		// The scheduler paused it because the login expired.
		if row.State == accountConnected && pause.Paused && pause.By == calendar.LoginPauser {
			row.State = accountReconnect
		}
		if c.ID == verified {
			row.Account, row.VerifyErr = acct, verifyErr
		}
		d.Channels = append(d.Channels, row)
	}
	s.render(w, r, http.StatusOK, "channels", "Channels", d, "")
}

// verifyChannel calls the adapter's Verify and shows whose account the
// credentials open and when they expire.
func (s *Server) verifyChannel(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	ch := s.opt.Channels[id]
	if _, ok := s.cal.Channel(id); !ok || ch == nil {
		s.errorPage(w, r, post.Errorf(post.ENotFound, "no connected channel %q", id))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 20*time.Second)
	defer cancel()
	acct, err := ch.Verify(ctx)
	if rerr := s.cal.RecordVerify(r.Context(), who(r).actor(), id, acct, err); rerr != nil {
		s.errorPage(w, r, rerr)
		return
	}
	if err != nil {
		s.log.Warn("channel verify failed", "channel", id, "error", err)
		s.showChannels(w, r, id, nil, calendar.VerifyProblem(err))
		return
	}
	s.log.Info("channel verified", "channel", id, "account", acct.Name)
	s.showChannels(w, r, id, &acct, "")
}
