package compliance

import (
	"github.com/practicepost/practicepost/post"
)

// Jabs (issue 11, session 14): the conduct posts writers label block that
// passed every shape in prof_conduct.go and prof_tone.go because they carry
// no laugh, no eye-roll and no "to the ... who". Each is a kind of jab, not
// a sentence:
//
//   - hygiene shaming: people said to smell ("crews who roll in smelling
//     like the field", "PLEASE shower before your visit");
//   - anti-vaccine people named as a group ("anti-vax moms", "antivaxxers
//     of the valley"): across every development set the label is only
//     ever said of people to mock them;
//   - a hangover pinned on a group ("UTEP kids asking for a note for a
//     hangover", "'mono' that's actually a hangover");
//   - "we love you, but" turned on a group the post names;
//   - "nothing like a grown man crying over a flu shot": sarcasm about
//     what someone does;
//   - "some of y'all need to learn ...": condescension to readers;
//   - "if you're gonna lie about ...": readers called liars;
//   - retorts to a reviewer, in a reply ("Sir, with respect, you talked
//     for 25 minutes", "We're a clinic, not a drive-thru, sweetie", "How
//     many do you speak?") or in a post about a one-star review ("bro,
//     you're not a doctor", "learn to read the sign").

// smellWords say someone smells; showerWords ask them to wash.
var (
	smellWords  = newWordSet([]string{"smell", "smells", "smelling", "smelled", "smelt"})
	showerWords = newWordSet([]string{"shower", "showers"})
)

// arriveWords come before "in" or "up" as arriving: "roll in smelling
// like", "show up smelling like".
var arriveWords = newWordSet([]string{"come", "comes", "came", "coming", "show", "shows", "showed", "showing", "roll", "rolls",
	"rolling", "walk", "walks", "walked", "stumble", "stumbles", "stroll", "strolls"})

// disgustEmoji, in a post asking people to shower, make it a jab.
var disgustEmoji = newWordSet([]string{"🤢", "😷", "🤮", "🦨"})

// hygieneShamed finds people said to smell, or asked to shower before
// they come: "the boat crews smell like bait", "Cannery workers, PLEASE
// shower before your visit 🤢". A tip to shower after yard work, or a room
// that smells of bread, is no jab.
func (s *scan) hygieneShamed() (post.Finding, bool) {
	for i := 0; i+1 < len(s.toks); i++ {
		w := s.toks[i].low
		if smellWords.has(w) && w != "smells" && s.toks[i+1].low == "like" {
			// Who smells is just before ("the boat crews smell like"),
			// or arrived just before ("roll in
			// at 4:30 smelling like"): a thing that smells ("the
			// wreaths smell like the forest") is said of no one.
			si := s.toks[i].sent
			for k := i - 1; k >= s.sents[si].tokStart && k >= i-5; k-- {
				if k == i-1 && w == "smell" && vocativeGroups.has(s.toks[k].low) || w == "smelling" && arriveWords.has(s.toks[k].low) && k+1 < i && inSet(s.toks[k+1].low, "in", "up") {
					return s.finding(k, i+2, "This says people smell. Shaming patients' hygiene in public mocks them, and they read it."), true
				}
			}
		}
		if showerWords.has(w) && s.showerAsked(i) {
			return s.finding(i, i+1, "This tells people to wash before they come. Shaming patients' hygiene in public mocks them, and they read it."), true
		}
	}
	return post.Finding{}, false
}

// showerAsked reports "please shower", "shower, please", "a shower would
// be nice", "showers are free" at token i, in a post that names people to
// wash or shows disgust; "shower her with good wishes" and "please shower
// after yard work" are not asked of anyone's smell.
func (s *scan) showerAsked(i int) bool {
	next := func(k int) string {
		if i+k < len(s.toks) {
			return s.toks[i+k].low
		}
		return ""
	}
	if inSet(next(1), "her", "him", "them", "us", "after", "with", "the", "and", "or", "head", "cap", "curtain", "time") {
		return false
	}
	asked := i > 0 && s.toks[i-1].low == "please" || next(1) == "," && next(2) == "please" || next(1) == "please" ||
		next(1) == "would" || next(1) == "are" && next(2) == "free" || next(1) == "first" || next(1) == "before" && inSet(next(2), "your", "you", "coming")
	return asked && (s.hasAny(disgustEmoji) || s.hasWord("guys", "workers", "crews", "crew", "smell", "smelling"))
}

