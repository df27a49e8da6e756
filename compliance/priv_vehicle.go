package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/post"
)

// Someone told by their car or by the room they are in (PRIV-14, Safe
// Harbor (L) and (R)). "Whoever drives the white Subaru with the honor
// student sticker" and "the kiddo in exam 3" name no one, yet everybody in
// the lot or the waiting room knows who is meant. With a health detail in
// the post the description discloses that person's care (block); alone
// it still says they were here (warn).

// vehicleWords are the kinds, makes and common models of cars. Models that
// are everyday words ("civic", "escape", "accord") count only with a colour
// or a driver word next to them, as every vehicle word does.
var vehicleWords = newWordSet([]string{"car", "truck", "pickup", "van", "minivan", "suv", "sedan", "hatchback", "wagon", "convertible",
	"jeep", "motorcycle", "motorbike", "camper", "rv", "coupe", "toyota", "honda", "ford", "chevy", "chevrolet", "gmc", "dodge",
	"subaru", "kia", "hyundai", "nissan", "mazda", "vw", "volkswagen", "bmw", "audi", "mercedes", "lexus", "acura", "infiniti",
	"tesla", "volvo", "buick", "cadillac", "chrysler", "mitsubishi", "porsche", "rivian", "prius", "camry", "corolla", "civic",
	"accord", "rav4", "crv", "f150", "silverado", "tacoma", "tundra", "outback", "forester", "crosstrek", "wrangler", "cherokee",
	"mustang", "bronco", "telluride", "sorento", "highlander", "odyssey", "sienna", "altima", "equinox", "tahoe", "suburban",
	"malibu", "impala", "durango", "jetta", "pacifica", "yukon", "escalade", "explorer", "4runner",
	// Off-road and snow machines, a rural lot's cars (session 19): "the
	// red Polaris with the Bethel Warriors sticker".
	"polaris", "atv", "snowmobile", "snowmachine", "ski-doo", "skidoo", "four-wheeler", "harley", "yamaha", "kawasaki"})

// carNoticeWords tell a driver about their car: its lights, its place.
var carNoticeWords = []string{"headlights", "headlight", "lights", "hazards", "towed", "tow", "blocking", "windows", "window",
	"trunk", "alarm", "move", "driveway"}

// colourWords describe a car well enough to pick it out in a lot.
var colourWords = newWordSet([]string{"red", "blue", "white", "black", "silver", "grey", "gray", "green", "gold", "tan", "maroon", "camo",
	"yellow", "orange", "purple", "brown", "beige", "teal", "navy", "burgundy", "pink", "champagne", "bronze"})

// carAgeWords may stand between a colour and the car ("the red old truck",
// "the white beat up van").
var carAgeWords = newWordSet([]string{"old", "new", "little", "big", "beat", "up", "rusty", "shiny", "lifted", "dented", "muddy"})

// driverWords before a car make it someone's ("whoever drives the...").
var driverWords = newWordSet([]string{"drives", "drove", "driving", "parks", "parked", "owner", "owners", "driver", "whoever"})

// ownCarWords before a car make it the practice's or the writer's.
var ownCarWords = newWordSet([]string{"our", "my", "clinic", "mobile", "practice", "office", "company", "rental", "toy", "matchbox",
	"police", "fire", "school", "news"})

// roomWords, followed by a number, name a place a patient is in.
var roomWords = newWordSet([]string{"room", "rm", "bed", "bay", "exam", "suite", "chair", "op", "operatory", "cubicle", "stall",
	// Where someone lives, numbered: a camp's trailers and bunkhouses, a
	// park's units and cabins ("the boys in trailer 14", "unit 22").
	"trailer", "unit", "bunk", "bunkhouse", "cabin", "apt", "apartment",
	// Spanish and Portuguese beds and chairs (seats24.go): "Cama 4 tuvo
	// un gran día".
	"cama", "camilla", "sillón", "sillon", "leito", "cadeira"})

