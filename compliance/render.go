package compliance

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/practicepost/practicepost/post"
)

// WriteJSON writes the report as indented JSON: verdict, ruleset, findings,
// channels and readability, in the shape of the issue.
func WriteJSON(w io.Writer, r Report) error {
	if r.Findings == nil {
		r.Findings = []post.Finding{}
	}
	if r.Channels == nil {
		r.Channels = map[string]ChannelFit{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("compliance: write json: %w", err)
	}
	return nil
}

// WriteText writes the draft for clinic staff: the verdict, each text with
// its problems marked [[like this]]¹, and the numbered findings explained.
func WriteText(w io.Writer, d Draft, r Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Verdict: %s   (ruleset %s)\n", strings.ToUpper(string(r.Verdict)), r.Ruleset)
	switch r.Verdict {
	case post.VerdictBlock:
		b.WriteString("This draft cannot be posted as written.\n")
	case post.VerdictReview:
		b.WriteString("A doctor must review this draft before it is posted.\n")
	default:
		b.WriteString("No problems that hold the post.\n")
	}
	num := map[int]int{} // finding index -> its number in the list
	for i := range r.Findings {
		num[i] = i + 1
	}
	texts := []struct{ channel, text string }{{"", d.Text}}
	seen := map[string]bool{d.Text: true}
	for _, t := range d.Channels {
		if v, ok := d.Variants[t.ID]; ok && v != "" && !seen[v] {
			seen[v] = true
			texts = append(texts, struct{ channel, text string }{t.ID, v})
		}
	}
	for _, t := range texts {
		if t.channel == "" {
			b.WriteString("\n--- text ---\n")
		} else {
			fmt.Fprintf(&b, "\n--- text for %s ---\n", t.channel)
		}
		b.WriteString(markText(t.text, t.channel, r.Findings, num))
		b.WriteString("\n")
	}
	if len(r.Channels) > 0 {
		b.WriteString("\n--- channels ---\n")
		for _, t := range d.Channels {
			fit := r.Channels[t.ID]
			state := "fits"
			if !fit.Fits {
				state = "TOO LONG"
			}
			if fit.Limit == 0 {
				fmt.Fprintf(&b, "%-12s %d characters (no limit)\n", t.ID, fit.WeightedLength)
			} else {
				fmt.Fprintf(&b, "%-12s %d / %d  %s\n", t.ID, fit.WeightedLength, fit.Limit, state)
			}
		}
	}
	rd := r.Readability
	switch {
	case rd.Words > 0 && rd.Grade < 1:
		fmt.Fprintf(&b, "\nReading grade under 1 (very easy), %d words, %d sentences\n", rd.Words, rd.Sentences)
	case rd.Words > 0:
		fmt.Fprintf(&b, "\nReading grade %.1f (Flesch-Kincaid %.1f, Coleman-Liau %.1f), %d words, %d sentences\n",
			rd.Grade, rd.FleschKincaid, rd.ColemanLiau, rd.Words, rd.Sentences)
	}
	if len(r.Findings) > 0 {
		b.WriteString("\n--- findings ---\n")
	}
	for i, f := range r.Findings {
		fmt.Fprintf(&b, "%d. [%s] %s", num[i], f.Severity, f.Rule)
		if f.Channel != "" {
			fmt.Fprintf(&b, " (%s)", f.Channel)
		}
		if f.Match != "" {
			fmt.Fprintf(&b, " %q", excerpt(f.Match))
		}
		fmt.Fprintf(&b, "\n   %s\n", f.Message)
		if f.Suggestion != "" {
			fmt.Fprintf(&b, "   Suggestion: %s\n", f.Suggestion)
		}
		var notes []string
		if f.NeedsHuman {
			notes = append(notes, "a person must decide")
		}
		if f.Severity == post.SeverityBlock && !f.Overridable {
			notes = append(notes, "cannot be overridden: edit it out")
		}
		if len(f.Authorize) > 0 {
			notes = append(notes, "identifies a patient: override only with their authorization for "+joinUses(f.Authorize)+", or edit it out")
		}
		if f.Source != "" {
			notes = append(notes, "source "+f.Source)
		}
		fmt.Fprintf(&b, "   (%s)\n", strings.Join(notes, "; "))
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("compliance: write text: %w", err)
	}
	return nil
}

// markText wraps each finding's span in [[ ]] followed by its number.
// Overlapping spans are marked from the first one only, so the brackets
// always nest properly.
func markText(text, channel string, fs []post.Finding, num map[int]int) string {
	var b strings.Builder
	pos := 0
	for i, f := range fs {
		if f.Channel != channel || f.End <= f.Start || f.Start < pos || f.End > len(text) {
			continue
		}
		b.WriteString(text[pos:f.Start])
		fmt.Fprintf(&b, "[[%s]]%d", text[f.Start:f.End], num[i])
		pos = f.End
	}
	b.WriteString(text[pos:])
	return b.String()
}

// excerpt shortens long matches (a whole over-long post) for the list.
func excerpt(s string) string {
	const max = 60
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && cut < len(s) && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// joinUses lists authorization uses as "story or testimonial".
func joinUses(us []post.Use) string {
	ss := make([]string, len(us))
	for i, u := range us {
		ss[i] = string(u)
	}
	return strings.Join(ss, " or ")
}
