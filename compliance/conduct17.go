package compliance

import (
	"unicode/utf8"

	"github.com/practicepost/practicepost/post"
)

// Conduct shapes of session 17 (issue 11, PROF-03): a finger pointed at a
// patient in public.
//
//   - a sure pointer names the person as caught: "we know it's you,
//     Sarah", "Yes, YOU, the guy in the Raiders jersey", "Mr.
//     You-Know-Who", "we know your voice", "we remember you". It blocks
//     in a post about people;
//   - a knowing pointer says the staff saw through them: "we see you",
//     "looking at you", "we saw.", "We know.", "we know what that is",
//     "we can tell", "you know who you are". Said to carers or to thank
//     someone it is warmth ("Caregivers, we see you", "you know who you
//     are, and we love you"), so it needs a jab: a laugh, an eye-roll, a
//     contempt marker, a vent or a no-show, a callout of someone or their
//     excuse in quotes. It blocks when the post is about a visit or
//     someone's health ("'back pain' every Monday 🙄 we see you") and
//     warns about an errand ("whoever keeps taking the pens: we see you").
//
// Either kind passed to the staff ("Looking at you, Dr. Marc 😂") or in
// a post that thanks is no jab at a patient.

// pointGratitude thanks, praises or loves whoever the post points at.
var pointGratitude = newWordSet([]string{"thank", "thanks", "grateful", "appreciate", "appreciated", "congrats", "congratulations",
	"proud", "amazing", "heroes", "hero", "love", "thinking", "shoutout", "shout", "finally", "judgment", "🎉", "💪", "💙", "❤️", "❤", "💛", "🥰", "🙏", "🤍"})

// staffTeased are words of a post about the staff themselves: "Staff
// vent thread", "break room", "Looking at you, Dr. Marc".
var staffTeased = newWordSet([]string{"staff", "coworker", "coworkers", "team", "break", "dr", "nurses", "doctors", "schedule"})

// knowingEmoji say the staff saw through someone: "we see you 👀", "we
// know 😏".
var knowingEmoji = newWordSet([]string{"👀", "😏", "🤢", "🍿", "😂", "🤣", "🙄", "💀", "💅", "😤", "🤦", "🙃", "😒", "🤡", "lol", "lmao"})

// pointFaults tell what the person pointed at did wrong: "third no-show
// today from the SAME family. You know who you are."
var pointFaults = newWordSet([]string{"no-show", "noshow", "no-shows", "noshows", "rant", "vent", "rude", "yelled", "screamed", "late"})

// careContext17 put a pointer at a patient's visit rather than an errand.
var careContext17 = newWordSet([]string{"appointment", "appointments", "appt", "visit", "visits", "sick", "note", "pt", "exam",
	"waiting", "lobby", "no-show", "noshow", "no-shows", "noshows", "show", "checkup", "physical", "nurse", "refill", "sore", "cancel",
	"cancels", "slot", "slots", "shows", "come", "came", "comes"})

// pointedAt17 finds the first pointer of either kind that the post's
// other words make a jab.
func (s *scan) pointedAt17() (post.Finding, bool) {
	// Every pointer holds one of these words; most texts have none, and
	// the word-set passes below are left for those that do.
	if !s.hasWord("know", "see", "saw", "tell", "remember", "yes", "yep", "looking") {
		return post.Finding{}, false
	}
	knowing := -1 // the first knowing pointer, judged once at the end
	knowingEnd := 0
	for i := range s.toks {
		if n := s.surePointer(i); n > 0 {
			if s.thankedOrStaff() {
				return post.Finding{}, false
			}
			if s.aboutPeople() || s.hasWord("whoever", "mr", "mrs", "ms", "sir", "ma'am", "maam", "family", "guy", "lady") ||
				len(s.people()) > 0 {
				return s.finding(i, i+n, "This points at a patient others can recognise and calls them out. Posts are public and that person reads them."), true
			}
		}
		if knowing < 0 {
			if n := s.knowingPointer(i); n > 0 {
				knowing, knowingEnd = i, i+n
			}
		}
	}
	if knowing < 0 || s.thankedOrStaff() {
		return post.Finding{}, false
	}
	_, _, called := s.callout()
	people := s.aboutPeople() || called || len(s.people()) > 0 || s.hasWord("whoever", "somebody", "someone", "crew", "crews", "fans", "students", "kids") ||
		s.has("context/patient")
	quoted := s.quotedWord17()
	jab := s.hasAny(knowingEmoji) || s.hasAny(contemptEmoji) || s.has("PROF-03/marker") || s.has("PROF-03/weak") || s.hasAny(pointFaults) ||
		called || quoted
	if !people || !jab {
		return post.Finding{}, false
	}
	f := s.finding(knowing, knowingEnd, "This tells patients the staff saw through them, with a jab. Posts are public and those people read them.")
	if !quoted && !s.hasAny(careContext17) && len(s.healthHits()) == 0 && !s.has("context/patient") {
		// "Whoever keeps taking the good pens: we see you 😤": a jab,
		// but at an errand, not at a patient's care. A person decides.
		f.Severity, f.NeedsHuman = post.SeverityWarn, true
	}
	return f, true
}