// antivaxPeople are the nouns that make "anti-vax" a group of people.
var antivaxPeople = newWordSet([]string{"moms", "mom", "mums", "parents", "parent", "people", "crowd", "aunties", "aunts", "families",
	"folks", "dads", "dad", "ladies", "mamas", "mama", "uncles", "crew", "types", "tías", "tias", "grandmas", "brigade", "squad"})

// respectWords, in a post about people who refuse vaccines, make it an
// invitation to talk, which a doctor should still read.
var respectWords = newWordSet([]string{"questions", "question", "listen", "listening", "respect", "respectful", "hesitant", "welcome",
	"judgment", "judgement", "understand"})

// antivaxNamed finds anti-vaccine people named as a group: "anti-vax
// moms", "antivaxxers", "the anti-vaxxer from the mom group".
func (s *scan) antivaxNamed() (post.Finding, bool) {
	for i := range s.toks {
		w := s.toks[i].low
		to := -1
		switch {
		case inSet(w, "antivaxxer", "antivaxxers", "antivaxer", "antivaxers", "vaxxers"):
			to = i + 1
		case (w == "anti" || w == "anti_") && i+1 < len(s.toks) && inSet(s.toks[i+1].low, "vaxxer", "vaxxers", "vaxer", "vaxers"):
			to = i + 2
		case w == "antivax" && i+1 < len(s.toks) && antivaxPeople.has(s.toks[i+1].low):
			to = i + 2
		case w == "anti" && i+2 < len(s.toks) && s.toks[i+1].low == "vax" && antivaxPeople.has(s.toks[i+2].low):
			to = i + 3
		}
		if to < 0 {
			continue
		}
		f := s.finding(i, to, "This names people who refuse vaccines as a group, the way posts mock them. Posts are public and those families read them.")
		if s.hasAny(respectWords) {
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
		}
		return f, true
	}
	return post.Finding{}, false
}

// hangoverGroups are who a post pins a hangover on: young people and
// crews, not "folks asking if we treat hangovers".
var hangoverGroups = newWordSet([]string{"kids", "kid", "guys", "crowd", "students", "student", "boys", "boy", "geniuses", "fellas",
	"ins", "frat", "college", "bros", "crews", "fans", "dudes"})

// hangoverPinned finds a hangover said of a group ("DLI kids, your
// hangover is not 'the flu'"): it calls them liars about their symptoms.
// Hangover cures and IV drips are claims, read by the claim rules.
func (s *scan) hangoverPinned() (post.Finding, bool) {
	if !s.hasAny(hangoverGroups) || s.hasWord("cure", "cures", "cured") {
		return post.Finding{}, false
	}
	for i := range s.toks {
		if inSet(s.toks[i].low, "hangover", "hangovers", "hungover") {
			return s.finding(i, i+1, "This says people who come in sick are only hung over. Doubting patients in public mocks them, and they read it."), true
		}
	}
	return post.Finding{}, false
}

// vocativeGroups are groups a post opens by addressing ("Refinery guys:",
// "DLI kids, ..."): people named by a job, a school or a place.
var vocativeGroups = newWordSet([]string{"guys", "kids", "students", "laborers", "workers", "crews", "crew", "stoners", "bros", "boys",
	"fans", "crowd", "grandmas", "grandpas", "dudes", "fellas", "retirees", "snowbirds", "tourists"})

// groupAddressed reports a post whose first sentence opens by addressing a
// group named by what they are: up to six words ending in a group word,
// then a comma or a colon.
func (s *scan) groupAddressed() bool {
	if len(s.sents) == 0 {
		return false
	}
	se := s.sents[0]
	for t := se.tokStart + 1; t < se.tokEnd && t <= se.tokStart+6; t++ {
		if w := s.toks[t].low; w == "," || w == ":" {
			return vocativeGroups.has(s.toks[t-1].low)
		}
	}
	return false
}

