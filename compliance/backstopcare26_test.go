package compliance

import "testing"

// TestBackstopCareWords26: PRIV-16 reads a word of care the health data
// lacks (backstop/care.txt: lay and clinical words, in the sets'
// languages) as <HEALTH>, alone and after the word before it, as it reads
// a word of the health data; words of staff and family news, and the
// everyday words the list leaves out on purpose ("exam", "results",
// "cleared", "due"), stay plain words.
func TestBackstopCareWords26(t *testing.T) {
	for _, w := range []string{"bedrest", "bypass", "nicotine", "vape", "screening", "referral", "physical", "shot",
		"urgencias", "recaída", "doença", "rééducation", "renmèd", "phẫu", "baaritaanka", "txhaj", "szpitalu",
		"krankenhaus", "выздоровление", "الشفاء", "병원"} {
		if backstopHealthDataWord(w) {
			t.Errorf("%q is in the health data: the table should test words only care.txt adds", w)
		}
		if !backstopHealthWord(w) {
			t.Errorf("%q: not read as a health word", w)
		}
	}
	for _, w := range []string{"wedding", "graduation", "fishing", "marathon", "exam", "results", "cleared", "due",
		"labor", "passed", "clinic", "boda", "cumpleaños", "casamento", ""} {
		if backstopHealthWord(w) {
			t.Errorf("%q: read as a health word", w)
		}
	}
	// Every word of the list is one lower-case word as the tokenizer
	// reads it, or it could never match.
	for w := range backstopCareWords {
		toks, _ := tokenize(w)
		if len(toks) != 1 || toks[0].kind != tokWord || toks[0].low != w {
			t.Errorf("care.txt: %q is not one lower-case word to the tokenizer", w)
		}
	}
	if len(backstopCareWords) < 500 {
		t.Errorf("care.txt read as %d words", len(backstopCareWords))
	}

	checkFeatureCases(t, backstopFeatures, []featureCase{
		{"Welcome back, Tomas! Two weeks of bedrest after his bypass.", "", []string{"u <HEALTH>", "b his <HEALTH>", "b of <HEALTH>", "b <HEALTH> after"}, nil},
		{"Our front desk regular is 90 days nicotine free!", "", []string{"u <HEALTH>", "b days <HEALTH>", "b <HEALTH> free"}, nil},
		{"Felicidades a Lupe, salió de urgencias y ya está mejorándose.", "", []string{"u <HEALTH>", "b de <HEALTH>"}, nil},
		{"Congrats to Dr. Ruiz on her wedding, and to Sam on passing the nursing exam!", "", nil, []string{"u <HEALTH>"}},
	})
}
