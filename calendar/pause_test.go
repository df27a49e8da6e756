package calendar

import (
	"context"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

var admin = Actor{Name: "ada", Role: post.RoleAdmin}

// audited lists the audit entries with action on subject, in order.
func (e *env) audited(t *testing.T, action, subject string) []post.AuditEntry {
	t.Helper()
	var out []post.AuditEntry
	err := e.db.AuditEntries(context.Background(), 0, func(a post.AuditEntry) error {
		if a.Action == action && a.Subject == subject {
			out = append(out, a)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestPauseChannelRules: who may pause, on which channel, with what reason;
// what is refused stores nothing.
func TestPauseChannelRules(t *testing.T) {
	tests := []struct {
		name string
		req  ChannelPauseRequest
		code string
	}{
		{"staff may not pause", ChannelPauseRequest{Actor: staff, Channel: "li", Reason: "quiet week"}, post.EForbidden},
		{"nobody signed in", ChannelPauseRequest{Channel: "li", Reason: "quiet week"}, post.EForbidden},
		{"unknown channel", ChannelPauseRequest{Actor: admin, Channel: "nope", Reason: "quiet week"}, post.ENotFound},
		{"a reason is required", ChannelPauseRequest{Actor: admin, Channel: "li", Reason: "  "}, post.EInvalid},
		{"a reason of at most 500 characters", ChannelPauseRequest{Actor: admin, Channel: "li", Reason: strings.Repeat("a", 501)}, post.EInvalid},
		{"an admin pauses", ChannelPauseRequest{Actor: admin, Channel: "li", Reason: " quiet week "}, ""},
	}
	e := newEnv(t)
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.svc.PauseChannel(ctx, tt.req)
			if got := post.ErrorCode(err); got != tt.code {
				t.Fatalf("error %v (code %q), want code %q", err, got, tt.code)
			}
			p, err := e.svc.ChannelPaused(ctx, "li")
			if err != nil {
				t.Fatal(err)
			}
			if p.Paused != (tt.code == "") {
				t.Fatalf("paused %v after %s", p.Paused, tt.name)
			}
		})
	}
	p, _ := e.svc.ChannelPaused(ctx, "li")
	if p.By != "ada" || p.Reason != "quiet week" || !p.At.Equal(now) {
		t.Errorf("stored pause %+v", p)
	}
	if a := e.audited(t, "channel.pause", "setting:channel_pause/li"); len(a) != 1 || a[0].Actor != "ada" || a[0].Detail != "quiet week" {
		t.Errorf("pause audit %+v", a)
	}
	if _, err := e.svc.ResumeChannel(ctx, ChannelPauseRequest{Actor: staff, Channel: "li"}); post.ErrorCode(err) != post.EForbidden {
		t.Errorf("staff resumed: %v", err)
	}
	if _, err := e.svc.ResumeChannel(ctx, ChannelPauseRequest{Actor: admin, Channel: "li"}); err != nil {
		t.Fatal(err)
	}
	if p, _ := e.svc.ChannelPaused(ctx, "li"); p.Paused || p.By != "ada" {
		t.Errorf("after resume %+v", p)
	}
	if a := e.audited(t, "channel.resume", "setting:channel_pause/li"); len(a) != 1 || a[0].Actor != "ada" {
		t.Errorf("resume audit %+v", a)
	}
}

// TestReconnectLiftsOnlyALoginPause: connecting a channel again lifts the
// pause its expired login caused, in the transaction that records the new
// account, and leaves a person's pause alone.
func TestReconnectLiftsOnlyALoginPause(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	if err := e.svc.PauseExpiredLogin(ctx, "li", "its login expired"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.PauseChannel(ctx, ChannelPauseRequest{Actor: admin, Channel: "preview", Reason: "quiet week"}); err != nil {
		t.Fatal(err)
	}
	for _, ch := range []string{"li", "preview"} {
		err := e.svc.ConnectChannel(ctx, ConnectChannel{Actor: admin, Channel: ch, Kind: "linkedin", SecretName: "token-" + ch,
			Secret: []byte("t0ken"), Account: post.Account{Name: "Maple Street"}})
		if err != nil {
			t.Fatal(err)
		}
	}
	if p, _ := e.svc.ChannelPaused(ctx, "li"); p.Paused || p.By != "ada" {
		t.Errorf("li after reconnecting: %+v", p)
	}
	if p, _ := e.svc.ChannelPaused(ctx, "preview"); !p.Paused || p.By != "ada" {
		t.Errorf("a person's pause after reconnecting: %+v", p)
	}
	acct, err := e.svc.ChannelAccount(ctx, "li")
	if err != nil || acct.Account.Name != "Maple Street" || acct.ConnectedBy != "ada" {
		t.Errorf("account record %+v, %v", acct, err)
	}
	if b, _ := e.db.LoadSecret(ctx, "token-li"); string(b) != "t0ken" {
		t.Errorf("stored token %q", b)
	}
	if a := e.audited(t, "channel.resume", "setting:channel_pause/li"); len(a) != 1 {
		t.Errorf("lifting the login pause was audited %d times", len(a))
	}
	err = e.svc.ConnectChannel(ctx, ConnectChannel{Actor: staff, Channel: "li", Kind: "linkedin", SecretName: "token-li", Secret: []byte("other")})
	if post.ErrorCode(err) != post.EForbidden {
		t.Errorf("staff connected a channel: %v", err)
	}
	if b, _ := e.db.LoadSecret(ctx, "token-li"); string(b) != "t0ken" {
		t.Errorf("a refused connect replaced the token with %q", b)
	}
}

// TestExpiredLoginKeepsAPersonsPause: a channel an admin paused whose login
// then expires stays paused by the admin, so reconnecting it does not lift
// a pause a person set.
func TestExpiredLoginKeepsAPersonsPause(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	if _, err := e.svc.PauseChannel(ctx, ChannelPauseRequest{Actor: admin, Channel: "li", Reason: "quiet week"}); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := e.svc.PauseExpiredLogin(ctx, "li", "its login expired"); err != nil {
			t.Fatal(err)
		}
	}
	if a := e.audited(t, "channel.pause", "setting:channel_pause/li"); len(a) != 1 {
		t.Errorf("%d pause entries in the audit log, want the admin's one", len(a))
	}
	err := e.svc.ConnectChannel(ctx, ConnectChannel{Actor: admin, Channel: "li", Kind: "linkedin", SecretName: "token-li",
		Secret: []byte("t0ken"), Account: post.Account{Name: "Maple Street"}})
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := e.svc.ChannelPaused(ctx, "li"); !p.Paused || p.By != "ada" || p.Reason != "quiet week" {
		t.Errorf("the admin's pause after the login expired and was reconnected: %+v", p)
	}
}
