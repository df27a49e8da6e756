package report

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

var weekdays = [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// bestSlots ranks weekdays and hours by average engagements per delivery,
// leaving out slots with no posts: an empty Sunday is unknown, not bad.
func bestSlots(h *HeatMap) (days, hours []SlotScore) {
	var byHour [24]Cell
	for d := range 7 {
		var day Cell
		for hr := range 24 {
			c := h[d][hr]
			day.Posts += c.Posts
			day.Engagements += c.Engagements
			byHour[hr].Posts += c.Posts
			byHour[hr].Engagements += c.Engagements
		}
		if day.Posts > 0 {
			days = append(days, SlotScore{Label: weekdays[d], Posts: day.Posts, Average: day.Average()})
		}
	}
	for hr, c := range byHour {
		if c.Posts > 0 {
			hours = append(hours, SlotScore{Label: fmt.Sprintf("%02d:00", hr), Posts: c.Posts, Average: c.Average()})
		}
	}
	byScore := func(a, b SlotScore) int { return cmp.Compare(b.Average, a.Average) }
	slices.SortStableFunc(days, byScore)
	slices.SortStableFunc(hours, byScore)
	return days, hours
}

// rankTopics orders tags by average engagements per delivery, then name.
func rankTopics(m map[string]*Topic) []Topic {
	out := make([]Topic, 0, len(m))
	for _, t := range m {
		t.Average = float64(t.Figures.Engagements()) / float64(t.Posts)
		out = append(out, *t)
	}
	slices.SortFunc(out, func(a, b Topic) int {
		return cmp.Or(cmp.Compare(b.Average, a.Average), cmp.Compare(a.Tag, b.Tag))
	})
	return out
}

// fillDays lists every day of the period, zero where nothing was posted,
// so the trend chart's x axis is time.
func fillDays(m map[string]*Day, q Query) []Day {
	var out []Day
	first := q.From.In(q.Location)
	d := time.Date(first.Year(), first.Month(), first.Day(), 0, 0, 0, 0, q.Location)
	for ; d.Before(q.To); d = d.AddDate(0, 0, 1) {
		key := d.Format(time.DateOnly)
		if v, ok := m[key]; ok {
			out = append(out, *v)
		} else {
			out = append(out, Day{Date: key})
		}
	}
	return out
}
