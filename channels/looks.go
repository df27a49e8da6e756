package channels

import "strings"

// Look is how one text would show on one network: its length as the
// network counts it against the network's limit, and, for a network that
// folds long posts, the part shown before "…see more".
type Look struct {
	Name    string // the kind's Title
	Text    string
	Folded  string // what shows before "see more"; "" when nothing is folded
	Count   int
	Max     int
	TooLong bool
}

// Looks is how text would show on every registered network that has a
// length limit, in name order. The preview channel's card and the web UI's
// preview page both draw it, and both count with Kind.Measure, as the
// checklist does.
func Looks(text string) []Look {
	var out []Look
	for _, k := range Kinds() {
		if k.Limits.MaxChars == 0 {
			continue
		}
		fit := k.Fit(text)
		l := Look{Name: k.Title, Text: text, Count: fit.Length, Max: fit.Limit, TooLong: !fit.Fits}
		if fold := k.Limits.Fold; fold > 0 {
			if _, at := k.Measure(text, fold); at < len(text) {
				l.Folded = strings.TrimSpace(text[:at])
			}
		}
		out = append(out, l)
	}
	return out
}