// inRoomPersonWords before "in room 3" make the room a person's.
var inRoomPersonWords = newWordSet([]string{"kid", "kiddo", "kiddos", "lady", "guy", "man", "woman", "gentleman", "girl", "boy",
	"baby", "patient", "pt", "mom", "dad", "grandpa", "grandma", "sweetheart", "cutie", "fella", "dude", "family", "couple",
	"twins", "toddler", "teen", "teenager", "granny", "mama", "papa", "gal", "sir", "ma", "one", "someone", "folks", "friend",
	"boys", "girls", "guys", "ladies", "men", "women", "crew", "fellas", "gang", "neighbor", "neighbour",
	// "Whoever was in exam room 3 this morning": the one who was there.
	"whoever"})

// roomSubjectVerbs after "room 3" at the head of a sentence make the room
// stand for the person in it ("bed 12 finally went home").
var roomSubjectVerbs = newWordSet([]string{"went", "goes", "going", "finally", "just", "says", "said", "asked", "cried", "wants",
	"wanted", "needs", "needed", "left", "came", "threw", "puked", "fainted", "passed", "coded", "crashed", "refused", "is", "was",
	"finished", "got", "gets", "rang", "graduated", "delivered", "has", "had",
	// Spanish and Portuguese (seats24.go): "Cama 4 tuvo un gran día",
	// "la camilla 2 se va a casa", "salió", "teve alta".
	"tuvo", "tiene", "se", "salió", "salio", "terminó", "termino", "teve", "tem", "saiu"})

// roomStateVerbs are roomSubjectVerbs said of a room as often as of the
// person in it: after a place between ("room 210 in Cambridge is our new
// lactation room"), the room is the subject.
var roomStateVerbs = newWordSet([]string{"is", "was", "has", "had", "got", "gets", "just", "finally"})

// roomFacilityWords after "room 3 is/got" keep it a room ("is our new
// ultrasound suite", "got a fresh coat of paint").
var roomFacilityWords = newWordSet([]string{"our", "a", "an", "the", "un", "una", "uma", "now", "new", "being", "getting", "closed", "open", "ready",
	"available", "fresh", "renovated", "painted", "stocked", "cleaned", "booked", "reserved", "for"})

// dischargeWords say a person came or went: no health word, but care.
var dischargeWords = newWordSet([]string{"discharged", "admitted", "home", "transferred", "released", "readmitted"})

