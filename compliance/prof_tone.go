package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/post"
)

// Mockery by tone (issue 11): the shapes in prof_conduct.go each need a
// structure ("to the ... who", "why do people", "Sure, Jan"); writers from
// every region mock the people they serve without one ("Hutterite guys
// will drive past three clinics and then argue about every charge 😂",
// "frat bros strolling in at 4:55 🙃", "Los turistas llegan ... 😂"). The
// class is three things meeting: a tone of laughter or contempt anywhere
// in the post, people named as a group (or one person pointed at: "another
// tourist", "the guy who"), and what they do, said after them in the same
// sentence. Across the development sets that meeting is nearly absent from
// posts labelled pass, and greetings ("see y'all Monday 😂"), thanks and
// counts ("900 people at the fair 😂") are what it must leave alone.

// mockTargets are words for people a post may laugh at: the lists the
// conduct shapes read (groups, callouts, speakers, categories), merged,
// and the plain words for men, women and their company in other voices.
var mockTargets = unionWordSet([]*wordSet{laughGroups, calloutNouns, peopleWords, singleCallout, categoryGroups, speakerWords},
	"gals", "bros", "dudes", "wives", "husbands", "men", "women", "tourist", "snowbird", "retiree", "señora", "señor", "viejito",
	"viejita", "fellas", "boomers", "karens", "karen")

// pointers point at one person, a target only so ("another tourist", "the
// guy", "a lady"): alone such words are also everyday words.
var pointers = newWordSet([]string{"a", "an", "the", "another", "this", "that", "one", "some", "these", "those", "el", "la", "los", "las", "un", "una"})

// faultWords are what a group is blamed for doing: with any laugh or
// sigh, saying them of people mocks them.
var faultWords = newWordSet([]string{"skip", "skips", "skipping", "complain", "complains", "complaining", "argue", "argues",
	"arguing", "lie", "lies", "lying", "refuse", "refuses", "refusing", "demand", "demands", "demanding", "yell", "yells", "yelling",
	"scream", "screams", "screaming", "sneak", "sneaks", "sneaking", "whine", "whines", "whining", "cry", "cries", "crying", "ignore",
	"ignores", "ignoring", "stroll", "strolls", "strolling", "stumble", "stumbling", "lecture", "lecturing", "interrupt", "interrupting",
	"rude", "learn", "cuss", "cussing", "curse", "cursing", "fake", "faking", "exaggerate", "exaggerating", "ghost", "ghosting",
	// Spanish: complain, shout, demand, lie, argue, cry, forget.
	"quejan", "quejarse", "quejando", "gritan", "gritando", "exigen", "exigiendo", "mienten", "discuten", "lloran", "llorando", "olvidan"})

// neutralDoings are things people do that are no fault in themselves ("want
// Botox at 3:55", "think they're immune"): with contempt (an eye-roll, a
// sarcastic "bless") saying them mocks; with only a laugh a person decides.
var neutralDoings = unionWordSet([]*wordSet{behaviourVerbs, doingWords, habitWords},
	"want", "wants", "wanted", "wanting", "asks", "asked", "say", "saying", "drive", "drives", "driving", "bring", "brings", "bringing",
	"thinks", "treats", "treating", "expects", "expecting", "calls", "correct", "corrects", "correcting", "texting", "walking",
	"shows", "keeps", "rolling", "rush", "llegan", "vienen", "piden", "quieren", "traen", "llaman",
	"preguntan", "creen", "dicen", "tell", "tells", "telling")

// thankedWords make a sentence a thank-you (love is fondness, read apart).
var thankedWords = unionWordSet([]*wordSet{thanksWords}, "appreciate", "congrats", "congratulations", "welcome", "proud", "gracias")

// greetBefore, just before "y'all", make it a greeting: "see y'all",
// "thank y'all", "hey y'all".
var greetBefore = newWordSet([]string{"see", "thank", "thanks", "love", "miss", "hey", "hi", "hello", "for", "to", "with", "howdy", "morning"})

