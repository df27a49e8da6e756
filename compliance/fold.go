package compliance

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/compliance/names"
)

// The rules read a folded copy of a text when the text hides words or
// numbers from them in ways a reader's eye does not notice: "SSN
// １２３‑４５‑６７８９" (fullwidth digits, non-breaking hyphens), "Ma\u2060ria"
// (an invisible joiner), "𝐌𝐚𝐫𝐢𝐚" (mathematical letters), "Mаria" (a
// Cyrillic а), "D a r n e l l" or "M-a-r-i-a" (letters spaced out),
// "p4tient" (leetspeak), "one two three four five six seven eight nine"
// (digits spelled out), "&#49;23" (an HTML entity), "new 🦵 knee" (an emoji
// inside a phrase) and "123-45-\n6789" (a number broken over two lines).
// Every rule reads the same folded text; each finding's span is mapped
// back to the bytes of the text as written, which the web UI highlights.
//
// Ordinary posts pay nothing: an ASCII text is folded only when one of
// its tokens shows an ASCII trick (needsFold), and most posts show none.

// folded is a text as the rules read it, with where each of its bytes came
// from in the text as written.
type folded struct {
	text string
	// from[i] and to[i] are the span of the written text that byte i of
	// text came from: one character, an entity, or a spelled digit.
	from, to []int32
}

// original returns the span of the written text that bytes [start,end) of
// the folded text came from. Spans are not always in order (a right-to-left
// override reverses its letters), so the span is the smallest one that
// covers every byte's source.
func (f *folded) original(start, end int) (int, int) {
	n := len(f.text)
	if start >= n {
		if n == 0 {
			return 0, 0
		}
		e := int(f.to[n-1])
		return e, e
	}
	if end <= start {
		a := int(f.from[start])
		return a, a
	}
	a, b := int(f.from[start]), int(f.to[start])
	for i := start + 1; i < end && i < n; i++ {
		a, b = min(a, int(f.from[i])), max(b, int(f.to[i]))
	}
	return a, b
}

// unit is one character of the folded text and the span of the written
// text it came from. r < 0 is an invalid byte kept as it was (-r-1).
type unit struct {
	r    rune
	a, b int32
}

// needsFold reports whether a text, tokenized, may read differently
// folded. It is false for most posts: ASCII with no spaced-out letters, no
// digits inside words, no spelled-out digits, no entity, no '@' or '$'
// inside a word and no number broken by a line break or spaced dashes.
// ascii says whether text is all ASCII (the scan knows it already).
func needsFold(text string, ascii bool, toks []token) bool {
	if !ascii || strings.Contains(text, "-\n") {
		return true
	}
	if i := strings.IndexByte(text, '&'); i >= 0 && i+1 < len(text) && (text[i+1] == '#' || isLetterByte(text[i+1])) {
		return true
	}
	single, spelled := 0, 0
	for i := range toks {
		t := &toks[i]
		switch t.kind {
		case tokPunct:
			c := t.low[0]
			if (c == '<' || c == '\\' || emphasis(rune(c))) && glued(toks, i) {
				return true // "536-<b>22", "**536**", "M**aria**", "536\-22"
			}
			if c == '@' && i > 0 && i+1 < len(toks) && toks[i+1].start != t.end && toks[i-1].kind == tokWord {
				return true // "maria @ gmail . com" (a handle, "@maple", has none after)
			}
			if (c == '(' || c == '[' || c == '{') && i+1 < len(toks) && toks[i+1].start == t.end && (toks[i+1].low == "at" || toks[i+1].low == "dot") {
				return true // "maria(at)gmail"
			}
			// A separator between spaced letters does not end their run.
			if (c == '@' || c == '$') && i > 0 && i+1 < len(toks) && toks[i-1].end == t.start && toks[i+1].start == t.end &&
				toks[i-1].kind == tokWord && toks[i+1].kind == tokWord {
				return true // "p@tient"
			}
			continue
		case tokNumber:
			if i > 0 && i+2 < len(toks) && toks[i-1].low == "(" && toks[i+1].low == ")" && toks[i+2].kind == tokNumber &&
				toks[i+2].end-toks[i+2].start != 3 {
				return true // "(536) 22-1234"
			}
			if i > 1 && toks[i-2].kind == tokNumber && (spacedDash(text[toks[i-2].end:t.start]) || oddSeparator(toks[i-1].low)) {
				return true // "03 / 14", "123 . 45", "536_22"
			}
			if i > 0 && toks[i-1].kind == tokNumber && spacedDash(text[toks[i-1].end:t.start]) {
				return true // "123 - 45"
			}
		case tokWord:
			// The shape holds classUpper when any byte is an ASCII capital:
			// most words have none, and need not be read again.
			if n := t.end - t.start; t.shape&classUpper != 0 && n >= 3 && text[t.start] >= 'a' && text[t.start] <= 'z' && text[t.end-1] >= 'A' && text[t.end-1] <= 'Z' {
				return true // "airaM": a word written backwards
			}
			if t.shape&classDigit != 0 && (isLetterByte(text[t.start]) || digitShaped(text[t.start:t.end]) || mixedNumber(t.low)) {
				return true // "p4tient", "D0B", "6l4", "5five"
			}
			if n := len(t.low); n >= 2 && n <= 9 && spellStart[t.low[0]] {
				if n >= 6 && (strings.HasPrefix(t.low, "ninet") || strings.HasPrefix(t.low, "hundred")) {
					return true // "ninety-three": an age over 89, spelled
				}
				if numberWord(t.low) >= 0 {
					if spelled++; spelled >= minSpelled {
						return true
					}
				}
			}
		}
		if t.end-t.start == 1 {
			if single++; single >= 3 {
				return true
			}
		} else {
			single = 0
		}
	}
	return false
}

// glued reports whether token i touches a word or number before or after
// it.
func glued(toks []token, i int) bool {
	t := &toks[i]
	return (i > 0 && toks[i-1].end == t.start && toks[i-1].kind != tokPunct) ||
		(i+1 < len(toks) && toks[i+1].start == t.end && toks[i+1].kind != tokPunct)
}

// spellStart holds the first letters of the spelled numbers (digitWord,
// numberWord; TestSpellStart checks it against them), so needsFold and
// joinSpelledDigits pass most words over at one look-up.
var spellStart = func() (t [256]bool) {
	for _, c := range "zotfsenh" {
		t[c] = true
	}
	return t
}()

// minSpelled is how many digits spelled out in a row make a number: four
// are a card's or an SSN's last four ("ending nine zero two one"); a post
// counting "one, two, three" says no number.
const minSpelled = 4

func isLetterByte(c byte) bool { return asciiClass[c]&(classLower|classUpper) != 0 }

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

func isAlnumRune(r rune) bool { return r < utf8.RuneSelf && r >= 0 && asciiClass[r]&classAlnum != 0 }

// spacedDash reports whether gap, the bytes between two numbers, is a dash
// or a dot with spaces around it ("123 - 45").
func spacedDash(gap string) bool {
	g := strings.TrimSpace(gap)
	return len(g) == 1 && (g == "-" || g == "." || g == "/") && len(gap) > 1
}

// digitWord returns the value of a spelled digit ("seven" is 7), or -1.
func digitWord(low string) int {
	switch low {
	case "zero", "oh":
		return 0
	case "one":
		return 1
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	case "seven":
		return 7
	case "eight":
		return 8
	case "nine":
		return 9
	}
	return -1
}

// foldMem is fold's working memory, kept with a pooled scan so that
// folding a post allocates only its text: the passes that rewrite the
// units into a new slice (decode, foldRunes, joinSpelledDigits,
// writeOldAges) each have a buffer of their own, so that none writes
// over the units it reads, and from and to back the result's spans. A
// post that needs folding (any with a non-ASCII letter, a spelled number
// or leetspeak) made six slices of 8 to 12 bytes per character: most of
// what a check of a real post allocated (BenchmarkCheckLabelled).
type foldMem struct {
	units    [4][]unit
	from, to []int32
}

// unitsFor returns buf emptied with room for n units; a pass appends to
// it. What the pass appends past that room is not kept for the next
// fold (only an expanding character, "ﬁ", needs it).
func unitsFor(buf *[]unit, n int) []unit {
	*buf = slices.Grow((*buf)[:0], n)
	return *buf
}

// fold returns text as the rules read it, and false when folding changes
// nothing. known tells whether a word undone from leetspeak is one the
// checklist reads (see Checker.leetTarget). The result's spans are in
// mem's memory, valid until mem is used again (nil: new memory).
func fold(text string, known func(low string) bool, mem *foldMem) (folded, bool) {
	if mem == nil {
		mem = new(foldMem)
	}
	// Most texts come here for a character beyond ASCII (a curly quote, an
	// accent, an emoji) and hold nothing most passes read: a pass first
	// asks whether the text holds a character its change needs (a digit,
	// a parenthesis, a line break...) and returns it untouched when not,
	// which is what its walk would have written (speed25_test.go).
	us := decode(text, unitsFor(&mem.units[0], len(text)))
	us = dropMarkup(us)
	us = reverseOverrides(us)
	us = turnUpright(us)
	us = spellIndicators(us)
	us = foldRunes(us, unitsFor(&mem.units[1], len(us)))
	us = foldHomoglyphs(us)
	us = dropInnerEmoji(us)
	us = joinBrokenLines(us)
	us = readAddresses(us)
	us = readDigitShapes(us, known)
	us = unwrapDigitGroups(us)
	us = joinSpelledDigits(us, unitsFor(&mem.units[2], len(us)))
	us = writeOldAges(us, unitsFor(&mem.units[3], len(us)))
	us = joinSpacedNumbers(us)
	us = oddSeparators(us)
	us = joinSingles(us)
	us = undoLeet(us, known)
	us = unreverseWords(us, known)
	var b strings.Builder
	b.Grow(len(text))
	mem.from, mem.to = slices.Grow(mem.from[:0], len(text)), slices.Grow(mem.to[:0], len(text))
	f := folded{from: mem.from, to: mem.to}
	var buf [utf8.UTFMax]byte
	for _, u := range us {
		n := 1
		if u.r < 0 {
			buf[0] = byte(-u.r - 1)
		} else {
			n = utf8.EncodeRune(buf[:], u.r)
		}
		b.Write(buf[:n])
		for range n {
			f.from, f.to = append(f.from, u.a), append(f.to, u.b)
		}
	}
	f.text = b.String()
	return f, f.text != text
}

