package report

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels/mastodon"
	"github.com/practicepost/practicepost/channels/mastodon/mastodonfake"
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// TestCollectMastodon: a Mastodon status's favourites, boosts and replies
// arrive as reactions, shares and comments (Mastodon counts no
// impressions or clicks: "not available", never zero); the replies below it
// reach the inbox with the same health-detail guard as every network, a
// reply mentioning the practice is marked so, a direct message to the
// practice stays out, and each may be answered through practicepost.
func TestCollectMastodon(t *testing.T) {
	db := openDB(t)
	fake := mastodonfake.New()
	t.Cleanup(fake.Close)
	ch, err := mastodon.New(mastodon.Config{ID: "md", Instance: fake.URL(), AccessToken: mastodonfake.AccessToken, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now().UTC().Truncate(time.Second)
	p, remote := publishedPost(t, db, []platform{{"md", ch, fake}}, "Flu shots are in. Walk in any weekday.", start)
	health := fake.AddComment(remote["md"], post.Comment{Author: "Pat Doe", AuthorID: "501",
		Text: "@" + mastodonfake.Username + " my insulin dose was changed, is that ok?"})
	fake.AddComment(remote["md"], post.Comment{Author: "Sam Roe", AuthorID: "502", Text: "Thanks for the reminder!"})
	dm := fake.AddComment(remote["md"], post.Comment{Author: "Lee Poe", AuthorID: "503", Text: "@" + mastodonfake.Username + " my test results came back"})
	fake.SetVisibility(dm.RemoteID, "direct")
	fake.SetMetrics(remote["md"], post.Metrics{Reactions: i64(12), Shares: i64(3), Comments: i64(3)})

	checker, err := compliance.New(compliance.Profile{PracticeName: "Riverside Family Clinic"})
	if err != nil {
		t.Fatal(err)
	}
	now := start.Add(time.Hour)
	c := &Collector{DB: db, Channels: map[string]Source{"md": ch}, Checker: checker, Now: func() time.Time { return now }}
	st, err := c.Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Snapshots != 1 || st.Comments != 2 || st.Flagged != 1 {
		t.Errorf("stats %+v: want 1 snapshot, 2 comments (not the direct message), 1 flagged", st)
	}
	var got []post.Metrics
	_ = db.View(context.Background(), func(tx store.Tx) error {
		return tx.EachSnapshot(p.ID, "md", func(s store.Snapshot) error { got = append(got, s.Metrics); return nil })
	})
	if len(got) != 1 {
		t.Fatalf("snapshots %+v", got)
	}
	m := got[0]
	// replies_count is the instance's own count, the direct message
	// included.
	if m.Reactions == nil || *m.Reactions != 12 || m.Shares == nil || *m.Shares != 3 || m.Comments == nil || *m.Comments != 3 ||
		m.Impressions != nil || m.Clicks != nil {
		t.Errorf("snapshot %+v: want 12 favourites, 3 boosts, 3 replies, no impressions or clicks", m)
	}
	items, err := Inbox(context.Background(), db, InboxQuery{Kinds: map[string]string{"md": "mastodon"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 {
		t.Fatalf("inbox %+v, want the two replies", items)
	}
	for _, it := range items {
		if !it.CanReply {
			t.Errorf("%s cannot be answered: %s", it.Comment.RemoteID, it.ReplyNote)
		}
		if it.Comment.RemoteID == health.RemoteID && (!it.HealthDetails || !it.Comment.Mentions) {
			t.Errorf("the reply giving health details: flagged %v, mentions %v", it.HealthDetails, it.Comment.Mentions)
		}
	}
}
