package report

import (
	"context"
	"slices"
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
	db := openDB(t)
	seedFixtures(t, db)
	ctx := context.Background()
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
	_ = db.EachComment(ctx, func(c *store.StoredComment) error { pid = c.PostID; return nil })
	staff := calendar.Actor{Name: "frontdesk", Role: post.RoleStaff}

	bad, err := DraftReply(ctx, db, cal, kinds, ReplyDraft{Actor: staff, PostID: pid, Channel: "x", CommentID: "c1",
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
	if _, err := DraftReply(ctx, db, cal, kinds, ReplyDraft{Actor: staff, PostID: pid, Channel: "x", CommentID: "c1", Body: "again"}); post.ErrorCode(err) != post.EConflict {
		t.Errorf("second reply: %v, want conflict", err)
	}
	items, _ := Inbox(ctx, db, InboxQuery{Unanswered: true, Kinds: kinds})
	if len(items) != 1 || items[0].Comment.RemoteID != "c2" {
		t.Errorf("unanswered = %+v, want only c2", items)
	}
	noMention := map[string]string{"facebook": "x"} // c2 as if on X without a mention
	if _, err := DraftReply(ctx, db, cal, noMention, ReplyDraft{Actor: staff, PostID: pid, Channel: "facebook", CommentID: "c2", Body: "Thanks!"}); post.ErrorCode(err) != post.EInvalid {
		t.Errorf("X reply without a mention: %v, want invalid", err)
	}
	if _, err := DraftReply(ctx, db, cal, kinds, ReplyDraft{Actor: staff, PostID: pid, Channel: "facebook", CommentID: "nope", Body: "x"}); post.ErrorCode(err) != post.ENotFound {
		t.Errorf("unknown comment: %v, want not found", err)
	}
	good, err := DraftReply(ctx, db, cal, kinds, ReplyDraft{Actor: staff, PostID: pid, Channel: "facebook", CommentID: "c2",
		Body: "Thank you for reading and sharing!"})
	if err != nil || good.Check.Verdict == post.VerdictBlock {
		t.Errorf("plain thanks: %v, verdict %v", err, good.Check)
	}
}