// decode splits text into units, one per character, reading an HTML
// character reference ("&#49;", "&#x31;", "&nbsp;") as the character it
// names: a post shows it as typed, and a reader decodes it. It appends
// to us (empty).
func decode(text string, us []unit) []unit {
	for i := 0; i < len(text); {
		if text[i] == '&' {
			if r, n := entityAt(text[i:]); n > 0 {
				us = append(us, unit{r, int32(i), int32(i + n)})
				i += n
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && w <= 1 {
			r = -rune(text[i]) - 1
			w = 1
		}
		us = append(us, unit{r, int32(i), int32(i + w)})
		i += w
	}
	return us
}

// markupTags are the HTML tags a writer may put inside a word or number
// ("536-<b>22</b>-1234", "D<b></b>arnell"): networks show them as typed,
// and a reader reads past them. A tag that breaks a line reads as a space.
var markupTags = map[string]bool{"b": true, "i": true, "u": true, "s": true, "em": true, "strong": true, "span": true,
	"mark": true, "del": true, "ins": true, "sub": true, "sup": true, "small": true, "big": true, "font": true, "a": true,
	"code": true, "tt": true, "wbr": true, "br": false, "p": false, "div": false}

// tagAt returns the length of an HTML tag of markupTags at us[i] ('<'),
// and whether it stands inside a line (false: it breaks one); 0 when
// there is none.
func tagAt(us []unit, i int) (int, bool) {
	j := i + 1
	if j < len(us) && us[j].r == '/' {
		j++
	}
	k := j
	for k < len(us) && k-j < 6 && us[k].r >= 0 && us[k].r < utf8.RuneSelf && isLetterByte(byte(us[k].r)) {
		k++
	}
	inline, ok := markupTags[lowWord(us, j, k)]
	if !ok || k >= len(us) {
		return 0, false
	}
	for e := k; e < len(us) && e-i < 120; e++ {
		switch us[e].r {
		case '>':
			return e + 1 - i, inline
		case '<', '\n':
			return 0, false
		}
		if e == k && us[e].r != ' ' && us[e].r != '/' {
			return 0, false // "<bread": no tag
		}
	}
	return 0, false
}

// emphasis reports whether r marks emphasis in Markdown.
func emphasis(r rune) bool { return r == '*' || r == '_' || r == '~' || r == '`' }

// inLink reports whether the word holding us[i] is a handle, an
// e-mail address or a link, whose underscores and tildes are its own.
func inLink(us []unit, i int) bool {
	for k := i - 1; k >= 0 && us[k].r != ' ' && us[k].r != '\n' && us[k].r != '\t'; k-- {
		switch us[k].r {
		case '@', '/', '.', ':', '#':
			return true
		}
	}
	return false
}

// dropMarkup removes the markup a post's text may carry around or inside
// a word or number, which a network shows as typed and a reader reads
// past: HTML tags of markupTags, a Markdown escape before punctuation
// ("536\-22"), and a pair of like emphasis marks ("**536**", "M**aria**",
// "`x`") with no space between them. Marks with a space between ("f**k
// this s**t") or alone ("sh*t", "a**hole") are no pair: the conduct rules
// read those.
func dropMarkup(us []unit) []unit {
	if !slices.ContainsFunc(us, func(u unit) bool { return u.r == '<' || u.r == '\\' || emphasis(u.r) }) {
		return us // no tag, escape or mark: every character is kept as it is (see fold)
	}
	out := us[:0]
	// drop extends the span of the unit before over the dropped ones.
	drop := func(a, b int32) {
		if k := len(out) - 1; k >= 0 && out[k].b == a {
			out[k].b = b
		}
	}
	for i := 0; i < len(us); i++ {
		u := us[i]
		switch {
		case u.r == '<':
			if n, inline := tagAt(us, i); n > 0 {
				if inline {
					drop(u.a, us[i+n-1].b)
				} else {
					out = append(out, unit{' ', u.a, us[i+n-1].b})
				}
				i += n - 1
				continue
			}
		case u.r == '\\' && i+1 < len(us) && us[i+1].r < utf8.RuneSelf && us[i+1].r > ' ' && !isAlnumRune(us[i+1].r):
			drop(u.a, u.b) // "\-": the next character as written
			continue
		case emphasis(u.r):
			n := 1
			for i+n < len(us) && us[i+n].r == u.r {
				n++
			}
			if n > 2 {
				// "***-**-6629": a run of three marks is written as it
				// stands, all of it; its tail is no pair's opening.
				out = append(out, us[i:i+n]...)
				i += n - 1
				continue
			}
			if u.r != '*' && inLink(us, i) {
				break // "@tommy_b_runs", "example.com/~a~": as written
			}
			// the closing run: the same marks, no space or line between
			j := i + n
			for j < len(us) && us[j].r != u.r && us[j].r != ' ' && us[j].r != '\n' && us[j].r != '\t' {
				j++
			}
			m := 0
			for j+m < len(us) && us[j+m].r == u.r {
				m++
			}
			if m != n || j == i+n {
				break
			}
			if n == 1 && u.r == '*' && i > 0 && isASCIILetterRune(us[i-1].r) && j+1 < len(us) && isASCIILetterRune(us[j+1].r) {
				break // "b*llsh*t": single stars inside a word mask letters, the conduct rules read them
			}
			drop(u.a, us[i+n-1].b)
			out = append(out, us[i+n:j]...)
			drop(us[j].a, us[j+m-1].b)
			i = j + m - 1
			continue
		}
		out = append(out, u)
	}
	return out
}

// namedEntities are the HTML named references worth reading: spaces,
// dashes, invisible characters and the ASCII punctuation a post may hide
// a number or an address with.
var namedEntities = map[string]rune{
	"nbsp": ' ', "ensp": ' ', "emsp": ' ', "thinsp": ' ', "shy": 0xAD, "zwj": 0x200D, "zwnj": 0x200C,
	"hyphen": '-', "dash": '-', "ndash": '-', "mdash": '-', "minus": '-', "period": '.', "commat": '@', "at": '@',
	"amp": '&', "lt": '<', "gt": '>', "quot": '"', "apos": '\'', "num": '#', "sol": '/', "lpar": '(', "rpar": ')',
}

// entityAt reads an HTML character reference at the start of s, returning
// its character and length, or n == 0.
func entityAt(s string) (rune, int) {
	end := strings.IndexByte(s[:min(len(s), 12)], ';')
	if end < 3 {
		return 0, 0
	}
	body := s[1:end]
	if body[0] != '#' {
		if r, ok := namedEntities[strings.ToLower(body)]; ok {
			return r, end + 1
		}
		return 0, 0
	}
	base, digits := 10, body[1:]
	if digits != "" && (digits[0] == 'x' || digits[0] == 'X') {
		base, digits = 16, digits[1:]
	}
	if digits == "" {
		return 0, 0
	}
	var v rune
	for i := 0; i < len(digits); i++ {
		d := rune(-1)
		switch c := digits[i]; {
		case '0' <= c && c <= '9':
			d = rune(c - '0')
		case base == 16 && 'a' <= c|0x20 && c|0x20 <= 'f':
			d = rune(c|0x20-'a') + 10
		}
		if d < 0 {
			return 0, 0
		}
		v = v*rune(base) + d
	}
	if v == 0 || v > unicode.MaxRune || (v >= 0xD800 && v <= 0xDFFF) {
		return 0, 0
	}
	return v, end + 1
}

// reverseOverrides undoes a right-to-left override (U+202E): the letters
// after it show in reverse order up to a pop (U+202C) or the line's end,
// so "\u202ezepoL airaM" reads "Maria Lopez" on screen.
func reverseOverrides(us []unit) []unit {
	for i := 0; i < len(us); i++ {
		if us[i].r != 0x202E {
			continue
		}
		j := i + 1
		for j < len(us) && us[j].r != 0x202C && us[j].r != '\n' && us[j].r != 0x2029 {
			j++
		}
		for l, r := i+1, j-1; l < r; l, r = l+1, r-1 {
			us[l], us[r] = us[r], us[l]
		}
		i = j
	}
	return us
}

// upsideDown are the characters an "upside-down text" generator writes
// for a letter, digit or mark turned half a circle, with what they show
// turned back. Latin letters that turn into each other (b q, d p, n u,
// M W) and those that look the same turned (o s x z l H I N O S X Z, 0 8)
// are here too: they stand in the words around the turned ones.
var upsideDown = map[rune]rune{
	'ɐ': 'a', 'q': 'b', 'ɔ': 'c', 'p': 'd', 'ǝ': 'e', 'ɟ': 'f', 'ƃ': 'g', 'ᵷ': 'g', 'ɥ': 'h', 'ı': 'i', 'ᴉ': 'i',
	'ɾ': 'j', 'ʞ': 'k', 'l': 'l', 'ꞁ': 'l', 'ɯ': 'm', 'u': 'n', 'o': 'o', 'd': 'p', 'b': 'q', 'ɹ': 'r', 's': 's',
	'ʇ': 't', 'n': 'u', 'ʌ': 'v', 'ʍ': 'w', 'x': 'x', 'ʎ': 'y', 'z': 'z',
	'∀': 'A', 'ᗺ': 'B', 'ꓭ': 'B', '𐐒': 'B', 'Ɔ': 'C', 'ᗡ': 'D', 'ꓷ': 'D', 'Ǝ': 'E', 'Ⅎ': 'F', '⅁': 'G', 'H': 'H',
	'I': 'I', 'ſ': 'J', 'ꓘ': 'K', 'Ꞁ': 'L', '˥': 'L', 'ꓶ': 'L', '⅂': 'L', 'W': 'M', 'ꟽ': 'M', 'N': 'N', 'O': 'O', 'Ԁ': 'P', 'ꓤ': 'R',
	'ᴚ': 'R', 'S': 'S', 'ꓕ': 'T', '┴': 'T', '∩': 'U', 'Λ': 'V', 'M': 'W', 'X': 'X', '⅄': 'Y', 'Z': 'Z',
	'0': '0', 'Ɩ': '1', 'ᄅ': '2', 'Ɛ': '3', 'ㄣ': '4', 'ϛ': '5', '9': '6', 'ㄥ': '7', '8': '8', '6': '9',
	'¡': '!', '¿': '?', '˙': '.', '\'': ',', ',': '\'', '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{',
	'<': '>', '>': '<', '⅋': '&', '-': '-', '/': '/',
}

// turnedOnly reports whether r is a turned letter that no language's
// words use: a word holding one is written upside down. (Turkish ı, the
// open o of Akan and Ewe and the like are in upsideDown but not here.)
func turnedOnly(r rune) bool {
	switch r {
	case 'ɐ', 'ǝ', 'ɹ', 'ʇ', 'ʞ', 'ɯ', 'ɥ', 'ʍ', 'ʎ', 'ɟ', 'ƃ', 'ᴉ', 'ʌ', 'ꞁ', 'Ꞁ', '∀', 'Ǝ', 'Ⅎ', '⅁', 'ꓘ', '˥', 'ꓶ', '⅂', 'ꓤ',
		'ꓕ', '┴', '⅄', 'ᗡ', 'ꓷ', 'ᗺ', 'ꓭ', 'ꟽ', 'ᴚ':
		return true
	}
	return false
}

// turnUpright turns back text written upside down ("zǝdoꞀ ɐıɹɐW" shows
// "Maria Lopez" turned over): a run of words on one line, each made only
// of characters in upsideDown, first and last holding a turnedOnly letter,
// is read in reverse order with each character turned back. A run is one
// word or a whole line ("¡ǝǝuʞ ʍǝu sıɥ uo sʞooɹq llǝuɹɐp oʇ sʇɐɹƃuoƆ").
func turnUpright(us []unit) []unit {
	turned := false
	for _, u := range us {
		if u.r >= 0x1DD && turnedOnly(u.r) {
			turned = true
			break
		}
	}
	if !turned {
		return us // most texts: one look at each character
	}
	for i := 0; i < len(us); {
		end := i
		for end < len(us) && us[end].r != '\n' {
			end++
		}
		turnLine(us[i:end])
		i = end + 1
	}
	return us
}

// turnLine turns back each run of upside-down words in one line.
func turnLine(line []unit) {
	first, last := -1, -1 // the run: from its first turned word to the end of its last
	flush := func() {
		if first >= 0 {
			run := line[first:last]
			slices.Reverse(run)
			for k := range run {
				if c, ok := upsideDown[run[k].r]; ok {
					run[k].r = c // the spaces between the words stay
				}
			}
		}
		first, last = -1, -1
	}
	space := func(r rune) bool { return r == ' ' || r == '\t' || r == 0xA0 }
	for j := 0; j < len(line); {
		if space(line[j].r) {
			j++
			continue
		}
		k, turned, ok := j, false, true
		for ; k < len(line) && !space(line[k].r); k++ {
			if _, in := upsideDown[line[k].r]; !in {
				ok = false
			} else if turnedOnly(line[k].r) {
				turned = true
			}
		}
		switch {
		case !ok:
			flush() // a word written upright ends the run
		case turned:
			if first < 0 {
				first = j
			}
			last = k
		}
		j = k
	}
	flush()
}

// flagCodes are the region codes that a pair of regional-indicator
// letters shows as a flag: ISO 3166-1 alpha-2, and the few more emoji
// flags (EU, UN, XK, ...).
const flagCodes = "AC AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW " +
	"BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CP CR CU CV CW CX CY CZ DE DG DJ DK DM DO DZ EA EC EE EG EH ER ES ET EU FI FJ " +
	"FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU IC ID IE IL IM IN IO IQ IR IS IT " +
	"JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ " +
	"MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS " +
	"RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TA TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
	"UA UG UM UN US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW"

// flags reports whether a run of regional-indicator letters is a row of
// flags: an even count, each pair a region's code ("🇧🇷🇨🇴🇻🇪").
func flags(run []unit) bool {
	if len(run)%2 != 0 {
		return false
	}
	for k := 0; k < len(run); k += 2 {
		code := string([]rune{'A' + run[k].r - 0x1F1E6, 'A' + run[k+1].r - 0x1F1E6})
		if !strings.Contains(flagCodes, code) {
			return false
		}
	}
	return true
}

// spellIndicators reads a run of three regional-indicator letters or
// more that is no row of flags as capital letters ("🇩🇦🇷🇳🇪🇱🇱" shows
// DARNELL, each letter in a box). A pair alone is a flag and stays.
func spellIndicators(us []unit) []unit {
	const first, last = 0x1F1E6, 0x1F1FF
	for i := 0; i < len(us); {
		if us[i].r < first || us[i].r > last {
			i++
			continue
		}
		j := i
		for j < len(us) && us[j].r >= first && us[j].r <= last {
			j++
		}
		if j-i >= 3 && !flags(us[i:j]) {
			for k := i; k < j; k++ {
				us[k].r = 'A' + us[k].r - first
			}
		}
		i = j
	}
	return us
}

// invisible reports whether r shows nothing: format characters (soft
// hyphen, zero-width space and joiners, word joiner, byte-order mark,
// direction marks and overrides, tags), variation selectors, the
// combining grapheme joiner and keycap, and the Hangul fillers.
func invisible(r rune) bool {
	switch {
	case r == 0xAD, r == 0x34F, r == 0x20E3, r == 0x115F, r == 0x1160, r == 0x3164, r == 0xFFA0:
		return true
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF:
		return true
	}
	return unicode.Is(unicode.Cf, r)
}

// dashLike are the characters that read as a hyphen between digits.
func dashLike(r rune) bool {
	return unicode.Is(unicode.Pd, r) || r == 0x2212 || r == 0x2043 || r == 0x2796
}

// foldRunes folds one character at a time: invisible characters go, any
// space is a space and a line or paragraph separator a line break, a
// decimal digit of any script is its ASCII digit, a fullwidth ASCII
// character is ASCII, a letter or number with a compatibility form takes
// it (NFKC: mathematical and fullwidth letters, circled and superscript
// digits), a dash between digits is '-', a one-dot leader is '.', and a
// combining mark on a Latin letter is composed with it or dropped
// ("M̶a̶r̶i̶a̶").
//
// It appends to out (empty, not us's memory).
func foldRunes(us, out []unit) []unit {
	for i, u := range us {
		r := u.r
		switch {
		case r < utf8.RuneSelf:
			out = append(out, u)
		case invisible(r):
			if k := len(out) - 1; k >= 0 && out[k].b == u.a {
				out[k].b = u.b // a span ending at the letter takes what hides after it
			}
		case r == 0x2028 || r == 0x2029 || r == 0x85:
			out = append(out, unit{'\n', u.a, u.b})
		case unicode.Is(unicode.Zs, r):
			out = append(out, unit{' ', u.a, u.b})
		case unicode.Is(unicode.Nd, r):
			out = append(out, unit{'0' + digitValue(r), u.a, u.b})
		case r >= 0xFF01 && r <= 0xFF5E:
			out = appendFolded(out, r-0xFEE0, u)
		case r == 0x2024 || r == 0xFE52:
			out = append(out, unit{'.', u.a, u.b})
		case r == 0xFE6B:
			out = append(out, unit{'@', u.a, u.b})
		case dashLike(r):
			if identifierDash(out, us, i) {
				out = append(out, unit{'-', u.a, u.b})
			} else {
				out = append(out, u)
			}
		case unicode.In(r, unicode.Mn, unicode.Me):
			if k := len(out) - 1; k >= 0 && out[k].r >= 0 && (out[k].r < utf8.RuneSelf || unicode.Is(unicode.Latin, out[k].r)) {
				if c := []rune(norm.NFC.String(string(out[k].r) + string(r))); len(c) == 1 {
					out[k].r, out[k].b = c[0], u.b
				} else {
					out[k].b = u.b // a mark that does not compose is drawn over the letter: drop it
				}
				continue
			}
			out = append(out, u)
		case r >= 0x1F150 && r <= 0x1F189 && (r <= 0x1F169 || r >= 0x1F170):
			out = append(out, unit{'A' + (r-0x1F150)%32, u.a, u.b}) // negative circled and squared letters: 🅜, 🅼
		case unicode.In(r, unicode.L, unicode.No, unicode.Nl, unicode.So):
			k := norm.NFKC.String(string(r))
			if r >= 0x2474 && r <= 0x24B5 {
				// "⑴", "⒈", "⒜": a digit or letter in parentheses or with a full stop
				k = strings.Trim(k, "().")
			}
			if k != string(r) && k != "" && !strings.ContainsFunc(k, func(c rune) bool { return !unicode.In(c, unicode.L, unicode.N, unicode.M) }) {
				for _, c := range k {
					out = appendFolded(out, c, u)
				}
			} else {
				out = append(out, u)
			}
		default:
			out = append(out, u)
		}
	}
	return out
}

// appendFolded appends c for unit u, its digit folded to ASCII.
func appendFolded(out []unit, c rune, u unit) []unit {
	if c >= utf8.RuneSelf && unicode.Is(unicode.Nd, c) {
		c = '0' + digitValue(c)
	}
	return append(out, unit{c, u.a, u.b})
}

// digitValue is the value of a decimal digit of any script: Unicode
// encodes each script's digits 0 to 9 in a row.
func digitValue(r rune) rune {
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return (r - rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return (r - rune(rg.Lo)) % 10
		}
	}
	return 0
}

// identifierDash reports whether the dash us[i] joins the digit groups
// of an identifier ("123–45–6789", "555‒0142"): digits on both sides,
// and either three digits or more on each side or a third group. A range
// ("4–6 sessions", "10–12 weeks") keeps its dash: the date rule would read
// it as a date, which the writer did not write.
func identifierDash(out, us []unit, i int) bool {
	left, right := 0, 0
	for k := len(out) - 1; k >= 0 && isDigitRune(out[k].r); k-- {
		left++
	}
	j := i + 1
	for ; j < len(us) && digitUnit(us[j].r); j++ {
		right++
	}
	if left == 0 || right == 0 {
		return false
	}
	if left >= 3 && right >= 3 {
		return true
	}
	third := j+1 < len(us) && (us[j].r == '-' || us[j].r == us[i].r || dashLike(us[j].r)) && digitUnit(us[j+1].r)
	if k := len(out) - 1 - left; k >= 1 && out[k].r == '-' && isDigitRune(out[k-1].r) {
		third = true
	}
	return third
}

// digitUnit reports whether r is a decimal digit of any script.
func digitUnit(r rune) bool {
	return isDigitRune(r) || (r >= utf8.RuneSelf && unicode.Is(unicode.Nd, r)) || (r >= 0xFF10 && r <= 0xFF19)
}

// homoglyphs are Cyrillic, Greek, Armenian, Cherokee, Lisu and other
// letters drawn like a Latin letter, with that letter.
var homoglyphs = map[rune]rune{
	// Cyrillic
	'а': 'a', 'в': 'b', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's',
	'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'һ': 'h', 'ӏ': 'l', 'ү': 'y', 'ɡ': 'g', 'ѵ': 'v', 'ꙅ': 's',
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X',
	'І': 'I', 'Ј': 'J', 'Ѕ': 'S', 'Ү': 'Y', 'Ԁ': 'D', 'Ԛ': 'Q', 'Ԝ': 'W', 'Ӏ': 'I',
	// Greek
	'ο': 'o', 'ν': 'v', 'ι': 'i', 'κ': 'k', 'ρ': 'p', 'υ': 'u', 'α': 'a',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O',
	'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
	// Latin small capitals ("ᴍᴀʀɪᴀ", from "small text" generators)
	'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ꜰ': 'f', 'ɢ': 'g', 'ʜ': 'h', 'ɪ': 'i', 'ᴊ': 'j', 'ᴋ': 'k', 'ʟ': 'l',
	'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ǫ': 'q', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't', 'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ᴢ': 'z',
	// Latin and others drawn like a plain letter
	'ı': 'i', 'ɑ': 'a', 'ʏ': 'y', 'ℓ': 'l', 'ɩ': 'i', 'ȷ': 'j',
	// Armenian
	'օ': 'o', 'ս': 'u', 'ց': 'g', 'ո': 'n', 'հ': 'h', 'զ': 'q', 'Ս': 'U', 'Տ': 'S', 'Լ': 'L', 'Օ': 'O',
	// Cherokee capitals (its small letters are looked up by their
	// capital, in homoglyph)
	'Ꭺ': 'A', 'Ᏼ': 'B', 'Ꮯ': 'C', 'Ꭰ': 'D', 'Ꭼ': 'E', 'Ꮐ': 'G', 'Ꮋ': 'H', 'Ꭵ': 'i', 'Ꭻ': 'J', 'Ꮶ': 'K', 'Ꮮ': 'L',
	'Ꮇ': 'M', 'Ꮲ': 'P', 'Ꭱ': 'R', 'Ꮪ': 'S', 'Ꭲ': 'T', 'Ꮩ': 'V', 'Ꮃ': 'W', 'Ꭹ': 'Y', 'Ꮓ': 'Z', 'Ꮟ': 'b',
	// Lisu: an alphabet of Latin capitals
	'ꓮ': 'A', 'ꓐ': 'B', 'ꓚ': 'C', 'ꓓ': 'D', 'ꓰ': 'E', 'ꓝ': 'F', 'ꓖ': 'G', 'ꓧ': 'H', 'ꓲ': 'I', 'ꓙ': 'J', 'ꓗ': 'K',
	'ꓡ': 'L', 'ꓟ': 'M', 'ꓠ': 'N', 'ꓳ': 'O', 'ꓑ': 'P', 'ꓣ': 'R', 'ꓢ': 'S', 'ꓔ': 'T', 'ꓴ': 'U', 'ꓦ': 'V', 'ꓪ': 'W',
	'ꓫ': 'X', 'ꓬ': 'Y', 'ꓜ': 'Z',
}

// homoglyph returns the Latin letter r is drawn like. A Cherokee small
// letter is its capital drawn small: "ꮇ" is an m.
func homoglyph(r rune) (rune, bool) {
	if r < utf8.RuneSelf {
		// No ASCII character is a look-alike (homoglyphs has none, as
		// TestHomoglyphsNotASCII checks): foldHomoglyphs asks about every
		// letter of a text, nearly all of them ASCII, and a map look-up
		// each cost some 100 instructions.
		return 0, false
	}
	if r >= 0xAB70 && r <= 0xABBF {
		l, ok := homoglyphs[unicode.ToUpper(r)]
		return unicode.ToLower(l), ok
	}
	l, ok := homoglyphs[r]
	return l, ok
}

// foldHomoglyphs replaces homoglyphs in a word that is Latin but for them
// ("Mаria" with a Cyrillic а) or that is homoglyphs only ("РАТ"). A word
// with any other letter of another script is that script's word.
func foldHomoglyphs(us []unit) []unit {
	// A word changes only when it holds a look-alike, which is never
	// ASCII: a text with none (most texts folded, whose only other
	// characters are quotes, dashes, accents or emoji) is passed over at
	// a comparison per character, not a word-by-word reading of each
	// letter's script.
	if !slices.ContainsFunc(us, func(u unit) bool {
		if u.r < utf8.RuneSelf {
			return false
		}
		_, ok := homoglyph(u.r)
		return ok
	}) {
		return us
	}
	for i := 0; i < len(us); {
		if us[i].r < 0 || !unicode.IsLetter(us[i].r) {
			i++
			continue
		}
		j, glyphs, other := i, 0, false
		for ; j < len(us) && us[j].r >= 0 && unicode.IsLetter(us[j].r); j++ {
			r := us[j].r
			if _, ok := homoglyph(r); ok {
				glyphs++
			} else if r >= utf8.RuneSelf && !unicode.Is(unicode.Latin, r) {
				other = true
			}
		}
		if glyphs > 0 && !other && !(glyphs == j-i && besideWordOfScript(us, i, j)) {
			for k := i; k < j; k++ {
				if l, ok := homoglyph(us[k].r); ok {
					us[k].r = l
				}
			}
		}
		i = j
	}
	return us
}

// besideWordOfScript reports whether the word us[i:j], all look-alikes,
// stands next to a word of its own script that no look-alike folding
// touches ("в больнице", "вас в клинике", "ο γιατρός"): then it is that
// language's word, not Latin in disguise. A word that mixes Latin letters
// with look-alikes ("Mаria") is folded wherever it stands.
func besideWordOfScript(us []unit, i, j int) bool {
	var script *unicode.RangeTable
	for _, t := range []*unicode.RangeTable{unicode.Cyrillic, unicode.Greek, unicode.Armenian} {
		if unicode.Is(t, us[i].r) {
			script = t
		}
	}
	if script == nil {
		return false
	}
	own := func(k int) bool {
		_, glyph := homoglyph(us[k].r)
		return us[k].r >= 0 && unicode.Is(script, us[k].r) && !glyph
	}
	// The word before: skip spaces and punctuation on the same line.
	k := i - 1
	for k >= 0 && us[k].r != '\n' && (us[k].r < 0 || !unicode.IsLetter(us[k].r)) {
		k--
	}
	for ; k >= 0 && us[k].r >= 0 && unicode.IsLetter(us[k].r); k-- {
		if own(k) {
			return true
		}
	}
	k = j
	for k < len(us) && us[k].r != '\n' && (us[k].r < 0 || !unicode.IsLetter(us[k].r)) {
		k++
	}
	for ; k < len(us) && us[k].r >= 0 && unicode.IsLetter(us[k].r); k++ {
		if own(k) {
			return true
		}
	}
	return false
}

// pictograph reports whether r is drawn as a picture: emoji, dingbats,
// arrows and the like (symbols from U+2190 on), skin tones included.
func pictograph(r rune) bool {
	return r >= 0x2190 && (unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) || (r >= 0x1F000 && r <= 0x1FAFF))
}

