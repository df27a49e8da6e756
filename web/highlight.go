package web

import (
	"html/template"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
)

// span is a byte range of text a finding points at.
type span struct {
	start, end int
	severity   post.Severity
	title      string
}

// findingSpans picks the findings about one text (the body when channel is
// "", else that channel's variant) and clamps them to valid, non-overlapping
// byte ranges on rune boundaries: a finding from an older check or a bad
// offset must not cut a character in half.
func findingSpans(text string, findings []post.Finding, channel string) []span {
	var out []span
	for _, f := range findings {
		if f.Channel != channel || f.End <= f.Start {
			continue
		}
		st, en := max(0, f.Start), min(len(text), f.End)
		for st > 0 && !utf8.RuneStart(text[st]) {
			st--
		}
		for en < len(text) && !utf8.RuneStart(text[en]) {
			en++
		}
		if st < en {
			out = append(out, span{st, en, f.Severity, compliance.RuleName(f.Rule) + " (" + f.Rule + "): " + f.Message})
		}
	}
	slices.SortFunc(out, func(a, b span) int { return a.start - b.start })
	merged := out[:0]
	for _, sp := range out {
		if n := len(merged); n > 0 && sp.start < merged[n-1].end {
			last := &merged[n-1]
			last.end = max(last.end, sp.end)
			last.title += "; " + sp.title
			if sp.severity == post.SeverityBlock {
				last.severity = post.SeverityBlock
			}
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// highlight returns text as HTML with every finding about it wrapped in a
// <mark> whose class gives the severity and whose title explains it. All
// text, including the explanations, is escaped here.
func highlight(text string, findings []post.Finding, channel string) template.HTML {
	var b strings.Builder
	at := 0
	for _, sp := range findingSpans(text, findings, channel) {
		b.WriteString(template.HTMLEscapeString(text[at:sp.start]))
		b.WriteString(`<mark class="finding sev-` + template.HTMLEscapeString(string(sp.severity)) +
			`" title="` + template.HTMLEscapeString(sp.title) + `">`)
		b.WriteString(template.HTMLEscapeString(text[sp.start:sp.end]))
		b.WriteString("</mark>")
		at = sp.end
	}
	b.WriteString(template.HTMLEscapeString(text[at:]))
	return template.HTML(b.String()) //nolint:gosec // every piece above is escaped
}

// utf16Offset converts a byte offset into text to a JavaScript string index.
func utf16Offset(text string, byteOff int) int {
	byteOff = min(max(byteOff, 0), len(text))
	n := 0
	for _, r := range text[:byteOff] {
		n += len(utf16.Encode([]rune{r}))
	}
	return n
}
