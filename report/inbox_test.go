package report

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

var kinds = map[string]string{"x": "x", "facebook": "facebook", "linkedin": "linkedin"}

func TestInbox(t *testing.T) {
	db := openDB(t)
	seedFixtures(t, db)
	ctx := context.Background()
	items, err := Inbox(ctx, db, InboxQuery{Kinds: kinds})
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 || items[0].Comment.RemoteID != "c2" {
		t.Fatalf("inbox = %+v, want c2 then c1", items)
	}
	flagged := items[1]
	if !flagged.HealthDetails || flagged.Reminder == "" || !flagged.CanReply || flagged.PostText == "" {
		t.Errorf("flagged item = %+v", flagged)
	}
	only, _ := Inbox(ctx, db, InboxQuery{OnlyFlagged: true, Kinds: kinds})
	if len(only) != 1 || only[0].Comment.RemoteID != "c1" {
		t.Errorf("only flagged = %+v", only)
	}
	if none, _ := Inbox(ctx, db, InboxQuery{}); none[0].CanReply || none[0].ReplyNote == "" {
		t.Errorf("without kinds a reply must be refused with a note: %+v", none[0])
	}
}

// TestDraftReply checks a reply goes through the calendar with the comment
// as the review text (so the REV rules run), is linked to the comment, and
// that X's mention rule is enforced.
func TestDraftReply(t *testing.T) {
	db, cal, checker, pid := replyFixture(t)
	ctx := context.Background()
	staff := calendar.Actor{Name: "frontdesk", Role: post.RoleStaff}

	bad, err := cal.DraftReply(ctx, calendar.DraftReply{Actor: staff, PostID: pid, Channel: "x", CommentID: "c1",
		Body: "Sorry about your insulin! We saw at your appointment that your dose changed."})
	if err != nil {
		t.Fatal(err)
	}
	if bad.Reply == nil || bad.Reply.RemoteID != "c1" || bad.Check == nil {
		t.Fatalf("reply post = %+v", bad)
	}
	rules := []string{}
	for _, f := range bad.Check.Findings {
		rules = append(rules, f.Rule)
	}
	if !slices.Contains(rules, "REV-01") || bad.Check.Verdict != post.VerdictBlock {
		t.Errorf("confirming the relationship: verdict %s rules %v, want block with REV-01", bad.Check.Verdict, rules)
	}
	if _, err := cal.DraftReply(ctx, calendar.DraftReply{Actor: staff, PostID: pid, Channel: "x", CommentID: "c1", Body: "again"}); post.ErrorCode(err) != post.EConflict {
		t.Errorf("second reply: %v, want conflict", err)
	}
	items, _ := Inbox(ctx, db, InboxQuery{Unanswered: true, Kinds: kinds})
	if len(items) != 1 || items[0].Comment.RemoteID != "c2" {
		t.Errorf("unanswered = %+v, want only c2", items)
	}
	// c2 as if on X without a mention.
	asX := []calendar.ChannelInfo{{ID: "x", Kind: "x"}, {ID: "facebook", Kind: "x"}, {ID: "linkedin", Kind: "linkedin"}}
	noMention, err := calendar.New(db, calendar.NewChecker(checker, asX), calendar.Options{Channels: asX})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := noMention.DraftReply(ctx, calendar.DraftReply{Actor: staff, PostID: pid, Channel: "facebook", CommentID: "c2", Body: "Thanks!"}); post.ErrorCode(err) != post.EInvalid {
		t.Errorf("X reply without a mention: %v, want invalid", err)
	}
	if _, err := cal.DraftReply(ctx, calendar.DraftReply{Actor: staff, PostID: pid, Channel: "facebook", CommentID: "nope", Body: "x"}); post.ErrorCode(err) != post.ENotFound {
		t.Errorf("unknown comment: %v, want not found", err)
	}
	good, err := cal.DraftReply(ctx, calendar.DraftReply{Actor: staff, PostID: pid, Channel: "facebook", CommentID: "c2",
		Body: "Thank you for reading and sharing!"})
	if err != nil || good.Check.Verdict == post.VerdictBlock {
		t.Errorf("plain thanks: %v, verdict %v", err, good.Check)
	}
}

// TestRepliesToOneCommentAtOnce: several people answering the same comment
// at the same moment get one reply post, linked to the comment, and
// conflicts; reading the comment, storing the reply and linking it are one
// transaction (three, before: every one of them made a reply post and the
// last link won, leaving the others unlinked, each a second public answer).
func TestRepliesToOneCommentAtOnce(t *testing.T) {
	db, cal, _, pid := replyFixture(t)
	ctx := context.Background()
	const n = 8
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			_, errs[i] = cal.DraftReply(ctx, calendar.DraftReply{Actor: calendar.Actor{Name: fmt.Sprintf("staff%d", i), Role: post.RoleStaff},
				PostID: pid, Channel: "facebook", CommentID: "c2", Body: "Thank you for reading and sharing!"})
		})
	}
	wg.Wait()
	ok := 0
	for _, err := range errs {
		switch {
		case err == nil:
			ok++
		case post.ErrorCode(err) != post.EConflict:
			t.Errorf("a concurrent reply failed with %v, want a conflict", err)
		}
	}
	var replies []post.ID
	var linked post.ID
	db.View(ctx, func(tx store.Tx) error {
		c, err := tx.Comment(pid, "facebook", "c2")
		if err == nil {
			linked = c.ReplyPostID
		}
		return tx.EachPost("", func(p *post.Post) error {
			if p.Reply != nil && p.Reply.RemoteID == "c2" {
				replies = append(replies, p.ID)
			}
			return nil
		})
	})
	if ok != 1 || len(replies) != 1 || replies[0] != linked {
		t.Fatalf("%d of %d drafts succeeded; reply posts %v, the comment links %q: want one reply, linked", ok, n, replies, linked)
	}
}

// replyFixture is the seeded store with a calendar over it, the checker it
// uses, and the post the fixture comments are on.
func replyFixture(t *testing.T) (*store.DB, *calendar.Service, *compliance.Checker, post.ID) {
	t.Helper()
	db := openDB(t)
	seedFixtures(t, db)
	chs := []calendar.ChannelInfo{{ID: "x", Kind: "x"}, {ID: "facebook", Kind: "facebook"}, {ID: "linkedin", Kind: "linkedin"}}
	checker, err := compliance.New(compliance.Profile{PracticeName: "Springfield Family Clinic"})
	if err != nil {
		t.Fatal(err)
	}
	cal, err := calendar.New(db, calendar.NewChecker(checker, chs), calendar.Options{Channels: chs})
	if err != nil {
		t.Fatal(err)
	}
	var pid post.ID
	_ = db.EachComment(context.Background(), func(c *store.StoredComment) error { pid = c.PostID; return nil })
	return db, cal, checker, pid
}
