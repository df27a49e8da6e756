package scheduler

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// TestPausesFromEveryoneAtOnce: an admin pausing and resuming a channel,
// the emergency stop pressed and lifted, the token check pausing a channel
// whose login expired, and the loop publishing, all at the same time.
// Every pause goes through the calendar, so the stored pause is always the
// one the audit trail last recorded, the trail's chain holds, and once the
// people are done and resume, everything due goes out exactly once.
func TestPausesFromEveryoneAtOnce(t *testing.T) {
	expired := &channels.Error{Class: channels.AuthExpired, Reason: "token revoked", Status: 401}
	x := &scripted{verifyErr: expired, script: []error{expired, nil, expired}}
	fb := &scripted{}
	e := newEnv(t, map[string]channels.Channel{"x": x, "fb": fb}, envOpt{})
	var ids []post.ID
	for i := range 12 {
		ids = append(ids, e.add(t0.Add(time.Duration(i+1)*time.Minute), "Clinic news, part "+string(rune('a'+i))+".", "x", "fb").ID)
	}
	admin := calendar.Actor{Name: "ada", Role: post.RoleAdmin}
	doctor := calendar.Actor{Name: "dr-reyes", Role: post.RoleReviewer}
	const rounds = 15
	var wg sync.WaitGroup
	errc := make(chan error, 8*rounds)
	run := func(f func(i int) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range rounds {
				if err := f(i); err != nil {
					errc <- err
				}
			}
		}()
	}
	run(func(i int) error { // the admin on the Channels page
		req := calendar.ChannelPauseRequest{Actor: admin, Channel: "x", Reason: "quiet week"}
		var err error
		if i%2 == 0 {
			_, err = e.cal.PauseChannel(e.ctx, req)
		} else {
			_, err = e.cal.ResumeChannel(e.ctx, req)
		}
		return err
	})
	run(func(i int) error { // the emergency stop, from the web or the CLI
		if i%2 == 0 {
			_, err := e.cal.PauseAll(e.ctx, calendar.PostRef{Actor: admin, Reason: "local news"})
			return err
		}
		_, err := e.cal.ResumeAll(e.ctx, calendar.ResumeAll{Actor: doctor, Late: "next-slot"})
		if post.ErrorCode(err) == post.EConflict { // the stop was lifted by someone else
			return nil
		}
		return err
	})
	run(func(int) error { return e.s.CheckTokens(e.ctx) }) // the login expired
	run(func(int) error {                                  // the loop
		e.clock.Advance(time.Minute)
		return e.s.Tick(e.ctx)
	})
	wg.Wait()
	close(errc)
	for err := range errc {
		// The token check reports the expired login it paused for.
		if !strings.Contains(err.Error(), "token revoked") {
			t.Error(err)
		}
	}

	// The stored pause is the one the trail last recorded.
	var last post.AuditEntry
	if err := e.db.AuditEntries(e.ctx, 0, func(a post.AuditEntry) error {
		if a.Subject == "setting:channel_pause/x" {
			last = a
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	p, err := e.cal.ChannelPaused(e.ctx, "x")
	if err != nil {
		t.Fatal(err)
	}
	if want := last.Action == "channel.pause"; p.Paused != want || (p.Paused && p.Reason != last.Detail) {
		t.Errorf("stored pause %+v; the trail's last word on it: %s %q", p, last.Action, last.Detail)
	}
	if brk, _, err := e.db.VerifyAudit(e.ctx); err != nil || brk != nil {
		t.Fatalf("audit chain: %+v, %v", brk, err)
	}

	// People are done: the channel resumed, the stop lifted, the loop runs
	// on. Nothing went out twice and nothing is left mid-publish.
	x.mu.Lock()
	x.verifyErr = nil
	x.mu.Unlock()
	if _, err := e.cal.ResumeChannel(e.ctx, calendar.ChannelPauseRequest{Actor: admin, Channel: "x"}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.cal.ResumeAll(e.ctx, calendar.ResumeAll{Actor: doctor, Late: "next-slot"}); err != nil && post.ErrorCode(err) != post.EConflict {
		t.Fatal(err)
	}
	for range 4 * 24 * 2 { // four days in half hours: every next slot passes
		e.clock.Advance(30 * time.Minute)
		e.tick()
	}
	for name, c := range map[string]*scripted{"x": x, "fb": fb} {
		c.mu.Lock()
		seen := map[string]bool{}
		for _, r := range c.published {
			if seen[r.URL] {
				t.Errorf("%s published %s twice", name, r.URL)
			}
			seen[r.URL] = true
		}
		c.mu.Unlock()
	}
	for _, id := range ids {
		for _, ch := range []string{"x", "fb"} {
			if d := e.delivery(id, ch); d.State == post.DeliveryPublishing {
				t.Errorf("post %s on %s is left publishing", id, ch)
			}
		}
	}
}
