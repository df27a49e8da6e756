package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

// Conduct by structure (issue 11): the shapes a post takes when it vents
// about or mocks the people it serves, whatever its words.
//
//   - a callout of one person ("To the mom in the lobby who ...:") that
//     thanks no one singles out someone neighbours can recognise: a person
//     decides, and a laugh or an accusation makes it mocking (block);
//   - a one-word retort sentence ("Ma'am.", "Sir.") after a story about a
//     patient mocks them;
//   - a rhetorical "why do people ...?" about what patients do vents;
//   - a post calling a reviewer or their review names ("this review is
//     unhinged", "the reviewer is clearly clueless") insults them, as a
//     reply would (REV-03's judgement shape).

// retortWords stand alone as a sentence to mock whoever was just told of.
var (
	retortList = []string{"ma", "maam", "sir", "sis", "bro", "dude", "karen", "jan", "sweetie", "honey", "buddy", "hun", "classy",
		"babe", "chief", "champ", "bestie", "sweetheart", "darling", "pal", "brah", "bruh"}
	retortWords = newWordSet(retortList)
)

// behaviourVerbs are what patients do, in a rhetorical "why do people
// ...?": not what happens to their bodies ("why do kids get more colds").
var behaviourVerbs = newWordSet([]string{"wait", "call", "show", "bring", "ignore", "insist", "refuse", "argue", "lie", "google",
	"think", "expect", "forget", "cancel", "come", "skip", "yell", "scream", "complain", "leave", "demand", "treat", "act", "text",
	"walk", "book", "believe", "keep", "ask", "always", "never", "still"})

// groupWords are patients as a group, the subject of a vent.
var groupWords = newWordSet([]string{"people", "patients", "parents", "folks", "ppl", "adults", "moms", "dads", "guys", "everyone",
	"y", "you", "u", "some", "men", "women", "customers", "clients", "callers"})

// singleCallout are one person singled out in a callout.
var singleCallout = newWordSet([]string{"mom", "dad", "guy", "lady", "man", "woman", "patient", "reviewer", "person", "caller", "client",
	"gentleman", "gal", "dude", "family",
	// Elders and kin, in any language the clinic hears: "a grandpa from
	// Brighton tries to explain ...", "who else's abuela thinks ...".
	"grandma", "grandpa", "granny", "grandmother", "grandfather", "auntie", "aunty", "uncle", "babushka", "abuela", "abuelo"})

// ventingWords open a sentence that vents about patients.
var ventingWords = newWordSet([]string{"yelling", "screaming", "cursing", "swearing"})