// thankedOrStaff reports a post that thanks or loves whoever it points
// at, or points at the staff themselves.
func (s *scan) thankedOrStaff() bool {
	return s.hasAny(pointGratitude) || s.hasAny(staffTeased)
}

// surePointer reports a sure pointer at token i and its length in tokens.
func (s *scan) surePointer(i int) int {
	w := s.toks
	at := func(k int, words ...string) bool { return i+k < len(w) && inSet(w[i+k].low, words...) }
	switch w[i].low {
	case "we":
		// "we know it's you", "we know it was you"
		if at(1, "know") && at(2, "it") && (at(3, "s") && at(4, "you", "u") || at(3, "was", "is") && at(4, "you", "u")) {
			return 5
		}
		if at(1, "know") && at(2, "your", "ur") && at(3, "voice", "face", "car", "truck", "number") {
			return 4 // "we know your voice, Gary"
		}
		if at(1, "remember") && at(2, "you", "u") && (i+3 >= len(w) || w[i+3].kind == tokPunct) {
			return 3 // "we remember you."
		}
	case "yes", "yep":
		// "Yes, YOU, the guy in the Raiders jersey", "yes, you in the
		// purple parka": not "Yes, you can walk in".
		if at(1, ",") && at(2, "you") && (at(3, "in", "with", "at") || at(3, ",", ".", "!", "—") && s.oneDescribed17(i+4)) && s.toks[i+2].capital {
			return 3
		}
		if at(1, ",") && at(2, "you") && at(3, "in", "with", "at") && at(4, "the") {
			return 3
		}
	case "you", "u":
		// "Mr. You-Know-Who"
		// "Mrs. You-Know-Who": the hyphens fall between the tokens.
		if at(1, "know") && at(2, "who") && w[i].end < len(s.text) && s.text[w[i].end] == '-' && !at(3, "you", "u") {
			return 3
		}
	}
	return 0
}

// knowingPointer reports a knowing pointer at token i and its length.
func (s *scan) knowingPointer(i int) int {
	w := s.toks
	at := func(k int, words ...string) bool { return i+k < len(w) && inSet(w[i+k].low, words...) }
	// ends reports the clause ending after k tokens: the text ends, or
	// punctuation or an emoji follows.
	ends := func(k int) bool {
		return i+k >= len(w) || w[i+k].sent != w[i].sent || w[i+k].kind == tokPunct && !inSet(w[i+k].low, ",", ";", ":", "-", "—", "(")
	}
	switch w[i].low {
	case "we":
		if at(1, "see") && at(2, "you", "u") && (ends(3) || at(3, ",", "people", "guys", "folks", "gentlemen", "ladies")) {
			return 3 // "we see you 😂"
		}
		if at(1, "saw") && ends(2) || at(1, "all", "ALL") && at(2, "saw") && ends(3) {
			return 2 // "we saw. we ALL saw."
		}
		if at(1, "know") && ends(2) {
			return 2 // "We know. 🦌"
		}
		if at(1, "know") && at(2, "what") && at(3, "it", "that", "this") && at(4, "is", "was", "s") && ends(5) {
			return 5 // "we know what that is lol"
		}
		if at(1, "can") && at(2, "tell") && ends(3) {
			return 3 // "..., we can tell."
		}
	case "you", "u":
		if at(1, "know") && at(2, "who") && at(3, "you", "u") && at(4, "are", "r") {
			return 5 // "You know who you are."
		}
	case "looking":
		if at(1, "at") && at(2, "you", "u") && at(3, ",") {
			return 3 // "Looking at you, F&M kids 🙄"
		}
	}
	return 0
}

