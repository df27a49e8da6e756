package compliance

import (
	"github.com/practicepost/practicepost/post"
)

// checkContentWarning is PLAT-05: a post about a health topic (MIS-04's
// topic words) goes to a network that can hide its text behind a content
// warning (Target.ContentWarnings) without one. On Mastodon that is the
// custom for health subjects, which some readers would rather not meet
// unasked; it is a suggestion, not a fault. It keys off the target's
// property, never a network's name, and looks at the text that channel
// gets.
func checkContentWarning(s *scan) []post.Finding {
	hits := s.hitsOf("MIS-04/topic")
	if len(hits) == 0 {
		return nil
	}
	var out []post.Finding
	for _, t := range s.d.Channels {
		if !t.ContentWarnings || s.d.ContentWarnings[t.ID] != "" || textFor(s.d, t.ID) != s.text {
			continue
		}
		f := s.finding(hits[0].from, hits[0].to, "This is about a health topic. On "+t.ID+", a content warning lets readers choose to open it, as many there expect for health subjects.")
		f.Channel = t.ID
		f.Suggestion = "Add a short content warning for " + t.ID + ", such as \"Health: " + s.text[f.Start:f.End] + "\"."
		out = append(out, f)
	}
	return out
}