// lovedButJab finds "we love you, but ..." turned on people: the fond
// opener that sets up a jab. After "but", "we" starts the practice's own
// limit ("we love you but we can't give advice here"), no jab. A group
// the post opens by addressing, or a named group loved ("love our Amish
// patients but"), makes it mockery (block); without one it is as often
// fond ribbing, left to the other shapes.
func (s *scan) lovedButJab() (post.Finding, bool) {
	for i := 0; i+2 < len(s.toks); i++ {
		if !inSet(s.toks[i].low, "love", "luv") {
			continue
		}
		k := i + 1
		named := false
		switch w := s.toks[k].low; {
		case inSet(w, "you", "u", "ya", "yall"):
			k++
			if k < len(s.toks) && inSet(s.toks[k].low, "all", "guys", "tho") {
				k++
			}
		case w == "y" && k+1 < len(s.toks) && s.toks[k+1].low == "all":
			k += 2
		case w == "our":
			// "love our Amish patients but": a group qualified by who
			// they are.
			for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
				if s.toks[j].low == "but" {
					named = j > k+2 && s.toks[k+1].capital
					k = j
					break
				}
			}
		default:
			continue
		}
		if k < len(s.toks) && s.toks[k].low == "," {
			k++
		}
		if k+1 >= len(s.toks) || s.toks[k].low != "but" || inSet(s.toks[k+1].low, "we", "our", "it") {
			continue // "we love you but we need the spots"
		}
		if !named && !s.groupAddressed() {
			// "Minnesota drivers coming over: we love you, but the
			// roundabout is not that hard" is fond ribbing as often
			// as not; the other shapes read it.
			continue
		}
		return s.finding(i, k+1, "\"We love you, but\" sets up a jab at the people the post is about. Posts are public and those people read them."), true
	}
	return post.Finding{}, false
}

// grownWords after "grown" mock a man for what he did: "a grown man
// crying over a flu shot", "grown man fainted at a finger stick".
func (s *scan) grownMan() (post.Finding, bool) {
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].low == "grown" && inSet(s.toks[i+1].low, "man", "men", "woman", "women", "adult", "adults") {
			for k := i + 2; k < len(s.toks) && k <= i+10 && s.toks[k].sent == s.toks[i].sent; k++ {
				if w := s.toks[k].low; faultWords.has(w) || inSet(w, "fainted", "faints", "fainting", "cried", "whimpering", "scared", "terrified", "afraid", "screamed", "sobbing") {
					return s.finding(i, k+1, "This laughs at a grown-up for being scared of care. Posts are public and patients read them."), true
				}
			}
		}
	}
	return post.Finding{}, false
}

// nothingLike finds "Nothing like / Nothing says Monday like" followed by
// what someone does wrong: "rolling in 40 minutes late and blaming I-70",
// "three no-shows from the same family". "Nothing like a warm bowl of
// pho" praises.
func (s *scan) nothingLike() (post.Finding, bool) {
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].low != "nothing" || !inSet(s.toks[i+1].low, "like", "says") {
			continue
		}
		for k := i + 2; k < len(s.toks) && s.toks[k].sent == s.toks[i].sent; k++ {
			w := s.toks[k].low
			if faultWords.has(w) || inSet(w, "blaming", "late", "crying") || w == "shows" && s.toks[k-1].low == "no" {
				return s.finding(i, k+1, "Sarcasm about what someone did (\"nothing like ...\") mocks them. Posts are public and they read it."), true
			}
		}
	}
	return post.Finding{}, false
}

