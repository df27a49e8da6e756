package web

import (
	"context"
	"errors"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// channelAccount is what practicepost last learned about a channel's
// account: from the connect flow, then from each Verify.
type channelAccount struct {
	Account     post.Account `json:"account"`
	ConnectedAt time.Time    `json:"connected_at,omitzero"`
	ConnectedBy string       `json:"connected_by,omitempty"`
	CheckedAt   time.Time    `json:"checked_at,omitzero"`
	// NeedsReconnect: the last Verify found the login revoked or expired.
	NeedsReconnect bool   `json:"needs_reconnect,omitempty"`
	Problem        string `json:"problem,omitempty"` // the last Verify's plain error
}

func accountKey(channel string) string { return "channel-account/" + channel }

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
func (s *Server) account(ctx context.Context, id string) (accountState, channelAccount, error) {
	var rec channelAccount
	err := s.db.View(ctx, func(tx store.Tx) error {
		_, err := tx.Setting(accountKey(id), &rec)
		return err
	})
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

// recordVerify keeps the outcome of a Verify for the Channels page.
func (s *Server) recordVerify(ctx context.Context, id, user string, acct post.Account, verr error) error {
	return s.db.Update(ctx, func(tx store.Tx) error {
		var rec channelAccount
		if _, err := tx.Setting(accountKey(id), &rec); err != nil {
			return err
		}
		rec.CheckedAt, rec.NeedsReconnect, rec.Problem = tx.Now(), false, ""
		detail := "ok"
		if verr != nil {
			var ce *channels.Error
			rec.NeedsReconnect = errors.As(verr, &ce) && ce.Class == channels.AuthExpired
			rec.Problem, detail = verifyProblem(verr), "failed"
		} else {
			rec.Account = acct
		}
		return tx.PutSetting(accountKey(id), rec, store.Audit{Actor: user, Action: "channel.verify", Detail: id + " " + detail})
	})
}

// verifyProblem is a failed Verify in the adapter's plain words.
func verifyProblem(err error) string {
	var ce *channels.Error
	if errors.As(err, &ce) && ce.Reason != "" {
		return ce.Reason
	}
	return post.ErrorMessage(err)
}
