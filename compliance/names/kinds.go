package names

// Kinds of people other writers name that the recognizer's first passes
// do not see (issue 11): a player by a jersey number or by the one role a
// team has, a name shouted in capitals that no list holds, a day that is
// a first name, and a boy called by two initials.

// playerNoun words after a jersey number make it a player ("the #12 kid").
var playerNoun = set("kid", "guy", "girl", "boy", "player", "dude", "gal", "athlete", "lady", "man", "woman", "goalie", "keeper",
	"striker", "pitcher", "catcher", "quarterback", "qb", "runner", "wrestler", "swimmer", "linebacker", "receiver", "defender",
	"forward", "midfielder", "shortstop", "fullback", "winger", "setter")

// jersey finds a player told by a jersey number, at the "#" at i: a
// number of one or two digits, then a word for a player ("the #12 kid
// we rehabbed", "our #7 girl"). "#1 reason", "#2 of our tips" rank things.
func jersey(words []Word, i int) (Mention, bool) {
	if i+1 >= len(words) || len(words[i+1].Low) > 2 || !isNumber(words[i+1].Low) {
		return Mention{}, false
	}
	if i+2 < len(words) && words[i+2].Sent == words[i].Sent && playerNoun.has(words[i+2].Low) {
		return Mention{From: i, To: i + 3, Name: i + 3, Kind: Role}, true
	}

	// "su capitana, la #7, ya está sin muletas": a number said as the
	// player, after an article, with nothing after it.
	if i > 0 && inList(words[i-1].Low, "la", "el", "the", "our", "nuestra", "nuestro") &&
		(i+2 >= len(words) || words[i+2].Punct || words[i+2].Sent != words[i].Sent) {
		return Mention{From: i - 1, To: i + 2, Name: i + 2, Kind: Role}, true
	}
	return Mention{}, false
}

// teamModifier words come between a team and the one role it has ("the
// Elsik High girls' varsity goalie", "the school's head football coach").
var teamModifier = set("starting", "star", "varsity", "jv", "junior", "senior", "girls", "boys", "womens", "mens", "women",
	"men", "head", "assistant", "backup", "new", "former", "longtime", "team", "soccer", "football", "basketball",
	"baseball", "softball", "volleyball", "hockey", "lacrosse", "track", "swim", "wrestling", "tennis", "golf", "rugby",
	"cross", "country", "freshman", "club", "travel", "rec", "s")

// sportRole nouns name one player a team has, besides townRole.
var sportRole = set("keeper", "goalkeeper", "kicker", "catcher", "shortstop", "striker", "setter", "qb", "punter", "libero")

// ageGroup reports whether low is a youth team's age group: "u10", "14u".
func ageGroup(low string) bool {
	if len(low) < 2 || len(low) > 3 {
		return false
	}
	if low[0] == 'u' {
		return isNumber(low[1:])
	}
	return low[len(low)-1] == 'u' && isNumber(low[:len(low)-1])
}

// teamRoleEnd returns the end of the one role a team has that starts at
// k, past team modifiers ("girls varsity goalie", "s starting
// quarterback"), or k.
func teamRoleEnd(words []Word, k int) int {
	j := k
	for j < len(words) && j < k+4 && words[j].Sent == words[k].Sent && !words[j].Punct &&
		(teamModifier.has(words[j].Low) || ageGroup(words[j].Low)) {
		j++
	}
	if j >= len(words) || words[j].Sent != words[k].Sent {
		return k
	}
	if sportRole.has(words[j].Low) {
		return j + 1
	}
	end := roleEnd(words, j)
	if end == j || !townRole.has(words[end-1].Low) {
		return k
	}
	return end
}

// genericOwner words before a possessive make it anyone's ("your kid's
// coach", "a team's captain"), and the practice's own is staff ("our
// clinic's director").
var genericOwner = set("your", "ur", "a", "an", "any", "every", "each", "their", "whose", "clinic", "office", "practice",
	"hospital", "our", "my")

// teamPossessive finds the one person a team, school or town has in a
// role, owned with a possessive at the "s" at i: "hylebos creek's
// starting goalie", "Lakeside High's quarterback". Words before last are
// in a mention already.
func teamPossessive(words []Word, i, last int) (Mention, bool) {
	o := i - 1
	if o < last || words[o].Punct || words[o].Sent != words[i].Sent || i+1 >= len(words) {
		return Mention{}, false
	}
	end := teamRoleEnd(words, i+1)
	if end == i+1 {
		return Mention{}, false
	}
	for k := o; k >= 0 && k >= o-2 && words[k].Sent == words[i].Sent; k-- {
		if genericOwner.has(words[k].Low) {
			return Mention{}, false
		}
	}
	return Mention{From: o, To: end, Name: end, Kind: Role}, true
}

