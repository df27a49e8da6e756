package compliance

// "You know who you are" said to a crowd: "Big thanks to everyone who
// came to our diabetes class — you know who you are", "To all of you who
// finished the quit-smoking group: you know who you are". English "you"
// is one person or many; the words it answers tell which. Said to many,
// it leaves out no one's name, so the class beside it is no one's care
// (session 20). "They know who they are" was already a crowd
// (priv_people.go).

// addressedCrowd address many people at once.
var addressedCrowd = newWordSet([]string{
	"everyone", "everybody", "all", "those", "folks", "y'all", "yall", "guys", "everyone's", "ustedes", "todos", "todas",
})

// oneOfThemWords point at one person, even inside a crowd: "especially
// one dad who quit smoking", "the lady who finished chemo", "she".
var oneOfThemWords = newWordSet([]string{
	"he", "she", "him", "his", "her", "hers", "one", "guy", "gal", "lady", "man", "woman", "dude", "fella", "mom", "dad",
	"mama", "papa", "grandma", "grandpa", "especially", "particularly", "someone", "somebody",
})

// crowdLook is how many tokens before "you know who you are" the
// addressee is looked for, in its sentence.
const crowdLook = 24

// crowdAddressed reports whether the "you" at token t answers a crowd
// word before it in its sentence, with no one person named between.
func (s *scan) crowdAddressed(t int) bool {
	sent := s.toks[t].sent
	for k := t - 1; k >= 0 && k >= t-crowdLook && s.toks[k].sent == sent; k-- {
		w := s.toks[k].low
		// A name between is its own person (PRIV-10 reads it as one).
		if oneOfThemWords.has(w) {
			return false
		}
		if addressedCrowd.has(w) {
			return true
		}
	}
	return false
}
