package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

// People scorned by what they are, session 19 (issue 11, PROF-03). A
// venting post names the people it mocks by their job, their pastime,
// their kin or their community ("the maquila crew", "WebMD warriors",
// "these grandmas", "a Deere second-shift guy", "Tiguas") and no list of
// patient words holds the next writer's. The frame is what gives it away:
//
//   - a sneer (an eye-roll, a facepalm, a clown, a sickened face, "nice
//     try", "stay classy", "Darwin award") in a post that names people by
//     what they are;
//   - a laugh with what those people say set in scare quotes ("his 'just
//     a scratch' 😂", "and their 'traditional remedies' lol").
//
// The people are found by shape: a plural noun for a kind of person
// (WordNet's, names.PersonNoun), a coined one ("farmworkers",
// "flatlanders", "camioneros"), a capitalized plural no dictionary holds
// (a demonym, a nickname: "Tiguas", "FIBs"), a crowd word after what
// qualifies it ("the maquila crew"), or one person by kind pointed at and
// doing something ("a logger explaining"). The staff ("our nurses"), a
// team's name ("the Rainbow Warriors"), a thank-you and praise are left
// alone; "we love you but ..." goes to a person.

// sneerEmoji19 roll their eyes, facepalm or clown at someone; unlike a
// laugh they are never fond (no clean post of the dev sets has one). The
// sickened faces (🥴 🤢 🤮) are in PROF-03/sneer with the words.
var sneerEmoji19 = newWordSet([]string{"🙄", "🤦", "😒", "🤡"})

// crowdWords19 are crowds that a qualifier before them says who: "the
// maquila crew", "the 'I googled it' crowd".
var crowdWords19 = newWordSet([]string{"crew", "crowd", "bunch", "gang", "squad", "brigade", "contingent", "types"})

// everydayPeople19 are people words WordNet also has as verbs, so that
// persons.txt leaves them out: "kids", "guys", "boys".
var everydayPeople19 = newWordSet([]string{"kids", "guys", "boys", "girls", "dudes", "bros", "moms", "dads", "fellas", "gals", "aunties",
	"tías", "tíos", "tias", "tios", "abuelas", "abuelos", "señoras", "señores", "viejitos", "viejitas", "kupuna"})

// singlePeople19 are one person by kind that WordNet also has as verbs:
// "a Deere second-shift guy telling me ...".
var singlePeople19 = newWordSet([]string{"guy", "kid", "dude", "fella", "gal", "man", "woman", "mom", "dad", "bro"})

// workplaceCrew19, before a crowd word, make it a crew of the practice's
// own, teased among themselves (att19): "the front desk crew vs. the
// printer", "the billing squad", "the lab gang".
var workplaceCrew19 = newWordSet([]string{"desk", "shift", "office", "billing", "lab", "triage", "nursing", "phone", "phones",
	"scheduling", "clinic", "pharmacy", "admin", "records", "intake", "hygiene", "reception", "coding", "dental", "x-ray", "imaging"})

// staffKinds19 are the practice's own people: teased, they are no patients.
var staffKinds19 = newWordSet([]string{"nurse", "nurses", "doctor", "doctors", "doc", "docs", "provider", "providers", "staff", "team",
	"receptionist", "receptionists", "assistant", "assistants", "tech", "techs", "technician", "technicians", "intern", "interns",
	"volunteer", "volunteers", "coworker", "coworkers", "colleague", "colleagues", "manager", "managers", "physician", "physicians",
	"hygienist", "hygienists", "therapist", "therapists", "pharmacist", "pharmacists", "medic", "medics", "scribe", "scribes",
	"interpreter", "interpreters", "employee", "employees", "midwife", "midwives", "dentist", "dentists", "counselor", "counselors",
	"resident", "residents", "hires"})

// pointers19 point at one person by kind: "a logger", "another
// farmworker", "the hog farmer", Pidgin "da", Spanish "el", "otro".
var pointers19 = newWordSet([]string{"a", "an", "another", "the", "that", "this", "every", "some", "one", "these", "those", "da",
	"el", "la", "los", "las", "un", "una", "otro", "otra"})

// doing19 follow one person by kind to say what they did: "a logger
// explaining ...", "the tourist who ...". placed19 say where they came
// from ("a mom from Lititz"), said only of a word that surely is a person
// ("the computer in exam 3" is none).
var (
	doing19 = newWordSet([]string{"who", "telling", "explaining", "insisting", "asking", "arguing", "trying", "swearing", "saying",
		"demanding", "showing", "walking", "coming", "bleeding", "thinking"})
	placed19 = newWordSet([]string{"that", "from", "in", "with", "at"})
)

// thanked19 make a sentence a thank-you or a welcome; fondWords19 make it
// fond, which a person weighs against the sneer.
var (
	thanked19   = newWordSet([]string{"thank", "thanks", "grateful", "appreciate", "congrats", "congratulations", "welcome", "gracias", "mahalo"})
	fondWords19 = newWordSet([]string{"love", "luv", "adore", "bless", "proud"})
)

