package compliance

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/practicepost/practicepost/compliance/names"
)

// span is a token range [from,to).
type span struct{ from, to int }

var (
	// signatureRE is a testimonial's sign-off: "— Maria G." at a line end.
	// signatures runs it at each dash, so it is anchored there (\A): a
	// match from a later dash is found when the walk reaches that dash,
	// and a dash inside a word ("Walk-ins") fails at once instead of the
	// expression being tried at every byte to the line's end.
	signatureRE = regexp.MustCompile(`(?m)\A[—–-]\s*[A-Z][a-z]+(?:\s+[A-Z]\.?|\s+[A-Z][a-z]+)?\s*$`)
	// quoteRE is a quotation of some length, straight or curly.
	quoteRE = mustAnchor(`["“]([^"”\n]{8,400})["”]`, 1700)
	// firstPersonRE says a quotation speaks for the person quoted.
	firstPersonRE = regexp.MustCompile(`(?i)\b(?:i|my|me|i'm|i’m|i've|i’ve|mine)\b`)
)

// honorificNames finds "Mr. Lee", "Mrs. Ana Ruiz", "Ms Park": an honorific
// followed by capitalized words. Staff names are left out.
func (s *scan) honorificNames() []span {
	var out []span
	for _, h := range s.hitsOf("names/honorific") {
		if t, end := s.afterHonorific(h); end > t && !s.isStaff(t, end) {
			out = append(out, span{h.from, end})
		}
	}
	return out
}

// afterHonorific returns the capitalized words (at most three, in the
// honorific's sentence) that follow honorific h and its full stop, as
// toks[t:end]; end == t when none do.
func (s *scan) afterHonorific(h hit) (t, end int) {
	t = h.to
	if t < len(s.toks) && s.toks[t].low == "." {
		t++
	}
	end = t
	for end < len(s.toks) && end < t+3 && s.toks[end].capital && s.toks[end].kind == tokWord && s.toks[end].sent == s.toks[h.from].sent {
		end++
	}
	return t, end
}

// person is one person the text mentions: a span of tokens, the first
// token of the name itself (after a title; to for a role) and how it was
// found (0 for the practice's own name list, "the X family" and sign-offs).
type person struct {
	span
	name int
	kind names.Kind
}

// people finds everyone the text names or points at, staff and community
// names left out: the names package's first names, surnames, titled names
// and one-person roles; any first names the practice added (names/first);
// "the Nguyen family"; and testimonial sign-offs.
func (s *scan) people() []person {
	if s.persons != nil {
		return s.persons
	}
	s.persons = s.personBuf[:0]
	// The words are sized once and filled by index: appended one by one,
	// the slice header was stored back to s at every token.
	words := slices.Grow(s.nameWords[:0], len(s.toks))[:len(s.toks)]
	// oneLetter: a capital letter alone that is no word ("I", "A");
	// capLetter: any capital letter alone, which an initial is.
	oneLetter, capLetter := false, false
	for i := range s.toks {
		t := &s.toks[i]
		if len(t.low) == 1 && t.capital {
			capLetter = true
			oneLetter = oneLetter || (t.low != "i" && t.low != "a")
		}
		low := t.low
		if t.shape&classNonASCII != 0 {
			// "José", "Tomás": the name data's "jose", "tomas". Only a name
			// is unmarked; titles and words keep their marks ("señora", "bác").
			low = names.UnmarkName(low)
		}
		words[i] = names.Word{Low: low, Capital: t.capital, Punct: t.kind == tokPunct, Sent: t.sent,
			Acronym:       t.capital && t.end-t.start > 1 && t.shape.noLower(s.text[t.start:t.end]),
			NoTitleOrRole: t.lex == nil || !t.lex.nameOpener,
			// A number is no name, nor is an ASCII word the lexicon knows
			// is none (a word beyond ASCII was unmarked: low is not its key).
			NoKnownName: t.kind == tokNumber || (t.lex != nil && !t.lex.knownName && t.shape&classNonASCII == 0)}
	}
	s.nameWords = words
	s.mentions = names.Find(s.nameWords, s.mentions[:0])
	for _, m := range s.mentions {
		if m = s.cutAtEmoji27(m); m.To <= m.From {
			continue
		}
		if m.Kind == names.FirstName && m.To == m.Name+1 && s.inHealth(m.Name) {
			continue // "Colon cancer screening": a health word that is also a name
		}
		if m.Kind == names.Role && s.contestAfter(m.To) {
			continue // "won the ER cook-off": a contest, not the ER's cook
		}
		s.addPerson(person{span{m.From, m.To}, m.Name, m.Kind})
	}
	for _, h := range s.hitsOf("names/first") {
		t := &s.toks[h.from]
		if !t.capital {
			continue
		}
		end := h.to
		if end < len(s.toks) && s.toks[end].capital && s.toks[end].kind == tokWord && s.toks[end].sent == t.sent {
			end++
		}
		s.addPerson(person{span{h.from, end}, h.from, names.FirstName})
	}
	// The loops below look for words the text may not have at all (a
	// possessive's "s", "my", "de", "the"): a text without the word skips
	// the loop that needs it.
	possessive := s.words.has("s")
	// "Zainab's dad", "Oluwaseun's surgery": a capitalized word owning a
	// relative or a health detail is a person, known name or not.
	for i := 0; possessive && i+2 < len(s.toks); i++ {
		t := &s.toks[i]
		if !t.capital || t.kind != tokWord || s.toks[i+1].low != "s" || s.toks[i+1].start-t.end > 3 || names.NotName(t.low) || orgAcronyms.has(t.low) {
			continue
		}
		if nt := &s.toks[i+2]; nt.capital && institutionWords.has(nt.low) {
			continue // "Nationwide Children's Hospital", "Mercy's Health Center": a place's name
		}
		if (relativeWords.has(s.toks[i+2].low) && !s.kinCompound(i+2)) || s.healthStartsAt(i+2) {
			if !s.inHealth(i) && !s.c.allow.addrWords[t.low] && !practiceWord(s, i) {
				s.addPerson(person{span{i, i + 1}, i, names.FirstName})
			}
		}
	}
	// "A mãe da Dawn", "el papá de Kelsey": a capitalized word owning a
	// relative in Portuguese or Spanish is a person, known name or not,
	// as "Dawn's mom" is.
	if s.words.has("da") || s.words.has("do") || s.words.has("de") || s.words.has("del") {
		for i := 2; i < len(s.toks); i++ {
			if t := &s.toks[i]; t.capital && t.kind == tokWord && !names.NotName(t.low) && inSet(s.toks[i-1].low, "da", "do", "de", "del") &&
				relativeWords.has(s.toks[i-2].low) && s.toks[i-2].sent == t.sent && !s.c.allow.addrWords[t.low] && !practiceWord(s, i) {
				s.addPerson(person{span{i, i + 1}, i, names.FirstName})
			}
		}
	}
	// "Jakes surgery went well": a known name's possessive written
	// without its apostrophe, before a relative or a health detail.
	for i := 0; i+1 < len(s.toks); i++ {
		t := &s.toks[i]
		// The name itself is not one ("Williams syndrome") and is long
		// enough not to be a word's start ("This cancer").
		if !t.capital || t.kind != tokWord || len(t.low) < 5 || t.low[len(t.low)-1] != 's' ||
			names.First(t.low[:len(t.low)-1]) != names.Strong || names.WordToo(t.low[:len(t.low)-1]) || names.First(t.low) != names.None {
			continue
		}
		if relativeWords.has(s.toks[i+1].low) || s.healthStartsAt(i+1) {
			s.addPerson(person{span{i, i + 1}, i, names.FirstName})
		}
	}
	s.addHashtagNames()
	if s.words.has("miss") || s.words.has("mrs") || s.words.has("ms") || s.words.has("mr") || s.words.has("doña") || s.words.has("don") {
		s.addLowerTitled()
	}
	s.addCuedNames()
	if s.hasAny(respectSuffixes) {
		s.addRespectTitled() // "Nilesh bhai", "Asha ji"
	}
	if capLetter {
		s.addInitials() // "K.V.": initials are capital letters alone
	}
	if strings.Contains(s.text, ".,") {
		s.addDottedInitialsAge() // "S.L.M., 7,": initials the tokenizer reads as one word
	}
	if s.words.has("name") && s.hasAny(nameStartWords) {
		s.addPartialName() // "a badge (last name starts with RAM-)"
	}
	if oneLetter {
		s.addVocativeInitial()
	}
	// "dawn's little sister", "Joy's baby brother": a staff member's
	// relative, in any case, with or without a word between.
	for i := 0; possessive && i+3 < len(s.toks); i++ {
		t := &s.toks[i]
		if t.kind != tokWord || s.toks[i+1].low != "s" || s.toks[i+1].start-t.end > 3 || !s.c.allow.staff[t.low] {
			continue
		}
		k := i + 2
		if kinAdjective.has(s.toks[k].low) || s.toks[k].low == "own" {
			k++ // "Dr. Hope's own mama"
		}
		// "Rusty's boy", "Dawn's girl": a staff member's child.
		if (relativeWords.has(s.toks[k].low) || childWords.has(s.toks[k].low)) && !s.kinCompound(k) {
			s.persons = appendUnique(s.persons, person{span{i, k + 1}, k, names.Titled})
		}
	}
	s.addStaffKinByPronoun()
	s.addKnownWho()
	// "our office manager's daughter", "my nurse's son": a relative of
	// someone the post points at.
	for k := 3; possessive && k < len(s.toks); k++ {
		// "the teacher's little boy", "our janitor's baby girl": a kin
		// adjective may stand between, and then a boy or a girl is kin.
		sk := k - 1
		if kinAdjective.has(s.toks[sk].low) && sk > 2 {
			sk--
		}
		rel := relativeWords.has(s.toks[k].low) || (sk < k-1 && kidWords.has(s.toks[k].low))
		if s.toks[sk].low != "s" || !rel || s.toks[sk-1].kind != tokWord {
			continue
		}
		for j := sk - 2; j >= 0 && j >= sk-5 && s.toks[j].kind == tokWord && s.toks[j].sent == s.toks[k].sent; j-- {
			// "the mayor's wife": "the" with a role noun before the "s".
			// "the night nurse's son": one of the practice's own, told
			// by role (session 15, t15kin).
			if s.toks[j].low == "our" || s.toks[j].low == "my" || (s.toks[j].low == "the" && (names.RoleNoun(s.toks[sk-1].low) ||
				names.PracticeRole(s.toks[max(sk-2, j)].low, s.toks[sk-1].low))) {
				s.addPerson(person{span{j, k + 1}, k + 1, names.Role})
				break
			}
		}
	}
	// "my sister", "my little brother": the writer's own relative, whom
	// the post is about. With a health detail beside, the writer (staff)
	// tells a relative's health; shots and checkups the family models are
	// not that ("my son got his flu shot today, have you?").
	mine := s.words.has("my") || s.words.has("mi")
	for k := 1; mine && k < len(s.toks); k++ {
		j := k - 1
		if (kinAdjective.has(s.toks[j].low) || s.toks[j].low == "own") && j > 0 {
			j-- // "my little brother", "my own father"
		}
		if (s.toks[j].low != "my" && s.toks[j].low != "mi") || !singleKin.has(s.toks[k].low) || s.toks[j].sent != s.toks[k].sent || s.onlyPrevention(s.toks[k].sent) ||
			strings.ContainsAny(s.text[strings.LastIndexByte(s.text[:s.toks[j].start], '\n')+1:s.toks[j].start], "\"“‘'") {
			continue // a quoted reviewer's "my daughter" is theirs, not the writer's
		}
		s.addPerson(person{span{j, k + 1}, k, names.Titled})
	}
	// "la niña de los Rodríguez": a family named in Spanish.
	spanish := s.words.has("de")
	for i := 1; spanish && i+1 < len(s.toks); i++ {
		if inSet(s.toks[i].low, "los", "las") && s.toks[i-1].low == "de" && s.toks[i+1].capital && s.toks[i+1].kind == tokWord &&
			!inSet(s.toks[i+1].low, "angeles", "vegas", "cruces", "alamos", "lunas") && !s.c.allow.addrWords[s.toks[i+1].low] && !practiceWord(s, i+1) {
			s.addPerson(person{span{i, i + 2}, i + 1, 0})
		}
	}
	// "the Nguyen family", "the Jean-Pierre triplets", "la familia
	// Mendoza": a surname named through the family.
	article := s.words.has("the") || s.words.has("familia")
	for i := 0; article && i+2 < len(s.toks); i++ {
		if s.toks[i].low == "familia" && i > 0 && inSet(s.toks[i-1].low, "la", "nuestra") && s.toks[i+1].capital && s.toks[i+1].kind == tokWord &&
			!s.c.allow.addrWords[s.toks[i+1].low] && !practiceWord(s, i+1) {
			s.addPerson(person{span{i, i + 2}, i + 1, 0})
			continue
		}
		if s.toks[i].low != "the" || !s.toks[i+1].capital || s.toks[i+1].kind != tokWord {
			continue
		}
		k := i + 2
		if k+1 < len(s.toks) && s.toks[k].low == "-" && s.toks[k+1].capital && s.toks[k].start == s.toks[k-1].end {
			k += 2 // "the Jean-Pierre triplets"
		} else if k+2 < len(s.toks) && s.toks[k].capital && s.toks[k].kind == tokWord && inSet(s.toks[k+1].low, "family", "families") &&
			s.toks[k+2].low != "of" {
			k++ // "the Red Star family": a surname of two words ("the Golden Harbor family of restaurants" is a firm)
		}
		if s.familiesListed(i+1, k) {
			continue // "the Kabasele and Lukusa families": two families, each named
		}
		if s.toks[k].low == "families" && (names.Surname(s.toks[k-1].low) == names.None || names.Service(s.toks[k-1].low)) {
			continue // "the Navy families", "the Tri-Command families", "the Hmong families": a community, not one family
		}
		if (inSet(s.toks[k].low, "family", "families", "twins", "triplets", "quads", "quadruplets", "household", "ʻohana", "ohana", "'ohana") ||
			familyOwns(s.toks[i+1].low, s.toks[k].low) || familyChildren.has(s.toks[k].low) && childrenSurname(s.toks[i+1].low)) &&
			!s.c.allow.addrWords[s.toks[i+1].low] && !practiceWord(s, i+1) {
			s.addPerson(person{span{i + 1, k + 1}, i + 1, 0})
		}
	}
	s.addRoles16() // players by jersey and position, jobs at a place named, a mascot's wearer (priv_roles16.go)
	if s.words.has("thank") || s.words.has("thanks") {
		s.addVocativeTitles29() // "Thank you, Mayor, for getting your shingles shot" (knownshot29.go)
	}
	for _, m := range s.signatures() {
		from, to := s.tokenRange(m[0], m[1])
		for from < to && s.toks[from].kind == tokPunct {
			from++
		}
		if from < to {
			s.addPerson(person{span{from, to}, from, 0})
		}
	}
	slices.SortFunc(s.persons, func(a, b person) int { return a.from - b.from })
	s.dropNamesAsNames()
	s.personBuf = s.persons
	if s.persons == nil {
		// Not nil, so the next call knows the text was searched: a text
		// that names no one was searched again on every call (some 45k
		// instructions each for 280 bytes). An empty literal allocates
		// nothing.
		s.persons = []person{}
	}
	return s.persons
}

