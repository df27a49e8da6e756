package report

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"time"

	"github.com/practicepost/practicepost/store"
)

// ReviewSummary is one reviewing channel's (Google Business Profile's)
// reviews of the practice in the report's period and in the period of
// the same length before it, by the review's last update. Reviews belong
// to the channel, not to a post, so the report's tag filter does not
// apply to them; its channel filter does.
type ReviewSummary struct {
	Channel string        `json:"channel"`
	Period  ReviewFigures `json:"period"`
	// Previous is the period of the same length just before, for the
	// trend.
	Previous ReviewFigures `json:"previous"`
}

// ReviewFigures counts reviews and their stars.
type ReviewFigures struct {
	Reviews int `json:"reviews"`
	// Rated is how many of them carry stars (Google's reviews always
	// do; 0 stars means the network gave none).
	Rated int `json:"rated"`
	// Average is the mean star rating of the rated ones, 1 to 5; nil
	// when none is rated ("not available", never 0).
	Average *float64 `json:"average_rating"`
	// Stars counts the reviews with 1 to 5 stars: Stars[0] is one star.
	Stars [5]int `json:"stars"`
}

func (f *ReviewFigures) add(rating int) {
	f.Reviews++
	if rating >= 1 && rating <= 5 {
		f.Rated++
		f.Stars[rating-1]++
	}
}

func (f *ReviewFigures) finish() {
	if f.Rated == 0 {
		return
	}
	sum := 0
	for i, n := range f.Stars {
		sum += (i + 1) * n
	}
	avg := float64(sum) / float64(f.Rated)
	f.Average = &avg
}

// reviewSummaries counts the stored reviews of q's period and the one
// before, per channel q wants, in channel order. It reads the comments
// bucket once: a practice has few reviews and comments next to its
// snapshots (as for the inbox).
func reviewSummaries(tx store.Tx, q *Query) ([]ReviewSummary, error) {
	prevFrom := q.From.Add(-q.To.Sub(q.From))
	by := map[string]*ReviewSummary{}
	err := tx.PostComments("", "", func(c *store.StoredComment) error {
		if !c.Review || (len(q.Channels) > 0 && !slices.Contains(q.Channels, c.Channel)) {
			return nil
		}
		at := c.Comment.At
		var f func(*ReviewSummary) *ReviewFigures
		switch {
		case !at.Before(q.From) && at.Before(q.To):
			f = func(s *ReviewSummary) *ReviewFigures { return &s.Period }
		case !at.Before(prevFrom) && at.Before(q.From):
			f = func(s *ReviewSummary) *ReviewFigures { return &s.Previous }
		default:
			return nil
		}
		s := by[c.Channel]
		if s == nil {
			s = &ReviewSummary{Channel: c.Channel}
			by[c.Channel] = s
		}
		f(s).add(c.Rating)
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]ReviewSummary, 0, len(by))
	for _, ch := range slices.Sorted(maps.Keys(by)) {
		s := by[ch]
		s.Period.finish()
		s.Previous.finish()
		out = append(out, *s)
	}
	return out, nil
}

// ReviewCSVColumns are the reviews CSV's columns, in order; new ones are
// only ever added at the end.
//
//	channel          the channel id
//	period           "period" (the report's) or "previous" (the one before)
//	from, to         the period's first and last day, practice timezone
//	reviews          reviews last updated in the period
//	rated            of them, those with stars
//	average_rating   mean stars of the rated ones, 2 decimals; empty when none
//	stars_1..stars_5 how many gave one to five stars
var ReviewCSVColumns = []string{"channel", "period", "from", "to", "reviews", "rated", "average_rating",
	"stars_1", "stars_2", "stars_3", "stars_4", "stars_5"}

// WriteReviewsCSV writes two rows per reviewing channel (the report's
// period and the one before it) with the count of reviews and their
// average star rating, for a spreadsheet (RFC 4180, CRLF line ends).
func WriteReviewsCSV(ctx context.Context, w io.Writer, db Reader, q Query) error {
	if err := q.validate(); err != nil {
		return err
	}
	var sums []ReviewSummary
	err := db.View(ctx, func(tx store.Tx) error {
		var err error
		sums, err = reviewSummaries(tx, &q)
		return err
	})
	if err != nil {
		return fmt.Errorf("report: reviews csv: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	day := func(t time.Time) string { return t.In(q.Location).Format(time.DateOnly) }
	prevFrom := q.From.Add(-q.To.Sub(q.From))
	rows := [][]string{ReviewCSVColumns}
	for _, s := range sums {
		for _, p := range []struct {
			name     string
			from, to time.Time
			f        ReviewFigures
		}{{"period", q.From, q.To, s.Period}, {"previous", prevFrom, q.From, s.Previous}} {
			row := []string{safeCell(s.Channel), p.name, day(p.from), day(p.to.Add(-time.Second)),
				strconv.Itoa(p.f.Reviews), strconv.Itoa(p.f.Rated), stars(p.f.Average)}
			for _, n := range p.f.Stars {
				row = append(row, strconv.Itoa(n))
			}
			rows = append(rows, row)
		}
	}
	if err := cw.WriteAll(rows); err != nil {
		return fmt.Errorf("report: reviews csv: %w", err)
	}
	return nil
}

// stars formats an average rating with two decimals; "" when there is
// none.
func stars(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', 2, 64)
}