// someOfYouLearn finds readers told down to: "some of y'all need to learn
// that appointments are not a suggestion", "some of you ... need to go back
// to school", "... and still act surprised".
func (s *scan) someOfYouLearn() (post.Finding, bool) {
	// read is where the last "some of you" stopped reading: a later one
	// in the same stretch would find only what that one found, so each
	// word is read once and a sentence of many "some of y'all" stays
	// linear (session 18, att18).
	read := 0
	for i := 0; i+2 < len(s.toks); i++ {
		if !inSet(s.toks[i].low, "some", "half") || s.toks[i+1].low != "of" || !inSet(s.toks[i+2].low, "you", "u", "y") || i < read {
			continue
		}
		k := i + 3
		for ; k+1 < len(s.toks) && s.toks[k].sent == s.toks[i].sent; k++ {
			a, b := s.toks[k].low, s.toks[k+1].low
			if a == "learn" && inSet(b, "to", "that", "how", "what") || a == "go" && b == "back" || a == "act" && inSet(b, "surprised", "shocked") {
				return s.finding(i, k+2, "This talks down to readers (\"some of you need to learn ...\"). Posts are public and patients read them."), true
			}
			if a != "treat" {
				continue
			}
			if l := likeAt(s, k+1, 6); l > 0 {
				// "Some of y'all treat the lobby like a tailgate": readers
				// scolded as a crowd; writers call it tone, a doctor looks.
				// The span is the "like" alone, so a sharper shape that
				// reads the same words still blocks.
				f := s.finding(l, l+1, "This scolds readers as a crowd (\"some of y'all treat ... like ...\"). A person should decide whether it may be posted.")
				f.Severity, f.NeedsHuman = post.SeverityWarn, true
				return f, true
			}
		}
		read = k
	}
	return post.Finding{}, false
}

// likeAt returns the token of "like" within n tokens from t in t's
// sentence, or -1.
func likeAt(s *scan, t, n int) int {
	for k := t; k < len(s.toks) && k < t+n && s.toks[k].sent == s.toks[t-1].sent; k++ {
		if s.toks[k].low == "like" {
			return k
		}
	}
	return -1
}

// liarsTold finds "if you're gonna lie about ...": readers called liars.
func (s *scan) liarsTold() (post.Finding, bool) {
	for i := 0; i+3 < len(s.toks); i++ {
		if s.toks[i].low != "if" || !inSet(s.toks[i+1].low, "you", "u", "ya", "youre") {
			continue
		}
		for k := i + 2; k < len(s.toks) && k <= i+6 && s.toks[k].sent == s.toks[i].sent; k++ {
			if inSet(s.toks[k].low, "lie", "lying") {
				return s.finding(i, k+1, "This calls readers liars. Posts are public and patients read them."), true
			}
		}
	}
	return post.Finding{}, false
}

// everyBeat reports "Every. Single. Time." or "Every. Winter.": a sentence
// of the one word "every", the beat of exasperation at what people keep
// doing.
func (s *scan) everyBeat() bool {
	if !s.words.has("every") {
		return false
	}
	for si, se := range s.sents {
		n, w := 0, ""
		for t := se.tokStart; t < se.tokEnd; t++ {
			if s.toks[t].kind == tokWord {
				n++
				w = s.toks[t].low
			}
		}
		if n == 1 && w == "every" && si+1 < len(s.sents) {
			return true
		}
	}
	return false
}

// replyRetortWords are said to a reviewer to talk down to them.
// "Karen" is left out: it is also a people and a language ("care in
// Amharic, Karen and Spanish").
var replyRetortWords = newWordSet([]string{"sir", "sweetie", "honey", "hon", "bro", "buddy", "sis", "dude", "chief", "pal", "babe",
	"sweetheart", "darling", "champ", "ma"})