// contestAfter reports whether the role word ending before token t runs
// on with a hyphen into a contest: "cook-off", "bake-off", "the nurse
// swim-athon".
func (s *scan) contestAfter(t int) bool {
	// The tokenizer drops the hyphen: "cook-off" is "cook", "off" with one
	// byte between.
	return t < len(s.toks) && t > 0 && s.toks[t].start == s.toks[t-1].end+1 && s.text[s.toks[t-1].end] == '-' &&
		inSet(s.toks[t].low, "off", "offs", "athon", "thon")
}

// addPerson adds p to s.persons unless it overlaps one already there, lies
// in a community name, or is staff; a staff member's relative ("Dr.
// Reyes's mother") is the person the post is about.
func (s *scan) addPerson(p person) {
	to := p.to
	for to > p.from+1 && s.toks[to-1].kind == tokPunct {
		to-- // "the Harbor Y." with its period is still the Harbor Y
	}
	if to-p.from == 1 && (names.Language(s.toks[p.from].low) || names.People(s.toks[p.from].low) || s.languageByPlace(p.from) || s.greetingAlone(p.from) || s.siteNamed(p.from) ||
		s.menuOption(p.from) || s.thanksToCrowd(p.from) || s.eponym(p.from)) {
		return // "Rohingya, Dari, Pashto": languages offered, no one; "Amish and Mennonite children": peoples; "Press 2 for Karen": a menu's language
	}
	if s.medicarePart25(p.from, to) {
		// "Medicare Part B. Call us": a part of Medicare, and the name
		// after its period only if it is one (saints25.go).
		if p = s.afterMedicarePart25(p, to); p.to == 0 {
			return
		}
		to = p.to
	}
	if s.roadPair(p.from, to) || s.offStreet(p.from) || s.thingNamed(p.from, to) || s.shopNamed(p.from, to) || s.noOneByKind(p.from, to) ||
		s.placeByWord(p.from, to) || s.noOneByPlace(p.from, to) || s.utilityNamed(p.from, to) || s.venueNamed(p.from, to) || s.eateryOwner(p.from, to) ||
		s.holidayGloss(p.from, to) || s.placeholderName(p.from, to) || s.namedMachine(p.from, to) || s.placePrefixed(p.from, to) ||
		s.welcomedNickname(p.from, to) || s.programNamed(p.from, to) || s.costumeNamed(p.from, to) || s.crowdNamed(p.from, to) ||
		s.tribeNamed(p.from, to) || s.holidayGreeting(p.from, to) || s.menuOptionWords(p.from, to) || s.hyphenPeople(p.from, to) ||
		s.greetedFeast(p.from, to) || s.letterNoInitial(p.from) || s.placeNamed(p, to) || s.bareCommunityStreet(p.from, to) ||
		s.worldRegionName(p, to) || s.adviceOwner(p, to) || s.publicServiceNamed(p.from, to) ||
		s.landmarkNamed(p.from, to) && !s.famousNamed(p) || s.fellowshipNamed(p.from, to) || s.schoolNamedByHead(p.from, to) ||
		s.travelPlace(p.from, to) || s.inGreetingPhrase(p.from, to) || s.eventNamed25(p.from, to) ||
		s.holidayNamed28(p.from, to) || s.kings29(p.from, to) || s.slangFr28(p.from, to) || s.shoutedAfterRole28(p, to) || s.mythBuster28(p.from, to) {
		// "between Benton and Prospect", "the lot off Jupiter": streets;
		// "Fraser firs", "Oscar-worthy": things; "Grandma Lee's Noodle
		// House": a shop (priv_notpeople.go); "the Ferris Ballroom",
		// "Lulu's or Tupelo's?": a venue and places to eat (priv_venues.go);
		// "Christmas (Genna)", "Demo Dora", "the copier is named Gloria": a
		// holiday, a made-up name and a machine's (priv_holidays.go);
		// "Gannon students", "the Coeur d'Alene Tribe", "Buon Natale": a
		// crowd's school, a tribe and a greeting (priv_crowds15.go);
		// "3 for Kajin Majōl", "Franco-American", "Bonne Saint-Jean!",
		// "–20°F. Cover": a menu's language, a people, a feast and a
		// unit (priv_names16.go).
		// "flying in from Bethel", "Sinai's maternity ward", "our Oceana
		// flu drive": a town, a hospital and an event's place
		// (placenames17.go).
		// "use the Renwick entrance": a community street named bare
		// (barestreets17.go).
		// "by the Captain Cook statue", "Al-Anon meets": a landmark and a
		// fellowship (landmarks17.go).
		// "Mercyhurst & Gannon": schools by their head words
		// (schoolheads17.go).
		// "visiting family in Mae Sot": a trip's place (travelplaces17.go).
		// "Sat Sri Akal": a greeting's words (greetings17.go).
		// "at Jackson Days", "Ash Wednesday": a festival and a feast
		// (events25.go).
		// "the NH QuitLine", "the Sheriff's Office drop box": a phone
		// line and an office (publicbodies21.go).
		// "¡Feliz Cinco de Mayo!", "Tết Trung Thu": a holiday in its own
		// words; "fun fr. Big thanks": slang, no priest (holidays28.go).
		// "senator TODAY", "Myth Buster Monday": emphasis after a role and
		// a series' name (shouted28.go).
		return
	}
	if to-p.from == 1 && s.respectSuffix(p.from) {
		// "Nilesh bhai", "Jyoti ben": the title honors the name before
		// it, which is the person (or staff).
		if s.isStaff(p.from-1, p.from) {
			return
		}
		p = person{span{p.from - 1, p.from + 1}, p.from - 1, names.Titled}
		to = p.to
	}
	if s.dateNamed(to) || s.orgNamed(p.from, to) {
		return // "closed Thu Dec 24": a weekday and a month, no one; "Esperanza Inc.", "Rosa's on Main": a firm
	}
	if len(s.persons) >= maxMatches || s.community(p.from, to) || s.notPerson(p.from, to) || s.numberedStreet(p.from, to) || s.teamName(p.from, to) || s.noOneByShape(p.from, to) ||
		s.landformNamed(p.from, to) || s.ownStreet(p.from, to) || s.insurerNamed(p.from, to) {
		return
	}
	for _, q := range s.persons {
		if p.from >= q.from && p.from < q.to {
			return
		}
	}
	if s.splitAtStaffEmoji(p) {
		return // "in Ames 🎓 Dustin is in charge": a place, then the staff member (emojinames19.go)
	}
	if s.isStaff(p.name, p.to) {
		if p.to+1 < len(s.toks) && s.toks[p.to].low == "s" && relativeWords.has(s.toks[p.to+1].low) && !s.kinCompound(p.to+1) {
			s.persons = append(s.persons, person{span{p.from, p.to + 2}, p.to + 1, names.Titled})
		} else if k := s.staffKinEnd22(p.to); k > 0 && relativeWords.has(s.toks[k+1].low) && !s.kinCompound(k+1) {
			// "Anita ji's nephew": an honorific after the name (staffpassing22.go)
			s.persons = append(s.persons, person{span{p.from, k + 2}, k + 1, names.Titled})
		} else if p.from >= 2 && inSet(s.toks[p.from-1].low, "da", "do", "de", "del", "di", "du") && relativeWords.has(s.toks[p.from-2].low) &&
			s.toks[p.from-2].sent == s.toks[p.from].sent {
			// "A mãe da Dawn", "el papá de Kevin": the Portuguese and
			// Spanish "Dawn's mom", a person like any other.
			s.persons = append(s.persons, person{span{p.from - 2, p.to}, p.from - 2, names.Titled})
		}
		return
	}
	s.persons = append(s.persons, p)
}

