package compliance

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word, number or punctuation mark of the checked text. Phrase
// lists match on tokens rather than on regular expressions: one pass over
// the text serves every list, which keeps a check of a 280-character post
// in the tens of microseconds.
type token struct {
	start, end int    // byte offsets into the text
	low        string // lower-cased text; a slice of the input when already lower-case ASCII
	kind       tokenKind
	capital    bool      // starts with an upper-case letter
	shape      wordShape // a word's byte classes (see wordShape), gathered as it is read
	sent       int       // index of the sentence holding the token
	// lex is what of the lexicon starts with the word (nil: nothing),
	// looked up once (lexicon.lookUp).
	lex *lexWord
}

type tokenKind uint8

const (
	tokWord tokenKind = iota
	tokNumber
	tokPunct
)

// sentence is a run of tokens ended by . ! ? or a line break.
type sentence struct {
	start, end       int // byte offsets
	tokStart, tokEnd int // token indices [tokStart, tokEnd)
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "mx": true, "dr": true, "st": true, "jr": true, "sr": true,
	"vs": true, "e": true, "i": true, "g": true, "etc": true, "no": true, "apt": true, "ste": true,
	"ave": true, "blvd": true, "rd": true, "prof": true, "inc": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "a": true, "p": true, "m": true,
	// Titles before a name: "Sgt. Morales", "Fr. Doyle", "Lt. Brennan".
	"sgt": true, "lt": true, "capt": true, "col": true, "fr": true, "rev": true, "hon": true,
	"sra": true, "srta": true, "dept": true, "mt": true, "sen": true, "cpt": true, "maj": true, "pvt": true, "spc": true,
	"cpl": true, "sfc": true, "ssg": true,
}

// abbreviationSet is abbreviations as a wordSet: the tokenizer asks about
// every word before a full stop, and the set turns most away by first byte
// and length, without hashing.
var abbreviationSet = setOf(abbreviations)

// tokenize splits text into tokens and sentences. Hyphens and apostrophes
// separate words ("risk-free" is "risk free", "patient's" is "patient s"),
// and the phrase lists are tokenized the same way, so both spellings match.
// Invalid UTF-8 bytes are treated as separators.
func tokenize(text string) ([]token, []sentence) {
	return tokenizeInto(make([]token, 0, len(text)/5+1), nil, text)
}

// tokenizeInto is tokenize appending to toks and sents (both empty), so a
// pooled scan reuses their memory.
func tokenizeInto(toks []token, sents []sentence, text string) ([]token, []sentence) {
	tz := tokenizer{text: text, toks: toks, sents: sents, sentStart: -1}
	tz.run()
	tz.endSentence(len(text))
	lowerTokens(tz.toks, text)
	// Each token was tagged with the number of sentences before it, which is
	// the index its sentence gets: a sentence is added, at its end, only
	// when it holds tokens, and always then.
	return tz.toks, tz.sents
}

// tokenizer is tokenizeInto's state. It is a struct the loop reaches by
// pointer, so that only the byte position stays in a register: with the
// slices as locals, the compiler stored and reloaded all of them at every
// character, which cost more than the reading itself.
type tokenizer struct {
	text  string
	toks  []token
	sents []sentence
	// sentStart is the first byte of the open sentence (-1: none open),
	// sentTok the index of its first token.
	sentStart, sentTok int
}

// run splits the whole text.
func (tz *tokenizer) run() {
	text := tz.text
	for i := 0; i < len(text); {
		// What the character at i starts: for ASCII (most of a post) a
		// table says, without decoding it or asking the unicode tables.
		r, w := rune(text[i]), 1
		var what charStart
		if r < utf8.RuneSelf {
			what = asciiStart[r]
		} else {
			r, w = utf8.DecodeRuneInString(text[i:])
			what = startOf(r, w)
		}
		switch what {
		case startSkip:
			i += w
		case startLine:
			// A blank line or a line break ends a sentence: posts use line
			// breaks where prose would use full stops.
			tz.endSentence(i)
			i += w
		case startWord:
			i = tz.word(i, r)
		default:
			tz.punct(i, w, r)
			i += w
		}
	}
}

