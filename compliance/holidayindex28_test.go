package compliance

import "testing"

// TestHolidayIndexAgrees28: holidayNamed28 finds the phrases through an
// index of their words; it must answer as the walk over every phrase did,
// at every token of texts that hold holidays, parts of them and names.
func TestHolidayIndexAgrees28(t *testing.T) {
	c := rulesChecker(t, testProfile())
	// walk is the walk the index replaced.
	walk := func(s *scan, from, to int) bool {
		k := from
		for k < to-1 && (greetingOpeners.has(s.toks[k].low) || inSet(s.toks[k].low, "happy", "chúc", "mừng")) {
			k++
		}
		for _, ph := range holidayPhrases28 {
			for st := k - len(ph) + 1; st <= k; st++ {
				if st < 0 || st+len(ph) < to || st+len(ph) > len(s.toks) {
					continue
				}
				if s.tokensAre28(st, ph) {
					return true
				}
			}
		}
		return false
	}
	for _, text := range []string{
		"¡Feliz Cinco de Mayo from Rosa Delgado!", "Happy Diez y Seis de Septiembre, familia!", "Tết Trung Thu is almost here",
		"Chúc mừng Năm Mới from all of us", "Día de los Muertos altar in the lobby", "Eid al Fitr Mubarak, Eid Mubarak!",
		"Cinco Cinco de de Mayo Mayo", "Trung Thu Trung", "Happy Rosh Hashanah and Yom Kippur", "Maligayang Pasko at Manigong Bagong Taon",
		"de de de", "", "Mayo", "Gong Xi Fa Cai 🧧 Gong Hei Fat Choy", "Nam moi, nam moi, Năm Mới.",
	} {
		d := Draft{Text: text}
		s := c.newScan(&d, d.Text, "")
		for from := 0; from < len(s.toks); from++ {
			for to := from + 1; to <= len(s.toks) && to <= from+6; to++ {
				if got, want := s.holidayNamed28(from, to), walk(s, from, to); got != want {
					t.Errorf("%q tokens [%d,%d): index says %v, walk %v", text, from, to, got, want)
				}
			}
		}
	}
}
