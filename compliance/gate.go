package compliance

import (
	"regexp"
	"strings"
)

// Go's regexp is linear but not fast: tens of nanoseconds per byte per
// expression. Running forty expressions over every post would cost far more
// than the 50 µs a check may take, so each expression runs only where it can
// match: numeric patterns on the short "numeric islands" of the text, the
// word-led ones anchored at the tokens they can start with (anchored.go),
// the rest only when a cheap test (a byte, a word) says they might.

// maxMatches bounds the matches of one pattern in one text. A post never
// comes near it; it keeps the overlap checks between a rule's findings
// (linear in the findings so far) from turning a pasted megabyte into
// quadratic work. Matches beyond it are not reported.
const maxMatches = 200

// island is a run of digits and number punctuation holding some digits:
// digits counts them and run is the longest run of consecutive ones.
type island struct{ start, end, digits, run int }

// islandNeed is what an expression cannot match without, checked on an
// island before running the expression on it: that many digits, a run of
// that many consecutive digits, and one of the bytes of anyOf (if set).
type islandNeed struct {
	digits, run int
	anyOf       string
	// before widens the window to the left, for patterns that start with
	// letters ahead of the number ("OH 43215").
	before int
}

// isNumberByte reports whether b can be part of a written number: digits and
// the separators phone, date, card and SSN formats use. A table: the
// numeric islands are found by asking it about every byte of the text.
func isNumberByte(b byte) bool { return numberBytes[b] }

var numberBytes = [256]bool{'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	' ': true, '-': true, '.': true, '/': true, '(': true, ')': true, '+': true}

// numericIslands finds the maximal runs of number bytes with at least one
// digit, computed once per scan. Every ASCII digit lies in a token whose
// shape has one, so the islands are grown from those tokens' digits
// rather than from a look at every byte of the text.
func (s *scan) numericIslands() []island {
	if s.islandsDone {
		return s.islands
	}
	s.islandsDone = true
	// Locals, so that appending to the islands does not make the
	// compiler load s's fields again at every token.
	islands := s.islands[:0] // the memory of an earlier check's scan (scanPool)
	toks, text, lastEnd := s.toks, s.text, 0
	for k := range toks {
		t := &toks[k]
		if t.shape&classDigit == 0 || t.end <= lastEnd {
			continue
		}
		for p := max(t.start, lastEnd); p < t.end; p++ {
			if text[p] < '0' || text[p] > '9' {
				continue
			}
			// The island holding the digit at p: its number bytes either
			// side. It cannot reach back into the previous island, which
			// ends before a byte that is no number byte.
			i := p
			for i > 0 && isNumberByte(text[i-1]) {
				i--
			}
			j, d, run, cur := i, 0, 0, 0
			for j < len(text) && isNumberByte(text[j]) {
				if text[j] >= '0' && text[j] <= '9' {
					d++
					cur++
					run = max(run, cur)
				} else {
					cur = 0
				}
				j++
			}
			islands = append(islands, island{i, j, d, run})
			lastEnd, p = j, j-1
		}
	}
	s.islands = islands
	return s.islands
}

// findNumeric runs re over each island that has what re needs (and one
// byte of context on each side, so \b sees the neighbouring letter) and
// returns submatch indices into the whole text. The bytes around an island
// are not number bytes, so a match's digits and separators all lie in it.
func (s *scan) findNumeric(re numericFinder, need islandNeed) [][]int {
	var buf [8][]int // gathered on the stack, kept in s.matches
	out := buf[:0]
	for _, is := range s.numericIslands() {
		if is.digits < need.digits || is.run < need.run ||
			(need.anyOf != "" && !strings.ContainsAny(s.text[is.start:is.end], need.anyOf)) {
			continue
		}
		a, b := max(0, is.start-1-need.before), min(len(s.text), is.end+1)
		if len(out) >= maxMatches {
			break
		}
		if f, ok := re.(fixedFinder); ok {
			w, m := s.text[a:b], &s.matches.last
			for p, n := 0, 0; p < len(w) && n < maxMatches && nextFixed(w, p, f, m); p, n = m.idx[1], n+1 {
				out = append(out, s.matches.keepMatch(m, a))
			}
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(s.text[a:b], maxMatches) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += a
				}
			}
			out = append(out, m)
		}
	}
	return s.matches.keep(out)
}

// findIf runs re over the whole text when ok is true.
func (s *scan) findIf(ok bool, re *regexp.Regexp) [][]int {
	if !ok {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s.text, maxMatches)
}

// hasByte reports whether the text holds any of the bytes in set.
func (s *scan) hasByte(set string) bool { return containsAnyOf(s.text, set) }

// hasWord reports whether any token of the text is one of words.
func (s *scan) hasWord(words ...string) bool {
	for _, w := range words {
		if s.words.has(w) {
			return true
		}
	}
	return false
}

