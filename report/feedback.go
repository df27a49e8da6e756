package report

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/practicepost/practicepost/store"
)

// feedbackCollector keeps the newest MaxFeedback comments of the period
// and counts them all.
type feedbackCollector struct {
	items          []*store.StoredComment
	total, flagged int
}

func newFeedbackCollector() *feedbackCollector { return &feedbackCollector{} }

func (f *feedbackCollector) add(tx store.Tx, row Row) error {
	return tx.PostComments(row.PostID, row.Channel, func(c *store.StoredComment) error {
		f.total++
		if c.HealthDetails {
			f.flagged++
		}
		f.items = append(f.items, c)
		if len(f.items) >= 4*MaxFeedback {
			f.trim()
		}
		return nil
	})
}

func (f *feedbackCollector) trim() {
	slices.SortStableFunc(f.items, func(a, b *store.StoredComment) int {
		return cmp.Or(b.Comment.At.Compare(a.Comment.At), cmp.Compare(a.Comment.RemoteID, b.Comment.RemoteID))
	})
	if len(f.items) > MaxFeedback {
		f.items = f.items[:MaxFeedback]
	}
}

// done redacts the kept comments. Commenters are numbered by first
// appearance, newest comment first, so the same person keeps one number
// within a report and no name leaves the store.
func (f *feedbackCollector) done() ([]Feedback, int, int) {
	f.trim()
	out := make([]Feedback, 0, len(f.items))
	numbers := map[string]int{}
	for _, c := range f.items {
		who := c.Channel + "\x00" + cmp.Or(c.Comment.AuthorID, c.Comment.Author)
		if numbers[who] == 0 {
			numbers[who] = len(numbers) + 1
		}
		out = append(out, Feedback{PostID: c.PostID, Channel: c.Channel, At: c.Comment.At,
			Commenter: fmt.Sprintf("Commenter %d", numbers[who]), Text: Redact(c), HealthDetails: c.HealthDetails})
	}
	return out, f.total, f.flagged
}

// handle matches @mentions; URLs carry identities too.
var (
	handle = regexp.MustCompile(`@[\p{L}\p{N}_.]+`)
	link   = regexp.MustCompile(`https?://\S+`)
)

// Redacted is what replaces a health or identifying detail.
const Redacted = "[removed]"

// Redact returns the comment's text with the checklist's health and
// identity findings, @handles, links and the commenter's own name
// replaced, for showing in a staff meeting.
func Redact(c *store.StoredComment) string {
	text := c.Comment.Text
	type span struct{ start, end int }
	var spans []span
	for _, f := range c.Findings {
		if f.Start >= 0 && f.End <= len(text) && f.Start < f.End {
			spans = append(spans, span{f.Start, f.End})
		}
	}
	for _, re := range []*regexp.Regexp{handle, link} {
		for _, m := range re.FindAllStringIndex(text, -1) {
			spans = append(spans, span{m[0], m[1]})
		}
	}
	for _, name := range nameParts(c.Comment.Author) {
		for i := 0; ; {
			j := indexFold(text[i:], name)
			if j < 0 {
				break
			}
			spans = append(spans, span{i + j, i + j + len(name)})
			i += j + len(name)
		}
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end)) })
	var merged []span
	for _, s := range spans {
		if n := len(merged); n > 0 && s.start <= merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, s.end)
			continue
		}
		merged = append(merged, s)
	}
	var b strings.Builder
	at := 0
	for _, s := range merged {
		b.WriteString(text[at:s.start])
		b.WriteString(Redacted)
		at = s.end
	}
	b.WriteString(text[at:])
	return b.String()
}

// nameParts are the words of a commenter's name long enough to search for.
func nameParts(name string) []string {
	var out []string
	for _, w := range strings.Fields(name) {
		if len(w) >= 3 {
			out = append(out, w)
		}
	}
	return out
}

// indexFold is strings.Index ignoring ASCII case, on word boundaries.
func indexFold(s, sub string) int {
	ls, lsub := strings.ToLower(s), strings.ToLower(sub)
	if len(ls) != len(s) {
		return -1 // lowering changed byte offsets; skip rather than cut wrong
	}
	for i := 0; ; {
		j := strings.Index(ls[i:], lsub)
		if j < 0 {
			return -1
		}
		k := i + j
		if (k == 0 || !isWordByte(s[k-1])) && (k+len(sub) == len(s) || !isWordByte(s[k+len(sub)])) {
			return k
		}
		i = k + 1
	}
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}