// dropInnerEmoji removes a run of emoji that stands between two words of
// one line ("his new 🦵 knee", "Darnell 🎉 Brooks"), with the spaces after
// it: a reader reads the words as one phrase. Emoji at the end of a
// sentence or line stay, and so do arrows and pointing hands, which join
// what they stand between ("before 👉 after").
func dropInnerEmoji(us []unit) []unit {
	// Most texts folded hold no emoji but pointers: then every character
	// is kept as it is, and the copy below (a call per character to ask
	// pictograph) can be skipped. A character below U+2190 is no
	// pictograph, so the scan asks pictograph about few.
	if !slices.ContainsFunc(us, func(u unit) bool { return u.r >= 0x2190 && pictograph(u.r) && !pointer(u.r) }) {
		return us
	}
	out := us[:0]
	for i := 0; i < len(us); i++ {
		if us[i].r < 0 || !pictograph(us[i].r) || pointer(us[i].r) {
			out = append(out, us[i])
			continue
		}
		j := i
		for j < len(us) && (us[j].r == ' ' || (us[j].r >= 0 && pictograph(us[j].r) && !pointer(us[j].r))) {
			j++
		}
		k := len(out) - 1
		for k >= 0 && out[k].r == ' ' {
			k--
		}
		if k < 0 || j >= len(us) || !isWordRune(out[k].r) || !isWordRune(us[j].r) || toneMarks(us[i:j]) || newSentence(out[:k+1], us[j:]) {
			out = append(out, us[i:j]...) // the whole run, so a long one is read once
			i = j - 1
			continue
		}
		if k == len(out)-1 {
			out = append(out, unit{' ', us[i].a, us[j-1].b}) // "Darnell🎉Brooks"
		} else {
			out[len(out)-1].b = us[j-1].b
		}
		i = j - 1
	}
	return out
}

