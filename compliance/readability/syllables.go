package readability

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Syllables estimates how many syllables an English word has.
//
// It counts vowel groups (y counts as a vowel except at the start of a word
// or between vowels), then corrects for the spelling patterns that make that
// count wrong most often: a silent final e ("make"), silent -es and -ed
// ("makes", "worked"), silent e before a suffix ("lateness", "abatement"),
// and vowel pairs that are two syllables ("ri-ot", "me-di-um", "cre-ate").
// It has no dictionary, so names and loanwords are sometimes off by one; the
// grade formulas average that away. Non-letters are ignored; a word with
// letters has at least one syllable, and one with none (a number) has one.
func Syllables(word string) int {
	var buf [48]byte
	w := letters(buf[:0], word)
	if len(w) == 0 {
		if strings.IndexFunc(word, unicode.IsDigit) >= 0 {
			return 1 // a number is read aloud: at least one syllable
		}
		return 0
	}
	n := vowelGroups(w)
	n -= silentEndings(w, n)
	n += splitVowels(w)
	if hasNegation(word) {
		// "doesn't", "isn't": the n is a syllable of its own after a
		// consonant ("can't", "don't" stay one).
		if l := len(w); l >= 3 && !isVowelAt(w, l-3) {
			n++
		}
	}
	return max(n, 1)
}

// hasNegation reports a word ending in "n't" (either apostrophe, any case).
func hasNegation(word string) bool {
	for _, apos := range [...]string{"'", "’"} {
		if len(word) >= 2+len(apos) {
			tail := word[len(word)-2-len(apos):]
			if (tail[0] == 'n' || tail[0] == 'N') && tail[1:1+len(apos)] == apos && (tail[len(tail)-1]|0x20) == 't' {
				return true
			}
		}
	}
	return false
}

// letters appends to out the lower-case ASCII letters of word, mapping
// common accented letters to their base so "naïve" still counts.
func letters(out []byte, word string) []byte {
	// ASCII first, a byte at a time; the rest of the word (from its first
	// multi-byte character) goes through the rune loop.
	i := 0
	for ; i < len(word) && word[i] < utf8.RuneSelf; i++ {
		b := word[i]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if 'a' <= b && b <= 'z' {
			out = append(out, b)
		}
	}
	for _, r := range word[i:] {
		r = unicode.ToLower(r)
		switch {
		case r >= 'a' && r <= 'z':
			out = append(out, byte(r))
		case r == 'à' || r == 'á' || r == 'â' || r == 'ä' || r == 'ã' || r == 'å':
			out = append(out, 'a')
		case r == 'é':
			// Always sounded ("ca-fé", "ré-su-mé"), never a silent e.
			out = append(out, 'i')
		case r == 'è' || r == 'ê' || r == 'ë':
			out = append(out, 'e')
		case r == 'ì' || r == 'í' || r == 'î' || r == 'ï':
			out = append(out, 'i')
		case r == 'ò' || r == 'ó' || r == 'ô' || r == 'ö' || r == 'õ':
			out = append(out, 'o')
		case r == 'ù' || r == 'ú' || r == 'û' || r == 'ü':
			out = append(out, 'u')
		case r == 'ñ':
			out = append(out, 'n')
		case r == 'ç':
			out = append(out, 'c')
		}
	}
	return out
}

// isVowelAt reports whether w[i] is a vowel in context: a, e, i, o, u, and y
// unless it starts the word or sits between vowels ("yes", "player").
func isVowelAt(w []byte, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	case 'y':
		if i == 0 {
			return len(w) > 1 && strings.IndexByte("aeiouy", w[1]) < 0 // "Yvonne"
		}
		prevVowel := strings.IndexByte("aeiou", w[i-1]) >= 0
		nextVowel := i+1 < len(w) && strings.IndexByte("aeiou", w[i+1]) >= 0
		return !(prevVowel && nextVowel)
	}
	return false
}

// vowelGroups counts maximal runs of vowels. A y that is a vowel before
// another vowel after a consonant starts a new group ("hy-e-na", "fly-ing").
func vowelGroups(w []byte) int {
	n := 0
	prev := false
	for i := range w {
		v := isVowelAt(w, i)
		if v && (!prev || (i > 0 && w[i-1] == 'y' && (i < 2 || !isVowelAt(w, i-2)))) {
			n++
		}
		prev = v
	}
	return n
}