// languageByPlace reports whether the word at token t, a name too, is a
// language by its place: listed with a language ("speaks Hmong and
// Karen", "Karen and Hmong families"), spoken, or before an interpreter
// ("Karen interpreters").
func (s *scan) languageByPlace(t int) bool {
	joined := func(k int) bool { return k >= 0 && k < len(s.toks) && inSet(s.toks[k].low, "and", ",", "&", "or", "/") }
	// A list's last item may follow a comma and its "or": "Swahili,
	// Bosnian, or Karen".
	before, after := t-2, t+2
	if joined(t-1) && s.toks[t-1].low != "," && t >= 3 && s.toks[t-2].low == "," {
		before = t - 3
	}
	if joined(t+1) && s.toks[t+1].low == "," && after < len(s.toks) && inSet(s.toks[after].low, "and", "or", "&") {
		after++
	}
	switch {
	case joined(t-1) && before >= 0 && names.Language(s.toks[before].low):
		return true
	case joined(t+1) && after < len(s.toks) && names.Language(s.toks[after].low):
		return true
	case t > 0 && inSet(s.toks[t-1].low, "speaks", "speak", "speaking", "into", "gaw", "sgaw", "pwo"):
		return true // "into S'gaw Karen"
	case t > 1 && s.toks[t-1].capital && inSet(s.toks[t-2].low, "speaks", "speak", "speaking"):
		return true // "speaks Pennsylvania Dutch", "speaking Haitian Creole": a language with its region
	case t+2 < len(s.toks) && s.toks[t+1].low == "new" && s.toks[t+2].low == "year":
		return true // "Happy Karen New Year"
	case s.languageInList(t):
		return true // "Karen, Chin and Burmese flyers": a language further down the list
	}
	return t+1 < len(s.toks) && inSet(s.toks[t+1].low, "interpreter", "interpreters", "interpreting", "speakers", "speaking",
		"translation", "translator", "translators", "language", "translated", "community", "families", "refugees", "elders",
		// "Lakota history books", "Hmong culture night": a people's history and culture.
		"history", "heritage", "culture", "cultural", "nation", "tribe", "tribal", "people", "arts", "beadwork",
		// "our Karen neighbors": a people as a town's group.
		"neighbors", "neighbours", "neighbor", "neighbour") ||
		t+1 < len(s.toks) && languageNouns.has(s.toks[t+1].low) && s.toks[t+1].sent == s.toks[t].sent // "Karen pages"
}

// numberedStreet reports whether tokens [from,to) are the street type of
// a numbered street, with its direction: "Ave" in "the 23rd Ave
// entrance", "Ave S" in "23rd Ave S".
func (s *scan) numberedStreet(from, to int) bool {
	if from == 0 || !streetWordSet.has(s.toks[from].low) || (!ordinalNumber(s.toks[from-1].low) && s.toks[from-1].kind != tokNumber) {
		return false
	}
	for t := from + 1; t < to; t++ {
		if s.toks[t].kind != tokPunct && !inSet(s.toks[t].low, "n", "s", "e", "w", "ne", "nw", "se", "sw") {
			return false
		}
	}
	return true
}

// weekdayShort are the days of the week as schedules shorten them.
var weekdayShort = newWordSet([]string{"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"})

// dayListWords stand next to a day in a schedule: "open Thu", "Tue & Thu",
// "Mon–Thu".
var dayListWords = newWordSet([]string{"open", "opens", "closed", "closes", "on", "until", "till", "thru", "through", "by",
	"every", "from", "this", "next", "and", "&", "-", "–", "—", "/", ",", "or", "to", "walk", "ins", "walkins"})

// petWords name an animal or a thing a name can be given to: "Dawn's dog
// Pierogi", "Meet Max, our office fish".
var petWords = newWordSet([]string{"dog", "dogs", "cat", "cats", "pup", "puppy", "kitten", "fish", "hamster", "bunny", "rabbit",
	"parrot", "bird", "horse", "pony", "goat", "turtle", "tortoise", "lizard", "gecko", "snake", "plant", "plants", "mascot",
	"goldfish", "guinea", "pig", "chicken", "chickens", "cow", "llama", "ficus", "cactus"})

// teamNoun words end a team's name that is no plural ("the Columbus
// Crew", "the Miami Heat", "Atlanta United"): after "the", a team.
var teamNoun = newWordSet([]string{"crew", "united", "fc", "sc", "heat", "magic", "jazz", "thunder", "lightning", "wild", "storm",
	"dynamo", "galaxy", "fever", "sky", "sparks", "liberty", "mercury", "dream", "lynx", "aces", "sun", "fire", "revolution",
	"union", "current", "courage", "reign", "spirit", "pride", "dash", "red", "city"})

// noOneByShape reports whether tokens [from,to), found as a name, are by
// their place in the text something else:
//   - a short weekday in a schedule ("open Thu", "walk-ins Tue & Thu");
//   - the second half of a hyphenated place after "in", "the" or "of"
//     ("in Miami-Dade", "the Miami-Dade election");
//   - the practice's own street named in two words or more ("our Joseph
//     Campau office": every word is one of its address);
//   - a pet's or a plant's name, right after the animal ("Dawn's dog
//     Pierogi") or with it as an appositive ("Max, our office fish").
func (s *scan) noOneByShape(from, to int) bool {
	first := &s.toks[from]
	if to-from == 1 && weekdayShort.has(first.low) &&
		((from > 0 && (dayListWords.has(s.toks[from-1].low) || weekdayShort.has(s.toks[from-1].low))) ||
			(to < len(s.toks) && (s.toks[to].kind == tokNumber || dayListWords.has(s.toks[to].low) || clockTime(s.toks[to].low))) ||
			s.dayInParens(from, to)) {
		return true
	}
	if from >= 2 && first.start > 0 && s.text[first.start-1] == '-' && s.toks[from-1].end == first.start-1 && s.toks[from-1].capital &&
		inSet(s.toks[from-2].low, "in", "the", "of", "across", "throughout", "around", "near") {
		return true // the tokenizer keeps no token for the hyphen
	}
	if to-from >= 2 {
		all := true
		for t := from; t < to && all; t++ {
			all = s.toks[t].kind != tokWord || s.c.allow.addrWords[s.toks[t].low]
		}
		if all {
			return true
		}
	}
	if from > 0 && petWords.has(s.toks[from-1].low) || s.petByBreed27(from, to) {
		return true // "Dawn's dog Pierogi", "her chihuahua Pancho", "Gus the goldfish" (pets27.go)
	}
	if s.crossStreet(from, to) || s.busRoute(from, to) || s.petNamed(from) || s.animalNamed16(from, to) {
		return true
	}
	if to-from == 1 && from > 0 && vehicleWords.has(first.low) && colourWords.has(s.toks[from-1].low) {
		return true // "Silver Camry": a car
	}
	if s.shopOfCook(from, to) {
		return true // "tamales from Doña Cuca's truck": a shop named for its cook
	}
	if s.quotedAfterNaming(from) && !s.healthInSentence(first.sent) {
		return true // "the colour is called 'Morning Dew'": a thing's name
	}
	if s.placeOpens(from) {
		return true // "San Jose", "New York", "F/V Santa Isabel": a place's or a boat's name, as no one is called
	}
	if to+2 < len(s.toks) && s.toks[to].low == "of" && s.toks[to+1].low == "the" && inSet(s.toks[to+2].low, "year", "month", "week", "season") {
		return true // "named Athletic Trainer of the Year": an award's title
	}
	if to-from == 1 && to < len(s.toks) && s.toks[to].kind == tokNumber && s.c.allow.addrWords[first.low] && s.c.allow.addrWords[s.toks[to].low] {
		return true // "Pier 3", "Suite 2": a part of the practice's own address
	}
	if from > 1 && s.toks[from-1].low == "," && petWords.has(s.toks[from-2].low) {
		return true // "RIP to our beloved office plant, Fernando"
	}
	if to-from >= 2 && from > 0 && s.toks[from-1].low == "the" && teamNoun.has(s.toks[to-1].low) && s.toks[to-1].capital {
		return true // "congrats to the Columbus Crew", "the Miami Heat": a team
	}
	// "Dawn named them Lebron, Barry Sanders and Big Sean": names given
	// to things, listed after "named them" or "named it".
	for t := from - 1; t >= 1 && t >= from-8 && s.toks[t].sent == first.sent; t-- {
		if inSet(s.toks[t].low, "them", "it") && inSet(s.toks[t-1].low, "named", "called", "dubbed", "nicknamed", "christened") {
			return true
		}
		if s.toks[t].kind == tokWord && !s.toks[t].capital && s.toks[t].low != "and" {
			break
		}
	}
	if to+3 < len(s.toks) && s.toks[to].low == "," {
		// Only an article, the pet's place and its owner may stand
		// between: "Max, our office fish", "Mantu, Dr. Noorzai's new
		// puppy"; "Sue, who walks her dog" is a person.
		for t := to + 1; t < len(s.toks) && t <= to+7 && s.toks[t].sent == first.sent; t++ {
			if petWords.has(s.toks[t].low) {
				return true
			}
			if !petLead.has(s.toks[t].low) && !(s.toks[t].capital && s.toks[t].kind == tokWord) && s.toks[t].low != "." {
				break
			}
		}
	}
	return false
}

