package compliance

// Care said to be ready for every reader (session 26, t26clean: block
// precision). "Thanks to Rosalind for the bagels! Your flu shot is
// waiting at the front desk", "COVID boosters are back in stock", "Las
// vacunas ya están disponibles": the shot opens its sentence and is said
// ready, waiting, available or back. That is the practice's offer, no
// one's care, so a neighbour named in the sentence before kept a block
// as a patient's (PRIV-10) where "Come get a flu shot" only warned. Only
// "your", "the", "free", "new" or "updated" may stand before the care,
// and "your" only before a shot (a vaccine word in the hit): "Your
// insulin is ready" tells one person's medicine. A name's possessive
// ("Rosalind's flu shot is waiting") and care told as it went ("went
// fine", "is done") are not read here. "No appointment needed" is an
// offer too: a visit word after "no" or "sin" is no one's visit.

// readyLeads may stand before care offered at a sentence's opening.
var readyLeads = newWordSet([]string{"your", "the", "free", "new", "updated", "las", "los", "tu", "su", "nuestras", "nuevas"})

// readyCopulas come between the care and its readiness.
var readyCopulas = newWordSet([]string{"is", "are", "s", "están", "esta", "está", "estan", "ya", "now", "all", "finally"})

// readyStates say care is there for whoever comes: "is waiting", "are
// available", "are back in stock", "están disponibles".
var readyStates = newWordSet([]string{"waiting", "available", "ready", "back", "here", "disponible", "disponibles", "listas",
	"listos", "lista", "listo", "aquí"})

// careReady26 reports whether the procedure or medicine at tokens
// [t,t+n) is offered to every reader (see above).
func (s *scan) careReady26(t, n int) bool {
	if n <= 0 {
		return false
	}
	si := s.toks[t].sent
	k, your := t-1, false
	for m := 0; m < 2 && k >= 0 && s.toks[k].sent == si && readyLeads.has(s.toks[k].low); m++ {
		your = your || s.toks[k].low == "your" || s.toks[k].low == "tu" || s.toks[k].low == "su"
		k--
	}
	if k >= 0 && s.toks[k].sent == si {
		return false // something before it: "Rosalind's flu shot", "her flu shot"
	}
	if your {
		shot := false
		for j := t; j < t+n; j++ {
			shot = shot || vaccineWords.has(s.toks[j].low) || s.toks[j].low == "vacuna" || s.toks[j].low == "vacunas"
		}
		if !shot {
			return false // "Your insulin is ready": one person's medicine
		}
	}
	for j, m := t+n, 0; j < len(s.toks) && s.toks[j].sent == si && m < 3; j, m = j+1, m+1 {
		w := s.toks[j].low
		if readyStates.has(w) {
			return m > 0 && !s.orderReady26(t, n, w) // a copula first: "is waiting", not "shot ready"
		}
		if !readyCopulas.has(w) {
			return false
		}
	}
	return false
}
