package names

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The name data (SSA and Census) is written without diacritics: "jose",
// "maria", "francois". Unmark turns a name as writers spell it ("José",
// "María", "Tomás", "Raúl", "François", "Łukasz") into that spelling.

// unmarked maps a lower-case Latin letter with marks to its letter
// without them, built once from the Unicode decompositions of Latin-1 and
// Latin Extended-A (the letters of Spanish, Portuguese, French, German,
// Polish and the Nordic languages), plus ø and ł, which do not decompose.
// Vietnamese tone letters (Latin Extended Additional) are left out on
// purpose: without its tones a Vietnamese word is often a name ("Đặt
// lịch hẹn", book an appointment, would read "Dat"), so a word holding
// one is left as written.
var unmarked = func() map[rune]byte {
	m := map[rune]byte{'ø': 'o', 'ł': 'l'}
	add := func(from, to rune) {
		for r := from; r <= to; r++ {
			d := norm.NFD.String(string(r))
			if b := d[0]; len(d) > 1 && b >= 'a' && b <= 'z' {
				m[r] = b
			}
		}
	}
	add(0xC0, 0x17F)
	return m
}()

// Unmark returns low with the marks taken off its Latin letters, or low
// itself when it has none or holds a letter the table does not know (no
// allocation for an ASCII word).
func Unmark(low string) string {
	i := 0
	for i < len(low) && low[i] < utf8.RuneSelf {
		i++
	}
	if i == len(low) {
		return low
	}
	var b strings.Builder
	b.Grow(len(low))
	b.WriteString(low[:i])
	changed := false
	for _, r := range low[i:] {
		if r < utf8.RuneSelf {
			b.WriteRune(r)
			continue
		}
		c, ok := unmarked[r]
		if !ok {
			return low
		}
		b.WriteByte(c)
		changed = true
	}
	if !changed {
		return low
	}
	return b.String()
}

// UnmarkName returns the spelling without marks of low when that is a
// name the data knows and low is no title or person word that is looked
// up with its marks ("señora", "doña", "bác", "niño"); otherwise low.
func UnmarkName(low string) string {
	if honorific.has(low) || lowerTitle.has(low) || spanishPerson.has(low) || relatives.has(low) || everydayMarked.has(low) {
		return low
	}
	if u := Unmark(low); u != low && (First(u) != None || Surname(u) != None) {
		return u
	}
	return low
}

// everydayMarked are everyday words whose spelling without marks is a
// name: "Día del niño" is no Dia, "Más info" no Mas.
var everydayMarked = set("día", "días", "más", "sí", "está", "están", "qué", "así", "aquí", "allá", "café", "mamá", "papá",
	"bebé", "él", "tú", "mí", "sé", "río", "tía", "tío", "mía", "fé", "já", "até", "né", "avó", "avô", "père", "mère", "frère",
	"sœur", "été", "après", "année", "señal", "año", "años", "mañana", "niña", "niño", "corazón", "salón", "canción")
