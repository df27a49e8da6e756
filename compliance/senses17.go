package compliance

// Everyday senses of two care words (session 17, t17prec): "the drone
// shots of our new sign", "the aerial shots of our roof" are pictures,
// and "honey from her hives" is a beekeeper's. Neighbours thanked for
// them were stopped as patients (PRIV-10, PROF-05 block on their handle:
// dev37-056, dev55-053, dev83-056, all labelled review). The care senses
// ("her flu shots", "broke out in hives after a bee sting") are kept.

// cameraWords, right before "shots", make them pictures.
var cameraWords = newWordSet([]string{"drone", "aerial", "camera", "photo", "action", "candid", "candids", "glamour",
	"establishing", "closeup", "overhead", "sunset", "skyline", "scenic"})

// honeyWords near "hives" make its "hives" a beekeeper's.
var honeyWords = newWordSet([]string{"honey", "honeycomb", "beeswax", "beekeeper", "beekeepers", "beekeeping", "apiary",
	"apiaries", "apiarist"})

// hiveCareWords near "hives" make its "hives" a rash again: "broke out in
// hives after a bee sting at the honey festival".
var hiveCareWords = newWordSet([]string{"sting", "stung", "stings", "allergic", "allergy", "allergies", "reaction", "rash",
	"itchy", "itching", "itch", "swell", "swelling", "swollen", "antihistamine", "benadryl", "epipen", "broke", "breaks",
	"breaking", "welts"})

// everydaySense reports whether the one-word health hit at token t is
// "shots" after a camera word or "hives" in a sentence about honey and
// no reaction: no one's health.
func (s *scan) everydaySense(t int) bool {
	switch s.toks[t].low {
	case "shots", "shot":
		return t > 0 && cameraWords.has(s.toks[t-1].low)
	case "hives":
		// A few words either side, in the sentence: a bounded look keeps a
		// sentence of endless hives linear.
		se := s.sents[s.toks[t].sent]
		from, to := max(se.tokStart, t-hiveReach), min(se.tokEnd, t+hiveReach+1)
		return s.tokensHaveWord(from, to, honeyWords) && !s.tokensHaveWord(from, to, hiveCareWords)
	case "booster", "boosters":
		return s.boosterClub(t) // "the Bears booster club", "the football boosters" (boosters24.go)
	case "admitted", "admission":
		return s.admittedToSchool(t) // "admitted to the state's medical school" (placenames17.go)
	}
	return false
}

// hiveReach is how many words from "hives" its honey or its reaction
// may stand: "brought us honey from her hives", "hives after a bee sting".
const hiveReach = 8
