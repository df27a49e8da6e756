package compliance

// Pictures of the staff alone (PRIV-12, issue 11, session 24; tests in
// photos24_test.go). A bracketed picture description warns when it shows
// someone: a person word, a face word, a name. A description whose
// subject is the practice's staff and that names no one else ("[photo:
// our staff in pink shirts smiling in the break room]", "[photo: staff in
// matching Día de los Muertos calavera face paint]") shows no patient:
// the smile, the face paint and the team on their shirts ("in matching
// Creighton blue T-shirts", dev130-241) are the staff's. The readable dev sets
// label them pass (dev131-167, dev90-212), where every description that
// puts anyone beside the staff ("students posing with our staff",
// "families on the sidewalk waving", "swimmers in the background") is
// labelled review and still warns. A person word that only says what a
// thing is for ("boxes of new child car seats", dev125-071) is no one.

// staffSubjects head a description of the staff: "our staff", "the
// whole staff", "front desk team", "our nurses".
var staffSubjects = newWordSet([]string{"staff", "staffers"})

// staffTeamWords are the staff only after "our" or a desk word: "our
// team", "our crew", "front desk team"; "the Eastside football team" is
// someone else's.
var staffTeamWords = newWordSet([]string{"team", "crew", "nurses", "doctors", "providers", "clinicians", "mas"})

// othersInFrame name people who are not staff, or join others to them.
var othersInFrame = newWordSet([]string{"with", "kids", "children", "families", "family", "parents", "volunteers", "volunteer",
	"students", "student", "players", "player", "members", "member", "fans", "crowd", "people", "patients", "guests", "visitors",
	"firefighters", "elders", "seniors", "residents", "neighbors", "neighbours", "community", "swimmers", "dancers", "runners",
	"babies", "toddlers", "teens", "moms", "dads", "grandparents", "bystanders", "diners", "someone", "somebody", "person",
	"folks", "everyone", "friends", "band", "committee", "club", "league", "public", "shoppers", "customers", "soldiers",
	"veterans", "officers", "police", "scouts", "cadets", "graduates", "athletes", "mascot", "santa", "clown", "coach",
	"others", "background", "behind", "audience", "attendees", "participants", "riders", "walkers", "marchers", "couple",
	"pastor", "elder", "owner", "driver", "farmer", "worker", "workers", "mayor", "chief", "officer", "artist", "donor",
	"donors", "sponsors", "vendors", "locals", "tourists", "spectators", "onlookers", "partners", "interns"})

// papersInFrame are things in a picture that may hold a patient's name:
// with one in the frame the picture goes to a doctor as before ("[Photo:
// the front desk crew smiling, a stack of folders on the counter]",
// dev112-320, labelled review).
var papersInFrame = newWordSet([]string{"folder", "folders", "chart", "charts", "file", "files", "papers", "paperwork", "records",
	"record", "clipboard", "sheet", "sheets", "forms", "binder", "binders", "labels", "label", "wristband", "tablet", "screen",
	"screens", "monitor", "monitors", "computer", "computers", "whiteboard", "board", "schedule", "list", "names", "badge", "badges"})

// staffOnlyBracket reports whether the bracketed picture description in
// tokens [from, to) has the staff as its subject (in its first five
// words) and names no one else (othersInFrame, a person word, a name that
// is not staff's and not worn) and no papers.
func (s *scan) staffOnlyBracket(from, to int) bool {
	start := from + 1
	for k := from + 1; k < to && k <= from+3; k++ {
		if s.toks[k].low == ":" {
			start = k + 1 // "[photo: ..."
			break
		}
	}
	subject := false
	for k := start; k < to && k < start+5; k++ {
		w := s.toks[k].low
		if staffSubjects.has(w) || staffTeamWords.has(w) && k > start && inSet(s.toks[k-1].low, "our", "desk", "whole", "entire", "nursing", "care") {
			subject = true
			break
		}
	}
	if !subject || s.tokensHaveWord(from, to, othersInFrame) || s.tokensHaveWord(from, to, bracketPersonWords) ||
		s.tokensHaveWord(from, to, papersInFrame) {
		return false
	}
	for _, p := range s.people() {
		if p.from >= from && p.from < to && !s.isStaff(p.name, p.to) && !s.attireName(p, to) {
			return false
		}
	}
	return true
}

// attireWords, within three words after a name in a staff picture, make
// the name the team or the brand they wear: "in matching Creighton blue
// T-shirts", "in Titans jerseys".
var attireWords = newWordSet([]string{"shirts", "shirt", "t-shirts", "tshirts", "tees", "jerseys", "jersey", "scrubs", "sweaters",
	"sweatshirts", "hoodies", "hats", "caps", "gear", "colors", "colours", "uniforms", "jackets", "beanies"})

// attireName reports whether person p, in a description ending at to, is
// worn: "in" or "matching" just before the name and a garment within
// three words after it.
func (s *scan) attireName(p person, to int) bool {
	if p.from == 0 || !inSet(s.toks[p.from-1].low, "in", "matching") {
		return false
	}
	return s.tokensHaveWord(p.to, min(to, p.to+3), attireWords)
}

// thingAfterPerson are what a person word before them says the thing is
// for: "child car seats", "baby clothes", "kid-size chairs".
var thingAfterPerson = newWordSet([]string{"car", "seat", "seats", "clothes", "clothing", "toys", "books", "bottles", "formula",
	"diapers", "wipes", "gate", "gates", "carrier", "carriers", "stroller", "strollers", "blankets", "shoes", "size", "sized",
	"helmets", "cups", "spoons", "scale", "scales", "monitor", "monitors"})

// personWordForThing reports whether the person word at t only says what
// the next word's thing is for ("child car seats"), inside a description
// ending at to: no article or number before it ("a child", "two kids").
func (s *scan) personWordForThing(t, to int) bool {
	if t+1 >= to || !thingAfterPerson.has(s.toks[t+1].low) {
		return false
	}
	if t > 0 && inSet(s.toks[t-1].low, "a", "an", "the", "one", "this", "that", "our", "your", "his", "her", "their", "my") {
		return false
	}
	return s.toks[t-1].kind != tokNumber
}
