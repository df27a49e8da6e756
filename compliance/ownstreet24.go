package compliance

import "strings"

// The practice's own street in another spelling (PRIV-07, issue 11,
// session 24; tests in ownstreet24_test.go). The allowlist knew the
// practice's addresses as configured ("4810 S 24th St, Omaha"), so a post
// that wrote the street out ("New parking signs are up at South 24th
// Street: green spots are for patients", dev130-006, labelled pass) read
// as a street beside patients and blocked, and one that ended its
// sentence on the address ("Our Cactus address is 108 S Main St.",
// dev125-232, pass) warned as someone's home. A street match, its kind
// last ("Street", "Ave."), now also counts as the practice's when its
// words in one spelling (directions and kinds abbreviated, punctuation
// gone), three or more, stand whole in one of the practice's addresses:
// another house number, another side of town or another street is still
// the patient's, and a street's name and kind alone ("Broad Street" for
// "417 W Broad St") may be any block of it and stay as they were.

// streetCanon abbreviates the directions and kinds of a street.
var streetCanon = map[string]string{"north": "n", "south": "s", "east": "e", "west": "w", "northeast": "ne",
	"northwest": "nw", "southeast": "se", "southwest": "sw", "street": "st", "avenue": "ave", "av": "ave", "road": "rd",
	"boulevard": "blvd", "drive": "dr", "lane": "ln", "highway": "hwy", "parkway": "pkwy", "court": "ct", "place": "pl",
	"circle": "cir", "terrace": "ter", "trail": "trl", "square": "sq", "pike": "pk"}

// streetKinds are a street's kind in streetCanon's spelling.
var streetKinds = newWordSet([]string{"st", "ave", "rd", "blvd", "dr", "ln", "hwy", "pkwy", "ct", "pl", "cir", "ter", "trl",
	"sq", "pk", "way"})

// canonicalStreet joins words in streetCanon's spelling, punctuation
// left out.
func canonicalStreet(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if w == "" || !isWordByte(w[0]) && w[0] < 0x80 {
			continue // ".", ",", "#"
		}
		if c, ok := streetCanon[w]; ok {
			w = c
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// streetSpelledOut reports whether text, a street of two words or more
// ending in its kind ("South 24th Street", "108 S Main St."), is a street
// of the practice's addresses in another spelling.
func (a *allowlist) streetSpelledOut(text string) bool {
	if len(a.canonAddresses) == 0 {
		return false
	}
	canon := canonicalStreet(tokenizePhrase(text))
	last := strings.LastIndexByte(canon, ' ')
	if last < 0 || !streetKinds.has(canon[last+1:]) || strings.Count(canon, " ") < 2 {
		return false // "Broad Street" alone may be any block of it: three words or more
	}
	canon = " " + canon + " "
	for _, ad := range a.canonAddresses {
		if strings.Contains(ad, canon) {
			return true
		}
	}
	return false
}