// laughedAtByTone finds people described by what they do in a post with a
// tone of laughter or contempt. It returns the target's and the deed's
// tokens, and whether the post blocks: a fault, or contempt, with no
// fondness ("we love u tho").
func (s *scan) laughedAtByTone() (int, int, bool, bool) {
	contempt := s.hasAny(contemptEmoji) || s.hasWord("🥴", "😩") || s.has("PROF-03/marker") || s.hasWord("bless") && s.blessClose() ||
		s.hasWord("nothing", "love", "luv", "living", "gotta") && s.sarcastic() || s.everyBeat()
	laugh := contempt || s.hasAny(laughWords) || s.has("PROF-03/weak") || s.hasWord("😭", "😅", "😆", "jaja", "jajaja") ||
		s.hasAny(wearyWords) && s.exasperated()
	if !laugh || !s.hasAny(mockTargets) && !s.yall() && !s.hasWord("who", "que", "if", "more") {
		return 0, 0, false, false
	}
	fond := s.hasWord("love", "luv", "loves") && !s.gottaLove()
	lastRoll := -2 // not yet looked for: most laughing posts tell no "if you"
	for i := range s.toks {
		if !s.mockTarget(i) {
			continue
		}
		if s.toks[i].low == "you" || s.toks[i].low == "u" {
			if lastRoll == -2 {
				lastRoll = s.lastEyeRoll()
			}
			if lastRoll <= i {
				continue // readers told "if you ... 😂" are laughed with; "if you ... 🙄" mocked
			}
		}
		si := s.toks[i].sent
		if s.sentenceHasWord(si, thankedWords) || s.sentenceHasWord(si, groupPraise) {
			continue
		}
		se := s.sents[si]
		deed := -1
		for k := i + 1; k < se.tokEnd && k <= i+10; k++ {
			w := s.toks[k].low
			if faultWords.has(w) {
				return i, k + 1, !fond, true
			}
			if deed < 0 && (neutralDoings.has(w) || doingSuffix(w)) {
				deed = k
			}
		}
		if deed >= 0 && (contempt || !fond || s.lovedButAny()) {
			// A laugh at a harmless habit with love ("... 😂 we love
			// you") is fond; "we love u but ..." sets up the jab.
			return i, deed + 1, contempt && !fond, true
		}
	}
	return 0, 0, false, false
}

// mockTarget reports people at token i a post may laugh at: a group word
// (not counted, "900 people"; not greeted, "see y'all"), one person
// pointed at ("another tourist"), or a plural followed by "who" ("the
// retired teachers who ...").
func (s *scan) mockTarget(i int) bool {
	t := &s.toks[i]
	if t.kind != tokWord {
		return false
	}
	w := t.low
	if w == "y" && i+1 < len(s.toks) && s.toks[i+1].low == "all" && t.end+1 == s.toks[i+1].start {
		// "y'all": not a greeting ("Y'all, ...", "see y'all").
		se := s.sents[t.sent]
		if i == se.tokStart && i+2 < se.tokEnd && s.toks[i+2].kind == tokPunct {
			return false
		}
		return i == se.tokStart || !greetBefore.has(s.toks[i-1].low)
	}
	if i >= 2 && s.toks[i-2].low == "one" && s.toks[i-1].low == "more" && s.oneMoreWho(i) {
		return true // "if one more snowbird tells me ..."
	}
	if (w == "you" || w == "u") && i > 0 && s.toks[i-1].low == "if" {
		return true // "if you google your rash and ...": readers described
	}
	if !mockTargets.has(w) {
		return s.pluralWho(i)
	}
	if i+1 < len(s.toks) && inSet(s.toks[i+1].low, "team", "staff", "crew", "department", "dept") {
		return false // "our PT team says"
	}
	if inSet(w, "you", "u", "y", "everyone", "some", "those", "anyone", "everybody", "someone", "person", "whoever", "family") {
		return false
	}
	if i > 0 && s.toks[i-1].kind == tokNumber && !faultAfter(s, i) {
		return false // "900 people at the fair"
	}
	if singleCallout.has(w) && !strings.HasSuffix(w, "s") || inSet(w, "tourist", "snowbird", "retiree", "señora", "señor") {
		return i > 0 && pointers.has(s.toks[i-1].low)
	}
	return true
}

// oneMoreWho reports whether the X of "one more X" at token i is someone:
// a person word ("one more snowbird"), or a word that does something
// next ("one more kid tells me"). "One more reminder:" and "one more day
// of flu clinic" count things.
func (s *scan) oneMoreWho(i int) bool {
	if mockTargets.has(s.toks[i].low) || patientWords.has(s.toks[i].low) {
		return true
	}
	if i+1 >= len(s.toks) || s.toks[i+1].kind != tokWord {
		return false
	}
	n := s.toks[i+1].low
	return n == "who" || n == "que" || neutralDoings.has(n) || faultWords.has(n)
}

