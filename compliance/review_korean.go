package compliance

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// familyWords follow a family's name when a reply greets the family
// ("Thank you, Okafor family!"): they are no part of the name the
// reviewer signed with ("— the Okafors").
var familyWords = newWordSet([]string{"family", "familia", "famille", "família", "ohana", "whānau", "fam"})

// koreanTitles are said after a Korean name to its bearer: "님" and "씨",
// apart ("민지 님") or written onto it ("서연씨").
var koreanTitles = []string{"님", "씨"}

// koreanNotNames are Korean words that take "님" or "씨" and are no one's
// name: roles, kin and "everyone" ("선생님", "고객님", "어머님", "여러분").
var koreanNotNames = newWordSet([]string{"선생", "고객", "환자", "원장", "간호사", "의사", "회원", "손", "어머", "아버", "할머", "할아버",
	"부모", "사모", "형", "누", "언니", "오빠", "아드", "따", "여러분", "교수", "목사", "실장", "팀장", "부장", "사장", "과장", "선배", "이모", "삼촌",
	// "아저씨" (mister) and "아가씨" (miss) say anyone; doctors, officials,
	// clergy, in-laws and God ("박사님", "대표님", "신부님", "하나님") are
	// titles, not names.
	"아저", "아가", "박사", "대표", "주임", "의사선생", "담당자", "작가", "기사", "보호자", "장모", "장인", "시어머", "시아버", "신부", "수녀",
	"도련", "하나", "하느", "부처", "예수"})

// koreanTitledVocatives adds the Korean names a reply says with a title
// of respect ("감사합니다, 민지 님!", "서연씨, 감사합니다"): a Hangul word of
// two to four syllables before "님" or "씨" names the one addressed, as
// "Mr." before a word does in English.
func (s *scan) koreanTitledVocatives(add func(start, end int, greeting bool)) {
	for i := range s.toks {
		t := s.toks[i]
		if t.kind != tokWord {
			continue
		}
		stem, end := "", t.end
		for _, title := range koreanTitles {
			if b, ok := strings.CutSuffix(t.low, title); ok && b != "" {
				stem = b
				break
			}
		}
		if stem == "" && i+1 < len(s.toks) && s.toks[i+1].sent == t.sent && inSet(s.toks[i+1].low, koreanTitles...) && s.toks[i+1].start > t.end {
			stem, end = t.low, s.toks[i+1].end
		}
		if n := utf8.RuneCountInString(stem); n < 2 || n > 4 || !allHangul(stem) || koreanNotNames.has(stem) {
			continue
		}
		add(t.start, end, true)
	}
}

// allHangul reports whether every rune of w is a Hangul syllable.
func allHangul(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return w != ""
}
