package compliance

import "github.com/practicepost/practicepost/post"

// Body parts told in a reply in Portuguese, Spanish, French and Polish:
// the health lexicon is WordNet's English, so "o joelho do seu filho" or
// "l'oreille du petit" named no body at all. Written for this project
// from our own knowledge of the four languages (our own list, no outside
// source); Polish words are listed in the forms a wish takes (nominative
// and genitive: "kolano", "po operacji kolana"). Words with a common
// everyday sense ("mano" as "bro", "cabeza" of a list, "dos" as "two",
// "main", "cou") are left out.
var foreignBodyWords = newWordSet([]string{
	// Portuguese
	"joelho", "joelhos", "ombro", "ombros", "tornozelo", "tornozelos", "ouvido", "ouvidos", "orelha", "orelhinha",
	"quadril", "cotovelo", "pulso", "barriguinha", "barriga", "garganta", "coluna",
	// Spanish
	"rodilla", "rodillas", "hombro", "hombros", "tobillo", "tobillos", "oído", "oídos", "oido", "oidos", "oreja", "orejita",
	"cadera", "codo", "muñeca", "pancita", "barriguita", "espalda", "columna",
	// French
	"genou", "genoux", "épaule", "épaules", "cheville", "chevilles", "oreille", "oreilles", "hanche", "coude", "poignet", "gorge", "ventre",
	// Polish
	// Stitches: "los puntos de su hijo", "os pontos do seu filho".
	"puntos", "pontos",
	"kolano", "kolana", "kolanka", "bark", "barku", "kostka", "kostki", "ucho", "uszko", "ucha", "uszka", "biodro", "biodra",
	"łokieć", "łokcia", "nadgarstek", "nadgarstka", "gardło", "gardła", "brzuszek", "brzuszka", "kręgosłup", "kręgosłupa",
})

// foreignOwnerWords make a body word someone's in those languages: the
// reviewer ("seu", "su", "votre") or the child the review is about
// ("filho", "bebé", "petit", "synka").
var foreignOwnerWords = newWordSet([]string{
	"seu", "sua", "teu", "tua", "filho", "filha", "filhinho", "filhinha", "bebê", "neném", "pequeno", "pequena",
	"su", "tu", "hijo", "hija", "hijito", "hijita", "bebé", "nene", "nena", "niño", "niña", "peque",
	"votre", "ton", "ta", "fils", "fille", "bébé", "petit", "petite", "loulou",
	"syna", "synka", "synek", "córki", "córeczki", "córeczka", "dziecka", "maleństwa",
})

// foreignCareWords are surgery told with a body part: "po operacji
// kolana", "la cirugía de rodilla".
var foreignCareWords = newWordSet([]string{"operacji", "operacja", "zabiegu", "cirurgia", "operação", "cirugía", "operación", "chirurgie", "opération"})

// foreignBodyOwned reports, in a reply, a body part in Portuguese,
// Spanish, French or Polish told as the reviewer's or their child's ("o
// joelho do seu filho", "el oído del bebé") or with surgery on it ("po
// operacji kolana"): their care told, wish or not (REV-01 block).
func (s *scan) foreignBodyOwned(done []bool) []post.Finding {
	c := sentenceFindings{s: s, done: done}
	for i := range s.toks {
		si := s.toks[i].sent
		if done[si] || !foreignBodyWords.has(s.toks[i].low) {
			continue
		}
		for k := max(0, i-4); k < len(s.toks) && k <= i+4; k++ {
			if k == i || s.toks[k].sent != si {
				continue
			}
			if foreignOwnerWords.has(s.toks[k].low) || foreignCareWords.has(s.toks[k].low) {
				c.add(si, min(i, k), max(i, k)+1, false, "This reply names the reviewer's (or their child's) body part or surgery: it tells everyone they were treated here.")
				break
			}
		}
	}
	return c.out
}

// iceKeptAt reports "keep icing it", "keep putting ice on it", "remember
// to ice it", "don't forget to elevate it", "make sure you ice it" or
// "... and ice it after your shifts" at token t: a reply telling the reviewer to go on with a treatment of the
// injury ("it") they wrote about. Icing "the cookies" or "the cake" is no
// one's care.
func (s *scan) iceKeptAt(t int) bool {
	at := func(k int, words ...string) bool {
		return k < len(s.toks) && s.toks[k].sent == s.toks[t].sent && inSet(s.toks[k].low, words...)
	}
	// "to ice it", "you elevate it": the treatment, done to "it".
	treatsIt := func(k int) bool {
		return at(k, "to", "you", "u") && at(k+1, "ice", "elevate") && at(k+2, "it", "them")
	}
	switch w := s.toks[t].low; {
	case (w == "ice" || w == "elevate") && at(t+1, "it", "them") &&
		(t == s.sents[s.toks[t].sent].tokStart || at(t-1, "and", ",", "then", "just", "please", "pls")):
		return true // "... and ice it after your shifts": told, not wished
	case w == "forget" || w == "sure":
		return treatsIt(t + 1) // "don't forget to ice it", "make sure you elevate it"
	case !instructWords.has(w):
		return false
	case treatsIt(t + 1):
		return true // "remember to ice it"
	}
	switch {
	case at(t+1, "icing", "elevating"):
		return at(t+2, "it", "them")
	case at(t+1, "putting"):
		return at(t+2, "ice") && at(t+3, "on") && at(t+4, "it", "them")
	}
	return false
}

// offKept reports an everyday body word kept off at token t: "stay off
// those feet", "keep him off that foot". "Swept off her feet" is no care.
func (s *scan) offKept(t int) bool {
	if t < 3 || s.toks[t-2].low != "off" {
		return false
	}
	for k := t - 3; k >= 0 && k >= t-4; k-- {
		if inSet(s.toks[k].low, "stay", "stays", "staying", "keep", "keeps", "keeping") {
			return true
		}
	}
	return false
}