// describedPeople finds people told by their car or their room.
func (s *scan) describedPeople() []post.Finding {
	// Both are gateSets: the lexicon look-up answers them, without a walk
	// over the text's words; most texts have neither a car nor a room in
	// them.
	gateCar, gateRoom, gateTag := s.hasAny(colourWords) || s.hasAny(driverWords), s.hasAny(roomWords), s.hasAny(tagWords)
	// A model number ("F-150") is asked for only beside a colour or a
	// driver word: pickupLeads is no gate set, a pass over the words.
	gateCar = gateCar && (s.hasAny(vehicleWords) || s.hasAny(pickupLeads))
	if !gateCar && !gateRoom && !gateTag {
		return nil
	}
	var out []post.Finding
	// A visit word counts as care here: "your glasses are at the desk
	// after your eye exam" tells the lot who saw the eye doctor.
	health := len(s.healthHits()) > 0 || s.has("context/clinical") || s.hasAny(careDeviceWords) // described19.go
	add := func(from, to int, msg string, block bool) {
		f := s.finding(from, to, msg)
		if block {
			f.Severity = post.SeverityBlock
			f.Message += " With the health detail in this post it discloses their care."
		}
		if !overlapsAny(out, f.Start, f.End) && len(out) < maxMatches {
			out = append(out, f)
		}
	}
	// "Silver Camry in the lot with the headlights on": a notice to a
	// driver about the car, which tells no one's care.
	carNotice := gateCar && (!health || s.onlyAmbulanceLane()) && s.hasWord(carNoticeWords...)
	for i := range s.toks {
		w := s.toks[i].low
		if gateCar && !carNotice {
			// A model number ("the blue F-150") is read from its first
			// token, where its description ends.
			end, model := s.pickupModel(i)
			if !model && vehicleWords.has(w) {
				end, model = i+1, true
			}
			if model {
				if from, ok := s.someonesCar(i); ok && !s.practiceVehicle(i) {
					add(from, end, "A car described so that people in the lot know whose it is identifies its driver.", health)
				}
			}
		}
		if gateRoom && roomWords.has(w) && i+1 < len(s.toks) && roomNumber(&s.toks[i+1]) {
			if from, ok := s.roomSpokenTo(i); ok { // rooms23.go
				add(from, i+2, "A room, bed or chair number spoken to, with care after it, tells everyone who sat there what their care was.", true)
			} else if from, ok := s.someonesRoom(i); ok {
				si := s.toks[i].sent
				// "Room 12B at Faxton — our guy from the co-op. Broken ribs":
				// a room heading the post may leave the care to the next
				// sentence.
				next := from == i && si+1 < len(s.sents) && s.sents[si].tokStart == i && s.healthInSentence(si+1)
				add(from, i+2, "A room, bed or chair number with someone in it tells people who was here.",
					s.healthInSentence(si) || s.sentenceHasWord(si, dischargeWords) || next || s.roomScareTold24(i, si))
			}
		}
		if gateTag && tagWords.has(w) {
			n := i + 1
			if n < len(s.toks) && s.toks[n].low == "#" {
				n++
			}
			if plateWords.has(w) {
				// "Tennessee plate 4B7-KXQ: ... your colonoscopy consult"
				// (seats24.go).
				if s.plateCode24(n) && s.noticeCare(s.toks[i].sent) {
					add(i, n+1, "A licence plate told in full tells the lot whose car it is.", true)
				}
			} else if n < len(s.toks) && roomNumber(&s.toks[n]) && s.noticeCare(s.toks[i].sent) {
				add(i, n+1, "A race bib, jersey or locker number tells everyone whose it is.", true)
			}
		}
	}
	return out
}

// tagWords, before a number, name what one person wears or uses at an
// event or a gym: "bib #1142", "jersey 22", "locker 14". Beside a health
// detail the number tells whose it is (PRIV-14).
var tagWords = newWordSet([]string{"bib", "jersey", "locker", "dorsal", "camiseta", "casillero",
	// A licence plate (seats24.go): "Tennessee plate 4B7-KXQ".
	"plate", "placa", "matrícula", "matricula"})

// roomNumber reports whether tk is a room's or a tag's number: digits, or
// digits with a letter ("12B", "3a").
func roomNumber(tk *token) bool {
	if tk.kind == tokNumber {
		return true
	}
	return tk.kind == tokWord && len(tk.low) <= 5 && tk.low[0] >= '0' && tk.low[0] <= '9'
}

// someonesCar reports whether the vehicle word at token i is described as
// someone's car: a colour before it, or a driver word a few tokens back,
// and neither the practice's nor the writer's. from is where the
// description starts.
func (s *scan) someonesCar(i int) (from int, ok bool) {
	se := s.sents[s.toks[i].sent]
	from = i
	specific := false // "the" or "that" car, not "a parked car" or "driving a car"
	for t := i - 1; t >= se.tokStart && t >= i-5; t-- {
		w := s.toks[t].low
		switch {
		case ownCarWords.has(w):
			return 0, false
		case colourWords.has(w):
			from, ok = t, true
		case driverWords.has(w):
			if ok || specific {
				return t, true
			}
			return from, ok
		case w == "the", w == "that":
			specific = true
		case carAgeWords.has(w), vehicleWords.has(w), w == "a", w == "this":
		default:
			if s.toks[t].capital && s.toks[t].kind == tokWord {
				continue // a make before a model: "the silver Kia Telluride"
			}
			return from, ok
		}
	}
	return from, ok
}

