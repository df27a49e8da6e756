package compliance

import (
	"slices"
	"strings"

	"github.com/practicepost/practicepost/compliance/names"
)

// allowlist holds the practice's own identifiers, normalized once: they are
// never patient identifiers (COMPLIANCE.md "Allowlist").
type allowlist struct {
	phones map[string]bool // last ten digits
	// local holds the last seven digits of the practice's numbers: a
	// practice writes its own number without the area code ("call
	// 555-0142") to neighbours who share it.
	local   map[string]bool
	domains []string        // lower-case, without www.
	staff   map[string]bool // lower-case name tokens of staff
	// members holds each staff name's words (titles and credentials left
	// out), with the usual short forms of its first name ("Mike" for
	// "Michael"): a name is staff when all its words are one member's.
	members [][]string
	// staffForms maps each word isStaff accepts for some member (a word of
	// the member's name or a short form of one, shortFormOf) to the set of
	// those members, a bit per member by index in members. isStaff is asked
	// about every person a post names: one look-up per word of the name
	// replaces trying every member's words and short forms.
	staffForms map[string][]uint64
	// staffWords holds the words staffSubject asks about every word of a
	// post: those of staff, and those isStaff accepts alone. Built once,
	// a wordSet turns most words away without the two map look-ups.
	staffWords *wordSet
	// plainStaff maps a staff word's spelling without marks to the word
	// as the staff list writes it ("nguyen" → "nguyễn").
	plainStaff map[string]string
	// community holds the word sequences of the practice's community
	// names and its own name: never a person.
	community [][]string
	// communityWords holds every word of community: scan.community asks
	// whether a token lies inside a community name, which it can only
	// if the token is one of their words (it asks this set first).
	communityWords *wordSet
	handles        map[string]bool // lower-case, without @
	// communityPrefixes are community names of two words or more run
	// together ("willowcreek"): an account that starts with one and goes
	// on with an organization's word is the town's, not a person's.
	communityPrefixes []string
	addresses         []string // lower-case word sequences of the practice's addresses
	// canonAddresses are the addresses in one spelling, punctuation gone
	// and padded with spaces: " 4810 s 24th st omaha ne 68107 " (ownstreet24.go).
	canonAddresses []string
	addrWords      map[string]bool // every word of the practice's addresses (street and city names)
	// streets are the bare names of the practice's own streets ("kessler"
	// for "215 Kessler Ave"): a practice names its offices by them ("our
	// Kessler office", "10/3 Kessler") the way it shortens staff names.
	streets map[string]bool
	// bareStreets are the community names that are streets, their kind
	// left off ("renwick" for "Renwick Dr"): posts name them so
	// (barestreets17.go). bareStreetWords holds their first words, asked
	// first.
	bareStreets     [][]string
	bareStreetWords map[string]bool
	// schoolHeads are the community names that are schools, their kind
	// left off ("randall" for "Randall High School"; schoolheads17.go).
	// schoolHeadWords holds their first words, asked first.
	schoolHeads     [][]string
	schoolHeadWords map[string]bool
	// coachInitials are the first letters of the names of staff who are
	// athletic trainers or coaches (ATC, AT, "Coach"): they go by "Coach T".
	coachInitials string
	// initialPairs are the initials of two name words of a staff member
	// that follow each other ("ej" for Eun-ji Park, "mj" for Marcus
	// Jacobs-Brayboy): a doctor goes by them ("Dr. EJ").
	initialPairs []string
}

// publicDomains are sites a practice links to that identify no patient.
var publicDomains = []string{
	"cdc.gov", "nih.gov", "fda.gov", "hhs.gov", "who.int", "medlineplus.gov", "cancer.gov",
	"vaccines.gov", "healthcare.gov", "aap.org", "heart.org", "ada.org", "mouthhealthy.org",
	"988lifeline.org", "ncbi.nlm.nih.gov", "doi.org", "pubmed.ncbi.nlm.nih.gov",
}

