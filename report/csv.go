package report

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// CSVColumns are the CSV export's columns, in order. They are stable: new
// columns are only ever added at the end.
//
//	post_id          the post's ULID
//	channel          the channel id
//	published_at     RFC 3339, in the practice timezone
//	weekday, hour    of published_at, in the practice timezone
//	tags             the post's tags, separated by ";"
//	text             the whole text as it went out on that channel
//	impressions, reactions, comments, shares, clicks
//	                 the newest snapshot; empty = not available (never 0)
//	engagements      reactions + comments + shares + clicks (available ones)
//	engagement_rate  engagements per impression in percent, 2 decimals;
//	                 empty when impressions are not available or zero
//	snapshot_at      RFC 3339 UTC time of the snapshot; empty when none yet
var CSVColumns = []string{"post_id", "channel", "published_at", "weekday", "hour", "tags", "text",
	"impressions", "reactions", "comments", "shares", "clicks", "engagements", "engagement_rate", "snapshot_at"}

// flushEvery rows the CSV writer hands its buffer to w, so a big export
// streams instead of growing in memory.
const flushEvery = 1024

// WriteCSV streams one row per post × channel published in q's period,
// with the post's whole text on that channel, to w (RFC 4180: CRLF line ends, quoted where needed). Cells that a
// spreadsheet would run as a formula are neutralised with a leading '.
func WriteCSV(ctx context.Context, w io.Writer, db Reader, q Query) error {
	if err := q.validate(); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(CSVColumns); err != nil {
		return fmt.Errorf("report: csv: %w", err)
	}
	n := 0
	rec := make([]string, len(CSVColumns))
	err := db.View(ctx, func(tx store.Tx) error {
		// A post sent to several channels in one slot gives adjacent rows
		// (the timeline is keyed by time, then post), so the post read for
		// the first row serves the others: decoding the post is most of a
		// row's cost.
		var last *post.Post
		return eachRow(tx, &q, q.From, q.To, func(r Row) error {
			// The whole text as it went out on this channel: a spreadsheet
			// is where a manager reads what was said, not the 80-character
			// snippet the calendar index keeps.
			if last == nil || last.ID != r.PostID {
				p, err := tx.Post(r.PostID)
				if err != nil {
					return err
				}
				last = p
			}
			r.Text = last.TextFor(r.Channel)
			local := r.PublishedAt.In(q.Location)
			f := r.Figures
			rec = append(rec[:0], r.PostID, safeCell(r.Channel), local.Format(time.RFC3339), local.Weekday().String(),
				strconv.Itoa(local.Hour()), safeCell(strings.Join(r.Tags, ";")), safeCell(r.Text),
				num(f.Impressions), num(f.Reactions), num(f.Comments), num(f.Shares), num(f.Clicks),
				strconv.FormatInt(r.Engagements, 10), pct(r.Rate), stamp(r.SnapshotAt))
			if err := cw.Write(rec); err != nil {
				return err
			}
			if n++; n%flushEvery == 0 {
				cw.Flush()
				if err := cw.Error(); err != nil {
					return err
				}
				return ctx.Err()
			}
			return nil
		})
	})
	cw.Flush()
	if err == nil {
		err = cw.Error()
	}
	if err != nil {
		return fmt.Errorf("report: csv: %w", err)
	}
	return nil
}

// safeCell neutralises a cell a spreadsheet would read as a formula
// (OWASP "CSV injection"): a leading = + - @, tab or carriage return gets
// a ' in front.
func safeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func num(p *int64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatInt(*p, 10)
}

func pct(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', 2, 64)
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
