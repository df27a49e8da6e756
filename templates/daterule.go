package templates

import (
	"fmt"
	"time"
)

// dateRule computes an observance's first and last day in a given year.
type dateRule interface {
	span(year int, loc *time.Location) (first, last time.Time)
	// String says the rule in words, for the calendar page.
	String() string
}

// ordinals names n-th positions for rule descriptions; index 0 is "last".
var ordinals = []string{"last", "first", "second", "third", "fourth", "fifth"}

// day returns midnight of the given date in loc.
func day(year int, m time.Month, d int, loc *time.Location) time.Time {
	return time.Date(year, m, d, 0, 0, 0, 0, loc)
}

// nthWeekday returns the n-th weekday wd of the month (n >= 1), or the last
// one for n == -1.
func nthWeekday(year int, m time.Month, wd time.Weekday, n int, loc *time.Location) time.Time {
	if n < 0 {
		last := day(year, m+1, 0, loc) // day 0 of the next month is the last of this one
		return last.AddDate(0, 0, -((int(last.Weekday()) - int(wd) + 7) % 7))
	}
	first := day(year, m, 1, loc)
	return first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+7*(n-1))
}

// wholeMonth is a month-long observance.
type wholeMonth time.Month

func (r wholeMonth) span(year int, loc *time.Location) (time.Time, time.Time) {
	return day(year, time.Month(r), 1, loc), day(year, time.Month(r)+1, 0, loc)
}

func (r wholeMonth) String() string { return "all of " + time.Month(r).String() }

// fixedDays is a fixed span of dates, e.g. 24-30 April; one day when From == To.
type fixedDays struct {
	Month    time.Month
	From, To int
}

func (r fixedDays) span(year int, loc *time.Location) (time.Time, time.Time) {
	return day(year, r.Month, r.From, loc), day(year, r.Month, r.To, loc)
}

func (r fixedDays) String() string {
	if r.From == r.To {
		return fmt.Sprintf("%s %d", r.Month, r.From)
	}
	return fmt.Sprintf("%s %d to %d", r.Month, r.From, r.To)
}

// weekdayRule is a span that starts at a day computed from the n-th weekday
// of a month: Offset days after it, lasting Days days. "The first Friday of
// February" is {February, Friday, 1, 0, 1}; "the Friday before Memorial Day"
// is {May, Monday, -1, -3, 1}; "the week ending on Father's Day" is
// {June, Sunday, 3, -6, 7}.
type weekdayRule struct {
	Month   time.Month
	Weekday time.Weekday
	N       int // 1..5, or -1 for the last
	Offset  int // days from that weekday to the first day
	Days    int // length in days, at least 1
	Text    string
}

func (r weekdayRule) span(year int, loc *time.Location) (time.Time, time.Time) {
	first := nthWeekday(year, r.Month, r.Weekday, r.N, loc).AddDate(0, 0, r.Offset)
	return first, first.AddDate(0, 0, r.Days-1)
}

func (r weekdayRule) String() string {
	if r.Text != "" {
		return r.Text
	}
	n := r.N
	if n < 0 {
		n = 0
	}
	return fmt.Sprintf("the %s %s of %s", ordinals[n], r.Weekday, r.Month)
}