// replySnaps are the openings of a retort to a reviewer: "Funny,
// because", "Sounds like the questions hit a nerve", "Maybe you'd be
// heard if", "you apparently can't", "She went to medical school".
func (s *scan) replySnap() (int, int, bool) {
	for i := 0; i+1 < len(s.toks); i++ {
		a, b := s.toks[i].low, s.toks[i+1].low
		switch {
		case a == "funny" && b == "," && i+2 < len(s.toks) && s.toks[i+2].low == "because",
			a == "hit" && b == "a" && i+2 < len(s.toks) && s.toks[i+2].low == "nerve",
			a == "maybe" && inSet(b, "you", "u") && i+2 < len(s.toks) && inSet(s.toks[i+2].low, "d", "would", "should", "could"),
			a == "you" && b == "apparently", a == "apparently" && inSet(b, "you", "can"),
			inSet(a, "went", "go", "been") && b == "to" && i+3 < len(s.toks) && inSet(s.toks[i+2].low, "medical", "med", "nursing") && s.toks[i+3].low == "school",
			a == "how" && b == "many" && i+3 < len(s.toks) && (s.toks[i+2].low == "do" || s.toks[i+3].low == "do"),
			a == "in" && inSet(b, "the", "a") && i+2 < len(s.toks) && s.toks[i+2].low == "mirror" && i > 0 && s.toks[i-1].low == "look":
			return i, i + 2, true
		case a == "respect" && b == "," && i > 0 && s.toks[i-1].low == "with" || a == "respect" && b == "," && i > 1 && s.toks[i-1].low == "due":
			// "Sir, with respect, you talked ...": respect said before a
			// jab at the reviewer.
			if i+2 < len(s.toks) && inSet(s.toks[i+2].low, "you", "your", "u", "ur") {
				return i - 1, i + 1, true
			}
		}
	}
	return 0, 0, false
}

// courtesyWords make a reply a courteous one, where "sir" is polite.
var courtesyWords = unionWordSet([]*wordSet{gratitudeWords}, "sorry", "apologize", "apologies", "glad", "hope", "please", "call", "reach",
	"feel", "wishing", "wish", "proud", "bless", "blessed", "blessings")

// replyRetort finds a reply that talks down to the reviewer: a retort
// word said to them ("sweetie", "Sir, ..."), or a snapping retort.
func (s *scan) replyRetort() (post.Finding, bool) {
	if from, to, ok := s.replySnap(); ok {
		return s.finding(from, to, "This reply argues with or talks down to the reviewer. Posts are public: answer with thanks and an offer to talk offline."), true
	}
	if s.hasAny(courtesyWords) || !s.hasAny(replyRetortWords) {
		return post.Finding{}, false
	}
	for i, t := range s.toks {
		if !replyRetortWords.has(t.low) || s.isStaff(i, i+1) {
			continue
		}
		if t.low == "ma" && (i+1 >= len(s.toks) || s.toks[i+1].low != "am") {
			continue
		}
		end := i + 1
		if t.low == "ma" {
			end = i + 2
		}
		before := i == s.sents[t.sent].tokStart || inSet(s.toks[i-1].low, ",", ":")
		after := end == len(s.toks) || s.toks[end].kind == tokPunct || s.toks[end].sent != t.sent
		if after && end+1 < len(s.toks) && s.toks[end].low != "," && s.toks[end+1].capital && s.toks[end+1].sent == t.sent {
			after = false // "Bro. Washington": a title before a name
		}
		if before && after {
			return s.finding(i, end, "This reply calls the reviewer names (\"sir\", \"sweetie\"). Posts are public: answer with thanks and an offer to talk offline."), true
		}
	}
	return post.Finding{}, false
}

// starWords speak of a review by its stars: "1-star", "one star".
var starWords = newWordSet([]string{"star", "stars", "review", "reviews", "reviewer", "reviewers", "yelp", "reply", "replying"})

// reviewJabs are what a post answering a review says to run the reviewer
// down: "learn to read the sign", "take it up with your own grammar",
// "can't spell", "clearly never", "read it out loud", "that way 👉".
func (s *scan) reviewJab() (int, int, bool) {
	for i := 0; i+1 < len(s.toks); i++ {
		a, b := s.toks[i].low, s.toks[i+1].low
		switch {
		case a == "learn" && inSet(b, "to", "how"),
			a == "own" && inSet(b, "grammar", "spelling"),
			a == "can" && i+2 < len(s.toks) && b == "t" && s.toks[i+2].low == "spell",
			a == "clearly" && inSet(b, "never", "didn", "doesn", "can"),
			a == "out" && b == "loud" && s.hasWord("read"),
			a == "way" && b == "👉",
			a == "not" && b == "welcome",
			a == "another" && inSet(b, "clinic", "doctor", "practice"):
			return i, i + 2, true
		}
		// "Replying to the 1-star from 'CrossFit Chuy': bro, you're ...":
		// a retort word said to the reviewer.
		if replyRetortWords.has(a) && (a != "ma" || b == "am") && i > 0 && inSet(s.toks[i-1].low, ":", ",") && !s.isStaff(i, i+1) {
			n := i + 1
			if a == "ma" {
				n = i + 2
			}
			if n < len(s.toks) && s.toks[n].low == "," {
				return i, n, true
			}
		}
	}
	return 0, 0, false
}