// lovesMockingly19 reports "Love a ...", "Love how ...", "Love when ..."
// opening sentence si: sarcasm, like "gotta love".
func (s *scan) lovesMockingly19(si int) bool {
	se := s.sents[si]
	t := se.tokStart
	return t+1 < se.tokEnd && inSet(s.toks[t].low, "love", "loving") && inSet(s.toks[t+1].low, "a", "an", "how", "when", "that")
}

// owners19 before a people word make them the practice's own: "our
// farmworkers" may be patients, but "our interns" and "my crew" are staff,
// and a post about its own is no sneer at a crowd.
var owners19 = newWordSet([]string{"our", "my", "we"})

// scornedByKind19 finds people named by what they are and met with a
// sneer, or with a laugh at their words in scare quotes.
func (s *scan) scornedByKind19() (post.Finding, bool) {
	// contemptEmoji and laughWords are gate sets: the lexicon look-up
	// answers them, so a post with no laugh and no sneer costs nothing.
	contempt, laugh, smirk := s.hasAny(contemptEmoji), s.hasAny(laughWords), s.has("PROF-03/smirk")
	sneer := s.has("PROF-03/sneer")
	if !contempt && !laugh && !smirk && !sneer {
		return post.Finding{}, false
	}
	sneer = sneer || contempt && s.hasAny(sneerEmoji19)
	// The laughs and shrugs (PROF-03/smirk besides laughWords) mock when
	// what people say is set in scare quotes beside them.
	quoted := !sneer && (laugh || smirk) && s.hasByte("'\"‘“")
	if !sneer && !quoted || s.hasAny(scornThanks) {
		return post.Finding{}, false
	}
	var quotes []bool // by sentence: holds a scare quote
	if quoted {
		quotes = make([]bool, len(s.sents))
		any := false
		for si := range s.sents {
			quotes[si] = s.scareQuoted19(si)
			any = any || quotes[si]
		}
		if !any {
			return post.Finding{}, false
		}
	}
	for i := range s.toks {
		if !s.peopleByKind19(i) {
			continue
		}
		si := s.toks[i].sent
		if s.sentenceHasWord(si, groupPraise) || s.sentenceHasWord(si, thanked19) {
			continue
		}
		if quoted && !quotes[si] && (si+1 >= len(s.sents) || !quotes[si+1]) {
			continue // the quote must be theirs: in their sentence or the next
		}
		f := s.finding(i, i+1, "This mocks people by what they are (their job, their town, their family). Posts are public and those people read them.")
		fond := (s.sentenceHasWord(si, fondWords19) || si+1 < len(s.sents) && s.sentenceHasWord(si+1, fondWords19)) && !s.sarcastic() && !s.lovesMockingly19(si)
		if fond && quoted {
			continue // "a grandpa told us 'X' 😂 we love it here": a warm story
		}
		if fond {
			// "Babcias, we love you but PLEASE stop ... 😂": fond as often
			// as scornful. A person decides.
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
		}
		return f, true
	}
	return post.Finding{}, false
}

// peopleByKind19 reports whether token i names people by what they are
// (see the file's comment).
func (s *scan) peopleByKind19(i int) bool {
	t := s.toks[i]
	if t.kind != tokWord || len(t.low) < 3 || staffKinds19.has(t.low) || s.ownedAt19(i) || s.isStaff(i, i+1) {
		return false
	}
	opens := i == 0 || s.toks[i-1].sent != t.sent
	if t.capital && !opens {
		// Capitalized inside a sentence: a demonym or a nickname no
		// dictionary holds ("Tiguas", "FIBs", "Babcias"), but not a
		// team's name of everyday words ("the Rainbow Warriors").
		return demonymPlural19(t.low)
	}
	if everydayPeople19.has(t.low) || crowdNouns17.has(t.low) || categoryGroups.has(t.low) {
		return true
	}
	if s.whoFollows19(i) && s.pointedAt19(i) && !timeWords19.has(t.low) && (t.start == 0 || s.text[t.start-1] == ' ') {
		// "the 4:55 walk-in who ...", "the fourth tourist today who ...":
		// whoever "who" follows is a person ("Guess who ..." points at
		// no one; "a**hole who ..." is PROF-01's).
		return true
	}
	if crowdWords19.has(t.low) {
		return i > 0 && s.toks[i-1].sent == t.sent && (s.toks[i-1].kind == tokWord || s.toks[i-1].kind == tokPunct && s.toks[i-1].low != ",") &&
			!workplaceCrew19.has(s.toks[i-1].low)
	}
	person, plural := names.PersonNoun(t.low)
	person = person || singlePeople19.has(t.low)
	if plural || !person && coinedPeople19(t.low) || opens && t.capital && demonymPlural19(t.low) {
		return true
	}
	if !person && !agentShaped19(t.low) || i+1 >= len(s.toks) || s.toks[i+1].sent != t.sent {
		return false
	}
	// One person by kind, pointed at and doing something: "a logger
	// explaining", "another farmworker who", "the hog farmer telling".
	next := s.toks[i+1].low
	return s.pointedAt19(i) && (doing19.has(next) || person && placed19.has(next))
}

