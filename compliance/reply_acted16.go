package compliance

import "github.com/practicepost/practicepost/post"

// The practice's own act with the reader (session 16, t16reply). A reply
// that says what "we" did with the reviewer or something of theirs ("We
// re-sent your cardiology referral", "Glad we caught that spot on your
// ear early", "Glad we got your profile cleared", "We called you back
// because ...") tells everyone the reviewer is a patient: only a
// patient's referral is sent, profile cleared or result chased (REV-01
// block), whatever the thing is called, so no care word is needed. What
// the practice did with the review itself ("we've shared your feedback",
// "we got your message") tells nothing; every development set that uses
// the shape labels the rest block.

// actedVerbs are what a practice does with a patient or their papers.
var actedVerbs = newWordSet([]string{"caught", "spotted", "got", "sent", "resent", "faxed", "refaxed", "ran", "reran", "reviewed",
	"cleared", "called", "checked", "found", "fixed", "moved", "transferred", "refilled", "renewed", "filled", "processed", "submitted",
	"resubmitted", "forwarded", "drew", "pulled", "squeezed", "booked", "rebooked", "scheduled", "rescheduled", "mailed", "signed",
	"switched", "ordered", "repeated", "redid", "flagged", "put", "get", "send", "catch", "clear", "fill", "sign"})

// actedBetween may stand between "we" and its verb: "we've already",
// "we were able to", "we could", "we finally".
var actedBetween = newWordSet([]string{"'", "’", "ve", "have", "had", "d", "could", "were", "was", "able", "to", "just", "already",
	"finally", "also", "quickly", "managed", "re", "did"})

// reviewThings, after "your", are the review and what it said, which a
// reply may pass on without telling any visit: "shared your feedback".
var reviewThings = newWordSet([]string{"feedback", "review", "reviews", "comment", "comments", "message", "messages", "note", "words",
	"concern", "concerns", "complaint", "complaints", "frustration", "frustrations", "patience", "email", "emails", "voicemail", "call",
	"calls", "point", "points", "suggestion", "suggestions", "compliment", "compliments", "shoutout", "shout", "post", "experience",
	"question", "questions", "thoughts", "input", "praise", "story", "letter", "survey", "response", "reply", "time", "business", "trust",
	"support", "kindness", "perspective", "side", "attention", "stars", "rating", "kudos", "thanks", "request", "info", "information",
	"number", "name"})

// actedWindow bounds how far after the verb "you" or "your" is looked
// for: "caught that spot on your ear".
const actedWindow = 5

// replyPracticeActed finds the practice's own act with the reader in the
// sentences not yet reported (done).
func (s *scan) replyPracticeActed(done []bool) []post.Finding {
	c := sentenceFindings{s: s, done: done}
	for si, se := range s.sents {
		for i := se.tokStart; i < se.tokEnd && !done[si]; i++ {
			if s.toks[i].low != "we" {
				continue
			}
			v := i + 1
			for v < se.tokEnd && v <= i+4 && actedBetween.has(s.toks[v].low) {
				v++
			}
			if v < se.tokEnd && seeVerbs.has(s.toks[v].low) && s.seenReaderAt(v, se.tokEnd) && !s.notDoneAt(v, v+1) {
				c.add(si, i, v+3, false, "This reply says the practice saw the reviewer: it tells everyone they are a patient here.")
				continue
			}
			if v >= se.tokEnd || !(actedVerbs.has(s.toks[v].low) || careActVerbs.has(s.toks[v].low)) || s.notDoneAt(v, v+1) {
				continue
			}
			if to, ok := s.readerThingAfter(v+1, se.tokEnd); ok {
				c.add(si, i, to, false, "This reply says what the practice did with the reviewer or their papers: it tells everyone they are a patient here.")
			}
		}
	}
	return c.out
}

// readerThingAfter returns the end of "you" right after the verb, or of
// "your" and the thing it owns within a few words of it, when that thing
// is no part of the review ("your feedback").
func (s *scan) readerThingAfter(from, end int) (int, bool) {
	if from < end && inSet(s.toks[from].low, "you", "u", "ya") {
		return from + 1, true
	}
	for k := from; k < end && k < from+actedWindow; k++ {
		w := s.toks[k].low
		if s.toks[k].kind != tokWord {
			return 0, false // a clause ends: "we fixed it, and your ..."
		}
		if w != "your" && w != "ur" {
			continue
		}
		for j := k + 1; j < end && j <= k+3; j++ {
			if reviewThings.has(s.toks[j].low) {
				return 0, false
			}
		}
		if k+1 < end && s.toks[k+1].low == "back" && inSet(s.toks[from-1].low, "got", "get") {
			return 0, false // "we've got your back": support, no one's back
		}
		return min(k+2, end), true
	}
	return 0, false
}
