package compliance

import "github.com/practicepost/practicepost/compliance/names"

// A name does not run across an emoji into a word that is no name
// (session 27, t27clean: block precision and clean passing). "Halloween
// tip from Dr. Priya 🎃 Check candy wrappers for allergies", "Flu tip
// from Kevin 💉 Get your shot": the fold leaves the emoji out of the text
// the rules read and no sentence ends at it, so the name finder read "Dr.
// Priya Check" and "Kevin Get" as whole names; the staff list did not
// know them, and the tip's health words made a patient of a staff
// member. The emoji ends the name when the word after it is one the
// lexicon knows is no name ("Check", "Get", "Reapply"): the tip's next
// sentence starts there. A name written across an emoji to slip past
// the rules ("Darnell 🎉 Brooks", emojinames19.go) stays whole, and the
// person before the emoji stays one ("Maria 🎃 Check out her new cast").

// cutAtEmoji27 ends the mention m before an emoji inside its name that
// a word known to be no name follows; a whole name cut to one word is a
// first name.
func (s *scan) cutAtEmoji27(m names.Mention) names.Mention {
	if s.fold == nil || m.To-m.Name < 2 || m.Kind == names.Role {
		return m
	}
	for k := m.Name + 1; k < m.To; k++ {
		if t := &s.toks[k]; t.kind == tokWord && (t.lex != nil && !t.lex.knownName || names.NotName(t.low)) && s.emojiBetween(k) {
			m.To = k
			if m.Kind == names.FullName && m.To-m.Name == 1 {
				m.Kind = names.FirstName
			}
			break
		}
	}
	return m
}
