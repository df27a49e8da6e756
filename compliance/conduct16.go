package compliance

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/practicepost/practicepost/post"
)

// Conduct shapes of session 16 (issue 11): jokes whose punchline is a
// patient or a reviewer, and a group scolded, told in any words.
//
//   - overheardMocked: a patient's words quoted after a label ("Overheard
//     in exam 3:", "Freshmen at finals:") and answered with a retort, an
//     eye-roll, the staff's own line ("Us: ...") or a curt "Yes." and a
//     laugh;
//   - memeMocked: a "POV:" or "when the patient ..." meme that shows
//     someone saying or doing something, with a laugh or an eye-roll;
//   - lowStarMocked: a low-star reviewer pointed at and jeered ("Try
//     again", "Cope. 🤡", "we looked you up");
//   - groupScolded: a kind of person addressed and told to stop what
//     they do at the clinic ("Day laborers: stop walking in at 4:55").

// conductShapes16 adds the shapes, each gated by a word it needs.
func (s *scan) conductShapes16(add func(post.Finding)) {
	if s.words.has(":") {
		if f, ok := s.overheardMocked(); ok {
			add(f)
		}
	}
	if s.hasWord("pov", "when") {
		if f, ok := s.memeMocked(); ok {
			add(f)
		}
	}
	if s.hasWord("stop", "quit") {
		if f, ok := s.groupScolded(); ok {
			add(f)
		}
	}
	if s.hasWord("star", "stars", "review", "reviewer", "reviewed", "re", "reply", "replying") {
		if f, ok := s.lowStarMocked(); ok {
			add(f)
		}
	}
}

// overheardWords label words overheard: "Overheard in the lobby:", Spanish
// "Oído en recepción:".
var overheardWords = newWordSet([]string{"overheard", "heard", "oído", "oido", "escuchado", "escuché", "escuche"})

// labelPeople are people a quote is put in the mouth of, besides the
// group and callout words: "Freshmen during finals:", "Student athletes:".
var labelPeople = newWordSet([]string{"students", "student", "freshmen", "freshman", "athletes", "sophomores", "juniors", "seniors",
	"customers", "callers", "walk", "walkins"})

// childlikeWords make a quote or a meme a child's: fond, not mocking.
var childlikeWords = newWordSet([]string{"kid", "kids", "child", "children", "toddler", "toddlers", "baby", "babies", "little", "youngest",
	"kiddo", "kiddos", "niño", "niña", "niños"})

// ownSide are the writer and the staff: a meme about them, or a line
// labelled with them, is the staff's own.
var ownSide = newWordSet([]string{"i", "me", "my", "we", "us", "our", "you", "your", "u", "ur", "staff", "team", "nurse", "nurses",
	"doctor", "doc", "dr", "coworker", "coworkers", "receptionist", "intern", "resident", "residents", "hygienist", "scribe"})

// spanishRetorts answer a patient as retortWords do, in Spanish.
var spanishRetorts = newWordSet([]string{"señora", "señor", "senora", "senor", "mija", "mijo"})

// overheardMocked finds a quote set out after a short label that is
// overheard, a group or a "be like", answered with mockery after the
// quote.
func (s *scan) overheardMocked() (post.Finding, bool) {
	if s.hasAny(gratitudeWords) || s.hasAny(groupPraise) {
		return post.Finding{}, false
	}
	for _, se := range s.sents {
		c := -1
		for t := se.tokStart + 1; t < se.tokEnd && t <= se.tokStart+7; t++ {
			if s.toks[t].low == ":" {
				c = t
				break
			}
		}
		if c < 0 || !s.quoteLabel(se.tokStart, c) {
			continue
		}
		end, ok := s.quoteAfter(s.toks[c].end)
		if !ok {
			continue
		}
		// The first quote set out is the joke's; reading the rest of the
		// text again for every label would grow with its square.
		if !s.mockedAfter(end) {
			break
		}
		return s.finding(se.tokStart, c, "This quotes a patient to laugh at them. Posts are public and that person reads them."), true
	}
	return post.Finding{}, false
}

