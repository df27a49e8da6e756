package names

// NicknameShape reports whether words[i] and words[i+1] have a nickname's
// shape (issue 11, session 23, t23names): a lead word ("Big", "Lil") and
// a capitalized word that is no place, shop, institution, street or
// holiday, not a town, landmark or league so named ("Big Sur", "Little
// Rock", "Big Ten"), with no third capitalized word after ("Big Sky
// Brewing" is a firm). bigNickname asks a "he" or "she" after; a caller
// that asks for care told of the one who acts ("Big Moose is back at the
// rink after knee surgery") uses the shape alone.
func NicknameShape(words []Word, i int) bool {
	k := i + 1
	if k >= len(words) || !nicknameLead.has(words[i].Low) || words[k].Sent != words[i].Sent || !words[k].Capital ||
		words[k].Punct || words[k].Acronym || len(words[k].Low) < 3 || words[k].Low[0] >= 0x80 {
		return false
	}
	n := words[k].Low
	if institution.has(n) || business2.has(n) || placeNoun.has(n) || streetType.has(n) || notSurname.has(n) || holiday.has(n) ||
		groupNoun.has(n) || bigLittlePlaces.has(words[i].Low+" "+n) {
		return false
	}
	return !(k+1 < len(words) && words[k+1].Capital && !words[k+1].Punct && words[k+1].Sent == words[i].Sent)
}
