// Package readability scores how hard a post is to read: word, sentence and
// syllable counts and the usual grade-level formulas (Flesch–Kincaid,
// Coleman–Liau, SMOG, ARI, Gunning fog) plus Flesch reading ease.
//
// The counting follows jdkato/twine's summarize package closely enough that
// its test texts (testdata/twine-summarize.json) score within half a grade;
// the tokenizer and syllable rules are this package's own. It does no I/O,
// never panics on any input (including invalid UTF-8) and runs in time linear
// in the length of the text.
package readability

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/practicepost/practicepost/compliance/wordtab"
)

// Stats are the counts Analyze found and the scores computed from them.
// Grades are US school grades; FleschReadingEase runs from about 0 (very
// hard) to 100 (very easy). All scores are 0 for text without words.
type Stats struct {
	Words, Sentences, Syllables int
	// Letters counts letters and digits in words (twine's "characters").
	Letters int
	// PolySyllables counts words of three or more syllables (for SMOG).
	PolySyllables int
	// ComplexWords counts words of three or more syllables not counting an
	// -es, -ed or -ing ending (for Gunning fog).
	ComplexWords int

	FleschKincaid, ColemanLiau, SMOG, ARI, GunningFog, FleschReadingEase float64
}

// wordCounts are what Analyze counts of one word.
type wordCounts struct {
	syllables, letters int
	complex            bool
}

// seen remembers the counts of words Analyze has met: a practice's posts
// reuse a few thousand words, and counting a word's syllables costs about
// ten times a look-up. Words are kept as written (case included), up to
// maxSeenWord bytes, so it stays under a megabyte whatever the input.
//
// It is a direct-mapped table: a hash of the word picks its one slot, and
// a new word takes the slot from the word in it. A Go map, hashing and
// probing, cost about 150 instructions a word, a third of Analyze on a
// post of known words; a slot costs a short hash and one comparison.
var seen struct {
	sync.RWMutex
	slots [seenSlots]seenSlot
}

// seenSlot is one word of seen and its counts; an empty word is an empty
// slot (Analyze's words are never empty).
type seenSlot struct {
	word   string
	counts wordCounts
}

const (
	maxSeenWord = 24
	seenSlots   = 1 << 14 // a power of two: slotOf masks the hash
)

// slotOf returns the index of word's slot in seen: wordtab.Hash of the
// word (which reads it eight or four bytes at a time, where FNV-1a took a
// multiplication per byte), its high bits folded into the low ones that
// pick the slot.
func slotOf(word string) uint32 {
	h := wordtab.Hash(word)
	return uint32(h^h>>32) & (seenSlots - 1)
}

// countsOf returns word's counts and its slot, from seen when the slot
// holds it (the caller holds seen's read lock); fresh is set when they
// were computed and the word is short enough to keep.
func countsOf(word string) (c wordCounts, slot uint32, fresh bool) {
	slot = slotOf(word)
	if e := &seen.slots[slot]; e.word == word {
		return e.counts, slot, false
	}
	syl := Syllables(word)
	c = wordCounts{syllables: syl, letters: countLetters(word), complex: isComplex(word, syl)}
	return c, slot, len(word) <= maxSeenWord
}

// seenMiss is a word Analyze counted, to be kept in seen.
type seenMiss struct {
	word   string
	slot   uint32
	counts wordCounts
}

// Analyze counts text's words, sentences and syllables and scores it.
func Analyze(text string) Stats {
	sc := scanner{text: text}
	var ct counter
	var missBuf [16]seenMiss
	missed := missBuf[:0] // words to add to seen
	seen.RLock()
	for {
		tok, ok := sc.next()
		if !ok {
			break
		}
		missed = ct.add(tok, missed)
	}
	seen.RUnlock()
	return ct.finish(missed)
}

// Span is a word of an ASCII text, as Analyze reads one: a run of ASCII
// letters and digits, with an apostrophe or a full stop between two such
// runs kept inside ("doesn't", "U.S", "3.5", "example.com"). Dotted says a
// full stop is inside.
type Span struct {
	Start, End int
	Dotted     bool
}

