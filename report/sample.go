package report

import (
	"context"
	"fmt"
	"time"

	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// SampleOptions say where the demo's sample history goes.
type SampleOptions struct {
	Channel  string         // the preview channel's id
	Location *time.Location // the practice's time zone: posts go out at 9:00 and 12:30 there
	Now      time.Time      // the history ends before this; default the store's clock
	// Checker flags the sample comments that share health details, as the
	// collector flags real ones; nil leaves them unflagged.
	Checker *compliance.Checker
}

// samplePosts are the demo's made-up posts, oldest first. Each text starts
// with "Sample data", so wherever a text shows (calendar, post page, inbox,
// CSV) it says what it is.
var samplePosts = []string{
	"Flu shots are in! Walk in any weekday morning, no appointment needed.",
	"Our patient portal now shows lab results as soon as they are ready. Sign in from the link on our website.",
	"Heading back to school? Book sports physicals early: August fills up fast.",
	"Sunscreen tip: reapply every two hours, and after swimming. Your skin will thank you.",
	"Welcome to our new nurse practitioner! She sees patients of every age, Monday to Thursday.",
	"Washing your hands for 20 seconds is still one of the best ways to stay well this season.",
	"We are open late on Thursdays until 7 pm for working families.",
	"Screening saves lives: ask us whether you are due for a colorectal cancer screening.",
	"Telehealth visits are available for many follow-ups. Call the front desk to set one up.",
	"Thank you to our front-desk team, who keep our days running smoothly.",
	"Feeling stressed? Talk to us. Mental health is health, and we are here to help.",
	"Holiday hours: closed Thursday, open again Friday at 8 am.",
}

// sampleComments are made-up comments on some of the posts (post index,
// author, text, hours after the post).
var sampleComments = []struct {
	post          int
	author, text  string
	hoursAfter    int
	mentionsPract bool
}{
	{0, "Sample commenter A", "Great, I'll bring the kids on Monday!", 3, false},
	{0, "Sample commenter B", "Do you have the high-dose shot for seniors?", 5, false},
	{2, "Sample commenter C", "Can we book online?", 2, false},
	{6, "Sample commenter D", "Thursday evenings are perfect for us, thank you.", 20, false},
	{7, "Sample commenter E", "My diabetes check-up was last week and my doctor said my blood sugar is better.", 4, false},
	{10, "Sample commenter F", "Thank you for saying this.", 1, false},
}

// SeedSample writes a clearly labelled sample history into a new demo's
// store: two and a half weeks of published posts on the preview channel, each with
// made-up engagement and some with comments, all tagged post.SampleTag
// and written "Sample data — …". It lets Reports and the Inbox be tried on
// first run. The demo calls it, and only on a store it has just created;
// it refuses a store that holds any post already, so a practice's real
// history can never get sample rows mixed in.
func SeedSample(ctx context.Context, db *store.DB, opt SampleOptions) (int, error) {
	if opt.Channel == "" || opt.Location == nil {
		return 0, post.Errorf(post.EInvalid, "sample data needs the preview channel and the practice's time zone")
	}
	if opt.Now.IsZero() {
		opt.Now = db.Now()
	}
	// Weekday slots going back from yesterday, oldest first.
	var slots []time.Time
	day := time.Date(opt.Now.In(opt.Location).Year(), opt.Now.In(opt.Location).Month(), opt.Now.In(opt.Location).Day(), 0, 0, 0, 0, opt.Location)
	for d := day.AddDate(0, 0, -1); len(slots) < len(samplePosts); d = d.AddDate(0, 0, -1) {
		if d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
			continue
		}
		// One a weekday, alternating morning and midday: about two and a
		// half weeks, inside the reports page's default 30 days.
		h, m := 9, 0
		if len(slots)%2 == 1 {
			h, m = 12, 30
		}
		slots = append(slots, time.Date(d.Year(), d.Month(), d.Day(), h, m, 0, 0, opt.Location))
	}
	var comments []*store.StoredComment
	ids := make([]post.ID, len(samplePosts))
	for i := range samplePosts {
		ids[i] = post.NewID(slots[len(slots)-1-i])
	}
	for _, c := range sampleComments {
		at := slots[len(slots)-1-c.post].Add(time.Duration(c.hoursAfter) * time.Hour)
		sc := &store.StoredComment{PostID: ids[c.post], Channel: opt.Channel, FetchedAt: at,
			Comment: post.Comment{RemoteID: fmt.Sprintf("sample-comment-%d", len(comments)+1), PostRemoteID: sampleRemoteID(c.post),
				Author: c.author, AuthorID: "sample", Text: "Sample data — " + c.text, At: at, Mentions: c.mentionsPract}}
		sc.Findings = healthFindings(ctx, opt.Checker, sc.Comment.Text, at)
		sc.HealthDetails = len(sc.Findings) > 0
		comments = append(comments, sc)
	}
	err := db.Update(ctx, func(tx store.Tx) error {
		n := 0
		for _, st := range post.Statuses {
			c, err := tx.CountByStatus(st)
			if err != nil {
				return err
			}
			n += c
		}
		if n > 0 {
			return post.Errorf(post.EConflict, "the store already holds %d posts: sample data goes only into a new demo", n)
		}
		for i, text := range samplePosts {
			at := slots[len(slots)-1-i].UTC()
			p := &post.Post{ID: ids[i], Body: "Sample data — " + text, Channels: []string{opt.Channel},
				Schedule: post.Schedule{At: at}, Author: "practicepost", Status: post.StatusPublished,
				Tags: []string{post.SampleTag}, CreatedAt: at.Add(-24 * time.Hour),
				Deliveries: map[string]*post.Delivery{opt.Channel: {Channel: opt.Channel, State: post.DeliveryPublished,
					DueAt: at, PublishedAt: at, RemoteID: sampleRemoteID(i), Attempts: 1}}}
			if err := tx.InsertPost(p, store.Audit{Actor: "practicepost", Action: "post.sample", Detail: "sample data for the demo"}); err != nil {
				return err
			}
			// Two snapshots a post, a day apart, growing the way real
			// engagement does; figures vary by post so the charts have shape.
			for k, share := range []int64{60, 100} {
				imp := int64(180+37*((i*7)%11)) * share / 100
				m := post.Metrics{RemoteID: sampleRemoteID(i), At: at.Add(time.Duration(2+22*k) * time.Hour),
					Impressions: ptr(imp), Reactions: ptr(imp / int64(9+i%5)), Comments: ptr(int64(commentsOn(i)) * share / 100),
					Shares: ptr(int64(i%4) * share / 100), Clicks: ptr(imp / int64(14+i%6))}
				if err := tx.PutSnapshot(p.ID, opt.Channel, m); err != nil {
					return err
				}
			}
		}
		for _, sc := range comments {
			if _, err := tx.PutComment(sc); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("report: sample data: %w", err)
	}
	return len(samplePosts), nil
}

func sampleRemoteID(i int) string { return fmt.Sprintf("sample-%02d", i+1) }

func commentsOn(i int) int {
	n := 0
	for _, c := range sampleComments {
		if c.post == i {
			n++
		}
	}
	return n
}

func ptr(v int64) *int64 { return &v }
