package readability

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Splitting text into words and sentences, in one pass and without
// allocating per character, so Analyze stays linear in the text's length.
//
// A word is a run of letters, digits and combining marks; an apostrophe or a
// full stop between two such characters stays inside it ("doesn't", "U.S",
// "3.5", "example.com"), while hyphens and dashes split ("one-size-fits-all"
// is four words, as twine counts it).
//
// A sentence ends at ! or ?, or at a full stop that does not close an
// abbreviation ("Dr.", "e.g.", "U.S.", a single initial), when what follows
// (after closing quotes or brackets and a space) does not start in lower
// case; and at a blank line. "(He worked there.) at the clinic" stays one
// sentence because "at" is lower case.

// token is a word and what the scanner learned about the text after it.
type token struct {
	word string
	// endsSentence is set when a sentence boundary follows the word.
	endsSentence bool
	// skip marks a run that is not prose: a link, an e-mail address, an
	// @handle, a #hashtag or a phone number. A reader does not read it
	// as words, and counted as one it skews the formulas (a booking link
	// is a 38-letter "word" to Coleman–Liau), so Analyze counts none of
	// its letters, syllables or words, only the sentence end after it.
	skip bool
}

// scanner walks text, yielding one word at a time.
type scanner struct {
	text string
	pos  int
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // ASCII: letters and digits; no combining marks
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord is isWordRune for ASCII bytes, as a table: next asks about
// every byte of the text, and a look-up is cheaper than the call. Bytes
// beyond ASCII are false: a multi-byte rune is decoded and asked.
var asciiWord = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

// next returns the next word, or ok=false at the end of the text.
func (s *scanner) next() (t token, ok bool) {
	// The position is kept in a local while the loops run: it stays in a
	// register, where s.pos would be stored and loaded for every byte.
	text, pos := s.text, s.pos
	// Skip to the start of a word, noting a sentence break on the way
	// (punctuation between words belongs to the preceding word's check).
	for pos < len(text) {
		c := text[pos]
		if asciiWord[c] {
			break
		}
		if c < utf8.RuneSelf { // ASCII: no decoding
			pos++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[pos:])
		if isWordRune(r) {
			break
		}
		pos += size
	}
	if pos >= len(text) {
		s.pos = pos
		return token{}, false
	}
	start := pos
	dotted := false // a full stop inside the word: it may be a domain
	for pos < len(text) {
		// ASCII letters and digits, most of a word, in a loop of their own.
		for pos < len(text) && asciiWord[text[pos]] {
			pos++
		}
		if pos >= len(text) {
			break
		}
		r, size := rune(text[pos]), 1
		if r >= utf8.RuneSelf {
			if r, size = utf8.DecodeRuneInString(text[pos:]); isWordRune(r) {
				pos += size
				continue
			}
		}
		if (r == '\'' || r == '’' || r == '.') && pos+size < len(text) {
			if r2, _ := utf8.DecodeRuneInString(text[pos+size:]); isWordRune(r2) {
				dotted = dotted || r == '.'
				pos += size
				continue
			}
		}
		break
	}
	s.pos = pos
	return s.word(start, dotted), true
}

// word returns the token of the word text[start:s.pos] (dotted: a full
// stop inside), reading what follows it: whether a sentence ends there,
// and whether the word starts a run that is not prose (then s.pos moves
// to the run's end).
func (s *scanner) word(start int, dotted bool) (t token) {
	text, pos := s.text, s.pos
	// Most words are prose followed by one space and the next word: no
	// sentence ends after them, and notProse and boundaryAfter would say
	// so at the cost of two calls a word. The test is theirs, in short: not
	// after '@' or '#', not before "://" or '@' (a space follows), no full
	// stop inside, not starting with a digit; then boundaryAfter's own
	// first test.
	if !dotted && pos+1 < len(text) && text[pos] == ' ' && text[start] > '9' &&
		(start == 0 || (text[start-1] != '@' && text[start-1] != '#')) {
		if c := text[pos+1]; c < utf8.RuneSelf && c != ' ' && (c < '\t' || c > '\r') {
			t.word = text[start:pos]
			return t
		}
	}
	// A word that notProse would pass over all the same (no full stop
	// inside, not a number, not after '@' or '#', not before ':' or '@')
	// goes straight to boundaryAfter: most words before a comma or a full
	// stop.
	if !dotted && text[start] > '9' && (start == 0 || (text[start-1] != '@' && text[start-1] != '#')) &&
		(pos >= len(text) || (text[pos] != ':' && text[pos] != '@')) {
		t.word = text[start:pos]
		t.endsSentence = s.boundaryAfter(t.word)
		return t
	}
	if end := s.notProse(start, dotted); end > 0 {
		s.pos = end
		t.skip = true
		t.endsSentence = s.boundaryAfter("")
		return t
	}
	t.word = text[start:pos]
	t.endsSentence = s.boundaryAfter(t.word)
	return t
}

// notProse looks at the word just read, text[start:s.pos], and what is
// around it. When the word begins a link, an e-mail address, an @handle, a
// #hashtag or a phone number, it returns where that run ends (trailing
// sentence punctuation left out, so the sentence end is still seen);
// otherwise 0. dotted says the word holds a full stop: only then can it be
// a domain.
func (s *scanner) notProse(start int, dotted bool) int {
	text, end := s.text, s.pos
	word := text[start:end]
	switch {
	case start > 0 && (text[start-1] == '@' || text[start-1] == '#'):
		return s.runEnd(end) // @handle, #hashtag
	case strings.HasPrefix(text[end:], "://"), end < len(text) && text[end] == '@' && end+1 < len(text) && isWordByte(text[end+1]):
		return s.runEnd(end) // a link with a scheme, an e-mail address
	case dotted && looksLikeDomain(word):
		return s.runEnd(end) // example.com, example.com/book
	case word[0] >= '0' && word[0] <= '9':
		from := start
		if from > 0 && text[from-1] == '(' {
			from--
		}
		if n := phoneLen(text[from:]); n > 0 {
			return from + n
		}
	}
	return 0
}

// runEnd returns the end of the run of non-space bytes from i, less any
// trailing punctuation that may end a sentence or close a bracket.
func (s *scanner) runEnd(i int) int {
	for i < len(s.text) {
		r, size := utf8.DecodeRuneInString(s.text[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += size
	}
	for i > s.pos && strings.IndexByte(".,;:!?)]\"'", s.text[i-1]) >= 0 {
		i--
	}
	return i
}

// looksLikeDomain reports a word such as "example.com" or "www.cdc.gov":
// labels joined by full stops, the last of two or more lower-case ASCII
// letters. "U.S", "e.g" and "3.5" are not.
func looksLikeDomain(word string) bool {
	dot := strings.LastIndexByte(word, '.')
	if dot <= 0 {
		return false
	}
	tld := word[dot+1:]
	if len(tld) < 2 || len(tld) > 24 {
		return false
	}
	for i := 0; i < len(tld); i++ {
		if tld[i] < 'a' || tld[i] > 'z' {
			return false
		}
	}
	return true
}

// phoneLen returns the length of a North American phone number at the
// start of t ("(614) 555-2368", "614.555.2368", "1-800-222-1222"), or 0.
func phoneLen(t string) int {
	i := 0
	digits := func(n int) bool {
		if i+n > len(t) {
			return false
		}
		for k := 0; k < n; k++ {
			if t[i+k] < '0' || t[i+k] > '9' {
				return false
			}
		}
		i += n
		return true
	}
	sep := func() {
		if i < len(t) && (t[i] == '-' || t[i] == '.' || t[i] == ' ') {
			i++
		}
	}
	if strings.HasPrefix(t, "1-") || strings.HasPrefix(t, "1 ") || strings.HasPrefix(t, "1.") {
		i = 2
	}
	if i < len(t) && t[i] == '(' {
		i++
		if !digits(3) || i >= len(t) || t[i] != ')' {
			return 0
		}
		i++
	} else if !digits(3) {
		return 0
	}
	sep()
	if !digits(3) {
		return 0
	}
	if i >= len(t) || (t[i] != '-' && t[i] != '.' && t[i] != ' ') {
		return 0
	}
	i++
	if !digits(4) || (i < len(t) && t[i] >= '0' && t[i] <= '9') {
		return 0
	}
	return i
}

// sentenceByte marks the ASCII bytes boundaryAfter must look past or
// at: terminal punctuation, closing quotes and brackets, and spaces.
// After a word, any other ASCII byte means no sentence ends there.
var sentenceByte = func() (t [utf8.RuneSelf]bool) {
	for _, c := range ".!?)]\"' \t\n\v\f\r" {
		t[c] = true
	}
	return t
}()

func isWordByte(b byte) bool {
	return ('a' <= b && b <= 'z') || ('A' <= b && b <= 'Z') || ('0' <= b && b <= '9')
}

// boundaryAfter looks at the punctuation and space after the word just read
// and reports whether a sentence ends there. It does not move s.pos past
// anything but what it must look at, and looks at most to the next word.
func (s *scanner) boundaryAfter(word string) bool {
	i := s.pos
	// Most words are followed by one space and the next word: no
	// punctuation, so no boundary, whatever comes next.
	if i+1 < len(s.text) && s.text[i] == ' ' {
		if c := s.text[i+1]; c < utf8.RuneSelf && c != ' ' && (c < '\t' || c > '\r') {
			return false
		}
	}
	// An ASCII mark that neither ends a sentence, closes a bracket or a
	// quote, nor is a space (a comma, a semicolon, a dash): no boundary.
	if i < len(s.text) {
		if c := s.text[i]; c < utf8.RuneSelf && !sentenceByte[c] {
			return false
		}
	}
	terminal, stop, newlines := false, false, 0
	// Terminal punctuation, possibly repeated ("?!", "...").
punctuation:
	for i < len(s.text) {
		r, size := utf8.DecodeRuneInString(s.text[i:])
		switch r {
		case '.', '…':
			stop = true
		case '!', '?':
			terminal = true
		default:
			break punctuation
		}
		i += size
	}
	if stop && !terminal && !isAbbreviation(word) {
		terminal = true
	}
	// Closing quotes and brackets, then space.
	for i < len(s.text) {
		r, size := utf8.DecodeRuneInString(s.text[i:])
		if r == ')' || r == ']' || r == '"' || r == '\'' || r == '”' || r == '’' || r == '»' {
			i += size
			continue
		}
		break
	}
	sawSpace := i >= len(s.text)
	for i < len(s.text) {
		r, size := utf8.DecodeRuneInString(s.text[i:])
		if !unicode.IsSpace(r) {
			if newlines >= 2 {
				return true // a blank line ends a sentence whatever precedes it
			}
			if !terminal || !sawSpace {
				return false
			}
			return !unicode.IsLower(r)
		}
		if r == '\n' {
			newlines++
		}
		sawSpace = true
		i += size
	}
	return true // end of text
}

// abbreviations are words that a full stop follows without ending the
// sentence. Lower case; "etc." is left out because it usually does end one.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "drs": true, "prof": true, "st": true,
	"jr": true, "sr": true, "vs": true, "inc": true, "ltd": true, "co": true, "corp": true,
	"no": true, "nos": true, "fig": true, "approx": true, "dept": true, "est": true,
	"ave": true, "rd": true, "blvd": true, "mt": true, "ft": true, "appt": true, "min": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mon": true, "tue": true,
	"wed": true, "thu": true, "fri": true, "sat": true, "sun": true, "rn": true, "md": true,
}

// abbreviationLens holds, by first byte, a bit for each length (2 to 6)
// of the abbreviations starting with it: a word before a full stop is
// looked up in the map only when one of the same first byte and length is
// listed, which turns away most words ("morning.", "com.", "noon.") for a
// table look where the map hashed them.
var abbreviationLens = func() (t [256]uint8) {
	for a := range abbreviations {
		t[a[0]] |= 1 << len(a)
	}
	return t
}()

// isAbbreviation reports a word that a full stop does not end a sentence
// after: a listed abbreviation, a single letter (an initial), or letters
// separated by full stops ("U.S", "e.g").
func isAbbreviation(word string) bool {
	if isASCII(word) {
		return isAbbreviationASCII(word)
	}
	n := utf8.RuneCountInString(word)
	if n == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsLetter(r)
	}
	if n <= 6 {
		var buf [32]byte
		lower := buf[:0]
		for _, r := range word {
			lower = utf8.AppendRune(lower, unicode.ToLower(r))
		}
		if abbreviations[string(lower)] {
			return true
		}
	}
	// Initialism: single letters joined by full stops.
	prevLetter := false
	sawDot := false
	for _, r := range word {
		switch {
		case r == '.':
			if !prevLetter {
				return false
			}
			sawDot, prevLetter = true, false
		case unicode.IsLetter(r) && !prevLetter:
			prevLetter = true
		default:
			return false
		}
	}
	return sawDot
}

// isAbbreviationASCII is isAbbreviation for an ASCII word, byte by byte:
// a rune is a byte, and a letter and its lower case are ASCII's.
func isAbbreviationASCII(word string) bool {
	if len(word) == 1 {
		return isASCIILetter(word[0])
	}
	if len(word) >= 2 && len(word) <= 6 && abbreviationLens[word[0]|0x20]&(1<<len(word)) != 0 {
		var buf [6]byte
		for i := 0; i < len(word); i++ {
			c := word[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if abbreviations[string(buf[:len(word)])] {
			return true
		}
	}
	// Initialism: single letters joined by full stops.
	prevLetter, sawDot := false, false
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case c == '.':
			if !prevLetter {
				return false
			}
			sawDot, prevLetter = true, false
		case isASCIILetter(c) && !prevLetter:
			prevLetter = true
		default:
			return false
		}
	}
	return sawDot
}

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// isASCII reports whether every byte of s is below utf8.RuneSelf.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
