package compliance

import "github.com/practicepost/practicepost/post"

// Reviews blamed for the staff's hurt (issue 11, session 20, t20reply). A
// reply that answers a review with "reviews like this are why our staff
// burns out" or "comments like yours are the reason good nurses quit"
// turns on the reviewer (REV-03), as "people like you are why ..." does.
// The same frame with thanks in it ("reviews like this are why we do what
// we do") names no hurt and passes. The reviewer told to mind their
// manners ("try being a human being", "learn some manners", "aprenda a
// tratar a la gente") is in rules/phrases.txt's REV-03 list.

// likeThisSubjects are what a reply compares the review to: "reviews like
// this", "comments like yours", "reseñas como esta".
var likeThisSubjects = newWordSet([]string{"review", "reviews", "comment", "comments", "post", "posts", "reviewers", "people",
	"folks", "patients", "reseña", "reseñas", "resena", "resenas", "comentarios", "gente", "personas"})

// likeThisObjects end the comparison: "like this", "like yours", "como
// usted".
var likeThisObjects = newWordSet([]string{"this", "these", "that", "those", "yours", "you", "u", "esta", "este", "estas", "estos",
	"eso", "esa", "usted", "suya", "tú", "tu"})

// staffHurtWords tell the staff worn down or driven off: "burn out",
// "quit", "cry", "se agota", "renuncian".
var staffHurtWords = newWordSet([]string{"burn", "burns", "burned", "burnt", "burnout", "quit", "quits", "quitting", "cry", "cries",
	"cried", "crying", "tears", "exhausted", "miserable", "demoralized", "demoralised", "dread", "dreads", "agota", "agotan",
	"agotado", "agotados", "renuncia", "renuncian", "quema", "queman", "quemado", "llora", "lloran"})

// reviewsBlamed finds "reviews like this" (or "comentarios como este")
// in a sentence that tells the staff's hurt: the span of the comparison.
func (s *scan) reviewsBlamed() (post.Finding, bool) {
	if !s.reviewMode() || !s.hasWord("like", "como") || !s.hasAny(staffHurtWords) {
		return post.Finding{}, false
	}
	hurtSent, hurt := -1, false // the last sentence asked, and its answer
	for t := 0; t+2 < len(s.toks); t++ {
		si := s.toks[t].sent
		if !likeThisSubjects.has(s.toks[t].low) || !inSet(s.toks[t+1].low, "like", "como") || s.toks[t+2].sent != si {
			continue
		}
		end := t + 2
		if inSet(s.toks[end].low, "la", "el") && end+1 < len(s.toks) && s.toks[end+1].sent == si {
			end++ // "como la suya"
		}
		if !likeThisObjects.has(s.toks[end].low) {
			continue
		}
		if si != hurtSent {
			hurtSent, hurt = si, s.staffHurtIn(si)
		}
		if hurt {
			return s.finding(t, end+1, "This reply blames the reviewer for the staff's hurt. Posts are public: answer with thanks and an offer to talk offline."), true
		}
	}
	return post.Finding{}, false
}

// staffHurtIn reports a hurt word of sentence si told as hurt: not
// denied ("reviews like yours are why our nurses never quit"), not happy
// ("make our whole team cry happy tears", "cry (the good kind)") and not
// made worth it ("make the burnout worth it") (att20).
func (s *scan) staffHurtIn(si int) bool {
	se := s.sents[si]
	found := false
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if w == "worth" && !s.hurtDenied(t, se.tokStart) {
			return false
		}
		if !staffHurtWords.has(w) {
			continue
		}
		found = found || !s.hurtDenied(t, se.tokStart) && !(cryWords.has(w) && s.happyNear(t, se.tokStart, se.tokEnd))
	}
	return found
}

// cryWords are the tears that may be happy ones.
var cryWords = newWordSet([]string{"cry", "cries", "cried", "crying", "tears", "llora", "lloran"})

// hurtDenied reports a negator within three tokens before t.
func (s *scan) hurtDenied(t, start int) bool {
	for k := t - 1; k >= start && k >= t-3; k-- {
		if s.isNegator(k) || inSet(s.toks[k].low, "nunca", "jamás", "jamas") {
			return true
		}
	}
	return false
}

// happyNear reports tears told happy within three tokens of t: "cry
// happy tears", "tears of joy", "cry (the good kind)".
func (s *scan) happyNear(t, start, end int) bool {
	for k := max(start, t-3); k < end && k <= t+3; k++ {
		w := s.toks[k].low
		if inSet(w, "happy", "joy", "joyful", "alegría", "alegria", "felicidad") || w == "good" && k+1 < end && s.toks[k+1].low == "kind" {
			return true
		}
	}
	return false
}

// mannersStarts begin the manners lists of rules/phrases.txt's REV-03
// ("try being a human being", "learn some manners", "have some
// courtesy", "học cách tôn trọng", "aprann respekte").
var mannersStarts = newWordSet([]string{"try", "learn", "have", "intente", "procure", "trate", "aprenda", "aprende", "tenga", "ten",
	"subukan", "matuto", "học", "aprann", "eseye", "isku", "edeb", "xushmad", "apprenez", "apprends", "tente"})

// ownSubjects are the practice speaking of itself: "we", "our team",
// "chúng tôi", "nou", "nosotros", "kami".
var ownSubjects = newWordSet([]string{"we", "i", "our", "us", "chúng", "tôi", "nou", "mwen", "nosotros", "nuestro", "nuestra",
	"nuestros", "nuestras", "kami", "namin", "natin", "nous", "nós", "waxaan"})

// withoutOwnResolve drops a manners phrase the practice says of itself
// (att20): "we try to be respectful of your time", "we will try to be
// polite", "we have some courtesy wheelchairs", "our new hires learn how
// to treat the front desk rush", "chúng tôi luôn học cách tôn trọng
// thời gian của bạn" are promises, not the reviewer told off. A "you"
// nearer the phrase ("we think you should learn some manners") keeps it.
func (s *scan) withoutOwnResolve(fs []post.Finding) []post.Finding {
	return s.dropFindings(fs, func(from, _ int) bool {
		if !mannersStarts.has(s.toks[from].low) {
			return false
		}
		for k := from - 1; k >= s.sents[s.toks[from].sent].tokStart && k >= from-4; k-- {
			w := s.toks[k].low
			if inSet(w, "you", "u", "your", "ur", "usted", "ustedes", "mo", "kayo", "ka", "vous", "ou") {
				return false
			}
			if ownSubjects.has(w) {
				return true
			}
			if !ownResolveFillers.has(w) {
				return false // "we'd say try being a decent person": someone else told
			}
		}
		return false
	})
}

// ownResolveFillers may stand between the practice and its promise: "we
// will always try", "our new hires learn", "chúng tôi luôn học", "nou
// toujou ap aprann".
var ownResolveFillers = newWordSet([]string{"will", "ll", "always", "also", "all", "really", "do", "truly", "continue", "new", "team",
	"staff", "hires", "luôn", "sẽ", "đang", "cũng", "toujou", "ap", "pral", "siempre", "también", "tambien", "lagi", "laging", "palaging"})
