package compliance

import "strings"

// Session 15 (t15gate2): more of the ways a reader is told to hold back a
// review (ENDORSE-03 gating). "Call us before you go to Yelp" names the
// review site instead of the posting; Spanish replies say "llámenos antes
// de publicar una reseña" or "en vez de dejar una reseña".

// goVerbs take the reader somewhere: "before you go to Yelp", "before
// heading over to Google".
var goVerbs = newWordSet([]string{"go", "goes", "going", "head", "heads", "heading", "hop", "hopping", "jump", "jumping", "run",
	"running", "turn", "turning", "rush", "rushing", "ir", "acudir", "put", "putting", "take", "taking"})

// siteEndWords may follow the review site's name when the site is where
// the reader would go to post: the clause ends or goes on with a review
// ("before you go to Yelp and leave a review"). Not "Google Maps", not
// "Google with your symptoms".
var siteEndWords = newWordSet([]string{"and", "or", "please", "next", "again", "today", "first", "review", "reviews", "y", "o"})

// reviewSiteAfter reports "go/head (over) to/on <review site>" within four
// tokens from t, the site ending its clause: "before you go to Yelp",
// "antes de ir a Yelp".
func (s *scan) reviewSiteAfter(t, end int) bool {
	for k := t; k < end && k < t+3; k++ {
		if !goVerbs.has(s.toks[k].low) {
			continue
		}
		for j := k + 1; j < end && j <= k+3; j++ {
			w := s.toks[j].low
			if reviewSites.has(w) {
				return j+1 >= end || s.toks[j+1].kind == tokPunct || siteEndWords.has(s.toks[j+1].low)
			}
			if !inSet(w, "over", "straight", "right", "to", "on", "onto", "a", "al", "it", "this", "that") {
				break
			}
		}
	}
	return false
}

// spanishContactWords ask the reader to reach the office, in Spanish:
// "llámenos", "escríbanos", "contáctenos", with or without accents.
var spanishContactWords = newWordSet([]string{"llámenos", "llamenos", "llámanos", "llamanos", "llame", "llama", "llámeme", "escríbanos",
	"escribanos", "escríbenos", "escribenos", "contáctenos", "contactenos", "contáctanos", "contactanos", "comuníquese", "comuniquese",
	"comunícate", "comunicate", "háblenos", "hablenos", "háblanos", "hablanos", "avísenos", "avisenos", "avísanos", "avisanos",
	"envíenos", "envienos", "mándenos", "mandenos", "márquenos", "marquenos"})

// spanishPostVerbs post or write a review: "publicar una reseña", "dejar
// una reseña", "calificarnos"; and in Portuguese, "postar uma avaliação"
// (session 20).
var spanishPostVerbs = newWordSet([]string{"publicar", "dejar", "escribir", "poner", "calificar", "calificarnos", "reseñar", "resenar",
	"reseñarnos", "resenarnos", "opinar", "comentar", "postar", "escrever", "deixar"})

// spanishHeldBack reports "antes de", "en vez de" or "en lugar de" at
// token t followed by posting a review or going to a review site:
// "antes de publicar una reseña", "en vez de dejar una reseña", "antes de
// ir a Yelp". "Antes de su visita" and "en vez de ir a urgencias" hold
// nothing back.
func (s *scan) spanishHeldBack(t, end int) bool {
	var after int
	switch s.toks[t].low {
	case "antes":
		after = t + 1
	case "vez", "lugar":
		if t == 0 || s.toks[t-1].low != "en" {
			return false
		}
		after = t + 1
	default:
		return false
	}
	if after >= end || s.toks[after].low != "de" {
		return false
	}
	after++
	if s.reviewSiteAfter(after, end) {
		return true
	}
	if after >= end || !spanishPostVerbs.has(s.toks[after].low) {
		return false
	}
	// The verb's object within four tokens is a review, stars, or a site
	// ("publicar en Google"); "publicar fotos" is none.
	for k := after + 1; k < end && k <= after+4; k++ {
		w := s.toks[k].low
		if spanishReviewWords.has(w) || reviewSites.has(w) || strings.HasPrefix(w, "review") || inSet(w, "línea", "linea", "internet") ||
			s.abroadReviewAt(k, end) || placeWords20.has(w) && s.placeRightAfter(after+1, k) {
			return true
		}
	}
	return false
}
