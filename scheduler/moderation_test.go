package scheduler

import (
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// A post Google accepts but still reviews is "with Google for review":
// never sent again, asked about until Google says LIVE (published) or
// REJECTED (failed, with the reason and an alert).
func TestModerationIsAState(t *testing.T) {
	for _, tc := range []struct {
		final string
		want  post.DeliveryState
	}{{"LIVE", post.DeliveryPublished}, {"REJECTED", post.DeliveryFailed}} {
		t.Run(tc.final, func(t *testing.T) {
			clk := &clock{t: time.Now().Truncate(time.Second)}
			p := newPlatform(t, "gbp", clk, "")
			p.gbpfake.HoldForReview(true)
			e := newEnv(t, map[string]channels.Channel{"gbp": p.channel}, envOpt{tune: func(o *Options) {
				o.CallTimeout, o.ModerationEvery = callTimeout, time.Minute
			}})
			e.clock.Set(clk.Now())
			e.s.now, e.s.opt.Now = clk.Now, clk.Now
			advance := func(to time.Time) {
				clk.Set(to)
				e.clock.Set(to)
				e.tick()
			}
			pst := e.add(clk.Now().Add(time.Second), "Flu shots this week at the clinic, walk-ins welcome.", "gbp")
			advance(clk.Now().Add(time.Second))
			d := e.wantState(pst.ID, "gbp", post.DeliveryModeration)
			if d.RemoteID == "" {
				t.Fatal("a post with Google for review has no remote id")
			}
			if st := e.post(pst.ID).Status; st != post.StatusPublishing {
				t.Errorf("post is %s while Google reviews it, want publishing", st)
			}
			// Still PROCESSING at the next look: nothing changes, nothing is sent.
			advance(e.s.nextRecheck())
			e.wantState(pst.ID, "gbp", post.DeliveryModeration)
			p.gbpfake.Moderate(d.RemoteID, tc.final)
			if e.s.nextRecheck().IsZero() {
				t.Fatal("no look scheduled at a post Google is still reviewing")
			}
			advance(e.s.nextRecheck())
			d = e.wantState(pst.ID, "gbp", tc.want)
			if n := len(p.fake.Accepted()); n != 1 {
				t.Errorf("Google holds %d posts, want 1", n)
			}
			alerted := false
			for _, as := range e.alerts() {
				for _, a := range as {
					alerted = alerted || (a.PostID == pst.ID && a.Kind == alert.KindPublishFailed)
				}
			}
			switch tc.want {
			case post.DeliveryPublished:
				if st := e.post(pst.ID).Status; st != post.StatusPublished || alerted {
					t.Errorf("post %s, alerted %v after LIVE", st, alerted)
				}
			case post.DeliveryFailed:
				if !strings.Contains(d.LastError, "rejected") || !alerted || e.post(pst.ID).Status != post.StatusFailed {
					t.Errorf("after REJECTED: %q, alerted %v, post %s", d.LastError, alerted, e.post(pst.ID).Status)
				}
			}
		})
	}
}
