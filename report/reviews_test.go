package report

import (
	"context"
	"log/slog"
	"slices"
	"testing"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels/google"
	"github.com/practicepost/practicepost/channels/google/gbpfake"
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// Reviews of the practice on Google reach the feedback inbox with the same
// health-details warning as comments, once each; a reply to one goes
// through the checklist's review rules, and a review already answered on
// Google gets no second answer.
func TestReviewsIntoTheInbox(t *testing.T) {
	ctx := context.Background()
	fake := gbpfake.New()
	t.Cleanup(fake.Close)
	gc, err := google.New(google.Config{ID: "gbp", APIBase: fake.URL(), InfoAPIBase: fake.URL(), AccountsAPIBase: fake.URL(), TokenURL: fake.TokenURL(),
		AccountID: gbpfake.AccountID, LocationID: gbpfake.LocationID, ClientID: gbpfake.ClientID, ClientSecret: gbpfake.ClientSecret,
		RefreshToken: gbpfake.RefreshToken, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	health := fake.AddReview("Jane Roe", 5, "Dr. Reyes managed my diabetes so well this year.", "")
	answered := fake.AddReview("Sam Poe", 4, "Friendly front desk.", "Thank you, Sam!")
	quiet := fake.AddReview("Ann Lee", 2, "", "")

	db := openDB(t)
	checker, err := compliance.New(compliance.Profile{PracticeName: "Riverside Family Clinic"})
	if err != nil {
		t.Fatal(err)
	}
	col := &Collector{DB: db, Channels: map[string]Source{"gbp": gc}, Checker: checker}
	st, err := col.Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Reviews != 3 {
		t.Fatalf("first run stored %d reviews, want 3 (%+v)", st.Reviews, st)
	}
	if st, _ := col.Collect(ctx); st.Reviews != 0 {
		t.Errorf("second run stored %d reviews again", st.Reviews)
	}

	items, err := Inbox(ctx, db, InboxQuery{Kinds: map[string]string{"gbp": "google"}})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]InboxItem{}
	for _, it := range items {
		byID[it.Comment.RemoteID] = it
	}
	h := byID[health.RemoteID]
	if !h.Review || h.Rating != 5 || !h.HealthDetails || h.Reminder == "" || !h.CanReply || h.PostID != "" {
		t.Errorf("review sharing health details: %+v", h)
	}
	if a := byID[answered.RemoteID]; a.NetworkReply != "Thank you, Sam!" || a.Rating != 4 {
		t.Errorf("answered review: %+v", a)
	}
	if q := byID[quiet.RemoteID]; !q.Review || q.Rating != 2 || q.HealthDetails {
		t.Errorf("rating without words: %+v", q)
	}

	chs := []calendar.ChannelInfo{{ID: "gbp", Kind: "google"}}
	cal, err := calendar.New(db, calendar.NewChecker(checker, chs), calendar.Options{Channels: chs})
	if err != nil {
		t.Fatal(err)
	}
	staff := calendar.Actor{Name: "frontdesk", Role: post.RoleStaff}
	bad, err := cal.DraftReply(ctx, calendar.DraftReply{Actor: staff, Channel: "gbp", CommentID: health.RemoteID,
		Body: "Thank you Jane! We are so glad your diabetes is under control after your visits."})
	if err != nil {
		t.Fatal(err)
	}
	var rules []string
	for _, f := range bad.Check.Findings {
		rules = append(rules, f.Rule)
	}
	if bad.Reply == nil || bad.Reply.RemoteID != health.RemoteID || bad.Reply.Text != health.Text || bad.Check.Verdict != post.VerdictBlock || !slices.Contains(rules, "REV-01") {
		t.Errorf("a reply naming the reviewer's condition: reply %+v, verdict %s, rules %v", bad.Reply, bad.Check.Verdict, rules)
	}
	if _, err := cal.DraftReply(ctx, calendar.DraftReply{Actor: staff, Channel: "gbp", CommentID: answered.RemoteID, Body: "Thanks again!"}); post.ErrorCode(err) != post.EConflict {
		t.Errorf("answering a review already answered on Google: %v, want a conflict", err)
	}
	good, err := cal.DraftReply(ctx, calendar.DraftReply{Actor: staff, Channel: "gbp", CommentID: quiet.RemoteID,
		Body: "Thank you for your feedback. We would like to hear more; please call our office manager."})
	if err != nil || good.Check.Verdict == post.VerdictBlock {
		t.Fatalf("a safe reply: %v, %+v", err, good.Check)
	}
	err = db.View(ctx, func(tx store.Tx) error {
		c, err := tx.Comment("", "gbp", quiet.RemoteID)
		if err == nil && c.ReplyPostID != good.ID {
			t.Errorf("the review links reply %q, want %q", c.ReplyPostID, good.ID)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