// toneMarks reports whether a run of emoji holds a face, a heart, a
// hand or a skull: these say how the writer feels and end a clause the
// way punctuation does ("exhausting today 🙄 do your own research").
func toneMarks(run []unit) bool {
	for _, u := range run {
		r := u.r
		if (r >= 0x1F600 && r <= 0x1F64F) || (r >= 0x1F910 && r <= 0x1F92F) || (r >= 0x1F970 && r <= 0x1F97F) ||
			(r >= 0x1F44A && r <= 0x1F450) || (r >= 0x1F90C && r <= 0x1F91F) || (r >= 0x1F493 && r <= 0x1F49F) ||
			r == 0x1F480 || r == 0x2620 || r == 0x2764 || r == 0x2763 || r == 0x1F5A4 || r == 0x1F90D || r == 0x1F90E || r == 0x1F9E1 ||
			r == 0x263A || r == 0x2639 || r == 0x1F44D || r == 0x1F44E ||
			// Sass and side-eye: the conduct rules read 💅 and 👀
			// (contemptEmoji), so they must not be dropped as pictures.
			r == 0x1F485 || r == 0x1F440 {
			return true
		}
	}
	return false
}

// newSentence reports whether the word after an emoji starts a new
// sentence: it is capitalized and the word before is not a capitalized
// word written in lower case (a name going on: "Darnell 🎉 Brooks").
func newSentence(before, after []unit) bool {
	if r := after[0].r; r < 'A' || r > 'Z' {
		return false
	}
	k := len(before) - 1
	for k >= 0 && isAlnumRune(before[k].r) {
		k--
	}
	word := before[k+1:]
	if len(word) < 2 || word[0].r < 'A' || word[0].r > 'Z' {
		return true
	}
	for _, u := range word[1:] {
		if u.r >= 'a' && u.r <= 'z' {
			return false
		}
	}
	return true // "BOGO 🎁 Buy": capitals are no name
}