// doneVerb words say a person finished or came through something ("IS
// OFFICIALLY DONE WITH CARDIAC REHAB", "finished PT").
var doneVerb = set("done", "finished", "finishes", "completed", "completes", "graduated", "graduates", "beat", "beats",
	"survived", "rang", "crushed", "conquered", "wrapped", "celebrates", "celebrated", "got", "gets", "turned", "turns")

// deedSkip words stand between a name and what the person did ("is
// officially done", "has finally finished").
var deedSkip = set("is", "has", "just", "finally", "officially", "now", "so", "already", "was", "had")

// deedAfter reports whether what a person does follows at j, past a few
// deedSkip words, in j's sentence.
func deedAfter(words []Word, j int) bool {
	for k := j; k < len(words) && k < j+4; k++ {
		if words[k].Sent != words[j].Sent || words[k].Punct {
			return false
		}
		if doneVerb.has(words[k].Low) || agentVerb.has(words[k].Low) {
			return true
		}
		if !deedSkip.has(words[k].Low) {
			return false
		}
	}
	return false
}

// vowels counts the ASCII vowels of a lower-case word.
func vowels(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			n++
		}
	}
	return n
}

// shoutedName finds a name no list holds in a sentence shouted in
// capitals ("OLUMIDE BANJO IS OFFICIALLY DONE WITH CARDIAC REHAB", "HUGE
// SHOUTOUT TO CHIDI FOR FINISHING PT"): a word of four letters or more
// that is no English word and reads as a name (two vowels: no "UPMC"),
// greeted or followed by what a person did. A second shouted word that is
// no verb is its surname.
func shoutedName(words []Word, i int) (Mention, bool) {
	w := &words[i]
	if !w.Acronym || len(w.Low) < 4 || w.Low[0] >= 0x80 || vowels(w.Low) < 2 || !shouting(words, i) ||
		notSurname.has(w.Low) || holiday.has(w.Low) || abbreviations.has(w.Low) || honorific.has(w.Low) || IsWord(w.Low) {
		return Mention{}, false
	}
	end := i + 1
	if end < len(words) {
		if s := &words[end]; s.Sent == w.Sent && s.Acronym && len(s.Low) >= 3 && !closedClass.has(s.Low) &&
			!deedSkip.has(s.Low) && !doneVerb.has(s.Low) && !agentVerb.has(s.Low) && !personVerb.has(s.Low) {
			end++
		}
	}
	// Greeted, a shop or a sponsor is thanked too ("HUGE THANKS TO
	// MEDTRONIC FOR SPONSORING"): a person is thanked for what they came
	// through, or a "he" or "she" follows.
	if !deedAfter(words, end) && !(cued(words, i) && (end > i+1 || forDeed(words, end) || pronounNear(words, end, 12))) {
		return Mention{}, false
	}
	kind := FirstName
	if end > i+1 {
		kind = FullName
	}
	return Mention{From: i, To: end, Name: i, Kind: kind}, true
}

// weekday names are first names too ("Sunday", a Yoruba name; "Tuesday").
var weekday = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// dayNameGreeting words are said to a person, not to a day ("Hello
// Monday!" greets the week).
var dayNameGreeting = set("birthday", "bday", "congrats", "congratulations", "condolences", "kudos", "prayers", "praying", "shoutout")

