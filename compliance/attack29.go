package compliance

import "strings"

// att29's attacks on session 29's changes and on what they reach (tests in
// attack29_test.go).

// numberSetOff29 reports whether the jersey number at token n stands
// alone on its right: a comma or a bracket, the sentence's end, or what
// the player did ("a Wolves pitcher, #18, came in", "the Tigers safety,
// #21 limped off"). After a comma, a number followed by a noun is a rank:
// "Tigers safety, #1 priority", "Westside Urgent Care center, #2 in the
// Riverside network" (jersey29.go read them as a player, TestJerseyRankNotPlayer29).
func (s *scan) numberSetOff29(n, si int) bool {
	k := n + 1
	if !s.sameSent(k, si) {
		return true
	}
	w := s.toks[k].low
	return inSet(w, ",", ")", ";", ".", "!", "?", "-", "—", "–") || jerseyVerbs23.has(w)
}

// The readings of t29reply's reply29.go (4691bf7) that fired on a reply's
// community news, its service and its apologies (TestReplyKinCareNotEvents29).

// birthNotOwned29 reports that the birth word at k, read after "there for"
// from token from, is no one's birth: "Labor Day", or an arrival or a
// delivery that no owner or relative marks ("there for every delivery",
// "there for the arrival of the new engine"). "there for your labor",
// "the arrival of your twins" and "both of your deliveries" are the
// reader's.
func (s *scan) birthNotOwned29(from, k, end int) bool {
	switch w := s.toks[k].low; w {
	case "labor", "labour":
		return k+1 < end && s.toks[k+1].low == "day"
	case "arrival", "arrivals", "delivery", "deliveries":
		for j := from; j < k; j++ {
			if birthOwners29.has(s.toks[j].low) {
				return false
			}
		}
		if k+2 < end && s.toks[k+1].low == "of" {
			o := s.toks[k+2].low
			return !birthOwners29.has(o) && !kinWords.has(o) && !relativeWords.has(o) && !inSet(o, "baby", "babies", "twins", "triplets", "both")
		}
		return true
	}
	return false
}

// birthOwners29 own a birth: the reader's or their family's.
var birthOwners29 = newWordSet([]string{"your", "ur", "her", "his", "their", "both"})

// upToDateOnThing29 reports "up to date" followed by "on", "with" or
// "about" and, in the next few words, no shot or health word: "up to date
// on our new hours", "with the new check-in app" tell no one's shots; "up
// to date on their shots" does.
func (s *scan) upToDateOnThing29(k, end int) bool {
	if k >= end || !inSet(s.toks[k].low, "on", "with", "about") {
		return false
	}
	for j := k + 1; j < end && j <= k+4; j++ {
		if s.inHealth(j) || upToDateShots29.has(s.toks[j].low) {
			return false
		}
	}
	return true
}

// upToDateShots29 are what a person is up to date on.
var upToDateShots29 = newWordSet([]string{"shots", "shot", "vaccines", "vaccine", "vaccinations", "immunizations", "boosters",
	"booster", "jabs", "checkups", "physicals", "screenings", "everything"})

// kinCareHopes29 before a verb of care make it a hope, not a visit told:
// "esperamos ver a sus niños en el desfile".
var kinCareHopes29 = newWordSet([]string{"esperamos", "espero", "esperemos", "ojalá", "ojala", "tomara"})

// kinAtEvent29 reports the relative ending at token k seen at an event:
// "ver a sus niños en el desfile", "recibir a su familia en nuestra feria
// de salud", "ver a sua família na corrida". The office is no event:
// "recibir a su familia en nuestra clínica" stays care.
func (s *scan) kinAtEvent29(k, end int) bool {
	if k >= end || !inSet(s.toks[k].low, "en", "na", "no", "em", "al", "a") {
		return false
	}
	for j := k + 1; j < end && j <= k+3; j++ {
		if kinEvents29.has(s.toks[j].low) {
			return true
		}
	}
	return false
}

// kinEvents29 are community events a family is seen at.
var kinEvents29 = newWordSet([]string{"desfile", "feria", "festival", "fiesta", "carrera", "evento", "kermés", "kermes", "posada",
	"caminata", "torneo", "partido", "concierto", "feira", "festa", "corrida", "caminhada", "jogo", "show", "parade"})

// koreanNoIllness29 reports that the Korean illness word ill in text names
// no one's illness: "상처" told as a hurt the reply apologises for ("상처가
// 되셨다면", "상처를 드려", "마음의 상처"), or a sentence of general tips
// ("감기 예방과 회복에 도움이 되는 팁").
func koreanNoIllness29(text, ill string) bool {
	if ill == "상처" {
		for _, hurt := range []string{"상처가 되", "상처를 드", "상처를 받", "상처받", "마음의 상처", "마음에 상처"} {
			if strings.Contains(text, hurt) {
				return true
			}
		}
	}
	_, tips := containsAny(text, []string{"팁", "블로그", "예방", "방법", "정보", "교실"})
	return tips
}

// vietPlease29 reports the Vietnamese gladness word at t as "vui lòng",
// "please": "Chị vui lòng gọi cho chúng tôi" is a request.
func vietPlease29(toks []token, t, end int) bool {
	return toks[t].low == "vui" && t+1 < end && toks[t+1].low == "lòng"
}

// helloSeenHere29 reports, in the sentence of a hello sent home, the
// visits that make the one greeted a patient: "Say hi to Walter for us, we
// miss seeing him every Tuesday", "we haven't seen him in a while". The
// hello alone warns (helloSentHome29); with these it keeps its block.
func (s *scan) helloSeenHere29(t int) bool {
	// Asked through sentenceHasWord, which keeps its answer for a long
	// sentence: a sentence of many hellos sent home read itself once per
	// hello, growing as its square (att29b, TestAttack29bLinear).
	return s.sentenceHasWord(s.toks[t].sent, helloSeen29)
}

// helloSeen29 tell the one greeted seen at the office.
var helloSeen29 = newWordSet([]string{"seeing", "seen", "saw", "miss", "missed", "missing", "visit", "visits", "visited",
	"visiting", "appointment", "appointments", "appt", "extrañamos", "vemos", "saudade", "saudades"})