// conductStructure finds these shapes, leaving out spans already found.
// The callout, if any, is checkDisparaging's (from, to, called).
func (s *scan) conductStructure(found []post.Finding, from, to int, called bool) []post.Finding {
	var out []post.Finding
	add := func(f post.Finding) {
		if !overlapsAny(found, f.Start, f.End) && !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	// Cheap gates first: each shape needs a word the text may not have.
	retorts, why, abuse := s.hasAny(retortWords), s.words.has("why"), s.hasAny(abuseWords)
	if called && s.singleOut(from, to) {
		f := s.finding(from, to, "This singles out one person others may recognise. A person should decide whether it may be posted.")
		f.Severity, f.NeedsHuman = post.SeverityWarn, true
		if s.healthInSentence(s.toks[from].sent) {
			// "Dear patient who ate a bag of chips before your glucose
			// test:": one recognisable person and their care.
			f.Severity, f.NeedsHuman = "", false
			f.Message = "This singles out one person others may recognise, with a health detail. Posts are public and that person reads them."
		}
		add(f)
	}
	if s.hasWord("if") {
		if f, ok := s.scolding(contemptOf(s)); ok {
			add(f)
		}
	}
	s.reviewerJudged(add)
	s.conductJabs(add)
	s.conductShapes16(add)
	// One pass over the text's words turns away the posts none of the
	// three shapes below can fit.
	if s.hasAny(conductCues) || s.words.has("who") && strings.ContainsAny(s.text, "'\"‘’“”") || s.has("PROF-03/marker") {
		s.judgedOrLaughedAt(add)
	}
	if s.hasAny(ventingWords) {
		// "Yelling at Joy about an insurance denial she didn't cause is not
		// it": venting about what patients do to staff. A person decides.
		for _, se := range s.sents {
			if t := se.tokStart; t+1 < se.tokEnd && inSet(s.toks[t].low, "yelling", "screaming", "cursing", "swearing") && s.toks[t+1].low == "at" {
				f := s.finding(t, t+2, "This vents about how patients treat the staff. Posts are public and patients read them.")
				f.Severity, f.NeedsHuman = post.SeverityWarn, true
				add(f)
			}
		}
	}
	if s.hasWord("always", "never", "constantly") {
		if f, ok := s.stereotype(); ok {
			add(f)
		}
	}
	if !retorts && !why && !abuse {
		return out
	}
	// An eye-roll or a clown says the post is about someone even when no
	// word for people names them: "tfw a 'wellness influencer' explains
	// your job to you. sir. SIR. 🤡".
	// A story overheard is about someone too: "Overheard in the waiting
	// room: '...' Ma'am.". A kid's question answered "Yes, buddy." is
	// warmth, so a kid alone is not.
	people := s.aboutPeople() || s.hasAny(contemptEmoji) || s.words.has("overheard")
	// quoted looks for a quote once at most: the retorts below may be
	// many, and each look walks the text.
	quotedAsked, quotedSeen := false, false
	quoted := func() bool {
		if !quotedAsked {
			quotedAsked, quotedSeen = true, s.quotedWord17()
		}
		return quotedSeen
	}
	contempt := s.has("PROF-03/marker") || s.hasAny(laughWords)
	for si, se := range s.sents {
		if !retorts {
			break
		}
		n, last := 0, -1
		for t := se.tokStart; t < se.tokEnd; t++ {
			if s.toks[t].kind == tokWord {
				n++
				last = t
			}
		}
		// "Ma'am." ("ma", "am"), "Sir.", "Karen."
		retort := (n == 1 && retortWords.has(s.toks[last].low)) || (n == 2 && s.toks[last].low == "am" && s.toks[last-1].low == "ma")
		if retort && si > 0 && people {
			add(post.Finding{Start: se.start, End: se.end, Message: "A one-word retort after a story about someone mocks them. Posts are public and that person reads them."})
		}
		if t, ok := s.sureJan(se); ok && (people || s.hasAny(laughWords) || quoted() && s.quotedSureJan17(t)) {
			add(s.finding(t, t+3, "A sarcastic retort (\"Sure, Jan\") mocks whoever the post is about. Posts are public and that person reads them."))
		}
	}
	for _, se := range s.sents {
		if !abuse {
			break
		}
		if from, to, ok := s.yelledAt(se); ok {
			// "Nothing like being yelled at over a copay. Love this job."
			f := s.finding(from, to, "This vents about being treated badly by patients. Posts are public and patients read them.")
			if !contempt && !s.sarcastic() {
				if s.civilityAsk() {
					continue // "Our staff get yelled at sometimes. We get it ... we ask for kindness back"
				}
				f.Severity, f.NeedsHuman = post.SeverityWarn, true
			}
			add(f)
		}
	}
	for si := range s.sents {
		if !why {
			break
		}
		if f, ok := s.whyDoPeople(si); ok {
			if !contempt {
				f.Severity, f.NeedsHuman = post.SeverityWarn, true
			}
			add(f)
		}
	}
	if retorts && !s.reviewMode() {
		// "Do the bands, Karen.", "it's not the cuff, sir, it's the
		// suya": a retort said as an address, in a post about what people
		// do (or one already found venting).
		// A post about a review is about its writer: "The 1-star from
		// 'SavMom2019' is fake ... We don't see kids on Saturdays, ma'am."
		vented := people || len(found) > 0 || len(out) > 0 || s.hasWord("star", "stars", "review", "reviews", "reviewer", "yelp")
		for si := range s.sents {
			if t, ok := s.mockAddress(si); ok && (vented || quoted() && s.quotedGainsaid17(si, t)) {
				add(s.finding(t, t+1, "A retort said to whoever the post is about (\"sir\", \"Karen\") mocks them. Posts are public and those people read them."))
				break
			}
		}
	}
	return out
}

// conductCues are the words one of judgedOrLaughedAt's shapes needs.
var conductCues = unionWordSet([]*wordSet{laughWords, contemptEmoji, disparageWords}, "better", "unlike", "lose", "idea", "know", "nothing", ":")

// unionWordSet is a set of the words of sets, and of extra.
func unionWordSet(sets []*wordSet, extra ...string) *wordSet {
	words := extra
	for _, set := range sets {
		words = append(words, set.list()...)
	}
	return newWordSet(words)
}

// comparingWords are the words, besides disparageWords, otherProviderJudged needs one of.
var comparingWords = newWordSet([]string{"better", "unlike", "lose", "idea", "know"})

// judgedOrLaughedAt adds three shapes: another practice or clinician run
// down, a patient quoted as a line of a script to laugh at, and people
// described by what they do and laughed at.
func (s *scan) judgedOrLaughedAt(add func(post.Finding)) {
	if s.hasAny(disparageWords) || s.hasAny(comparingWords) {
		for _, f := range s.otherProviderJudged() {
			add(f)
		}
	}
	if s.words.has(":") {
		if from, to, ok := s.quotedPatient(); ok {
			add(s.finding(from, to, "This quotes a patient to laugh at them. Posts are public and that person reads them."))
		}
	}
	if from, to, ok := s.quotedWho(); ok {
		// "the 'Google doctors' who show up with 14 printed pages": a
		// label in quotes for the people described.
		add(s.finding(from, to, "This labels people in quotes by what they do. Posts are public and those people read them."))
	}
	if s.hasAny(laughWords) || s.hasAny(contemptEmoji) || s.words.has("nothing") && s.sarcastic() || s.has("PROF-03/marker") {
		if from, to, sure, ok := s.laughedAtGroup(); ok {
			f := s.finding(from, to, "This describes people by what they do or say and laughs at them. Posts are public and those people read them.")
			if !sure || s.blamesInstitution() {
				f.Severity, f.NeedsHuman = post.SeverityWarn, true
			}
			add(f)
		}
	}
}

// reviewWords are the words a judgement of a reviewer needs one of.
var reviewWords = newWordSet([]string{"review", "reviewer", "reviews", "reviewers", "star", "stars", "yelp", "replying"})

// reviewerJudged adds a post's judgement of a reviewer or their review
// ("this review is unhinged"), the shape REV-03 reads in replies.
func (s *scan) reviewerJudged(add func(post.Finding)) {
	if !s.reviewMode() && s.hasAny(reviewWords) {
		for _, f := range s.replyJudgements() {
			add(f)
		}
	}
}

// whyDoPeople finds a rhetorical question about what patients do: "why
// do people wait until Friday at 4:55 to call", "why do parents insist
// ...". "Why do we ask patients ..." is the practice explaining itself.
func (s *scan) whyDoPeople(si int) (post.Finding, bool) {
	se := s.sents[si]
	for t := se.tokStart; t+3 < se.tokEnd; t++ {
		if s.toks[t].low != "why" || !inSet(s.toks[t+1].low, "do", "does", "would", "will", "won", "don", "can", "are", "is") {
			continue
		}
		g := t + 2
		if s.toks[g].low == "t" {
			g++
		}
		plural := false
		if g+1 < se.tokEnd && inSet(s.toks[g].low, "the", "these", "our", "all") {
			// "why do the uncles ALWAYS argue": any plural after "the".
			g++
			plural = strings.HasSuffix(s.toks[g].low, "s") && len(s.toks[g].low) > 3
		}
		if !plural && !groupWords.has(s.toks[g].low) && (g > t+2 || s.toks[g].capital) {
			// "why do Titans fans always show up", "why do the
			// jewelry-plant retirees ALWAYS bring": people after a word
			// or two that say which.
			for q := g + 1; q < se.tokEnd && q <= g+2 && s.toks[q-1].kind == tokWord; q++ {
				if n := s.toks[q].low; laughGroups.has(n) || vocativeGroups.has(n) || n == "drivers" {
					g, plural = q, true
					break
				}
			}
		}
		if g >= se.tokEnd || !plural && !groupWords.has(s.toks[g].low) || (s.toks[g].low == "some" && (g+1 >= se.tokEnd || !groupWords.has(s.toks[g+1].low))) {
			continue
		}
		for k := g + 1; k < se.tokEnd && k <= g+4; k++ {
			if behaviourVerbs.has(s.toks[k].low) {
				return s.finding(t, k+1, "A rhetorical question about what patients do vents about them. Posts are public and patients read them."), true
			}
		}
	}
	return post.Finding{}, false
}

// praiseWords, in a sentence about a group, make it praise: "the parents
// who bring snacks are the real MVPs".
var groupPraise = newWordSet([]string{"mvp", "mvps", "heroes", "hero", "best", "amazing", "awesome", "sweetest", "kindest", "legends",
	"rock", "rockstars", "inspiring", "proud", "smile", "cute", "adorable"})

// laughGroups are people a post may laugh at as a group: the group words,
// the ones singled out, and plural kin and people ("the uncles", "the
// ladies").
var laughGroups = newWordSet([]string{"ladies", "uncles", "aunties", "aunts", "grandpas", "grandmas", "boys", "girls", "teens", "families",
	"geniuses", "einsteins",
	"dudes", "bros", "crowd", "regulars", "clients", "patients", "parents", "moms", "dads", "guys", "folks", "people", "ppl",
	// Spanish and Portuguese: "los pacientes que llegan tarde ... 🙄".
	"pacientes", "padres", "gente", "mamás", "papás", "pais", "señoras", "señores", "familias", "muchachos",
	// People by their season or their age: "not the retirees asking ...".
	"tourists", "retirees", "snowbirds", "campers", "newcomers", "turistas", "jubilados", "viejitos", "viejitas"})

// laughedAtGroup finds people described and laughed at, in a post with a
// laugh or an eye-roll: a group with a "who" clause of what they do ("the
// sobriety group guys who show up late", "ADHD patients who forget"), or
// labelled by a quoted saying ("the 'I googled my symptoms' patients").
// A sentence of thanks or praise is no mockery ("we love you but ..."
// still is). It returns the tokens of the description, and whether the
// mockery is sure: the group pointed at ("the ... guys who", "those
// parents who"), labelled by a quote or a condition ("ADHD patients
// who"), or met with contempt (an eye-roll, not only a laugh). A bare
// "patients who ... 😂" may be fond: a person decides.
func (s *scan) laughedAtGroup() (int, int, bool, bool) {
	for i := 0; i < len(s.toks); i++ {
		w, si := s.toks[i].low, s.toks[i].sent
		if (w == "everyone" || w == "anyone") && i > 0 && i+1 < len(s.toks) && s.toks[i+1].low == "who" && s.lovedBut(si) {
			// "To everyone who asks us to 'just take a quick look' ...: we
			// love you, but ... 😂": fond, and still a callout. A person
			// decides.
			return i, i + 2, false, true
		}
		if !laughGroups.has(w) && !singleCallout.has(w) && !groupWords.has(w) && !s.namedByWhatTheyAre(i) || w == "you" || w == "u" || w == "y" || w == "everyone" || w == "some" {
			continue
		}
		described := i+1 < len(s.toks) && s.toks[i+1].sent == si && (s.toks[i+1].low == "who" || s.toks[i+1].low == "that" && s.toks[i].low != "patient" ||
			s.toks[i+1].low == "que" && (laughGroups.has(w) || s.namedByWhatTheyAre(i)) ||
			// "some patients really think ...", "parents always ...", "when
			// the (3pm) patient says ...", "y'all parents treat the front
			// desk like ...", "geniuses asking for": what they habitually
			// do, think or say.
			habitWords.has(s.toks[i+1].low) && (laughGroups.has(w) || s.pointedAt(i) || s.hasAny(contemptEmoji)) ||
			laughGroups.has(w) && (behaviourVerbs.has(s.toks[i+1].low) || doingWords.has(s.toks[i+1].low)) ||
			// "Somali uncles will ALWAYS ask": a habit after a modal.
			laughGroups.has(w) && i+2 < len(s.toks) && inSet(s.toks[i+1].low, "will", "would", "just") && habitWords.has(s.toks[i+2].low) ||
			// "the guys from the plant who ...": a "who" a few words on;
			// "a grandpa from Brighton tries to ... 🤡": what one does.
			laughGroups.has(w) && inSet(s.toks[i+1].low, "from", "at", "in") && whoWithin(s, i+2, 4) ||
			singleCallout.has(w) && s.hasAny(contemptEmoji) && inSet(s.toks[i+1].low, "from", "at", "in") && doesWithin(s, i+2, 4))
		quoted := !described && laughGroups.has(w) && s.quotedLabel(i)
		if !described && !quoted {
			continue
		}
		if s.sentenceHasWord(si, groupPraise) || s.sentenceHasWord(si, gratitudeWords) && !s.lovedBut(si) && !s.sarcastic() {
			continue
		}
		from := i
		for from > s.sents[si].tokStart && from > i-4 && s.toks[from-1].kind == tokWord {
			from-- // "the sobriety group guys", "ADHD patients"
		}
		// A group qualified by where it comes from ("hmong grandmas",
		// "the brighton babushkas", "anti-vax moms": a word no dictionary
		// of everyday words holds) is a stereotype, not a fond regular
		// ("the yoga moms").
		qualified := false
		for t := from; t < i && !qualified; t++ {
			q := s.toks[t].low
			qualified = len(q) > 2 && !names.IsWord(q) && !s.isStaff(t, t+1)
		}
		// "Not the retirees asking ...": the opening that laughs at them.
		notThe := from+1 < i && s.toks[from].low == "not" && s.toks[from+1].low == "the"
		sure := quoted || qualified || notThe || s.hasAny(contemptEmoji) || s.has("PROF-03/marker") || inSet(s.toks[from].low, "the", "that", "this", "those", "these", "some") || s.sarcastic()
		for t := from; t < i && !sure; t++ {
			sure = s.healthStartsAt(t)
		}
		return from, i + 1, sure, true
	}
	return 0, 0, false, false
}

// namedByWhatTheyAre reports, in a post with an eye-roll, people named by
// where they come from, their age or their season and described by what
// they do: a plural before "who" or "que" ("Canadians who", "retirees
// who", "los turistas que"), or any word before "who" and a habit or a
// behaviour ("kupuna who think", "snowbirds who drive"). The words of
// every group would be a list with no end; the eye-roll and the "who"
// clause are the shape.
func (s *scan) namedByWhatTheyAre(i int) bool {
	if i+2 >= len(s.toks) || !inSet(s.toks[i+1].low, "who", "que") || s.toks[i].kind != tokWord || !s.hasAny(contemptEmoji) && !s.has("PROF-03/marker") {
		return false
	}
	w, next := s.toks[i].low, s.toks[i+2].low
	plural := len(w) > 3 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
	if !plural && !habitWords.has(next) && !behaviourVerbs.has(next) {
		return false
	}
	return !s.isStaff(i, i+1)
}

// pointedAt reports "the", "a" or "that" up to three words before token
// i: "the patient", "the 3pm patient".
func (s *scan) pointedAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && s.toks[k].sent == s.toks[i].sent && s.toks[k].kind != tokPunct; k-- {
		if inSet(s.toks[k].low, "the", "a", "that") {
			return true
		}
	}
	return false
}

