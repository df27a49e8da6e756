package health

import "strings"

// Quitting a substance, read as a shape rather than listed phrase by
// phrase (session 16, t16health): a verb of giving up or being off, an
// optional "the", and the substance ("kicked the nicotine", "six months off
// cigarettes", "ditched the vape", "off the booze"), and a substance-free
// stretch told with its length ("smoke-free for a year"). Next to a person
// it is their health, as "quit smoking" is (category Habit: it names no
// illness, so a date beside it dates no one). Without a length, "smoke
// free" is a campus's or a building's rule and stays unread.
//
// The phrases are built once, at package start, and join cues.txt's in
// the term index, so At, Find and MayCover read them at no extra cost.
var (
	// quitVerbs give a substance up or tell a person is off it.
	quitVerbs = []string{"kicked", "kick", "kicking", "kicks", "ditched", "ditching", "quit", "quitting", "off", "gave up", "giving up"}
	// quitSubstances are what a person quits: tobacco, vaping, alcohol,
	// and the drugs a recovery leaves.
	quitSubstances = []string{"cigarettes", "cigarette", "cigs", "smokes", "nicotine", "tobacco", "vape", "vapes",
		"vaping", "juul", "dip", "chew", "snuff", "booze", "alcohol", "opioids", "painkillers", "pain pills"}
	// freeOf are the substances a stretch "free" of is told of.
	freeOf = []string{"smoke", "nicotine", "vape", "tobacco", "alcohol", "cigarette", "booze"}
	// stretchStarts open the length that follows "free for": "a year",
	// "six months", "over a month" (a digit is no term word; "off" above
	// reads "6 months off cigarettes" without it).
	stretchStarts = []string{"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "over", "almost", "nearly", "a whole", "a full"}
)

// quitCueData returns the quitting phrases in cues.txt's format ("h
// kicked the nicotine"), category Habit.
func quitCueData() string {
	var b strings.Builder
	for _, v := range quitVerbs {
		for _, s := range quitSubstances {
			b.WriteString("h " + v + " " + s + "\n")
			b.WriteString("h " + v + " the " + s + "\n")
		}
	}
	for _, s := range freeOf {
		for _, st := range stretchStarts {
			b.WriteString("h " + s + " free for " + st + "\n")
		}
	}
	return b.String()
}