// hasAny reports whether any token of the text is in set: for long word
// lists, one pass over the text's distinct words beats a lookup per word
// of the list. For one of gateSets the pass is not needed: the lexicon
// look-up that every token gets anyway gathered its bit (scan.gates).
func (s *scan) hasAny(set *wordSet) bool {
	if set.gate != 0 {
		return s.gates[set.gateWord]&set.gate != 0
	}
	for _, w := range s.words.list {
		if set.has(w) {
			return true
		}
	}
	return false
}

// hasWordStarting reports whether any word of the text starts with one of
// p's prefixes. Rules ask it about every distinct word of a text; p.has is
// inlined here, so most words cost a look at their first byte's prefixes
// (none) and no call. For one of prefixGates, the first such question
// asks about all of them in one pass (prefixBits) and the others read its
// bits.
func (s *scan) hasWordStarting(p *prefixSet) bool {
	if p.gate != 0 {
		if !s.prefixDone {
			s.prefixBits, s.prefixDone = prefixGateBits(s.words.list), true
		}
		return s.prefixBits&p.gate != 0
	}
	for _, w := range s.words.list {
		if p.has(w) {
			return true
		}
	}
	return false
}

// mayHaveMixedWord reports whether a token may be mixedAlnum: the anchors
// of MBIs, VINs and IBANs need one, and most posts have none, so their
// token walks are skipped. It reads what the tokenizer gathered: an ASCII
// digit in a word token, or in any token with a byte beyond ASCII (to be
// safe about number tokens mixing scripts' digits).
//
// It is asked by several rules, and answered once per scan (mixedDone).
func (s *scan) mayHaveMixedWord() bool {
	if !s.mixedDone {
		s.mixedDone = true
		for i := range s.toks {
			if t := &s.toks[i]; t.shape&classDigit != 0 && (t.kind == tokWord || t.shape&classNonASCII != 0) {
				s.mixed = true
				break
			}
		}
	}
	return s.mixed
}

