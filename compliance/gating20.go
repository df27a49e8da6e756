package compliance

import "strings"

// Session 20 (t20reply): more of the ways a reply holds a review back
// (ENDORSE-03 gating). A reply that asks the reviewer to come to the
// office first names the posting in many ways the session-15 shapes did
// not read:
//
//   - where, not what: "instead of posting here", "before you put it on
//     Facebook", "instead of writing all this up here";
//   - "rather than" for "instead of", and a review as a noun after it: "a
//     call rather than a public review";
//   - other languages: Vietnamese "trước khi đăng đánh giá", Tagalog "bago
//     mag-post ng review", Haitian Creole "anvan ou poste yon revi",
//     Somali "ka hor intaadan qorin faallo", French "avant de publier un
//     avis", Portuguese "antes de postar uma avaliação", Spanish "en vez
//     de publicar aquí".
//
// Each still needs the office offered in its sentence (a call, a
// message): "before you head over" or "trước khi đến" (before coming)
// holds nothing back.

// heldMarkers20 gate the shapes below by one look at the text's words: a
// word of "rather than" or of a "before"/"instead of" in another language.
var heldMarkers20 = newWordSet([]string{"rather", "instead", "antes", "vez", "lugar", "avant", "lieu", "trước", "thay", "bago", "halip", "imbes",
	"anvan", "olye", "hor"})

// abroadContactWords ask the reader to reach the office outside English
// and Spanish: Portuguese "ligue", French "appelez", Vietnamese "gọi",
// Tagalog "tawagan", Haitian Creole "rele", Somali "wac".
var abroadContactWords = newWordSet([]string{"ligue", "liga", "ligar", "contato", "contacte", "fale", "appelez", "appelle",
	"contactez", "écrivez", "ecrivez", "gọi", "liên", "nhắn", "tawagan", "tumawag", "kausapin", "kontakin", "rele", "kontakte",
	"wac", "xiriir", "fariin"})

// placeWords20 say where the posting would be: "posting here",
// "writing it up online", "publicar aquí", "poste sou entènèt".
var placeWords20 = newWordSet([]string{"here", "there", "online", "publicly", "aquí", "aqui", "ici", "dito",
	"entènèt", "entenet", "internet", "mạng"})

// abroadPostVerbs post or write, after a marker of holding back: "đăng",
// "mag-post", "poste", "qorin", "publier", "postar".
var abroadPostVerbs = newWordSet([]string{"đăng", "viết", "post", "mag", "magpost", "magsulat", "isulat", "review", "poste", "pòste",
	"pibliye", "ekri", "mete", "qorin", "qorto", "dhigin", "dhigto", "publier", "poster", "écrire", "ecrire", "laisser",
	"postar", "publicar", "escrever", "deixar"})

// abroadReviewWords are a review or where it goes, after such a verb:
// "đánh giá", "revi", "faallo", "avis", "avaliação".
var abroadReviewWords = newWordSet([]string{"đánh", "nhận", "review", "reviews", "revi", "komantè", "faallo", "faalo", "avis",
	"commentaire", "avaliação", "avaliacao", "comentário", "comentario", "reseña", "resena"})

// abroadHeldAt reports a "before"/"instead of" of another language at
// token t, followed within three tokens by posting a review: "trước khi
// đăng đánh giá", "bago mag-post", "anvan ou poste", "ka hor intaadan
// qorin faallo", "avant de publier un avis".
func (s *scan) abroadHeldAt(t, start, end int) bool {
	prev := func(k int) string {
		if k >= start {
			return s.toks[k].low
		}
		return ""
	}
	next := func(k int) string {
		if k < end {
			return s.toks[k].low
		}
		return ""
	}
	after := t + 1
	switch s.toks[t].low {
	case "trước":
		if next(t+1) != "khi" {
			return false
		}
		after++
	case "thay":
		if next(t+1) != "vì" {
			return false
		}
		after++
	case "halip":
		if prev(t-1) != "sa" {
			return false
		}
	case "hor":
		if prev(t-1) != "ka" {
			return false
		}
	case "avant", "lieu":
		if !inSet(next(t+1), "de", "d") {
			return false
		}
		after++
	case "bago", "imbes", "anvan", "olye":
	default:
		return false
	}
	for k := after; k < end && k <= after+3; k++ {
		if abroadPostVerbs.has(s.toks[k].low) {
			if s.toks[k].low == "mag" && k+1 < end && inSet(s.toks[k+1].low, "post", "review") {
				k++ // "bago mag-post.": the verb is the word after the prefix (att20)
			}
			// Tagalog "bago" is also "new": "may bago kaming post dito"
			// (we have a new post here) has a noun "post" after a
			// linker (-ng), not the verb "mag-post" (att20).
			if s.toks[t].low == "bago" && inSet(s.toks[k].low, "post", "review") && k > t+1 && strings.HasSuffix(s.toks[k-1].low, "ng") {
				return false
			}
			return s.postedThingAfter(k+1, end)
		}
	}
	return false
}