// word adds the word that starts at byte i with rune r, and returns where
// it ends.
func (tz *tokenizer) word(i int, r rune) int {
	text := tz.text
	// Most words are ASCII letters and digits alone, read here in a tight
	// loop; a word that starts or goes on beyond ASCII is read again by
	// wordEnd, which decodes.
	j := i
	var shape wordShape
	for j < len(text) {
		cls := asciiClass[text[j]]
		if cls&classAlnum == 0 {
			break
		}
		shape |= wordShape(cls)
		j++
	}
	number := shape&(classLower|classUpper) == 0
	if j < len(text) && text[j] >= utf8.RuneSelf {
		j, shape, number = wordEnd(text, i)
	}
	kind := tokWord
	if number {
		kind = tokNumber
	}
	if tz.sentStart < 0 {
		tz.sentStart = i
	}
	upperStart := asciiClass[text[i]]&classUpper != 0 || (r >= utf8.RuneSelf && unicode.IsUpper(r))
	// A word with capitals or bytes beyond ASCII keeps its text as low
	// until lowerTokens lowers it, with the others, in one string.
	tz.toks = append(tz.toks, token{start: i, end: j, low: text[i:j], kind: kind, capital: upperStart, shape: shape, sent: len(tz.sents)})
	return j
}

// punct adds the punctuation mark r, w bytes at byte i; a full stop, an
// exclamation or a question mark ends the sentence, unless the stop closes
// an abbreviation or sits in a decimal number.
func (tz *tokenizer) punct(i, w int, r rune) {
	text := tz.text
	if tz.sentStart < 0 {
		tz.sentStart = i
	}
	tz.toks = append(tz.toks, token{start: i, end: i + w, low: text[i : i+w], kind: tokPunct, sent: len(tz.sents)})
	if r == '.' || r == '!' || r == '?' {
		n, next := len(tz.toks), i+w
		prevAbbrev := n >= 2 && tz.toks[n-2].kind == tokWord && r == '.' && isAbbreviation(tz.toks[n-2].low)
		decimal := r == '.' && next < len(text) && text[next] >= '0' && text[next] <= '9'
		// "S.L.M., 7, ...", "Acme Inc., our neighbor": a stop a comma
		// follows closes an abbreviation, not the sentence.
		comma := r == '.' && next < len(text) && text[next] == ','
		if !prevAbbrev && !decimal && !comma && !(r == '.' && tz.initialGoesOn(next)) {
			tz.endSentence(next)
		}
	}
}

// initialGoesOn reports whether the full stop just added, ending at byte
// next, closes a person's initial that the sentence goes on past: a
// capital letter alone before it, and after it another initial glued on
// ("R.O."), an aside or a lower-case word ("R.O. (you know who you are)
// just hit 90 days"), or a capitalized word when the initial opens the
// sentence or follows a word that leads to a name ("J. Hill is back",
// "congrats to T. Rice"). "Take your vitamin D. Sun helps" and "Plan B.
// Ask us" still end there.
func (tz *tokenizer) initialGoesOn(next int) bool {
	n := len(tz.toks)
	if n < 2 {
		return false
	}
	if w := &tz.toks[n-2]; w.kind != tokWord || !w.capital || w.end-w.start != 1 || w.end != tz.toks[n-1].start {
		return false
	}
	text := tz.text
	if next < len(text) && asciiClass[text[next]]&(classLower|classUpper) != 0 {
		return true // "R.O."
	}
	i := next
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if i == next || i >= len(text) {
		return false
	}
	switch c := text[i]; {
	case c == '(' || (c >= 'a' && c <= 'z'):
		return true
	case c >= 'A' && c <= 'Z':
		if n == tz.sentTok+2 {
			return true // the initial opens the sentence
		}
		before := &tz.toks[n-3]
		if tz.unitOrSchoolLetter(n - 2) {
			return false
		}
		return before.kind == tokPunct && before.low != "." || initialLeads.has(before.low)
	}
	return false
}

// unitOrSchoolLetter reports whether the capital letter at token k is a
// unit or a school's letter, not a person's initial (session 16,
// t16clean): after a degree sign or glued to a number ("below –20°F.
// Cover your ears", "98F."), or after "U of" ("from the U of A. Come say
// hi"). The full stop after it ends the sentence as any other does.
func (tz *tokenizer) unitOrSchoolLetter(k int) bool {
	if k < 1 {
		return false
	}
	before := &tz.toks[k-1]
	if before.low == "°" || before.kind == tokNumber && before.end == tz.toks[k].start {
		return true
	}
	return k >= 2 && strings.EqualFold(before.low, "of") && strings.EqualFold(tz.toks[k-2].low, "u")
}

// initialLeads are the words before a person's initial: "congrats to T.
// Rice", "thanks, A. Park", "with J. Hill".
var initialLeads = newWordSet([]string{"to", "and", "with", "for", "from", "by", "of", "congrats", "congratulations", "thanks",
	"thank", "welcome", "meet", "&", "+", "love", "hi", "hey"})

// endSentence closes the open sentence, if it holds tokens, at byte end.
func (tz *tokenizer) endSentence(end int) {
	if tz.sentStart >= 0 && len(tz.toks) > tz.sentTok {
		tz.sents = append(tz.sents, sentence{start: tz.sentStart, end: end, tokStart: tz.sentTok, tokEnd: len(tz.toks)})
	}
	tz.sentStart, tz.sentTok = -1, len(tz.toks)
}