func newAllowlist(p Profile) allowlist {
	a := allowlist{phones: map[string]bool{}, local: map[string]bool{}, staff: map[string]bool{}, handles: map[string]bool{}, addrWords: map[string]bool{}}
	for _, ph := range p.Phones {
		if d := digitsOf(ph); len(d) >= 10 {
			a.phones[d[len(d)-10:]] = true
			a.local[d[len(d)-7:]] = true
		}
	}
	for _, d := range append(append([]string{}, p.Domains...), publicDomains...) {
		d = strings.ToLower(strings.TrimSpace(d))
		d = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(d, "https://"), "http://"), "www.")
		d = strings.TrimSuffix(d, "/")
		if d != "" {
			a.domains = append(a.domains, d)
		}
	}
	for _, n := range p.StaffNames {
		var member []string
		words := tokenizePhrase(n)
		if slices.ContainsFunc(words, func(w string) bool { return w == "atc" || w == "at" || w == "coach" || w == "trainer" }) {
			for _, w := range words {
				if len(w) > 1 && w != "dr" && w != "dra" && w != "coach" {
					a.coachInitials += w[:1] // the first name's
					break
				}
			}
		}
		// The words after the first comma are credentials or a role
		// ("Jomar Pascua, Practice Manager"): staff words as written, but
		// no name a short form is made from ("Manny" is no form of
		// "Manager", "Mark" none of "Marketing Intern"; session 18).
		named := len(tokenizePhrase(strings.SplitN(n, ",", 2)[0]))
		for k, w := range words {
			if len(w) > 1 && !credentials[w] && w != "dr" && w != "dra" {
				a.staff[w] = true
				if k >= named && named > 0 {
					continue
				}
				member = append(member, w)
				member = append(member, nicknames[w]...)
				member = append(member, givenPlainForms(words[:named], k)...)
				member = append(member, names.ShortForms(plainSpelling(w))...)
				if u := plainSpelling(w); u != w {
					// "Thảo Nguyễn, MD" is "Dr. Nguyen" in most posts
					// (scan.isStaff asks after a doctor's title only).
					if a.plainStaff == nil {
						a.plainStaff = map[string]string{}
					}
					a.plainStaff[u] = w
				}
			}
		}
		member = append(member, staffVariants(member)...)
		if len(member) > 0 {
			a.members = append(a.members, member)
		}
		var written []string
		for _, w := range words {
			if len(w) > 1 && !credentials[w] && w != "dr" && w != "dra" {
				written = append(written, w)
			}
		}
		for k := 0; k+1 < len(written); k++ {
			a.initialPairs = append(a.initialPairs, written[k][:1]+written[k+1][:1])
		}
	}
	a.addHandleNicknames(p.Handles)
	a.indexStaffForms()
	// The practice's own name and the towns of its addresses count too.
	for _, ad := range p.Addresses {
		for _, part := range strings.Split(ad, ",") {
			if part = strings.TrimSpace(part); part != "" && !strings.ContainsAny(part, "0123456789") {
				a.community = append(a.community, tokenizePhrase(part))
			} else if words := tokenizePhrase(part); len(words) >= 2 && strings.ContainsAny(words[0], "0123456789") {
				a.addStreet(words[1:])
			}
		}
	}
	for _, n := range append(slices.Clone(p.CommunityNames), p.PracticeName) {
		if words := tokenizePhrase(n); len(words) > 0 {
			a.community = append(a.community, words)
			a.addBareStreet(words)
			a.addSchoolHead(words)
			if rest := withoutPlaceLead(words); len(rest) > 0 {
				a.community = append(a.community, rest)
			}
		}
	}
	if short := practiceShortName(tokenizePhrase(p.PracticeName)); short != nil {
		a.community = append(a.community, short)
	}
	// A community partner's account is its name run together
	// ("@goldenharborbakery" for Golden Harbor Bakery), or the first words
	// of it ("@goldenharbor").
	for _, cn := range a.community {
		joined := ""
		for k, w := range cn {
			joined += w
			if k >= 1 && len(joined) >= 8 {
				a.handles[joined] = true
			}
		}
		if len(cn) >= 2 && len(joined) >= 8 {
			a.communityPrefixes = append(a.communityPrefixes, joined)
		}
	}
	for _, h := range p.Handles {
		a.handles[strings.ToLower(strings.TrimPrefix(strings.TrimSpace(h), "@"))] = true
	}
	for _, ad := range p.Addresses {
		words := tokenizePhrase(ad)
		a.addresses = append(a.addresses, strings.Join(words, " "))
		a.canonAddresses = append(a.canonAddresses, " "+canonicalStreet(words)+" ")
		for _, w := range words {
			a.addrWords[w] = true
		}
	}
	var words []string
	for w, ok := range a.staff {
		if ok {
			words = append(words, w)
		}
	}
	for w := range a.staffForms {
		if a.isStaff([]string{w}) {
			words = append(words, w)
		}
	}
	// A staff word spelt without its marks may tell a staff member's own
	// health news too ("Dr. Pena broke her wrist"): PRIV-10's staff walk
	// asks about it; isStaff still wants it after a doctor's title.
	for u := range a.plainStaff {
		words = append(words, u)
	}
	a.staffWords = newWordSet(words)
	var cw []string
	for _, cn := range a.community {
		cw = append(cw, cn...)
	}
	a.communityWords = newWordSet(cw)
	return a
}

