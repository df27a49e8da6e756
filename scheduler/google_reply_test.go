package scheduler

import (
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// A Google review in the inbox gets a reply: a safe one, approved by a
// doctor on its content hash, reaches the review exactly once, even when
// Google's answer to the PUT is lost, and the other review gets nothing.
// (The checklist's block of a reply naming the reviewer's care is tested
// with the real checker in report's TestReviewsIntoTheInbox.)
func TestGoogleReviewReplyOnce(t *testing.T) {
	clk := &clock{t: time.Now().Truncate(time.Second)}
	p := newPlatform(t, "gbp", clk, "")
	e := newEnv(t, map[string]channels.Channel{"gbp": p.channel}, envOpt{kinds: map[string]string{"gbp": "google"}, tune: func(o *Options) {
		o.CallTimeout, o.RetryBase = callTimeout, 2*time.Second
	}})
	e.clock.Set(clk.Now())
	e.s.now, e.s.opt.Now = clk.Now, clk.Now
	advance := func(to time.Time) {
		clk.Set(to)
		e.clock.Set(to)
		e.tick()
	}
	touchy := p.gbpfake.AddReview("Jane Roe", 2, "Waited an hour for my knee injection.", "")
	plain := p.gbpfake.AddReview("Sam Poe", 2, "Waited an hour.", "")
	err := e.db.Update(e.ctx, func(tx store.Tx) error {
		for _, rv := range []channels.Review{touchy, plain} {
			if _, err := tx.PutComment(&store.StoredComment{Channel: "gbp", Comment: rv.Comment, Review: true, Rating: rv.Rating}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	staff := calendar.Actor{Name: "frontdesk", Role: post.RoleStaff}
	good, err := e.cal.DraftReply(e.ctx, calendar.DraftReply{Actor: staff, Channel: "gbp", CommentID: plain.RemoteID,
		Body: "Thank you for telling us. Please call our office manager so we can look into it.", At: clk.Now().Add(time.Second)})
	if err != nil {
		t.Fatal(err)
	}
	if good.Status == post.StatusNeedsReview {
		doctor := calendar.Actor{Name: "dr-reyes", Role: post.RoleReviewer}
		if good, err = e.cal.Review(e.ctx, calendar.ReviewPost{Actor: doctor, ID: good.ID, Decision: post.DecisionApprove, ContentHash: good.ContentHash()}); err != nil {
			t.Fatal(err)
		}
	}
	if good.Status != post.StatusScheduled {
		t.Fatalf("the safe reply is %s (%+v), want scheduled", good.Status, good.Check)
	}
	p.gbpfake.LoseResponses(1)
	advance(clk.Now().Add(time.Second))
	p.gbpfake.LoseResponses(0)
	for range 6 {
		d := e.delivery(good.ID, "gbp")
		if d.State == post.DeliveryPublished {
			break
		}
		switch {
		case d.State == post.DeliveryPublishing && !e.s.nextRecheck().IsZero():
			advance(e.s.nextRecheck())
		case d.State == post.DeliveryPending:
			advance(d.NextAttempt)
		default:
			t.Fatalf("reply delivery %s: %s", d.State, d.LastError)
		}
	}
	d := e.wantState(good.ID, "gbp", post.DeliveryPublished)
	if d.RemoteID != plain.RemoteID+"/reply" {
		t.Errorf("remote id %q", d.RemoteID)
	}
	if n := p.gbpfake.ReplyPuts(plain.RemoteID); n != 1 {
		t.Errorf("the reply was PUT %d times, want once", n)
	}
	if got, _ := p.gbpfake.Review(plain.RemoteID); got.Reply != good.Body {
		t.Errorf("the review's reply is %q", got.Reply)
	}
	if n := p.gbpfake.ReplyPuts(touchy.RemoteID); n != 0 {
		t.Errorf("the blocked reply reached Google")
	}
}