// weekdayName finds a first name that is a day: before a surname no word
// list holds ("Sunday Adeyemi"), or right after a greeting said to one
// person with a "she" or "he" after ("Happy birthday, Sunday! She ...").
// "Sunday Brunch", "Friday Night Lights" and "see you Sunday" are days.
func weekdayName(words []Word, i int) (Mention, bool) {
	w := &words[i]
	if !w.Capital || w.Acronym {
		return Mention{}, false
	}
	// A day after a word that is not a name's lead is a day: "Dolphins
	// game Sunday Hialeah office closes early", "open Sunday Doral".
	asDay := i > 0 && words[i-1].Sent == w.Sent && !words[i-1].Punct && !words[i-1].Capital && !initialLeads.has(words[i-1].Low)
	if k := i + 1; !asDay && k < len(words) && words[k].Sent == w.Sent && words[k].Capital && !words[k].Punct && !words[k].Acronym &&
		len(words[k].Low) >= 3 && words[k].Low[0] < 0x80 && !isNumber(words[k].Low[:1]) && First(words[k].Low) == None &&
		!notSurname.has(words[k].Low) && !holiday.has(words[k].Low) && !abbreviations.has(words[k].Low) &&
		!institution.has(words[k].Low) && !business2.has(words[k].Low) && !streetType.has(words[k].Low) && !IsWord(words[k].Low) &&
		words[k].Low != "funday" {
		return Mention{From: i, To: k + 1, Name: i, Kind: FullName}, true
	}
	j := i - 1
	for j >= 0 && words[j].Sent == w.Sent && (words[j].Low == "," || words[j].Low == "to") {
		j--
	}
	if j >= 0 && words[j].Sent == w.Sent && dayNameGreeting.has(words[j].Low) && pronounNear(words, i+1, 16) {
		return Mention{From: i, To: i + 1, Name: i, Kind: FirstName}, true
	}
	return Mention{}, false
}

// initialsNickname finds a boy or girl called by two initials ("JJ",
// "TJ", "AJ"): a second letter J or the first twice, not after an article
// ("the DJ"), greeted or followed by what the person does ("to JJ, who
// says his mom ...").
func initialsNickname(words []Word, i int) (Mention, bool) {
	w := &words[i]
	if len(w.Low) != 2 || w.Low[0] < 'a' || w.Low[0] > 'z' || (w.Low[1] != 'j' && w.Low[1] != w.Low[0]) {
		return Mention{}, false
	}
	if i > 0 && words[i-1].Sent == w.Sent && inList(words[i-1].Low, "the", "a", "an", "our", "your", "their", "my") {
		return Mention{}, false
	}
	if !cued(words, i) && !actsAsPerson(words, i) {
		return Mention{}, false
	}
	return Mention{From: i, To: i + 1, Name: i, Kind: FirstName}, true
}

// pronounNear reports whether a "he", "she", "his" or "her" comes in the
// n words from j, in any sentence ("Happy birthday, Sunday! She ...").
func pronounNear(words []Word, j, n int) bool {
	for k := j; k < len(words) && k < j+n; k++ {
		if thirdPerson.has(words[k].Low) {
			return true
		}
	}
	return false
}

// lowerWordBefore reports whether the word before i, in its sentence, is
// a lower-case word that does not place or name a thing: "alongside
// Tigist", not "in Alief", "the Medtronic" or "of Tacoma".
func lowerWordBefore(words []Word, i int) bool {
	if i == 0 || words[i-1].Sent != words[i].Sent {
		return false
	}
	p := &words[i-1]
	return !p.Punct && !p.Capital && !placeBefore.has(p.Low) && !inList(p.Low, "the", "a", "an", "of", "our", "your", "their", "my", "his", "her", "its", "this", "that")
}

// middleName words come between a Vietnamese surname and the given name
// ("nguyen thi mai", "tran van binh").
var middleName = set("thi", "thị", "van", "văn", "duc", "đức", "ngoc", "ngọc", "minh", "kim", "huu", "hữu", "xuan", "xuân", "quoc", "quốc")

// surnameFirst finds a name written surname first in lower case
// ("nguyen thi mai", "okafor chinedu") where a person stands: a known
// surname that is no word, then a middle name or a known first name,
// greeted or doing what a person does.
func surnameFirst(words []Word, i int) (Mention, bool) {
	w := &words[i]
	if w.Capital || w.Punct || len(w.Low) < 3 || i+1 >= len(words) {
		return Mention{}, false
	}
	if in := nameData.get(w.Low); in.surname != Strong || in.first != None || IsWord(w.Low) {
		return Mention{}, false
	}
	end := i + 1
	if middleName.has(words[end].Low) && words[end].Sent == w.Sent {
		end++
	}
	if end >= len(words) || words[end].Sent != w.Sent || words[end].Punct || words[end].Capital || First(words[end].Low) == None ||
		functionWord.has(words[end].Low) || IsWord(words[end].Low) {
		return Mention{}, false
	}
	end++
	if !cued(words, i) && !uncasedCue(words, end-1) && !(end < len(words) && words[end].Low == "who" && pronounAfter(words, end+1, 10)) {
		return Mention{}, false
	}
	return Mention{From: i, To: end, Name: i, Kind: FullName}, true
}

