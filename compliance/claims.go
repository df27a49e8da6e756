package compliance

import (
	"regexp"
	"slices"
	"strings"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/post"
)

var (
	statRE     = mustAnchor(`(?i)\b\d{1,3}(?:\.\d+)?\s?%\s+of\s+(?:our\s+)?(?:patients|people|adults|kids|children|users|women|men|americans|teens|smokers|cases|clients)\b|\b\d+(?:\.\d+)?\s?(?:x|times)\s+(?:more|less|as)\s+likely\b|\b\d\s+(?:in|out\s+of)\s+\d{1,3}\s+(?:patients|people|adults|kids|children|women|men|americans)\b`, 64)
	moneyRE    = regexp.MustCompile(`\$\s?\d[\d,]*(?:\.\d{2})?`)
	freeBefore = map[string]bool{"feel": true, "sugar": true, "smoke": true, "gluten": true, "fat": true, "pain": true, "symptom": true,
		"tobacco": true, "hands": true, "cavity": true, "drug": true, "alcohol": true, "latex": true, "fragrance": true, "risk": true,
		"toll": true, "scent": true, "nut": true, "dairy": true, "allergen": true, "germ": true, "stress": true, "vape": true, "bpa": true, "be": true, "set": true}
	freeAfter = map[string]bool{"to": true, "of": true, "from": true, "time": true, "will": true, "wifi": true, "parking": true}
)