// mixedAlnum reports whether w has both letters and digits: the shape of
// MBIs, VINs, IBANs and record numbers.
func mixedAlnum(w string) bool {
	return strings.ContainsAny(w, "0123456789") && strings.Trim(w, "0123456789") != ""
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// isNumberWord is an anchor for number tokens.
func isNumberWord(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// prefixSet matches words starting with any of its prefixes. Prefixes are
// kept by their first byte, so a word is compared with the few that could
// match rather than with all of them, and most words, which start with a
// byte no prefix starts with, are turned away by one look-up in that table
// (no hashing: rules ask about every word of a text).
type prefixSet struct {
	byFirst [256][]string
	empty   bool // an empty prefix matches every word
	// gate is the set's bit in scan.prefixBits when it is one of
	// prefixGates (0 otherwise; see hasWordStarting).
	gate uint64
}

// wordPrefix returns the set of prefixes.
func wordPrefix(prefixes ...string) *prefixSet {
	p := &prefixSet{}
	for _, pre := range prefixes {
		if pre == "" {
			p.empty = true
			continue
		}
		p.byFirst[pre[0]] = append(p.byFirst[pre[0]], pre)
	}
	return p
}

// has reports whether w starts with one of the prefixes.
func (p *prefixSet) has(w string) bool {
	if p.empty {
		return true
	}
	if w == "" {
		return false
	}
	for _, pre := range p.byFirst[w[0]] {
		if strings.HasPrefix(w, pre) {
			return true
		}
	}
	return false
}

// gateSets are the word sets the rules ask hasAny about, some hundred a
// check: a pass over the text's distinct words, or a look-up in the text's
// word index per word of a short list, cost tens to hundreds of
// instructions each. Their words are entered in the lexicon
// (addGateWords) with each set's bit, so the one look-up per token that
// lexicon.lookUp makes anyway gathers, in scan.gates, which of these sets
// the text touches, and hasAny is a bit test. A set not listed here (or
// past the 64*gateWords-th) still works, by the pass.
var gateSets = []*wordSet{accusationWords, addresseeNouns, antibioticWords, bacterialWords, betterWords, colourWords,
	commerceWords, conductCues, contemptEmoji, disparageWords, domainWordSet, driverWords, homeCareVerbs, laughWords,
	ownHealthWords, ownNewsWords, personWords, rankWordSet, reverseWords, rewardWords, stopVerbs, streetWordSet, viralWords,
	// Short lists the rules once asked hasWord about, a look-up per word.
	personAgeCues, birthdayCues, wordAgeSet, bigAgeWords, celebrateWords, dobCues, retortWords, abuseWords, ventingWords,
	comparingWords, reviewWords, endingWords, accountLabels, spelledAt, spelledDot, ssnPartCues, unitWords, namedFirstSet,
	cornerWords, staffHealthCues, displayWordSet, photoWords, addressOpeners, addressDeterminers, peopleWords, ratingWords,
	glowingWords, mythWords, citationWords, cueWordSet, jobPostWords, vehicleWords, roomWords, homeLookWords, cellOnly, smallNumbers,
	askedWords, forgoOpeners, respectSuffixes, stormWords, selfTellers,
	// The other sets hasAny is asked about: each was a pass over the text's
	// words, some seven hundred instructions on a short post.
	bellVerbs, bodyReadings17, captureWords, carThingWords, careContext17, careDeviceWords, causedIllnesses,
	chillCauses, clearlyBacterial, coldIllnesses, coldWeatherWords, complainVerbs, complainerNames, contactVerbs,
	contagiousWords, copayWords, copayWordsML, courseVerbs, courtesyWords, crowdNouns17, cureRemedies, cureVerbs,
	cyrillicOwnNews, debunkCues, disclosureWords, disgustEmoji, earlyAntibiotics, eateryWords, esRewardWords,
	exposureWords, fameSignals, fameWords, fameWorks, feelWellWords, firstAidRemedies, fluFactShots, folkIllnesses,
	folkTreatments, forgiveVerbsML, gratitudeWords, groupPraise, hangoverGroups, heldMarkers20, heroWords,
	historyEventWords, historyMarks, introducedNews, kinCalled17, kindWords, knowingEmoji, laughGroups, lifestyleWords,
	likeWords, mailProviders, menuWords, milkWords, mockTargets, nailWords, nameStartWords, networkWords, noticeWhose,
	noticeWords, ownCareLeads, pairedFoods, patientNouns, payWords, payerWords, pickedOutCues, pickupLeads,
	placePrefixes, pleaWords, pointFaults, pointGratitude, poisonWords, rebutWords, remedyClaims, remedyMythGate,
	remedyWords, replyRetortWords, respectWords, restingWords, reviewSites, saludWords, sameWords, scornThanks,
	sendoffTriggers, silentMeasures, siteAskVerbs22, siteRewards22, sneerEmoji19, spanishReviewWords, spookyWords,
	sportCues, staffAwayWords, staffHealth16Cues, staffHealth21Cues, staffHealth22Cues, staffHurtWords, staffNote19Cues,
	staffTeased, starWords, tagWords, testOutcomeWords, theirWords, transitWords, waiverScopeWords, wearyWords,
	workerNouns, worksWords, youngScored, zipPeople,
	// Session 24's.
	ivDripWords, toxinWords,
	// a consent claim's words (consent24.go).
	consentWords24,
	// an incident and care given to the people in it (incidents24.go).
	incidentWords24, incidentCareWords24,
	// Session 24 (reply24.go).
	courseHeal24, gladCare24, arabicRecoveryWords}

// gateWords is the number of uint64s of gate bits (gateBits): room for
// 64*gateWords of gateSets.
const gateWords = 3

// gateBits has a bit for each of gateSets: bit i%64 of word i/64.
type gateBits [gateWords]uint64

// or adds the bits of g to b.
func (b *gateBits) or(g *gateBits) {
	b[0] |= g[0]
	b[1] |= g[1]
	b[2] |= g[2]
}

// prefixGates are the prefix sets the rules ask hasWordStarting about: a
// pass over the text's words each. prefixGateBits answers for all of them
// in one pass.
var prefixGates = []*prefixSet{reviewStart, bankContextStart, oldWordStart, ssnContextStart}

// gatedPrefix is a prefix of one of prefixGates, with that set's bit.
type gatedPrefix struct {
	prefix string
	gate   uint64
}

// prefixGateTable holds the prefixes of prefixGates by first byte.
var prefixGateTable [256][]gatedPrefix

// prefixGateBits returns the bits (prefixSet.gate) of the prefixGates some
// word of words starts with one of the prefixes of.
func prefixGateBits(words []string) uint64 {
	var bits uint64
	for _, w := range words {
		if w == "" {
			continue
		}
		for _, g := range prefixGateTable[w[0]] {
			if strings.HasPrefix(w, g.prefix) {
				bits |= g.gate
			}
		}
	}
	return bits
}

func init() {
	for i, ws := range gateSets[:min(len(gateSets), 64*gateWords)] { // lexWord.gates holds gateWords uint64s
		if ws.hasEmpty || ws.gate != 0 {
			continue // "" has no lexicon entry; a set listed twice keeps its first bit
		}
		ws.gateWord, ws.gate = uint8(i/64), 1<<(i%64)
	}
	for i, p := range prefixGates[:min(len(prefixGates), 64)] {
		if p.empty {
			continue // it matches every word: has asks no table
		}
		p.gate = 1 << i
		for b, pres := range p.byFirst {
			for _, pre := range pres {
				prefixGateTable[b] = append(prefixGateTable[b], gatedPrefix{pre, p.gate})
			}
		}
	}
}