// doingWords, after a group, tell what they come doing: "geniuses asking
// for an IV bag".
var doingWords = newWordSet([]string{"asking", "demanding", "showing", "calling", "coming", "trying", "insisting", "arguing", "yelling"})

// whoWithin reports "who" within n tokens from t, in t's sentence.
func whoWithin(s *scan, t, n int) bool {
	for k := t; k < len(s.toks) && k < t+n && s.toks[k].sent == s.toks[t-1].sent; k++ {
		if s.toks[k].low == "who" {
			return true
		}
	}
	return false
}

// doesWithin reports, within n tokens from t in t's sentence, a verb of
// what someone does or thinks, said of one person ("tries", "thinks",
// "explains", "insists").
func doesWithin(s *scan, t, n int) bool {
	for k := t; k < len(s.toks) && k < t+n && s.toks[k].sent == s.toks[t-1].sent; k++ {
		w := s.toks[k].low
		if habitWords.has(w) || inSet(w, "tries", "explains", "insists", "demands", "argues", "asks", "tells", "lectures", "corrects") {
			return true
		}
	}
	return false
}

// habitWords, after a group, say what it always does or thinks: "some
// patients really think", "parents always".
var habitWords = newWordSet([]string{"really", "always", "never", "still", "actually", "seriously", "literally", "constantly",
	"think", "thinks", "believe", "believes", "insist", "insists", "refuse", "refuses", "says", "swears", "claims"})

