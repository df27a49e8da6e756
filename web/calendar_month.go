package web

import (
	"context"
	"html"
	"html/template"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/store"
)

// monthCells lays out the month view straight from the timeline index:
// one key-only pass over the range counts every delivery, marks the slots
// deliveries sit in, and decodes only the entries a day shows (and, with a
// status or tag filter, the ones it must test). The week and list views
// need every entry in full and go through the calendar service instead.
func (s *Server) monthCells(ctx context.Context, q calendar.CalendarQuery, from, to, focus, now time.Time) ([]*dayCell, int, error) {
	var cells []*dayCell
	var starts []int64 // each cell's first second, for the day lookup
	for t := from; t.Before(to); t = t.AddDate(0, 0, 1) {
		cells = append(cells, &dayCell{Date: t, InRange: t.Month() == focus.Month(),
			Today: t.Year() == now.Year() && t.YearDay() == now.YearDay()})
		starts = append(starts, t.Unix())
	}
	// Posting slots by channel and minute; a delivery in one takes it.
	// Slots already gone by are left out: nothing can be put in them.
	type slotRef struct {
		cell  *dayCell
		taken bool
	}
	slots := map[string]map[int64]*slotRef{}
	for _, ch := range s.cal.Channels() {
		if q.Channel != "" && ch.ID != q.Channel {
			continue
		}
		byMinute := map[int64]*slotRef{}
		for _, at := range s.cal.SlotsBetween(ch.ID, laterOf(from, now), to) {
			if i := dayIndex(starts, at.Unix()); i >= 0 {
				byMinute[at.Unix()/60] = &slotRef{cell: cells[i]}
			}
		}
		slots[ch.ID] = byMinute
	}
	filtered := q.Status != "" || q.Tag != ""
	matched := 0
	err := s.db.View(ctx, func(tx store.Tx) error {
		return tx.ScanBetween(q.From, q.To, func(at time.Time, ch []byte, decode func() (store.Entry, error)) error {
			if q.Channel != "" && string(ch) != q.Channel {
				return nil
			}
			if sl := slots[string(ch)][at.Unix()/60]; sl != nil {
				sl.taken = true
			}
			i := dayIndex(starts, at.Unix())
			if i < 0 {
				return nil
			}
			c := cells[i]
			if !filtered && len(c.Entries) >= monthCellLimit {
				matched++
				c.More++
				return nil
			}
			e, err := decode()
			if err != nil {
				return err
			}
			if (q.Status != "" && e.Status != q.Status) || (q.Tag != "" && !slices.Contains(e.Tags, q.Tag)) {
				return nil
			}
			matched++
			if len(c.Entries) >= monthCellLimit {
				c.More++
				return nil
			}
			c.Entries = append(c.Entries, e)
			return nil
		})
	})
	if err != nil {
		return nil, 0, err
	}
	for _, c := range cells {
		c.List = s.monthList(c.Entries)
	}
	for _, byMinute := range slots {
		for _, sl := range byMinute {
			if !sl.taken {
				sl.cell.FreeSlots++
			}
		}
	}
	return cells, matched, nil
}

// dayIndex is the cell holding unix second u, or -1 outside the range
// (the last cell ends where the range ends: the caller scans no further).
func dayIndex(starts []int64, u int64) int {
	if len(starts) == 0 || u < starts[0] {
		return -1
	}
	return sort.Search(len(starts), func(i int) bool { return starts[i] > u }) - 1
}

// monthList is a month cell's entries as list items. The month view shows
// up to 42 × monthCellLimit of them; written here with explicit escaping,
// they cost one template action per day instead of five escaped actions
// per entry, which was most of the page's time.
func (s *Server) monthList(entries []store.Entry) template.HTML {
	loc := s.cal.Location()
	if len(entries) == 0 {
		return ""
	}
	var b strings.Builder
	for _, e := range entries {
		st := html.EscapeString(string(e.Status))
		b.WriteString(`<li><a href="/posts/`)
		b.WriteString(html.EscapeString(url.PathEscape(e.PostID)))
		b.WriteString(`">`)
		b.WriteString(e.At.In(loc).Format("15:04"))
		b.WriteByte(' ')
		b.WriteString(html.EscapeString(s.channelName(e.Channel)))
		b.WriteString(` <span class="st st-`)
		b.WriteString(st)
		b.WriteString(`">`)
		b.WriteString(html.EscapeString(statusLabel(e.Status)))
		// The start of the text, on one line, so a post can be told from
		// its neighbours without opening it.
		b.WriteString(`</span> <span class="sn">`)
		b.WriteString(html.EscapeString(e.Snippet))
		b.WriteString(`</span></a></li>`)
	}
	return template.HTML(b.String()) // every piece above is escaped
}