// shopNouns after a cook's name and "s" make it a shop: "Doña Cuca's
// truck", "Mama Rosa's stand".
var shopNouns = newWordSet([]string{"truck", "stand", "cart", "kitchen", "bakery", "cafe", "café", "diner", "taqueria", "grill",
	"shop", "store", "market", "deli", "restaurant", "place", "tacos", "pupuseria", "panaderia", "panadería", "spot", "booth"})

// shopOfCook reports whether tokens [from,to) name the cook a shop is
// named for, where something is bought or eaten: "from"/"at" before the
// name, the name's "s" and a shop noun after, and no health detail in the
// sentence.
func (s *scan) shopOfCook(from, to int) bool {
	k := from - 1
	if k > 0 && (names.Honorific(s.toks[k].low) || inSet(s.toks[k].low, "mama", "papa", "tia", "tía", "tio", "tío", "abuela", "abuelo", "auntie", "aunty")) {
		k-- // "at Mama Rosa's stand"
	}
	if k < 0 || !inSet(s.toks[k].low, "from", "at") || to+1 >= len(s.toks) || s.toks[to].low != "s" ||
		!shopNouns.has(s.toks[to+1].low) {
		return false
	}
	return !s.healthInSentence(s.toks[from].sent)
}

// quotedAfterNaming reports whether the name at token from opens a
// quoted name given to a thing: "the colour is called 'Morning Dew'", "a
// boat named "Sea Breeze"". Without the quote, "named" gives a person's
// name ("a nurse named Ana").
func (s *scan) quotedAfterNaming(from int) bool {
	k := from - 1
	if k >= 0 && isQuoteMark(s.toks[k].low) {
		k-- // a double quote is a token; a single one is not
	} else if pre := s.text[:s.toks[from].start]; !strings.HasSuffix(pre, "'") && !strings.HasSuffix(pre, "‘") {
		return false
	}
	return k >= 0 && inSet(s.toks[k].low, "called", "named", "titled", "dubbed")
}

// placeOpeners open a place's or a boat's name and no one's: "San
// Jose", "New York", "Fort Worth", "the F/V Santa Isabel". ("Glen" and
// "Del", which names.PlaceLead holds too, are first names as well.)
var placeOpeners = newWordSet([]string{"san", "santo", "santa", "são", "sao", "new", "fort", "ft", "mount", "mt", "lake", "cape", "isle"})

// placeOpens reports whether token t is a capitalised place opener with a
// capitalised word after it.
func (s *scan) placeOpens(t int) bool {
	return s.toks[t].capital && placeOpeners.has(s.toks[t].low) && t+1 < len(s.toks) && s.toks[t+1].capital &&
		s.toks[t+1].kind == tokWord && s.toks[t+1].sent == s.toks[t].sent
}

// petNamed reports whether the name at token from is given to an animal
// a few words before: "a rescue dog named Kimchi", "her new grandpuppy
// named Biscuit", "the office cat, called Waffles".
func (s *scan) petNamed(from int) bool {
	if from < 2 || !inSet(s.toks[from-1].low, "named", "called", "nicknamed", "dubbed") {
		return false
	}
	for k := from - 2; k >= 0 && k >= from-4; k-- {
		w := s.toks[k].low
		if petWords.has(w) || namedThings.has(w) || strings.HasSuffix(w, "puppy") || strings.HasSuffix(w, "dog") || strings.HasSuffix(w, "kitty") || strings.HasSuffix(w, "fish") {
			return true
		}
	}
	return false
}

// namedThings are things a name is given to: "our sourdough starter is
// named Pho Real", "the office skeleton, called Mr. Bones".
var namedThings = newWordSet([]string{"starter", "skeleton", "robot", "mannequin", "boat", "truck", "car", "van", "fan", "tree",
	"printer", "copier", "roomba", "drone", "bike", "kayak", "canoe"})

// crossStreet reports whether tokens [from,to) name one of two streets
// joined at a corner or bounding a stretch of road: "between Campbell and
// Tucson Blvd", "our Roosevelt and 26th St sites", "18th St and Morgan".
// The other street carries its type or is numbered; "Maria and Luis"
// are a couple.
func (s *scan) crossStreet(from, to int) bool {
	join := func(k int) bool { return k >= 0 && k < len(s.toks) && inSet(s.toks[k].low, "and", "&", "/") }
	if join(to) && to+1 < len(s.toks) {
		k := to + 1
		if ordinalNumber(s.toks[k].low) {
			return true
		}
		for ; k < len(s.toks) && k <= to+3 && s.toks[k].capital && s.toks[k].kind == tokWord; k++ {
			if streetWordSet.has(s.toks[k].low) && k > to+1 {
				return true
			}
		}
	}
	if join(from-1) && from >= 2 {
		k := from - 2
		if ordinalNumber(s.toks[k].low) || (streetWordSet.has(s.toks[k].low) && s.toks[k].capital && k > 0 &&
			(s.toks[k-1].capital || ordinalNumber(s.toks[k-1].low))) {
			return true
		}
	}
	// "at St. Charles & Napoleon", "at Magazine & Louisiana": two
	// capitalised words joined by "&" after "at" or "corner of".
	if from >= 1 && s.toks[from-1].low == "&" {
		return s.placedAt(from - 2)
	}
	if to+1 < len(s.toks) && s.toks[to].low == "&" && s.toks[to+1].capital && s.toks[to+1].kind == tokWord {
		return s.placedAt(from - 1)
	}
	return false
}

// placedAt reports whether the capitalised words ending at token k (and
// an abbreviation's period) follow "at", "on" or "corner of": a place
// given as a corner.
func (s *scan) placedAt(k int) bool {
	for n := 0; k >= 0 && n < 4 && (s.toks[k].capital || s.toks[k].low == "."); n++ {
		k--
	}
	return k >= 0 && (inSet(s.toks[k].low, "at", "on") || (s.toks[k].low == "of" && k > 0 && s.toks[k-1].low == "corner"))
}

// transitWords make a numbered name a bus or train route: "the #9
// Ashland", "the 22 Clark bus".
var transitWords = newWordSet([]string{"bus", "buses", "route", "routes", "train", "trains", "line", "lines", "cta", "mta",
	"metro", "transit", "shuttle", "stop", "trolley", "streetcar", "tram", "ride"})

// busRoute reports whether tokens [from,to) are a route's name after its
// number ("#9 Ashland", "the 22 Clark bus") in a post about buses or
// trains; "the #7 Lopez kid" is a player.
func (s *scan) busRoute(from, to int) bool {
	if from == 0 || s.toks[from-1].kind != tokNumber || ordinalNumber(s.toks[from-1].low) {
		return false
	}
	if to < len(s.toks) && transitWords.has(s.toks[to].low) {
		return true
	}
	return from >= 2 && s.toks[from-2].low == "#" && s.hasAny(transitWords)
}

// petLead may stand before a pet in an appositive: "our office fish", "the
// clinic's therapy dog".
var petLead = newWordSet([]string{"our", "the", "a", "an", "office", "clinic", "therapy", "resident", "new", "lobby", "official",
	"beloved", "front", "desk", "s"})

// teamName reports whether tokens [from,to) end a team's name: "the
// Hylebos Creek Titans", "the Spanaway Lake Sentinels". A team is "the"
// and capitalized words ending in a plural that is no one's name (the
// Hendersons are a family: "henderson" is only a surname).
func (s *scan) teamName(from, to int) bool {
	if s.teamByMascot(from, to) || s.rivalSide29(from, to) {
		return true // "Bowie Bears, Jefferson Silver Foxes" (teamnames19.go); "the Central vs. Stevens game" (rivals29.go)
	}
	last := &s.toks[to-1]
	w := last.low
	if !last.capital || last.kind != tokWord || len(w) < 5 || w[len(w)-1] != 's' || w[len(w)-2] == 's' || w[len(w)-2] == '\'' {
		return false
	}
	if names.Surname(w[:len(w)-1]) == names.Strong || names.Surname(w) == names.Strong {
		return false
	}
	t := from
	for t > 0 && s.toks[t-1].capital && s.toks[t-1].kind == tokWord && s.toks[t-1].sent == last.sent {
		t--
	}
	return t > 0 && inSet(s.toks[t-1].low, "the", "vs", "versus")
}