// checkGuarantees is CLAIM-01: guarantees and certainty ("guaranteed",
// "100% effective", "risk-free", "cures diabetes").
func checkGuarantees(s *scan) []post.Finding {
	// "we have healed thousands of migraine sufferers": a record that
	// implies certainty, which a doctor checks; it is read first so the
	// cure words inside it are not taken for a promise.
	many := s.conceptFindings("CLAIM-01/many", "A claim to have cured many patients. Boards treat it as deceptive when it implies every patient will be cured.", post.SeverityWarn)
	out := s.withoutNegated(s.phraseFindings("CLAIM-01", "A promise of certain results. Medical advertising may not guarantee outcomes or create unjustified expectations.", ""))
	out = s.withoutAskedAndDenied(out)
	// "ends knee pain for good": a promise made of words that each mean
	// little alone.
	for _, f := range s.conceptFindings("CLAIM-01/concept", "A promise of certain or permanent results. Boards treat this as deceptive.", "") {
		if !overlapsAny(out, f.Start, f.End) && !s.healingSlowed(f) {
			out = append(out, f)
		}
	}
	// "permanent results", "permanently improve your breathing": a lasting
	// result promised with a weaker verb than a cure; a doctor checks it.
	for _, f := range s.conceptFindings("CLAIM-01/lasting", "A promise of lasting results. Check it is true for most patients; boards treat unjustified expectations as deceptive.", post.SeverityWarn) {
		if !overlapsAny(out, f.Start, f.End) {
			f.NeedsHuman = true
			out = append(out, f)
		}
	}
	for i := range out {
		if out[i].Suggestion == "" {
			out[i].Suggestion = "Describe what the treatment usually does, e.g. \"helps many patients\"."
		}
		from, _ := s.tokenRange(out[i].Start, out[i].End)
		switch {
		case s.hedged(from):
			out[i].Severity = post.SeverityWarn
			out[i].Message = "A promise of results, softened (\"for most people\"). Check it is true for most patients."
		case s.thingGuarantee(from) || s.thingGone(from):
			out[i].Severity = post.SeverityInfo
			out[i].Message = "A guarantee of something that is no care (\"hot coffee in the lobby\"). Fine as long as it cannot read as a promise of results."
		case s.accessGuarantee(from) || s.accessGuaranteedAfter(from):
			out[i].Severity = post.SeverityWarn
			out[i].Message = "A guarantee of access or service (a same-day visit). Check the practice can keep it; it must not read as a promise of results."
			if s.callBackGuarantee(from) {
				// "we guarantee someone will call you back": a promise of
				// courtesy, no claim about care at all.
				out[i].Severity = post.SeverityInfo
			}
		}
	}
	if len(many) > 0 { // with none, every promise is kept as it is, with no copy
		kept := many
		for _, f := range out {
			if !overlapsAny(many, f.Start, f.End) {
				kept = append(kept, f)
			}
		}
		out = kept
	}
	// "cures <disease>": a cure verb with a disease within three words.
	// Most texts have no cure verb: the word index says so before a walk.
	cures := s.words.has("cures") || s.words.has("cured") || s.words.has("cure")
	for i := 0; cures && i < len(s.toks); i++ {
		t := &s.toks[i]
		if t.low != "cures" && t.low != "cured" && t.low != "cure" {
			continue
		}
		ours := s.ourCareBefore(i)
		if t.low == "cure" && (i == 0 || !inSet(s.toks[i-1].low, "will", "can", "to", "that", "we", "it", "they", "permanently")) &&
			!(ours && i+2 < len(s.toks) && (s.conditionAt(i+1) || s.conditionAt(i+2)) && !inSet(s.toks[i-1].low, "the", "a", "no", "any", "for")) {
			continue // "no cure for", "the cure": not a claim
		}
		for j := i + 1; j < len(s.toks) && j <= i+3; j++ {
			// A disease of the list, or, said of the practice's care
			// ("our orthotics cure plantar fasciitis"), any condition
			// the health data knows.
			if (s.hitAt("CLAIM-01/disease", j) || ours && s.conditionAt(j)) && !overlapsAny(out, t.start, s.toks[j].end) {
				f := s.finding(i, j+1, "A claim to cure a disease. Boards treat this as a guarantee of results.")
				f.Suggestion = "Say the treatment can help manage the condition."
				if s.denied(conceptHit{from: i, to: j + 1, parts: [][2]int{{i, i + 1}, {j, j + 1}}}) {
					// "TikTok says beef tallow cures acne. It doesn't.": a
					// cure quoted to be busted, which a doctor checks.
					f.Severity, f.NeedsHuman = post.SeverityWarn, true
					f.Message = "A claim to cure a disease, reported or denied. Check the post states the fact clearly."
				}
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// ourCareBefore reports the practice speaking of its own care before
// token i in its sentence: "our new orthotics", "we".
//
// The sentence's first such word is found once per sentence and kept:
// asked for every guarantee word of a long sentence ("it won't cure"
// over and over), a scan from the sentence's start each time was
// quadratic.
func (s *scan) ourCareBefore(i int) bool {
	si := s.toks[i].sent
	if s.ourFirstSent != si+1 {
		s.ourFirstSent, s.ourFirst = si+1, -1
		se := s.sents[si]
		for k := se.tokStart; k < se.tokEnd; k++ {
			if inSet(s.toks[k].low, "our", "we", "us") {
				s.ourFirst = k
				break
			}
		}
	}
	return s.ourFirst >= 0 && s.ourFirst < i
}

// accessGuarantee reports whether the guarantee word at token t promises
// access or service, not a result: what follows it in its clause is a
// visit, a wait or a call back ("guaranteed same-day visits", "we
// guarantee someone will call you back"), and no result is named there.
func (s *scan) accessGuarantee(t int) bool {
	if !strings.HasPrefix(s.toks[t].low, "guarantee") {
		return false
	}
	_, ce := s.clauseOf(t)
	access := false
	for _, h := range s.hitsOf("CLAIM-01/access") {
		if h.from > t && h.from < ce && h.from <= t+8 {
			access = true
		}
	}
	if !access {
		return false
	}
	for k := t + 1; k < ce; k++ {
		if inSet(s.toks[k].low, "results", "result", "relief", "cure", "cured", "pain", "loss", "outcome", "outcomes", "healing", "success") {
			return false
		}
	}
	return true
}

// thingGuarantee reports whether the guarantee word at token t names what
// it guarantees right after it, and that is no care, no body, no health
// and no result: "we can guarantee hot coffee in the lobby", "guaranteed
// fun at the fall festival". "Guaranteed to work", "we guarantee you'll
// love it" and "guaranteed smoother skin" stay promises.
func (s *scan) thingGuarantee(t int) bool {
	if !strings.HasPrefix(s.toks[t].low, "guarantee") {
		return false
	}
	_, ce := s.clauseOf(t)
	named := 0
	words := s.healthWords()
	for k := t + 1; k < ce && s.toks[k].kind == tokWord && !freePhraseEnd.has(s.toks[k].low); k++ {
		w := s.toks[k].low
		if n, _ := health.At(words, k); n > 0 || s.careWord(k) || personWords.has(w) || resultWords.has(w) || isNumberWord(w) ||
			strings.HasSuffix(w, "er") || strings.HasSuffix(w, "est") {
			return false // "smoother", "the whitest": a result compared
		}
		named++
	}
	return named > 0
}

// resultWords name what care achieves: a guarantee of one is a promise.
var resultWords = newWordSet([]string{"results", "result", "relief", "cure", "cured", "pain", "loss", "outcome", "outcomes",
	"healing", "success", "satisfaction", "improvement", "fix", "recovery", "change", "difference", "look", "looks", "glow", "smile",
	"confidence", "love", "happy", "happiness"})

// callBackGuarantee reports whether the access guarantee at token t is one
// of being called back or answered ("we guarantee somebody will call you
// back the same day").
func (s *scan) callBackGuarantee(t int) bool {
	_, ce := s.clauseOf(t)
	for k := t + 1; k < ce && k <= t+8; k++ {
		if inSet(s.toks[k].low, "call", "calls", "callback", "answer", "answers", "reply", "replies", "respond", "responds") {
			return true
		}
	}
	return false
}

// hedges soften a guarantee: "painless for most people" is a claim a
// doctor can check, not a promise to everyone.
var hedges = newWordSet([]string{"most", "usually", "typically", "generally", "nearly", "almost", "often", "many", "mostly"})

// hedged reports whether the sentence of token t holds a hedge word.
func (s *scan) hedged(t int) bool {
	se := s.sents[s.toks[t].sent]
	for i := se.tokStart; i < se.tokEnd; i++ {
		if hedges.has(s.toks[i].low) {
			return true
		}
	}
	return false
}

func inSet(w string, set ...string) bool {
	for _, x := range set {
		if w == x {
			return true
		}
	}
	return false
}

// inOurHearts reports a rank given in affection, not a market: "#1 in
// our hearts: the VFW bean supper", "number one in my book".
func (s *scan) inOurHearts(to int) bool {
	return to+2 < len(s.toks) && s.toks[to].low == "in" && inSet(s.toks[to+1].low, "our", "my", "your") &&
		inSet(s.toks[to+2].low, "hearts", "heart", "book", "books")
}

// checkSuperlatives is CLAIM-02: "best", "#1", "world-class"; unverifiable
// superiority. A superlative credited to a named source ("Top Doctor 2025 by
// Columbus Monthly") passes.
func checkSuperlatives(s *scan) []post.Finding {
	var out []post.Finding
	for _, f := range s.phraseFindings("CLAIM-02", "A claim of superiority that a reader cannot check. Boards treat unverifiable claims as misleading.", "") {
		from, to := s.tokenRange(f.Start, f.End)
		if s.creditedAfter(from) || s.listNumber(from, to) || s.rankOfOther(from, to) || s.rankOfThing(from, to) || s.inOurHearts(to) || s.areaRanked(from) {
			continue
		}
		f.Suggestion = "Name the award and who gave it, or describe what you offer instead."
		out = append(out, f)
	}
	// Most posts have no ranking word: one walk over the text's distinct
	// words says so for both loops below.
	ranks := s.hasAny(rankWordSet)
	// "Springfield's best family doctors", "the best pediatric team in
	// Maine": a ranking word and the practice's kind of provider a few
	// words apart, or a ranking owned by a place.
	for i := 0; ranks && i < len(s.toks); i++ {
		if !rankWordSet.has(s.toks[i].low) || overlapsAny(out, s.toks[i].start, s.toks[i].end) {
			continue
		}
		if w := s.toks[i].low; (w == "favorite" || w == "favourite") && !s.placeOwned(i) && (i == 0 || s.toks[i-1].low != "voted") {
			continue // "our favorite nurses": thanks, not a ranking
		}
		if s.toks[i].low == "leading" && i+1 < len(s.toks) && inSet(s.toks[i+1].low, "the", "a", "an", "our", "this", "her", "his", "their") {
			continue // "Joy, who's leading the staff choir": a verb, not a rank
		}
		end := -1
		for j := i + 1; j < len(s.toks) && j <= i+3 && s.toks[j].kind == tokWord && s.toks[j].sent == s.toks[i].sent; j++ {
			if providerNouns[s.toks[j].low] {
				end = j + 1
				break
			}
		}
		if end < 0 && s.placeOwned(i) {
			end = i + 1
		}
		if end < 0 || s.creditedAfter(i) || s.listNumber(i, end) || overlapsAny(out, s.toks[i].start, s.toks[end-1].end) || s.thingIsBest(i, end) ||
			s.areaRanked(i) {
			continue
		}
		from := i
		if s.placeOwned(i) {
			from = i - 2
		}
		f := s.finding(from, end, "A claim of superiority that a reader cannot check. Boards treat unverifiable claims as misleading.")
		f.Suggestion = "Name the award and who gave it, or describe what you offer instead."
		out = append(out, f)
	}
	// "the gentlest in the state": any superlative ranked against a place
	// (but "Lowell was once the biggest mill town in the country" is the
	// town's history: pastRanked, claimshistory17.go);
	// "best crowns in Montana": a ranking word, care and a place. Each
	// needs "in", and a ranking word, "most" or a word ending in "est":
	// most texts lack one, and are not walked.
	placeRank := s.words.has("in") && (ranks || s.words.has("most") || s.hasSuperlative())
	for i := 0; placeRank && i+2 < len(s.toks); i++ {
		w := s.toks[i].low
		ranked := ranks && rankWordSet.has(w) && s.careBefore(i+1, "in")
		most := w == "most" && s.toks[i+1].kind == tokWord && s.toks[i+1].low != "in" && i > 0 && s.toks[i-1].low == "the" // "the most accurate in Texas"
		if !ranked && !most && (len(w) < 6 || !strings.HasSuffix(w, "est") || notSuperlative[w]) {
			continue
		}
		j := i + 1
		for j < len(s.toks) && j <= i+3 && s.toks[j].low != "in" && s.toks[j].kind == tokWord {
			j++ // "the friendliest staff in the state"
		}
		if j >= len(s.toks) || s.toks[j].low != "in" || j+1 >= len(s.toks) {
			continue
		}
		j++
		if s.toks[j].low == "the" && j+1 < len(s.toks) {
			j++
		}
		// "the most" ranks only against a named place ("the most accurate
		// in Texas"); "the most studied medicines in the world" is a fact.
		if ((!most && inSet(s.toks[j].low, "town", "state", "city", "country", "area", "region", "county", "world", "nation", "ohio", "america")) ||
			((ranked || most) && s.placeName(j))) &&
			!overlapsAny(out, s.toks[i].start, s.toks[j].end) && !s.creditedAfter(i) && !s.areaRanked(i) && !s.pastRanked(i) &&
			!s.triviaRanked(i, j) {
			f := s.finding(i, j+1, "A claim of superiority that a reader cannot check. Boards treat unverifiable claims as misleading.")
			f.Suggestion = "Name the award and who gave it, or describe what you offer instead."
			out = append(out, f)
		}
	}
	return out
}

// hasSuperlative reports whether a word of the text may be a superlative
// as checkSuperlatives reads one: six bytes or more ending in "est", not
// one of notSuperlative. One look at each distinct word.
func (s *scan) hasSuperlative() bool {
	for _, w := range s.words.list {
		if len(w) >= 6 && strings.HasSuffix(w, "est") && !notSuperlative[w] {
			return true
		}
	}
	return false
}

// rankOfOther reports whether the "#1" or "No. 1" at tokens [from, to)
// ranks something other than the practice: a word follows it that is not
// a provider ("the #1 rule", "#1 taco truck", "the #1 cause of
// cavities"). Nothing after it ("We're #1!"), a place or a choice ("#1 in
// Ohio", "#1 choice") or a provider within three words ranks the practice.
func (s *scan) rankOfOther(from, to int) bool {
	if w := s.toks[from].low; w != "#" && w != "no" {
		return false
	}
	sent := s.toks[from].sent
	if to >= len(s.toks) || s.toks[to].sent != sent || s.toks[to].kind != tokWord ||
		inSet(s.toks[to].low, "in", "choice", "pick", "rated", "ranked", "for", "again", "overall") {
		return false
	}
	for j := to; j < len(s.toks) && j < to+3 && s.toks[j].sent == sent && s.toks[j].kind == tokWord; j++ {
		if providerNouns[s.toks[j].low] {
			return false
		}
	}
	return true
}

// rankVerbs stand between a subject and its rank: "Dinosaurs are #1",
// "our printer ranks #1".
var rankVerbs = newWordSet([]string{"is", "are", "was", "were", "ranks", "ranked", "rated", "voted", "named", "remains", "stays", "s"})

// rankOfThing reports a "#1" (tokens [from,to)) said of a subject that is
// no care and not the practice: "Dinosaurs are #1" of stickers, "our
// printer ranks #1 for paper jams". The subject is read back from a rank
// verb to the sentence's start; "we", a provider or care, a staff name or
// a word of the practice's name there keeps the claim, and a rank with no
// subject ("Rated #1 in Columbus!") is the practice's.
func (s *scan) rankOfThing(from, to int) bool {
	if s.toks[from].low != "#" || from == 0 || !rankVerbs.has(s.toks[from-1].low) {
		return false
	}
	for j := to; j < len(s.toks) && j < to+3 && s.toks[j].sent == s.toks[from].sent && s.toks[j].kind == tokWord; j++ {
		if providerNouns[s.toks[j].low] || s.hitAt("CLAIM-07/service", j) {
			return false // "the #1 pediatrician"
		}
	}
	subject := false
	se := s.sents[s.toks[from].sent]
	for t := from - 2; t >= se.tokStart && t >= from-9; t-- {
		w := s.toks[t].low
		if s.toks[t].kind != tokWord {
			if w == ":" {
				break // "the breakroom vote is in: pan dulce is #1"
			}
			continue
		}
		if inSet(w, "we", "us", "i", "we're", "were") && t == from-2 || providerNouns[w] || s.hitAt("CLAIM-07/service", t) ||
			s.c.allow.staff[w] || practiceWord(s, t) {
			return false // "we are #1", "our clinic ranks #1", "Dr. Patel is #1"
		}
		subject = subject || (!rankVerbs.has(w) && !inSet(w, "our", "the", "a", "we", "us"))
	}
	return subject
}

// careBefore reports whether a provider or a service of care is named
// from token i up to the word stop, within three words: "best crowns in",
// "top cosmetic dentists in".
func (s *scan) careBefore(i int, stop string) bool {
	for j := i; j < len(s.toks) && j <= i+3 && s.toks[j].kind == tokWord && s.toks[j].sent == s.toks[i-1].sent; j++ {
		if s.toks[j].low == stop {
			return false
		}
		if providerNouns[s.toks[j].low] || s.hitAt("CLAIM-07/service", j) {
			return true
		}
	}
	return false
}

// placeName reports whether token t names a place a practice ranks itself
// in: a word of the practice's address that is no street word, a capitalized word that is nobody's name
// ("Montana", "Brooklyn").
func (s *scan) placeName(t int) bool {
	tk := &s.toks[t]
	if tk.kind != tokWord {
		return false
	}
	if s.c.allow.addrWords[tk.low] && !streetWordSet.has(tk.low) && tk.kind == tokWord {
		return true // the town of the practice's address, written in lower case
	}
	return tk.capital && !s.personAt(t)
}

// rankWordSet is rankWords for the loops that ask about every token.
var rankWordSet = setOf(rankWords)

// rankWords rank a provider against others.
var rankWords = map[string]bool{"best": true, "finest": true, "greatest": true, "top": true, "leading": true, "friendliest": true,
	"smartest": true, "premier": true, "favorite": true, "favourite": true}

// providerNouns are what a practice is or offers: a ranking word before one
// ranks the practice ("best family doctors", "top pediatric team").
var providerNouns = map[string]bool{"doctor": true, "doctors": true, "docs": true, "dentist": true, "dentists": true, "surgeon": true,
	"surgeons": true, "clinic": true, "clinics": true, "practice": true, "practices": true, "team": true, "office": true, "pediatrician": true,
	"pediatricians": true, "physician": true, "physicians": true, "provider": true, "providers": true, "staff": true, "nurses": true,
	"hospital": true, "care": true, "medicine": true, "healthcare": true, "specialists": true, "specialist": true, "np": true, "pa": true,
	"chiropractor": true, "dermatologist": true, "orthodontist": true, "urgent": true, "midwife": true, "midwives": true,
	"hygienist": true, "hygienists": true, "therapist": true, "therapists": true, "counselor": true, "counselors": true,
	"dermatologists": true, "orthodontists": true, "chiropractors": true, "injector": true, "injectors": true, "dentistry": true,
	"obgyn": true, "ob": true, "nurse": true, "pediatrics": true,
	// A specialty or a group of doctors ranks the practice too: "the #1
	// cardiology group in Houston".
	"group": true, "allergist": true, "allergists": true, "cardiology": true, "cardiologist": true, "cardiologists": true, "dermatology": true, "orthopedics": true,
	"oncology": true, "urology": true, "gynecology": true, "neurology": true, "podiatrist": true, "podiatry": true, "optometrist": true}

// placeOwned reports whether a place owns the ranking word at i:
// "Springfield's best", "Maine's top", "the county's #1".
func (s *scan) placeOwned(i int) bool {
	if i < 2 || s.toks[i-1].low != "s" || s.toks[i-1].sent != s.toks[i].sent {
		return false
	}
	p := &s.toks[i-2]
	if inSet(p.low, "town", "state", "city", "county", "area", "region", "country", "world", "nation") {
		return true
	}
	// A capitalized word that is no one's name: the town, the county or
	// the state ("Bayport's best"); "Maria's best" is a person's.
	// A staff member's or a titled person's pick ("Dr. Patel's favorite
	// fall recipe") is theirs too.
	return p.capital && p.kind == tokWord && !s.personAt(i-2) && !practiceWord(s, i-2) && !s.isStaff(i-2, i-1) &&
		!(i >= 3 && (honorificWords.has(s.toks[i-3].low) || (s.toks[i-3].low == "." && i >= 4 && honorificWords.has(s.toks[i-4].low))))
}

// thingIsBest reports a thing said to be the best medicine ("laughter is
// the best medicine", "rest and fluids are the best medicine"): the
// saying ranks a remedy, not a provider.
func (s *scan) thingIsBest(rank, end int) bool {
	if end != rank+2 || s.toks[rank+1].low != "medicine" || rank < 1 || s.toks[rank-1].low != "the" {
		return false
	}
	if rank >= 2 && inSet(s.toks[rank-2].low, "is", "are", "was", "s", "remains", "really") {
		return true
	}
	// "The best medicine is a good laugh", "the best medicine for a
	// cold is rest": the saying the other way round; "the best medicine
	// is practiced here" still ranks the practice.
	si := s.toks[rank].sent
	for k := end; k+1 < len(s.toks) && k <= end+5 && s.toks[k+1].sent == si; k++ {
		if inSet(s.toks[k].low, "is", "are") {
			return !inSet(s.toks[k+1].low, "our", "ours", "at", "here", "us", "practiced", "found", "what", "right")
		}
	}
	return false
}

// listNouns number the items of a list: "Tip #1", "Step 1", "Reason
// number one".
var listNouns = map[string]bool{"tip": true, "tips": true, "step": true, "steps": true, "part": true, "rule": true, "reason": true,
	"day": true, "week": true, "question": true, "lesson": true, "episode": true, "myth": true, "fact": true, "item": true,
	"way": true, "thing": true, "sign": true, "habit": true, "chapter": true, "hint": true, "idea": true, "task": true}

// listNumber reports whether the ranking words at tokens [from, to) number
// a list item rather than rank the practice: after a list noun ("Tip #1"),
// or before a colon ("#1: drink water").
func (s *scan) listNumber(from, to int) bool {
	if from > 0 && s.toks[from-1].sent == s.toks[from].sent && listNouns[s.toks[from-1].low] {
		return true
	}
	if to < len(s.toks) && s.toks[to].low == ":" && s.toks[to].sent == s.toks[from].sent {
		return true
	}
	// "3) see #1", "(like #2)": a pointer back to an item of the list.
	return from > 0 && s.toks[from].low == "#" && inSet(s.toks[from-1].low, "see", "like", "repeat", "reread", "to", "also", "per")
}

// notSuperlative are words ending in -est that rank nothing.
var notSuperlative = map[string]bool{"interest": true, "request": true, "harvest": true, "contest": true, "forest": true, "honest": true, "modest": true, "invest": true, "suggest": true, "protest": true, "midwest": true, "southwest": true, "northwest": true, "arrest": true}

// creditedAfter reports whether the sentence of token t names a source:
// "by", "according to", "from" or a dash followed by a capitalized word.
func (s *scan) creditedAfter(t int) bool {
	si := s.toks[t].sent
	m := &s.freeMemo.rank
	if m.creditSent != si+1 {
		m.creditSent, m.credit = si+1, s.creditedIn(si)
	}
	return m.credit
}

// creditedIn is creditedAfter for sentence si, without the memo.
func (s *scan) creditedIn(si int) bool {
	se := s.sents[si]
	for i := se.tokStart; i+1 < se.tokEnd; i++ {
		if inSet(s.toks[i].low, "by", "according", "from", "—", "–") && s.toks[i+1].capital {
			return true
		}
		if s.toks[i].low == "according" && i+2 < len(s.toks) && s.toks[i+2].capital {
			return true
		}
	}
	return false
}

// checkFraudWords is CLAIM-03: the FDA's health-fraud tip-offs.
// Names and medical terms that hold a fraud word ("Children's Miracle
// Network", "breakthrough infection", "overnight stay") are excepted.
func checkFraudWords(s *scan) []post.Finding {
	const msg = "Health-fraud language (\"miracle\", \"detox\", \"melt fat\"). The FDA lists these as signs of a scam."
	var out []post.Finding
	// "We don't do miracle cures" takes the word back.
	for _, f := range s.withoutNegated(s.phraseFindings("CLAIM-03", msg, "")) {
		if !s.exceptedSpan("CLAIM-03/except", f.Start, f.End) && !s.miracleOfNoCare(f) {
			out = append(out, f)
		}
	}
	for _, f := range s.conceptFindings("CLAIM-03/concept", msg, "") {
		if !overlapsAny(out, f.Start, f.End) && !s.exceptedSpan("CLAIM-03/except", f.Start, f.End) && !s.clockOfNoCare(f) {
			out = append(out, f)
		}
	}
	return s.reversalClaims(out, msg)
}

// clockOfNoCare reports a result on a clock said of a thing, in a
// sentence that names no care, no health detail and no product: "The
// kpokpoi was gone in 20 minutes" is a cookout's food, not "acne gone in
// 2 weeks".
func (s *scan) clockOfNoCare(f post.Finding) bool {
	from, _ := s.tokenRange(f.Start, f.End)
	if !inSet(s.toks[from].low, "gone", "cleared", "fixed", "removed", "disappeared", "vanished") {
		return false
	}
	si := s.toks[from].sent
	return !s.healthInSentence(si) && !s.sentenceHas("context/clinical", si) && !s.sentenceHas("CLAIM-07/service", si) &&
		!s.sentenceHasWord(si, resultWords) && !s.sentenceHasWord(si, cureWords)
}

// miracleOfNoCare reports a lone "miracle" in a sentence that names no
// care, no health detail and no result: "the front desk plants are
// somehow still alive (a miracle, honestly)".
func (s *scan) miracleOfNoCare(f post.Finding) bool {
	from, to := s.tokenRange(f.Start, f.End)
	// "Brandi's secret weapon" said of the coffee: a secret of no care is
	// no fraud either.
	lone := to-from == 1 && inSet(s.toks[from].low, "miracle", "miracles", "miraculous")
	if !lone && !(to-from <= 3 && s.toks[from].low == "secret") {
		return false
	}
	si := s.toks[from].sent
	return !s.healthInSentence(si) && !s.sentenceHas("context/clinical", si) && !s.sentenceHas("CLAIM-07/service", si) &&
		!s.sentenceHasWord(si, resultWords) && !s.sentenceHasWord(si, cureWords)
}

// cureWords name what a miracle would be of.
var cureWords = newWordSet([]string{"cure", "cures", "cured", "treatment", "treatments", "weight", "skin", "pill", "pills",
	"product", "serum", "cream", "supplement", "drink", "drip", "program", "formula", "fix", "healing", "heal", "heals"})

// reverseWords say a disease is undone.
var reverseWords = newWordSet([]string{"reverse", "reverses", "reversed", "reversing"})

// reversalClaims adds to out a disease said to be reversed ("our program
// reverses heart disease"): a cure promised in other words. Asked ("Can
// diabetes be reversed?") or denied ("we can't reverse arthritis") it is
// no claim.
func (s *scan) reversalClaims(out []post.Finding, msg string) []post.Finding {
	if !s.hasAny(reverseWords) {
		return out
	}
	for _, h := range s.healthHits() {
		if h.Cat != health.Condition {
			continue
		}
		for t := h.From - 1; t >= 0 && t >= h.From-3 && s.toks[t].sent == s.toks[h.From].sent; t-- {
			if !reverseWords.has(s.toks[t].low) {
				continue
			}
			si := s.toks[t].sent
			if a, b := s.span(t, h.To); !overlapsAny(out, a, b) && !s.negatedBefore(t) && s.toks[s.sents[si].tokEnd-1].low != "?" {
				out = append(out, s.finding(t, h.To, msg))
			}
			break
		}
	}
	return out
}

// checkEvidenceClaims is CLAIM-04: "clinically proven" and "studies show"
// with no link, DOI or PMID in the post; weak qualifiers are noted.
func checkEvidenceClaims(s *scan) []post.Finding {
	var out []post.Finding
	if !s.cited {
		out = s.phraseFindings("CLAIM-04", "An evidence claim with no source. Health claims need competent and reliable scientific evidence.", "")
		kept := out[:0]
		for _, f := range out {
			if from, to := s.tokenRange(f.Start, f.End); s.evidenceBasedCare(from, to) {
				continue // "evidence-based care and honest follow-up": how care is given, no result claimed
			}
			f.Suggestion = "Link the study (a URL, DOI or PMID), or soften the claim."
			kept = append(kept, f)
		}
		out = s.withoutNegated(s.provenClaims(kept)) // "Nothing is proven to work for everyone" claims nothing
	}
	out = append(out, s.phraseFindings("CLAIM-04/hedge", "Readers take \"promising\" or \"preliminary\" as a positive claim, not as a caution.", post.SeverityInfo)...)
	return out
}

// provenNouns are what a practice calls proven: "our proven 8-week
// program", "a proven protocol".
var provenNouns = newWordSet([]string{"program", "programs", "plan", "plans", "protocol", "protocols", "method", "methods",
	"approach", "system", "technique", "techniques", "process", "way", "ways", "therapy", "therapies", "care", "solution", "solutions"})

// provenClaims adds to out "proven" claims the list does not word: "proven
// to" any verb ("Proven to cut your PTSD symptoms in half") and a proven
// program, plan or method of the practice's.
func (s *scan) provenClaims(out []post.Finding) []post.Finding {
	if !s.words.has("proven") {
		return out
	}
	const msg = "An evidence claim with no source. Health claims need competent and reliable scientific evidence."
	for t := 0; t+1 < len(s.toks); t++ {
		if s.toks[t].low != "proven" {
			continue
		}
		end := -1
		if s.toks[t+1].low == "to" && t+2 < len(s.toks) && s.toks[t+2].kind == tokWord {
			end = t + 3
		} else {
			for k := t + 1; k < len(s.toks) && k <= t+4 && s.toks[k].sent == s.toks[t].sent; k++ {
				if provenNouns.has(s.toks[k].low) {
					end = k + 1
					break
				}
			}
		}
		if a, b := s.span(t, max(end, t+1)); end < 0 || overlapsAny(out, a, b) {
			continue
		}
		f := s.finding(t, end, msg)
		f.Suggestion = "Link the study (a URL, DOI or PMID), or soften the claim."
		out = append(out, f)
	}
	return out
}

// approachNouns are ways of giving care, not results: "evidence-based
// care", "an evidence-based approach".
var approachNouns = newWordSet([]string{"care", "medicine", "practice", "approach", "approaches", "guidelines", "guidance",
	"information", "info", "advice", "answers", "tips", "resources", "education", "recommendations", "standards", "methods"})

// evidenceBasedCare reports whether tokens [from,to) are "evidence based"
// describing how care is given ("evidence-based care", "evidence-based
// vein care", "an evidence-based approach"): a method, no result claimed.
func (s *scan) evidenceBasedCare(from, to int) bool {
	if to-from != 2 || s.toks[from].low != "evidence" || s.toks[from+1].low != "based" {
		return false
	}
	for t := to; t < len(s.toks) && t <= to+2 && s.toks[t].kind == tokWord; t++ {
		if approachNouns.has(s.toks[t].low) {
			return true
		}
	}
	return false
}

// checkRegulatoryClaims is CLAIM-05: "FDA approved", "same active
// ingredient as", "generic Ozempic". A brand-name "generic", or "identical
// to" or "exactly like" the brand, in a text about a compounded drug
// blocks (FDA: compounded drugs are not generics), in any clause: a dash
// often stands between ("compounded semaglutide — identical to Ozempic").
func checkRegulatoryClaims(s *scan) []post.Finding {
	// Claims that are false as stated: the FDA does not approve herbal
	// products or supplements, the brands listed have no generic, and a
	// compounded drug is not "identical to" a brand.
	blocks := s.conceptFindings("CLAIM-05/block", "A false regulatory claim: the FDA does not approve supplements or herbal products, these brands have no generic, and compounded drugs are not FDA-approved or the same as the brand.", post.SeverityBlock)
	out := s.withoutNegated(s.phraseFindings("CLAIM-05", "A claim about FDA status or sameness with a brand-name drug. Check it is exactly true for this product.", ""))
	compounded := s.hasWordIn("compounded", "compounding", "compound")
	kept := blocks
	for i := range out {
		if overlapsAny(blocks, out[i].Start, out[i].End) {
			continue
		}
		from, _ := s.tokenRange(out[i].Start, out[i].End)
		if compounded && inSet(s.toks[from].low, "generic", "same", "identical", "exactly", "just") {
			out[i].Severity = post.SeverityBlock
			out[i].Message = "Compounded drugs are not FDA-approved and are not generic versions of a brand-name drug."
		}
		kept = append(kept, out[i])
	}
	s.fdaStatusFalse(kept)
	return s.compoundedAsBrand(kept)
}

// checkCredentials is CLAIM-06: board certification and specialist claims
// need checking against the credentials on file; "board eligible" blocks.
func checkCredentials(s *scan) []post.Finding {
	out := s.phraseFindings("CLAIM-06", "A credential claim. Check it names the full certifying board and matches the credentials on file.", "")
	return append(out, s.phraseFindings("CLAIM-06/block", "\"Board eligible\" or \"board qualified\" is misleading and not allowed by state boards.", post.SeverityBlock)...)
}

// checkPriceClaims is CLAIM-07: free offers, prices, waived copays and
// "all insurance accepted".
//
// "Free" counts only when it is about care: free coffee in the lobby or a
// free class at the Y is no offer a board looks at.
func checkPriceClaims(s *scan) []post.Finding {
	// Advertising a copay waiver makes it routine, which boards (TX) and
	// federal fraud rules forbid; hardship waivers are decided case by case.
	out := s.withoutNegated(s.conceptFindings("CLAIM-07/waiver", "Advertising that copays or deductibles are waived is not allowed: a routine waiver misstates the price and can be insurance fraud.", post.SeverityBlock))
	out = s.waiversOfOthers(out)
	for i := range out {
		if from, _ := s.tokenRange(out[i].Start, out[i].End); s.clauseHas(from, "hardship", "qualify", "qualifies", "case") {
			out[i].Severity = post.SeverityWarn
		}
	}
	out = append(out, s.copayWaivedLater(out)...)
	out = s.copayForgivenML(out)
	out = s.copayFeignedUnknown(out)
	out = s.copayDodged17(out)
	out = s.shareWaivedWithWink19(out)
	out = s.noShareForAll(out)
	for _, f := range s.withoutNegated(s.phraseFindings("CLAIM-07", "A price, discount or insurance claim. \"Free\" must really be free and copays may not be waived.", "")) {
		if !overlapsAny(out, f.Start, f.End) && !s.freeNotCare(f) && !s.coverageHedged(f.Start) && !s.discountNotCare(f) && !s.freeOutreach(f.Start) &&
			!s.helpNotCare(f) && !s.waivesPolicyFee(f) && !s.savesPhone(f) && !s.freeWithoutIn(f) && !s.freeAtPublicBody(f.Start) {
			out = append(out, f)
		}
	}
	free := s.words.has("free") // most texts offer nothing free: no walk then
	for i := 0; free && i < len(s.toks); i++ {
		t := &s.toks[i]
		if t.low != "free" || (i > 0 && freeBefore[s.toks[i-1].low]) || (i+1 < len(s.toks) && freeAfter[s.toks[i+1].low]) {
			continue
		}
		if !overlapsAny(out, t.start, t.end) && s.freeCare(i) && !s.runByOthers(t.sent) && !s.freeOutreach(t.start) && !s.helpOnly(i) && !s.freeWithout(i) &&
			!s.freeAtPublicBody(t.start) {
			out = append(out, s.finding(i, i+1, "A \"free\" offer. Make sure it is free with no conditions, and not billed to insurance."))
		}
	}
	for _, m := range s.findIf(s.hasByte("$"), moneyRE) {
		from, to := s.tokenRange(m[0], m[1])
		if from < len(s.toks) && s.sentenceHas("CLAIM-07/giving", s.toks[from].sent) {
			continue // "we raised $5,000 for the food bank" prices nothing
		}
		if from < len(s.toks) && (s.wage(from, to) || !s.pricesCare(s.toks[from].sent) || s.policyFee(to)) {
			continue // a wage, or wreaths and suppers others sell: no price of care
		}
		if from < len(s.toks) && digitsOf(s.text[m[0]:m[1]]) == strings.Repeat("0", len(digitsOf(s.text[m[0]:m[1]]))) &&
			s.hedged(from) && s.sentenceHasWord(s.toks[from].sent, insuranceWords) {
			continue // "$0 with most insurance": what plans cover, not an offer
		}
		if !overlapsAny(out, m[0], m[1]) {
			out = append(out, post.Finding{Start: m[0], End: m[1], Message: "A price. Make sure it is the full price a patient pays."})
		}
	}
	return out
}

// jobPostWords mark a job post.
var jobPostWords = newWordSet([]string{"hiring", "salary", "wage", "wages", "pto"})

// wage reports whether the amount at tokens [from, to) is pay: "$24/hr",
// "$21 an hour", "$60k a year", or any amount in a job post.
func (s *scan) wage(from, to int) bool {
	for j := to; j < len(s.toks) && j <= to+3; j++ {
		if inSet(s.toks[j].low, "hr", "hour", "hourly", "yr", "year", "annually", "salary", "k") {
			return true
		}
	}
	return s.has("READ-01/notpatient") || s.hasAny(jobPostWords)
}

// waivesPolicyFee reports whether finding f waives a fee for a late or
// missed visit ("we waive no-show fees when flights are cancelled"): a
// policy on a penalty, no price of care.
func (s *scan) waivesPolicyFee(f post.Finding) bool {
	from, to := s.tokenRange(f.Start, f.End)
	if from >= len(s.toks) || !inSet(s.toks[to-1].low, "waive", "waives", "waived", "waiving") {
		return false
	}
	for k := to; k < len(s.toks) && k <= to+5 && s.toks[k].sent == s.toks[from].sent; k++ {
		if inSet(s.toks[k].low, "fee", "fees", "charge", "charges") {
			return s.policyFee(k)
		}
	}
	return false
}

// policyFee reports whether the amount ending at token to is a fee for a
// missed or late visit ("a $50 fee applies to missed appointments"): a
// policy, not a price of care.
func (s *scan) policyFee(to int) bool {
	if to >= len(s.toks) || !inSet(s.toks[to].low, "fee", "fees", "charge") {
		return false
	}
	return s.clauseHas(to, "missed", "miss", "late", "cancel", "cancellation", "cancellations", "cancelled", "canceled", "no", "notice")
}

// insuranceWords name what pays for care.
var insuranceWords = newWordSet([]string{"insurance", "insurances", "plan", "plans", "medicaid", "medicare", "covered", "covers", "coverage", "insurer", "insurers"})

// priceWords make a sentence's amount a price of care even with no service
// named: "New patient special: $49", "$10 a unit".
var priceWords = newWordSet([]string{"special", "specials", "package", "packages", "unit", "units", "membership", "memberships",
	"syringe", "syringes", "session", "sessions", "area", "areas", "patient", "patients", "visit", "visits", "pay", "self", "cash"})

// pricesCare reports whether sentence si, or the one before or after it,
// names care or a price of care: only then does an amount offer a price.
func (s *scan) pricesCare(si int) bool {
	for k := max(0, si-1); k <= si+1 && k < len(s.sents); k++ {
		if s.sentenceHas("CLAIM-07/service", k) || s.sentenceHasWord(k, priceWords) {
			return true
		}
	}
	return false
}

// outreachEvents are the town's events where a practice gives free
// checks to passers-by: a health fair, a festival, a parade.
var outreachEvents = newWordSet([]string{"fair", "fairs", "festival", "fest", "parade", "expo", "powwow", "rodeo", "carnival", "market",
	"marketplace", "feria", "fiesta", "block", "tailgate", "homecoming", "jamboree", "convention", "kermesse", "luau",
	"cookout", "picnic", "potluck", "celebration"})

// outreachGiven are the past verbs of checks given at such an event: "we
// gave 212 free blood pressure checks".
var outreachGiven = newWordSet([]string{"gave", "did", "handed", "performed", "provided", "checked", "screened", "ran", "completed"})

// freeOutreach reports whether the "free" at byte start is outreach, not
// an offer of the practice's care: free checks at the town's fair or
// festival ("We'll be at the county fair with free blood pressure
// checks"), or ones told as given ("we gave 212 free checks at the
// festival"). A free visit at the office still warns.
func (s *scan) freeOutreach(start int) bool {
	from, _ := s.tokenRange(start, start+1)
	if from >= len(s.toks) {
		return false
	}
	si := s.toks[from].sent
	return s.sentenceHasWord(si, outreachEvents) || s.sentenceHasWord(si, outreachGiven) || s.hostedTable(si)
}

// hostedTable reports whether sentence si places the practice at a
// group's or an event's table or tent ("at the Garifuna Coalition table
// on Settlement Day", "the Ghana Day tent"): a capitalized name just
// before it, not the practice's own desk.
func (s *scan) hostedTable(si int) bool {
	m := &s.freeMemo
	if m.tableSent != si+1 {
		m.tableSent, m.table = si+1, s.hostedTableIn(si)
	}
	return m.table
}

// hostedTableIn is hostedTable without the memo (every "free" of a
// sentence asks it).
func (s *scan) hostedTableIn(si int) bool {
	se := s.sents[si]
	for t := se.tokStart + 1; t < se.tokEnd; t++ {
		if w := s.toks[t].low; (w == "table" || w == "tent") && s.toks[t-1].capital && s.toks[t-1].kind == tokWord && t-1 > se.tokStart &&
			!s.c.allow.staff[s.toks[t-1].low] {
			return true
		}
	}
	return false
}

// runByOthers reports whether sentence si says someone other than the
// practice runs what it announces: "checks ... are run by the senior
// center volunteers", "hosted by the YMCA". A free screening others run is
// no offer of the practice's.
func (s *scan) runByOthers(si int) bool {
	m := &s.freeMemo
	if m.othersSent != si+1 {
		m.othersSent, m.others = si+1, s.runByOthersIn(si)
	}
	return m.others
}

// runByOthersIn is runByOthers without the memo (every "free" of a
// sentence asks it).
func (s *scan) runByOthersIn(si int) bool {
	se := s.sents[si]
	for t := se.tokStart + 1; t+1 < se.tokEnd; t++ {
		if s.toks[t].low != "by" || !inSet(s.toks[t-1].low, "run", "hosted", "offered", "provided", "organized", "sponsored", "staffed", "done") {
			continue
		}
		k := t + 1
		if inSet(s.toks[k].low, "the", "a", "our") && k+1 < se.tokEnd {
			if s.toks[k].low == "our" {
				return false // "run by our nurses"
			}
			k++
		}
		return !inSet(s.toks[k].low, "us", "we", "dr", "doctor", "doctors", "nurses", "staff", "team") && !practiceWord(s, k) &&
			!s.c.allow.staff[s.toks[k].low]
	}
	return false
}

// copayWaivedLater finds a waiver told across sentences: a copay or
// deductible named, then what the practice does with "it" ("Don't worry
// about the copay. We'll take care of it."; "Your deductible? We never
// collect it."). The copay may be up to two sentences back. A hardship
// program in either sentence makes it a case-by-case waiver (warn); "we
// can't waive it" is no waiver.
func (s *scan) copayWaivedLater(found []post.Finding) []post.Finding {
	var out []post.Finding
	// The clause of each hit is read once, not once per hit: the hits of one
	// long clause ("we never collect it and we waive it and ...") share it,
	// and reading it again for each made that clause cost the square of its
	// length.
	clause := struct {
		start               int
		hardship, routinely bool
	}{start: -1}
	for _, h := range s.hitsOf("CLAIM-07/pronoun") {
		a, b := s.span(h.from, h.to)
		cs := s.copaySentence(s.toks[h.from].sent)
		if cs < 0 || overlapsAny(found, a, b) || overlapsAny(out, a, b) {
			continue
		}
		if !inSet(s.toks[h.from].low, "never", "not", "won", "wont", "don", "dont") && s.negatedBefore(h.from) {
			continue
		}
		f := s.finding(h.from, h.to, "This says the practice waives a copay or deductible named just before it. Advertising a waiver is not allowed: it misstates the price and can be insurance fraud.")
		f.Severity = post.SeverityBlock
		if from, to := s.clauseOf(h.from); from != clause.start {
			clause.start = from
			clause.hardship = s.tokensHaveWord(from, to, caseByCaseWords)
			clause.routinely = s.tokensHaveWord(from, to, routineWords)
		}
		if clause.hardship || (s.sentenceHasWord(cs, hardshipWords) && !clause.routinely) {
			// A hardship program decides case by case; "can't afford it? we
			// waive it for ALL procedures" is routine all the same, and so
			// is "Can't afford the copay? We never collect it".
			f.Severity = post.SeverityWarn
		}
		out = append(out, f)
	}
	return out
}

// caseByCaseWords in a waiver's own clause make it one decided case by
// case; routineWords there make it routine whatever the sentence says.
var (
	caseByCaseWords = newWordSet([]string{"hardship", "qualify", "qualifies", "case", "approved", "eligible"})
	routineWords    = newWordSet([]string{"all", "every", "everyone", "anyone", "always", "never"})
)

// hardshipWords make a waiver one decided case by case.
var hardshipWords = newWordSet([]string{"hardship", "qualify", "qualifies", "afford", "income", "sliding"})

// copayWords name what a patient owes under their plan.
var copayWords = newWordSet([]string{"copay", "copays", "copayment", "copayments", "deductible", "deductibles", "coinsurance"})

// copaySentence returns the sentence, si or one of the two before it, that
// names a copay or deductible ("co-pay" too); -1 when none does.
func (s *scan) copaySentence(si int) int {
	for k := si; k >= 0 && k >= si-2; k-- {
		se := s.sents[k]
		for t := se.tokStart; t < se.tokEnd; t++ {
			if copayWords.has(s.toks[t].low) || (s.toks[t].low == "co" && t+1 < se.tokEnd && inSet(s.toks[t+1].low, "pay", "pays")) {
				return k
			}
		}
	}
	return -1
}

// coverageHedged reports whether the sentence holding byte start says
// what insurance usually covers ("most plans cover it at no cost"): a fact
// about coverage the reader's plan decides, not an offer.
func (s *scan) coverageHedged(start int) bool {
	from, _ := s.tokenRange(start, start+1)
	if from >= len(s.toks) || !s.hedged(from) {
		return false
	}
	return s.clauseHas(from, "cover", "covers", "covered")
}

// checkModels is CLAIM-08: before/after pictures and results shown as a
// patient's need a "model, not an actual patient" label or the patient's
// authorization.
func checkModels(s *scan) []post.Finding {
	if s.has("CLAIM-08/label") || s.d.Authorization.Covers(post.UsePhoto, s.d.Now) {
		return nil
	}
	const msg = "Before/after or results pictures must show your own patients (with authorization) or say \"model, not an actual patient\"."
	out := s.phraseFindings("CLAIM-08", msg, "")
	if !s.words.has("before") || !s.words.has("after") {
		return out
	}
	// "Before/after:", "before & after of", "BEFORE 😩 / AFTER 🤩":
	// the pair however joined, unless a word follows it ("before and
	// after school", "before and after surgery").
	for i := range s.toks {
		if s.toks[i].low != "before" {
			continue
		}
		j := i + 1
		for j < len(s.toks) && j <= i+3 && (s.toks[j].kind == tokPunct || s.toks[j].low == "and" || isSymbolToken(s.toks[j].low)) {
			j++
		}
		if j == i+1 || j >= len(s.toks) || s.toks[j].low != "after" || overlapsAny(out, s.toks[i].start, s.toks[j].end) {
			continue
		}
		if k := j + 1; k < len(s.toks) && s.toks[k].kind == tokWord && !inSet(s.toks[k].low, "of", "from", "in", "with", "by", "pics", "photos", "results") {
			continue
		}
		out = append(out, s.finding(i, j+1, msg))
	}
	return out
}

// statWords follow the number of a statistic within three tokens.
var statWords = newWordSet([]string{"%", "x", "times", "in", "out"})

// statNumber finds the number of "30% of patients", "2.5x more likely" and
// "1 in 3 adults".
func statNumber(s *scan, i int) bool {
	if !numberAnchor(s, i) {
		return false
	}
	for j := i; j <= i+3 && j < len(s.toks); j++ {
		w := s.toks[j].low
		if statWords.has(w) || (isNumberWord(w) && strings.HasSuffix(w, "x")) {
			return true
		}
	}
	return false
}

// checkStatistics is CLAIM-09: numbers about patients with no source.
func checkStatistics(s *scan) []post.Finding {
	if s.cited {
		return nil
	}
	var out []post.Finding
	for _, m := range s.findAt(statRE, statNumber) {
		out = append(out, post.Finding{Start: m[0], End: m[1], Message: "A statistic with no source.", Suggestion: "Link where the number comes from."})
	}
	return out
}

// freeCare reports whether the "free" at token i offers care: a service
// word ("exam", "flu shots", "screening") in its clause; or, when "free"
// qualifies nothing in its clause ("Free for everyone!", "it's free"), in
// the sentence before. "Free coffee" and "a free class at the YMCA" name
// what is free, and it is not care.
func (s *scan) freeCare(i int) bool {
	cs, ce := s.clauseOf(i)
	// What "free" names, up to a preposition or a mark: its last word
	// decides ("free flu shots" is care; "a free flu shot reminder magnet"
	// and "a free book at checkups" are not). A day or an event of care
	// ("free screening day") is read from the clause.
	j := s.freePhraseStop(i, ce)
	if j > i+1 && !freeEventHeads.has(s.toks[j-1].low) {
		return s.serviceEndsAt(j) > i
	}
	if s.freeSubjectNotCare(i, cs) {
		return false // "the coffee is free" (free21.go)
	}
	if s.serviceInClause(cs, ce) {
		return true
	}
	if i+1 < ce && s.toks[i+1].kind == tokWord && !inSet(s.toks[i+1].low, "for", "and", "or", "with", "to", "of", "at", "on", "in", "this", "every", "all", "today", "now") {
		return false // "free coffee": it names what is free
	}
	if si := s.toks[i].sent; i == s.sents[si].tokStart && s.serviceInSentence(si) {
		return true // "Free, no appointment needed: flu shots Saturday" (free21.go)
	}
	if si := s.toks[i].sent; si > 0 {
		return s.serviceInSentence(si - 1)
	}
	return false
}

// freeCareMemo keeps what freeCare learnt about the text for the next
// "free" in it: asked afresh, a text of nothing but "free coffee, free
// parking, ..." in one endless clause made each "free" read the whole
// clause again, and the check grew with the square of the text. Its zero
// value knows nothing; each check starts from it.
type freeCareMemo struct {
	// stopFrom and stop: the tokens after stopFrom up to stop (exclusive)
	// hold no mark and no word that ends what "free" names, so for any
	// "free" between them the phrase stops at stop too. stop is 0 when
	// nothing is known.
	stopFrom, stop int
	// serviceEnds[t] is one more than the last start of a CLAIM-07/service
	// phrase ending at token t (0: none ends there); built on first use.
	serviceEnds     []int
	serviceEndsDone bool
	// clause and sentence answers, one of each kept: the "free"s of a
	// text come in order, so the next one asks about the same clause and
	// sentence or a later one. clauseStart and sent are one more than the
	// index asked about (0: none yet).
	clauseStart, sent  int
	clauseHas, sentHas bool
	// The last sentence (one more than its index) runByOthers and
	// hostedTable answered for, and their answers.
	othersSent, tableSent int
	others, table         bool
	// The same for publicBody (claims16.go).
	publicSent int
	public     bool
	// The same for the rank words of CLAIM-02 (claims16.go rankMemo):
	// each rank word of a sentence asks these of the whole sentence.
	rank rankMemo
}

// freePhraseStop returns the token that ends what the "free" at token i
// names: the first mark or phrase-ending word after it, or ce.
func (s *scan) freePhraseStop(i, ce int) int {
	m := &s.freeMemo
	if m.stop > i+1 && m.stopFrom < i && m.stop <= ce {
		return m.stop
	}
	j := i + 1
	for j < ce && s.toks[j].kind != tokPunct && !freePhraseEnd.has(s.toks[j].low) {
		j++
	}
	m.stopFrom, m.stop = i, j
	return j
}

// serviceEndsAt returns one more than the last start of a CLAIM-07/service
// phrase ending at token j, or 0 when none ends there.
func (s *scan) serviceEndsAt(j int) int {
	m := &s.freeMemo
	if !m.serviceEndsDone {
		m.serviceEndsDone = true
		m.serviceEnds = slices.Grow(m.serviceEnds[:0], len(s.toks)+1)[:len(s.toks)+1]
		clear(m.serviceEnds)
		for _, h := range s.hitsOf("CLAIM-07/service") {
			if h.to >= 0 && h.to < len(m.serviceEnds) && s.serviceOfCare(h.from) {
				m.serviceEnds[h.to] = max(m.serviceEnds[h.to], h.from+1)
			}
		}
	}
	if j < 0 || j >= len(m.serviceEnds) {
		return 0
	}
	return m.serviceEnds[j] - 1
}

// serviceInClause reports whether a CLAIM-07/service phrase starts in the
// clause of tokens [cs, ce).
func (s *scan) serviceInClause(cs, ce int) bool {
	m := &s.freeMemo
	if m.clauseStart != cs+1 {
		m.clauseStart, m.clauseHas = cs+1, false
		for t := cs; t < ce; t++ {
			if s.hitAt("CLAIM-07/service", t) && s.serviceOfCare(t) {
				m.clauseHas = true
				break
			}
		}
	}
	return m.clauseHas
}

// serviceInSentence reports whether a CLAIM-07/service phrase starts in
// sentence si.
func (s *scan) serviceInSentence(si int) bool {
	m := &s.freeMemo
	if m.sent != si+1 {
		m.sent, m.sentHas = si+1, false
		for t := s.sents[si].tokStart; t < s.sents[si].tokEnd; t++ {
			if s.hitAt("CLAIM-07/service", t) && s.serviceOfCare(t) {
				m.sentHas = true
				break
			}
		}
	}
	return m.sentHas
}

// freePhraseEnd words end what "free" names ("free coffee for everyone").
var freePhraseEnd = newWordSet([]string{"for", "and", "or", "with", "to", "of", "at", "on", "in", "this", "every", "all", "today",
	"now", "from", "during", "when", "if", "while", "until", "through", "is", "are", "was", "will", "the", "a", "an", "our", "your"})

// freeEventHeads end a name for a day or an event, whose care the clause
// tells ("free screening day", "a free vaccine clinic").
var freeEventHeads = newWordSet([]string{"day", "days", "event", "events", "clinic", "clinics", "week", "night", "fair", "drive", "program", "programs"})

// helpWords name help the practice gives besides care: interpreters, a
// financial counselor, a shuttle, parking.
var helpWords = newWordSet([]string{"interpreter", "interpreters", "interpreting", "interpretation", "translation", "translator",
	"translators", "financial", "parking", "shuttle", "shuttles", "rides", "wifi", "notary", "childcare", "babysitting", "enrollment",
	"forms", "paperwork", "validated", "validation", "help", "navigator", "navigators", "assister", "assisters"})

// helpNotCare reports a "no cost" or "no charge" phrase finding whose
// clause offers help that is no care ("interpreter services at no cost
// to you", "our financial counselor walks through payment plans at no
// charge") and names no service of care.
func (s *scan) helpNotCare(f post.Finding) bool {
	from, to := s.tokenRange(f.Start, f.End)
	if from >= to || to > len(s.toks) || !inSet(s.toks[to-1].low, "cost", "charge") {
		return false
	}
	return s.helpOnly(from) || s.publicBodyGives(from)
}

// helpOnly reports whether the price word at token i offers only help
// that is no care: its clause names such help and no care ("interpreter
// services at no cost to you"), or, when the clause names neither, its
// sentence does ("Interpreters in Karen, Chin and Nepali are available at
// no cost at every office": the help heads a list of languages). "Every
// visit" says when the help is there, not what is free.
func (s *scan) helpOnly(i int) bool {
	cs, ce := s.clauseOf(i)
	switch s.helpOrCare(cs, ce) {
	case 1:
		return true
	case -1:
		return false
	}
	se := s.sents[s.toks[i].sent]
	switch s.helpOrCare(se.tokStart, se.tokEnd) {
	case 1:
		return true
	case -1:
		return false
	}
	return s.helpBefore(i) // "Need an interpreter? ... It's always free"
}

// helpOrCare reads tokens [from, to): -1 when they name care (a service
// of care or a health word), 1 when they name only help that is no care,
// 0 when neither.
func (s *scan) helpOrCare(from, to int) int {
	help := 0
	for t := from; t < to; t++ {
		if s.everyVisit(t) || (s.toks[t].low == "hand" && t > 0 && s.toks[t-1].low == "on") {
			continue // "at every visit", "on hand": when and where, not what
		}
		if s.hitAt("CLAIM-07/service", t) && !s.helpModifier(t, to) {
			return -1
		}
		if n, _ := health.At(s.healthWords(), t); n > 0 && !s.languageNamed(t) {
			return -1 // "no charge for help with your diabetes": care
		}
		if helpWords.has(s.toks[t].low) {
			help = 1
		}
	}
	return help
}

// everyVisit reports whether the service word at token t is a visit or an
// appointment counted by "every", "each", "any" or "per": when something
// is offered ("at every visit"), not care offered.
func (s *scan) everyVisit(t int) bool {
	return t > 0 && inSet(s.toks[t].low, "visit", "visits", "appointment", "appointments") &&
		inSet(s.toks[t-1].low, "every", "each", "any", "per", "all")
}

// publicBodies are the offices of a town, county or state that inspect,
// test or enroll on their own account.
var publicBodies = newWordSet([]string{"department", "dept", "agency", "government", "authority", "commission", "extension"})

// publicBodyGives reports whether the clause of the price word at token i
// has a public body doing what is free ("the county health department
// will inspect at no charge"), with no "we" or "our": no offer of the
// practice's.
func (s *scan) publicBodyGives(i int) bool {
	cs, _ := s.clauseOf(i)
	body := false
	for t := cs; t < i; t++ {
		switch w := s.toks[t].low; {
		case inSet(w, "we", "our", "us", "we'll", "we're"):
			return false
		case publicBodies.has(w):
			body = true
		}
	}
	return body
}

// freeNotCare reports a phrase finding about "free" whose clause names no
// care ("completely free coffee"); other price phrases are kept.
func (s *scan) freeNotCare(f post.Finding) bool {
	from, to := s.tokenRange(f.Start, f.End)
	for t := from; t < to; t++ {
		if s.toks[t].low == "free" {
			return !s.freeCare(t)
		}
	}
	return false
}

// discountWords are the last words of CLAIM-07's discount phrases ("20%
// off", "half price", "BOGO", "discounted").
var discountWords = newWordSet([]string{"off", "price", "bogo", "one", "discount", "discounted"})

// discountLead are words between a discount and what it is on ("20% off
// all our ...", "BOGO on the ...").
var discountLead = newWordSet([]string{"on", "all", "our", "your", "any", "the", "a", "an", "every", "each", "of", "select", "these"})

// discountNotCare reports a discount phrase that names what it is on, and
// that is no care: "20% off our logo hoodies", "half-price cookies at the
// bake sale", "buy one get one free on raffle tickets". A discount that
// names nothing ("10% off for seniors", "ask about our military
// discount") is on the practice's care and stays; so does one on care
// ("20% off your first facial"), on everything or on a price of care
// ("half-price membership").
func (s *scan) discountNotCare(f post.Finding) bool {
	from, to := s.tokenRange(f.Start, f.End)
	if to <= from || to > len(s.toks) || !discountWords.has(s.toks[to-1].low) {
		return false
	}
	se := s.sents[s.toks[from].sent]
	j := to
	if s.toks[to-1].low == "one" && j < se.tokEnd && s.toks[j].low == "free" {
		j++ // "buy one get one free on ..."
	}
	for j < se.tokEnd && discountLead.has(s.toks[j].low) {
		j++
	}
	named := 0
	for k := j; k < se.tokEnd && s.toks[k].kind == tokWord && !freePhraseEnd.has(s.toks[k].low); k++ {
		if s.careWord(k) {
			return false
		}
		if goodsWords.has(s.toks[k].low) {
			named++
		}
	}
	if named == 0 && from > se.tokStart && s.toks[from].low != "discount" {
		// "half-price cookies": the thing comes after; "cookies,
		// half price" or "hoodies 20% off": the word before names it.
		k := from - 1
		for k > se.tokStart && (isNumberWord(s.toks[k].low) || inSet(s.toks[k].low, "%", "are", "is", "now", "just", "up", "to", "save")) {
			k-- // "tote bags are now 30% off"
		}
		if s.toks[k].kind == tokWord && !s.careWord(k) && goodsWords.has(s.toks[k].low) {
			named = 1
		}
	}
	if named == 0 {
		// "our staff got new bottles for the clinic and they're giving
		// our followers 15% off with code SDC15": the goods are named
		// earlier in the sentence, which names no care.
		for k := se.tokStart; k < se.tokEnd; k++ {
			// ("new bottles" puts no discount on everything new.)
			if s.careWord(k) && !discountOnAll.has(s.toks[k].low) || k > from && discountOnAll.has(s.toks[k].low) {
				return false
			}
			if goodsWords.has(s.toks[k].low) {
				named++
			}
		}
	}
	return named > 0
}

// goodsWords are things a practice sells or raffles that are no care: a
// discount must name one to be left alone ("20% off cardiac calcium
// scoring" names care the lexicon does not know, and stays an offer).
var goodsWords = newWordSet([]string{"merchandise", "merch", "hoodie", "hoodies", "shirt", "shirts", "tees", "mugs", "mug", "tote",
	"totes", "bags", "hats", "caps", "cookies", "cookie", "treats", "coffee", "raffle", "tickets", "ticket", "candles", "books", "toys",
	"crafts", "jewelry", "ornaments", "calendars", "socks", "stickers", "bottles", "apparel", "swag", "pies", "pie", "cakes",
	"cupcakes", "tamales", "plants", "wreaths", "baked", "goods", "brownies", "cocoa", "lemonade", "snacks", "gear", "sweatshirts",
	"orders", "jerseys", "uniforms"})

// discountOnAll are words that put a discount on whatever the practice
// sells, its care included.
var discountOnAll = newWordSet([]string{"everything", "anything", "services", "service", "products", "product", "sitewide", "storewide",
	"gift", "giftcard", "giftcards", "first", "new", "package", "packages"})

// careWord reports whether token k names care, a price of care, or
// everything the practice sells.
func (s *scan) careWord(k int) bool {
	if s.hitAt("CLAIM-07/service", k) || priceWords.has(s.toks[k].low) || discountOnAll.has(s.toks[k].low) {
		return true
	}
	n, cat := health.At(s.healthWords(), k)
	return n > 0 && (cat == health.Procedure || cat == health.Medicine)
}

// clauseOf returns the token range of the clause holding token i.
func (s *scan) clauseOf(i int) (int, int) {
	if !s.clausesDone {
		s.clausesDone = true
		s.clauseFrom, s.clauseTo = clauseBounds(s.toks, s.sents, s.clauseFrom, s.clauseTo)
	}
	return int(s.clauseFrom[i]), int(s.clauseTo[i])
}

// clauseBounds gives every token its clause, [from[i], to[i]): from the
// token after the last clause break before it in its sentence (or the
// sentence's start) to the first break at or after it (or the sentence's
// end). Worked out once for the whole text, not per question: rules ask
// about the clause of token after token, and walking it each time made a
// long clause cost the square of its length. from and to are reused.
func clauseBounds(toks []token, sents []sentence, from, to []int32) ([]int32, []int32) {
	from = slices.Grow(from[:0], len(toks))[:len(toks)]
	to = slices.Grow(to[:0], len(toks))[:len(toks)]
	for _, se := range sents {
		start := se.tokStart
		for t := se.tokStart; t < se.tokEnd; t++ {
			from[t] = int32(start)
			if clauseBreak(&toks[t]) {
				start = t + 1
			}
		}
		end := se.tokEnd
		for t := se.tokEnd - 1; t >= se.tokStart; t-- {
			if clauseBreak(&toks[t]) {
				end = t
			}
			to[t] = int32(end)
		}
	}
	return from, to
}

// clauseHas reports whether the clause of token i holds one of words.
func (s *scan) clauseHas(i int, words ...string) bool {
	cs, ce := s.clauseOf(i)
	for t := cs; t < ce; t++ {
		if inSet(s.toks[t].low, words...) {
			return true
		}
	}
	return false
}

// areaWords name a place a statistic is told of.
var areaWords = newWordSet([]string{"zip", "county", "neighborhood", "neighbourhood", "town", "city", "community", "state", "region",
	"borough", "valley", "parish", "township"})

// areaRanked reports whether the ranking word at token from ranks a
// place's statistic, not the practice: "ZIP 93905 has one of the lowest
// flu-shot rates in the county". A place, a state or a ZIP code comes
// before it, no "we" or "our", and the sentence tells a rate of no one in
// particular (areaStatistic), the place's laws, or nothing of care
// (placeRankedNoCare, claims16.go).
func (s *scan) areaRanked(from int) bool {
	si := s.toks[from].sent
	m := s.rankSentence(si)
	// The first "we" or "our clinic" of the sentence, and its first place,
	// each found once a sentence (rankSentence): "our clinic has the
	// lowest ...", not "our county has the highest ...".
	if m.block < from || m.place >= from {
		return false
	}
	if m.statSent != si+1 {
		m.statSent, m.stat = si+1, s.areaStatistic(si)
	}
	return m.stat || s.placeRankedNoCare(si, from)
}
