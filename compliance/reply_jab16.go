package compliance

import "strings"

// A jab at an insulting reviewer (session 16, t16reply). Fresh reviews
// often carry no stars: "Dr. Zeller is a quack.", "y'all are crooks".
// A review that calls the practice or its people names is as low as a
// one-star one, so a clown, an eye-roll or a laugh answering it mocks
// the reviewer (REV-03 block), as it does a one- or two-star review. A
// review that only grumbles ("terrible parking") may still be laughed
// with ("lol fair, the lot is tiny").

// reviewInsults call the practice or its people names.
var reviewInsults = newWordSet([]string{"quack", "quacks", "crook", "crooks", "shill", "shills", "scam", "scammers", "scammy",
	"clueless", "incompetent", "liar", "liars", "frauds", "fraud", "butcher", "butchers", "idiot", "idiots", "morons", "moron",
	"clowns", "crooked", "hacks"})

// insultingReview reports a review that calls names.
func insultingReview(review string) bool {
	if strings.TrimSpace(review) == "" {
		return false
	}
	toks, _ := tokenize(review)
	for _, t := range toks {
		if reviewInsults.has(t.low) {
			return true
		}
	}
	return false
}