// pointer reports whether r is an arrow or a pointing hand.
func pointer(r rune) bool {
	return (r >= 0x2190 && r <= 0x21FF) || (r >= 0x27A1 && r <= 0x27BF) || (r >= 0x2B00 && r <= 0x2B0D) ||
		(r >= 0x1F446 && r <= 0x1F449) || (r >= 0x1F800 && r <= 0x1F8FF) || r == 0x261D
}

func isWordRune(r rune) bool {
	return r >= 0 && (isAlnumRune(r) || (r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))))
}

// joinBrokenLines joins a word or number broken over two lines at a
// hyphen: "123-45-\n6789" is 123-45-6789, "Dar-\nnell" is Darnell.
func joinBrokenLines(us []unit) []unit {
	if !slices.ContainsFunc(us, func(u unit) bool { return u.r == '\n' }) {
		return us // one line: nothing is broken over two (see fold)
	}
	out := us[:0]
	for i := 0; i < len(us); i++ {
		u := us[i]
		if u.r != '-' || len(out) == 0 || !isAlnumRune(out[len(out)-1].r) {
			out = append(out, u)
			continue
		}
		j, lines := i+1, 0
		for j < len(us) && (us[j].r == ' ' || us[j].r == '\t' || us[j].r == '\r' || us[j].r == '\n') {
			if us[j].r == '\n' {
				lines++
			}
			j++
		}
		if lines != 1 || j >= len(us) || !isAlnumRune(us[j].r) {
			out = append(out, u)
			continue
		}
		if isDigitRune(out[len(out)-1].r) && isDigitRune(us[j].r) {
			out = append(out, unit{'-', u.a, us[j-1].b})
		} else {
			out[len(out)-1].b = us[j-1].b
		}
		i = j - 1
	}
	return out
}

// digitShape returns the digit a letter is drawn like ("O" 0, "l" 1, "S"
// 5), or -1. A lower-case s is left out: "the 1990s", "in her 90s".
func digitShape(r rune) rune {
	switch r {
	case 'O', 'o':
		return '0'
	case 'I', 'l':
		return '1'
	case 'Z':
		return '2'
	case 'S':
		return '5'
	case 'B':
		return '8'
	}
	return -1
}

// digitShaped reports whether the ASCII word w mixes digits with letters
// that are all drawn like digits ("S36", "6l4", "Ol42"), for needsFold.
func digitShaped(w string) bool {
	digits, shapes := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := rune(w[i]); {
		case isDigitRune(c):
			digits++
		case digitShape(c) >= 0:
			shapes++
		default:
			return false
		}
	}
	return digits > 0 && shapes > 0 && shapes <= digits
}

// parenGroup reports whether us[i] opens a group of digits in
// parentheses that another group of digits follows, across a space or
// none, which is not the three digits of a phone number's exchange
// ("(536) 22-1234"; "(614) 555-0142" is a phone as written). It returns
// the index of the closing parenthesis.
func parenGroup(us []unit, i int) (int, bool) {
	j := i + 1
	for j < len(us) && isDigitRune(us[j].r) {
		j++
	}
	if j == i+1 || j >= len(us) || us[j].r != ')' {
		return 0, false
	}
	k := j + 1
	if k < len(us) && us[k].r == ' ' {
		k++
	}
	e := k
	for e < len(us) && isDigitRune(us[e].r) {
		e++
	}
	return j, e > k && e-k != 3 && (e >= len(us) || !isAlnumRune(us[e].r))
}

// unwrapDigitGroups drops the parentheses around a digit group of an
// identifier that no rule reads in them ("SSN (536) 22-1234" is
// 536-22-1234); a phone's area code keeps them.
func unwrapDigitGroups(us []unit) []unit {
	if !slices.ContainsFunc(us, func(u unit) bool { return u.r == '(' }) {
		return us // no parenthesis to drop (see fold)
	}
	out := us[:0]
	for i := 0; i < len(us); i++ {
		if us[i].r == '(' && (i == 0 || !isAlnumRune(us[i-1].r)) {
			if j, ok := parenGroup(us, i); ok {
				first := len(out)
				out = append(out, us[i+1:j]...)
				out[first].a = us[i].a
				// the closing parenthesis and a space after it separate
				// the groups as a hyphen does
				sep := unit{'-', us[j].a, us[j].b}
				if j+1 < len(us) && us[j+1].r == ' ' {
					sep.b = us[j+1].b
					j++
				}
				out = append(out, sep)
				i = j
				continue
			}
		}
		out = append(out, us[i])
	}
	return out
}

// mailTLDs are the endings of the e-mail addresses patients use.
var mailTLDs = newWordSet([]string{"com", "net", "org", "edu", "gov", "io", "co", "us", "info", "biz", "me", "mail"})

// bracketOpener reports whether r opens a bracket bracketWord reads.
func bracketOpener(r rune) bool { return r == '(' || r == '[' || r == '{' || r == '<' }

// bracketWord returns what a bracketed "at" or "dot" at us[i] stands for
// ('@', '.') and its end, or 0.
func bracketWord(us []unit, i int) (rune, int) {
	var closer rune
	switch us[i].r {
	case '(':
		closer = ')'
	case '[':
		closer = ']'
	case '{':
		closer = '}'
	case '<':
		closer = '>'
	default:
		return 0, 0
	}
	e := asciiWordAt(us, i+1)
	if e >= len(us) || us[e].r != closer {
		return 0, 0
	}
	switch lowWord(us, i+1, e) {
	case "at":
		return '@', e + 1
	case "dot":
		return '.', e + 1
	}
	return 0, 0
}

