package readability

import (
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

// next returns the next word, or ok=false at the end of the text.
func (s *scanner) next() (t token, ok bool) {
	// Skip to the start of a word, noting a sentence break on the way
	// (punctuation between words belongs to the preceding word's check).
	for s.pos < len(s.text) {
		if c := s.text[s.pos]; c < utf8.RuneSelf { // ASCII: no decoding
			if isWordRune(rune(c)) {
				break
			}
			s.pos++
			continue
		}
		r, size := utf8.DecodeRuneInString(s.text[s.pos:])
		if isWordRune(r) {
			break
		}
		s.pos += size
	}
	if s.pos >= len(s.text) {
		return token{}, false
	}
	start := s.pos
	for s.pos < len(s.text) {
		if c := s.text[s.pos]; c < utf8.RuneSelf && isWordRune(rune(c)) {
			s.pos++
			continue
		}
		r, size := utf8.DecodeRuneInString(s.text[s.pos:])
		if isWordRune(r) {
			s.pos += size
			continue
		}
		if (r == '\'' || r == '’' || r == '.') && s.pos+size < len(s.text) {
			if r2, _ := utf8.DecodeRuneInString(s.text[s.pos+size:]); isWordRune(r2) {
				s.pos += size
				continue
			}
		}
		break
	}
	t.word = s.text[start:s.pos]
	t.endsSentence = s.boundaryAfter(t.word)
	return t, true
}

// boundaryAfter looks at the punctuation and space after the word just read
// and reports whether a sentence ends there. It does not move s.pos past
// anything but what it must look at, and looks at most to the next word.
func (s *scanner) boundaryAfter(word string) bool {
	i := s.pos
	terminal, stop, newlines := false, false, 0
	// Terminal punctuation, possibly repeated ("?!", "...").
	for i < len(s.text) {
		r, size := utf8.DecodeRuneInString(s.text[i:])
		if r == '.' || r == '…' {
			stop = true
		} else if r == '!' || r == '?' {
			terminal = true
		} else {
			break
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

// isAbbreviation reports a word that a full stop does not end a sentence
// after: a listed abbreviation, a single letter (an initial), or letters
// separated by full stops ("U.S", "e.g").
func isAbbreviation(word string) bool {
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
