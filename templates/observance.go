package templates

import (
	"fmt"
	"slices"
	"time"
)

// Observance kinds.
const (
	KindMonth = "month"
	KindWeek  = "week"
	KindDay   = "day"
)

// Observance is one US health observance in one year.
type Observance struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind"` // month, week or day
	// Start and End are the first and the last day (inclusive), at
	// midnight in the location asked for.
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	// Rule says how the date is set, e.g. "the first Friday of February".
	Rule string `json:"rule"`
	// Template is the shipped template for it.
	Template string `json:"template"`
	// Source is the page of the organisation behind the observance.
	Source string `json:"source"`
}

// Contains reports whether t falls on one of the observance's days.
func (o Observance) Contains(t time.Time) bool {
	t = t.In(o.Start.Location())
	d := day(t.Year(), t.Month(), t.Day(), o.Start.Location())
	return !d.Before(o.Start) && !d.After(o.End)
}

// When says the dates in words for a post: "February" for a month,
// "April 6 to 12" (or "May 31 to June 6") for a week, "Friday, February 6"
// for a day. Templates of moving observances get it as their date variable.
func (o Observance) When() string {
	switch o.Kind {
	case KindMonth:
		return o.Start.Month().String()
	case KindDay:
		return o.Start.Format("Monday, January 2")
	}
	if o.Start.Month() == o.End.Month() {
		return fmt.Sprintf("%s to %d", o.Start.Format("January 2"), o.End.Day())
	}
	return o.Start.Format("January 2") + " to " + o.End.Format("January 2")
}

// observanceDef is one entry of the calendar; its template has the same id.
type observanceDef struct {
	ID, Name, Kind string
	When           dateRule
	Source         string
}

