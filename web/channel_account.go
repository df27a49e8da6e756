package web

import (
	"context"

	"github.com/practicepost/practicepost/calendar"
)

// accountState is what the Channels page says about a channel's account.
type accountState int

const (
	accountNone         accountState = iota // the network has no account (preview, manual)
	accountNotConnected                     // no token anywhere
	accountConnected
	accountReconnect // the token expired, or the last Verify says the login is gone
)

// The page's tests of the state.
func (a accountState) NotConnected() bool { return a == accountNotConnected }
func (a accountState) Connected() bool    { return a == accountConnected }
func (a accountState) Reconnect() bool    { return a == accountReconnect }

// tokenHolder is an adapter that can tell whether it has a token at all
// (stored by a connect or given in the config), without calling out.
type tokenHolder interface {
	HasToken(ctx context.Context) (bool, error)
}

// account reads the channel's record and works out its state.
func (s *Server) account(ctx context.Context, id string) (accountState, calendar.ChannelAccount, error) {
	rec, err := s.cal.ChannelAccount(ctx, id)
	if err != nil {
		return accountNone, rec, err
	}
	has, known := false, false
	if cn := s.connector(id); cn != nil {
		b, err := s.db.LoadSecret(ctx, cn.SecretName())
		if err != nil {
			return accountNone, rec, err
		}
		has, known = b != nil, true
	}
	if th, ok := s.opt.Channels[id].(tokenHolder); ok && !has {
		if has, err = th.HasToken(ctx); err != nil {
			return accountNone, rec, err
		}
		known = true
	}
	switch {
	case !known:
		return accountNone, rec, nil
	case !has:
		return accountNotConnected, rec, nil
	case rec.NeedsReconnect, !rec.Account.TokenExpires.IsZero() && !s.db.Now().Before(rec.Account.TokenExpires):
		return accountReconnect, rec, nil
	}
	return accountConnected, rec, nil
}