// readAddresses writes an e-mail address as one ("maria . gonzalez @
// gmail . com", "maria@gmail .com", "maria(at)gmail{dot}com"): a
// bracketed "at" or "dot" is the sign, and the spaces around an address's
// @ and dots go when what follows the @ ends in a mail domain's ending.
func readAddresses(us []unit) []unit {
	space := func(k int) bool { return k < len(us) && k >= 0 && (us[k].r == ' ' || us[k].r == '\t') }
	// A bracketed "at" glued to a name and a domain whose next dot is a
	// dot or a bracketed "dot" ("maria(at)gmail.com",
	// "maria{at}gmail{dot}com"); spelled or spaced out ("jsmith (at) mail
	// dot com"), the partial-identifier rule reads it as written.
	for i := 1; i < len(us); i++ {
		if !bracketOpener(us[i].r) {
			continue // bracketWord would say 0: asked inline, as nearly every character is no bracket
		}
		r, e := bracketWord(us, i)
		if r != '@' || !isAlnumRune(us[i-1].r) {
			continue
		}
		d := e
		for d < len(us) && (isAlnumRune(us[d].r) || us[d].r == '-') {
			d++
		}
		if d == e || d >= len(us) {
			continue
		}
		if dot, _ := bracketWord(us, d); us[d].r != '.' && dot != '.' {
			continue
		}
		us[i] = unit{'@', us[i].a, us[e-1].b}
		us = append(us[:i+1], us[e:]...)
		for k := i + 1; k < len(us) && !space(k) && us[k].r != '\n'; k++ {
			if dot, end := bracketWord(us, k); dot == '.' {
				us[k] = unit{'.', us[k].a, us[end-1].b}
				us = append(us[:k+1], us[end:]...)
			}
		}
	}
	wordEnd := func(k int) int {
		for k < len(us) && (isAlnumRune(us[k].r) || us[k].r == '_' || us[k].r == '-') {
			k++
		}
		return k
	}
	for i := 0; i < len(us); i++ {
		if us[i].r != '@' {
			continue
		}
		// the domain: words apart by dots, spaces around them allowed
		k := i + 1
		for space(k) {
			k++
		}
		end, dots, lastStart := -1, 0, 0
		if e := wordEnd(k); e > k {
			for {
				lastStart = k
				end = e
				d := e
				for space(d) {
					d++
				}
				if d >= len(us) || us[d].r != '.' {
					break
				}
				d++
				for space(d) {
					d++
				}
				if e2 := wordEnd(d); e2 > d && dots < 4 {
					k, e, dots = d, e2, dots+1
					continue
				}
				break
			}
		}
		if end < 0 || dots == 0 || !mailTLDs.has(lowWord(us, lastStart, end)) {
			continue
		}
		// the name before the @: words apart by dots
		start := i
		for space(start - 1) {
			start--
		}
		for {
			b := start
			for b > 0 && (isAlnumRune(us[b-1].r) || us[b-1].r == '_' || us[b-1].r == '-') {
				b--
			}
			if b == start {
				break
			}
			start = b
			// a dot with spaces on both sides or none: "maria . gonzalez";
			// "Jo. maria@..." ends a sentence
			d := b - 1
			after := space(d)
			for space(d) {
				d--
			}
			if d < 1 || us[d].r != '.' || space(d-1) != after {
				break
			}
			d--
			for space(d) {
				d--
			}
			if d < 0 || !isAlnumRune(us[d].r) {
				break
			}
			start = d + 1
		}
		if start == i {
			continue
		}
		spaced := false
		for k := start; k < end; k++ {
			spaced = spaced || space(k)
		}
		if !spaced {
			i = end - 1
			continue
		}
		// close it up: the spaces' bytes go to the unit before them
		w := start
		for k := start; k < end; k++ {
			if space(k) {
				us[w-1].b = us[k].b
				continue
			}
			us[w] = us[k]
			w++
		}
		us = append(us[:w], us[end:]...)
		i = w - 1
	}
	return us
}

// onlyOs reports whether the letters among us are all the letter O.
func onlyOs(us []unit) bool {
	for _, u := range us {
		if !isDigitRune(u.r) && u.r != 'O' && u.r != 'o' {
			return false
		}
	}
	return true
}

// readDigitShapes writes as digits the letters drawn like digits in a
// group of an identifier ("SSN S36-22-1234", "DOB O3/14/1985", "614 555
// O142"): a group of digits and such letters, no more letters than
// digits, next to a group of digits alone across one '-', '/', '.' or
// space, or a number that starts with a digit and holds only O ("turned
// 9O"). A word a list knows ("B12") stays, and so does a group whose
// neighbours are not digits ("O2 levels", "Room 2B").
func readDigitShapes(us []unit, known func(low string) bool) []unit {
	if !slices.ContainsFunc(us, func(u unit) bool { return isDigitRune(u.r) }) {
		return us // a group is read only beside or with a digit (see fold)
	}
	// digitGroup reports whether us[i:j] is a group of ASCII digits alone.
	digitGroup := func(i, j int) bool {
		for k := i; k < j; k++ {
			if !isDigitRune(us[k].r) {
				return false
			}
		}
		return j > i
	}
	groupSep := func(r rune) bool { return r == '-' || r == '/' || r == '.' || r == ' ' }
	for i := 0; i < len(us); {
		if !isAlnumRune(us[i].r) || (i > 0 && isAlnumRune(us[i-1].r)) {
			i++
			continue
		}
		j, digits, shapes, other := i, 0, 0, false
		for ; j < len(us) && isAlnumRune(us[j].r); j++ {
			switch {
			case isDigitRune(us[j].r):
				digits++
			case digitShape(us[j].r) >= 0:
				shapes++
			default:
				other = true
			}
		}
		if other || digits == 0 || shapes == 0 || shapes > digits || known(lowWord(us, i, j)) {
			i = j
			continue
		}
		// A number that starts with a digit and has only the letter O in
		// it is that number alone too: "turned 9O", "1O2 years".
		next := isDigitRune(us[i].r) && onlyOs(us[i:j])
		if !next && i >= 2 && groupSep(us[i-1].r) {
			k := i - 1
			for k > 0 && isAlnumRune(us[k-1].r) {
				k--
			}
			next = digitGroup(k, i-1)
		}
		if !next && j+1 < len(us) && groupSep(us[j].r) {
			k := j + 1
			for k < len(us) && isAlnumRune(us[k].r) {
				k++
			}
			next = digitGroup(j+1, k)
		}
		if next {
			for k := i; k < j; k++ {
				if d := digitShape(us[k].r); d >= 0 {
					us[k].r = d
				}
			}
		}
		i = j
	}
	return us
}

// holdsLetters reports whether us holds the ASCII letters of w (small
// letters) in a row, in either case.
func holdsLetters(us []unit, w string) bool {
	for i := 0; i+len(w) <= len(us); i++ {
		k := 0
		for k < len(w) && us[i+k].r|0x20 == rune(w[k]) {
			k++
		}
		if k == len(w) {
			return true
		}
	}
	return false
}

// asciiWordAt returns the end of the run of ASCII letters at i.
func asciiWordAt(us []unit, i int) int {
	for i < len(us) && us[i].r >= 0 && us[i].r < utf8.RuneSelf && isLetterByte(byte(us[i].r)) {
		i++
	}
	return i
}

// joinSpelledDigits writes as digits a run of at least minSpelled digits
// spelled out ("six one four, five five five ..."), spoken in tens or
// hundreds ("six fourteen", "five hundred thirty-six", "twelve
// thirty-four"), or mixed with digits ("four-one-two 55five 1234",
// "5three6", "nine0two1"), apart by spaces, commas or hyphens: a number
// read out is still the number. The separators inside the run go, except
// a hyphen between groups. A run must hold a spelled word; a number of
// two digits or more joins a run of three digits or more, and only across
// a space or a hyphen ("since 2019, one in four" and "last four 3318"
// stay); a run of round tens alone ("ten, twenty, thirty minutes") is a
// count, not a number.
//
// It appends to out (empty, not us's memory).
func joinSpelledDigits(us, out []unit) []unit {
	type item struct {
		from, to int    // units
		digits   string // "" for a hyphen between groups
		spelled  bool   // holds a spelled word
		comma    bool   // a comma stands before it
	}
	var run []item
	held := 0 // the digits run holds, kept as it grows: summing them per word was quadratic
	last := 0 // us[:last] is in out
	flush := func() {
		held = 0
		digits, spelled, plain := 0, false, false
		for _, it := range run {
			digits += len(it.digits)
			spelled = spelled || it.spelled
			plain = plain || (it.digits != "" && (len(it.digits) == 1 || it.digits[len(it.digits)-1] != '0'))
		}
		if digits < minSpelled || !spelled || !plain {
			run = run[:0]
			return
		}
		out = append(out, us[last:run[0].from]...)
		for k, it := range run {
			for _, d := range it.digits {
				out = append(out, unit{d, us[it.from].a, us[it.to-1].b})
			}
			// A hyphen between groups stays; one inside a group spoken
			// digit by digit ("four-one-two") goes.
			if it.digits == "" && k > 0 && k+1 < len(run) &&
				!(len(run[k-1].digits) == 1 && len(run[k+1].digits) == 1 && run[k-1].to == it.from && run[k+1].from == it.to) {
				out = append(out, unit{'-', us[it.from].a, us[it.to-1].b})
			}
		}
		last = run[len(run)-1].to
		run = run[:0]
	}
	comma := false
	for i := 0; i < len(us); {
		r := us[i].r
		switch {
		case isAlnumRune(r) && (i == 0 || !isAlnumRune(us[i-1].r)):
			j := i
			for j < len(us) && isAlnumRune(us[j].r) {
				j++
			}
			if !isDigitRune(r) && !spellStart[byte(r)|0x20] {
				// No number word starts with this letter (spellStart holds
				// the first letters of all of them), so spokenNumber would
				// read none here: most words are passed over without
				// lowering them into a new string.
				flush()
				i = j
				break
			}
			v, spelled, end := spokenNumber(us, i, j)
			// Digits alone join a run of three digits or more ("four-one-two
			// 5five 1234"); "last four 3318" is a card's last four.
			ok := v != "" && (spelled || len(v) == 1 || (held >= 3 && !comma))
			if !ok {
				flush()
				i = j
				break
			}
			run = append(run, item{i, end, v, spelled, comma})
			held += len(v)
			i = end
		case r == '-' && len(run) > 0:
			if run[len(run)-1].digits == "" {
				flush()
			} else {
				run = append(run, item{i, i + 1, "", false, false})
			}
			i++
		case r == ' ':
			i++
			continue
		case r == ',':
			comma = true
			i++
			continue
		default:
			flush()
			i++
		}
		comma = false
	}
	flush()
	if last == 0 {
		return us
	}
	return append(out, us[last:]...)
}

