package compliance

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/practicepost/practicepost/compliance/health"
)

// plainSpelling returns a staff name's word without its marks, Vietnamese
// tone letters included ("nguyễn" → "nguyen", "peña" → "pena", "đặng" →
// "dang"), or w itself when it has none, keeps a letter that has no plain
// form, or would be a health word without them ("colón" → "colon"). Posts
// often spell the practice's own people without marks; the staff list is
// written with them. Unlike names.Unmark for the text, the staff list holds
// only names, so a Vietnamese word turning into a name is no risk here.
func plainSpelling(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
			// a mark: dropped
		case r == 'đ':
			b.WriteByte('d')
		case r == 'ø':
			b.WriteByte('o')
		case r == 'ł':
			b.WriteByte('l')
		default:
			return w
		}
	}
	u := b.String()
	if n, _ := health.At([]string{u}, 0); n > 0 {
		return w
	}
	return u
}

// plainStaffDoctor reports whether words after a doctor's title are a
// staff doctor's name spelt without its marks: "Dr. Nguyen" for "Thảo
// Nguyễn, MD", "Dr. Pena" for "Rosalind Peña, MD". Only after the title:
// "the Arceneaux-Nguyen crew" may be a patient family sharing the name.
func (s *scan) plainStaffDoctor(from int, words []string) bool {
	if len(s.c.allow.plainStaff) == 0 || from >= len(s.toks) || !s.titledDoctor(from) {
		return false
	}
	var buf [6]string
	marked := buf[:0]
	changed := false
	for _, w := range words {
		if m, ok := s.c.allow.plainStaff[w]; ok {
			w, changed = m, true
		}
		marked = append(marked, w)
	}
	return changed && s.c.allow.isStaff(marked)
}
