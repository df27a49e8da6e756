package compliance

// A sentence fact is a yes-or-no answer about one sentence that rules ask
// once per person named in it. Reading the sentence again for every name
// made a long one-sentence post (a list of names, no full stop) quadratic;
// the answers are kept per check instead (sentenceFact).
type sentenceFactKind uint8

const (
	factAddressed  sentenceFactKind = iota // addressed: the sentence opens on a name and speaks to "you"
	factHistorical                         // historical: an invention or a year long past
	factCareHere                           // triviaCareHere23: a health detail placed at the practice ("here", "with us")
	sentenceFactKinds
)

// Each answer is two bits of sentenceFacts: asked, then the answer.
const (
	factAsked uint8 = 1 << iota
	factYes
)

// sentenceFact answers find(si) once per check for each kind and sentence.
func (s *scan) sentenceFact(kind sentenceFactKind, si int, find func(si int) bool) bool {
	if si < 0 || si >= len(s.sents) {
		return find(si)
	}
	if n := len(s.sents) * int(sentenceFactKinds); len(s.sentenceFacts) != n {
		s.sentenceFacts = append(s.sentenceFacts[:0], make([]uint8, n)...)
	}
	i := si*int(sentenceFactKinds) + int(kind)
	if s.sentenceFacts[i]&factAsked == 0 {
		s.sentenceFacts[i] = factAsked
		if find(si) {
			s.sentenceFacts[i] |= factYes
		}
	}
	return s.sentenceFacts[i]&factYes != 0
}
