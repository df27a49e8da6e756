package compliance

import "github.com/practicepost/practicepost/post"

// Session 28 (t28reply): a reply that calls the reviewer's kin one of the
// practice's favourites: "Your dad was one of our favorites at Van Buren"
// (dev162, to a thank-you for the flowers sent when the dad passed), "tu
// papá era uno de nuestros pacientes favoritos". A favourite of the
// practice is someone who came in: the kin confirmed as a patient (REV-01
// block; the kin alone warned).

// kinOwners28 own the kin: the reviewer's.
var kinOwners28 = newWordSet([]string{"your", "ur", "tu", "su", "sua", "seu"})

// kinRomance28 are Spanish and Portuguese kin words.
var kinRomance28 = newWordSet([]string{"papá", "mamá", "papa", "mama", "padre", "madre", "abuela", "abuelo", "abuelita", "abuelito",
	"hijo", "hija", "esposo", "esposa", "marido", "mãe", "mae", "pai", "avó", "avô", "vovó", "vovô", "filho", "filha", "esposo",
	"tía", "tío", "tia", "tio", "hermano", "hermana", "irmão", "irmã"})

// copulas28 say what the kin was.
var copulas28 = newWordSet([]string{"is", "was", "s", "'s", "will", "remains", "era", "es", "fue", "é", "foi", "sempre", "always", "truly",
	"definitely", "be", "siempre"})

// ourWords28 are the practice's "our".
var ourWords28 = newWordSet([]string{"our", "nuestros", "nuestras", "nuestro", "nuestra", "nossos", "nossas", "nosso", "nossa"})

// favoriteWords28 make the kin the practice's favourite.
var favoriteWords28 = newWordSet([]string{"favorite", "favorites", "favourite", "favourites", "favorito", "favoritos", "favorita",
	"favoritas", "fave", "faves"})

// kinFavorite28 reports each sentence that makes the reviewer's kin one of
// the practice's favourites.
func (s *scan) kinFavorite28() []post.Finding {
	var out []post.Finding
	for _, se := range s.sents {
		for t := se.tokStart; t+4 < se.tokEnd; t++ {
			if !kinOwners28.has(s.toks[t].low) {
				continue
			}
			k := t + 1
			if w := s.toks[k].low; !(relativeWords.has(w) || kinTitles.has(w) || kinRomance28.has(w)) {
				continue
			}
			c := k + 1
			if c >= se.tokEnd || !copulas28.has(s.toks[c].low) {
				continue
			}
			if to, ok := s.ourFavoriteAfter28(c+1, se.tokEnd); ok {
				out = append(out, s.finding(t, to, "This reply calls the reviewer's relative one of the practice's favourites: it tells that they came in."))
				break
			}
		}
	}
	return out
}

// ourFavoriteAfter28 finds "our" then a favourite word soon after from
// token from: "one of our favorites", "uno de nuestros pacientes
// favoritos", "one of our all-time favorite people".
func (s *scan) ourFavoriteAfter28(from, end int) (int, bool) {
	for o := from; o < end && o <= from+4; o++ {
		if !ourWords28.has(s.toks[o].low) {
			continue
		}
		for f := o + 1; f < end && f <= o+5; f++ {
			if favoriteWords28.has(s.toks[f].low) {
				return f + 1, true
			}
		}
		return 0, false
	}
	return 0, false
}
