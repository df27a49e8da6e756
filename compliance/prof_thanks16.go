package compliance

import "strings"

// A person thanked for a gift or a fix, called out by role ("To the family
// who left a bag of mangoes at the desk ... Thank you 🥭", "to the person
// who fixed the Wi-Fi in the waiting room 🙌"): thanks to someone the post
// does not name, no singling out (PROF-03; issue 11, session 16,
// t16clean, read on the posts labelled pass of dev..dev82). The callout
// shape reads gratitude only in the callout's own sentence; thanks often
// come after the colon or at the post's end.

// handedVerbs, right after "who", give or fix something for the practice.
var handedVerbs = newWordSet([]string{"left", "dropped", "brought", "donated", "gave", "sent", "knitted", "knit", "baked", "made",
	"fixed", "repaired", "shoveled", "shovelled", "plowed", "returned", "mailed", "delivered", "painted", "built"})

// giftObjects open what was given or fixed: an article, a number or a
// quantity; "his truck", "her dentures" are the person's own.
var giftObjects = newWordSet([]string{"a", "an", "the", "some", "off", "us", "dozens", "boxes", "bags", "two", "three", "four",
	"five", "six", "ten", "twenty", "thirty", "fifty", "hundred", "hundreds"})

// thanksMarks are the emoji a post thanks with.
const thanksMarks = "🙏🙌💐"

// thankedGiver reports whether "who" at token w opens a gift or a fix
// ("who left a bag of mangoes", "who dropped off 30 umbrellas", "who
// fixed the Wi-Fi"), in a sentence with no health detail, no care and no
// review, in a post that thanks (a word of thanks anywhere, or 🙏 🙌).
func (s *scan) thankedGiver(w int) bool {
	v := w + 1
	if v+1 >= len(s.toks) || !handedVerbs.has(s.toks[v].low) {
		return false
	}
	if o := &s.toks[v+1]; !giftObjects.has(o.low) && o.kind != tokNumber {
		return false
	}
	si := s.toks[w].sent
	if s.healthInSentence(si) || s.sentenceHas("context/clinical", si) || s.sentenceHasWord(si, reviewNouns16) {
		return false
	}
	return s.hasAny(gratitudeWords) || strings.ContainsAny(s.text, thanksMarks)
}

// reviewNouns16 make a thing left a review: "who left a 2-star review".
var reviewNouns16 = newWordSet([]string{"review", "reviews", "star", "stars", "rating", "comment", "comments"})
