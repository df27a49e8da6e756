package compliance

// giftVerbs tell that someone made or brought a thing: "knitted",
// "dropped off", "donated", "sews".
var giftVerbs = newWordSet([]string{"knit", "knits", "knitted", "knitting", "crochet", "crochets", "crocheted", "sew", "sews",
	"sewed", "sewn", "quilt", "quilts", "quilted", "make", "makes", "made", "bake", "bakes", "baked", "bring", "brings",
	"brought", "build", "builds", "built", "donate", "donates", "donated", "dropped", "drops", "delivered", "delivers",
	"gave", "gives", "painted", "paints", "sent", "sends", "stitched", "stitches"})

// giftThings are things given to a practice for its patients: a care word
// before one names whom the thing is for ("the infusion chairs", "our
// newborn bags", "every baby hat"), not anyone's own care.
var giftThings = newWordSet([]string{"chair", "chairs", "bag", "bags", "hat", "hats", "cap", "caps", "beanie", "beanies",
	"blanket", "blankets", "quilt", "quilts", "kit", "kits", "basket", "baskets", "lounge", "bookshelf", "bookshelves",
	"shelf", "shelves", "toy", "toys", "book", "books", "sock", "socks", "pillow", "pillows", "bear", "bears", "cart",
	"carts", "bins", "boxes", "packs", "totes", "garden", "mural", "bench", "benches"})

// giftOwnWords after the verb tell the giver's own care: "after her
// chemo", "where he spends three mornings a week".
var giftOwnWords = newWordSet([]string{"his", "her", "their", "he", "she", "him", "own", "my", "me", "after", "while",
	"since", "during", "despite", "where", "survivor", "recovering", "recovery"})

// giftCareOnly reports whether every care word in the post names a thing
// someone made or brought for the practice ("Grandma Dot dropped off lap
// blankets for the infusion chairs", "crochets every baby hat we hand
// out"), with no word of the giver's own care after the verb and no
// patient cue: a neighbour thanked, whom a doctor looks at (review),
// not a patient's story.
func (s *scan) giftCareOnly(p person) bool {
	si := s.toks[p.from].sent
	if s.cueSent[si] {
		return false
	}
	if !s.giftCareDone {
		s.giftCare, s.giftCareDone = s.everyCareWordGift(), true
	}
	return s.giftCare
}

// everyCareWordGift reports whether the post has a care word and every
// one names a thing given (giftCareWord). It reads the whole post, so
// giftCareOnly asks it once per check, not once per person: a long post
// of names was quadratic.
func (s *scan) everyCareWordGift() bool {
	seen := false
	for _, h := range s.healthHits() {
		if !s.giftCareWord(h.From, h.To) {
			return false
		}
		seen = true
	}
	for _, h := range s.hitsOf("context/clinical") {
		if s.noCareWord(h) || s.practicePlace(h.from, h.to) {
			continue // a birthday, "our birth center": no one's care (session 17, gifts17.go)
		}
		if !s.giftCareWord(h.from, h.to) {
			return false
		}
		seen = true
	}
	return seen
}

// giftCareWord reports whether the care word at tokens [from,to) comes
// before a thing given ("infusion chairs", "cardiac rehab kits") after a
// gift verb in its sentence, with no word of anyone's own care from the
// verb to the sentence's end.
func (s *scan) giftCareWord(from, to int) bool {
	k := to
	if k < len(s.toks) && !giftThings.has(s.toks[k].low) && s.toks[k].kind == tokWord && k+1 < len(s.toks) {
		k++ // "cardiac rehab kits": one more word of the thing's name
	}
	thingAfter := k < len(s.toks) && giftThings.has(s.toks[k].low) && s.toks[k].sent == s.toks[from].sent
	if !thingAfter && !s.giftRecipient(from) {
		return false
	}
	se := s.sents[s.toks[from].sent]
	verb := -1
	for t := from - 1; t >= se.tokStart; t-- {
		if giftVerbs.has(s.toks[t].low) {
			verb = t
			break
		}
	}
	if verb < 0 || s.cueSent[s.toks[from].sent] {
		return false
	}
	for t := verb + 1; t < se.tokEnd; t++ {
		if giftOwnWords.has(s.toks[t].low) && !s.sinceYear(t) {
			return false
		}
	}
	return true
}
