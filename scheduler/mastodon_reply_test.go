package scheduler

import (
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// A reply to the practice's Mastodon status, answered from the inbox:
// drafted by staff, through the checklist and the doctor, it goes out as
// a status with in_reply_to_id exactly once, even when the instance's
// answer is lost, and the comment cannot be answered twice.
func TestMastodonReplyOnce(t *testing.T) {
	clk := &clock{t: time.Now().Truncate(time.Second)}
	p := newPlatform(t, "md", clk, "")
	e := newEnv(t, map[string]channels.Channel{"md": p.channel}, envOpt{kinds: map[string]string{"md": "mastodon"}, tune: func(o *Options) {
		o.CallTimeout, o.RetryBase = callTimeout, 2*time.Second
	}})
	e.clock.Set(clk.Now())
	e.s.now, e.s.opt.Now = clk.Now, clk.Now
	advance := func(to time.Time) {
		clk.Set(to)
		e.clock.Set(to)
		e.tick()
	}
	// until runs the scheduler until the delivery settles.
	until := func(id post.ID) *post.Delivery {
		for range 8 {
			d := e.delivery(id, "md")
			switch {
			case d.State == post.DeliveryPublished:
				return d
			case d.State == post.DeliveryPublishing && !e.s.nextRecheck().IsZero():
				advance(e.s.nextRecheck())
			case d.State == post.DeliveryPending:
				advance(d.NextAttempt)
			default:
				t.Fatalf("delivery %s: %s", d.State, d.LastError)
			}
		}
		return e.wantState(id, "md", post.DeliveryPublished)
	}
	status := e.add(clk.Now().Add(time.Second), "Flu clinic on Saturday, 9 to 12, walk-ins welcome.", "md")
	advance(clk.Now().Add(time.Second))
	d := until(status.ID)

	comment := p.mdfake.AddComment(d.RemoteID, post.Comment{Author: "Pat", AuthorID: "501", Text: "Do I need to book?"})
	err := e.db.Update(e.ctx, func(tx store.Tx) error {
		_, err := tx.PutComment(&store.StoredComment{PostID: status.ID, Channel: "md", Comment: comment})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	staff := calendar.Actor{Name: "frontdesk", Role: post.RoleStaff}
	draft := calendar.DraftReply{Actor: staff, PostID: status.ID, Channel: "md", CommentID: comment.RemoteID,
		Body: "No need to book: walk in any time between 9 and 12.", At: clk.Now().Add(time.Second)}
	reply, err := e.cal.DraftReply(e.ctx, draft)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.cal.DraftReply(e.ctx, draft); post.ErrorCode(err) != post.EConflict {
		t.Errorf("answering the comment twice: %v, want a conflict", err)
	}
	if reply.Status == post.StatusNeedsReview {
		doctor := calendar.Actor{Name: "dr-reyes", Role: post.RoleReviewer}
		if reply, err = e.cal.Review(e.ctx, calendar.ReviewPost{Actor: doctor, ID: reply.ID, Decision: post.DecisionApprove, ContentHash: reply.ContentHash()}); err != nil {
			t.Fatal(err)
		}
	}
	if reply.Status != post.StatusScheduled {
		t.Fatalf("the reply is %s (%+v), want scheduled", reply.Status, reply.Check)
	}
	p.mdfake.LoseResponses(1)
	advance(clk.Now().Add(time.Second))
	p.mdfake.LoseResponses(0)
	rd := until(reply.ID)

	var replies int
	for _, a := range p.fake.Accepted() {
		if a.ReplyTo == "" {
			continue
		}
		replies++
		if a.ReplyTo != comment.RemoteID || a.RemoteID != rd.RemoteID || a.Text != draft.Body {
			t.Errorf("reply on the instance %+v; delivery %s", a, rd.RemoteID)
		}
	}
	if replies != 1 {
		t.Errorf("the instance has %d replies, want 1", replies)
	}
}

// A post's own content warning and visibility on a Mastodon channel,
// approved with the post, reach the status.
func TestMastodonPostOptions(t *testing.T) {
	clk := &clock{t: time.Now().Truncate(time.Second)}
	p := newPlatform(t, "md", clk, "")
	e := newEnv(t, map[string]channels.Channel{"md": p.channel}, envOpt{kinds: map[string]string{"md": "mastodon"}})
	e.clock.Set(clk.Now())
	e.s.now, e.s.opt.Now = clk.Now, clk.Now
	staff := calendar.Actor{Name: "frontdesk", Role: post.RoleStaff}
	pst, err := e.cal.AddPost(e.ctx, calendar.AddPost{Actor: staff, Body: "Our new hours start Monday.", Channels: []string{"md"},
		At: clk.Now().Add(time.Second), Options: map[string]post.ChannelOptions{"md": {Visibility: "unlisted", ContentWarning: "Clinic news"}}})
	if err != nil {
		t.Fatal(err)
	}
	if pst.Status == post.StatusNeedsReview {
		doctor := calendar.Actor{Name: "dr-reyes", Role: post.RoleReviewer}
		if pst, err = e.cal.Review(e.ctx, calendar.ReviewPost{Actor: doctor, ID: pst.ID, Decision: post.DecisionApprove, ContentHash: pst.ContentHash()}); err != nil {
			t.Fatal(err)
		}
	}
	clk.Set(clk.Now().Add(time.Second))
	e.clock.Set(clk.Now())
	e.tick()
	d := e.wantState(pst.ID, "md", post.DeliveryPublished)
	if spoiler, vis, ok := p.mdfake.Status(d.RemoteID); !ok || spoiler != "Clinic news" || vis != "unlisted" {
		t.Errorf("status %s went out with %q, %s", d.RemoteID, spoiler, vis)
	}
}