// numberWord returns the value of a spelled number word: a digit ("oh"
// is 0), ten to nineteen, a round ten ("thirty"), or 100 for "hundred";
// -1 for none.
func numberWord(low string) int {
	if v := digitWord(low); v >= 0 {
		return v
	}
	switch low {
	case "ten":
		return 10
	case "eleven":
		return 11
	case "twelve":
		return 12
	case "thirteen":
		return 13
	case "fourteen":
		return 14
	case "fifteen":
		return 15
	case "sixteen":
		return 16
	case "seventeen":
		return 17
	case "eighteen":
		return 18
	case "nineteen":
		return 19
	case "twenty":
		return 20
	case "thirty":
		return 30
	case "forty":
		return 40
	case "fifty":
		return 50
	case "sixty":
		return 60
	case "seventy":
		return 70
	case "eighty":
		return 80
	case "ninety":
		return 90
	case "hundred":
		return 100
	}
	return -1
}

// mixedNumber reports whether low, a word of letters and digits, is
// digits and number words written together ("5five", "nine0two1").
func mixedNumber(low string) bool {
	for i := 0; i < len(low); {
		if low[i] >= '0' && low[i] <= '9' {
			i++
			continue
		}
		e := i
		for e < len(low) && (low[e] < '0' || low[e] > '9') {
			e++
		}
		if v := numberWord(low[i:e]); v < 0 || v == 100 {
			return false
		}
		i = e
	}
	return true
}

// numberPieces reads the word us[i:j] (letters and digits) as digits
// and number words written together ("55five", "5three6", "nine0two1",
// "twelve"): the digits it spells, whether a word was spelled, and the
// value of its last word (-1 for digits), or "" when any part is no
// number.
func numberPieces(us []unit, i, j int) (string, bool, int) {
	var b []byte
	spelled, lastWord := false, -1
	for k := i; k < j; {
		if isDigitRune(us[k].r) {
			b = append(b, byte(us[k].r))
			k++
			lastWord = -1
			continue
		}
		e := k
		for e < j && !isDigitRune(us[e].r) {
			e++
		}
		// the letters may hold several number words: "fivethree" is rare,
		// "five" is the rule, so the whole run must be one word
		if e-k > 9 {
			return "", false, 0
		}
		v := numberWord(lowWord(us, k, e))
		if v < 0 || v == 100 {
			return "", false, 0
		}
		b = strconv.AppendInt(b, int64(v), 10)
		spelled, lastWord = true, v
		k = e
	}
	return string(b), spelled, lastWord
}

// spokenNumber reads the number whose first word is us[i:j] and returns
// its digits, whether it was spelled, and the unit after it: a word or
// digits as numberPieces reads them, a round ten with the digit after it
// across a hyphen or a space ("thirty-six" is 36), and a digit with
// "hundred" and what follows ("five hundred thirty-six" is 536, "five
// hundred and six" 506, "five hundred" 500).
func spokenNumber(us []unit, i, j int) (string, bool, int) {
	v, spelled, lastWord := numberPieces(us, i, j)
	if v == "" {
		return "", false, j
	}
	// next returns the number word after the space or hyphen at k, and
	// its end.
	next := func(k int) (int, int) {
		if k < len(us) && (us[k].r == ' ' || us[k].r == '-') {
			if e := asciiWordAt(us, k+1); e > k+1 && e-k-1 <= 9 && (e >= len(us) || !isDigitRune(us[e].r)) {
				return numberWord(lowWord(us, k+1, e)), e
			}
		}
		return -1, k
	}
	switch {
	case lastWord >= 20 && lastWord%10 == 0 && lastWord < 100:
		if u, e := next(j); u >= 1 && u <= 9 {
			return v[:len(v)-1] + strconv.Itoa(u), true, e
		}
	case lastWord >= 1 && lastWord <= 9 && len(v) == 1:
		h, e := next(j)
		if h != 100 {
			break
		}
		rest, end := 0, e
		w, e2 := next(e)
		if w < 0 && e2 == e && e+4 < len(us) && lowWord(us, e+1, min(asciiWordAt(us, e+1), e+5)) == "and" {
			w, e2 = next(asciiWordAt(us, e+1))
		}
		switch {
		case w >= 10 && w < 20, w >= 1 && w <= 9:
			rest, end = w, e2
		case w >= 20 && w < 100:
			rest, end = w, e2
			if u, e3 := next(e2); u >= 1 && u <= 9 {
				rest, end = w+u, e3
			}
		}
		return strconv.Itoa(lastWord*100 + rest), true, end
	}
	return v, spelled, j
}

// ordinalWords are the spelled ordinals of one to nine, by value.
var ordinalWords = [...]string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}

// unitWord returns the value of a spelled number one to nineteen, and
// the ordinal suffix when it is an ordinal ("third" is 3, "rd"), or -1.
func unitWord(low string) (int, string) {
	if v := digitWord(low); v > 0 {
		return v, ""
	}
	for v, w := range ordinalWords[1:] {
		if low == w {
			return v + 1, ordinalSuffix(v + 1)
		}
	}
	for v, w := range [...]string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"} {
		if low == w {
			return 10 + v, ""
		}
	}
	return -1, ""
}

func ordinalSuffix(v int) string {
	switch {
	case v%100 >= 11 && v%100 <= 13:
		return "th"
	case v%10 == 1:
		return "st"
	case v%10 == 2:
		return "nd"
	case v%10 == 3:
		return "rd"
	}
	return "th"
}

// lowWord returns the lower-case ASCII word us[i:j] (j from asciiWordAt).
func lowWord(us []unit, i, j int) string {
	b := make([]byte, j-i)
	for k := i; k < j; k++ {
		b[k-i] = byte(us[k].r) | 0x20
	}
	return string(b)
}

// writeOldAges writes a spelled number from 90 to 119 in digits
// ("ninety-three" is 93, "ninety-third" 93rd, "one hundred and two" 102):
// an age over 89 identifies a patient however it is written. Smaller
// numbers stay words; the age rules read them as they are. It appends to
// out (empty, not us's memory).
func writeOldAges(us, out []unit) []unit {
	// An age is written only from "ninety", "ninetieth", "hundred" or
	// "hundredth": a text without their letters is kept as it is, not
	// copied word by word into out (see fold).
	if !holdsLetters(us, "ninet") && !holdsLetters(us, "hundred") {
		return us
	}
	for i := 0; i < len(us); {
		if !(us[i].r >= 0 && us[i].r < utf8.RuneSelf && isLetterByte(byte(us[i].r))) || (i > 0 && isAlnumRune(us[i-1].r)) {
			out = append(out, us[i])
			i++
			continue
		}
		j := asciiWordAt(us, i)
		w := lowWord(us, i, j)
		value, suffix, end := -1, "", j
		// next returns the word after a space or hyphen at k, and its end.
		next := func(k int) (string, int) {
			if k < len(us) && (us[k].r == ' ' || us[k].r == '-') {
				if e := asciiWordAt(us, k+1); e > k+1 && e-k-1 <= 10 {
					return lowWord(us, k+1, e), e
				}
			}
			return "", k
		}
		switch w {
		case "ninety":
			value = 90
			if u, e := next(j); u != "" {
				if v, suf := unitWord(u); v > 0 && v < 10 {
					value, suffix, end = 90+v, suf, e
				}
			}
		case "ninetieth":
			value, suffix = 90, "th"
		case "one", "a", "hundred", "hundredth":
			e := j
			if w == "one" || w == "a" {
				var h string
				if h, e = next(j); h != "hundred" && h != "hundredth" {
					break
				}
				w = h
			}
			value, end = 100, e
			if w == "hundredth" {
				suffix = "th"
				break
			}
			u, e2 := next(e)
			if u == "and" {
				u, e2 = next(e2)
			}
			if v, suf := unitWord(u); v > 0 {
				value, suffix, end = 100+v, suf, e2
			}
		}
		if value < 90 {
			out = append(out, us[i:j]...)
			i = j
			continue
		}
		digits := []byte(strconv.Itoa(value) + suffix)
		for _, d := range digits {
			out = append(out, unit{rune(d), us[i].a, us[end-1].b})
		}
		i = end
	}
	return out
}

// joinSpacedNumbers closes up a dash or dot with spaces around it between
// two numbers: "123 - 45 - 6789" is written 123-45-6789.
func joinSpacedNumbers(us []unit) []unit {
	out := us[:0]
	for i := 0; i < len(us); i++ {
		u := us[i]
		if u.r != ' ' || len(out) == 0 || !isDigitRune(out[len(out)-1].r) {
			out = append(out, u)
			continue
		}
		j := i
		for j < len(us) && us[j].r == ' ' {
			j++
		}
		if j >= len(us) || (us[j].r != '-' && us[j].r != '.' && us[j].r != '/') {
			out = append(out, u)
			continue
		}
		k := j + 1
		for k < len(us) && us[k].r == ' ' {
			k++
		}
		if k >= len(us) || !isDigitRune(us[k].r) || (k == j+1 && us[j].r == '.') {
			out = append(out, u) // "3 .5" stays: not a spaced separator
			continue
		}
		out = append(out, unit{us[j].r, u.a, us[k-1].b})
		i = k - 1
	}
	return out
}