// quoteLabel reports a label [from, to) that says whose words follow:
// overheard, a people word, or "... be like". The writer's or staff's
// own line ("Me:", "Nurse:") and a child's are not.
func (s *scan) quoteLabel(from, to int) bool {
	label := false
	for t := from; t < to; t++ {
		w := s.toks[t].low
		if childlikeWords.has(w) || ownSide.has(w) && w != "our" || w == "year" {
			return false
		}
		label = label || overheardWords.has(w) || labelPeople.has(w) || laughGroups.has(w) || speakerWords.has(w) || singleCallout.has(w) ||
			w == "be" && t+1 < to && s.toks[t+1].low == "like"
	}
	return label
}

// quoteAfter reports a quotation opening right after byte at (spaces
// aside) and returns the byte just after its closing mark: a quote mark
// with no letter after it ("it's" is no close), within maxQuoteBytes.
func (s *scan) quoteAfter(at int) (int, bool) {
	rest := strings.TrimLeft(s.text[at:], " ")
	open, n := utf8.DecodeRuneInString(rest)
	if !isQuoteRune(open) {
		return 0, false
	}
	start := len(s.text) - len(rest) + n
	for j := start; j < len(s.text) && j < start+maxQuoteBytes; {
		r, w := utf8.DecodeRuneInString(s.text[j:])
		if isQuoteRune(r) && j > start && s.text[j-1] != ' ' {
			next, _ := utf8.DecodeRuneInString(s.text[j+w:])
			if j+w >= len(s.text) || !unicode.IsLetter(next) {
				return j + w, true
			}
		}
		j += w
	}
	return 0, false
}

// maxQuoteBytes bounds the quotation read after a label or a meme's
// actor: a patient's line is a sentence or two, and a bound keeps a text
// of many labels linear.
const maxQuoteBytes = 240

// isQuoteRune reports a quotation mark.
func isQuoteRune(r rune) bool {
	switch r {
	case '\'', '"', '‘', '’', '“', '”', '«', '»':
		return true
	}
	return false
}

// mockedAfter reports mockery in the text after byte at: a retort word
// ("Ma'am,", "Babe,"), an eye-roll, the staff's own line ("Us: ..."), or a
// curt yes or no with a laugh.
func (s *scan) mockedAfter(at int) bool {
	laugh := s.hasAny(laughWords)
	for _, h := range s.hitsOf("PROF-03/marker") {
		if s.toks[h.from].start >= at {
			return true // "... 😂😂 can't make this stuff up"
		}
	}
	for t := range s.toks {
		tk := &s.toks[t]
		if tk.start < at {
			continue
		}
		w := tk.low
		switch {
		case s.retortAt(t) || spanishRetorts.has(w) || contemptEmoji.has(w) || eyeRollEmoji(w):
			return true
		case (w == "us" || w == "me") && t+1 < len(s.toks) && s.toks[t+1].low == ":" && !s.agreedAt(t+2):
			return true
		case laugh && inSet(w, "yes", "no", "nope", "nah") && (t == 0 || s.toks[t-1].sent != tk.sent):
			return true // "Yes. Yes it is. 😂"
		}
	}
	return false
}

// retortAt reports a retort word said to someone at token t: "sir",
// "babe", "ma'am" ("ma" and "am"; Chamorro "Si Yu'os Ma'åse'" thanks).
func (s *scan) retortAt(t int) bool {
	w := s.toks[t].low
	if !retortWords.has(w) || w == "classy" {
		return false
	}
	return w != "ma" || t+1 < len(s.toks) && s.toks[t+1].low == "am"
}

// eyeRollEmoji reports the shrug, facepalm and melting faces in any skin
// tone or gender ("🤦‍♀️", "🤷🏽"), which the word sets hold only bare.
func eyeRollEmoji(w string) bool {
	for _, e := range []string{"🤦", "🤷", "🫠", "😒", "🙄"} {
		if strings.HasPrefix(w, e) {
			return true
		}
	}
	return false
}

// mockTone reports a laugh, an eye-roll or a contempt marker in the text.
func (s *scan) mockTone() bool {
	if s.hasAny(laughWords) || s.hasAny(contemptEmoji) || s.has("PROF-03/marker") || s.has("PROF-03/weak") {
		return true
	}
	for t := range s.toks {
		if s.toks[t].kind != tokWord && s.toks[t].kind != tokNumber && eyeRollEmoji(s.toks[t].low) {
			return true
		}
	}
	return false
}

