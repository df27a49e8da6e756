package report

import (
	"context"
	"encoding/binary"
	"testing"
	"time"

	"github.com/oklog/ulid/v2"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

var chicago = mustLoc("America/Chicago")

func mustLoc(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

// fixedID is a deterministic ULID for fixtures, so golden files are stable.
func fixedID(t time.Time, n uint64) post.ID {
	var e [10]byte
	binary.BigEndian.PutUint64(e[2:], n)
	return ulid.MustNew(ulid.Timestamp(t), zeroReader(e[:])).String()
}

type zeroReader []byte

func (z zeroReader) Read(p []byte) (int, error) { return copy(p, z), nil }

// fixturePost is a published post with one snapshot per channel and maybe
// comments.
type fixturePost struct {
	at       time.Time
	text     string
	tags     []string
	figures  map[string]post.Metrics
	comments []store.StoredComment
}

// marchQuery is the report period of the fixtures.
func marchQuery() Query {
	return Query{From: time.Date(2026, 3, 1, 0, 0, 0, 0, chicago), To: time.Date(2026, 4, 1, 0, 0, 0, 0, chicago),
		Location: chicago, PracticeName: "Springfield Family Clinic"}
}

func fixtures() []fixturePost {
	m := func(imp *int64, r, c, s, cl int64) post.Metrics {
		return post.Metrics{Impressions: imp, Reactions: i64(r), Comments: i64(c), Shares: i64(s), Clicks: i64(cl)}
	}
	fbNoShares := func(r, c int64) post.Metrics {
		return post.Metrics{Reactions: i64(r), Comments: i64(c), Impressions: i64(400), Clicks: i64(5)}
	}
	return []fixturePost{
		{at: time.Date(2026, 2, 10, 15, 0, 0, 0, time.UTC), text: "February post", tags: []string{"flu"},
			figures: map[string]post.Metrics{"x": m(i64(1000), 10, 2, 3, 4)}},
		{at: time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC), text: "Flu shots are in, walk in \"any\" weekday.\nNo appointment needed.",
			tags:    []string{"flu", "vaccines"},
			figures: map[string]post.Metrics{"x": m(i64(2000), 40, 6, 9, 12), "facebook": fbNoShares(55, 7), "linkedin": m(i64(900), 12, 1, 2, 30)},
			comments: []store.StoredComment{
				{Channel: "x", Comment: post.Comment{RemoteID: "c1", Author: "Pat Doe", AuthorID: "u1", At: time.Date(2026, 3, 2, 18, 0, 0, 0, time.UTC),
					Text: "@springfieldclinic Pat here, my insulin was changed last week, call me", Mentions: true},
					HealthDetails: true, Findings: []post.Finding{{Rule: SelfDisclosureRule, Start: 32, End: 39, Match: "insulin"}}},
				{Channel: "facebook", Comment: post.Comment{RemoteID: "c2", Author: "Sam Roe", AuthorID: "u2", At: time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC),
					Text: "Thanks for the reminder, see https://example.com/x"}},
			}},
		{at: time.Date(2026, 3, 9, 14, 30, 0, 0, time.UTC), text: "=HYPERLINK(\"http://evil.example\",\"click\") formula test",
			tags: []string{"office"}, figures: map[string]post.Metrics{"x": m(i64(500), 3, 0, 0, 1), "facebook": fbNoShares(8, 0)}},
		{at: time.Date(2026, 3, 17, 22, 0, 0, 0, time.UTC), text: "+1 for handwashing, -2 for germs, @everyone; commas, too",
			tags: []string{"hygiene"}, figures: map[string]post.Metrics{"linkedin": m(i64(300), 5, 0, 1, 2)}},
		{at: time.Date(2026, 3, 26, 13, 0, 0, 0, time.UTC), text: "-Heat advisory: drink water.", tags: []string{"safety"},
			figures: map[string]post.Metrics{"x": m(nil, 20, 3, 4, 0)}},
		{at: time.Date(2026, 3, 30, 16, 0, 0, 0, time.UTC), text: "New hours start Monday.", tags: nil, figures: map[string]post.Metrics{"x": {}}},
	}
}

// seedFixtures stores the fixture posts; channels with no figures get a
// published delivery and no snapshot.
func seedFixtures(t testing.TB, db *store.DB) {
	t.Helper()
	err := db.Update(context.Background(), func(tx store.Tx) error {
		for i, f := range fixtures() {
			p := &post.Post{ID: fixedID(f.at, uint64(i)), Body: f.text, Tags: f.tags, Status: post.StatusPublished,
				Author: "fixture", Deliveries: map[string]*post.Delivery{}}
			for _, ch := range []string{"facebook", "linkedin", "x"} {
				m, ok := f.figures[ch]
				if !ok {
					continue
				}
				p.Channels = append(p.Channels, ch)
				p.Deliveries[ch] = &post.Delivery{Channel: ch, State: post.DeliveryPublished, RemoteID: ch + "-r" + string(rune('0'+i)), PublishedAt: f.at}
				if m == (post.Metrics{}) {
					continue
				}
				// An early, smaller snapshot first: the report must use the newest.
				early := post.Metrics{At: f.at.Add(time.Hour), Reactions: i64(1)}
				m.At = f.at.Add(30 * 24 * time.Hour)
				for _, s := range []post.Metrics{early, m} {
					if err := tx.PutSnapshot(p.ID, ch, s); err != nil {
						return err
					}
				}
			}
			if err := tx.InsertPost(p, store.Audit{Actor: "fixture", Action: "post.create"}); err != nil {
				return err
			}
			for _, c := range f.comments {
				c.PostID = p.ID
				c.FetchedAt = c.Comment.At
				if _, err := tx.PutComment(&c); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
