package calendar

import (
	"context"
	"errors"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// ChannelAccount is what practicepost last learned about a channel's
// account: from the connect flow, then from each Verify.
type ChannelAccount struct {
	Account     post.Account `json:"account"`
	ConnectedAt time.Time    `json:"connected_at,omitzero"`
	ConnectedBy string       `json:"connected_by,omitempty"`
	CheckedAt   time.Time    `json:"checked_at,omitzero"`
	// NeedsReconnect: the last Verify found the login revoked or expired.
	NeedsReconnect bool   `json:"needs_reconnect,omitempty"`
	Problem        string `json:"problem,omitempty"` // the last Verify's plain error
}

// accountKey is the settings key of a channel's account record.
func accountKey(channel string) string { return "channel-account/" + channel }

// ChannelAccount reads a channel's account record; the zero value when the
// channel was never connected or verified.
func (s *Service) ChannelAccount(ctx context.Context, channel string) (ChannelAccount, error) {
	var rec ChannelAccount
	err := s.db.View(ctx, func(tx store.Tx) error {
		_, err := tx.Setting(accountKey(channel), &rec)
		return err
	})
	return rec, err
}

// ConnectChannel is a finished "connect account" flow: the network's
// answer, already checked, and the token it gave.
type ConnectChannel struct {
	Actor      Actor
	Channel    string
	Kind       string
	SecretName string // where the channel's adapter reads its token
	Secret     []byte
	Account    post.Account
}

// ConnectChannel stores the new token, records whose account it opens and
// lifts a pause the scheduler set because the old login expired (the new
// token is what that pause waited for; a pause a person set stays). The
// record, its audit entry and the lifted pause are one transaction; the
// token is saved just before it, so a crash in between leaves a working
// token with the old record, and reconnecting again mends it.
func (s *Service) ConnectChannel(ctx context.Context, req ConnectChannel) error {
	if err := require(req.Actor, post.RoleAdmin, "connecting a channel"); err != nil {
		return err
	}
	if err := s.knownChannel(req.Channel); err != nil {
		return err
	}
	if req.SecretName == "" || len(req.Secret) == 0 {
		return post.Errorf(post.EInvalid, "connecting %s gave no token to store", req.Channel)
	}
	if err := s.db.SaveSecret(ctx, req.SecretName, req.Secret); err != nil {
		return err
	}
	lifted := false
	err := s.db.Update(ctx, func(tx store.Tx) error {
		now := tx.Now()
		rec := ChannelAccount{Account: req.Account, ConnectedAt: now, ConnectedBy: req.Actor.Name, CheckedAt: now}
		if err := tx.PutSetting(accountKey(req.Channel), rec, store.Audit{Actor: req.Actor.auditName(), Action: "channel.connect",
			Detail: req.Kind + " " + req.Channel + " as " + req.Account.Name}); err != nil {
			return err
		}
		var err error
		lifted, err = liftLoginPause(tx, req.Channel, req.Actor)
		return err
	})
	if err != nil {
		return err
	}
	s.log.Info("channel connected", "channel", req.Channel, "kind", req.Kind, "actor", req.Actor.Name, "account", req.Account.Name)
	if lifted {
		s.log.Info("channel resumed after reconnecting", "channel", req.Channel, "actor", req.Actor.Name)
		s.notify(ctx)
	}
	return nil
}

// RecordVerify keeps the outcome of a channel's Verify (verr nil when it
// passed) for the Channels page, and audits it.
func (s *Service) RecordVerify(ctx context.Context, actor Actor, channel string, acct post.Account, verr error) error {
	if err := require(actor, post.RoleAdmin, "verifying a channel"); err != nil {
		return err
	}
	if err := s.knownChannel(channel); err != nil {
		return err
	}
	return s.db.Update(ctx, func(tx store.Tx) error {
		var rec ChannelAccount
		if _, err := tx.Setting(accountKey(channel), &rec); err != nil {
			return err
		}
		rec.CheckedAt, rec.NeedsReconnect, rec.Problem = tx.Now(), false, ""
		detail := "ok"
		if verr != nil {
			rec.NeedsReconnect = channels.ClassOf(verr) == channels.AuthExpired
			rec.Problem, detail = VerifyProblem(verr), "failed"
		} else {
			rec.Account = acct
		}
		return tx.PutSetting(accountKey(channel), rec, store.Audit{Actor: actor.auditName(), Action: "channel.verify", Detail: channel + " " + detail})
	})
}

// VerifyProblem is a failed Verify in the adapter's plain words.
func VerifyProblem(err error) string {
	var ce *channels.Error
	if errors.As(err, &ce) && ce.Reason != "" {
		return ce.Reason
	}
	return post.ErrorMessage(err)
}
