package compliance

// phraseStarts returns the set of the first words of phrases (each a
// phrase's words, as tokensAre compares them). A walk that tries every
// phrase of a list at every token of a reply (replyWishes) spent most of
// its time on tokens that start none: asking the set first passes those
// over at one look-up, and a phrase can match only at a token whose word
// is its first, so what the walk finds is the same.
func phraseStarts(phrases [][]string) *wordSet {
	firsts := make([]string, 0, len(phrases))
	for _, p := range phrases {
		firsts = append(firsts, p[0])
	}
	return newWordSet(firsts)
}

// wellWishStarts and reactionStarts are the first words of wellWishes and
// reactionPhrases.
var (
	wellWishStarts = phraseStarts(wellWishes)
	reactionStarts = phraseStarts(reactionPhrases)
)