// contemptEmoji roll their eyes or fume, where a laugh may be fond.
var contemptEmoji = newWordSet([]string{"🙄", "😤", "💀", "🤦", "🤡", "💅", "👀", "😬", "🤥", "🫠", "😒", "😑"})

// quotedWho finds people labelled in quotes and described by what they
// do: a person word just before a closing quote, "who" after it, and an
// opening quote a few words back ("the 'Google doctors' who ...", "our
// \"frequent flyers\" who ...").
func (s *scan) quotedWho() (int, int, bool) {
	for i := 1; i+1 < len(s.toks); i++ {
		w := s.toks[i].low
		if s.toks[i+1].low != "who" || !(laughGroups.has(w) || groupWords.has(w) || singleCallout.has(w) || clinicianNouns.has(w) ||
			inSet(w, "flyers", "fliers", "warriors", "experts", "doctors", "researchers")) {
			continue
		}
		si := s.toks[i].sent
		if gap := s.text[s.toks[i].end:s.toks[i+1].start]; !strings.ContainsAny(gap, "'\"’”") {
			if laughGroups.has(w) && s.quotedLabel(i) && !s.sentenceHasWord(si, gratitudeWords) && !s.sentenceHasWord(si, groupPraise) {
				return i, i + 2, true // "the 'Dr. Google' parents who ..."
			}
			continue
		}
		if s.sentenceHasWord(si, gratitudeWords) || s.sentenceHasWord(si, groupPraise) {
			continue
		}
		lo := s.sents[si].start
		if k := i - 6; k > 0 && s.toks[k].start > lo {
			lo = s.toks[k].start
		}
		span := s.text[lo:s.toks[i].start]
		if strings.Contains(span, " '") || strings.Contains(span, " ‘") || strings.Contains(span, " \"") || strings.Contains(span, " “") ||
			len(span) > 0 && strings.ContainsAny(span[:1], "'\"‘“") {
			from := i
			for from > s.sents[si].tokStart && from > i-4 && s.toks[from-1].kind == tokWord {
				from--
			}
			return from, i + 2, true
		}
	}
	return 0, 0, false
}