// wordEnd reads the word (letters, digits, combining marks) starting at
// text[i] and returns where it ends, its shape, and whether it is a number
// (digits alone). ASCII bytes are classed by asciiClass, without the
// unicode tables.
func wordEnd(text string, i int) (end int, shape wordShape, number bool) {
	j := i
	digits := true // no rune beyond ASCII is a letter or mark
	for {
		// ASCII letters and digits, most of a word, in a loop of their
		// own: a byte beyond ASCII has no classAlnum and ends it.
		for j < len(text) {
			cls := asciiClass[text[j]]
			if cls&classAlnum == 0 {
				break
			}
			shape |= wordShape(cls)
			j++
		}
		if j >= len(text) || text[j] < utf8.RuneSelf {
			break
		}
		r, w := utf8.DecodeRuneInString(text[j:])
		// Marks belong to their letter: "ा" of Hindi "धन्यवाद" (Mc) as
		// the accent of a decomposed "é" (Mn).
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)) || (r == utf8.RuneError && w <= 1) {
			break
		}
		if !unicode.IsDigit(r) {
			digits = false
		}
		shape |= classNonASCII
		j += w
	}
	return j, shape, digits && shape&(classLower|classUpper) == 0
}

// charStart says what a character starts in tokenizeInto.
type charStart uint8

const (
	startPunct charStart = iota // a punctuation mark or symbol: a token of its own
	startSkip                   // a space, or a hyphen or apostrophe that splits words
	startLine                   // a line break, which ends a sentence
	startWord                   // a letter, digit or combining mark: a word starts
)

// startOf says what rune r (w bytes of the text) starts. Hyphens and
// apostrophes separate words, and invalid UTF-8 bytes are separators too.
func startOf(r rune, w int) charStart {
	switch {
	case r == utf8.RuneError && w <= 1, r == '-', r == '\'', r == '’', r == '‐', r == '‑':
		return startSkip
	case r == '\n':
		return startLine
	case unicode.IsSpace(r):
		return startSkip
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
		return startWord
	}
	return startPunct
}

// asciiStart is startOf for each ASCII character.
var asciiStart = func() (t [utf8.RuneSelf]charStart) {
	for c := range t {
		t[c] = startOf(rune(c), 1)
	}
	return t
}()

