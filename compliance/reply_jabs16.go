package compliance

import "github.com/practicepost/practicepost/post"

// Reply jabs by shape (issue 11, session 16, t16jab). Replies that mock
// the reviewer without a retort word or a laugh, each a shape, not a
// sentence:
//
//   - pointing them elsewhere: "the ER is that way 👉", "the mall's
//     that way." (directions to our own entrance or lot are help);
//   - blaming what they did: "if you'd read the sign", "put your phone
//     down" ("if you'd like to talk" is an offer);
//   - a curt dismissal: "Let's not." said alone, "we're done
//     rescheduling you" (a notice policy said politely passes);
//   - mocking where they get beliefs: "enjoy your essential oils",
//     "medical advice from Facebook" ("follow us on Facebook" passes);
//   - mocking their reading or spelling: "whoever taught you to spell",
//     "reading isn't your strong suit".

// ownPlaceWords, in a "that way" sentence, point to our own building:
// directions, not a send-off.
var ownPlaceWords = newWordSet([]string{"our", "entrance", "parking", "lot", "restroom", "restrooms", "bathroom", "lab", "pharmacy",
	"sign", "signs", "elevator", "stairs", "suite"})

// pointedAway finds "X is that way" ending a sentence, with or without a
// pointing hand: the reviewer sent somewhere else.
func (s *scan) pointedAway() (int, bool) {
	for i := 1; i+1 < len(s.toks); i++ {
		if s.toks[i].low != "that" || s.toks[i+1].low != "way" || !inSet(s.toks[i-1].low, "is", "s") {
			continue
		}
		end := i + 2
		if end < len(s.toks) && s.toks[end].low == "👉" {
			end++
		}
		if end < len(s.toks) && s.toks[end].sent == s.toks[i].sent && s.toks[end].kind != tokPunct {
			continue
		}
		if !s.sentenceHasWord(s.toks[i].sent, ownPlaceWords) {
			return i, true
		}
	}
	return 0, false
}

// blameParticiples, after "if you'd" or "if you had", are what the
// reviewer failed to do: "if you'd read the sign".
var blameParticiples = newWordSet([]string{"read", "shown", "showed", "listened", "bothered", "arrived", "come", "paid", "followed"})

// beliefSources are where a reply mocks the reviewer for learning
// medicine: "advice from Facebook".
var beliefSources = newWordSet([]string{"facebook", "tiktok", "youtube", "google", "instagram", "reddit", "internet"})

// reviewerBlamed finds a jab at what the reviewer did or believes, or a
// curt dismissal: the span and true.
func (s *scan) reviewerBlamed() (int, int, bool) {
	n := len(s.toks)
	at := func(i int, w string) bool { return i < n && s.toks[i].low == w }
	for i := 0; i < n; i++ {
		a := s.toks[i].low
		switch {
		case a == "if" && at(i+1, "you") && (at(i+2, "d") || at(i+2, "had")) && i+3 < n && blameParticiples.has(s.toks[i+3].low):
			return i, i + 4, true
		case a == "phone" && at(i+1, "down"):
			return i, i + 2, true
		case a == "done" && (at(i+1, "rescheduling") || at(i+1, "with")) && at(i+2, "you"):
			return i, i + 3, true
		case a == "let" && at(i+1, "s") && at(i+2, "not") && i == s.sents[s.toks[i].sent].tokStart &&
			(i+3 >= n || s.toks[i+3].sent != s.toks[i].sent || s.toks[i+3].kind == tokPunct):
			return i, i + 3, true
		case a == "enjoy" && at(i+1, "your") && (at(i+2, "essential") || at(i+2, "conspiracy") || at(i+2, "conspiracies")):
			return i, i + 3, true
		case a == "advice" && at(i+1, "from") && i+2 < n && beliefSources.has(s.toks[i+2].low):
			return i, i + 3, true
		case a == "speak" && at(i+1, "conspiracy"):
			return i, i + 2, true
		case a == "taught" && at(i+1, "you") && at(i+2, "to") && i+3 < n && inSet(s.toks[i+3].low, "spell", "read", "write"):
			// "whoever taught you to spell": a courteous farewell after
			// it ("Have a blessed day 🙏") makes it no kinder.
			return i, i + 4, true
		case a == "strong" && at(i+1, "suit") && i > 0 && inSet(s.toks[i-1].low, "your", "ur"):
			return i - 1, i + 2, true
		}
	}
	return 0, 0, false
}

// replyJabs16 finds the shapes above in a reply to a review.
func (s *scan) replyJabs16() (post.Finding, bool) {
	if !s.hasWord("way", "if", "phone", "done", "let", "enjoy", "advice", "speak", "taught", "suit") {
		return post.Finding{}, false
	}
	if i, ok := s.pointedAway(); ok {
		return s.finding(i-1, i+2, "This reply sends the reviewer elsewhere. Posts are public: answer with thanks and an offer to talk offline."), true
	}
	if from, to, ok := s.reviewerBlamed(); ok {
		return s.finding(from, to, "This reply blames, dismisses or mocks the reviewer. Posts are public: answer with thanks and an offer to talk offline."), true
	}
	return post.Finding{}, false
}
