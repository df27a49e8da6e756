package templates

import (
	"slices"
	"time"
)

// Use is a past use of an evergreen template or post: Key is the template
// name (for a post made from a template, its post.Post.Template) or the id of
// an evergreen post; At is when it went out or is planned to.
type Use struct {
	Key string    `json:"key"`
	At  time.Time `json:"at"`
}

// PickEvergreen chooses what to re-queue at now. A candidate used within
// interval before or after now (a planned use counts too) is skipped. Of the
// rest it returns the one never used, or else the one whose last use is
// oldest; ties go to the earlier candidate, so the answer is the same every
// time for the same input. It returns false when every candidate was used
// within the interval, or there are none.
func PickEvergreen(candidates []string, history []Use, now time.Time, interval time.Duration) (string, bool) {
	last := make(map[string]time.Time, len(history))
	blocked := make(map[string]bool)
	for _, u := range history {
		if !slices.Contains(candidates, u.Key) {
			continue
		}
		if d := now.Sub(u.At); d < interval && d > -interval {
			blocked[u.Key] = true
		}
		if t, ok := last[u.Key]; !ok || u.At.After(t) {
			last[u.Key] = u.At
		}
	}
	best, found := "", false
	for _, c := range candidates {
		if blocked[c] {
			continue
		}
		if !found || older(last, c, best) {
			best, found = c, true
		}
	}
	return best, found
}

// older reports whether a's last use is strictly older than b's; never used
// counts as oldest.
func older(last map[string]time.Time, a, b string) bool {
	ta, usedA := last[a]
	tb, usedB := last[b]
	switch {
	case !usedA:
		return usedB
	case !usedB:
		return false
	}
	return ta.Before(tb)
}