// notPerson reports whether tokens [from,to) lie inside a holiday, a
// greeting or a holiday figure written like a name (names/notperson).
func (s *scan) notPerson(from, to int) bool {
	for from+1 < to && (staffTitles.has(s.toks[from].low) || honorificWords.has(s.toks[from].low) || s.toks[from].kind == tokPunct) {
		from++ // "Dr. Martin Luther King Jr.": the title is outside the holiday's name
	}
	for _, h := range s.hitsOf("names/notperson") {
		if h.from <= from && to <= h.to {
			return true
		}
	}
	return false
}

// institutionWords, capitalized after a possessive, continue a place's
// name: "Children's Hospital", "St. Luke's Medical Center".
var institutionWords = newWordSet([]string{"hospital", "hospitals", "clinic", "clinics", "health", "healthcare", "medical", "center",
	"centre", "home", "hospice", "pharmacy", "urgent", "emergency", "rehab", "rehabilitation", "cancer", "heart", "eye", "dental"})

// orgAcronyms are agencies and associations a post cites by their
// initials: "the CDC's flu page", "the AAP's advice" own no one's health.
var orgAcronyms = newWordSet([]string{"cdc", "fda", "nih", "who", "aap", "aafp", "acog", "acip", "ada", "ama", "aha", "acs", "cms", "hhs",
	"ymca", "ywca", "nami", "samhsa", "usda", "epa", "osha", "nhs", "aarp", "unicef", "ihs", "va", "nfl", "nba", "mlb", "nhl", "nasa",
	"usps", "ups", "irs", "dmv", "pta", "pto", "fema", "aacap", "apa", "aad", "asco", "nccn", "uspstf"})

// familyOwns reports whether a plural surname owns a child or relative:
// "the Hendersons' youngest", "the Garcias' new baby" (the tokenizer drops
// the apostrophe).
func familyOwns(plural, next string) bool {
	if len(plural) < 4 || plural[len(plural)-1] != 's' || names.Surname(plural[:len(plural)-1]) != names.Strong {
		return false
	}
	return relativeWords.has(next) || inSet(next, "youngest", "oldest", "little", "newest", "new")
}

// relativeWords after a possessive make a relative the person ("Dr.
// Reyes's mother", "Kevin's son").
var relativeWords = newWordSet(append(names.RegionKin(), "mother", "father", "mom", "dad", "son", "daughter", "wife", "husband", "kid", "kids",
	"child", "children", "baby", "brother", "sister", "grandma", "grandpa", "grandmother", "grandfather", "aunt", "uncle",
	"partner", "family", "niece", "nephew", "grandson", "granddaughter", "mum", "fiance", "fiancé", "twins", "mama", "papa",
	"mamá", "papá", "abuela", "abuelo", "stepdad", "stepmom", "stepson", "stepdaughter", "cousin",
	// Diminutives and the words of other languages and regions: "Lucía's
	// abuelita", "Dawn's lola", "Ingrid's mormor".
	"abuelita", "abuelito", "tía", "tío", "hija", "hijo", "esposa", "esposo", "hermana", "hermano", "nieta", "nieto",
	"mãe", "pai", "filha", "filho", "avó", "avô", "vovó", "vovô", "nonna", "nonno", "oma", "opa", "babcia", "dziadek",
	"bubbe", "zayde", "lola", "lolo", "tita", "tito", "nana", "granny", "gran", "mamaw", "papaw", "auntie", "aunty",
	"stepmother", "stepfather", "mormor", "morfar", "farmor", "farfar", "grandbaby", "grandkid", "grandkids",
	// Pet forms of the kin words ("Kwame's daddy", "Tia's momma").
	"daddy", "mommy", "momma", "mamma", "grandaddy", "granddaddy", "granddad", "grandad", "papi", "mami", "hubby", "wifey",
	"grandmama", "grandmomma", "grandmommy", "granmama", "meemaw", "memaw", "pawpaw", "mawmaw", "halmeoni", "harabeoji",
	// A partner not yet wed and the kin words staff post in ("Kawika's
	// girlfriend is expecting", "Dr. Park's umma", "Dr. Levesque's
	// pépère"), session 22 (t22staff).
	"girlfriend", "boyfriend", "fiancee", "fiancée", "umma", "eomma", "omma", "appa", "pépère", "mémère", "pepere", "memere",
	"bubu", "stepbrother", "stepsister"))

