package compliance

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestHomoglyphsNotASCII checks what homoglyph's fast path assumes: no
// ASCII character is a look-alike, so an ASCII letter needs no look-up.
func TestHomoglyphsNotASCII(t *testing.T) {
	for r := range homoglyphs {
		if r < utf8.RuneSelf {
			t.Errorf("homoglyphs holds the ASCII character %q", r)
		}
	}
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if l, ok := homoglyph(r); ok {
			t.Errorf("homoglyph(%q) = %q, want none", r, l)
		}
	}
	// The look-alikes themselves are still found.
	for _, c := range []struct{ r, want rune }{{'а', 'a'}, {'Р', 'P'}, {'ο', 'o'}, {'ꮇ', 'm'}} {
		if l, ok := homoglyph(c.r); !ok || l != c.want {
			t.Errorf("homoglyph(%q) = %q, %v; want %q", c.r, l, ok, c.want)
		}
	}
}

// TestOddSeparatorRune checks that oddSeparatorRune answers as
// oddSeparator of the character as a string did, for every character a
// folded text holds (invalid bytes are negative), and that bracketOpener
// says yes to every character bracketWord reads.
func TestOddSeparatorRune(t *testing.T) {
	for r := rune(-256); r < 0x3000; r++ {
		old := r >= 0 && r < utf8.RuneSelf && (string(r) == "_" || string(r) == "*" || string(r) == "|" || string(r) == "~")
		if got := oddSeparatorRune(r); got != old {
			t.Errorf("oddSeparatorRune(%q) = %v, want %v", r, got, old)
		}
		if r >= 0 {
			if got := oddSeparator(string(r)); got != old {
				t.Errorf("oddSeparator(%q) = %v, want %v", string(r), got, old)
			}
		}
		us := []unit{{r: r}, {r: 'a'}, {r: 't'}, {r: ')'}, {r: ']'}, {r: '}'}, {r: '>'}}
		for _, closer := range []rune{')', ']', '}', '>'} {
			us[3].r = closer
			if got, _ := bracketWord(us, 0); got != 0 && !bracketOpener(r) {
				t.Errorf("bracketWord reads %q as an opener, bracketOpener does not", r)
			}
		}
	}
	for _, s := range []string{"", "__", "**", "-", "_x"} {
		if oddSeparator(s) {
			t.Errorf("oddSeparator(%q) = true", s)
		}
	}
}

// TestPhraseStarts checks that the first-word sets the reply walks ask
// before trying a phrase list hold every phrase's first word, and a word
// that starts none is turned away.
func TestPhraseStarts(t *testing.T) {
	for _, c := range []struct {
		name    string
		phrases [][]string
		starts  *wordSet
	}{{"wellWishes", wellWishes, wellWishStarts}, {"reactionPhrases", reactionPhrases, reactionStarts}} {
		for _, p := range c.phrases {
			if len(p) == 0 || !c.starts.has(p[0]) {
				t.Errorf("%s: %q does not start a phrase the set knows", c.name, p)
			}
		}
		if c.starts.has("appointment") {
			t.Errorf("%s: the set holds %q, which starts no phrase", c.name, "appointment")
		}
	}
}

// TestCommunityWords checks that communityWords, which scan.community asks
// before walking the names, holds every word of every community name.
func TestCommunityWords(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	if len(c.allow.community) == 0 {
		t.Fatal("the test profile has no community names")
	}
	for _, cn := range c.allow.community {
		for _, w := range cn {
			if !c.allow.communityWords.has(w) {
				t.Errorf("communityWords lacks %q of %q", w, cn)
			}
		}
	}
}

// TestMatchOn checks reviewSignature's gates: each expression matches
// only lines holding one of the characters it is gated on, so skipping
// the others changes nothing. The lines are review signatures and
// headers in the shapes the expressions read, and the same lines with
// the gate's characters taken out.
func TestMatchOn(t *testing.T) {
	lines := []string{
		"Great care, thank you! — Jenny L.", "Marcus T. — Good service", "★★★★★ Thiago Souza: muy buena atención",
		"★★★★★ Excelente — Marisol R.", "— Guillermo 'Memo' Arellano", "Best clinic ever - the Okafors", "Google — great visit",
		"Mai Yer Thao – Good clinic", "thanks ~ Rosa", "Note: they were kind", "Dr. Lee was great", "",
	}
	for _, c := range []struct {
		name string
		re   *regexp.Regexp
		need string
	}{{"end", reviewSignedEndRE, "-—–~"}, {"head", reviewSignedHeadRE, "-—–"}, {"header", reviewHeaderRE, ":"}} {
		for _, l := range lines {
			cut := strings.Map(func(r rune) rune {
				if strings.ContainsRune(c.need, r) {
					return ' '
				}
				return r
			}, l)
			for _, x := range []string{l, cut} {
				if got, want := matchOn(c.re, x, c.need), c.re.FindStringSubmatch(x); !slices.Equal(got, want) {
					t.Errorf("%s: matchOn(%q) = %q, the expression finds %q", c.name, x, got, want)
				}
			}
		}
	}
}

// TestFoldPassesStillRead checks that the passes fold now skips on a text
// without what they read still read a text with it: an age spelled out,
// a number broken over two lines, a digit group in parentheses, markup
// around a name and look-alike letters, each in a text that also holds a
// curly quote (so that fold is asked at all).
func TestFoldPassesStillRead(t *testing.T) {
	none := func(string) bool { return false }
	for _, c := range []struct{ text, want string }{
		{"She’s ninety-three today", "93"},
		{"She’s one hundred and two", "102"},
		{"SSN 123-45-\n6789 ’", "123-45-6789"},
		{"SSN (536) 22-1234 ’", "536-22-1234"},
		{"Say hi to M**aria** ’", " Maria ’"},
		{"Mаria’s knee", "Maria’s"},
	} {
		f, changed := fold(c.text, none, nil)
		if !changed || !strings.Contains(f.text, c.want) {
			t.Errorf("fold(%q) = %q (changed %v), want it to hold %q", c.text, f.text, changed, c.want)
		}
	}
	// A text with none of it comes out as written.
	for _, text := range []string{"We’re open Saturday, 9 to noon 🎉", "Thank you for the kind words — see you soon!"} {
		if f, changed := fold(text, none, nil); changed {
			t.Errorf("fold(%q) = %q, want it unchanged", text, f.text)
		}
	}
}

// TestSpellStart checks that spellStart holds the first letter of every
// word digitWord and numberWord read (taken from their source, so a word
// added there is checked too): joinSpelledDigits passes over a word whose
// first letter it lacks.
func TestSpellStart(t *testing.T) {
	src, err := os.ReadFile("fold.go")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, fn := range []string{"func digitWord(", "func numberWord("} {
		body := string(src)
		i := strings.Index(body, fn)
		if i < 0 {
			t.Fatalf("no %s in fold.go", fn)
		}
		body = body[i:]
		body = body[:strings.Index(body, "\n}\n")]
		for _, m := range regexp.MustCompile(`"([a-z]+)"`).FindAllStringSubmatch(body, -1) {
			w := m[1]
			n++
			if numberWord(w) < 0 {
				t.Errorf("%q in %s is no number word", w, fn)
			}
			if !spellStart[w[0]] {
				t.Errorf("spellStart lacks %q, the first letter of %q", w[0], w)
			}
		}
	}
	if n < 25 {
		t.Errorf("read %d number words from fold.go, want the 31 or so there are", n)
	}
}
