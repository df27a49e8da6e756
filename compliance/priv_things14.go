package compliance

// shipmentWords name a thing that came in: "the vaccine shipment came in
// Wednesday 11/6", "supplies arrived 3/2".
var shipmentWords = newWordSet([]string{"shipment", "shipments", "supplies", "package", "packages", "order", "orders", "pallet",
	"pallets", "boxes"})

// deliveredThings before "delivery" make it goods, not a birth: "the flu
// vaccine delivery arrived Tuesday 10/8".
var deliveredThings = newWordSet([]string{"vaccine", "vaccines", "flu", "supply", "supplies", "truck", "mail", "shot", "shots",
	"booster", "boosters", "lab", "equipment"})

// shipmentDate reports whether the date at byte start dates goods coming
// in ("Vaccine shipment came in Wednesday 11/6, shots available now"), in
// a sentence with no one in it: the office's day, no one's care. A
// "delivery" is goods only after a word of deliveredThings ("her delivery
// on 11/6" is a birth).
func (s *scan) shipmentDate(start int) bool {
	t := s.tokenStart(start)
	if t >= len(s.toks) {
		return false
	}
	si := s.toks[t].sent
	goods := s.sentenceHasWord(si, shipmentWords)
	se := s.sents[si]
	for k := se.tokStart + 1; k < se.tokEnd && !goods; k++ {
		goods = inSet(s.toks[k].low, "delivery", "deliveries") && deliveredThings.has(s.toks[k-1].low)
	}
	if !goods || s.personInSentence(si) {
		return false
	}
	for k := se.tokStart; k < se.tokEnd; k++ {
		if w := s.toks[k].low; relativeWords.has(w) || oneDescribed.has(w) && w != "one" ||
			inSet(w, "she", "he", "her", "his", "him", "pt", "patient", "baby", "twins") {
			return false
		}
	}
	return true
}

// practiceVehicleWords, with "our" in the car's sentence, the one before
// or the next, make the car the practice's: "That's our mobile clinic",
// "the van with our logo", "is NOT the shuttle", "Free shuttle to our
// clinic. Wave at the green van!".
var practiceVehicleWords = newWordSet([]string{"mobile", "shuttle", "logo", "logos", "unit", "wrap"})

// practiceVehicle reports whether the car at token i is the practice's
// own (its mobile clinic, its shuttle, its logo on the side), told with
// no patient cue: everyone knows whose it is, and it is no one's care.
// Told in the sentence before, it is the practice's only when the car's
// own sentence tells no care (session 16, t16clean): "Our shuttle runs
// Mondays. The man in the green van had a seizure" is someone else's.
// A reader sent to find the car ("Look for the blue van") after "the
// mobile unit" needs no "our": the post tells where the practice is.
func (s *scan) practiceVehicle(i int) bool {
	si := s.toks[i].sent
	if s.patientCue(si) {
		return false
	}
	before := si > 0 && !s.careInSentence(si)
	for k := si - 1; k < len(s.sents) && k <= si+1; k++ {
		if k < si && !before {
			continue
		}
		if !s.sentenceHasWord(k, practiceVehicleWords) {
			continue
		}
		if s.sentenceHasWord(k, ourWords) || k == si && s.sentenceHasWord(k, theShuttle) || k < si && s.readerSentTo(si) {
			return true
		}
	}
	return false
}

// findCarVerbs open a sentence that sends the reader to a car: "Look for
// the blue van", "Watch for the silver bus", "Hop on the red van", "Wave
// at the green van".
var findCarVerbs = newWordSet([]string{"look", "watch", "hop", "wave", "find", "flag", "spot"})

// readerSentTo reports whether sentence si opens by sending the reader to
// something ("Look for ...", "Just wave at ...").
func (s *scan) readerSentTo(si int) bool {
	se := s.sents[si]
	k := se.tokStart
	if k < se.tokEnd && s.toks[k].low == "just" {
		k++
	}
	return k+1 < se.tokEnd && findCarVerbs.has(s.toks[k].low) && inSet(s.toks[k+1].low, "for", "at", "on", "down", "the")
}

// ourWords are the practice's "our", and the "us" of "that's us!".
var ourWords = newWordSet([]string{"our", "ours", "we", "us"})

// theShuttle names the practice's shuttle with "the": "is NOT the shuttle".
var theShuttle = newWordSet([]string{"shuttle"})