// actVerbs are what someone in a meme says or does: "a linebacker
// explaining", "the patient swears", "a family walks in".
var actVerbs = newWordSet([]string{"says", "swears", "insists", "tells", "claims", "asks", "shows", "walks", "comes", "explains", "argues",
	"thinks", "demands", "brings", "acts", "refuses", "decides", "tries", "calls", "expects", "wants", "explaining", "walking", "showing",
	"coming", "swearing", "insisting", "telling", "arguing", "thinking", "demanding", "bringing", "acting", "refusing", "trying", "calling",
	"expecting", "asking"})

// memeDeterminers open the someone a meme shows: "a", "the", "every".
var memeDeterminers = newWordSet([]string{"a", "an", "the", "every", "another", "this", "some"})

// memeMocked finds a meme ("POV:", "when the ...") that shows a patient or
// a group saying or doing something, in a post with a laugh or an
// eye-roll. Someone is a person when named by a people word or quoted
// ("a linebacker explaining ... he 'doesn't do needles'"); "the sun is
// coming up" is no one.
func (s *scan) memeMocked() (post.Finding, bool) {
	if !s.mockTone() {
		return post.Finding{}, false
	}
	for si, se := range s.sents {
		if s.sentenceHasWord(si, gratitudeWords) || s.sentenceHasWord(si, groupPraise) || s.sentenceHasWord(si, childlikeWords) ||
			s.sentenceHasWord(si, visitPraise) && !s.scornIn(si) {
			// "When a patient says \"this was the fastest visit ever\" 😂🙌":
			// the patient's praise shared with a laugh, no one mocked
			// (session 16, att16).
			continue
		}
		for t := se.tokStart; t < se.tokEnd; t++ {
			w := s.toks[t].low
			pov := w == "pov"
			if !pov && (w != "when" || t > se.tokStart && s.toks[t-1].low != ":") {
				continue
			}
			if v, ok := s.memeActor(t+1, se, pov); ok {
				return s.finding(t, v+1, "This makes a patient the punchline of a meme. Posts are public and that person reads them."), true
			}
		}
	}
	return post.Finding{}, false
}

// memeActor finds, in se from token from, someone doing something: a
// determiner and up to six tokens before an act verb (after "POV:", up
// to three words with none), none of them the writer, the staff or a
// child. It returns the verb.
func (s *scan) memeActor(from int, se sentence, pov bool) (int, bool) {
	if pov && from < se.tokEnd && s.toks[from].low == ":" {
		from++
	}
	for d := from; d < se.tokEnd && d < from+14; d++ {
		det := memeDeterminers.has(s.toks[d].low)
		bare := pov && d == from && !det
		if !det && !bare {
			continue
		}
		first := d + 1
		if bare {
			first = d
		}
		people := false
		for v := first; v < se.tokEnd && v <= first+6; v++ {
			w := s.toks[v].low
			if ownSide.has(w) || s.isStaff(v, v+1) || inSet(w, "is", "are", "was", "were", "s", "re") {
				break
			}
			if actVerbs.has(w) && v > first {
				if !people && !s.quotedIn(v, se) && !(bare && v-first <= 3) {
					break
				}
				return v, true
			}
			people = people || laughGroups.has(w) || singleCallout.has(w) || speakerWords.has(w) || labelPeople.has(w) ||
				strings.HasSuffix(w, "men") || inSet(w, "bro", "bros", "walk")
			if bare && v-first >= 3 {
				break
			}
		}
	}
	return 0, false
}

// quotedIn reports a quotation mark opening a quote after token v in se,
// within maxQuoteBytes.
func (s *scan) quotedIn(v int, se sentence) bool {
	rest := s.text[s.toks[v].end:min(se.end, s.toks[v].end+maxQuoteBytes)]
	for _, q := range []string{" '", " ‘", " \"", " “"} {
		if strings.Contains(rest, q) {
			return true
		}
	}
	return false
}