// someonesRoom reports whether "room 3" at token i (the room word) holds
// a person: "the kiddo in exam 3", or "bed 12 went home" at the head of a
// sentence.
func (s *scan) someonesRoom(i int) (from int, ok bool) {
	se := s.sents[s.toks[i].sent]
	t := i - 1
	if t >= se.tokStart && roomWords.has(s.toks[t].low) { // "exam room 3"
		t--
	}
	if n := i + 2; n < se.tokEnd && inRoomPersonWords.has(s.toks[n].low) {
		return i, true // "Room 4 guy"
	}
	if i == se.tokStart {
		// "Room 12B at Faxton — that's our guy from the co-op": a room
		// heading the post, with one person in its sentence.
		for k := i + 2; k < se.tokEnd; k++ {
			if w := s.toks[k].low; inRoomPersonWords.has(w) && !strings.HasSuffix(w, "s") && w != "family" && w != "couple" && !s.oneAsThing(k) {
				return i, true
			}
		}
	}
	if t >= se.tokStart && s.toks[t].low == "in" {
		for p := t - 1; p >= se.tokStart && p >= t-3; p-- {
			// "the owner is in Room 4 for stitches": a role is one person too.
			// "the retired colonel who was in Room 3": "who" is the one there.
			if inRoomPersonWords.has(s.toks[p].low) || roleNouns.has(s.toks[p].low) || s.toks[p].low == "who" {
				return p, true
			}
		}
		return 0, false
	}
	// After a photo's description in brackets the room opens what the
	// post says: "[photo: balloons] Bed 12 ... is going home" (seats24.go).
	if t >= se.tokStart && !inSet(s.toks[t].low, "the", "la", "el", "¡", "]") {
		return 0, false
	}
	n := i + 2
	if n < se.tokEnd && inSet(s.toks[n].low, "at", "on", "in", "of", "de", "del", "en", "da", "do") {
		// "Room 312 at the Brookline unit goes home": past where the room
		// is, to what it does.
		for k := n + 1; k < se.tokEnd && k <= n+5 && s.toks[k].kind == tokWord; k++ {
			if roomSubjectVerbs.has(s.toks[k].low) && !s.toks[k].capital {
				if roomStateVerbs.has(s.toks[k].low) {
					if s.roomIsSomeone(k, se.tokEnd) || s.roomActsAsPerson(k, s.toks[i].sent) {
						return i, true // "Bed 4 in our observation room is a well-known musher warming up"
					}
					return 0, false // "Room 4 at Jackson Heights just got a fresh coat of paint": the room itself
				}
				n = k
				break
			}
		}
	}
	if n >= se.tokEnd || !roomSubjectVerbs.has(s.toks[n].low) {
		return 0, false
	}
	if s.roomActsAsPerson(n, s.toks[i].sent) {
		return i, true // "Chair 6 had a big win this morning" (rooms23.go)
	}
	if roomThingVerbs24.has(s.toks[n].low) {
		return 0, false // "La cama 4 se vende", "la cama 5 tiene control remoto" (attack24.go)
	}
	if n+1 < se.tokEnd && roomFacilityWords.has(s.toks[n+1].low) {
		return 0, false // "room 2 is our new ultrasound suite"
	}
	if n+2 < se.tokEnd && inSet(s.toks[n].low, "just", "finally") && roomStateVerbs.has(s.toks[n+1].low) && roomFacilityWords.has(s.toks[n+2].low) {
		return 0, false // "Room 4 just got a new exam table"
	}
	return i, true
}

// homePeopleWords say who lives at an address ("the family at 22 Mill
// Lane, their boy is in the ICU").
var homePeopleWords = newWordSet([]string{"family", "families", "boy", "girl", "son", "daughter", "kid", "kids", "mom", "dad",
	"husband", "wife", "neighbor", "neighbors", "neighbour", "his", "her", "their", "he", "she", "grandma", "grandpa", "baby",
	"lives", "living", "home", "house"})

