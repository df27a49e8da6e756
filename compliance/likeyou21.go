package compliance

// "Patients like you" said in praise (session 21, t21prec). The phrase
// "patients|people like you" is listed as contempt (PROF-03 in a post,
// REV-03 in a reply: "we don't need patients like you"), and blocked
// praise as well: "Ranked top 10 in New England by patients like you ⭐",
// "Patients like you are why we love this job" (dev102, dev113 label them
// review for the ranking's claim; session 20 left the reply open). Said as
// those who rank or choose the practice, or as the subject of a warm
// predicate ("are why we love", "are the reason we open", "make our day",
// "keep us going"), with no sign of scorn in the sentence, it praises the
// reader. "Patients like you are the worst", "are why nurses quit", "are
// why we have a cancellation fee", "reviewed by people like you who never
// came in 🙄" still block.

// rankedByVerbs, before "by patients like you", make them those who
// choose the practice: "ranked", "voted", "chosen".
var rankedByVerbs = newWordSet([]string{"ranked", "rated", "voted", "chosen", "named", "picked", "trusted", "recommended",
	"nominated", "selected", "loved"})

// rankedByReach is how far before "by" its ranking verb may stand:
// "Rated one of the top 5 family practices in Ohio by people like you".
const rankedByReach = 14

// likeYouWarmVerbs follow "are why we" or "are the reason we": what the
// practice loves doing.
var likeYouWarmVerbs = newWordSet([]string{"love", "do", "enjoy", "smile", "come", "open", "work", "became", "become", "chose",
	"choose", "exist", "keep", "serve", "started", "start", "go", "get", "wake", "stay", "show", "care"})

// likeYouMadeThings follow "make our" or "make my": "make our day".
var likeYouMadeThings = newWordSet([]string{"day", "days", "week", "weeks", "month", "year", "job", "jobs", "work", "mornings",
	"morning", "hearts", "heart", "clinic", "team", "office"})

// likeYouScorn in the sentence say the phrase is said with contempt.
var likeYouScorn = newWordSet([]string{"worst", "annoying", "rude", "stand", "clog", "clogging", "quit", "quits", "fee", "fees",
	"ruin", "ruined", "ruins", "never", "tired", "sick", "smh", "ugh", "🙄", "😤", "🤦", "😒", "🤬", "😡", "fake", "problem", "problems"})

// likeYouPraised reports whether the finding at tokens [from, to), a
// "patients like you" phrase, praises the reader (see the file's comment).
func (s *scan) likeYouPraised(from, to int) bool {
	if to-from != 3 || s.toks[from+1].low != "like" || !inSet(s.toks[from].low, "patients", "people", "folks", "families", "clients") {
		return false
	}
	si := s.toks[from].sent
	if s.sentenceHasWord(si, likeYouScorn) {
		return false
	}
	if from > 0 && s.toks[from-1].low == "by" {
		for k := from - 2; k >= s.sents[si].tokStart && k >= from-rankedByReach; k-- {
			if rankedByVerbs.has(s.toks[k].low) {
				return true
			}
		}
		return false
	}
	end := s.sents[si].tokEnd
	at := func(k int, words ...string) bool { return k < end && inSet(s.toks[k].low, words...) }
	k := to
	switch {
	case at(k, "are", "re"):
		k++
		if at(k, "the") && at(k+1, "reason", "reasons") {
			k += 2
		} else if at(k, "why") {
			k++
		} else {
			return at(k, "the") && at(k+1, "best", "heart") || at(k, "our") && at(k+1, "favorite", "favourite", "favorites", "heroes", "why")
		}
		if at(k, "why") {
			k++
		}
		return at(k, "we", "i") && k+1 < end && likeYouWarmVerbs.has(s.toks[k+1].low)
	case at(k, "make", "makes", "made"):
		j := k + 2
		if at(j, "whole", "entire", "every", "long") {
			j++ // "make our whole week"
		}
		return at(k+1, "our", "my") && j < end && likeYouMadeThings.has(s.toks[j].low) ||
			at(k+1, "it", "this", "all") && at(k+2, "worth")
	case at(k, "keep", "keeps"):
		return at(k+1, "us", "me") && at(k+2, "going", "smiling", "motivated", "inspired")
	case at(k, "inspire", "inspires"):
		return at(k+1, "us", "me")
	case at(k, "mean", "means"):
		return at(k+1, "the") && at(k+2, "world")
	}
	return false
}
