package calendar

import (
	"time"

	"github.com/practicepost/practicepost/post"
)

// SkippedWallClock reports whether value, a wall-clock time written with
// layout and parsed into t with time.ParseInLocation, is one the practice's
// clocks skip when daylight saving time starts (02:30 on a spring-forward
// night in America/Chicago). Go quietly moves such a time an hour, usually
// earlier, so a post would go out at a time nobody picked; the error says
// which hour is missing instead. It returns nil for every time that exists.
func SkippedWallClock(t time.Time, layout, value string) error {
	written, err := time.Parse(layout, value) // UTC has no gaps: the wall clock as typed
	if err != nil || sameWallClock(t, written) {
		return nil
	}
	loc := t.Location()
	start, end := t.ZoneBounds()
	transition := end // the zone t was put in ends at the jump ...
	if end.IsZero() || (!start.IsZero() && t.Sub(start) < end.Sub(t)) {
		transition = start // ... or t was put after it
	}
	_, before := transition.Add(-time.Second).In(loc).Zone()
	from := transition.In(time.FixedZone("", before)).Format("15:04")
	to := transition.In(loc).Format("15:04")
	return post.Errorf(post.EInvalid, "%s does not exist in %s: the clocks go forward from %s to %s that night; pick a time before %s or from %s on",
		written.Format("Mon 2 Jan 2006 15:04"), loc, from, to, from, to)
}

// sameWallClock compares the date and time of day two times show, each in
// its own location.
func sameWallClock(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd && a.Hour() == b.Hour() && a.Minute() == b.Minute() && a.Second() == b.Second()
}