// eventWords make an address a venue: "free flu shots at 120 Main
// Street", "the blood drive at 9 Elm St".
var eventWords = newWordSet([]string{"clinic", "clinics", "drive", "fair", "event", "events", "screening", "screenings", "free",
	"class", "classes", "booth", "open", "walk", "walkins", "hours", "join", "register", "rsvp", "held", "hosting", "hosted", "vaccination",
	"site", "location", "office", "offices", "moved", "moving", "parking", "pharmacy", "visit", "stop"})

// homeAddressCare reports whether the street address at byte b is a
// home with someone's care in its sentence: a person who lives there and
// a health detail, and no sign the address is an event's venue.
func (s *scan) homeAddressCare(b int) bool {
	t := s.tokenStart(b)
	if t >= len(s.toks) {
		return false
	}
	si := s.toks[t].sent
	return s.careInSentence(si) && s.sentenceHasWord(si, homePeopleWords) && !s.sentenceHasWord(si, eventWords)
}

// pointedWords point at one person a notice is for, beyond who lives at
// an address: the reader it speaks to ("your culture came back") and a
// person told by looks ("the gentleman", "the lady we saw Tuesday").
var pointedWords = newWordSet([]string{"you", "your", "ur", "u", "yours", "gentleman", "lady", "man", "woman", "guy", "fella", "gal",
	"resident", "sir", "ma'am", "maam", "señor", "señora", "usted", "su", "sus", "vous", "votre", "vos", "monsieur", "madame"})

// locatorCare reports whether the locator at byte b (a named street, a
// block, a ZIP code labelled or heading a notice) points at one person
// whose care the notice tells: a health detail or a word of care in its
// sentence or the next (a notice's head, then its body: "Zip 28451: your
// culture came back positive"), a person there or "you", and no sign of
// an event's venue or a place's case counts. Said to "you" it discloses
// all the same: the locator says who "you" is (issue 11, identifier
// family).
func (s *scan) locatorCare(b int) bool {
	t := s.tokenStart(b)
	if t >= len(s.toks) {
		return false
	}
	si := s.toks[t].sent
	last := min(si+1, len(s.sents)-1)
	care, who := false, false
	for j := si; j <= last; j++ {
		if s.locatorCrowd(j) {
			return false
		}
		care = care || s.pointedCare(j)
		who = who || s.sentenceHasWord(j, homePeopleWords) || s.sentenceHasWord(j, pointedWords)
	}
	return care && who
}

// noticeCare reports whether sentence si tells someone's care: a health
// detail other than a bare appointment or visit ("plan extra time for
// your appointment" tells none), or a test's result.
func (s *scan) noticeCare(si int) bool {
	if s.sentenceHasWord(si, testOutcomeWords) {
		return true
	}
	if s.noHealthIn(si) {
		return false
	}
	for _, h := range s.healthHits() {
		if s.toks[h.From].sent != si || s.preventive(h) {
			continue
		}
		if h.Cat != health.Procedure || h.To-h.From > 1 || !everydayClinical.has(s.toks[h.From].low) && !inSet(s.toks[h.From].low, "appointment", "appointments", "appt", "visit", "visits") {
			return true
		}
	}
	return false
}

// preventive reports whether the health hit h is a shot everyone gets
// ("got their flu shots", "the vaccine"): prevention, no one's illness.
func (s *scan) preventive(h health.Hit) bool {
	for t := h.From; t < h.To; t++ {
		if inSet(s.toks[t].low, "shot", "shots", "vaccine", "vaccines", "booster", "boosters", "vaccination", "vaccinations", "immunization", "immunizations", "flu") {
			return true
		}
	}
	return false
}

