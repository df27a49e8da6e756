// Package report collects engagement and comments from the channels and
// turns them into what a practice reads in a staff meeting: totals and
// trends for a period, a per-post table, top posts, the best days and
// hours, the topics (tags) that did well, and the feedback people left,
// with commenters and their health details redacted. It exports CSV, JSON
// and a self-contained HTML report with server-drawn SVG charts.
//
// A report counts the deliveries published in the period, each with its
// newest snapshot (lifetime figures to date). Figures a platform does not
// give are "not available" (nil, an empty CSV cell, "n/a"), never zero.
package report

import (
	"slices"
	"time"

	"github.com/practicepost/practicepost/post"
)

// MaxPeriod bounds a report's period: the daily series grows with it.
const MaxPeriod = 5 * 366 * 24 * time.Hour

// Limits on what a Report holds, so building one stays bounded whatever
// the store holds; the CSV export has every row.
const (
	MaxRows     = 500 // per-post table rows (newest first)
	TopN        = 10
	MaxFeedback = 50
)

// Query picks what a report covers.
type Query struct {
	From, To time.Time // From inclusive, To exclusive
	Channels []string  // empty: every channel
	Tags     []string  // empty: every post; else posts with any of them
	Location *time.Location
	// PracticeName heads the report.
	PracticeName string
}

func (q *Query) validate() error {
	switch {
	case q.From.IsZero() || q.To.IsZero():
		return post.Errorf(post.EInvalid, "a report needs a start and an end date")
	case !q.From.Before(q.To):
		return post.Errorf(post.EInvalid, "the report period must end after it starts (%s to %s)",
			q.From.Format(time.DateOnly), q.To.Format(time.DateOnly))
	case q.To.Sub(q.From) > MaxPeriod:
		return post.Errorf(post.EInvalid, "a report covers at most five years; pick a shorter period")
	}
	if q.Location == nil {
		q.Location = time.UTC
	}
	return nil
}

func (q *Query) wants(channel string, tags []string) bool {
	if len(q.Channels) > 0 && !slices.Contains(q.Channels, channel) {
		return false
	}
	if len(q.Tags) == 0 {
		return true
	}
	for _, t := range tags {
		if slices.Contains(q.Tags, t) {
			return true
		}
	}
	return false
}

// Report is a built report. Every slice is bounded (see MaxRows, TopN,
// MaxFeedback); the CSV export streams every row instead.
type Report struct {
	Practice string    `json:"practice"`
	From     time.Time `json:"from"`
	To       time.Time `json:"to"`
	Timezone string    `json:"timezone"`
	Channels []string  `json:"channels,omitempty"` // the filter, empty for all
	Tags     []string  `json:"tags,omitempty"`

	Summary  Summary          `json:"summary"`
	Previous Summary          `json:"previous"` // the period of the same length just before
	Trend    Trend            `json:"trend"`
	ByChan   []ChannelSummary `json:"by_channel"`

	Rows        []Row `json:"rows"`         // newest first, at most MaxRows
	RowsOmitted int   `json:"rows_omitted"` // rows left out of Rows (all are in the CSV)
	Top         []Row `json:"top"`          // most engagements first

	Heat      HeatMap     `json:"heat_map"`
	BestDays  []SlotScore `json:"best_days"`
	BestHours []SlotScore `json:"best_hours"`
	Topics    []Topic     `json:"topics"`
	Daily     []Day       `json:"daily"`

	Feedback        []Feedback `json:"feedback"` // newest first, at most MaxFeedback
	FeedbackTotal   int        `json:"feedback_total"`
	FeedbackFlagged int        `json:"feedback_flagged"`

	// Reviews counts, per reviewing channel (Google Business Profile),
	// the reviews of the practice and their average star rating in the
	// period and the one before.
	Reviews []ReviewSummary `json:"reviews"`

	// SampleDeliveries counts the deliveries in the period that are the
	// demo's made-up sample data (tagged post.SampleTag): when not zero,
	// every view of the report says so.
	SampleDeliveries int `json:"sample_deliveries"`
}

// Summary is the totals of a set of deliveries.
type Summary struct {
	Deliveries int      `json:"deliveries"` // post × channel
	Posts      int      `json:"posts"`
	Figures    Figures  `json:"figures"`
	Rate       *float64 `json:"engagement_rate"`
}

// Trend is each total's change against the previous period, in percent.
type Trend struct {
	Impressions *float64 `json:"impressions"`
	Reactions   *float64 `json:"reactions"`
	Comments    *float64 `json:"comments"`
	Shares      *float64 `json:"shares"`
	Clicks      *float64 `json:"clicks"`
	Engagements *float64 `json:"engagements"`
}

// ChannelSummary is one channel's totals.
type ChannelSummary struct {
	Channel string `json:"channel"`
	Summary
}

// Row is one post on one channel.
type Row struct {
	PostID      post.ID   `json:"post_id"`
	Channel     string    `json:"channel"`
	PublishedAt time.Time `json:"published_at"`
	Text        string    `json:"text"` // the first 80 characters
	Tags        []string  `json:"tags,omitempty"`
	Figures     Figures   `json:"figures"`
	Engagements int64     `json:"engagements"`
	Rate        *float64  `json:"engagement_rate"`
	SnapshotAt  time.Time `json:"snapshot_at,omitzero"` // zero: no snapshot yet
}

// HeatMap is deliveries and engagements by weekday (Monday first) and hour
// in the practice timezone.
type HeatMap [7][24]Cell

// Cell is one hour of one weekday.
type Cell struct {
	Posts       int   `json:"posts"`
	Engagements int64 `json:"engagements"`
}

// Average is engagements per delivery; 0 when nothing was posted then.
func (c Cell) Average() float64 {
	if c.Posts == 0 {
		return 0
	}
	return float64(c.Engagements) / float64(c.Posts)
}

// SlotScore ranks a weekday or an hour by average engagements per delivery.
type SlotScore struct {
	Label   string  `json:"label"`
	Posts   int     `json:"posts"`
	Average float64 `json:"average"`
}

// Topic is one tag's totals.
type Topic struct {
	Tag     string  `json:"tag"`
	Posts   int     `json:"deliveries"`
	Figures Figures `json:"figures"`
	Average float64 `json:"average"` // engagements per delivery
}

// Day is one day of the period, by publication date.
type Day struct {
	Date        string `json:"date"` // YYYY-MM-DD in the practice timezone
	Posts       int    `json:"deliveries"`
	Engagements int64  `json:"engagements"`
}

// Feedback is one comment, redacted for a staff meeting.
type Feedback struct {
	PostID        post.ID   `json:"post_id"`
	Channel       string    `json:"channel"`
	At            time.Time `json:"at"`
	Commenter     string    `json:"commenter"` // "Commenter 3", never the name
	Text          string    `json:"text"`      // health details and handles replaced
	HealthDetails bool      `json:"health_details"`
}
