package web

import (
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
)

// severityWords says what a finding's severity asks of the author.
func severityWords(s post.Severity) string {
	switch s {
	case post.SeverityBlock:
		return "must change"
	case post.SeverityWarn:
		return "a doctor must look"
	case post.SeverityInfo:
		return "a tip"
	}
	return string(s)
}

// verdictWords says a checklist verdict as a sentence's end:
// "Checked: needs a doctor".
func verdictWords(v post.Verdict) string {
	switch v {
	case post.VerdictPass:
		return "nothing to look at"
	case post.VerdictReview:
		return "needs a doctor"
	case post.VerdictBlock:
		return "must change, or a doctor overrides"
	}
	return string(v)
}

// findingHeading is a finding's rule name first and what it asks second
// ("Patient's age over 89 — must change"), with the channel it is about
// by name. The rule's code goes beside it, smaller, for whoever looks it up.
func (s *Server) findingHeading(f post.Finding) string {
	h := compliance.RuleName(f.Rule) + " — " + severityWords(f.Severity)
	if f.Channel != "" {
		h += ", on " + s.channelName(f.Channel)
	}
	return h
}

// channelName is a channel's configured name, or its id when it has none
// (or is no longer configured).
func (s *Server) channelName(id string) string {
	if c, ok := s.cal.Channel(id); ok && c.Name != "" {
		return c.Name
	}
	return id
}
