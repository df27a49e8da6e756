package report

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/facebook"
	"github.com/practicepost/practicepost/channels/facebook/fbfake"
	"github.com/practicepost/practicepost/channels/linkedin"
	"github.com/practicepost/practicepost/channels/linkedin/lifake"
	"github.com/practicepost/practicepost/channels/x"
	"github.com/practicepost/practicepost/channels/x/xfake"
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// platform is one channel under test: its adapter and its fake.
type platform struct {
	id   string
	ch   channels.Channel
	fake interface {
		SetMetrics(string, post.Metrics) post.Metrics
		AddComment(string, post.Comment) post.Comment
	}
}

func platforms(t *testing.T) []platform {
	t.Helper()
	quiet := slog.New(slog.DiscardHandler)
	xf, ff, lf := xfake.New(), fbfake.New(), lifake.New()
	t.Cleanup(xf.Close)
	t.Cleanup(ff.Close)
	t.Cleanup(lf.Close)
	// X's newest spec renames retweet_count to repost_count: shares must
	// still arrive.
	xf.SetRepostCountName(true)
	xc, err := x.New(x.Config{ID: "x", APIBase: xf.URL(), ConsumerKey: xfake.ConsumerKey, ConsumerSecret: xfake.ConsumerSecret,
		AccessToken: xfake.AccessToken, AccessTokenSecret: xfake.AccessTokenSecret, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	fc, err := facebook.New(facebook.Config{ID: "facebook", APIBase: ff.URL(), PageID: fbfake.PageID,
		PageAccessToken: fbfake.PageToken, AppID: fbfake.AppID, AppSecret: fbfake.AppSecret, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	lc, err := linkedin.New(linkedin.Config{ID: "linkedin", APIBase: lf.URL(), OrganizationID: lifake.OrganizationID,
		AccessToken: lifake.AccessToken, APIVersion: "202609", TokenExpires: time.Now().Add(50 * 24 * time.Hour), Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	return []platform{{"x", xc, xf}, {"facebook", fc, ff}, {"linkedin", lc, lf}}
}

// publishedPost publishes text on every platform through the adapters and
// stores the post as published at at.
func publishedPost(t *testing.T, db *store.DB, ps []platform, text string, at time.Time) (*post.Post, map[string]string) {
	t.Helper()
	ctx := context.Background()
	p := &post.Post{ID: post.NewID(at), Body: text, Status: post.StatusPublished, Author: "test",
		Deliveries: map[string]*post.Delivery{}, Tags: []string{"flu"}}
	remote := map[string]string{}
	for _, pl := range ps {
		r, err := pl.ch.Publish(ctx, post.Outgoing{PostID: p.ID, Channel: pl.id, AttemptID: "a1", Text: text})
		if err != nil {
			t.Fatalf("publish on %s: %v", pl.id, err)
		}
		p.Channels = append(p.Channels, pl.id)
		p.Deliveries[pl.id] = &post.Delivery{Channel: pl.id, State: post.DeliveryPublished, RemoteID: r.RemoteID, PublishedAt: at}
		remote[pl.id] = r.RemoteID
	}
	if err := db.Update(ctx, func(tx store.Tx) error {
		return tx.InsertPost(p, store.Audit{Actor: "test", Action: "post.create"})
	}); err != nil {
		t.Fatal(err)
	}
	return p, remote
}

func openDB(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), t.TempDir(), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func i64(n int64) *int64 { return &n }

// figures grows with the step, the same every run.
func figures(step, n int) post.Metrics {
	k := int64((step + 1) * (n + 1))
	return post.Metrics{Impressions: i64(100 * k), Reactions: i64(7 * k), Comments: i64(k), Shares: i64(2 * k), Clicks: i64(3 * k)}
}

// failOn wraps a source and fails any Engagement call that asks for bad.
type failOn struct {
	Source
	bad   string
	class channels.Class
}

func (f failOn) Engagement(ctx context.Context, ids []string) ([]post.Metrics, error) {
	if slices.Contains(ids, f.bad) {
		return nil, &channels.Error{Class: f.class, Reason: "injected", RetryAfter: time.Hour}
	}
	return f.Source.Engagement(ctx, ids)
}

// TestCollectGrowingFigures publishes two posts on all three fakes, runs
// the collector at each step of the schedule with growing figures, and
// checks every snapshot, the platforms' "not available" figures, the
// comments with their health flag, and that an erroring post does not stop
// the others.
func TestCollectGrowingFigures(t *testing.T) {
	db := openDB(t)
	ps := platforms(t)
	start := time.Now().UTC().Truncate(time.Second)
	p1, r1 := publishedPost(t, db, ps, "Flu shots are in. Walk in any weekday.", start)
	p2, r2 := publishedPost(t, db, ps, "Our new hours start Monday.", start)
	posts := []map[string]string{r1, r2}
	checker, err := compliance.New(compliance.Profile{PracticeName: "Springfield Family Clinic"})
	if err != nil {
		t.Fatal(err)
	}
	now := start
	sources := map[string]Source{}
	for _, pl := range ps {
		sources[pl.id] = pl.ch
	}
	// Facebook fails every call for post 2's first batch and alone: only
	// that post must be missed.
	sources["facebook"] = failOn{Source: sources["facebook"], bad: r2["facebook"], class: channels.Retryable}
	c := &Collector{DB: db, Channels: sources, Checker: checker, Now: func() time.Time { return now }}

	ps[0].fake.AddComment(r1["x"], post.Comment{Author: "Pat Doe", Text: "@springfieldclinic my insulin dose was changed, is that ok?"})
	ps[1].fake.AddComment(r1["facebook"], post.Comment{Author: "Sam Roe", Text: "Thanks for the reminder!"})

	for step, d := range Schedule {
		now = start.Add(d)
		for i, r := range posts {
			for _, pl := range ps {
				pl.fake.SetMetrics(r[pl.id], figures(step, i))
			}
		}
		st, err := c.Collect(context.Background())
		if err != nil {
			t.Fatalf("step %d: %v", step, err)
		}
		if step == 0 && st.Enrolled != 6 {
			t.Errorf("enrolled %d, want 6", st.Enrolled)
		}
		if st.Due != 6 || st.Snapshots != 5 || st.Failed != 1 {
			t.Errorf("step %d: %+v, want 6 due, 5 snapshots, 1 failed", step, st)
		}
		if step == 0 && (st.Comments != 2 || st.Flagged != 1) {
			t.Errorf("step 0: %d comments %d flagged, want 2 and 1", st.Comments, st.Flagged)
		}
		// Nothing is due again until the next step.
		if st, _ := c.Collect(context.Background()); st.Due != 1 || st.Snapshots != 0 {
			t.Errorf("step %d again: %+v, want only the failing post due", step, st)
		}
	}
	ctx := context.Background()
	_ = db.View(ctx, func(tx store.Tx) error {
		for i, p := range []*post.Post{p1, p2} {
			for _, pl := range ps {
				var got []post.Metrics
				_ = tx.EachSnapshot(p.ID, pl.id, func(s store.Snapshot) error { got = append(got, s.Metrics); return nil })
				want := len(Schedule)
				if i == 1 && pl.id == "facebook" {
					want = 0
				}
				if len(got) != want {
					t.Errorf("post %d on %s: %d snapshots, want %d", i, pl.id, len(got), want)
					continue
				}
				for step, m := range got {
					f := figures(step, i)
					if m.Reactions == nil || *m.Reactions != *f.Reactions {
						t.Errorf("post %d on %s step %d: reactions %v, want %d", i, pl.id, step, m.Reactions, *f.Reactions)
					}
					if m.Shares == nil || *m.Shares != *f.Shares {
						t.Errorf("post %d on %s step %d: shares %v, want %d", i, pl.id, step, m.Shares, *f.Shares)
					}
				}
				if len(got) > 0 && pl.id == "x" && got[len(got)-1].Clicks == nil {
					t.Errorf("x clicks missing for a post under 30 days")
				}
			}
		}
		st, ok, _ := tx.Collection(p1.ID, "x")
		if !ok || !st.Next.IsZero() || st.Step != len(Schedule) {
			t.Errorf("finished collection = %+v", st)
		}
		return nil
	})
	var flagged []*store.StoredComment
	_ = db.EachComment(ctx, func(c *store.StoredComment) error {
		if c.HealthDetails {
			flagged = append(flagged, c)
		}
		return nil
	})
	if len(flagged) != 1 || flagged[0].Channel != "x" || !flagged[0].Comment.Mentions {
		t.Fatalf("flagged comments = %+v", flagged)
	}
}

// TestCollectRateLimitStopsChannel checks a rate-limited channel is not
// called again in the run (nor before its retry-after), while others go on.
func TestCollectRateLimitStopsChannel(t *testing.T) {
	db := openDB(t)
	ps := platforms(t)
	start := time.Now().UTC().Truncate(time.Second)
	var remotes []map[string]string
	for i := range 3 {
		_, r := publishedPost(t, db, ps, fmt.Sprintf("Post number %d about vaccines.", i), start)
		remotes = append(remotes, r)
	}
	now := start.Add(time.Hour)
	counting := &countCalls{Source: failOn{Source: ps[0].ch, bad: remotes[0]["x"], class: channels.RateLimited}}
	c := &Collector{DB: db, Now: func() time.Time { return now },
		Channels: map[string]Source{"x": counting, "facebook": ps[1].ch, "linkedin": ps[2].ch}}
	st, err := c.Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(st.RateLimited, []string{"x"}) || st.Snapshots != 6 || st.Failed != 3 {
		t.Errorf("stats %+v, want x rate-limited, 6 snapshots, 3 failed", st)
	}
	if counting.n != 1 {
		t.Errorf("x called %d times, want 1", counting.n)
	}
	now = now.Add(30 * time.Minute) // within the retry-after hour
	if st, _ := c.Collect(context.Background()); counting.n != 1 || !slices.Equal(st.RateLimited, []string{"x"}) {
		t.Errorf("x called again before its retry-after: %d calls, %+v", counting.n, st)
	}
}

type countCalls struct {
	Source
	n int
}

func (c *countCalls) Engagement(ctx context.Context, ids []string) ([]post.Metrics, error) {
	c.n++
	return c.Source.Engagement(ctx, ids)
}

// badIDComments wraps a source and adds, to every post's comments, ones
// whose ids a broken or hostile network could send ("\u0000" in JSON).
type badIDComments struct{ Source }

func (b badIDComments) Comments(ctx context.Context, remoteID string, since time.Time) ([]post.Comment, error) {
	cs, err := b.Source.Comments(ctx, remoteID, since)
	bad := []post.Comment{{RemoteID: "c\x00nul", Author: "Bot", Text: "nul id"}, {RemoteID: "", Author: "Bot", Text: "no id"}}
	return append(bad, cs...), err
}

// TestCollectSkipsCommentsWithUnusableIDs: a comment whose id holds a NUL
// byte or is empty cannot be told apart or replied to (and PostgreSQL
// cannot store the first): it is skipped, and the post's other comments
// are stored, not held back with it.
func TestCollectSkipsCommentsWithUnusableIDs(t *testing.T) {
	db := openDB(t)
	ps := platforms(t)[:1]
	start := time.Now().UTC().Truncate(time.Second)
	p, r := publishedPost(t, db, ps, "Flu shots are in. Walk in any weekday.", start)
	ps[0].fake.AddComment(r["x"], post.Comment{Author: "Sam Roe", Text: "Thanks for the reminder!"})
	c := &Collector{DB: db, Channels: map[string]Source{"x": badIDComments{ps[0].ch}}, Now: func() time.Time { return start.Add(Schedule[0]) }}
	st, err := c.Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Comments != 1 {
		t.Errorf("%d comments stored, want 1 (the one with a usable id)", st.Comments)
	}
	var texts []string
	if err := db.View(context.Background(), func(tx store.Tx) error {
		return tx.PostComments(p.ID, "x", func(c *store.StoredComment) error { texts = append(texts, c.Comment.Text); return nil })
	}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(texts, []string{"Thanks for the reminder!"}) {
		t.Errorf("stored comments %q, want only the one with a usable id", texts)
	}
}