// quotedLabel reports a quoted saying just before token i: "the 'I
// googled my symptoms' patients". A closing quote ends the text before
// the word, and an opening quote (after a space or at the sentence's
// start) comes a few words back; a possessive ("the boys' parents") has
// no opening quote.
func (s *scan) quotedLabel(i int) bool {
	before := strings.TrimRight(s.text[s.sents[s.toks[i].sent].start:s.toks[i].start], " ")
	if !hasQuoteSuffix(before) {
		return false
	}
	lo := s.sents[s.toks[i].sent].start
	if k := i - 9; k > 0 && s.toks[k].start > lo {
		lo = s.toks[k].start
	}
	end := s.sents[s.toks[i].sent].start + len(before) - 1 // the closing quote's first byte, left out
	if lo > end {
		return false
	}
	span := s.text[lo:end]
	for _, q := range []string{" '", " ‘", " \"", " “"} {
		if strings.Contains(span, q) {
			return true
		}
	}
	return len(span) > 0 && strings.ContainsAny(span[:1], "'\"")
}

// hasQuoteSuffix reports text that ends with a quote mark.
func hasQuoteSuffix(text string) bool {
	for _, q := range []string{"'", "’", "\"", "”"} {
		if strings.HasSuffix(text, q) {
			return true
		}
	}
	return false
}

// lovedBut reports "we love you but ..." in sentence si: affection taken
// back, the set-up of a joke at someone's expense.
func (s *scan) lovedBut(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t+2 < se.tokEnd; t++ {
		if s.toks[t].low == "love" && (s.toks[t+2].low == "but" || t+3 < se.tokEnd && s.toks[t+3].low == "but") {
			return true
		}
	}
	return false
}

// mockAddress finds a retort word said as an address in sentence si: after
// a comma, before a comma, a full stop or the end ("Do the bands,
// Karen.", "it's not the cuff, sir, it's ..."). A sentence of thanks is
// no retort ("Thanks, sir!").
func (s *scan) mockAddress(si int) (int, bool) {
	se := s.sents[si]
	first := se.tokStart + 1
	if si > 0 {
		// "Overheard ...: 'Is the injera gluten free?' Bro, it's teff":
		// a retort opening a sentence after the story.
		first = se.tokStart
	}
	for t := first; t < se.tokEnd; t++ {
		if !retortWords.has(s.toks[t].low) || t > se.tokStart && s.toks[t-1].low != "," || t == se.tokStart && (t+1 >= se.tokEnd || s.toks[t+1].low != ",") {
			continue
		}
		if s.toks[t].low == "ma" && t+1 < se.tokEnd && s.toks[t+1].low == "am" {
			t++ // "ma'am" is two tokens
		}
		if t+1 < se.tokEnd && !inSet(s.toks[t+1].low, ",", ".", "!", "?") {
			continue
		}
		if s.sentenceHasWord(si, gratitudeWords) || s.isStaff(t, t+1) {
			continue
		}
		return t, true
	}
	return 0, false
}

// clinicianNouns are clinicians and places of care: of another practice
// when something in the sentence points elsewhere.
var clinicianNouns = newWordSet([]string{"doctor", "doctors", "dentist", "dentists", "pediatrician", "pediatricians", "dermatologist",
	"surgeon", "surgeons", "chiropractor", "chiropractors", "orthodontist", "provider", "providers", "clinic", "clinics", "practice",
	"practices", "office", "offices", "hospital", "hospitals", "er", "urgent", "spa", "medspa", "pharmacy", "np", "therapist", "ob", "vet"})

// elsewhereWords point at a provider other than the practice: "the urgent
// care down the street", "your last dentist", "another med spa".
var elsewhereWords = newWordSet([]string{"other", "another", "last", "previous", "old", "former", "street", "town", "road",
	"elsewhere", "competitor", "competitors", "whoever", "unlike", "county", "general", "memorial"})

// disparageWords judge a clinician's work: "botched", "amateurs", "a joke".
var disparageWords = newWordSet([]string{"clowns", "clown", "joke", "amateurs", "amateur", "amateurish", "hacks", "hack", "quacks",
	"quack", "botched", "butchered", "butcher", "incompetent", "clueless", "terrible", "awful", "worst", "garbage", "trash", "sloppy",
	"negligent", "idiots", "idiot", "morons", "frauds", "fraud", "scam", "dangerous", "malpractice", "useless", "hopeless"})

// roadLead are the words before a road's name: "construction at Sunland
// Park Dr.", "roadwork on Lakeview Dr.".
var roadLead = newWordSet([]string{"at", "on", "off", "near", "along", "down", "up", "to", "from", "via", "onto", "past", "by"})

// driveNamed reports whether "dr" at token t ends a road's name: after
// one to four capitalized words led by a place word or a house number
// ("at Sunland Park Dr.", "1400 Sunrise Dr."), and before no name ("Dr.
// Lee" is a doctor). The ER's "Dr." leads with no place word.
func (s *scan) driveNamed(t int) bool {
	n := t + 1
	for n < len(s.toks) && s.toks[n].low == "." {
		n++
	}
	if n < len(s.toks) && s.toks[n].kind == tokWord && s.toks[n].capital {
		return false
	}
	k := t - 1
	for k >= 0 && k >= t-4 && s.toks[k].kind == tokWord && s.toks[k].capital && !clinicianNouns.has(s.toks[k].low) {
		k--
	}
	return k < t-1 && k >= 0 && (roadLead.has(s.toks[k].low) || s.toks[k].kind == tokNumber)
}