// reviewAnswered finds a post answering a review with a jab at the
// reviewer, the REV-03 judgement read in a post.
func (s *scan) reviewAnswered() (post.Finding, bool) {
	if !s.hasAny(starWords) || s.hasAny(gratitudeWords) {
		return post.Finding{}, false
	}
	if from, to, ok := s.reviewJab(); ok {
		return s.finding(from, to, "This answers a review by running the reviewer down. Posts are public and reviewers read them."), true
	}
	return post.Finding{}, false
}

// quotedCrowds are the group nouns a quoted saying labels: "the 'I
// googled it' crowd".
var quotedCrowds = newWordSet([]string{"crowd", "crowds", "people", "patients", "parents", "moms", "types", "folks", "bunch", "guys",
	"ladies", "brigade", "club", "squad"})

// fondWords, in the sentence of a quoted label, make it fond: "the 'I
// googled it' crowd keeps us humble, bring your printouts, we'll read
// them together".
var fondWords = newWordSet([]string{"humble", "together", "love", "welcome", "appreciate", "favorite"})

// quotedCrowd finds people labelled by a saying in quotes: "the 'but my
// doctor said' crowd", "the 'I googled it' patients". Labelling people by
// what they say mocks them whatever the tone; a fond sentence a person
// reads.
func (s *scan) quotedCrowd() (post.Finding, bool) {
	for i := 1; i < len(s.toks); i++ {
		if !quotedCrowds.has(s.toks[i].low) || !s.quotedLabel(i) {
			continue
		}
		f := s.finding(i, i+1, "This labels people by a saying in quotes, the way posts mock them. Posts are public and those people read them.")
		if s.sentenceHasWord(s.toks[i].sent, fondWords) {
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
		}
		return f, true
	}
	return post.Finding{}, false
}

// conductJabs adds the jabs above, each behind a word its shape needs.
func (s *scan) conductJabs(add func(post.Finding)) {
	try := func(f post.Finding, ok bool) {
		if ok {
			add(f)
		}
	}
	// Gates by a few look-ups of the text's words: hasAny on a list
	// walks every distinct word of the text.
	if s.hasWord("smell", "smells", "smelling", "smelled", "smelt", "shower", "showers") {
		try(s.hygieneShamed())
	}
	if s.hasWord("anti", "antivax", "antivaxxer", "antivaxxers", "antivaxer", "antivaxers", "vaxxers") {
		try(s.antivaxNamed())
	}
	if s.hasWord("hangover", "hangovers", "hungover") {
		try(s.hangoverPinned())
	}
	if s.hasWord("love", "luv") && s.words.has("but") {
		try(s.lovedButJab())
	}
	if s.words.has("grown") {
		try(s.grownMan())
	}
	if s.words.has("nothing") {
		try(s.nothingLike())
	}
	if s.words.has("of") && (s.words.has("some") || s.words.has("half")) {
		try(s.someOfYouLearn())
	}
	if s.words.has("if") && s.hasWord("lie", "lying") {
		try(s.liarsTold())
	}
	if s.hasByte("'\"’”") && s.hasWord("crowd", "crowds", "people", "patients", "parents", "moms", "types", "folks", "bunch", "guys", "ladies", "brigade", "club", "squad") {
		try(s.quotedCrowd())
	}
	if s.reviewMode() {
		try(s.replyRetort())
		try(s.replyJabs16())
	} else if s.hasWord("star", "stars", "review", "reviews", "reviewer", "reviewers", "yelp", "reply", "replying") {
		try(s.reviewAnswered())
	}
}