// pluralWho reports a plural at token i followed by "who" or "que", not the
// practice's own staff: "the retired teachers who ...".
func (s *scan) pluralWho(i int) bool {
	w := s.toks[i].low
	if i+1 >= len(s.toks) || !inSet(s.toks[i+1].low, "who", "que") || len(w) < 4 || w[len(w)-1] != 's' ||
		strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") {
		return false
	}
	return !(i > 0 && inSet(s.toks[i-1].low, "our", "my")) && !s.isStaff(i, i+1)
}

// faultAfter reports a fault within a few words after token i.
func faultAfter(s *scan, i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+6 && s.toks[k].sent == s.toks[i].sent; k++ {
		if faultWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// doingSuffix reports an -ing word of what someone is up to ("showing",
// "rolling"), not a thing named by one ("morning", "nothing").
func doingSuffix(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !inSet(w, "nothing", "something", "anything", "everything", "morning",
		"evening", "during", "building", "clothing", "meeting", "wedding", "parking", "reading", "spring", "thing", "things",
		"feeling", "outing", "bring", "string", "ceiling", "setting", "funding", "housing", "training", "screening", "checking")
}

// blessClose reports "bless." closing a sentence on its own ("...and then
// complain about the wait… bless."): sarcastic pity, not "God bless" or
// "bless you".
func (s *scan) blessClose() bool {
	for i, t := range s.toks {
		if t.low != "bless" || i > 0 && s.toks[i-1].low == "god" {
			continue
		}
		if i+1 == len(s.toks) || s.toks[i+1].kind != tokWord || s.toks[i+1].sent != t.sent {
			return true
		}
	}
	return false
}

// toneFinding is laughedAtByTone's finding, if any.
func (s *scan) toneFinding() (post.Finding, bool) {
	from, to, block, ok := s.laughedAtByTone()
	if !ok {
		return post.Finding{}, false
	}
	f := s.finding(from, to, "This describes people by what they do, with a laugh or an eye-roll: it mocks them. Posts are public and those people read them.")
	if !block {
		f.Severity, f.NeedsHuman = post.SeverityWarn, true
	}
	return f, true
}

// gottaLove reports praise that mocks: "gotta love em", "don't you just
// love ...". Any other love in a post that laughs is fondness.
func (s *scan) gottaLove() bool {
	for i := 0; i+1 < len(s.toks); i++ {
		if a, b := s.toks[i].low, s.toks[i+1].low; (b == "love" || b == "luv") && (a == "gotta" || a == "just" && i > 0 && s.toks[i-1].low == "you") {
			return true
		}
	}
	return false
}

// lovedButAny reports "we love you but ..." in any sentence.
func (s *scan) lovedButAny() bool {
	for si := range s.sents {
		if s.lovedBut(si) {
			return true
		}
	}
	return false
}

// wearyWords are the writer's exasperation: "I'm tired", "we are
// exhausted", "honestly exhausting".
var wearyWords = newWordSet([]string{"tired", "exhausted", "exhausting", "frustrating", "frustrated", "done", "over"})

// exasperated reports the writer's own exasperation: a weary word with "I"
// or "we" just before ("I'm so tired", "we are DONE", "we're exhausted
// of"), or closing a short sentence of its own ("Honestly exhausting.",
// "wicked frustrating"). "Tired but proud" is the good kind.
func (s *scan) exasperated() bool {
	for i := range s.toks {
		w := s.toks[i].low
		if !wearyWords.has(w) {
			continue
		}
		if i+1 < len(s.toks) && inSet(s.toks[i+1].low, "but", "and") {
			continue // "tired but proud"
		}
		if w == "exhausting" || w == "frustrating" {
			se := s.sents[s.toks[i].sent]
			if se.tokEnd-se.tokStart <= 4 {
				return true
			}
		}
		for k := i - 1; k >= 0 && k >= i-4 && s.toks[k].sent == s.toks[i].sent; k-- {
			if inSet(s.toks[k].low, "i", "we") {
				return w != "over" || i+1 < len(s.toks) && s.toks[i+1].low == "it"
			}
		}
	}
	return false
}

// lastEyeRoll returns the token of the post's last eye-roll or sneer, or
// -1: readers told "if you ..." before it are mocked ("if you google your
// symptoms ... 🙄"), those after it are not ("the traffic 😤 if you're
// late, call us"). One pass for the post, not one per "if you": a pass
// to the end per "if you" made long texts quadratic.
func (s *scan) lastEyeRoll() int {
	for k := len(s.toks) - 1; k >= 0; k-- {
		if w := s.toks[k].low; contemptEmoji.has(w) || w == "🙃" {
			return k
		}
	}
	return -1
}