// postedThingAfter reports a review, a review site or a place of posting
// within four tokens from t, or the clause ending at t: "đăng đánh giá",
// "poste yon revi", "publicar aquí", "trước khi đăng." But not "đăng ký"
// (to register) or "publier vos photos".
//
// The clause ending after the verb holds a review back only for a verb
// of posting: "ka hor intaadan ilmahaaga qorin" (before you register
// your child) writes, and posts nothing. A place holds one back only
// right after the verb and its pronoun: "au lieu d'écrire vos
// informations médicales ici" keeps health details off the page, no
// review (att20).
func (s *scan) postedThingAfter(t, end int) bool {
	if t >= end || s.toks[t].kind == tokPunct {
		return t > 0 && barePostVerbs.has(s.toks[t-1].low)
	}
	for k := t; k < end && k < t+4; k++ {
		w := s.toks[k].low
		if s.abroadReviewAt(k, end) || reviewSites.has(w) || spanishReviewWords.has(w) || placeWords20.has(w) && s.placeRightAfter(t, k) {
			return true
		}
	}
	return false
}

// barePostVerbs post with nothing after them: "trước khi đăng.", "bago
// mag-post.", "anvan ou poste.". "Qorin", "ekri", "écrire" (write) and
// "mete", "laisser", "deixar" (put, leave) need a review or a place.
var barePostVerbs = newWordSet([]string{"đăng", "post", "magpost", "poste", "pòste", "pibliye", "publier", "poster", "postar", "publicar"})

// abroadReviewAt reports a review word at token k: Vietnamese "nhận"
// (receive) is one only in "nhận xét" (a comment) and "đánh" (hit) only
// in "đánh giá" (a review): "trước khi đăng ký nhận vắc-xin" (before
// signing up to get the vaccine) posts nothing (att20).
func (s *scan) abroadReviewAt(k, end int) bool {
	switch w := s.toks[k].low; w {
	case "nhận":
		return k+1 < end && s.toks[k+1].low == "xét"
	case "đánh":
		return k+1 < end && s.toks[k+1].low == "giá"
	default:
		return abroadReviewWords.has(w)
	}
}

// placeFillers may stand between a verb of posting and its place: "post
// it here", "writing all this up here", "mag-post dito", "publicarlo
// aquí"; a noun there ("writing your date of birth here", "dejar a su
// hijo aquí") is what is posted or left, no review.
var placeFillers = newWordSet([]string{"it", "this", "that", "all", "up", "out", "about", "us", "something", "anything", "everything",
	"post", "lo", "la", "esto", "eso", "todo", "ça", "cela", "tout", "isso", "isto", "tudo", "l", "on", "in", "en", "em", "na", "no",
	"sur", "sou", "sa", "lên", "trên", "ở"})

// placeRightAfter reports that the tokens from t up to the place at k
// are fillers only.
func (s *scan) placeRightAfter(t, k int) bool {
	for j := t; j < k; j++ {
		if !placeFillers.has(s.toks[j].low) {
			return false
		}
	}
	return true
}

// ratherThanHeld reports "rather than" or "instead of" at token t followed
// by posting, or by a review as a noun: "rather than posting online",
// "a call rather than a public review", "instead of a bad review".
func (s *scan) ratherThanHeld(t, end int) bool {
	w := s.toks[t].low
	if t+1 >= end || !(w == "rather" && s.toks[t+1].low == "than" || w == "instead" && s.toks[t+1].low == "of") {
		return false
	}
	if s.reviewPostedAfter(t+2, end) {
		return true
	}
	for k := t + 2; k < end && k < t+6; k++ {
		w := s.toks[k].low
		if strings.HasPrefix(w, "review") {
			return true
		}
		if reviewWriteVerbs.has(w) || inSet(w, "putting", "airing", "posting") {
			// "instead of writing all this up here": the place ends it;
			// not "instead of writing your date of birth here", nor
			// where no review is in sight (see reviewPostedAfter) (att20).
			for j := k + 1; j < end && j <= k+5; j++ {
				if placeWords20.has(s.toks[j].low) {
					return s.placeRightAfter(k+1, j) && (s.reviewMode() || s.hasWordStarting(reviewStart))
				}
			}
			return false
		}
	}
	return false
}
