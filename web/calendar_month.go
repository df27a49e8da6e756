package web

import (
	"context"
	"html"
	"html/template"
	"net/url"
	"strings"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/store"
)

// monthCells lays out the month view from the calendar's Days, the query
// `practicepost calendar` runs too: each day lists up to monthCellLimit
// entries and counts the rest. The week and list views need every entry in
// full and read Calendar instead.
func (s *Server) monthCells(ctx context.Context, q calendar.CalendarQuery, focus, now time.Time) ([]*dayCell, int, error) {
	days, err := s.cal.Days(ctx, calendar.DaysQuery{CalendarQuery: q, PerDay: monthCellLimit})
	if err != nil {
		return nil, 0, err
	}
	cells := make([]*dayCell, 0, len(days.Days))
	for _, d := range days.Days {
		cells = append(cells, &dayCell{Date: d.Date, InRange: d.Date.Month() == focus.Month(),
			Today:   d.Date.Year() == now.Year() && d.Date.YearDay() == now.YearDay(),
			Entries: d.Entries, List: s.monthList(d.Entries), More: d.More, FreeSlots: d.FreeSlots})
	}
	return cells, days.Matched, nil
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