// silentEndings returns how many of the n vowel groups are silent letters:
// final e, -es, -ed, e before a suffix, -gue/-que.
func silentEndings(w []byte, n int) int {
	if n <= 1 {
		return 0
	}
	l := len(w)
	consonantAt := func(i int) bool { return i >= 0 && i < l && !isVowelAt(w, i) }
	silent := 0
	switch last := w[l-1]; {
	case last != 'e' && last != 's' && last != 'd':
		// no ending below applies (each ends in e, s or d)
	case hasAnySuffix(w, "gue", "que", "gues", "ques"):
		silent++ // "league", "unique", "mosques"
	case hasAnySuffix(w, "lle", "lles"):
		silent++ // "belle", "ville"
	case w[l-1] == 'e' && consonantAt(l-2):
		// "make", but not consonant+le ("table") nor a lone final syllable
		// like "recipe" (rare enough to accept).
		if !(w[l-2] == 'l' && consonantAt(l-3)) {
			silent++
		}
	case hasSuffix(w, "es") && consonantAt(l-3):
		// "makes" but not "boxes", "wishes", "faces", "pages", "tables".
		if !hasAnySuffix(w, "ses", "xes", "zes", "ches", "shes", "ces", "ges") && !(w[l-3] == 'l' && consonantAt(l-4)) {
			silent++
		}
	case hasSuffix(w, "ed") && consonantAt(l-3):
		// "worked" but not "wanted", "added", "boggled".
		if w[l-3] != 't' && w[l-3] != 'd' && !((w[l-3] == 'l' || w[l-3] == 'r') && consonantAt(l-4)) {
			silent++
		}
	}
	// Silent e kept before a suffix or a second word: "lately",
	// "abatement", "involvement", "sidewalk", "roseville". The e must be a
	// group of its own after a consonant that follows a vowel ("late-"), or
	// the soft c, g or v of "-nce", "-dge", "-lve".
	ws := string(w)
	for e := 1; e+2 < l; e++ {
		if w[e] != 'e' || !consonantAt(e-1) || isVowelAt(w, e+1) || !silentBeforeSuffix(w, e) {
			continue
		}
		rest := ws[e+1:]
		for _, part := range silentEFollowers {
			if strings.HasPrefix(rest, part) && (rest == part || part != "ly") {
				silent++
				break
			}
		}
	}
	if hasAnySuffix(w, "isle", "isles") {
		silent++ // the s of "isle" and "aisle" is silent
	}
	if strings.Contains(ws, "busine") {
		silent++ // "busi-ness" is said "biz-ness"
	}
	return silent
}

// silentBeforeSuffix reports whether the e at w[e], after a consonant, is
// the silent e of a word that a suffix or second word follows: "late" in
// "lately", "taste" in "tasteful", "judge" in "judgeship", "fore" in
// "foretaste". After l or r it must close a vowel ("whole", "fore", "belle"),
// since after a consonant it is a syllable ("settlement", "implement"), and
// an e before the l or r is usually sounded ("element").
func silentBeforeSuffix(w []byte, e int) bool {
	c := w[e-1]
	switch c {
	case 'c', 'g', 'v':
		return true
	case 'l', 'r':
		if e >= 2 && isVowelAt(w, e-2) {
			return w[e-2] != 'e'
		}
		return e >= 3 && w[e-2] == c && isVowelAt(w, e-3) // "belle-", "terre-"
	}
	for k := e - 2; k >= 0 && k >= e-3; k-- {
		if isVowelAt(w, k) {
			return true
		}
	}
	return false
}

// silentEFollowers are suffixes and second halves of compounds before which
// a preceding silent e stays silent.
var silentEFollowers = [...]string{
	"ly", "ment", "ful", "ness", "less", "some", "ville", "walk", "step", "track",
	"wise", "ship", "berry", "side", "way", "work", "time", "line", "land", "field",
	"house", "horse", "port", "kick", "man", "men", "woman", "women", "show",
	"stream", "water", "board", "ground", "lace", "box", "said", "taste", "such",
	"the",
}