// otherProviderJudged finds a sentence that judges another practice or
// clinician (PROF-03 "disparaging colleagues or competitors"): a provider
// pointed elsewhere ("the ER at County General", "the last dentist you
// saw", "Dr. Hollis across town", "whoever did your root canal") with a
// judgement of their work ("a joke", "botched", "no idea what he's doing",
// "should lose their license") blocks; "better than" or "unlike" them goes
// to a person.
func (s *scan) otherProviderJudged() []post.Finding {
	var out []post.Finding
	for si, se := range s.sents {
		provider, elsewhere, judged, compared := -1, false, -1, -1
		for t := se.tokStart; t < se.tokEnd; t++ {
			w := s.toks[t].low
			switch {
			case clinicianNouns.has(w) || w == "dr" && t+1 < se.tokEnd && !s.isStaff(t, min(t+3, se.tokEnd)) && !s.isStaff(t+1, t+2) && !s.driveNamed(t):
				if t > se.tokStart && inSet(s.toks[t-1].low, "our", "my", "we") {
					continue // our own
				}
				if provider < 0 {
					provider = t
				}
				if w == "dr" || w == "er" {
					elsewhere = true
				}
			case w == "whoever" && t+1 < se.tokEnd && inSet(s.toks[t+1].low, "did", "does", "placed", "put", "made"):
				provider, elsewhere = t, true // "whoever did your root canal"
			case elsewhereWords.has(w):
				elsewhere = true
			case w == "at" && t+1 < se.tokEnd && s.toks[t+1].capital, w == "on" && t+1 < se.tokEnd && s.toks[t+1].capital:
				elsewhere = true // "the med spa on Main", "the doctors at St. Mary's"
			case disparageWords.has(w) || w == "no" && t+1 < se.tokEnd && s.toks[t+1].low == "idea" ||
				w == "lose" && t+2 < se.tokEnd && inSet(s.toks[t+2].low, "license", "licence") ||
				inSet(w, "didn", "doesn", "don") && t+4 < se.tokEnd && s.toks[t+2].low == "know" && s.toks[t+3].low == "what":
				if judged < 0 {
					judged = t
				}
			case w == "better" && t+1 < se.tokEnd && s.toks[t+1].low == "than", w == "unlike":
				compared = t
			}
		}
		if provider < 0 || !elsewhere || s.sentenceHasWord(si, gratitudeWords) {
			continue
		}
		switch {
		case judged >= 0:
			from, to := min(provider, judged), max(provider, judged)+1
			out = append(out, s.finding(from, to, "This runs down another practice or clinician. Disparaging colleagues or competitors is unprofessional, and they and their patients read it."))
		case compared >= 0:
			from, to := min(provider, compared), max(provider, compared)+1
			f := s.finding(from, to, "This compares the practice with another clinic or clinician. A person should decide whether it may be posted.")
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
			out = append(out, f)
		}
	}
	return out
}

// speakerWords label a patient's line in a quoted exchange: "Patient:
// ...", "Mom at the desk: ...".
var speakerWords = newWordSet([]string{"patient", "patients", "parent", "parents", "mom", "dad", "caller", "client", "customer", "pt"})

// quotedPatient finds a patient's words set out as a line of a script
// ("Patient today: 'I don't believe in germs.' OK buddy.", "Me: please
// fast. Patient: eats a full breakfast.") with a retort, a laugh or a
// line of the writer's own ("Me: ..."): the format of a joke at the
// patient's expense. It returns the speaker label.
func (s *scan) quotedPatient() (int, int, bool) {
	for si, se := range s.sents {
		for t := se.tokStart; t < se.tokEnd && t <= se.tokStart+3; t++ {
			if s.toks[t].low != ":" {
				continue
			}
			label := -1
			for k := se.tokStart; k < t; k++ {
				if speakerWords.has(s.toks[k].low) {
					label = k
				}
			}
			if label < 0 || s.sentenceHasWord(si, gratitudeWords) {
				break
			}
			if s.hasAny(laughWords) || s.hasAny(contemptEmoji) || s.hasAny(retortWords) || s.hasWord("me") && s.speakerMe() || s.has("PROF-03/marker") {
				return se.tokStart, t, true
			}
			break
		}
	}
	return 0, 0, false
}

// speakerMe reports the writer's own line in a script: "Me: ...".
func (s *scan) speakerMe() bool {
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].low == "me" && s.toks[i+1].low == ":" && (i == 0 || s.toks[i-1].sent != s.toks[i].sent) {
			return true
		}
	}
	return false
}

// sureJan finds "Sure, Jan", "ok, Karen", "right, sweetie": a retort
// word after a mock agreement, the comma between.
func (s *scan) sureJan(se sentence) (int, bool) {
	for t := se.tokStart; t+2 < se.tokEnd; t++ {
		if inSet(s.toks[t].low, "sure", "ok", "okay", "right", "yeah", "yes") && s.toks[t+1].low == "," && retortWords.has(s.toks[t+2].low) {
			return t, true
		}
		// "OK buddy." with no comma, ending its sentence or before an
		// emoji ("ok chief 🙄").
		if inSet(s.toks[t].low, "sure", "ok", "okay") && retortWords.has(s.toks[t+1].low) && s.toks[t+2].kind != tokWord {
			return t, true
		}
	}
	return 0, false
}

// abuseWords are what staff endure from patients, after "being" or
// "getting": "being yelled at", "got cursed at", "getting hung up on".
var (
	abuseList  = []string{"yelled", "screamed", "cursed", "cussed", "sworn", "hung", "chewed", "spat", "snapped", "barked"}
	abuseWords = newWordSet(abuseList)
)

