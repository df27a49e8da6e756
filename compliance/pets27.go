package compliance

// Pets named by their breed, or with the animal after "the" (session 27,
// t27clean: clean passing). "Jas loves the Royals and her chihuahua
// Pancho", "Dr. Lee's golden retriever Murphy visited the lobby", "Say hi
// to Gus the goldfish": noOneByShape read a name right after an animal
// word ("her dog Pancho") as a pet's, but not after a breed, and not one
// followed by "the" and the animal; PRIV-10 warned on each as a
// neighbour. A role after the animal ("Max the dog walker") is a
// person's trade, and stays a name.

// animalTrades27 after "the <animal>" make the name a person's who works
// with animals: "Max the dog walker", "Sue the cat lady".
var animalTrades27 = newWordSet([]string{"walker", "walkers", "sitter", "groomer", "trainer", "guy", "lady", "man", "woman",
	"whisperer", "person", "mom", "dad", "owner", "catcher", "breeder", "doctor", "vet", "keeper", "rescuer", "handler"})

// petByBreed27 reports whether the one-word name at [from,to) is a
// pet's: right after a breed word ("her chihuahua Pancho"), or followed
// by "the" and an animal word ("Gus the goldfish", "Rocco the beagle")
// with no trade after it.
func (s *scan) petByBreed27(from, to int) bool {
	if to-from != 1 {
		return false
	}
	si := s.toks[from].sent
	if from > 0 && breedWords.has(s.toks[from-1].low) && s.toks[from-1].sent == si {
		return !s.teamBreed27(from - 1) // not "Former Husky Tanya" (attack27b.go)
	}
	if to+1 >= len(s.toks) || s.toks[to].low != "the" || s.toks[to+1].sent != si || s.tellsNamed27(from) {
		return false // not "We told Rosa the dog scratch should heal" (attack27.go)
	}
	if w := s.toks[to+1].low; !petWords.has(w) && !breedWords.has(w) {
		return false
	}
	return to+2 >= len(s.toks) || s.toks[to+2].sent != si || !animalTrades27.has(s.toks[to+2].low) && !animalTradesMore27b.has(s.toks[to+2].low)
}