// addStreet records a street of the practice's own address, its house
// number gone ("kessler ave"): the street with its kind is a community
// name, and its first word alone an office's name.
func (a *allowlist) addStreet(words []string) {
	if len(words) == 0 || strings.ContainsAny(words[0], "0123456789") || streetWordSet.has(words[0]) {
		return
	}
	a.community = append(a.community, words)
	if a.streets == nil {
		a.streets = map[string]bool{}
	}
	a.streets[words[0]] = true
}

// addBareStreet records a community name that is a street by its words
// without its kind (communityStreetBare).
func (a *allowlist) addBareStreet(words []string) {
	bare := communityStreetBare(words)
	if bare == nil {
		return
	}
	if a.bareStreetWords == nil {
		a.bareStreetWords = map[string]bool{}
	}
	a.bareStreets = append(a.bareStreets, bare)
	a.bareStreetWords[bare[0]] = true
}

// addSchoolHead records a community name that is a school by its head
// (schoolHead).
func (a *allowlist) addSchoolHead(words []string) {
	head := schoolHead(words)
	if head == nil {
		return
	}
	if a.schoolHeadWords == nil {
		a.schoolHeadWords = map[string]bool{}
	}
	a.schoolHeads = append(a.schoolHeads, head)
	a.schoolHeadWords[head[0]] = true
}

// credentials are the letters after a staff name ("Jordan Lee, NP").
var credentials = map[string]bool{"md": true, "dds": true, "dmd": true, "do": true, "np": true, "pa": true, "rn": true,
	"lpn": true, "cna": true, "ma": true, "fnp": true, "aprn": true, "dnp": true, "pharmd": true, "phd": true,
	"lcsw": true, "pt": true, "dpt": true, "ot": true, "rd": true, "c": true, "bc": true, "facp": true, "faafp": true, "jr": true, "sr": true}

// isStaff reports whether words (a name's, lower case) all belong to one
// staff member. A word of three letters or more that begins a member's
// name word is that member's short form too ("Bea" for Beatriz, "Tom" for
// Tomasz), so a practice need not list the forms its staff go by.
func (a *allowlist) isStaff(words []string) bool {
	if len(words) == 0 {
		return false
	}
	for c := range (len(a.members) + 63) / 64 {
		common := ^uint64(0)
		for _, w := range words {
			set, ok := a.staffForms[w]
			if !ok {
				return false // no member's word or short form
			}
			common &= set[c]
		}
		if common != 0 {
			return true
		}
	}
	return false
}

// isStaffWord reports whether w is a word of member m's name or a short
// form of one: what staffForms holds.
func isStaffWord(m []string, w string) bool { return slices.Contains(m, w) || shortFormOf(m, w) }

