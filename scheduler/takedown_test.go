package scheduler

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// A post Google takes down after it was live (REJECTED after LIVE) is
// found by the takedown check: its delivery stays published (it was
// public) and says it was removed, with Google's reason, and a taken_down
// alert is raised once. Posts still up, posts on networks that do not
// moderate and posts older than the window are left alone; a network that
// cannot be asked leaves everything as it was.
func TestTakedownAfterLive(t *testing.T) {
	clk := &clock{t: t0}
	g, x := newPlatform(t, "gbp", clk, ""), newPlatform(t, "x", clk, "")
	gbp := &unreachable{Channel: g.channel}
	e := newEnv(t, map[string]channels.Channel{"gbp": gbp, "x": x.channel}, envOpt{tune: func(o *Options) { o.CallTimeout = callTimeout }})
	e.s.now, e.s.opt.Now = clk.Now, clk.Now
	advance := func(to time.Time) {
		clk.Set(to)
		e.clock.Set(to)
		e.tick()
	}
	old := e.add(clk.Now().Add(time.Second), "Flu shots all week at the clinic, walk-ins welcome.", "gbp")
	advance(clk.Now().Add(time.Second))
	advance(clk.Now().Add(TakedownWindow - time.Hour))
	down := e.add(clk.Now().Add(time.Second), "Our new waiting room is open: come and see it.", "gbp", "x")
	up := e.add(clk.Now().Add(2*time.Second), "Parking is free for patients from Monday.", "gbp")
	advance(clk.Now().Add(2 * time.Second))
	advance(clk.Now().Add(2 * time.Hour)) // the first post is now past the window
	for _, p := range []*post.Post{old, down, up} {
		e.wantState(p.ID, "gbp", post.DeliveryPublished)
	}
	for _, p := range []*post.Post{old, down} {
		if !g.gbpfake.Moderate(e.delivery(p.ID, "gbp").RemoteID, "REJECTED") {
			t.Fatal("the fake has no such post")
		}
	}

	// Google cannot be asked: nothing changes, the error says so.
	gbp.down.Store(true)
	if err := e.s.CheckTakedowns(e.ctx); err == nil {
		t.Error("a check that could not ask Google reported no error")
	}
	gbp.down.Store(false)
	if d := e.delivery(down.ID, "gbp"); d.Removed != nil {
		t.Fatalf("marked removed without Google saying so: %+v", d.Removed)
	}

	for range 2 { // the second run finds nothing new
		if err := e.s.CheckTakedowns(e.ctx); err != nil {
			t.Fatal(err)
		}
	}
	d := e.wantState(down.ID, "gbp", post.DeliveryPublished)
	if d.Removed == nil || !strings.Contains(d.Removed.Reason, "rejected") || !d.Removed.At.Equal(clk.Now()) {
		t.Fatalf("taken-down delivery: %+v", d.Removed)
	}
	if st := e.post(down.ID).Status; st != post.StatusPublished {
		t.Errorf("post %s after the takedown, want published", st)
	}
	for _, c := range []struct {
		id post.ID
		ch string
	}{{up.ID, "gbp"}, {old.ID, "gbp"}, {down.ID, "x"}} {
		if d := e.wantState(c.id, c.ch, post.DeliveryPublished); d.Removed != nil {
			t.Errorf("%s on %s marked removed: %+v", c.id, c.ch, d.Removed)
		}
	}
	taken := e.alerts()[alert.KindTakenDown]
	if len(taken) != 1 || taken[0].PostID != down.ID || taken[0].Channel != "gbp" || !strings.Contains(taken[0].Message, "removed by the network") {
		t.Fatalf("taken_down alerts: %+v", taken)
	}
	if strings.Contains(taken[0].Message, "waiting room") {
		t.Errorf("the alert quotes the post: %q", taken[0].Message)
	}
}

// unreachable is a moderating channel whose Moderation fails while down.
type unreachable struct {
	channels.Channel
	down atomic.Bool
}

func (u *unreachable) Moderation(ctx context.Context, remoteID string) (channels.Moderation, string, error) {
	if u.down.Load() {
		return 0, "", channels.Errorf(channels.Retryable, "Google had a server error (HTTP 503)")
	}
	return u.Channel.(channels.Moderated).Moderation(ctx, remoteID)
}