// splitVowels returns how many vowel pairs inside groups are pronounced as
// two syllables.
func splitVowels(w []byte) int {
	s := string(w)
	add := 0
	for i := 0; i+1 < len(w); i++ {
		a, b := w[i], w[i+1]
		if a != 'i' && a != 'u' && a != 'o' && a != 'e' {
			continue // every pair below starts with one of these
		}
		before := byte(0)
		if i > 0 {
			before = w[i-1]
		}
		after := byte(0)
		if i+2 < len(w) {
			after = w[i+2]
		}
		switch {
		case a == 'i' && b == 'a':
			// "me-di-a", "gi-ant", "a-ppre-ci-ate", but "-cia", "-tian",
			// "-sian" are one ("a-ca-cia", "gre-cian").
			if after == 't' || !(before == 'c' || before == 't' || before == 's' || before == 'g') {
				add++
			}
		case a == 'i' && b == 'o':
			// "ra-di-o", "li-on", but "-tion", "-sion", "-cious".
			if !(before == 'c' || before == 't' || before == 's' || before == 'g' || before == 'x') {
				add++
			}
		case a == 'i' && b == 'u', a == 'i' && b == 'i', a == 'u' && b == 'o' && after != 'y':
			add++ // "me-di-um", "ski-ing", "du-o" (not "buoy")
		case a == 'u' && b == 'e' && after == 'n' && before != 'q' && before != 'g':
			add++ // "in-flu-ence", "con-sti-tu-en-cy"
		case a == 'o' && b == 'a' && i+2 == len(w):
			add++ // "bo-a", "sa-mo-a"
		case a == 'e' && b == 'o':
			// "vi-de-o", "ne-on", "ge-o-lo-gy", but "-eous" and "sur-geon".
			if after != 'u' && !(before == 'g' && after == 'n') {
				add++
			}
		case a == 'u' && b == 'a':
			// "ac-tu-al", but "qua", "gua", "jua" ("qua-li-ty", "lan-guage",
			// "Jua-na").
			if before != 'q' && before != 'g' && before != 'j' {
				add++
			}
		case a == 'e' && b == 'a' && (i+2 == len(w) || strings.HasPrefix(s[i:], "eate") || before == 'r' && after == 'l' && i >= 2):
			add++ // "i-de-a", "cre-ate", "ce-re-al"
		case a == 'i' && b == 'e':
			// "qui-et", "cli-ent", "hap-pi-er", "sci-ence"; not "-tient",
			// "-cient" ("pa-tient", "an-cient") nor final "-ie(s)".
			if after == 't' || s[i:] == "ier" || strings.HasPrefix(s[i:], "iest") || strings.HasPrefix(s[i:], "iell") ||
				((after == 'n') && before != 't' && !(before == 'c' && i >= 2 && w[i-2] != 's')) {
				add++
			}
		case (a == 'o' || a == 'e') && b == 'i' && strings.HasPrefix(s[i+1:], "ing"):
			add++ // "do-ing", "be-ing"
		}
	}
	if l := len(w); l >= 3 && (hasSuffix(w, "sm") && isVowelAt(w, l-3) || hasSuffix(w, "thm")) {
		add++ // "pri-sm", "cha-sm", "rhy-thm"
	}
	add += prefixSplit(w)
	if hasPrefix(w, "mc") {
		add++ // "Mc-Don-ald"
	}
	return add
}

func hasSuffix(w []byte, suffix string) bool {
	return len(w) >= len(suffix) && string(w[len(w)-len(suffix):]) == suffix
}

func hasAnySuffix(w []byte, suffixes ...string) bool {
	for _, s := range suffixes {
		if hasSuffix(w, s) {
			return true
		}
	}
	return false
}

// vowelPrefixes are prefixes that stay a syllable of their own before a
// vowel: "re-a-li-ty", "pre-empt", "pro-ac-tive", "mi-cro-or-ga-nism".
var vowelPrefixes = [...]string{"re", "pre", "pro", "anti", "micro", "macro", "intra"}

// prefixFirst marks the first bytes of vowelPrefixes: most words start
// with none of them and need no further look.
var prefixFirst = func() (t [256]bool) {
	for _, p := range vowelPrefixes {
		t[p[0]] = true
	}
	return t
}()

// digraphStarts begin everyday words where re or pro and the next vowel are
// one syllable ("read", "reason", "proof"); realWords are the same for "real".
var (
	digraphStarts = [...]string{"read", "reach", "reas", "rear", "reap", "ream", "reel", "reef", "reek", "reig", "rein", "proo", "prou"}
	realWords     = map[string]bool{"real": true, "really": true, "realm": true, "realms": true}
)

// prefixSplit returns 1 if w starts with a prefix followed by a vowel that
// the vowel-group count merged into the prefix's last syllable.
//
// The prefix test comes first: most words start with no prefix at all, and
// it spares them the word list and the digraph tests.
func prefixSplit(w []byte) int {
	if len(w) == 0 || !prefixFirst[w[0]] {
		return 0
	}
	split := false
	for _, p := range vowelPrefixes {
		if len(w) >= len(p)+3 && hasPrefix(w, p) && w[len(p)] != 'y' && isVowelAt(w, len(p)) {
			split = true
			break
		}
	}
	if !split || realWords[string(w)] {
		return 0
	}
	for _, d := range digraphStarts {
		if hasPrefix(w, d) {
			return 0
		}
	}
	return 1
}

func hasPrefix(w []byte, prefix string) bool {
	return len(w) >= len(prefix) && string(w[:len(prefix)]) == prefix
}