// isAbbreviation reports whether word, in lower case, is one of
// abbreviations. The tokenizer asks before it has lowered the words.
func isAbbreviation(word string) bool {
	if len(word) > 8 {
		return abbreviationSet.has(strings.ToLower(word))
	}
	var buf [8]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf { // found while lowering: no isASCII pass first
			return abbreviationSet.has(strings.ToLower(word))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if len(word) > 0 && !abbreviationSet.mayHave(buf[0], len(word)) {
		return false // most words: turned away before the bytes become a string
	}
	return abbreviationSet.has(string(buf[:len(word)]))
}

// lowerTokens sets the low of the words that may not be lower case (those
// with capitals or bytes beyond ASCII, still their text) to
// strings.ToLower of it. The lowered words share one string, so a post with
// capitals costs one allocation rather than one per capitalized word.
func lowerTokens(toks []token, text string) {
	var pendBuf [32]int
	pending := pendBuf[:0] // the tokens to lower
	n := 0
	for i := range toks {
		if toks[i].needsLower() {
			pending = append(pending, i)
			n += toks[i].end - toks[i].start
		}
	}
	if n == 0 {
		return
	}
	var b strings.Builder
	b.Grow(n)
	var offBuf [32]int
	offs := offBuf[:0] // where each lowered word starts in b
	for _, i := range pending {
		w := text[toks[i].start:toks[i].end]
		offs = append(offs, b.Len())
		if toks[i].shape.ascii() {
			for k := 0; k < len(w); k++ {
				c := w[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
		} else {
			b.WriteString(strings.ToLower(w))
		}
	}
	all := b.String()
	for k, i := range pending {
		end := len(all)
		if k+1 < len(offs) {
			end = offs[k+1]
		}
		toks[i].low = all[offs[k]:end]
	}
}

// needsLower reports whether a word token's text may differ from its lower
// case: it has an ASCII capital or a byte beyond ASCII.
func (t *token) needsLower() bool {
	return t.kind != tokPunct && t.shape&(classUpper|classNonASCII) != 0
}

// isASCII reports whether every byte of s is below 0x80. It reads eight
// bytes at a time: the checker asks it of every text it checks.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		// The compiler loads the eight bytes as one word.
		if (uint64(w[0])|uint64(w[1])<<8|uint64(w[2])<<16|uint64(w[3])<<24|uint64(w[4])<<32|uint64(w[5])<<40|uint64(w[6])<<48|uint64(w[7])<<56)&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isWordByte reports whether b is an ASCII letter, digit or underscore.
func isWordByte(b byte) bool { return asciiClass[b]&classWord != 0 }

// asciiClass answers isWordByte, and the tokenizer's questions about a
// word's bytes, with one table look-up each: the tokenizer and findAt ask
// them about most bytes of a text.
var asciiClass = func() (t [256]uint8) {
	for c := range 256 {
		b := byte(c)
		if ('0' <= b && b <= '9') || ('a' <= b && b <= 'z') || ('A' <= b && b <= 'Z') {
			t[c] |= classAlnum | classWord
		}
		if b == '_' {
			t[c] |= classWord
		}
		switch {
		case 'a' <= b && b <= 'z':
			t[c] |= classLower
		case 'A' <= b && b <= 'Z':
			t[c] |= classUpper
		case '0' <= b && b <= '9':
			t[c] |= classDigit
		case b >= utf8.RuneSelf:
			t[c] |= classNonASCII
		}
		if strings.IndexByte("aeiouy", b) >= 0 {
			t[c] |= classVowel
		}
	}
	return t
}()

// The classes of asciiClass: classAlnum for the tokenizer, classWord for
// isWordByte, the others for wordShape (gathered by the tokenizer too).
const (
	classAlnum = 1 << iota
	classWord
	classLower
	classUpper
	classDigit
	classVowel // a lower-case ASCII vowel (y counts)
	classNonASCII
)

// wordShape is what one pass over a word's bytes learns (asciiClass bits
// OR-ed together): whether it has lower-case or upper-case ASCII letters,
// digits, lower-case ASCII vowels, and bytes outside ASCII. The tokenizer
// gathers it as it reads each word (token.shape). For an ASCII word it
// answers hasVowel, isCapitals and the rune count at once; otherwise the
// full functions decide.
type wordShape uint8

// shapeOf returns the shape of the word w.
func shapeOf(w string) wordShape {
	var sh wordShape
	for i := 0; i < len(w); i++ {
		sh |= wordShape(asciiClass[w[i]])
	}
	return sh
}

// may reports whether the word may hold a byte of class c: surely not
// when it is all ASCII and has none.
func (sh wordShape) may(c uint8) bool { return sh&wordShape(c|classNonASCII) != 0 }

func (sh wordShape) ascii() bool { return sh&classNonASCII == 0 }

// hasVowel is hasVowel(w) for the word sh is the shape of.
func (sh wordShape) hasVowel(w string) bool {
	if sh.ascii() {
		return sh&classVowel != 0
	}
	return hasVowel(w)
}

// isCapitals is isCapitals(w) for the word sh is the shape of.
func (sh wordShape) isCapitals(w string) bool {
	if sh.ascii() {
		return sh&classUpper != 0 && sh&classLower == 0
	}
	return isCapitals(w)
}

// noLower is isUpperWord(w) for the word sh is the shape of.
func (sh wordShape) noLower(w string) bool {
	if sh.ascii() {
		return sh&classLower == 0
	}
	return isUpperWord(w)
}

// runeCount is utf8.RuneCountInString(w) for the word sh is the shape of.
func (sh wordShape) runeCount(w string) int {
	if sh.ascii() {
		return len(w)
	}
	return utf8.RuneCountInString(w)
}

// tokenizePhrase splits one phrase of a list the way tokenize splits text.
func tokenizePhrase(p string) []string {
	toks, _ := tokenize(p)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.low
	}
	return out
}

// appendDigits appends the ASCII digits of s to dst: digitsOf without a
// string of its own, for a caller that keeps the digits in a buffer on its
// stack.
func appendDigits(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			dst = append(dst, s[i])
		}
	}
	return dst
}

// digitsOf returns the ASCII digits of s.
func digitsOf(s string) string {
	// Counted first: a text of digits alone is returned as it is, and
	// any other is built in one allocation of the right size. Phone,
	// card and date checks call this for every number-shaped match.
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	if n == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(n)
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// numberBoundary reports whether text[start:end] is not glued to more digits
// on either side (directly or across one separator), so "555-123-4567" is
// not found inside a longer card or account number.
func numberBoundary(text string, start, end int) bool {
	isD := func(i int) bool { return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9' }
	isSep := func(i int) bool {
		return i >= 0 && i < len(text) && (text[i] == '-' || text[i] == '.' || text[i] == ' ')
	}
	if isD(start-1) || (isSep(start-1) && isD(start-2) && text[start-1] != ' ') {
		return false
	}
	if isD(end) || (isSep(end) && isD(end+1) && text[end] != ' ') {
		return false
	}
	return true
}
