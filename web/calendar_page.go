package web

import (
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// monthCellLimit is how many entries a month-view day shows before "+N
// more": a full day stays readable on a phone, and the page stays fast.
const monthCellLimit = 5

type calendarData struct {
	View, Heading            string
	Prev, Next, Today        string // dates for the navigation links
	Filter                   calendar.CalendarQuery
	FilterQuery              string // the filters as a query string, for links
	Channels                 []calendar.ChannelInfo
	Statuses                 []post.Status
	Weeks                    [][]*dayCell
	Days                     []*dayCell
	Entries                  []store.Entry
	WeekdayNames             []string
	ShownCount, MatchedCount int
}

type dayCell struct {
	Date      time.Time
	InRange   bool
	Today     bool
	Entries   []store.Entry
	List      template.HTML // month view: Entries as escaped list items
	More      int
	Slots     []slotCell
	FreeSlots int
}

type slotCell struct {
	At      time.Time
	Channel string
	Taken   bool
}

// calendarPage shows the month, week or list view in the practice timezone.
func (s *Server) calendarPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	loc := s.cal.Location()
	now := s.db.Now().In(loc)
	day := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc)
	if d := q.Get("date"); d != "" {
		t, err := time.ParseInLocation("2006-01-02", d, loc)
		if err != nil {
			// A fixed message: words from a crafted link never reach the page.
			s.errorPage(w, r, post.Errorf(post.EInvalid, "the date in the address is not a date like 2027-03-01; pick a day on the calendar"))
			return
		}
		day = t
	}
	view := q.Get("view")
	if view != "week" && view != "list" {
		view = "month"
	}
	d := &calendarData{View: view, Channels: s.cal.Channels(), Statuses: post.Statuses,
		WeekdayNames: []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}, Today: now.Format("2006-01-02")}
	d.Filter = calendar.CalendarQuery{Channel: q.Get("channel"), Status: post.Status(q.Get("status")), Tag: q.Get("tag")}
	fq := url.Values{}
	for k, v := range map[string]string{"channel": d.Filter.Channel, "status": string(d.Filter.Status), "tag": d.Filter.Tag} {
		if v != "" {
			fq.Set(k, v)
		}
	}
	d.FilterQuery = fq.Encode()

	var from, to time.Time
	switch view {
	case "week":
		from = startOfWeek(day)
		to = from.AddDate(0, 0, 7)
		d.Heading = "Week of " + from.Format("2 January 2006")
		d.Prev, d.Next = from.AddDate(0, 0, -7).Format("2006-01-02"), to.Format("2006-01-02")
	default:
		first := time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, loc)
		d.Heading = first.Format("January 2006")
		d.Prev, d.Next = first.AddDate(0, -1, 0).Format("2006-01-02"), first.AddDate(0, 1, 0).Format("2006-01-02")
		if view == "list" {
			from, to = first, first.AddDate(0, 1, 0)
		} else {
			from = startOfWeek(first)
			to = startOfWeek(first.AddDate(0, 1, 6))
		}
	}
	d.Filter.From, d.Filter.To = from.UTC(), to.UTC()
	if view == "month" {
		cells, matched, err := s.monthCells(r.Context(), d.Filter, day, now)
		if err != nil {
			s.errorPage(w, r, err)
			return
		}
		for i := 0; i < len(cells); i += 7 {
			d.Weeks = append(d.Weeks, cells[i:min(i+7, len(cells))])
		}
		d.MatchedCount = matched
		s.render(w, r, http.StatusOK, "calendar", "Calendar", d, "")
		return
	}
	entries, err := s.calendarEntries(r.Context(), d.Filter)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	d.MatchedCount = len(entries)
	if view == "list" {
		d.Entries = entries
		s.render(w, r, http.StatusOK, "calendar", "Calendar", d, "")
		return
	}
	d.Days = s.dayCells(from, to, now, entries, d.Filter.Channel)
	s.render(w, r, http.StatusOK, "calendar", "Calendar", d, "")
}

// dayCells lays the week view's entries and posting slots out by day. A
// slot is taken when a delivery on its channel sits in it. (The month view
// reads the index itself: monthCells.)
func (s *Server) dayCells(from, to, now time.Time, entries []store.Entry, channel string) []*dayCell {
	loc := s.cal.Location()
	var cells []*dayCell
	index := map[string]*dayCell{}
	for t := from; t.Before(to); t = t.AddDate(0, 0, 1) {
		c := &dayCell{Date: t, InRange: true,
			Today: t.Year() == now.Year() && t.YearDay() == now.YearDay()}
		cells = append(cells, c)
		index[t.Format("2006-01-02")] = c
	}
	taken := map[string]bool{}
	for _, e := range entries {
		taken[e.Channel+"@"+e.At.UTC().Truncate(time.Minute).Format(time.RFC3339)] = true
		c := index[e.At.In(loc).Format("2006-01-02")]
		if c == nil {
			continue
		}
		c.Entries = append(c.Entries, e)
	}
	for _, ch := range s.cal.Channels() {
		if channel != "" && ch.ID != channel {
			continue
		}
		// Slots already gone by are left out: nothing can be put in them.
		for _, at := range s.cal.SlotsBetween(ch.ID, laterOf(from, now), to) {
			c := index[at.In(loc).Format("2006-01-02")]
			if c == nil {
				continue
			}
			sl := slotCell{At: at, Channel: ch.ID, Taken: taken[ch.ID+"@"+at.UTC().Truncate(time.Minute).Format(time.RFC3339)]}
			if !sl.Taken {
				c.FreeSlots++
			}
			c.Slots = append(c.Slots, sl)
		}
	}
	for _, c := range cells {
		slices.SortFunc(c.Slots, func(a, b slotCell) int { return a.At.Compare(b.At) })
	}
	return cells
}

// startOfWeek is the Monday on or before t, at midnight.
func startOfWeek(t time.Time) time.Time {
	wd := (int(t.Weekday()) + 6) % 7
	return time.Date(t.Year(), t.Month(), t.Day()-wd, 0, 0, 0, 0, t.Location())
}

// laterOf is the later of two times.
func laterOf(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