// yelledAt finds "being yelled at", "got screamed at", "getting hung up
// on" in sentence se.
func (s *scan) yelledAt(se sentence) (int, int, bool) {
	for t := se.tokStart; t+2 < se.tokEnd; t++ {
		if inSet(s.toks[t].low, "being", "getting", "got", "get", "gets") && abuseWords.has(s.toks[t+1].low) &&
			inSet(s.toks[t+2].low, "at", "on", "up", "out") {
			return t, t + 3, true
		}
	}
	return 0, 0, false
}

// kindWords ask for kindness or state a rule of conduct.
var kindWords = newWordSet([]string{"kindness", "kind", "respect", "respectful", "patience", "courtesy", "tolerate", "abuse", "threats"})

// civilityAsk reports a civility notice: the practice says it understands
// ("we get it", "we understand", "we know") and asks for kindness or says
// what it tolerates ("Our staff get yelled at sometimes. We get it, being
// sick is scary ... we ask for kindness back"). Telling readers how
// staff are treated, with understanding, vents at no one.
func (s *scan) civilityAsk() bool {
	if !s.hasAny(kindWords) || !s.hasWord("we") {
		return false
	}
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].low == "we" && (s.toks[i+1].low == "understand" || s.toks[i+1].low == "know" ||
			s.toks[i+1].low == "get" && i+2 < len(s.toks) && s.toks[i+2].low == "it") {
			return true
		}
	}
	return false
}

// sarcastic reports the sarcasm that turns a complaint into venting:
// "nothing like ...", "love this job", "living the dream".
func (s *scan) sarcastic() bool {
	for i := 0; i+1 < len(s.toks); i++ {
		a, b := s.toks[i].low, s.toks[i+1].low
		switch {
		case a == "nothing" && (b == "like" || b == "says"):
			return true
		case a == "love" && i+2 < len(s.toks) && inSet(b, "this", "my") && inSet(s.toks[i+2].low, "job", "life", "work"):
			return true
		case a == "living" && b == "the" && i+2 < len(s.toks) && s.toks[i+2].low == "dream":
			return true
		case (a == "gotta" || a == "just") && (b == "love" || b == "luv") && (a == "gotta" || i > 0 && s.toks[i-1].low == "you"):
			// "Gotta love the tourists who ...", "don't you just love ...":
			// praise that mocks (our volunteers are thanked, not loved
			// "gotta").
			return i+2 < len(s.toks) && !inSet(s.toks[i+2].low, "our", "my", "this", "these", "it")
		}
	}
	return false
}

// singleOut reports a callout [from, to) of one person: "to the mom in
// the lobby", "Dear patient who ...".
func (s *scan) singleOut(from, to int) bool {
	for t := from; t < to && t < from+4; t++ {
		if singleCallout.has(s.toks[t].low) {
			return true
		}
	}
	return false
}

// contemptOf reports contempt markers or laughs anywhere in the text.
func contemptOf(s *scan) bool { return s.has("PROF-03/marker") || s.hasAny(laughWords) }

// scoldVerbs follow "don't" in a scolding: "if you skip your meds, don't
// complain", "... don't act surprised", "... don't come crying".
var scoldVerbs = newWordSet([]string{"complain", "blame", "whine", "cry", "act", "be", "come", "expect", "bother"})

// scolding finds a conditional scolding of the reader: "if you can't be
// bothered to take your meds, don't complain when ...". It warns; with
// contempt, or a slight in the condition ("can't be bothered", "going
// to lie"), it blocks.
func (s *scan) scolding(contempt bool) (post.Finding, bool) {
	for si, se := range s.sents {
		cond := -1
		for t := se.tokStart; t+1 < se.tokEnd; t++ {
			if s.toks[t].low == "if" && inSet(s.toks[t+1].low, "you", "u", "y", "ya", "youre") {
				cond = t
				break
			}
		}
		if cond < 0 {
			continue
		}
		for t := cond + 2; t+2 < se.tokEnd; t++ {
			if !s.isNegator(t) {
				continue
			}
			v := t + 1
			if s.toks[v].low == "t" && v+1 < se.tokEnd {
				v++
			}
			w, next := s.toks[v].low, ""
			if v+1 < se.tokEnd {
				next = s.toks[v+1].low
			}
			if !scoldVerbs.has(w) || (w == "act" || w == "be") && !inSet(next, "surprised", "shocked") || w == "come" && next != "crying" ||
				w == "expect" && next != "us" {
				continue
			}
			f := s.finding(cond, v+1, "This scolds readers for what patients do. Posts are public and patients read them.")
			if !contempt && !s.sentenceHasWord(si, slightWords) {
				f.Severity, f.NeedsHuman = post.SeverityWarn, true
			}
			return f, true
		}
	}
	return post.Finding{}, false
}

// slightWords, in a scolding's condition, belittle the reader: "if you
// can't be bothered", "if you're going to lie".
var slightWords = newWordSet([]string{"bothered", "lie", "lying", "lazy", "refuse", "ignore", "whine"})

// answersReviewer reports a post that answers a reviewer by address ("To
// our 1-star reviewer 'MamaBear22': ...", "Dear reviewer,"): it is a reply
// to a review, and the reply rules read it.
func (s *scan) answersReviewer() bool {
	if !s.hasWord("reviewer", "reviewers") {
		return false
	}
	for _, se := range s.sents {
		if !inSet(s.toks[se.tokStart].low, "to", "dear", "hey", "whoever", "@") {
			// "Yelp reviewer 'Deb K.' — ...": the reviewer named first.
			for t := se.tokStart; t < se.tokEnd && t <= se.tokStart+2; t++ {
				if s.toks[t].low == "reviewer" {
					return true
				}
			}
			continue
		}
		for t := se.tokStart + 1; t < se.tokEnd && t <= se.tokStart+8; t++ {
			if w := s.toks[t].low; w == "reviewer" || w == "reviewers" {
				return true
			}
		}
	}
	return false
}