// isUpperWord reports whether w has no lower-case letter.
func isUpperWord(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// personNames returns the spans of the people the text names (roles left
// out: "the fire chief" is not a name to remove from a testimonial).
func (s *scan) personNames() []span {
	if s.names != nil {
		return s.names
	}
	out := s.spanBuf[:0]
	for _, p := range s.people() {
		if p.kind != names.Role {
			out = append(out, p.span)
		}
	}
	if out == nil {
		out = []span{}
	}
	s.names, s.spanBuf = out, out
	return out
}

// openQuote reports whether a straight or curly opening quote is at byte i.
func (s *scan) openQuote(i int) bool {
	return s.text[i] == '"' || (s.text[i] == 0xe2 && strings.HasPrefix(s.text[i:], "“"))
}

// signatures finds testimonial sign-offs: signatureRE run from each dash
// to the end of its line, which is where a sign-off ends.
func (s *scan) signatures() [][]int {
	text := s.text
	// next returns the offset of the first c at or after from (len(text)
	// for none). The walk jumps from dash to dash, and each line's end is
	// searched for once, not once per dash on it.
	next := func(c byte, from int) int {
		if k := strings.IndexByte(text[from:], c); k >= 0 {
			return from + k
		}
		return len(text)
	}
	var out [][]int
	hyphen, wide := next('-', 0), next(0xe2, 0) // wide: the first byte of "—" and "–"
	lineEnd := -1
	for len(out) < maxMatches {
		i := min(hyphen, wide)
		if i >= len(text) {
			break
		}
		from := i + 1
		if text[i] == '-' || strings.HasPrefix(text[i:], "—") || strings.HasPrefix(text[i:], "–") {
			if lineEnd < i {
				lineEnd = next('\n', i)
			}
			// A sign-off ends its line: a dash far from the line end is none.
			if end := lineEnd - i; end <= 96 {
				if m := signatureRE.FindStringIndex(text[i : i+end]); m != nil {
					out = append(out, []int{i + m[0], i + m[1]})
					from = i + m[1]
				}
			}
		}
		if hyphen < from {
			hyphen = next('-', from)
		}
		if wide < from {
			wide = next(0xe2, from)
		}
	}
	return out
}

// practiceWord reports whether token t is a word of the practice's name
// ("the Maple family of clinics").
func practiceWord(s *scan, t int) bool {
	for _, w := range tokenizePhrase(s.c.profile.PracticeName) {
		if w == s.toks[t].low {
			return true
		}
	}
	return false
}

// isStaff reports whether the name in tokens [from,to) is a staff
// member's: every word of it (titles, credentials and initials aside)
// belongs to one name of staff_names, so "Dr. Reyes", "Ana" and "Ana Reyes"
// are Dr. Ana Reyes, but "Ana Martinez" is somebody else.
func (s *scan) isStaff(from, to int) bool {
	var buf [6]string
	words := buf[:0]
	initial, titleLast := "", ""
	for t := from; t < to && t < len(s.toks); t++ {
		if s.toks[t].kind == tokWord && len(s.toks[t].low) > 1 && !names.Honorific(s.toks[t].low) && !credentials[s.toks[t].low] {
			words = append(words, s.toks[t].low)
		} else if s.toks[t].kind == tokWord && len(s.toks[t].low) == 1 {
			initial = s.toks[t].low
		} else if s.toks[t].kind == tokWord && s.toks[t].capital && names.Honorific(s.toks[t].low) {
			titleLast = s.toks[t].low
		}
	}
	if len(words) == 0 && initial == "" && titleLast != "" {
		// "Dr. Lil" for Lillian, "Dr. Nana" for Nana Adjei: a staff first
		// name (or its short form) that is a title word too ("Lil Wayne",
		// "Nana Rose") is the name when no other word follows it.
		words = append(words, titleLast)
	}
	if s.nurseShortName28(from, to) {
		return true // "Nurse D", "Nurse Lu", "Nurse Pa": a staff nurse by a name's first letters (nurse28.go)
	}
	if s.kinTitledSpan(from, to) && (len(words) != 1 || !s.c.allow.firstNameFits(words[0])) {
		// "Grandma Kaur" (staff Harpreet Kaur Sandhu): a relative or an
		// elder; "Aunty Nani" for staff Nani Kamakau is how a community
		// calls its staff by first name.
		return false
	}
	if in := s.nameInitial(from, to); len(words) == 1 && in != "" && !s.c.allow.initialFits(in, words[0]) {
		return false // "J. Vang" (staff Mai Nou Vang): someone who shares the surname
	}
	if len(words) == 0 && initial != "" {
		// "Dr. A", "Dr. O": a doctor by initial alone is how a practice's
		// own doctors go by; a patient is not called that.
		return (s.titledDoctor(from) && s.c.allow.staffInitial(initial)) ||
			(s.titledCoach(from) && (strings.Contains(s.c.allow.coachInitials, initial) || s.c.allow.oneFirstInitial(initial)))
	}
	if len(words) == 1 && len(words[0]) == 2 && (s.titledDoctor(from) || s.titledCoach(from) || s.toks[max(from-1, 0)].low == "nurse") &&
		s.c.allow.staffInitialPair(words[0]) {
		return true // "Dr. EJ" for Eun-ji Park: the initials of a first name in two parts, or of two names
	}
	if len(words) == 1 && s.courtesyTitled(from) {
		// "Mr. Ade" is not Dr. Adeyemi: a courtesy title goes with a
		// surname as written, not a short form of it; and "Mr. Nguyen
		// from the nail salon" is someone who shares a staff surname.
		return s.c.allow.exactStaff(words[0]) && !s.fromElsewhere(to) && !s.noRelation(to)
	}
	if len(words) == 2 && initial != "" && from == s.sents[s.toks[from].sent].tokStart && names.IsWord(words[0]) &&
		names.First(words[0]) != names.Strong && names.Surname(words[0]) != names.Strong && s.c.allow.isStaff(words[1:]) {
		// "Ask H'Bia about the diabetes class": an everyday word opening
		// the sentence, read as one name with a staff name whose clan
		// prefix ("H'", "Y'") the tokenizer cut off. Only with the
		// prefix: "Baby Tran" is not staff Kevin Tran.
		return true
	}
	if len(words) == 1 && s.childAgeAfter(to) {
		// "Rini, 4, was so brave for her shots": a child who shares a
		// staff name or its short form, not the staff member (att19).
		return false
	}
	if s.c.allow.isStaff(words) || s.c.allow.cyrillicStaff(words) {
		return true
	}
	return s.plainStaffDoctor(from, words)
}

// childAgeAfter reports whether a child's age follows a name ending at
// token t: "Rini, 4,", "Sandy, 7 yo", "Sandy (6)", "Sandy, age 7".
func (s *scan) childAgeAfter(t int) bool {
	at := func(k int) string {
		if k < len(s.toks) {
			return s.toks[k].low
		}
		return ""
	}
	k := t
	if !inSet(at(k), ",", "(") {
		return false
	}
	k++
	if inSet(at(k), "age", "aged") {
		k++
	}
	if k >= len(s.toks) || s.toks[k].kind != tokNumber {
		return false
	}
	age, err := strconv.Atoi(s.toks[k].low)
	if err != nil || age < 1 || age > 17 {
		return false
	}
	if at(k-1) == "age" || at(k-1) == "aged" {
		return true
	}
	// "years old", not "3 years running" (a staff member's record).
	return inSet(at(k+1), ",", ")", "yo", "") || inSet(at(k+1), "years", "year", "months", "mos", "mo", "y") && inSet(at(k+2), "old", "o")
}

// fromElsewhere reports whether the words at t place a person outside the
// practice: "from the nail salon", "at the bank", "next door", "down the
// street" ("Ms. Raman from our counseling suite" is staff).
func (s *scan) fromElsewhere(t int) bool {
	if t+1 >= len(s.toks) {
		return false
	}
	switch a, b := s.toks[t].low, s.toks[t+1].low; {
	case (a == "from" || a == "at" || a == "of") && (b == "the" || b == "a"):
		return true
	case a == "next" && b == "door", a == "down" && b == "the", a == "across" && b == "the":
		return true
	}
	// "Mrs. Nguyen and the ladies at Lotus Nail Spa": placed at a business
	// named a few words on, not at the practice.
	for k := t; k+1 < len(s.toks) && k < t+6 && s.toks[k].sent == s.toks[t].sent; k++ {
		if w := s.toks[k].low; (w == "at" || w == "from") && s.toks[k+1].capital && s.toks[k+1].kind == tokWord &&
			!practiceWord(s, k+1) && !weekdayWords.has(s.toks[k+1].low) && !fullMonths.has(s.toks[k+1].low) {
			return true
		}
	}
	return false
}

// courtesyTitled reports whether a courtesy title ("Mr.", "Mrs", "Ms.")
// is token t or comes right before it.
func (s *scan) courtesyTitled(t int) bool {
	for k := t; k >= 0 && k >= t-2; k-- {
		switch s.toks[k].low {
		case "mr", "mrs", "ms", "miss", "mister":
			return true
		case ".":
			continue
		}
		if k < t {
			return false
		}
	}
	return false
}

// titledCoach reports whether "Coach" comes right before token t, or is
// token t: the practice's athletic trainer goes by "Coach T" (a coach
// whose initial is no trainer's on staff is somebody else).
func (s *scan) titledCoach(t int) bool {
	return s.toks[t].low == "coach" || (t > 0 && s.toks[t-1].low == "coach")
}

// titledDoctor reports whether "Dr"/"Doctor" (and its period) comes right
// before token t, or is token t.
func (s *scan) titledDoctor(t int) bool {
	for k := t; k >= 0 && k >= t-2; k-- {
		switch s.toks[k].low {
		case "dr", "dra", "doctor", "doctora", "doc":
			return true
		case ".":
			continue
		}
		if k < t {
			return false
		}
	}
	return false
}

// insurerNames are health plans whose names hold a person's name or a
// word read as one ("Harvard Pilgrim", "Medi-Cal", "Health Net"): a
// practice lists the plans it takes. Only names of two words or more: a
// one-word plan ("Oscar", "Tufts") is a first name too.
var insurerNames = [][]string{{"harvard", "pilgrim"}, {"medi", "cal"}, {"health", "net"}, {"blue", "cross"}, {"blue", "shield"},
	{"united", "healthcare"}, {"kaiser", "permanente"}, {"molina", "healthcare"}, {"fallon", "health"}, {"wellpoint"},
	{"tufts", "health", "plan"}, {"kern", "family", "health", "care"}, {"health", "first"}, {"amerigroup"}, {"caresource"},
	{"ambetter"}, {"wellcare"}, {"masshealth"}, {"ahcccs"}, {"tricare"}, {"medicaid"}, {"medicare"}}

// insurerWords are the words of insurerNames, asked first.
var insurerWords = newWordSet(slices.Concat(insurerNames...))

// insurerNamed reports whether tokens [from,to) lie inside a health
// plan's name, words and hyphens alike ("Medi-Cal").
func (s *scan) insurerNamed(from, to int) bool {
	if !insurerWords.has(s.toks[from].low) {
		return false // most names: no word of a plan's
	}
	for _, in := range insurerNames {
		for start := max(0, from-2*len(in)); start <= from; start++ {
			k, m := start, 0
			for m < len(in) && k < len(s.toks) {
				if s.toks[k].low == "-" && m > 0 {
					k++
					continue
				}
				if s.toks[k].low != in[m] {
					break
				}
				k++
				m++
			}
			if m == len(in) && k >= to && (m >= 2 || k-start == to-from) {
				return true
			}
		}
	}
	return false
}

// ownStreet reports whether tokens [from,to) are the bare name of one of
// the practice's own streets, untitled and owning nothing: "10/3 Kessler,
// 10/10 Hartwell" lists offices, while "Mr. Kessler's surgery" is a man.
func (s *scan) ownStreet(from, to int) bool {
	if to != from+1 || !s.c.allow.streets[s.toks[from].low] {
		return false
	}
	if from > 0 && (honorificWords.has(s.toks[from-1].low) || (s.toks[from-1].low == "." && from > 1 && honorificWords.has(s.toks[from-2].low))) {
		return false
	}
	return to >= len(s.toks) || s.toks[to].low != "s"
}

// community reports whether tokens [from,to) lie inside one of the
// practice's community names (its town, schools, partners) or its own name.
func (s *scan) community(from, to int) bool {
	if len(s.c.allow.community) == 0 {
		return false
	}
	if to == from+1 && s.streetLeadAt(from) {
		return true // "the Renwick side": Renwick Dr, said by its name
	}
	// Both readings below need token from inside a name (a name covers
	// [from,to), or one starts at from): a token that is no community
	// name's word spares the walk over every name (tens of them, and this
	// is asked of many tokens of a reply).
	if to > from && from < len(s.toks) && !s.c.allow.communityWords.has(s.toks[from].low) {
		return false
	}
	// The name may be cut short after its second word: "the Elk Ridge
	// Grange" is the Elk Ridge Grange Hall.
	for _, cn := range s.c.allow.community {
		for start := max(0, from-len(cn)+1); start <= from; start++ {
			m := 0
			for m < len(cn) && start+m < len(s.toks) && s.toks[start+m].low == cn[m] {
				m++
			}
			if start+m >= to && (m == len(cn) || m >= 2) {
				return true
			}
			// "Willow Creek Signs", "Willow Creek Falcons": a business or
			// team named after the town (a community name of two words or
			// more) starts with it; no person's name does.
			if start == from && m == len(cn) && m >= 2 && from+m < to && s.toks[from+m].capital && !streetWordSet.has(s.toks[from+m].low) {
				return true // (but "Magnolia Bend Ct" is a street there)
			}
		}
	}
	return false
}

// hasPatientName reports whether a person name is in patient context.
func (s *scan) hasPatientName() bool {
	return slices.ContainsFunc(s.personNames(), func(n span) bool { return s.nameInPatientContext(n.from, n.to) })
}

// testimonials finds testimonial cues: the ENDORSE-01 phrases and quotations
// in the first person ("“My pain is gone,” says ...").
func (s *scan) testimonials() []span {
	var out []span
	for _, h := range s.hitsOf("ENDORSE-01") {
		if s.reviewMode() && inSet(s.toks[h.from].low, "five", "5") {
			continue // "thank you for the five stars": the reply thanks a rating
		}
		out = append(out, span{h.from, h.to})
	}
	out = append(out, s.singleQuoted()...)
	if strings.IndexByte(s.text, '"') < 0 && !strings.Contains(s.text, "“") {
		return out // no opening quote: spare the byte walk
	}
	for _, m := range s.findAtBytes(quoteRE, s.openQuote) {
		if firstPersonRE.MatchString(s.text[m[2]:m[3]]) {
			from, to := s.tokenRange(m[0], m[1])
			if from < to && !s.commonSaying(from) {
				out = append(out, span{from, to})
			}
		}
	}
	return out
}

// singleQuoted finds a quotation in single quotes that speaks in the first
// person and is signed with a dash: "'my twins sleep 11 hrs straight!' – a
// happy mama". The dash tells the quote from an apostrophe's words.
func (s *scan) singleQuoted() []span {
	text := s.text
	if !containsAnyOf(text, "—–-") || !containsAnyOf(text, "'‘") {
		return nil
	}
	var out []span
	for i := 0; i < len(text); i++ {
		open := 1
		switch {
		case text[i] == '\'':
		case strings.HasPrefix(text[i:], "‘"):
			open = len("‘")
		default:
			continue
		}
		if (i > 0 && text[i-1] != ' ' && text[i-1] != '\n') || i+open >= len(text) || !isASCIILetter(text[i+open]) {
			continue
		}
		end := closingSingle(text, i+open)
		if end < 0 || end-(i+open) < 8 || end-(i+open) > 400 {
			continue
		}
		if !firstPersonRE.MatchString(text[i+open:end]) || !signedWithDash(text[end:]) {
			continue
		}
		if from, to := s.tokenRange(i, end+1); from < to {
			out = append(out, span{from, to})
		}
		i = end
	}
	return out
}

// closingSingle returns the offset of the quote closing a single-quoted
// run that starts at from: a ' or ’ not followed by a letter (an
// apostrophe is: "daughter's"), before any line break; -1 when none.
func closingSingle(text string, from int) int {
	for j := from; j < len(text); j++ {
		switch {
		case text[j] == '\n':
			return -1
		case text[j] == '\'' && (j+1 >= len(text) || !isASCIILetter(text[j+1])):
			return j
		case strings.HasPrefix(text[j:], "’"):
			if k := j + len("’"); k >= len(text) || !isASCIILetter(text[k]) {
				return j
			}
		}
	}
	return -1
}

// signedWithDash reports whether rest (what follows a closing quote)
// starts, after spaces and a few emoji, with a dash and a word: "' – a
// happy mama", "' 🗣️ — real review from".
func signedWithDash(rest string) bool {
	_, w := utf8.DecodeRuneInString(rest)
	rest = rest[w:]
	for k := 0; k < 6 && rest != ""; k++ {
		r, w := utf8.DecodeRuneInString(rest)
		switch {
		case r == '—' || r == '–' || r == '-':
			rest = strings.TrimLeft(rest[w:], "-— ")
			r2, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsLetter(r2)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return false
		}
		rest = rest[w:]
	}
	return false
}

// storyWords says a testimonial is a patient story rather than a quote.
func (s *scan) isStory() bool {
	return s.lowerContains("story") || s.lowerContains("journey")
}

// hasWordIn reports whether any token of the text is one of words.
func (s *scan) hasWordIn(words ...string) bool { return s.hasWord(words...) }

// normalizeName is the comparison form of a name: lower-case words.
func normalizeName(n string) string { return strings.Join(tokenizePhrase(n), " ") }

// addHashtagNames adds a person a hashtag rallies for: "#PrayForJake",
// "#TeamMaria", "#JakeStrong", "#GetWellJake" (a known first name among
// its capitalized parts, with a word of support).
func (s *scan) addHashtagNames() {
	if strings.IndexByte(s.text, '#') < 0 {
		return
	}
	for i := 1; i < len(s.toks); i++ {
		h := &s.toks[i]
		if s.toks[i-1].low != "#" || s.toks[i-1].end != h.start || h.kind != tokWord || h.end-h.start < 6 {
			continue
		}
		raw := s.text[h.start:h.end]
		cue, name, strict, surname, holiday := false, false, false, false, false
		phrase := 0 // everyday words besides the name: a sentence run together
		var all []string
		for _, part := range camelParts(raw) {
			low := strings.ToLower(part)
			words := []string{low}
			if len(low) >= 7 && !rallyWords.has(low) && names.First(low) == names.None {
				// "#getwellsoonmarialopez": words run together in lower case.
				ws := splitRunTogether(low, s.c.allow.ownWord)
				if !slices.ContainsFunc(ws, rallyWords.has) {
					if p := splitPhrase(low, s.c.allow.ownWord); p != nil {
						ws = p // "#hopeyoufeelgoodmaria"
					}
				}
				if ws != nil {
					words = ws
				}
			}
			all = append(all, words...)
			for _, w := range words {
				other := len(w) >= 3 && !s.c.allow.staff[w] && !s.c.allow.ownWord(w)
				plain := other && len(w) >= 4 && !names.WordToo(w) // a name and no everyday word
				switch {
				case rallyWords.has(w):
					cue = true
				case other && names.First(w) == names.Strong:
					surname = surname || (plain && strict && names.Surname(w) == names.Strong)
					name, strict = true, strict || plain
				case plain && strict && names.Surname(w) == names.Strong:
					surname = true // "#MariaGonzalez"
				case names.IsWord(w):
					phrase++
				}
			}
		}
		// A name with a word of support names someone; so does a name that
		// is no everyday word with a surname after it, or closing a
		// sentence of three words or more ("#HopeYouFeelGoodMaria"), unless
		// it is a holiday's or a public figure's ("#MartinLutherKingDay").
		if n := len(all); n > 0 {
			// an observance is named for its day ("#MartinLutherKingDay")
			holiday = all[n-1] == "day" || all[n-1] == "week" || all[n-1] == "month" || all[n-1] == "eve"
		}
		if name && (cue || (strict && (surname || phrase >= 3) && !holiday && !names.Figure(all))) {
			s.addPerson(person{span{i, i + 1}, i, names.FirstName})
		}
	}
}

// rallyWords in a hashtag rally for one person.
var rallyWords = newWordSet([]string{"pray", "prayers", "praying", "team", "strong", "get", "well", "go", "love",
	"support", "fight", "fighting", "heal", "healing", "for"})

// hashtagWords are the words besides rallyWords that run together with
// a name in a hashtag of support ("#getwellsoon", "#thinkingofyou").
var hashtagWords = newWordSet([]string{"soon", "speedy", "recovery", "thinking", "of", "you", "with", "we", "our", "miss",
	"hugs", "prayers", "up", "on", "stay", "keep", "be", "feel", "better", "send", "sending"})

// splitRunTogether splits a lower-case hashtag part into the words of a
// hashtag of support and names ("getwellsoonmarialopez" is get, well,
// soon, maria, lopez), or returns nil when it is not made of them only.
// The part is short (a hashtag), so trying every split point is cheap.
// A name counts only when it is a common one of four letters or more, so
// "healthyliving" does not split into names; a word of the practice's own
// names splits off ("teammaple" for Maple Family Medicine) but is no one.
func splitRunTogether(w string, own func(string) bool) []string {
	return splitKnown(w, func(p string) bool {
		return rallyWords.has(p) || hashtagWords.has(p) ||
			(len(p) >= 4 && (names.First(p) == names.Strong || names.Surname(p) == names.Strong)) || (len(p) >= 3 && own(p))
	})
}

// splitPhrase splits a lower-case hashtag part into everyday words and
// one name or more ("hopeyoufeelgoodmaria" is hope, you, feel, good,
// maria), or returns nil. A name is a common first name or surname of
// four letters or more that is no everyday word, and there must be one:
// "strongertogether" splits into words and names no one.
func splitPhrase(w string, own func(string) bool) []string {
	isName := func(p string) bool {
		return len(p) >= 4 && (names.First(p) == names.Strong || names.Surname(p) == names.Strong) && !names.WordToo(p)
	}
	out := splitKnown(w, func(p string) bool {
		return isName(p) || (len(p) >= 2 && names.IsWord(p)) || p == "a" || p == "i" || (len(p) >= 3 && own(p))
	})
	if !slices.ContainsFunc(out, isName) {
		return nil
	}
	return out
}

// splitKnown splits w into parts that known accepts, or returns nil when
// it does not split. The part is short (a hashtag), so trying every split
// point is cheap.
func splitKnown(w string, known func(string) bool) []string {
	if len(w) > 48 {
		return nil
	}
	// prev[i] is where the word ending at i starts in a split of w[:i],
	// or -1 when w[:i] does not split.
	var prevBuf [49]int
	prev := prevBuf[:len(w)+1]
	for i := range prev {
		prev[i] = -1
	}
	prev[0] = 0
	for i := 1; i <= len(w); i++ {
		// The longest word first, so "maria" is taken whole rather than
		// as "mar" and "ia".
		for j := 0; j < i; j++ {
			if (j == 0 || prev[j] >= 0) && known(w[j:i]) {
				prev[i] = j
				break
			}
		}
	}
	if prev[len(w)] < 0 {
		return nil
	}
	var out []string
	for i := len(w); i > 0; i = prev[i] {
		out = append(out, w[prev[i]:i])
	}
	slices.Reverse(out)
	return out
}

// camelParts splits "PrayForJake" into "Pray", "For", "Jake".
func camelParts(w string) []string {
	var parts []string
	start := 0
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			parts = append(parts, w[start:i])
			start = i
		}
	}
	return append(parts, w[start:])
}