// indexStaffForms builds staffForms. shortFormOf accepts a beginning of a
// member's word, such a beginning with "ie" or "y" added, or an end of
// one: every beginning and end of every word is tried, with the endings,
// and kept when isStaffWord accepts it.
func (a *allowlist) indexStaffForms() {
	a.staffForms = map[string][]uint64{}
	chunks := (len(a.members) + 63) / 64
	for i, m := range a.members {
		add := func(w string) {
			if !isStaffWord(m, w) {
				return
			}
			set := a.staffForms[w]
			if set == nil {
				set = make([]uint64, chunks)
				a.staffForms[w] = set
			}
			set[i/64] |= 1 << (i % 64)
		}
		for _, mw := range m {
			for k := 1; k <= len(mw); k++ {
				add(mw[:k])
				add(mw[:k] + "ie")
				add(mw[:k] + "y")
				add(mw[:k] + mw[k-1:k] + "y") // "Kimmy" for Kimberly
				add(mw[:k] + mw[k-1:k] + "ie")
				add(mw[:k] + mw[k-1:k] + "i") // "Terri" for Teresa
				add(mw[:k] + "i")             // "Yesi" for Yesenia (petIOf)
				add(mw[k-1:])
				add(mw[k-1:] + mw[len(mw)-1:]) // "Tess" for Marites (doubledEndForm)
			}
			// A syllable from the middle with a pet ending (middleSyllable):
			// "Rini" for Lalrinpuii.
			for k := 2; k+4 <= len(mw); k++ {
				if isVowel(mw[k-1]) || isVowel(mw[k]) {
					continue
				}
				for j := k + 3; j < len(mw); j++ {
					add(mw[k:j] + "i")
					add(mw[k:j] + "y")
					add(mw[k:j] + "ie")
				}
			}
		}
	}
}

// placeLeads open a community's listed name and are often left out when
// it is written: "Colonia Cameron Park" is "Cameron Park", "Village of
// Cedar Bluff" is "Cedar Bluff".
var placeLeads = []string{"colonia", "barrio", "village", "town", "city", "township", "borough"}

// withoutPlaceLead returns a community name's words without its leading
// place word (and an "of" after it), or nil when it has none or nothing
// of two words or more would be left.
func withoutPlaceLead(words []string) []string {
	if len(words) < 3 || !slices.Contains(placeLeads, words[0]) {
		return nil
	}
	rest := words[1:]
	if rest[0] == "of" || rest[0] == "de" {
		rest = rest[1:]
	}
	if len(rest) < 2 {
		return nil
	}
	return rest
}

// handleTitles open a clinician's own account: "@DrRoyCantu",
// "@nurse_tavi_faleolo".
var handleTitles = []string{"doctor", "nurse", "coach", "doc", "dr"}

// addHandleNicknames adds to a member the name their own account calls
// them by: an account that opens with a title and ends with a member's
// surname ("@DrRoyCantu" for Rogelio Cantú) holds between the two the
// name they go by ("Dr. Roy"), which the staff list need not spell out.
func (a *allowlist) addHandleNicknames(handles []string) {
	for _, h := range handles {
		var b strings.Builder
		for _, r := range strings.ToLower(strings.TrimPrefix(strings.TrimSpace(h), "@")) {
			if r >= 'a' && r <= 'z' {
				b.WriteRune(r)
			}
		}
		rest, titled := "", false
		for _, title := range handleTitles {
			if r, ok := strings.CutPrefix(b.String(), title); ok {
				rest, titled = r, true
				break
			}
		}
		if !titled {
			continue
		}
		for i, m := range a.members {
			last := names.Unmark(m[len(m)-1])
			if len(last) < 4 || len(m) < 2 {
				continue
			}
			nick, ok := strings.CutSuffix(rest, last)
			if ok && len(nick) >= 3 && len(nick) <= 8 && !slices.Contains(m, nick) {
				a.members[i] = append(m, nick)
			}
		}
	}
}

// staffInitialPair reports whether w (two letters, lower case) is the
// initials of two name words of a staff member (initialPairs).
func (a *allowlist) staffInitialPair(w string) bool { return slices.Contains(a.initialPairs, w) }

// exactStaff reports whether w is a word of a staff name as written.
func (a *allowlist) exactStaff(w string) bool {
	for _, m := range a.members {
		if slices.Contains(m, w) {
			return true
		}
	}
	return false
}