// teamWord after a player's number says it is a jersey ("number 23 on
// the JV team").
var teamWord = set("team", "squad", "varsity", "jv", "roster", "field", "court", "pitch", "ice", "mat", "bench")

// jerseyNumber finds a player told as "number 23" or "No. 7" with a team
// after ("Number 23 on the JV team is back from his torn ACL"), at i.
func jerseyNumber(words []Word, i int) (Mention, bool) {
	j := i + 1
	if j < len(words) && words[j].Low == "." {
		j++
	}
	if j >= len(words) || len(words[j].Low) > 2 || !isNumber(words[j].Low) {
		return Mention{}, false
	}
	for k := j + 1; k < len(words) && k <= j+5 && words[k].Sent == words[i].Sent; k++ {
		if teamWord.has(words[k].Low) || ageGroup(words[k].Low) {
			return Mention{From: i, To: j + 1, Name: j + 1, Kind: Role}, true
		}
	}
	if teamAppositive(words, i, j) {
		return Mention{From: i, To: j + 1, Name: j + 1, Kind: Role}, true
	}
	return Mention{}, false
}

// teamAppositive reports whether "number N" (the number ending at j)
// stands between commas after a team named in capitals a few words
// before: "our buddy from the Anchorage Wolverines, number 8, is
// cleared". "For refills, press number 2," names no team.
func teamAppositive(words []Word, i, j int) bool {
	if i < 2 || j+1 >= len(words) || words[i-1].Low != "," || words[j+1].Low != "," || words[i-1].Sent != words[i].Sent {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4 && words[k].Sent == words[i].Sent && !words[k].Punct; k-- {
		if words[k].Capital && len(words[k].Low) > 3 && words[k].Low[len(words[k].Low)-1] == 's' && (k == 0 || words[k-1].Capital || words[k-1].Low == "the") {
			return true // "the Wolverines", "Anchorage Wolverines": a team's name
		}
		if teamWord.has(words[k].Low) {
			return true
		}
	}
	return false
}

// deedIng words after "for" say what a person came through ("FOR
// FINISHING PHYSICAL THERAPY"); a sponsor is thanked "for sponsoring".
var deedIng = set("finishing", "completing", "beating", "hitting", "surviving", "crushing", "getting", "reaching", "ringing",
	"graduating", "kicking", "quitting", "celebrating")

// forDeed reports whether "for" and a deedIng word come at j.
func forDeed(words []Word, j int) bool {
	return j+1 < len(words) && words[j].Low == "for" && deedIng.has(words[j+1].Low)
}

// personAfter reports whether, in the n words from j in j's sentence, the
// text goes on about a person's life: "her son", "his wife", or "she" or
// "he" doing what a person does ("she is 6 weeks out"). "she says" and
// "her favorite" could follow a thing the person likes.
func personAfter(words []Word, j, n int) bool {
	for k := j; k+1 < len(words) && k < j+n && words[k].Sent == words[j].Sent; k++ {
		switch words[k].Low {
		case "her", "his":
			if kin.has(words[k+1].Low) {
				return true
			}
		case "she", "he":
			if personVerb.has(words[k+1].Low) && words[k+1].Low != "says" && words[k+1].Low != "said" {
				return true
			}
		}
	}
	return false
}

// placedOnStreet reports whether the words at j place someone on a street
// or a block: "on the 3500 block", "on Coulee St", "on 52nd", "from
// Birchwood Lane". "on our team" and "on the phone" place no one.
func placedOnStreet(words []Word, j int) bool {
	if j+1 >= len(words) || (words[j].Low != "on" && words[j].Low != "from" && words[j].Low != "at") {
		return false
	}
	k := j + 1
	if words[k].Low == "the" && k+1 < len(words) {
		k++
	}
	w := &words[k]
	if w.Sent != words[j].Sent || w.Punct {
		return false
	}
	if isNumber(w.Low) {
		return k+1 < len(words) && (words[k+1].Low == "block" || streetType.has(words[k+1].Low))
	}
	if ordinal(w.Low) {
		return true
	}
	return w.Capital && !w.Acronym && k+1 < len(words) && streetType.has(words[k+1].Low)
}

// petWord before a name makes it a pet's ("our dog Pierogi", "the clinic
// cat Mochi").
var petWord = set("dog", "cat", "puppy", "kitten", "pup", "pooch", "pet", "bunny", "hamster", "parrot", "pony", "horse")