// categoryGroups are patients named by a category of person, the subject
// of a stereotype ("seniors"); categoryWords name the category before
// "patients" or "people" ("Medicaid patients", "old people").
var (
	categoryGroups = newWordSet([]string{"seniors", "boomers", "millennials", "zoomers", "teens", "teenagers", "immigrants", "addicts",
		"junkies", "antivaxxers", "elderly"})
	categoryWords = newWordSet([]string{"medicaid", "medicare", "uninsured", "elderly", "older", "old", "senior", "teen", "teenage",
		"immigrant", "welfare", "obese", "fat", "psych", "rural", "young", "self", "pay", "cash", "antivax"})
)

// badHabits are what a stereotype says a group always does wrong;
// strongHabits are the faults a plain group is blamed for ("patients
// always exaggerate").
var (
	badHabits = newWordSet([]string{"late", "lie", "lies", "lying", "complain", "complaining", "whine", "whining", "cancel", "exaggerate",
		"skip", "ignore", "argue", "forget", "yell", "scream", "abuse", "fake", "demand", "refuse", "flake", "ghost", "miss", "read",
		"listen", "pay", "floss", "follow", "think", "show", "no"})
	strongHabits = newWordSet([]string{"lie", "lies", "lying", "complain", "complaining", "whine", "whining", "exaggerate", "fake",
		"abuse", "flake", "ghost", "no"})
)

// stereotype finds a group said always or never to do something bad
// ("Medicaid patients always no-show", "seniors never read the
// instructions"): named by a category, or with a laugh or a sigh, it
// mocks the group (block); a plain group with a strong fault ("patients
// always exaggerate") warns.
func (s *scan) stereotype() (post.Finding, bool) {
	contempt := contemptOf(s) || s.hasAny(contemptEmoji) || s.has("PROF-03/weak")
	for t := 1; t+1 < len(s.toks); t++ {
		if !inSet(s.toks[t].low, "always", "never", "constantly") {
			continue
		}
		g := t - 1
		category := categoryGroups.has(s.toks[g].low)
		if !category && !groupWords.has(s.toks[g].low) {
			continue
		}
		if g > 0 && categoryWords.has(s.toks[g-1].low) {
			category = true
		}
		if d := g - 1; d >= 0 && (inSet(s.toks[d].low, "our", "my", "the", "these", "those") ||
			d > 0 && categoryWords.has(s.toks[d].low) && inSet(s.toks[d-1].low, "our", "my", "the", "these", "those")) && !contempt {
			continue // "Our Medicaid patients always get the same care"
		}
		h := t + 1
		if h < len(s.toks) && inSet(s.toks[h].low, "seem", "seems", "manage", "try", "want", "wanna", "have", "has") {
			h++
		}
		if h+1 < len(s.toks) && s.toks[h].low == "to" {
			h++
		}
		if h >= len(s.toks) || !badHabits.has(s.toks[h].low) || s.toks[h].low == "no" && (h+1 >= len(s.toks) || !inSet(s.toks[h+1].low, "show", "shows")) {
			continue
		}
		if !category && !contempt && !strongHabits.has(s.toks[h].low) {
			continue
		}
		if s.toks[h].low == "show" && (h+1 >= len(s.toks) || !inSet(s.toks[h+1].low, "up", "late")) && (h == 0 || s.toks[h-1].low != "no") {
			continue
		}
		f := s.finding(g, h+1, "This says a group of patients always does something wrong: a stereotype that mocks them. Posts are public and those patients read them.")
		if !category && !contempt && !s.has("PROF-03/vent") {
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
		}
		return f, true
	}
	return post.Finding{}, false
}

// payerWords name payers and public bodies as actors: "the insurance
// companies", "insurers", "Congress", "the PBMs". "Insurance" and
// "Medicaid" alone are left out: "the same ppl who forgot their insurance
// card", "our Medicaid folks" speak of patients.
var payerWords = newWordSet([]string{"insurers", "companies", "corporations", "government", "congress", "senate", "legislature",
	"legislators", "lawmakers", "politicians", "pharma", "payers", "pbms", "hmos", "aseguranzas"})

// payerDeeds, after a payer, say what it does to patients: "denying our
// families' claims", "keep cutting", "refused to cover".
var payerDeeds = newWordSet([]string{"deny", "denies", "denied", "denying", "refuse", "refuses", "refused", "refusing", "cut", "cuts",
	"cutting", "drop", "drops", "dropped", "dropping", "delay", "delays", "delayed", "delaying", "fail", "fails", "failed", "failing",
	"raise", "raised", "raising", "block", "blocked", "blocking", "reject", "rejected", "rejecting", "underpay", "underpaying"})

// blamesInstitution reports a post that takes an insurer or a public body
// to task for what it does to patients ("We are tired of the insurance
// companies denying our refugee families' claims. Do better, y'all."):
// advocacy a doctor looks at, not contempt for patients, colleagues or
// competitors (PROF-03's block). Contempt the lists name outright still
// blocks.
func (s *scan) blamesInstitution() bool {
	if !s.hasAny(payerWords) || s.has("PROF-03/mock") {
		return false
	}
	for i := 0; i+1 < len(s.toks); i++ {
		w := s.toks[i].low
		if !payerWords.has(w) || w == "companies" && (i == 0 || !inSet(s.toks[i-1].low, "insurance", "drug", "pharma", "pharmaceutical")) {
			continue
		}
		for k := i + 1; k < len(s.toks) && k <= i+3 && s.toks[k].sent == s.toks[i].sent; k++ {
			if payerDeeds.has(s.toks[k].low) {
				return true
			}
			if !inSet(s.toks[k].low, "keep", "keeps", "kept", "are", "is", "have", "has", "still", "just", "always", "t", "to") {
				break
			}
		}
	}
	return false
}