// quotedWord17 reports a word set in quotes, as an excuse is mocked:
// "the same 'food poisoning'", "with 'back pain'". An apostrophe inside a
// word ("it's") opens no quote.
func (s *scan) quotedWord17() bool {
	for i := 0; i < len(s.text); {
		r, n := utf8.DecodeRuneInString(s.text[i:])
		if isQuoteRune(r) && (i == 0 || s.text[i-1] == ' ' || s.text[i-1] == '(') {
			if end, ok := s.quoteAfter(i); ok && end > i+n+1 {
				return true
			}
		}
		i += n
	}
	return false
}

// Patients scored for fun, session 17 (PROF-03): their excuses ranked,
// a tally of what they say, an award or a front-desk game made of them
// ("Ranking this week's no-show excuses 😂", "Today's award for most
// creative excuse goes to the guy who said ...", "guess how many times
// Mr. B asks for ..."). Ranking the staff's costumes, an award the
// practice won, and a count of flu shots given are not about patients.

// scoreCues turn people into a contest: ranked, tallied, awarded, a game.
var scoreCues = newWordSet([]string{"ranking", "rank", "ranked", "ranks", "tally", "tallies", "award", "champion", "leaderboard", "top",
	"scoreboard", "bingo", "guess", "counting"})

// scoredThings are what patients are scored on: their excuses and
// no-shows, what they say, the patients themselves.
var scoredThings = newWordSet([]string{"excuse", "excuses", "no-shows", "noshows", "shows", "patients", "people", "callers",
	"diagnoses", "complaints", "times"})

// scoredActs, after "who", are what the patient scored did or said:
// "the guy who said his sugar was 400 because ...".
var scoredActs = newWordSet([]string{"said", "says", "say", "asked", "asks", "thought", "tried", "argued", "forgot", "claimed",
	"insisted", "blamed", "brought"})

// youngScored make an award a child's: fond ("the little blue pills"
// is no child, so childlikeWords' "little" is left out).
var youngScored = newWordSet([]string{"kid", "kids", "kiddo", "kiddos", "child", "children", "toddler", "toddlers", "baby", "babies",
	"niño", "niña", "niños"})

// scoredForFun17 finds a score cue with what patients do or say near it,
// and a laugh, an eye-roll or their words in quotes.
func (s *scan) scoredForFun17() (post.Finding, bool) {
	if !s.hasWord("ranking", "rank", "ranked", "ranks", "tally", "tallies", "award", "champion", "leaderboard", "top", "scoreboard",
		"bingo", "guess", "counting") || s.hasAny(pointGratitude) && !s.hasWord("excuse", "excuses") || s.hasAny(youngScored) {
		return post.Finding{}, false // a child's brave words crowned are fond
	}
	quoted := s.quotedWord17()
	if !quoted && !s.hasAny(laughWords) && !s.hasAny(contemptEmoji) && !s.hasWord("😭") && !s.has("PROF-03/marker") && !s.has("PROF-03/weak") {
		return post.Finding{}, false
	}
	for t := range s.toks {
		if !scoreCues.has(s.toks[t].low) || s.toks[t].low == "guess" && !s.hasWord("many") {
			continue
		}
		for k := t + 1; k < len(s.toks) && k <= t+12 && s.toks[k].sent == s.toks[t].sent; k++ {
			w := s.toks[k].low
			if scoredThings.has(w) || w == "who" && k+1 < len(s.toks) && scoredActs.has(s.toks[k+1].low) {
				return s.finding(t, k+1, "This makes patients a contest or a joke for the staff. Posts are public and those patients read them."), true
			}
		}
	}
	return post.Finding{}, false
}

// pointedOnes17 describe the one person a "Yes, YOU" points at: "Yes,
// YOU, the man in the green vest".
var pointedOnes17 = newWordSet([]string{"guy", "man", "woman", "lady", "dude", "gentleman", "fella", "gal", "sir", "ma'am", "maam",
	"couple", "driver", "mom", "dad", "kid", "teen", "one", "gentlemen", "ladies", "guys"})

// oneDescribed17 reports a word of pointedOnes17 among the few tokens from
// k: without one, "Yes, YOU, the person reading this: book your
// mammogram" and "Yes, YOU! Flu shots are for people of every age" call
// every reader, no one in particular (session 17, att17).
func (s *scan) oneDescribed17(k int) bool {
	for t := k; t < len(s.toks) && t < k+6; t++ {
		if pointedOnes17.has(s.toks[t].low) {
			return true
		}
	}
	return false
}