// shortFormOf reports whether w (three letters or more) begins one of a
// member's name words, or is such a beginning with a pet-name ending:
// "Gracie" for Grace, "Tommy" for Tomasz, "Jessie" for Jessica, "Kimmy"
// for Kimberly, "Terri" for Teresa (the last consonant doubled); or is the
// end of one (four letters or more): "Femi" for Olufemi.
func shortFormOf(member []string, w string) bool {
	if len(w) < 3 {
		return false
	}
	stem := w
	petI := "" // the stem of a pet form in "i" after a single consonant: "Yesi" for Yesenia
	for _, end := range []string{"ie", "y", "i"} {
		if s, ok := strings.CutSuffix(w, end); ok && len(s) >= 3 {
			if end == "i" && !doubledConsonant(s) {
				if !isVowel(s[len(s)-1]) {
					petI = s
				}
				break // "Terri" for Teresa, but "Dani" is a beginning of Daniela as it is
			}
			stem = s
			if n := len(s); n >= 4 && s[n-1] == s[n-2] && !isVowel(s[n-1]) {
				stem = s[:n-1] // the pet form doubles the last consonant: "Kimmy", "Danny"
			}
			break
		}
	}
	for _, mw := range member {
		if len(mw) > len(w) && strings.HasPrefix(mw, w) && !lostLastVowel(mw, w) {
			return true
		}
		if stem != w && strings.HasPrefix(mw, stem) {
			return true
		}
		if petI != "" && petIOf(mw, petI) {
			return true
		}
		if stem != w && middleSyllable(mw, stem) || petI != "" && middleSyllable(mw, petI) {
			return true // "Rini" for Lalrinpuii, "Sandy" for Alessandra
		}
		if doubledEndForm([]string{mw}, w) {
			return true // "Tess" for Marites
		}
		// The end of a longer name: "Femi" for Olufemi, "Shawn" for Deshawn.
		if len(w) >= 4 && len(mw) > len(w) && strings.HasSuffix(mw, w) {
			return true
		}
		// A three-letter end goes by itself only as the name's last
		// syllable after three letters or more: "Kai" for Malakai
		// ("mala|kai"), not "Ian" for Christian ("christ|ian" splits no
		// syllable there) nor "Ana" for Juliana.
		if len(w) == 3 && len(mw) >= 6 && strings.HasSuffix(mw, w) && !isVowel(w[0]) && isVowel(mw[len(mw)-4]) {
			return true
		}
	}
	return false
}

// middleSyllable reports whether stem (three letters or more, opening
// with a consonant) is a syllable from the middle of the name word mw
// (session 19, t19clean): it starts after a consonant, two letters or
// more into the name, and the name goes on after it: "rin" in
// "lal|rin|puii", "sand" in "ales|sand|ra". A stem that starts after a
// vowel splits a syllable ("ri" in "katha|ri|na" is no short form).
func middleSyllable(mw, stem string) bool {
	if len(stem) < 3 || isVowel(stem[0]) || len(mw) < len(stem)+4 {
		return false
	}
	k := strings.Index(mw[2:], stem)
	if k < 0 {
		return false
	}
	k += 2
	return !isVowel(mw[k-1]) && k+len(stem) < len(mw)
}

// petIOf reports whether stem+"i" is a pet form of the longer name word
// mw (session 18): "Yesi" for Yesenia, "Vani" for Vanessa. The name goes
// on from the stem with a vowel other than "i" and is three letters or
// more longer than the stem, so a short name is not read into another
// ("Tomi" is no form of Tomas read this way).
func petIOf(mw, stem string) bool {
	n := len(stem)
	return len(mw) >= n+3 && strings.HasPrefix(mw, stem) && isVowel(mw[n]) && mw[n] != 'i'
}

// lostLastVowel reports whether w is the member's name word mw without
// its last vowel: "Samir" is not Samira, nor "Daniel" Daniela, nor "Paul"
// Paula; each is a name of its own, where a short form drops a syllable
// or more ("Sam", "Dani"). Session 16.
func lostLastVowel(mw, w string) bool {
	return len(w) >= 4 && len(mw) == len(w)+1 && isVowel(mw[len(w)]) && !isVowel(w[len(w)-1])
}