// oddSeparator reports whether sep is a separator that no rule reads
// between the digit groups of an identifier, but a reader does: "536_22_1234".
func oddSeparator(sep string) bool {
	return len(sep) == 1 && oddSeparatorRune(rune(sep[0]))
}

// oddSeparatorRune is oddSeparator of one character: oddSeparators asks
// it of every character of a folded text, where making each a string
// first cost a call and some 35 instructions.
func oddSeparatorRune(r rune) bool { return r == '_' || r == '*' || r == '|' || r == '~' }

// oddSeparators writes '-' for an odd separator between the digit groups
// of an identifier (the shapes identifierDash accepts).
func oddSeparators(us []unit) []unit {
	for i, u := range us {
		if oddSeparatorRune(u.r) && identifierDash(us[:i], us, i) {
			us[i].r = '-'
		}
	}
	return us
}

// singleSeps may stand between the letters or digits of a word spelled out
// one at a time.
func singleSep(r rune) bool {
	switch r {
	case ' ', '-', '.', '*', '_', '/', '|', '~', '+', '·', '•':
		return true
	}
	return false
}

// joinSingles joins at least three single letters or digits set apart by
// one and the same separator ("M-a-r-i-a", "k.n.e.e"), four when the
// separator is a space ("D a r n e l l": "u r a legend" is three short
// words). Two spaces, or another separator, end the word: "D a r n e l l
// B r o o k s" is two words.
func joinSingles(us []unit) []unit {
	out := us[:0]
	for i := 0; i < len(us); i++ {
		if !isAlnumRune(us[i].r) || (len(out) > 0 && isAlnumRune(out[len(out)-1].r)) || i+1 >= len(us) || !singleSep(us[i+1].r) {
			out = append(out, us[i])
			continue
		}
		sep := us[i+1].r
		j := i // last single of the run
		for j+2 < len(us) && us[j+1].r == sep && isAlnumRune(us[j+2].r) && (j+3 >= len(us) || !isAlnumRune(us[j+3].r)) {
			j += 2
		}
		need := 3
		if sep == ' ' {
			need = 4 // "u r a legend", "it's a b": short words in a row
		}
		if (j-i)/2+1 < need || (len(out) > 0 && (out[len(out)-1].r == '\'' || out[len(out)-1].r == '’')) {
			out = append(out, us[i])
			continue
		}
		for k := i; k <= j; k += 2 {
			u := us[k]
			if k > i {
				u.a = us[k-1].a // the separator before it
			}
			out = append(out, u)
		}
		i = j
		// "S.S.N. 123": the dot after the last letter goes with the word.
		if sep == '.' && i+2 < len(us) && us[i+1].r == '.' && us[i+2].r == ' ' && !(i+3 < len(us) && us[i+3].r >= 'A' && us[i+3].r <= 'Z') {
			out[len(out)-1].b = us[i+1].b
			i++
		}
	}
	return out
}

// backwards reports whether the ASCII letters us[i:j] are a word written
// backwards: a capital at its end and none before ("airaM").
func backwards(us []unit, i, j int) bool {
	if j-i < 3 || us[j-1].r < 'A' || us[j-1].r > 'Z' {
		return false
	}
	for k := i; k < j-1; k++ {
		if us[k].r < 'a' || us[k].r > 'z' {
			return false
		}
	}
	return true
}

// unreverseWords reads a row of words written backwards ("zepoL airaM" is
// Maria Lopez read from the right) in the order a reader turns it: each
// word must end in its only capital, and read forwards be a word the
// checklist reads (known) while read as written it is none.
func unreverseWords(us []unit, known func(low string) bool) []unit {
	// A word written backwards ends in a capital right after a small
	// letter (backwards): a text with no such pair has none (see fold).
	lowerUpper := false
	for k := 1; k < len(us) && !lowerUpper; k++ {
		lowerUpper = us[k].r >= 'A' && us[k].r <= 'Z' && us[k-1].r >= 'a' && us[k-1].r <= 'z'
	}
	if !lowerUpper {
		return us
	}
	for i := 0; i < len(us); {
		if !isLetterByte(byte(max(us[i].r, 0))) || (i > 0 && isAlnumRune(us[i-1].r)) {
			i++
			continue
		}
		// the run: words written backwards apart by one space
		end, j := -1, i
		for {
			e := asciiWordAt(us, j)
			if !backwards(us, j, e) || (e < len(us) && isAlnumRune(us[e].r)) {
				break
			}
			written := lowWord(us, j, e)
			w := []byte(written)
			slices.Reverse(w)
			// A name with its capital at the end is no way to write a name
			// ("airaM": Airam is a name too), but a word a list reads as
			// written stays.
			if !known(string(w)) || (known(written) && names.First(written) == names.None && names.Surname(written) == names.None) {
				break
			}
			end = e
			if e+1 >= len(us) || us[e].r != ' ' {
				break
			}
			j = e + 1
		}
		if end < 0 {
			i = asciiWordAt(us, i) + 1
			continue
		}
		slices.Reverse(us[i:end])
		i = end
	}
	return us
}

// leet are the digits and signs written for letters; '1' is tried as 'i'
// and as 'l'.
func leet(r rune, one rune) rune {
	switch r {
	case '0':
		return 'o'
	case '1':
		return one
	case '3':
		return 'e'
	case '4', '@':
		return 'a'
	case '5', '$':
		return 's'
	case '7':
		return 't'
	}
	return -1
}

// undoLeet reads a word written with digits or signs for letters
// ("p4tient", "D0B", "h1p", "M@ria") as the word, when that word is one
// the checklist reads and the word as written is not. A word must start
// with a letter and hold two, so "10th", "4pm", "A1C", "B12" and "N95"
// stay as written; an e-mail address ("jo@mail.com") is not a word.
func undoLeet(us []unit, known func(low string) bool) []unit {
	if !slices.ContainsFunc(us, func(u unit) bool { return isDigitRune(u.r) || u.r == '@' || u.r == '$' }) {
		return us // no digit or sign to stand for a letter (see fold)
	}
	for i := 0; i < len(us); {
		if !(us[i].r >= 0 && us[i].r < utf8.RuneSelf && isLetterByte(byte(us[i].r))) || (i > 0 && isAlnumRune(us[i-1].r)) {
			i++
			continue
		}
		j, letters, subs := i, 0, 0
		for j < len(us) && (isAlnumRune(us[j].r) || us[j].r == '@' || us[j].r == '$') {
			if isLetterByte(byte(us[j].r)) {
				letters++
			} else if leet(us[j].r, 'i') >= 0 {
				subs++
			}
			j++
		}
		end := j
		for end > i && (us[end-1].r == '@' || us[end-1].r == '$') {
			end-- // "Maria@" ends at the a
		}
		mail := j < len(us) && us[j].r == '.' && j+1 < len(us) && isAlnumRune(us[j+1].r)
		if subs == 0 || letters < 2 || j-i > 24 || mail {
			i = j
			continue
		}
		word := make([]byte, 0, end-i)
		for k := i; k < end; k++ {
			word = append(word, byte(us[k].r)|0x20)
		}
		if known(string(word)) {
			i = j
			continue // "b12" a list knows stays
		}
		upper := true
		for k := i; k < end; k++ {
			if r := us[k].r; isLetterByte(byte(r)) && r >= 'a' {
				upper = false
			}
		}
		for _, one := range [2]rune{'i', 'l'} {
			cand := make([]byte, len(word))
			ok := true
			for k := range word {
				c := rune(word[k])
				if !isLetterByte(byte(c)) {
					if c = leet(c, one); c < 0 {
						ok = false
						break
					}
				}
				cand[k] = byte(c)
			}
			if !ok || !known(string(cand)) {
				continue
			}
			for k := i; k < end; k++ {
				if r := us[k].r; !isLetterByte(byte(r)) {
					l := rune(cand[k-i])
					if upper {
						l -= 'a' - 'A'
					}
					us[k].r = l
				}
			}
			break
		}
		i = j
	}
	return us
}

// leetTarget reports whether low is a word the checklist reads, for
// undoLeet: a word a phrase list starts with, an identifier's label, a
// health term, or a first name or surname.
func (c *Checker) leetTarget(low string) bool {
	if c.lex.starts(low) || leetLabels.has(low) || names.First(low) != names.None || names.Surname(low) == names.Strong {
		return true
	}
	n, _ := health.At([]string{low}, 0)
	return n == 1
}

// leetLabels are the words that label an identifier or a patient, which
// the rules find by their own anchors rather than in a phrase list.
var leetLabels = newWordSet([]string{"patient", "patients", "dob", "ssn", "social", "security", "mrn", "chart", "record",
	"member", "policy", "birthday", "born", "birth", "birthdate", "age", "aged", "old", "card", "account", "acct", "phone",
	"cell", "email", "mail", "address", "lives", "street", "zip", "room", "bed", "admitted", "discharged", "diagnosed",
	"surgery", "knee", "hip", "cancer", "chemo", "recovering", "recovery"})

// isASCIILetterRune reports an ASCII letter.
func isASCIILetterRune(r rune) bool { return r < utf8.RuneSelf && isASCIILetter(byte(r)) }