// lowStarMocked finds a low-star reviewer pointed at ("whoever left us 1
// star", "that one-star review", "the gentleman who reviewed us", "Re:
// 'Angry in Antioch'") and jeered at after: a retort, a jeer ("Try
// again", "Cope", "we looked you up", "maybe don't ...") or an eye-roll.
// Thanks or an apology answer the reviewer instead.
func (s *scan) lowStarMocked() (post.Finding, bool) {
	if s.hasWord("sorry", "apologize", "apologise", "apologies", "thank", "thanks", "grateful", "appreciate", "feedback") {
		return post.Finding{}, false
	}
	cue := -1
	for t := range s.toks {
		if s.lowStarAt(t) || s.reviewerPointedAt(t) {
			cue = t
			break
		}
	}
	if cue < 0 {
		return post.Finding{}, false
	}
	for t := cue; t < len(s.toks); t++ {
		if w := s.toks[t].low; s.retortAt(t) || contemptEmoji.has(w) || eyeRollEmoji(w) || s.jeerAt(t) {
			se := s.sents[s.toks[cue].sent]
			return s.finding(se.tokStart, min(cue+3, se.tokEnd), "This jeers at a reviewer. Posts are public: answer reviews politely, or not at all."), true
		}
	}
	return post.Finding{}, false
}

// lowStarAt reports a low rating at token t: "1 star", "one-star", "2
// stars".
func (s *scan) lowStarAt(t int) bool {
	if !inSet(s.toks[t].low, "1", "one", "2", "two", "1star", "onestar") {
		return false
	}
	k := t + 1
	if k < len(s.toks) && s.toks[k].low == "-" {
		k++
	}
	return k < len(s.toks) && inSet(s.toks[k].low, "star", "stars", "⭐")
}

// reviewerPointedAt reports a reviewer pointed at from token t: "who
// reviewed us", "Re: ...", "Reply to ...".
func (s *scan) reviewerPointedAt(t int) bool {
	w := s.toks[t].low
	first := t == 0 || s.toks[t-1].sent != s.toks[t].sent
	switch {
	case w == "who" && t+1 < len(s.toks) && inSet(s.toks[t+1].low, "reviewed", "rated"):
		return true
	case first && w == "re" && t+1 < len(s.toks) && s.toks[t+1].low == ":":
		return true
	case first && inSet(w, "reply", "replying") && t+1 < len(s.toks) && s.toks[t+1].low == "to":
		return true
	case first && w == "reviewer":
		return true
	}
	return false
}

// jeerAt reports a jeer at token t: "try again", "try harder", "cope",
// "cry more", "bless your heart", "looked you up", "maybe don't".
func (s *scan) jeerAt(t int) bool {
	w, next := s.toks[t].low, ""
	if t+1 < len(s.toks) {
		next = s.toks[t+1].low
	}
	switch w {
	case "try":
		return inSet(next, "again", "harder")
	case "cope", "seethe":
		return true
	case "cry":
		return next == "more"
	case "bless":
		return next == "your" && t+2 < len(s.toks) && s.toks[t+2].low == "heart"
	case "looked":
		return next == "you" && t+2 < len(s.toks) && s.toks[t+2].low == "up"
	case "maybe":
		return inSet(next, "don", "dont", "try", "read", "learn", "next")
	}
	return false
}

// scoldActs are what a group addressed is told to stop doing at the
// clinic: "stop showing up without appointments", "quit lying on your
// forms", "stop spitting in our lot". Health habits ("stop smoking") are
// advice, not a scolding, and are left out.
var scoldActs = newWordSet([]string{"showing", "walking", "coming", "bringing", "asking", "calling", "lying", "spitting", "parking",
	"yelling", "screaming", "texting", "googling", "arguing", "demanding", "expecting", "begging", "fighting", "complaining", "cancelling",
	"canceling", "whining", "acting", "pretending"})

// plainAudiences are the everyday readers a notice is addressed to:
// "Parents: please stop calling the nurse line for refills" asks, it does
// not scold a kind of person.
var plainAudiences = newWordSet([]string{"patients", "parents", "families", "folks", "everyone", "friends", "neighbors", "neighbours",
	"members", "guys", "people", "moms", "dads", "grandparents", "caregivers", "followers", "visitors", "volunteers", "all"})

// addressLead are the words before a group addressed: "PSA to our
// Bosnian grandmas:", "Dear dairy farmers,".
var addressLead = newWordSet([]string{"psa", "to", "dear", "hey", "our", "attention", "calling", "all", "yo"})