// addInitials adds people named by their initials ("J.R. hit one year
// sober", "L.Z. u did THAT"): two or three capital letters, each with its
// period. Abbreviations ("U.S.", "P.M.", "E.R.") and a staff member's own
// initials are left out; an initial before a surname ("R. Delgado") is the
// names package's.
func (s *scan) addInitials() {
	if strings.IndexByte(s.text, '.') < 0 {
		return
	}
	for i := 0; i+3 < len(s.toks); i++ {
		if !s.initialAt(i) || !s.initialAt(i+2) || s.toks[i+2].start != s.toks[i+1].end || (i >= 2 && s.initialAt(i-2)) {
			continue
		}
		end := i + 4
		if s.initialAt(end) && s.toks[end].start == s.toks[end-1].end {
			end += 2 // "J.R.R."
		}
		// "K.V. from the fasting-and-diabetes group" is a member, even
		// when a staff member has the same initials.
		if !notInitials.has(s.toks[i].low+s.toks[i+2].low) && (!s.staffInitials(s.toks[i].low, s.toks[end-2].low) || names.MemberAfter(s.nameWords, end)) {
			s.addPerson(person{span{i, end}, i, names.FullName})
		}
		i = end - 1
	}
}

// addDottedInitialsAge adds a person named by three or four initials with
// an age set after them between commas ("S.L.M., 7, ...", "A.J.K., 16,
// ..."): how a post tells a child or a teen it means without the name.
// Folding reads dotted capitals as one word ("SLM." for "S.L.M."), as it
// reads "U.S.A."; an age after them is what no abbreviation has.
func (s *scan) addDottedInitialsAge() {
	for i := 0; i+4 < len(s.toks); i++ {
		t := &s.toks[i]
		if t.kind != tokWord || !t.capital || len(t.low) < 3 || len(t.low) > 4 || !allCapitals(s.text[t.start:t.end]) {
			continue
		}
		k := i + 1
		if s.toks[k].low == "." && s.toks[k].start == t.end {
			k++
		}
		if k+2 >= len(s.toks) || s.toks[k].low != "," || s.toks[k+1].kind != tokNumber || s.toks[k+2].low != "," {
			continue
		}
		if age, err := strconv.Atoi(s.toks[k+1].low); err != nil || age > 120 {
			continue
		}
		s.addPerson(person{span{i, i + 1}, i, names.FullName})
	}
}

// nameStartWords say how a name begins or ends.
var nameStartWords = newWordSet([]string{"starts", "starting", "begins", "beginning", "ends", "ending"})

