package compliance

import "github.com/practicepost/practicepost/compliance/names"

// maxListItem is the most tokens a list item is read for: an item before
// the word is read from its end ("a bit of Pennsylvania Dutch"), one after
// it from its start.
const maxListItem = 3

// languageInList reports whether the word at token t stands in a list of
// three items or more, in its sentence, another item of which is a
// language: an item before t ending in one ("Mam, Q'eqchi', Kreyòl,
// English and ... Dutch"), or an item after t opening with one
// ("Karen, Chin and Burmese asthma flyers"). languageByPlace asks only
// the items beside the word, and a language that is a name too
// ("Karen", "Chin") often stands there (session 17). An item after t
// that opens with another word ("Karen, Dinh and our Spanish
// interpreters") counts for no language.
func (s *scan) languageInList(t int) bool {
	sent := s.toks[t].sent
	items, languages := 1, 0
	// Items before t: each ends at a separator. The word's own item may
	// open before it ("a bit of Pennsylvania Dutch").
	k := t - 1
	for m := 0; m <= maxListItem && k >= 0 && s.toks[k].sent == sent && !s.listSep(k); m++ {
		k--
	}
	for n := 0; n < 12 && k >= 1 && s.toks[k].sent == sent && s.listSep(k); n++ {
		for k >= 0 && s.toks[k].sent == sent && s.listSep(k) {
			k--
		}
		if k < 0 || s.toks[k].sent != sent || s.toks[k].kind != tokWord {
			break
		}
		items++
		if names.Language(s.toks[k].low) {
			languages++
		}
		for m := 0; m < maxListItem && k >= 0 && s.toks[k].sent == sent && !s.listSep(k); m++ {
			k--
		}
	}
	// Items after t: each opens after a separator.
	k = t + 1
	for n := 0; n < 12 && k < len(s.toks) && s.toks[k].sent == sent && s.listSep(k); n++ {
		for k < len(s.toks) && s.toks[k].sent == sent && s.listSep(k) {
			k++
		}
		if k >= len(s.toks) || s.toks[k].sent != sent || s.toks[k].kind != tokWord {
			break
		}
		items++
		if names.Language(s.toks[k].low) {
			languages++
		}
		for m := 0; m < maxListItem && k < len(s.toks) && s.toks[k].sent == sent && !s.listSep(k); m++ {
			k++
		}
	}
	return items >= 3 && languages >= 1
}

// listSep reports whether token k separates a list's items: a comma, a
// slash, an ampersand, "and", "or", "y".
func (s *scan) listSep(k int) bool {
	return inSet(s.toks[k].low, ",", "and", "or", "&", "/", "y")
}
