package compliance

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/practicepost/practicepost/post"
)

// khmerKinTitles are Khmer words of kin or respect said before a name:
// "លោកយាយ ស្រីមុំ" (Grandma Sreymom), "អ៊ំស្រី ធីតា" (Auntie Thida). Khmer
// runs words together and spaces phrases, so the title and the name are
// fields of their own.
var khmerKinTitles = newWordSet([]string{"លោកយាយ", "លោកតា", "យាយ", "តា", "អ៊ំស្រី", "អ៊ំប្រុស", "អ៊ំ", "មីង", "ពូ", "បងស្រី",
	"បងប្រុស", "ប្អូនស្រី", "ប្អូនប្រុស", "លោកស្រី", "អ្នកស្រី", "លោក", "កញ្ញា"})

// khmerCare are Khmer words of one person's care: surgery, chemotherapy,
// radiation, cancer, a birth, an illness, a hospital stay, treatment.
var khmerCare = []string{"វះកាត់", "គីមីព្យាបាល", "កាំរស្មី", "មហារីក", "សម្រាលកូន", "ជំងឺ", "មន្ទីរពេទ្យ", "ព្យាបាល", "ទឹកនោមផ្អែម"}

// khmerNotName open a field that goes on with the sentence, not a name:
// "ដែល" (who), "បាន" (did), "សម្រាប់" (for), "និង" (and).
var khmerNotName = []string{"ដែល", "បាន", "សម្រាប់", "និង", "ដោយ", "នៅ"}

// khmerKinCare is PRIV-10 in Khmer script: a title of kin or respect
// before a name ("លោកយាយ ស្រីមុំ"), in a post that tells care
// ("វះកាត់ភ្នែក", eye surgery), names a patient with their care as
// "Grandma Sreymom's eye surgery" does. A title with no care (thanks for
// a cake) and care with no one named pass. Khmer bytes gate the walk.
func (s *scan) khmerKinCare() []post.Finding {
	if !strings.Contains(s.text, "\xe1\x9e") || !khmerCareIn(s.text) {
		return nil
	}
	var out []post.Finding
	at := 0
	var prev string
	prevStart := -1
	for _, field := range strings.Fields(s.text) {
		start := at + strings.Index(s.text[at:], field)
		at = start + len(field)
		word := strings.TrimFunc(field, func(r rune) bool { return !unicode.Is(unicode.Khmer, r) })
		if prevStart >= 0 && khmerKinTitles.has(prev) && khmerName(word) {
			f := post.Finding{Start: prevStart, End: start + len(field),
				Message: "A person named with a title of kin or respect, in a post that tells care: it names a patient with their health."}
			f.Severity = post.SeverityBlock
			f.Suggestion = "Leave out who it is, or link their signed authorization."
			out = append(out, f)
			if len(out) >= maxMatches {
				break
			}
		}
		prev, prevStart = word, start
		if !strings.HasSuffix(field, word) {
			prev = "" // "លោកយាយ!": a title ended by a mark stands before no name
		}
	}
	return out
}

// khmerCareIn reports Khmer care words in text.
func khmerCareIn(text string) bool {
	for _, w := range khmerCare {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// khmerName reports whether a Khmer field can be a name: short, all
// Khmer, not a care word nor a word that carries the sentence on.
func khmerName(w string) bool {
	if n := utf8.RuneCountInString(w); n < 2 || n > 12 || khmerKinTitles.has(w) || khmerCareIn(w) {
		return false
	}
	for _, p := range khmerNotName {
		if strings.HasPrefix(w, p) {
			return false
		}
	}
	for _, r := range w {
		if !unicode.Is(unicode.Khmer, r) {
			return false
		}
	}
	return true
}
