package names

// greetedLast reports whether the word at i, after a comma, ends a
// sentence that opens with a congratulation, a welcome back or home, a
// happy day or a greeting ("Welcome back from Bosnia, Hajrudin!",
// "Congrats on 40 years at the mill, Ruairidh!"): the sentence is said to
// whoever it ends with, as "Welcome back, Hajrudin!" is. Thanks are left
// out: "Thanks for a great season, Sandpoint!" is said to a town as often.
func greetedLast(words []Word, i int) bool {
	w := &words[i]
	if i < 3 || words[i-1].Low != "," || words[i-1].Sent != w.Sent {
		return false
	}
	if i+1 < len(words) && words[i+1].Sent == w.Sent && (!words[i+1].Punct || inList(words[i+1].Low, ",", ";", ":", "&", "-", "(", "/")) {
		return false // "Congrats to Khalid Haddad, PharmD, on 10 years": the sentence goes on
	}
	s0 := i - 1
	for s0 > 0 && words[s0-1].Sent == w.Sent {
		s0--
	}
	first, second := words[s0].Low, words[s0+1].Low
	switch {
	case strongGreeting.has(first):
		return true
	case first == "welcome":
		return inList(second, "back", "home")
	case first == "happy":
		return inList(second, "birthday", "bday", "retirement", "anniversary", "graduation")
	}
	return false
}

// kinTitleAbroad are kin words of East African and other families said as
// a title before an elder's name ("Mama Nyibol", "Bibi Amina"): before a
// capitalised word no list holds they make it a name.
var kinTitleAbroad = set("mama", "mamá", "maama", "bibi", "mzee")

// kinTitledUnknown reports a word no list holds right after a capitalised
// kin title ("Special thanks to Mama Adhieu").
func kinTitledUnknown(words []Word, i int) bool {
	return i >= 1 && words[i-1].Sent == words[i].Sent && words[i-1].Capital && kinTitleAbroad.has(words[i-1].Low)
}