// groupScolded finds a kind of person addressed ("Day laborers:", "Student
// athletes:", "Truckers, ...") and told to stop what they do at the
// clinic ("stop walking in at 4:55", "quit lying on your forms"), in the
// same sentence or the next: a group scolded in public (PROF-03 block).
// One everyday word ("Parents:") is a notice unless a laugh or an eye-roll
// says otherwise.
func (s *scan) groupScolded() (post.Finding, bool) {
	if s.hasWord("thank", "thanks") {
		return post.Finding{}, false
	}
	tone := s.mockTone()
	for si, se := range s.sents {
		from, to, ok := s.scoldAddress(se)
		if !ok || to-from == 1 && (plainAudiences.has(s.toks[from].low) || !tone) {
			continue
		}
		last := se.tokEnd
		if si+1 < len(s.sents) {
			last = s.sents[si+1].tokEnd
		}
		for t := to + 1; t+1 < last; t++ {
			if !inSet(s.toks[t].low, "stop", "quit") {
				continue
			}
			if scoldActs.has(s.toks[t+1].low) && !s.treatsBrought(t+1, last) {
				return s.finding(from, t+2, "This scolds a group of patients in public. Posts are public and those patients read them."), true
			}
		}
		// Only the first address is read: every sentence reading on into
		// the next keeps the walk linear.
		return post.Finding{}, false
	}
	return post.Finding{}, false
}

// scoldAddress reports the group words [from, to) addressed at the
// start of se, before a colon or a comma at to: one to four words, the
// last a plural of people, none the writer or the staff.
func (s *scan) scoldAddress(se sentence) (int, int, bool) {
	from := se.tokStart
	for from < se.tokEnd && from < se.tokStart+3 && addressLead.has(s.toks[from].low) {
		from++
	}
	to := from
	for to < se.tokEnd && to < from+4 && s.toks[to].kind == tokWord {
		w := s.toks[to].low
		if ownSide.has(w) || s.isStaff(to, to+1) {
			return 0, 0, false
		}
		to++
	}
	if to == from || to >= se.tokEnd || !inSet(s.toks[to].low, ":", ",") {
		return 0, 0, false
	}
	w := s.toks[to-1].low
	plural := laughGroups.has(w) || labelPeople.has(w) || strings.HasSuffix(w, "men") ||
		len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
	return from, to, plural
}

// visitPraise are words a patient praises the visit with: "the fastest
// visit ever", "the nicest clinic".
var visitPraise = newWordSet([]string{"fastest", "nicest", "friendliest", "favorite", "favourite", "gentlest", "cleanest", "easiest",
	"loved", "wonderful", "fantastic", "incredible", "painless"})

// scornIn reports an eye-roll or a contempt marker in sentence si: praise
// quoted beside it is sarcasm.
func (s *scan) scornIn(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if w := s.toks[t].low; contemptEmoji.has(w) || eyeRollEmoji(w) || s.retortAt(t) {
			return true
		}
	}
	return false
}

// agreeWords answer a patient's line by agreeing with it: "Us: 'Same.'",
// "Me: 'mood'", "Us: 'honestly, same'".
var agreeWords = newWordSet([]string{"same", "mood", "relatable", "agreed", "ditto", "samesies", "felt", "honestly", "real", "facts"})

// agreedAt reports the staff's line at token t (past an opening quote)
// agreeing, not retorting (session 16, att16): "Students during finals:
// 'I need a nap.' Us: 'Same.' 😂" laughs along with them.
func (s *scan) agreedAt(t int) bool {
	for t < len(s.toks) && s.toks[t].kind == tokPunct {
		t++
	}
	return t < len(s.toks) && agreeWords.has(s.toks[t].low)
}

// treatWords are what a group brings the staff to be kind: "stop bringing
// us donuts 😂" thanks them in a joke (session 16).
var treatWords = newWordSet([]string{"donuts", "doughnuts", "cookies", "treats", "candy", "cake", "cakes", "cupcakes", "brownies",
	"pastries", "snacks", "goodies", "sweets", "pizza", "coffee", "tamales", "kolaches", "pie", "pies", "muffins", "bagels",
	"chocolate", "chocolates", "flowers", "pan", "baklava", "fudge", "food", "lunch", "breakfast", "orange"})

// treatsBrought reports "bringing" at t followed, a few words on, by a
// treat ("stop bringing us donuts", "quit bringing cookies and pan dulce")
// before the sentence or the read window ends at last.
func (s *scan) treatsBrought(t, last int) bool {
	if s.toks[t].low != "bringing" {
		return false
	}
	for k := t + 1; k < last && k <= t+4; k++ {
		if treatWords.has(s.toks[k].low) {
			return true
		}
		if s.toks[k].kind != tokWord {
			return false
		}
	}
	return false
}