// calendar is the list of observances practicepost ships. Each has a
// template of the same name in library/. Dates follow the organisation
// named in Source; a rule that an organisation changes is changed here.
var calendar = []observanceDef{
	{"cervical-health-month", "Cervical Health Awareness Month", KindMonth, wholeMonth(time.January), "https://www.cdc.gov/cervical-cancer/index.html"},
	{"heart-month", "American Heart Month", KindMonth, wholeMonth(time.February), "https://www.cdc.gov/heart-disease/index.html"},
	{"wear-red-day", "National Wear Red Day", KindDay, weekdayRule{Month: time.February, Weekday: time.Friday, N: 1, Days: 1}, "https://www.nhlbi.nih.gov/education-awareness/heart-truth"},
	{"colorectal-cancer-month", "Colorectal Cancer Awareness Month", KindMonth, wholeMonth(time.March), "https://www.cdc.gov/colorectal-cancer/index.html"},
	{"world-kidney-day", "World Kidney Day", KindDay, weekdayRule{Month: time.March, Weekday: time.Thursday, N: 2, Days: 1}, "https://www.worldkidneyday.org/"},
	{"doctors-day", "National Doctors' Day", KindDay, fixedDays{time.March, 30, 30}, "https://www.congress.gov/bill/101st-congress/senate-joint-resolution/366"},
	{"public-health-week", "National Public Health Week", KindWeek, weekdayRule{Month: time.April, Weekday: time.Monday, N: 1, Days: 7, Text: "the first full week of April, Monday to Sunday"}, "https://www.nphw.org/"},
	{"world-health-day", "World Health Day", KindDay, fixedDays{time.April, 7, 7}, "https://www.who.int/campaigns/world-health-day"},
	{"world-immunization-week", "World Immunization Week", KindWeek, fixedDays{time.April, 24, 30}, "https://www.who.int/campaigns/world-immunization-week"},
	{"mental-health-month", "Mental Health Awareness Month", KindMonth, wholeMonth(time.May), "https://mhanational.org/mental-health-month"},
	{"womens-health-week", "National Women's Health Week", KindWeek, weekdayRule{Month: time.May, Weekday: time.Sunday, N: 2, Days: 7, Text: "the seven days starting on Mother's Day (the second Sunday of May)"}, "https://womenshealth.gov/nwhw"},
	{"dont-fry-day", "Don't Fry Day", KindDay, weekdayRule{Month: time.May, Weekday: time.Monday, N: -1, Offset: -3, Days: 1, Text: "the Friday before Memorial Day (the last Monday of May)"}, "https://www.epa.gov/sunsafety/dont-fry-day"},
	{"mens-health-week", "Men's Health Week", KindWeek, weekdayRule{Month: time.June, Weekday: time.Sunday, N: 3, Offset: -6, Days: 7, Text: "the Monday to Sunday ending on Father's Day (the third Sunday of June)"}, "https://www.menshealthmonth.org/"},
	{"uv-safety-month", "UV Safety Month", KindMonth, wholeMonth(time.July), "https://www.cdc.gov/skin-cancer/index.html"},
	{"immunization-awareness-month", "National Immunization Awareness Month", KindMonth, wholeMonth(time.August), "https://www.cdc.gov/vaccines/index.html"},
	{"suicide-prevention-month", "Suicide Prevention Awareness Month", KindMonth, wholeMonth(time.September), "https://988lifeline.org/"},
	{"breast-cancer-month", "Breast Cancer Awareness Month", KindMonth, wholeMonth(time.October), "https://www.cdc.gov/breast-cancer/index.html"},
	{"mammography-day", "National Mammography Day", KindDay, weekdayRule{Month: time.October, Weekday: time.Friday, N: 3, Days: 1}, "https://www.cdc.gov/breast-cancer/screening/index.html"},
	{"diabetes-month", "National Diabetes Month", KindMonth, wholeMonth(time.November), "https://www.niddk.nih.gov/health-information/community-health-outreach/national-diabetes-month"},
	{"world-diabetes-day", "World Diabetes Day", KindDay, fixedDays{time.November, 14, 14}, "https://worlddiabetesday.org/"},
	{"great-american-smokeout", "Great American Smokeout", KindDay, weekdayRule{Month: time.November, Weekday: time.Thursday, N: 3, Days: 1}, "https://www.cancer.org/cancer/risk-prevention/tobacco/great-american-smokeout.html"},
	{"world-aids-day", "World AIDS Day", KindDay, fixedDays{time.December, 1, 1}, "https://www.hiv.gov/events/awareness-days/world-aids-day"},
}

// knownObservance reports whether id is in the calendar.
func knownObservance(id string) bool {
	return slices.ContainsFunc(calendar, func(d observanceDef) bool { return d.ID == id })
}

// Observances returns the year's observances with their dates in loc (UTC
// when loc is nil), sorted by first day, longer ones first on the same day.
func Observances(year int, loc *time.Location) []Observance {
	if loc == nil {
		loc = time.UTC
	}
	out := make([]Observance, 0, len(calendar))
	for _, d := range calendar {
		first, last := d.When.span(year, loc)
		out = append(out, Observance{
			ID: d.ID, Name: d.Name, Kind: d.Kind, Start: first, End: last,
			Rule: d.When.String(), Template: d.ID, Source: d.Source,
		})
	}
	slices.SortStableFunc(out, func(a, b Observance) int {
		if c := a.Start.Compare(b.Start); c != 0 {
			return c
		}
		return b.End.Compare(a.End)
	})
	return out
}

// ObservancesIn returns the observances with at least one day in the month
// that starts at month (any time in the month will do; its location is used).
func ObservancesIn(month time.Time) []Observance {
	loc := month.Location()
	first := day(month.Year(), month.Month(), 1, loc)
	last := day(month.Year(), month.Month()+1, 0, loc)
	var out []Observance
	for _, o := range Observances(month.Year(), loc) {
		if !o.End.Before(first) && !o.Start.After(last) {
			out = append(out, o)
		}
	}
	return out
}
