package report

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// eachRow calls fn for every published delivery in [from, to) that q
// wants, oldest first, with its newest snapshot. It reads the timeline
// index and one cursor seek per delivery, never every snapshot.
func eachRow(tx store.Tx, q *Query, from, to time.Time, fn func(Row) error) error {
	return tx.Between(from, to, func(e store.Entry) error {
		if e.Delivery != post.DeliveryPublished || !q.wants(e.Channel, e.Tags) {
			return nil
		}
		r := Row{PostID: e.PostID, Channel: e.Channel, PublishedAt: e.At, Text: e.Snippet, Tags: e.Tags}
		m, ok, err := tx.LatestSnapshot(e.PostID, e.Channel)
		if err != nil {
			return err
		}
		if ok {
			r.Figures, r.SnapshotAt = figuresOf(m), m.At
		}
		r.Engagements, r.Rate = r.Figures.Engagements(), r.Figures.Rate()
		return fn(r)
	})
}

// summer accumulates a Summary.
type summer struct {
	s     Summary
	posts map[post.ID]bool
	// rateEng and rateImp count only deliveries with impressions, so a
	// platform without them does not inflate the rate.
	rateEng, rateImp int64
}

func (a *summer) add(r Row) {
	if a.posts == nil {
		a.posts = map[post.ID]bool{}
	}
	a.s.Deliveries++
	a.posts[r.PostID] = true
	a.s.Figures.Add(r.Figures)
	if r.Figures.Impressions != nil {
		a.rateEng += r.Engagements
		a.rateImp += *r.Figures.Impressions
	}
}

func (a *summer) done() Summary {
	a.s.Posts = len(a.posts)
	if a.rateImp > 0 {
		r := float64(a.rateEng) * 100 / float64(a.rateImp)
		a.s.Rate = &r
	}
	return a.s
}

// Reader is what a report reads the store through. *store.DB implements it.
type Reader interface {
	View(ctx context.Context, fn func(store.Tx) error) error
}

// Build builds the report for q in one read transaction. Memory is bounded
// by the number of deliveries in the period, not by the snapshots stored.
func Build(ctx context.Context, db Reader, q Query) (*Report, error) {
	if err := q.validate(); err != nil {
		return nil, err
	}
	r := &Report{Practice: q.PracticeName, From: q.From.UTC(), To: q.To.UTC(), Timezone: q.Location.String(),
		Channels: q.Channels, Tags: q.Tags, Rows: []Row{}, Top: []Row{}, Feedback: []Feedback{}}
	var (
		total, prev summer
		byChan      = map[string]*summer{}
		topics      = map[string]*Topic{}
		daily       = map[string]*Day{}
		fb          = newFeedbackCollector()
		n           int
	)
	err := db.View(ctx, func(tx store.Tx) error {
		err := eachRow(tx, &q, q.From, q.To, func(row Row) error {
			if n++; n%4096 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			total.add(row)
			if slices.Contains(row.Tags, post.SampleTag) {
				r.SampleDeliveries++
			}
			if byChan[row.Channel] == nil {
				byChan[row.Channel] = &summer{}
			}
			byChan[row.Channel].add(row)
			r.Rows = keepNewest(r.Rows, row)
			r.Top = keepTop(r.Top, row)
			local := row.PublishedAt.In(q.Location)
			cell := &r.Heat[(int(local.Weekday())+6)%7][local.Hour()]
			cell.Posts++
			cell.Engagements += row.Engagements
			for _, tag := range row.Tags {
				t := topics[tag]
				if t == nil {
					t = &Topic{Tag: tag}
					topics[tag] = t
				}
				t.Posts++
				t.Figures.Add(row.Figures)
			}
			day := local.Format(time.DateOnly)
			if daily[day] == nil {
				daily[day] = &Day{Date: day}
			}
			daily[day].Posts++
			daily[day].Engagements += row.Engagements
			return fb.add(tx, row)
		})
		if err != nil {
			return err
		}
		err = eachRow(tx, &q, q.From.Add(-q.To.Sub(q.From)), q.From, func(row Row) error {
			prev.add(row)
			return nil
		})
		if err != nil {
			return err
		}
		r.Reviews, err = reviewSummaries(tx, &q)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("report: build: %w", err)
	}
	r.Summary, r.Previous = total.done(), prev.done()
	r.Trend = trendOf(r.Summary, r.Previous)
	for _, ch := range slices.Sorted(maps.Keys(byChan)) {
		r.ByChan = append(r.ByChan, ChannelSummary{Channel: ch, Summary: byChan[ch].done()})
	}
	r.Rows = newestFirst(r.Rows)
	r.RowsOmitted = r.Summary.Deliveries - len(r.Rows)
	r.BestDays, r.BestHours = bestSlots(&r.Heat)
	r.Topics = rankTopics(topics)
	r.Daily = fillDays(daily, q)
	r.Feedback, r.FeedbackTotal, r.FeedbackFlagged = fb.done()
	return r, nil
}

// keepNewest appends row and, past twice MaxRows, drops the oldest half:
// rows arrive oldest first, so the newest MaxRows survive.
func keepNewest(rows []Row, row Row) []Row {
	rows = append(rows, row)
	if len(rows) >= 2*MaxRows {
		rows = append(rows[:0], rows[len(rows)-MaxRows:]...)
	}
	return rows
}

func newestFirst(rows []Row) []Row {
	if len(rows) > MaxRows {
		rows = rows[len(rows)-MaxRows:]
	}
	slices.Reverse(rows)
	return rows
}

// keepTop keeps the TopN rows with the most engagements; ties go to the
// earlier post, so the order is stable.
func keepTop(top []Row, row Row) []Row {
	if row.Engagements == 0 || (len(top) == TopN && row.Engagements <= top[TopN-1].Engagements) {
		return top
	}
	i := len(top)
	for i > 0 && top[i-1].Engagements < row.Engagements {
		i--
	}
	top = slices.Insert(top, i, row)
	if len(top) > TopN {
		top = top[:TopN]
	}
	return top
}

func trendOf(cur, prev Summary) Trend {
	ce, pe := cur.Figures.Engagements(), prev.Figures.Engagements()
	var eng *float64
	if prev.Deliveries > 0 {
		eng = Change(&ce, &pe)
	}
	return Trend{
		Impressions: Change(cur.Figures.Impressions, prev.Figures.Impressions),
		Reactions:   Change(cur.Figures.Reactions, prev.Figures.Reactions),
		Comments:    Change(cur.Figures.Comments, prev.Figures.Comments),
		Shares:      Change(cur.Figures.Shares, prev.Figures.Shares),
		Clicks:      Change(cur.Figures.Clicks, prev.Figures.Clicks),
		Engagements: eng,
	}
}
