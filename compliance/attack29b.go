package compliance

import "strings"

// A second pass on session 29's changes (att29b): false alarms the new
// catches raised on ordinary replies, each narrowed where it fired. Test:
// attack29b_test.go; docs/COMPLIANCE.md, "A second pass on session 29's
// changes (att29b)".

// kinMissionWords29b make the care of "su familia" the practice's promise
// to everyone, not a visit told: "Nuestra misión es cuidar de su
// familia", "Nossa missão é cuidar da sua família".
var kinMissionWords29b = newWordSet([]string{"misión", "mision", "missão", "missao", "compromiso", "meta",
	"objetivo", "propósito", "dedicados", "dedicamos", "dedicada", "dedicado", "prometemos"})

// kinMission29b reports a promise word before token v in sentence si.
func (s *scan) kinMission29b(si, v int) bool {
	for o := s.sents[si].tokStart; o < v; o++ {
		if kinMissionWords29b.has(s.toks[o].low) {
			return true
		}
	}
	return false
}

// betterAsAdjective29b reports "mejor"/"melhor" at token p standing before
// a noun after an article: "un mejor horario", "o melhor atendimento" (a
// better thing found, not the relative better).
func (s *scan) betterAsAdjective29b(p int) bool {
	return p >= 1 && inSet(s.toks[p].low, "mejor", "melhor") &&
		inSet(s.toks[p-1].low, "un", "una", "el", "la", "los", "las", "um", "uma", "o", "a", "os", "as", "su", "sua", "seu", "nuestro", "nuestra", "nosso", "nossa")
}

// vietBetween29b may stand between the Vietnamese relative and the words
// of their getting better ("mẹ của anh đã đỡ hơn"); any other word (a
// verb of seeing, a thing: "chị thấy thời gian chờ đã đỡ hơn", the wait
// is better) makes what got better something else.
var vietBetween29b = newWordSet([]string{"của", "đã", "cũng", "được", "đang", "bắt", "đầu", "ngày", "càng", "rất", "mau", "nhiều",
	"rồi", "là", "vì", "khi", "thì", "nay", "bây", "giờ", "giờ", "nhà", "mình", "lại", "và"})

// generalRecovery29b make a recovery "from" an illness everyone's, a
// health fact: "la mayoría de la gente se recupera de la gripe en una
// semana".
var generalRecovery29b = newWordSet([]string{"mayoría", "mayoria", "maioria", "gente", "personas", "pessoas", "todos", "todas",
	"quien", "quem", "cualquiera", "qualquer", "generalmente", "normalmente", "usualmente", "geralmente", "suele", "suelen",
	"costuma", "costumam", "muchos", "muchas", "muitos", "muitas", "adultos", "pacientes"})

// koreanSeason29b reports the Korean illness ill found in text only as
// the name of a season: "감기 시즌에도 대기 시간이 좋아졌다니" (the wait got
// better even in cold season), "독감철", "독감 유행". Someone's illness with
// its getting better ("혈당 수치가 좋아지셨다니", "감기는 빨리 낫기를")
// stays.
func koreanSeason29b(text, ill string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], ill)
		if j < 0 {
			return true
		}
		rest := strings.TrimLeft(text[i+j+len(ill):], " ")
		if !strings.HasPrefix(rest, "시즌") && !strings.HasPrefix(rest, "철") && !strings.HasPrefix(rest, "유행") {
			return false
		}
		i += j + len(ill)
	}
}

// upToDateNews29b reports "up to date" at token t (its "up") as news kept
// current, not shots: "keep everyone up to date", "up to date on our new
// hours". What follows "on"/"with"/"about" decides: a shot or a health
// word keeps the care ("up to date on his vaccines").
func (s *scan) upToDateNews29b(t, subj, end int) bool {
	if subj > 0 && inSet(s.toks[subj-1].low, "keep", "keeps", "keeping", "kept", "keep", "stay", "staying") {
		return true
	}
	k := t + 3
	if k >= end || !inSet(s.toks[k].low, "on", "with", "about", "regarding") {
		return false
	}
	for j := k + 1; j < end && j <= k+5; j++ {
		if vaccineWords.has(s.toks[j].low) {
			return false
		}
		if _, ok := s.healthHitAt(j); ok {
			return false
		}
	}
	return true
}

// shotEvent29b reports the shot told from token j ("flu shot") followed
// at once by an event noun: "your flu shot clinic" is the office's event
// the title held, not their own shot; "your flu shot on drive day" is
// their shot.
func (s *scan) shotEvent29b(j, end int) bool {
	k := j
	for k < end && k <= j+3 {
		if _, ok := s.healthHitAt(k); !ok && !vaccineWords.has(s.toks[k].low) {
			break
		}
		k++
	}
	return k > j && k < end && inSet(s.toks[k].low, "clinic", "clinics", "drive", "drives", "day", "event", "events", "fair", "program", "campaign")
}

// reviewStems29b returns, made once per scan, the review's words (each
// after a space) and every beginning of one to five letters of each, for
// reviewSays29: a word w is the review's when " "+w is there, or when its
// first five letters begin a review word.
func (s *scan) reviewStems29b() map[string]bool {
	if s.reviewStemSet != nil {
		return s.reviewStemSet
	}
	words, _ := s.reviewWords23()
	m := make(map[string]bool, 4*len(words))
	for _, rw := range words {
		m[" "+rw] = true
		n := 0
		for i := range rw {
			if i > 0 {
				m[rw[:i]] = true
				n++
			}
			if n == 5 {
				break
			}
		}
		if n < 5 {
			m[rw] = true
		}
	}
	s.reviewStemSet = m
	return m
}
