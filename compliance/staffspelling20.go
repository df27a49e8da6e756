package compliance

import (
	"slices"
	"strings"

	"github.com/practicepost/practicepost/compliance/names"
)

// Staff written otherwise than the staff list writes them (issue 11,
// session 20, t20clean). A list holds "Tomás Ibarra, MD", "Lò Thị Cầm,
// LPN" and "Svetlana Morozova, RN"; a post says "Tomas is running the half
// marathon", "Cam from our east office passed her citizenship interview",
// "Светлана finished her first marathon", or goes by the pet form of the
// given name ("Chayo" for Rosario, "Tess" for Marites). Each was read as a
// stranger named without consent (PRIV-10 warn), and a doctor clicked
// through staff news. A staff member is still no exception to privacy:
// their own health blocks under any spelling. Only the given name is
// taken without its marks: a surname spelt plain ("Nguyen from the
// bakery") is shared by many people, and stays a person unless a doctor's
// title goes before it (plainStaffDoctor).

// vietFamilyNames are the commonest Vietnamese family names, written with
// their marks: a staff name that opens with one is written family name
// first ("Nguyễn Văn Hùng", "Lò Thị Cầm"), so its given name is its last
// word. Written without marks ("Nguyen Hung") the order is anyone's guess,
// and no plain form is taken.
var vietFamilyNames = newWordSet([]string{"nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng",
	"bùi", "đỗ", "hồ", "ngô", "dương", "lý", "lò", "đinh", "đoàn", "trương", "lâm", "mai", "trịnh", "đào", "cao", "lương",
	"tạ", "hà", "thái", "châu", "quách", "tô", "lưu", "vương", "đàm", "kiều", "lạc", "mạc", "triệu", "từ"})

// vietMiddleNames stand between a Vietnamese family name and the given
// name: "Thị" for women, "Văn" for men, and a few that do the same work.
var vietMiddleNames = newWordSet([]string{"thị", "văn", "đức", "hữu", "ngọc", "minh", "quang", "xuân"})

// givenWord reports whether word k of a staff name's words (lower case,
// credentials left out) is the given name: the first word, or the last
// word of a name written Vietnamese order (a Vietnamese family name with
// its marks first, or a middle name such as "Thị" second).
func givenWord(words []string, k int) bool {
	if len(words) < 2 {
		return k == 0
	}
	vietOrder := vietFamilyNames.has(words[0]) || len(words) >= 3 && vietMiddleNames.has(words[1])
	if vietOrder {
		return k == len(words)-1
	}
	return k == 0
}

// givenPlainForms returns what word k of a staff name (words, its name
// part) is written as when it is the given name and has marks: its
// spelling without them ("tomas" for Tomás, "cam" for Cầm, "therese" for
// Thérèse), with the pet forms nicknames knows for that plain spelling
// ("chuy" for Jesús). Nothing for a surname, or a word with no marks.
func givenPlainForms(words []string, k int) []string {
	if k >= len(words) || !givenWord(words, k) {
		return nil
	}
	w := words[k]
	u := plainSpelling(w)
	if u == w {
		return nil
	}
	return append([]string{u}, nicknames[u]...)
}

// cyrillicStaff reports whether words, one Cyrillic word, is a staff
// member's name in Latin letters read the Russian or the Ukrainian way:
// "Светлана" for Svetlana Morozova, "Оксана" for Oksana Hrytsenko.
func (a *allowlist) cyrillicStaff(words []string) bool {
	if len(words) != 1 || len(words[0]) < 2 || words[0][0] < 0xd0 || words[0][0] > 0xd3 {
		return false // not Cyrillic: most words, asked of every token
	}
	ru, uk := names.LatinSpellings(words[0])
	for _, l := range []string{ru, uk} {
		if l != "" && (a.isStaff([]string{l}) || a.isStaff([]string{nominativeFeminine(l)})) {
			return true
		}
	}
	return false
}

// feminineCaseEnds are the endings a feminine name in "-a" or "-ya" takes
// in the other cases, in Latin letters: "Оксану" (oksanu), "Оксані"
// (oksani), "Светлане" (svetlane), "Ганною" (hannoyu), "Марію" (mariyu).
var feminineCaseEnds = [...]struct{ end, nom string }{{"oyu", "a"}, {"yu", "ya"}, {"u", "a"}, {"i", "a"}, {"e", "a"}, {"y", "a"}}

// nominativeFeminine returns l, a Cyrillic name in Latin letters, with the
// first ending of feminineCaseEnds it has put back to the nominative
// ("oksanu" is oksana), or l itself. Greeted, thanked or congratulated, a
// staff member's name is declined: "Поздравьте Оксану".
func nominativeFeminine(l string) string {
	for _, c := range feminineCaseEnds {
		if stem, ok := strings.CutSuffix(l, c.end); ok && len(stem) >= 2 {
			return stem + c.nom
		}
	}
	return l
}

// doubledEndForm reports whether w is the end of a member's name word with
// its last consonant doubled, as a pet form does it: "Tess" for Marites,
// "Bett" for Lisbet. The end is three letters or more, and three letters
// or more of the name go before it.
func doubledEndForm(member []string, w string) bool {
	n := len(w)
	if n < 4 || w[n-1] != w[n-2] || isVowel(w[n-1]) {
		return false
	}
	stem := w[:n-1]
	return slices.ContainsFunc(member, func(mw string) bool {
		return len(mw) >= len(stem)+3 && mw[len(mw)-len(stem):] == stem
	})
}