// addPartialName adds a person given by the start or end of their name
// ("a badge (last name starts with RAM-)", "the gentleman whose first name
// begins with Tr"): part of a name, like part of a number, points at one
// person. The reader's own name ("if your last name starts with A-M, use
// window 1") is everyone's instruction.
func (s *scan) addPartialName() {
	for i := 1; i+3 < len(s.toks); i++ {
		if s.toks[i].low != "name" || !inSet(s.toks[i-1].low, "last", "first", "family", "sur") || !nameStartWords.has(s.toks[i+1].low) {
			continue
		}
		if i >= 2 && inSet(s.toks[i-2].low, "your", "ur", "their", "any", "every") {
			continue
		}
		k := i + 2
		if inSet(s.toks[k].low, "with", "in") {
			k++
		}
		if k >= len(s.toks) || s.toks[k].kind != tokWord || !s.toks[k].capital || len(s.toks[k].low) > 5 {
			continue
		}
		if k+2 < len(s.toks) && inSet(s.toks[k+1].low, "through", "thru", "to", "or") {
			continue // "A through M": a range of names, a line's sign
		}
		if k+2 < len(s.toks) && s.toks[k+1].low == "-" && s.toks[k+2].kind == tokWord && len(s.toks[k+2].low) == 1 && s.toks[k+2].start == s.toks[k+1].end {
			continue // "A-M"
		}
		s.addPerson(person{span{i - 1, k + 1}, k, names.FullName})
	}
}

// allCapitals reports whether w is ASCII capital letters only.
func allCapitals(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return w != ""
}

// addVocativeInitial adds a friend called by one initial ("L., I am so
// proud of you", "D — you crushed it", "so proud of you, K."): a lone
// capital letter said to the reader, opening a sentence before a comma, a
// dash or a colon with "you" after, or closing one after "you,". "I" and
// "A" are words; "Vitamin D, ..." and "Plan B." have a word before.
func (s *scan) addVocativeInitial() {
	if !s.words.has("you") && !s.words.has("your") && !s.words.has("u") && !s.words.has("ur") {
		return
	}
	for i := 0; i+1 < len(s.toks); i++ {
		t := &s.toks[i]
		if t.kind != tokWord || len(t.low) != 1 || !t.capital || t.low == "i" || t.low == "a" || t.low == "q" && s.toks[i+1].low == ":" {
			continue // "Q: Do you take walk-ins? A: Yes": a question's label
		}
		opens := i == 0 || s.toks[i-1].sent != t.sent || strings.IndexByte(s.text[s.toks[i-1].end:t.start], '\n') >= 0
		if opens {
			// "L., I am", "D —", "K:"; the period after it may have ended
			// the sentence.
			k := i + 1
			if s.toks[k].low == "." && k+1 < len(s.toks) && s.toks[k].start == t.end {
				k++
			}
			if k < len(s.toks) && inSet(s.toks[k].low, ",", "—", "–", "-", ":") && s.youWithin(k+1, 10) {
				s.addPerson(person{span{i, i + 1}, i, names.FirstName})
			}
			continue
		}
		// "so proud of you, K.": after "you," at the sentence's end.
		if i >= 2 && s.toks[i-1].low == "," && inSet(s.toks[i-2].low, "you", "u") &&
			(i+1 >= len(s.toks) || s.toks[i+1].kind == tokPunct && s.toks[i+1].low != "'" || s.toks[i+1].sent != t.sent) {
			s.addPerson(person{span{i, i + 1}, i, names.FirstName})
		}
	}
}

// youWithin reports whether "you", "your", "u" or "ur" is among the n
// tokens from t.
func (s *scan) youWithin(t, n int) bool {
	for k := t; k < len(s.toks) && k < t+n; k++ {
		if inSet(s.toks[k].low, "you", "your", "u", "ur") {
			return true
		}
	}
	return false
}

// initialAt reports whether token t is a capital letter with a period
// glued to it.
func (s *scan) initialAt(t int) bool {
	return t+1 < len(s.toks) && s.toks[t].kind == tokWord && len(s.toks[t].low) == 1 && s.toks[t].capital &&
		s.toks[t+1].low == "." && s.toks[t+1].start == s.toks[t].end
}

// staffInitials reports whether first and last are the initials of a staff
// member's first and last name.
func (s *scan) staffInitials(first, last string) bool {
	for _, m := range s.c.allow.members {
		if len(m) >= 2 && m[0][:1] == first && m[len(m)-1][:1] == last {
			return true
		}
	}
	return false
}

// notInitials are two-letter abbreviations written with periods.
var notInitials = newWordSet([]string{"us", "uk", "eu", "dc", "am", "pm", "er", "or", "iv", "md", "do", "np", "pa", "rn",
	"ok", "tv", "pt", "ot", "la", "ny", "nj", "st", "ie", "eg", "bc", "ad", "ce", "ps", "vs", "mt", "ft", "ph",
	"ed", "ab", "bs", "ba", "ma", "ms", "cc", "gp", "ob", "en", "gi", "hr", "id", "ip", "mr", "no", "po", "qd", "rx"})

// singleKin are the relatives one person is: "my sister", not "my kids".
var singleKin = newWordSet([]string{"mother", "father", "mom", "dad", "son", "daughter", "wife", "husband", "brother",
	"sister", "grandma", "grandpa", "grandmother", "grandfather", "aunt", "uncle", "niece", "nephew", "grandson",
	"granddaughter", "mum", "fiance", "fiancé", "mama", "papa", "stepdad", "stepmom", "stepson", "stepdaughter",
	"cousin", "hubby", "boyfriend", "girlfriend", "mamá", "papá", "abuela", "abuelo", "hija", "hijo", "esposo", "esposa",
	"hermana", "hermano", "tía", "tío", "prima", "primo", "suegra", "suegro", "nieta", "nieto",
	// Pet and regional forms, one person each ("his grandmama's cataract
	// surgery", "her momma's new knee"), session 15 (t15kin).
	"daddy", "mommy", "momma", "mamma", "granddaddy", "grandaddy", "granddad", "grandad", "grandmama", "grandmomma",
	"granmama", "meemaw", "memaw", "mamaw", "mawmaw", "pawpaw", "papaw", "nana", "granny", "auntie", "aunty",
	"stepmother", "stepfather", "nonna", "nonno", "abuelita", "abuelito", "wifey"})

// preventionWords are care everyone is told to get: a relative who got
// one models it, no one's illness.
var preventionWords = newWordSet([]string{"shot", "shots", "vaccine", "vaccines", "vaccinated", "booster", "checkup",
	"physical", "physicals", "screening", "screenings", "cleaning", "cleanings", "checkups", "boosters", "exams", "flu", "mammogram",
	"appointment", "visit", "exam"})

// onlyPrevention reports whether sentence si has health details and every
// one is prevention (a shot, a checkup, a screening).
func (s *scan) onlyPrevention(si int) bool {
	if s.noHealthIn(si) {
		return false
	}
	any := false
	for _, h := range s.healthHits() {
		if s.toks[h.From].sent != si {
			continue
		}
		prev := false
		for t := h.From; t < h.To; t++ {
			prev = prev || preventionWords.has(s.toks[t].low)
		}
		if !prev {
			return false
		}
		any = true
	}
	return any
}

// kidWords are kin after a kin adjective ("her little boy", "his baby
// girl"); alone they are anyone's child.
var kidWords = newWordSet([]string{"boy", "girl", "boys", "girls", "one", "ones", "guy", "man"})

// childWords after a staff member's possessive are their child: "Rusty's
// boy", "Dawn's girls".
var childWords = newWordSet([]string{"boy", "girl", "boys", "girls"})

// kinAdjective words come between a possessive and a relative ("her
// little sister", "his baby brother").
var kinAdjective = newWordSet([]string{"little", "big", "baby", "older", "younger", "twin", "new", "kid", "oldest", "youngest"})

// appendUnique appends p to ps unless a person there overlaps it.
func appendUnique(ps []person, p person) []person {
	if len(ps) >= maxMatches {
		return ps
	}
	for _, q := range ps {
		if p.from < q.to && q.from < p.to {
			return ps
		}
	}
	return append(ps, p)
}

// addLowerTitled adds a courtesy title and a first name written in lower
// case, as casual posts write them ("s/o to miss odessa", "mrs pham's
// famous chè", "doña lupe"): the name must be one in the name data that
// is no everyday word ("miss you", "mr right", "don cheadle" aside).
func (s *scan) addLowerTitled() {
	for i := 0; i+1 < len(s.toks); i++ {
		t, n := &s.toks[i], &s.toks[i+1]
		if t.capital || n.capital || n.kind != tokWord || !inSet(t.low, "miss", "mrs", "ms", "mr", "doña", "don") || n.sent != t.sent {
			continue
		}
		k := i + 1
		if n.low == "." && i+2 < len(s.toks) {
			k = i + 2 // "mrs. pham"
		}
		w := s.toks[k].low
		if s.toks[k].capital || len(w) < 3 || names.WordToo(w) || names.First(w) == names.None || s.c.allow.staff[w] || s.inHealth(k) {
			continue
		}
		// A weaker name ("odessa", also a town) needs the words of a
		// person around it: "to miss odessa who ...", "miss odessa's".
		if names.First(w) != names.Strong && (i == 0 || !inSet(s.toks[i-1].low, "to", "and", "our", "with", "thanks", "for")) &&
			(k+1 >= len(s.toks) || !inSet(s.toks[k+1].low, "who", "s", ",")) {
			continue
		}
		s.addPerson(person{span{i, k + 1}, k, names.Titled})
	}
}

// familyChildren name a family through its children: "the Okonkwo kids",
// "the Haddad girls".
var familyChildren = newWordSet([]string{"kids", "children", "boys", "girls", "siblings", "sisters", "brothers", "grandkids", "kiddos"})

// childrenSurname reports whether low, before familyChildren, is a
// family's surname: a listed surname, or a word no dictionary holds, and
// neither a people, a language nor a service ("the Hmong kids", "the
// Navy kids" are many families).
func childrenSurname(low string) bool {
	if names.People(low) || names.Language(low) || names.Service(low) {
		return false
	}
	return names.Surname(low) != names.None || !names.IsWord(low)
}
