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
	for t := 0; t+2 < len(s.toks); t++ {
		si := s.toks[t].sent
		if !likeThisSubjects.has(s.toks[t].low) || !inSet(s.toks[t+1].low, "like", "como") || s.toks[t+2].sent != si {
			continue
		}
		end := t + 2
		if inSet(s.toks[end].low, "la", "el") && end+1 < len(s.toks) && s.toks[end+1].sent == si {
			end++ // "como la suya"
		}
		if likeThisObjects.has(s.toks[end].low) && s.sentenceHasWord(si, staffHurtWords) {
			return s.finding(t, end+1, "This reply blames the reviewer for the staff's hurt. Posts are public: answer with thanks and an offer to talk offline."), true
		}
	}
	return post.Finding{}, false
}