func isVowel(b byte) bool { return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' }

// staffInitial reports whether the one-letter initial (lower case) is the
// first letter of a staff name word: "Dr. A" for Dr. Adeyemi, "Dr. O" for
// Dr. Oluwaseun Adeyemi.
func (a *allowlist) staffInitial(initial string) bool {
	for _, m := range a.members {
		for _, mw := range m {
			if mw != "" && mw[:1] == initial {
				return true
			}
		}
	}
	return false
}

// initialFits reports whether a staff member with the name word w has
// another name word that starts with the one-letter initial: "M. Vang"
// and "N. Vang" fit Mai Nou Vang, "J. Vang" does not (session 16).
func (a *allowlist) initialFits(initial, w string) bool {
	for _, m := range a.members {
		if !isStaffWord(m, w) {
			continue
		}
		for _, mw := range m {
			if mw != w && mw != "" && mw[:1] == initial {
				return true
			}
		}
	}
	return false
}

// firstNameFits reports whether w is a staff member's first name, one of
// its usual short forms, or a short form of it: "Nani" for Nani Kamakau,
// not "Kaur" for Harpreet Kaur Sandhu (session 16).
func (a *allowlist) firstNameFits(w string) bool {
	for _, m := range a.members {
		if m[0] == w || slices.Contains(nicknames[m[0]], w) || shortFormOf(m[:1], w) {
			return true
		}
	}
	return false
}

// oneFirstInitial reports whether exactly one staff member's first name
// starts with the one-letter initial: "Coach T" can then only be Terrell.
func (a *allowlist) oneFirstInitial(initial string) bool {
	n := 0
	for _, m := range a.members {
		if len(m) > 0 && m[0] != "" && m[0][:1] == initial {
			n++
		}
	}
	return n == 1
}

// genericPracticeWords end a practice's name without naming it: "Harbor
// Point Family Practice" goes by "Harbor Point".
var genericPracticeWords = newWordSet([]string{"family", "practice", "medicine", "medical", "clinic", "clinics", "health",
	"healthcare", "care", "pediatrics", "pediatric", "center", "centre", "group", "associates", "and", "&", "of", "the",
	"physicians", "doctors", "primary", "internal", "dental", "dentistry", "wellness", "partners", "urgent", "llc", "pc", "pllc"})

// practiceShortName returns the words of a practice's name before its
// generic words ("harbor point" of "Harbor Point Family Practice"), or nil
// when nothing distinctive is left or nothing was cut.
func practiceShortName(words []string) []string {
	end := 0
	for end < len(words) && !genericPracticeWords.has(words[end]) {
		end++
	}
	if end == 0 || end == len(words) {
		return nil
	}
	return words[:end]
}

// nicknames are the common short forms of first names, so a practice need
// not list "Mike" beside "Michael".
var nicknames = map[string][]string{
	"michael": {"mike", "mikey"}, "william": {"will", "bill", "billy", "liam"}, "robert": {"rob", "bob", "bobby", "robbie"},
	"james": {"jim", "jimmy", "jamie"}, "richard": {"rick", "rich", "dick", "ricky"}, "thomas": {"tom", "tommy"},
	"christopher": {"chris"}, "daniel": {"dan", "danny"}, "matthew": {"matt"}, "anthony": {"tony"}, "joseph": {"joe", "joey"},
	"elizabeth": {"liz", "beth", "betsy", "lizzie", "eliza"}, "katherine": {"kate", "katie", "kathy"}, "catherine": {"cathy", "kate", "katie"},
	"jennifer": {"jen", "jenny"}, "margaret": {"maggie", "meg", "peggy"}, "patricia": {"pat", "patty", "trish"},
	"rebecca": {"becky", "becca"}, "samantha": {"sam"}, "samuel": {"sam", "sammy"}, "alexander": {"alex"}, "alexandra": {"alex", "lexi"},
	"benjamin": {"ben", "benny"}, "nicholas": {"nick"}, "jonathan": {"jon"}, "edward": {"ed", "eddie", "ted"},
	"stephen": {"steve"}, "steven": {"steve"}, "andrew": {"andy", "drew"}, "jessica": {"jess", "jessie"},
	"victoria": {"vicky", "tori"}, "susan": {"sue", "susie"}, "deborah": {"deb", "debbie"}, "kimberly": {"kim"},
	"anastasia": {"ana"}, "gregory": {"greg"}, "timothy": {"tim"}, "kenneth": {"ken", "kenny"}, "ronald": {"ron"},
	"donald": {"don"}, "lawrence": {"larry"}, "gerald": {"jerry"}, "raymond": {"ray"}, "jacob": {"jake"},
	"joshua": {"josh"}, "zachary": {"zach", "zack"}, "nathaniel": {"nate", "nathan"}, "nathan": {"nate"},
	"theodore": {"theo", "ted", "teddy"}, "teodoro": {"teo", "ted", "teddy"}, "francisco": {"paco", "frank"}, "jose": {"pepe", "joe", "joey"}, "guillermo": {"memo"},
	"alejandro": {"alex"}, "roberto": {"beto"}, "eduardo": {"lalo"}, "francesca": {"fran"}, "frances": {"fran"},
	"abigail": {"abby"}, "isabella": {"bella", "izzy"}, "olivia": {"liv"}, "madeline": {"maddie"}, "madison": {"maddie"},
	"dorothy": {"dottie", "dotty", "dot"}, "andrea": {"andi", "dre"}, "andre": {"dre"}, "deandre": {"dre"}, "charles": {"charlie", "chuck"},
	"david": {"dave"}, "douglas": {"doug"}, "jeffrey": {"jeff"}, "jacqueline": {"jackie"}, "barbara": {"barb"}, "cynthia": {"cindy"},
	"pamela": {"pam"}, "christina": {"tina", "chris"}, "christine": {"chris"}, "valerie": {"val"}, "beverly": {"bev"},
	"guadalupe": {"lupe", "lupita"}, "gabriela": {"gaby", "gabi"}, "leticia": {"leti"}, "joanna": {"jo"}, "josephine": {"jo", "josie"},
	"dolores": {"lola", "dee", "lolita"},
	// Session 20 (t20clean): more pet forms that share no beginning with
	// the name, English and Spanish, keyed by the spelling without marks.
	"henry": {"hank", "harry"}, "harold": {"hal", "harry"}, "john": {"jack", "johnny"}, "mary": {"molly", "polly", "mimi"},
	"sarah": {"sally", "sadie"}, "teresa": {"tess", "tessa", "terry"}, "theresa": {"tess", "tessa", "terry"},
	"eleanor": {"ellie", "nell", "nora"}, "helen": {"nell", "nellie"}, "virginia": {"ginny"}, "walter": {"walt", "wally"},
	"frederick": {"fred", "freddie"}, "alfred": {"alfie", "fred"}, "kathleen": {"kathy", "kate", "katie"},
	"rosario": {"chayo", "charo"}, "jesus": {"chuy", "chucho"}, "concepcion": {"concha", "conchita", "chona"},
	"graciela": {"chela"}, "consuelo": {"chelo"}, "mercedes": {"meche"}, "refugio": {"cuca", "cuco"}, "socorro": {"coco"},
	"enrique": {"kike", "quique"}, "gonzalo": {"chalo"}, "luis": {"lucho", "wicho"}, "salvador": {"chava"},
	"isabel": {"chabela", "isa"}, "francisca": {"paca", "pancha", "paquita"}, "antonio": {"tono", "tony"},
	"margarita": {"margo", "rita"}, "ezequiel": {"cheque", "zeke"}, "ezekiel": {"zeke"},
	"rodolfo": {"fito"}, "adolfo": {"fito"}, "rafael": {"rafa", "rafi"}, "federico": {"fede"}, "bernardo": {"nando"},
	"fernando": {"nando"}, "armando": {"mando"}, "lourdes": {"lulu"}, "reynaldo": {"rey"}, "joselito": {"joe", "joey", "lito"}, "ignacio": {"nacho"}, "rosemary": {"rosie"}, "rosalind": {"roz"}, "philip": {"phil"}, "phillip": {"phil"},
}

// phone reports whether digits (a 10-digit NANP number, or a 7-digit one
// written without its area code) is the practice's.
// townOrgWords continue an organization's account after the town's name
// ("@willowcreekcountyhealth", "@willowcreekpd", "@willowcreeklibrary").
var townOrgWords = []string{"county", "city", "health", "library", "schools", "school", "district", "police", "pd", "fire", "ems",
	"parks", "rec", "ymca", "chamber", "news", "gazette", "times", "herald", "radio", "foodbank", "pantry", "church", "parish",
	"hospital", "clinic", "high", "hs", "elementary", "middle", "athletics", "football", "soccer", "baseball", "basketball",
	"rotary", "lions", "market", "museum", "pta", "pto", "boosters", "official", "gov", "events", "festival", "fair"}

// townOrgHandle reports whether the account h (lower-case, no @) is the
// town's: a community name run together, then an organization's word.
// "@willowcreekmom" is still someone.
func (a *allowlist) townOrgHandle(h string) bool {
	for _, p := range a.communityPrefixes {
		rest, ok := strings.CutPrefix(h, p)
		if !ok || rest == "" {
			continue
		}
		for _, w := range townOrgWords {
			if strings.HasPrefix(rest, w) {
				return true
			}
		}
	}
	return false
}

// staffHandle reports whether the account h (lower-case, no @) is a staff
// member's own: a clinician's mark at its start or end and a word of a
// staff name in it, run together or dotted ("@dr.amal.skin", "@drpatel",
// "@sarahlopezrn"), so a practice need not list each one.
func (a *allowlist) staffHandle(h string) bool {
	bare := strings.TrimRight(h, "0123456789_.")
	marked := false
	for _, m := range []string{"dr", "doc", "nurse"} {
		marked = marked || strings.HasPrefix(h, m)
	}
	for _, m := range []string{"md", "dds", "dmd", "rn", "np", "pa", "do", "cnm", "dpt"} {
		marked = marked || strings.HasSuffix(bare, m)
	}
	if !marked {
		return false
	}
	for w := range a.staff {
		if len(w) >= 4 && strings.Contains(h, w) {
			return true
		}
	}
	return false
}

func (a *allowlist) phone(digits string) bool {
	if len(digits) == 7 {
		return a.local[digits]
	}
	if len(digits) > 10 {
		digits = digits[len(digits)-10:]
	}
	return a.phones[digits]
}

// domain reports whether host is the practice's or a public-health site, or
// a subdomain of one.
func (a *allowlist) domain(host string) bool {
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	for _, d := range a.domains {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return strings.HasSuffix(host, ".gov") || strings.HasSuffix(host, ".mil") || publicBodyUS(host)
}

// publicBodyUS reports a state's, a county's, a city's or a school
// district's site in the .us locality names ("sos.state.mn.us",
// "www.district.k12.or.us", "co.multnomah.or.us"): a public body's, no
// one's page.
func publicBodyUS(host string) bool {
	labels := strings.Split(host, ".")
	n := len(labels)
	if n < 3 || labels[n-1] != "us" || len(labels[n-2]) != 2 {
		return false
	}
	for _, l := range labels[:n-2] {
		if inSet(l, "state", "k12", "co", "ci", "city", "county", "lib", "cc", "tec", "dst", "courts") {
			return true
		}
	}
	return false
}

// address reports whether the candidate address text is part of one of the
// practice's addresses.
func (a *allowlist) address(text string) bool {
	norm := strings.Join(tokenizePhrase(text), " ")
	for _, ad := range a.addresses {
		if norm != "" && (strings.Contains(ad, norm) || strings.Contains(norm, ad)) {
			return true
		}
	}
	return a.streetSpelledOut(text)
}

// citationRE finds what counts as a source for a claim: a link, a DOI or a
// PubMed id.
var citationRE = mustAnchor(`(?i)(?:https?://|www\.|\bdoi:?\s*10\.\d{4,}|\b10\.\d{4,}/|\bpmid:?\s*\d{5,}|\b[a-z0-9-]+\.(?:gov|org|edu)\b)`, 64)

// ownWord reports whether low is a word of the practice's own names: its
// name and community names, staff names, and its addresses.
func (a allowlist) ownWord(low string) bool {
	if a.staff[low] || a.addrWords[low] {
		return true
	}
	for _, c := range a.community {
		if slices.Contains(c, low) {
			return true
		}
	}
	return false
}