// AnalyzeSpans is Analyze for an ASCII text whose words the caller has
// found already (a tokenizer that splits the same runs): spans are every
// word of text, in order, each as Span says. Reading the words is most of
// Analyze's work; what comes after a word (a sentence's end, a link or a
// phone number the word starts) is read from text as Analyze reads it, so
// the result is Analyze's. The caller must hold to the contract: words
// that are not Analyze's give other counts.
func AnalyzeSpans(text string, spans []Span) Stats {
	sc := scanner{text: text}
	var ct counter
	var missBuf [16]seenMiss
	missed := missBuf[:0] // words to add to seen
	seen.RLock()
	for _, w := range spans {
		if w.Start >= sc.pos {
			sc.pos = w.End
			missed = ct.add(sc.word(w.Start, w.Dotted), missed)
		}
		// A link, an address or a phone number passed over may end inside
		// a word ("555.123.4567.8"): Analyze reads on from there, and so
		// does this, until the word's end.
		for sc.pos < w.End {
			tok, ok := sc.next()
			if !ok {
				break
			}
			missed = ct.add(tok, missed)
		}
	}
	seen.RUnlock()
	return ct.finish(missed)
}

// counter is what Analyze and AnalyzeSpans count, word by word.
type counter struct {
	st         Stats
	inSentence bool
}

// add counts tok (the caller holds seen's read lock), appending it to
// missed when its counts are to be kept in seen, and returns missed.
func (ct *counter) add(tok token, missed []seenMiss) []seenMiss {
	st := &ct.st
	if tok.skip {
		if tok.endsSentence && ct.inSentence {
			st.Sentences++
			ct.inSentence = false
		}
		return missed
	}
	st.Words++
	ct.inSentence = true
	c, slot, isNew := countsOf(tok.word)
	if isNew {
		missed = append(missed, seenMiss{tok.word, slot, c})
	}
	syl := c.syllables
	st.Syllables += syl
	st.Letters += c.letters
	if syl >= 3 {
		st.PolySyllables++
	}
	if c.complex {
		st.ComplexWords++
	}
	if tok.endsSentence {
		st.Sentences++
		ct.inSentence = false
	}
	return missed
}

// finish keeps the words counted anew (missed) in seen (the caller has
// released its read lock) and scores the counts.
func (ct *counter) finish(missed []seenMiss) Stats {
	if len(missed) > 0 {
		seen.Lock()
		for _, m := range missed {
			// A copy: the slot must not keep the whole text alive.
			seen.slots[m.slot] = seenSlot{strings.Clone(m.word), m.counts}
		}
		seen.Unlock()
	}
	if ct.inSentence {
		ct.st.Sentences++
	}
	ct.st.score()
	return ct.st
}

// score fills in the formulas from the counts.
func (st *Stats) score() {
	if st.Words == 0 || st.Sentences == 0 {
		return
	}
	words, sentences := float64(st.Words), float64(st.Sentences)
	wordsPerSentence := words / sentences
	syllablesPerWord := float64(st.Syllables) / words
	lettersPerWord := float64(st.Letters) / words

	st.FleschKincaid = 0.39*wordsPerSentence + 11.8*syllablesPerWord - 15.59
	st.FleschReadingEase = 206.835 - 1.015*wordsPerSentence - 84.6*syllablesPerWord
	// Coleman–Liau uses letters and sentences per 100 words.
	st.ColemanLiau = 0.0588*(100*lettersPerWord) - 0.296*(100*sentences/words) - 15.8
	st.ARI = 4.71*lettersPerWord + 0.5*wordsPerSentence - 21.43
	st.GunningFog = 0.4 * (wordsPerSentence + 100*float64(st.ComplexWords)/words)
	st.SMOG = 1.0430*math.Sqrt(float64(st.PolySyllables)*30/sentences) + 3.1291
}

// isComplex is Gunning fog's "complex word": three or more syllables once a
// common inflection (-es, -ed, -ing) is set aside.
func isComplex(word string, syllables int) bool {
	if hasSuffixFold(word, "es") || hasSuffixFold(word, "ed") || hasSuffixFold(word, "ing") {
		syllables--
	}
	return syllables > 2
}

// hasSuffixFold reports whether word ends in suffix (ASCII, lower case),
// ignoring case.
//
// It compares bytes: a tail holding a byte beyond ASCII is never equal,
// since it decodes to fewer (or invalid) runes than the suffix has letters.
func hasSuffixFold(word, suffix string) bool {
	if len(word) < len(suffix) {
		return false
	}
	tail := word[len(word)-len(suffix):]
	for i := 0; i < len(suffix); i++ {
		if c := tail[i]; c != suffix[i] && c+('a'-'A') != suffix[i] {
			return false
		}
	}
	return true
}

// countLetters counts the letters and digits of word.
func countLetters(word string) int {
	n := 0
	for _, r := range word {
		if r < utf8.RuneSelf {
			if ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9') {
				n++
			}
			continue
		}
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			n++
		}
	}
	return n
}
