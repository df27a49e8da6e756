package report

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// seedReviews stores reviews of two Google channels and one comment on
// a post: in March (the period), in February (the period before) and in
// January (neither).
func seedReviews(t *testing.T) *store.DB {
	t.Helper()
	db := openDB(t)
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 12, 0, 0, 0, chicago) }
	reviews := []struct {
		channel string
		at      time.Time
		stars   int
	}{
		{"gbp", day(3, 2), 5}, {"gbp", day(3, 9), 4}, {"gbp", day(3, 31), 2}, {"gbp", day(3, 20), 0},
		{"gbp", day(2, 14), 3}, {"gbp", day(1, 5), 1},
		{"gbp-north", day(3, 3), 5},
		// The instant the period ends is not in it.
		{"gbp-north", time.Date(2026, 4, 1, 0, 0, 0, 0, chicago), 1},
	}
	err := db.Update(context.Background(), func(tx store.Tx) error {
		for i, r := range reviews {
			c := &store.StoredComment{Channel: r.channel, Review: true, Rating: r.stars,
				Comment: post.Comment{RemoteID: "accounts/1/locations/2/reviews/r" + string(rune('a'+i)), Author: "Reviewer", Text: "Kind staff.", At: r.at}}
			if _, err := tx.PutComment(c); err != nil {
				return err
			}
		}
		// A comment on a post is no review.
		_, err := tx.PutComment(&store.StoredComment{PostID: fixedID(day(3, 4), 1), Channel: "gbp",
			Comment: post.Comment{RemoteID: "c1", Author: "Pat", Text: "Thanks", At: day(3, 4)}})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// TestReviewSummaries: a report counts each Google channel's reviews of
// its period and of the one before, with the average of the rated ones
// (a review without stars counts, but not in the average), and honours
// the channel filter; comments on posts are not reviews.
func TestReviewSummaries(t *testing.T) {
	db := seedReviews(t)
	avg := func(f float64) *float64 { return &f }
	cases := []struct {
		name     string
		channels []string
		want     []ReviewSummary
	}{
		{"every channel", nil, []ReviewSummary{
			{Channel: "gbp", Period: ReviewFigures{Reviews: 4, Rated: 3, Average: avg(11.0 / 3), Stars: [5]int{0, 1, 0, 1, 1}},
				Previous: ReviewFigures{Reviews: 1, Rated: 1, Average: avg(3), Stars: [5]int{0, 0, 1, 0, 0}}},
			{Channel: "gbp-north", Period: ReviewFigures{Reviews: 1, Rated: 1, Average: avg(5), Stars: [5]int{0, 0, 0, 0, 1}}},
		}},
		{"one channel", []string{"gbp-north"}, []ReviewSummary{
			{Channel: "gbp-north", Period: ReviewFigures{Reviews: 1, Rated: 1, Average: avg(5), Stars: [5]int{0, 0, 0, 0, 1}}},
		}},
		{"a channel without reviews", []string{"x"}, []ReviewSummary{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q := marchQuery()
			q.Channels = tc.channels
			q.Tags = []string{"flu"} // reviews belong to no post: a tag filter leaves them in
			r, err := Build(context.Background(), db, q)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := json.Marshal(r.Reviews)
			want, _ := json.Marshal(tc.want)
			if string(got) != string(want) {
				t.Fatalf("reviews\n got %s\nwant %s", got, want)
			}
		})
	}
}

// TestReviewExports: the JSON, HTML and reviews CSV exports carry the
// counts and averages; "not available" is null, "n/a" and an empty cell,
// never 0.
func TestReviewExports(t *testing.T) {
	db := seedReviews(t)
	ctx := context.Background()
	r, err := Build(ctx, db, marchQuery())
	if err != nil {
		t.Fatal(err)
	}
	var js bytes.Buffer
	if err := WriteJSON(&js, r); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Reviews []struct {
			Channel string `json:"channel"`
			Period  struct {
				Reviews int      `json:"reviews"`
				Average *float64 `json:"average_rating"`
			} `json:"period"`
			Previous struct {
				Average *float64 `json:"average_rating"`
			} `json:"previous"`
		} `json:"reviews"`
	}
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Reviews) != 2 || back.Reviews[0].Period.Reviews != 4 || back.Reviews[1].Previous.Average != nil {
		t.Fatalf("JSON reviews: %s", js.String())
	}

	var page bytes.Buffer
	if err := WriteHTML(&page, r); err != nil {
		t.Fatal(err)
	}
	html := page.String()
	for _, want := range []string{`<table id="reviews">`, `<td>gbp</td><td class="n">4</td><td class="n">3.67</td><td class="n">1</td><td class="n">3.00</td>`,
		`<td>gbp-north</td><td class="n">1</td><td class="n">5.00</td><td class="n">0</td><td class="n">n/a</td>`, "1★ 0 · 2★ 1 · 3★ 0 · 4★ 1 · 5★ 1"} {
		if !strings.Contains(html, want) {
			t.Errorf("the HTML report lacks %s", want)
		}
	}

	var buf bytes.Buffer
	if err := WriteReviewsCSV(ctx, &buf, db, marchQuery()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\r\n") {
		t.Error("the CSV's lines do not end in CRLF")
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{ReviewCSVColumns,
		{"gbp", "period", "2026-03-01", "2026-03-31", "4", "3", "3.67", "0", "1", "0", "1", "1"},
		{"gbp", "previous", "2026-01-29", "2026-02-28", "1", "1", "3.00", "0", "0", "1", "0", "0"},
		{"gbp-north", "period", "2026-03-01", "2026-03-31", "1", "1", "5.00", "0", "0", "0", "0", "1"},
		{"gbp-north", "previous", "2026-01-29", "2026-02-28", "0", "0", "", "0", "0", "0", "0", "0"},
	}
	if g, w := strings.Join(flatten(rows), "|"), strings.Join(flatten(want), "|"); g != w {
		t.Fatalf("CSV\n got %v\nwant %v", rows, want)
	}
	if err := WriteReviewsCSV(ctx, &buf, db, Query{}); err == nil {
		t.Error("a query without a period wrote a CSV")
	}
}

func flatten(rows [][]string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, strings.Join(r, ","))
	}
	return out
}