// pointedAt19 reports a pointer ("a", "the", "another", "these") up to
// five tokens before token i in its sentence: "a Deere second-shift guy".
func (s *scan) pointedAt19(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && s.toks[k].sent == s.toks[i].sent; k-- {
		if pointers19.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// timeWords19 may stand between a person and "who": "the tourist today
// who".
var timeWords19 = newWordSet([]string{"today", "tonight", "yesterday", "again", "here", "earlier"})

// whoFollows19 reports "who" right after token i, or after one word of
// time between ("the tourist today who").
func (s *scan) whoFollows19(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+2 && s.toks[k].sent == s.toks[i].sent; k++ {
		if s.toks[k].low == "who" {
			return true
		}
		if !timeWords19.has(s.toks[k].low) {
			return false
		}
	}
	return false
}

// ownedAt19 reports "our" or "my" one or two words before token i: "our
// interns", "my night crew".
func (s *scan) ownedAt19(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2 && s.toks[k].sent == s.toks[i].sent; k-- {
		if owners19.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// demonymPlural19 reports a plural that no everyday dictionary holds in
// its singular either: a people, a town's folk or a nickname ("tiguas",
// "fibs" aside, "babcias", "ferrisburgers").
func demonymPlural19(low string) bool {
	base, ok := strings.CutSuffix(low, "s")
	return ok && len(base) >= 3 && !strings.HasSuffix(base, "s") && !strings.HasSuffix(base, "'") && !names.IsWord(low) && !names.IsWord(base)
}

// coinedPeople19 reports a plural for doers no dictionary holds: English
// "farmworkers", "flatlanders"; Spanish "camioneros", "turistas",
// "pescadores".
func coinedPeople19(low string) bool {
	for _, suf := range [...]string{"ers", "eros", "eras", "istas", "dores", "doras"} {
		if base, ok := strings.CutSuffix(low, suf); ok && len(base) >= 3 {
			return !names.Listed(low) && !names.Listed(strings.TrimSuffix(low, "s"))
		}
	}
	return false
}

// agentShaped19 reports a singular shaped like a doer: "farmworker",
// "snowmobiler", "operator". The caller asks for more: pointed at and
// doing something ("a crane operator explaining").
func agentShaped19(low string) bool {
	return len(low) >= 6 && (strings.HasSuffix(low, "er") || strings.HasSuffix(low, "or") || strings.HasSuffix(low, "ist"))
}

// scareQuoted19 reports, in sentence si, a short run of one to five words
// set in quotes mid-sentence: what someone claims, held up to be laughed
// at ("it's 'just a scratch'", "their 'traditional remedies'"). A quote
// opens after a space or a bracket (not an apostrophe inside a word) and
// closes before a space, punctuation or the end.
func (s *scan) scareQuoted19(si int) bool {
	se := s.sents[si]
	text := s.text[se.start:se.end]
	for k := 0; k < len(text); k++ {
		n := openQuoteLen19(text, k)
		if n == 0 || k > 0 && text[k-1] != ' ' && text[k-1] != '(' || mentionedWord19(text[:k]) {
			continue
		}
		words := 1
		for j := k + n; j < len(text) && j < k+n+48; j++ {
			if text[j] == ' ' {
				words++
				continue
			}
			if m := closeQuoteLen19(text, j); m > 0 && j > k+n && text[j-1] != ' ' {
				after := j + m
				if after >= len(text) || strings.IndexByte(" .,!?;:)…", text[after]) >= 0 || text[after] >= 0x80 {
					if words <= 5 {
						return true
					}
					break
				}
			}
		}
	}
	return false
}

// mentionVerbs19 introduce a quote that names a word rather than holds a
// claim: "how to say 'good morning'", "the word 'mole'".
var mentionVerbs19 = []string{"say", "spell", "word", "means", "mean", "pronounce"}

// mentionedWord19 reports that before (the text up to a quote) ends with
// a word of mentionVerbs19.
func mentionedWord19(before string) bool {
	before = strings.TrimRight(before, " ")
	for _, v := range mentionVerbs19 {
		if len(before) >= len(v) && strings.EqualFold(before[len(before)-len(v):], v) && (len(before) == len(v) || before[len(before)-len(v)-1] == ' ') {
			return true
		}
	}
	return false
}

// openQuoteLen19 returns the length of an opening quote mark at text[k]
// (0 if none).
func openQuoteLen19(text string, k int) int {
	switch {
	case text[k] == '\'' || text[k] == '"':
		return 1
	case strings.HasPrefix(text[k:], "‘"), strings.HasPrefix(text[k:], "“"):
		return len("‘")
	}
	return 0
}

// closeQuoteLen19 returns the length of a closing quote mark at text[j]
// (0 if none).
func closeQuoteLen19(text string, j int) int {
	switch {
	case text[j] == '\'' || text[j] == '"':
		return 1
	case strings.HasPrefix(text[j:], "’"), strings.HasPrefix(text[j:], "”"):
		return len("’")
	}
	return 0
}
