package compliance

import "github.com/practicepost/practicepost/compliance/names"

// A name read across an emoji (issue 11, session 19, t19prec): the fold
// leaves pictographs out of the text the rules read, so "Darnell 🎉
// Brooks" stays one name to them (an evasion they must see through). But
// an emoji also ends a clause where no period is written: "her daughter's
// graduation in Ames 🎓 Dustin is in charge" read "Ames Dustin" as one
// person, and the staff member Dustin, swallowed into a stranger's name,
// was blocked beside the kin words. When the words after the emoji are a
// staff member's name, the emoji ends the other name there: the staff
// member is known, and the words before it are read on their own (a
// place after "in" is no one; "Maria" stays a person).

// staffAfterEmoji returns the token, inside p's name, that follows an
// emoji and starts a staff member's name running to p's end; 0 when there
// is none. Only a text with an emoji (folded) is looked at.
func (s *scan) staffAfterEmoji(p person) int {
	if s.fold == nil || p.to-p.name < 2 || p.kind == names.Role {
		return 0
	}
	for k := p.name + 1; k < p.to; k++ {
		if s.emojiBetween(k) && s.isStaff(k, p.to) {
			return k
		}
	}
	return 0
}

// splitAtStaffEmoji adds p as two: the words before the emoji, read as a
// name of their own, and the staff member's name after it, which is
// nobody's to report. It reports whether p was split.
func (s *scan) splitAtStaffEmoji(p person) bool {
	k := s.staffAfterEmoji(p)
	if k == 0 {
		return false
	}
	if k > p.name {
		kind := p.kind
		if kind == names.FullName && k-p.name == 1 {
			kind = names.FirstName
		}
		s.addPerson(person{span{p.from, k}, p.name, kind})
	}
	return true
}

// emojiInside reports an emoji between two of tokens [from,to): the words
// may be two names, not one place ("in Ames 🎓 Dustin").
func (s *scan) emojiInside(from, to int) bool {
	if s.fold == nil {
		return false
	}
	for k := from + 1; k < to; k++ {
		if s.emojiBetween(k) {
			return true
		}
	}
	return false
}