// locatorCrowd reports whether sentence si makes a locator everyone's: an
// event's venue ("free flu shots at ..."), an illness going around,
// reported cases, a gathering. A "home visit" is care, no event.
func (s *scan) locatorCrowd(si int) bool {
	se := s.sents[si]
	result := s.sentenceHasWord(si, testOutcomeWords)
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		switch {
		case (w == "visit" || w == "visits") && t > se.tokStart && inSet(s.toks[t-1].low, "home", "house"):
			continue // "a home visit": care at someone's home
		case (w == "screening" || w == "screenings") && result:
			continue // "positive colon screening": a result, no event
		case w == "office" && t >= se.tokStart+2 && s.toks[t-1].low == "the" && inSet(s.toks[t-2].low, "call", "text", "phone", "ring"):
			continue // "please call the office": the notice's ask
		case w == "around" && t > se.tokStart && inSet(s.toks[t-1].low, "getting", "get", "gets", "got", "moving", "walking"):
			continue // "glad you're getting around after the amputation": moving, not an illness going around
		}
		if eventWords.has(w) || spreadWords.has(w) || gatheringWords.has(w) || inSet(w, "opens", "opening", "anyone", "everyone", "residents") {
			return true
		}
	}
	return s.reportedCases(si) || s.manyTreated(si)
}

// careInSentence reports whether sentence si holds a health detail or a
// word of care ("his INR results", "your labrum rehab").
func (s *scan) careInSentence(si int) bool {
	return s.healthInSentence(si) || s.sentenceHas("context/clinical", si)
}

// roomIsSomeone reports whether "is" or "was" at token k, after a room
// placed somewhere ("Bed 4 in our observation room is ..."), says the
// room is a person: one told by a role or a relative ("a retired fire
// captain", "the mayor's nephew"), or spoken of as "he", "she" or "who"
// later in the sentence (before end).
func (s *scan) roomIsSomeone(k, end int) bool {
	if w := s.toks[k].low; w != "is" && w != "was" {
		return false
	}
	for t := k + 1; t < end; t++ {
		w := s.toks[t].low
		if inSet(w, "he", "she", "who", "him", "her", "his") || (t <= k+6 && (relativeWords.has(w) || inRoomPersonWords.has(w) || roleNouns.has(w))) {
			return true
		}
	}
	return false
}

// roleNouns tell a person by what they do or are known for: "a local
// chef", "a retired fire captain", "a K300 champion".
// Staff's roles ("nurse", "doctor") and a room's own words ("student",
// "star") are left out: "Room 3 is the new nurse station" is a room.
var roleNouns = newWordSet([]string{"chef", "cook", "captain", "chief", "champion", "champ", "musher", "pilot", "fisherman",
	"teacher", "coach", "pastor", "priest", "trooper", "firefighter", "farmer", "rancher", "driver", "player", "runner",
	"musician", "singer", "legend", "celebrity", "veteran", "mayor", "councilman", "councilwoman", "owner", "barber",
	"professor", "principal", "athlete", "grad", "retiree"})

// oneAsThing reports whether "one" at token k stands for a thing, as
// "it's the calm blue one now" stands for the room: only a word said of
// children or the sick ("the little one", "the brave one") makes it a
// person.
func (s *scan) oneAsThing(k int) bool {
	return s.toks[k].low == "one" && (k == 0 || !inSet(s.toks[k-1].low, "little", "young", "tiny", "sweet", "brave", "lucky", "wee",
		"cute", "sick", "poor", "youngest", "oldest"))
}

// laneWords after "ambulance" make it a place: "the ambulance lane".
var laneWords = newWordSet([]string{"lane", "bay", "zone", "entrance", "parking", "spot", "spots", "door", "driveway", "lot"})

// onlyAmbulanceLane reports whether the post's only health words are an
// ambulance's lane or bay ("please move it, the ambulance lane has to
// stay clear"): a driver told to move, no one's care.
func (s *scan) onlyAmbulanceLane() bool {
	if !s.words.has("ambulance") {
		return false
	}
	for _, h := range s.healthHits() {
		if s.toks[h.To-1].low != "ambulance" || h.To >= len(s.toks) || !laneWords.has(s.toks[h.To].low) {
			return false
		}
	}
	for _, h := range s.hitsOf("context/clinical") {
		if s.toks[h.to-1].low != "ambulance" || h.to >= len(s.toks) || !laneWords.has(s.toks[h.to].low) {
			return false
		}
	}
	return true
}
