package web

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// slotWords says a channel's posting slots the way a person would
// ("Weekdays at 9:00 and 12:30") instead of as cron. It reads the forms
// a practice writes: "M H * * DAYS" with plain minutes and hours (or
// lists of them) and days as *, a list, a range or names, plus @daily,
// @midnight, @weekly and @hourly. A slot in any other form (steps, days
// of the month, months, @every) is shown as its cron text rather than
// guessed at. Slots on the same days are said together.
func slotWords(specs []string) string {
	type group struct {
		days  string
		times []int // minutes after midnight
	}
	var parts []string // one per group or unreadable spec, in config order
	byDays := map[string]*group{}
	for _, spec := range specs {
		days, times, ok := readSlot(spec)
		if !ok {
			parts = append(parts, strings.TrimSpace(spec))
			continue
		}
		g := byDays[days]
		if g == nil {
			g = &group{days: days}
			byDays[days] = g
			parts = append(parts, "\x00"+days) // filled in below
		}
		g.times = append(g.times, times...)
	}
	for i, p := range parts {
		if !strings.HasPrefix(p, "\x00") {
			continue
		}
		g := byDays[p[1:]]
		slices.Sort(g.times)
		g.times = slices.Compact(g.times)
		clocks := make([]string, len(g.times))
		for j, m := range g.times {
			clocks[j] = fmt.Sprintf("%d:%02d", m/60, m%60)
		}
		parts[i] = g.days + " at " + andList(clocks)
	}
	return strings.Join(parts, "; ")
}

// readSlot splits one slot spec into its days in words and its times of
// day in minutes; ok is false for a form slotWords does not say.
func readSlot(spec string) (days string, times []int, ok bool) {
	spec = strings.TrimSpace(spec)
	if strings.HasPrefix(spec, "CRON_TZ=") || strings.HasPrefix(spec, "TZ=") {
		return "", nil, false // a zone of its own: the words would hide it
	}
	switch spec {
	case "@daily", "@midnight":
		return "Every day", []int{0}, true
	case "@weekly":
		return "Sundays", []int{0}, true
	}
	f := strings.Fields(spec)
	if len(f) != 5 || f[2] != "*" || f[3] != "*" {
		return "", nil, false
	}
	mins, ok1 := numberList(f[0], 0, 59)
	hours, ok2 := numberList(f[1], 0, 23)
	days, ok3 := dayWords(f[4])
	if !ok1 || !ok2 || !ok3 {
		return "", nil, false
	}
	for _, h := range hours {
		for _, m := range mins {
			times = append(times, h*60+m)
		}
	}
	return days, times, true
}

// numberList reads "9" or "9,12,15" within [lo, hi].
func numberList(s string, lo, hi int) ([]int, bool) {
	var out []int
	for _, p := range strings.Split(s, ",") {
		n, err := strconv.Atoi(p)
		if err != nil || n < lo || n > hi {
			return nil, false
		}
		out = append(out, n)
	}
	return out, true
}

var (
	dayNames   = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	dayAbbrevs = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}
)

// dayOfWeek reads one cron weekday: 0-7 (0 and 7 are Sunday) or a name.
func dayOfWeek(s string) (int, bool) {
	if i := slices.Index(dayAbbrevs, strings.ToLower(s)); i >= 0 {
		return i, true
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 7 {
		return 0, false
	}
	return n % 7, true
}

// dayWords says a cron weekday field: "Every day", "Weekdays",
// "Weekends", "Tuesdays and Thursdays", "Monday to Thursday".
func dayWords(field string) (string, bool) {
	if field == "*" || field == "?" {
		return "Every day", true
	}
	set := map[int]bool{}
	var named []int // in the order written, for lists
	ranged := false
	for _, p := range strings.Split(field, ",") {
		lo, hi, isRange := strings.Cut(p, "-")
		a, ok := dayOfWeek(lo)
		if !ok {
			return "", false
		}
		if !isRange {
			if !set[a] {
				named = append(named, a)
			}
			set[a] = true
			continue
		}
		ranged = true
		b, ok := dayOfWeek(hi)
		if !ok {
			return "", false
		}
		if hi == "7" {
			b = 7 // "1-7" runs Monday to Sunday
		}
		if b < a {
			return "", false // cron refuses a backward range
		}
		for d := a; d <= b; d++ {
			set[d%7] = true
		}
	}
	weekdays := set[1] && set[2] && set[3] && set[4] && set[5]
	switch {
	case len(set) == 7:
		return "Every day", true
	case len(set) == 5 && weekdays:
		return "Weekdays", true
	case len(set) == 2 && set[0] && set[6]:
		return "Weekends", true
	}
	if ranged {
		// A single range reads best as one: "Monday to Thursday".
		if lo, hi, ok := strings.Cut(field, "-"); ok && !strings.Contains(field, ",") {
			a, _ := dayOfWeek(lo)
			b, _ := dayOfWeek(hi)
			return dayNames[a] + " to " + dayNames[b], true
		}
		named = named[:0]
		for d := 1; d <= 7; d++ { // Monday first, as the calendar is
			if set[d%7] {
				named = append(named, d%7)
			}
		}
	}
	words := make([]string, len(named))
	for i, d := range named {
		words[i] = dayNames[d] + "s"
	}
	return andList(words), true
}

// andList joins "a", "a and b", "a, b and c".
func andList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
