package calendar

import (
	"context"
	"slices"
	"sort"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// DaysQuery asks for the calendar laid out by practice-local day: the web
// month view and `practicepost calendar` both read it through Days.
type DaysQuery struct {
	CalendarQuery
	// PerDay is how many entries a day lists before it only counts the
	// rest in More; 0 lists them all.
	PerDay int `json:"per_day,omitempty"`
}

// Day is one day of the calendar in the practice timezone.
type Day struct {
	Date    time.Time     `json:"date"` // the day's first instant
	Entries []store.Entry `json:"entries,omitempty"`
	More    int           `json:"more,omitempty"` // matching entries not listed (over PerDay)
	// Slots counts the day's posting slots on the channels asked for;
	// FreeSlots those no delivery sits in, whatever its status.
	Slots     int `json:"slots,omitempty"`
	FreeSlots int `json:"free_slots,omitempty"`
}

// Days is the answer to a DaysQuery.
type Days struct {
	Days    []Day `json:"days"`
	Matched int   `json:"matched"` // entries matching the filters, listed or not
}

// Days lays [From, To) out by day, from From's own day start. It makes one
// key-only pass over the time index: every delivery is counted and marks
// the slot it sits in, and only the entries a day lists (or, with a status
// or tag filter, the ones it must test) are decoded, so a month of a big
// calendar stays fast.
func (s *Service) Days(ctx context.Context, q DaysQuery) (Days, error) {
	if !q.To.After(q.From) {
		return Days{}, post.Errorf(post.EInvalid, "the end of the range must be after its start")
	}
	if q.PerDay < 0 {
		return Days{}, post.Errorf(post.EInvalid, "the entries listed per day cannot be negative")
	}
	var days []Day
	var starts []int64 // each day's first second, for the day lookup
	for t := q.From.In(s.loc); t.Before(q.To); t = t.AddDate(0, 0, 1) {
		days = append(days, Day{Date: t})
		starts = append(starts, t.Unix())
	}
	// Posting slots by channel and minute; a delivery in one takes it.
	// Slots already gone by are left out: nothing can be put in them.
	slotsFrom := q.From
	if now := s.db.Now(); now.After(slotsFrom) {
		slotsFrom = now
	}
	type slotRef struct {
		day   int
		taken bool
	}
	slots := map[string]map[int64]*slotRef{}
	for _, id := range s.order {
		if q.Channel != "" && id != q.Channel {
			continue
		}
		byMinute := map[int64]*slotRef{}
		for _, at := range s.SlotsBetween(id, slotsFrom, q.To) {
			if i := dayIndex(starts, at.Unix()); i >= 0 {
				byMinute[at.Unix()/60] = &slotRef{day: i}
				days[i].Slots++
			}
		}
		slots[id] = byMinute
	}
	filtered := q.Status != "" || q.Tag != ""
	full := func(d *Day) bool { return q.PerDay > 0 && len(d.Entries) >= q.PerDay }
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
			d := &days[i]
			if !filtered && full(d) {
				matched++
				d.More++
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
			if full(d) {
				d.More++
				return nil
			}
			d.Entries = append(d.Entries, e)
			return nil
		})
	})
	if err != nil {
		return Days{}, err
	}
	for _, byMinute := range slots {
		for _, sl := range byMinute {
			if !sl.taken {
				days[sl.day].FreeSlots++
			}
		}
	}
	return Days{Days: days, Matched: matched}, nil
}

// dayIndex is the day holding unix second u, or -1 before the first (the
// last day ends where the range ends: the scan goes no further).
func dayIndex(starts []int64, u int64) int {
	if len(starts) == 0 || u < starts[0] {
		return -1
	}
	return sort.Search(len(starts), func(i int) bool { return starts[i] > u }) - 1
}
