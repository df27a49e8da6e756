package compliance

import (
	"slices"

	"github.com/practicepost/practicepost/post"
)

// One person known by the public event they were in, told as healing or
// cared for by the practice (issue 11, session 28, t28privacy; read by kind
// on dev162, dev164 and dev171's rules-alone misses, three writers): "Remember
// the Garrison Avenue pile-up last Tuesday? Both drivers came to us for
// follow-up", "Remember the snowmobiler pulled off Pushaw Lake in February?
// He stopped by to thank the team: frostbite all healed", "that wreck on
// I-75 near the Hardeman Avenue exit last month. The young man they pulled
// from the truck finished rehab with our team". A crash, a pile-up or a fire
// on a named road, or a rescue off a named lake, was in the local news:
// everyone who read it knows who the driver is, and the post makes them a
// patient. The names package finds no person (no name, no one-person role),
// and the described walks (describedvisit26.go, describedvisit27.go) read
// only a visit "for" care right after a person noun. Here an event with a
// place's name in it opens a window of its sentence and the two after; a
// definite person in the window ("the driver", "both cyclists", "the little
// girl", or "he"/"she" opening a later sentence) with healing or care told
// after them, in their sentence or the next one, blocks. The walk marks
// each sentence's events and last care word once, so it stays linear.

// incidentNouns28 are events the local news tells.
var incidentNouns28 = newWordSet([]string{"pileup", "wreck", "crash", "collision", "rollover", "fire", "blaze",
	"explosion", "accident", "flood", "avalanche", "shooting", "stabbing"})

// incidentNotEvent28 after an event noun make it something else: "the fire
// station", "a crash course", "accident prevention".
var incidentNotEvent28 = newWordSet([]string{"department", "dept", "station", "chief", "truck", "trucks", "safety",
	"drill", "drills", "prevention", "hydrant", "alarm", "alarms", "marshal", "extinguisher", "extinguishers", "pit",
	"house", "hall", "company", "engine", "crew", "escape", "season", "ban", "ants", "fighter", "fighters", "works",
	"district", "academy", "course", "courses", "diet", "cart", "test", "tests", "pad", "insurance", "zone", "plan",
	"watch", "warning", "risk", "danger", "dog", "department's"})

// incidentVerbs28 tell an event as it happened, before its place: "the
// tanker that overturned near the Jefferson Street ramp", "the two cars
// that collided on Route 30" ("rolled over" and "flipped over" are read
// with their "over").
var incidentVerbs28 = newWordSet([]string{"crashed", "collided", "overturned", "capsized", "derailed", "exploded"})

// incidentPreps28 open the place after an event or a harm participle: "the
// pileup on I-395", "pulled off Pushaw Lake", "rescued from Lake Nokomis".
var incidentPreps28 = newWordSet([]string{"on", "at", "near", "in", "off", "along", "outside", "from", "by", "behind"})

// incidentPeople28 are who an event marks: the driver, the passenger, the
// boy they carried out, the firefighter hurt in it.
var incidentPeople28 = newWordSet([]string{"driver", "passenger", "man", "woman", "boy", "girl", "teen", "teenager",
	"kid", "child", "toddler", "baby", "rider", "cyclist", "biker", "motorcyclist", "snowmobiler", "hiker", "skier",
	"climber", "swimmer", "kayaker", "boater", "pedestrian", "jogger", "runner", "firefighter", "officer", "deputy",
	"trooper", "paramedic", "worker", "victim", "survivor", "trucker", "lineman", "student", "fisherman", "hunter"})

// incidentPlural28 are the same people counted: "both drivers", "the two
// boys". A plural needs "both" or a number, so a crowd of responders ("the
// firefighters who fought the fire") is no one person.
var incidentPlural28 = newWordSet([]string{"drivers", "passengers", "men", "women", "boys", "girls", "teens",
	"teenagers", "kids", "children", "riders", "cyclists", "bikers", "motorcyclists", "snowmobilers", "hikers",
	"skiers", "climbers", "swimmers", "kayakers", "boaters", "pedestrians", "joggers", "runners", "victims",
	"survivors", "workers", "students"})

// smallCounts28 count the people of an event: "the two boys".
var smallCounts28 = newWordSet([]string{"two", "three", "four", "both"})

// healedWords28 tell a person healing or under care after an event, where
// the health lexicon may find no detail: "healing up great", "discharged",
// "finished rehab", "came to us for follow-up", "out of his cast".
var healedWords28 = newWordSet([]string{"heal", "heals", "healed", "healing", "recovering", "recovered", "recovery",
	"discharged", "patched", "rehab", "followup", "stitches", "cast", "brace", "burn", "burns", "wound", "wounds", "frostbite", "mend",
	"concussion"})

// incidentAt28 reports whether token i tells an event with a place's name
// in it: an event noun ("the Garrison Avenue pile-up", "the wreck on I-75",
// "the Towson Ave warehouse fire") or a harm participle with a place ("pulled
// off Pushaw Lake", "hit near the Elm Street bridge").
func (s *scan) incidentAt28(i int) bool {
	t := s.toks[i]
	if t.kind != tokWord || t.capital {
		return false // "the Bangor Fire Department" is a name, not an event
	}
	se := s.sents[t.sent]
	next := i + 1
	switch {
	case t.low == "pile" && next < se.tokEnd && s.toks[next].low == "up":
		next++
	case incidentNouns28.has(t.low):
	case hurtParticiples27.has(t.low) || incidentVerbs28.has(t.low) || inSet(t.low, "rolled", "flipped") && next < se.tokEnd && s.toks[next].low == "over":
		if next < se.tokEnd && inSet(s.toks[next].low, "out", "over") {
			next++ // "pulled out of", "rolled over on"
		}
		if next < se.tokEnd && s.toks[next].low == "of" {
			next++
		}
		return next < se.tokEnd && incidentPreps28.has(s.toks[next].low) && s.placeMarkAfter28(next, se.tokEnd)
	default:
		return false
	}
	if next < se.tokEnd && incidentNotEvent28.has(s.toks[next].low) {
		return false
	}
	// A name before the event: "the Garrison Avenue pile-up".
	for j := i - 1; j > se.tokStart && j >= i-4; j-- {
		b := s.toks[j]
		if b.kind != tokWord && b.kind != tokNumber || b.low == "the" || b.low == "a" || b.low == "that" {
			break
		}
		if s.placeMark28(j) {
			return true
		}
	}
	return next < se.tokEnd && incidentPreps28.has(s.toks[next].low) && s.placeMarkAfter28(next, se.tokEnd)
}

// placeMarkAfter28 reports whether a place's name follows the preposition
// at k before the clause ends: "on I-395", "near the Hardeman Avenue exit".
func (s *scan) placeMarkAfter28(k, end int) bool {
	for j := k + 1; j < end && j <= k+6; j++ {
		if s.toks[j].kind == tokPunct {
			return false
		}
		if s.placeMark28(j) {
			return true
		}
	}
	return false
}

// placeMark28 reports whether token j names a place: a capitalized word
// that does not open its sentence and is no day or month ("Saturday's
// pileup" names no road), or a number after one ("I-75", "Route 9").
func (s *scan) placeMark28(j int) bool {
	t := s.toks[j]
	se := s.sents[t.sent]
	switch {
	case t.kind == tokWord && t.capital:
		return j > se.tokStart && !weekdayWords.has(t.low) && !fullMonths.has(t.low) && !inSet(t.low, "i", "we")
	case t.kind == tokNumber:
		return j > se.tokStart && s.toks[j-1].kind == tokWord && s.toks[j-1].capital
	}
	return false
}

// incidentPersonAt28 returns the end of a definite person of an event
// starting at token k ("the driver", "the young man", "both drivers", "the
// two boys"), or -1.
func (s *scan) incidentPersonAt28(k, end int) int {
	d := s.toks[k].low
	if !inSet(d, "the", "that", "this", "both") {
		return -1
	}
	counted := d == "both"
	j := k + 1
	if j < end && s.toks[j].low == "the" && counted {
		j++ // "both the drivers"
	}
	for m := 0; m < 3 && j < end; m++ {
		w := s.toks[j]
		switch {
		case w.kind != tokWord && w.kind != tokNumber || w.capital:
			return -1
		case incidentPeople28.has(w.low):
			return j + 1
		case incidentPlural28.has(w.low):
			if counted {
				return j + 1
			}
			return -1
		case smallCounts28.has(w.low):
			counted = true
		}
		j++ // "young", "little", "teenage", "17-year-old"
	}
	return -1
}

// incidentPersonCare28 reports each person an event with a place's name
// marks, told as healing or cared for, as a PRIV-10 block.
func (s *scan) incidentPersonCare28() []post.Finding {
	ns := len(s.sents)
	if ns == 0 {
		return nil
	}
	// incident[i] says whether sentence i tells an event; most posts tell
	// none and allocate nothing.
	var incident []bool
	for i, t := range s.toks {
		if t.kind == tokWord && (incident == nil || !incident[t.sent]) && s.incidentAt28(i) {
			if incident == nil {
				incident = make([]bool, ns)
			}
			incident[t.sent] = true
		}
	}
	if incident == nil {
		return nil
	}
	// care[k] says whether token k tells healing or care; lastCare[i] is
	// sentence i's last such token (-1: none). The health details are read
	// once, not asked token by token (healthStartsAt reads them all), so
	// a long text stays linear. The harm that marks the person ("the
	// deputy injured at the Highway 50 crash") is the event, not care.
	care := make([]bool, len(s.toks))
	for _, h := range s.healthHits() {
		if h.From >= 0 && h.From < len(care) {
			care[h.From] = true
		}
	}
	lastCare := make([]int, ns)
	for i := range lastCare {
		lastCare[i] = -1
	}
	for i, t := range s.toks {
		w := t.low
		if t.kind != tokWord || hurtParticiples27.has(w) || incidentNouns28.has(w) {
			care[i] = false
			continue
		}
		if healedWords28.has(w) || w == "follow" && i+1 < len(s.toks) && s.toks[i+1].low == "up" {
			care[i] = true
		}
		if care[i] {
			lastCare[t.sent] = i
		}
	}
	var out []post.Finding
	lastIncident, person := -10, -10 // sentences
	for sn := 0; sn < ns && len(out) < maxMatches; sn++ {
		if incident[sn] {
			lastIncident = sn
		}
		if sn-lastIncident > 2 {
			continue
		}
		se := s.sents[sn]
		nextCare := 0 // 0 not asked, 1 yes, -1 no: asked once a sentence
		for k := se.tokStart; k < se.tokEnd; k++ {
			e := s.incidentPersonAt28(k, se.tokEnd)
			if e < 0 && k == se.tokStart && person >= lastIncident && person == sn-1 && inSet(s.toks[k].low, "he", "she", "they") {
				e = k + 1 // "He stopped by to thank the team: frostbite all healed"
			}
			if e < 0 || s.anyOtherAfter28b(e, se.tokEnd) {
				continue // "the driver and every passenger should watch for ...": advice (attack28b.go)
			}
			person = sn
			if lastCare[sn] < e {
				if nextCare == 0 {
					nextCare = -1
					if s.careOpensNext28(sn+1, care) {
						nextCare = 1
					}
				}
				if nextCare < 0 {
					continue
				}
			}
			f := s.finding(k, e, "This tells the care of a person a public event marks (a crash, a fire or a rescue at a named place): everyone who followed the news knows who it is, and now that they are a patient.")
			f.Suggestion = "Leave out the event and the place, or link their signed authorization."
			out = append(out, f)
			break // one finding a sentence
		}
	}
	return out
}

// careOpensNext28 reports whether sentence sn tells the healing of the one
// just named, with no one else before it ("Shoulder fully healed and back
// on the water!", "He's out of his cast"), or after "he", "she", "him" or
// "her" when others come first ("Our urgent care team saw him that night
// and we're happy to say he's recovering well").
func (s *scan) careOpensNext28(sn int, care []bool) bool {
	if sn >= len(s.sents) {
		return false
	}
	se := s.sents[sn]
	other, pronoun := false, false
	for k := se.tokStart; k < se.tokEnd; k++ {
		w := s.toks[k].low
		if s.incidentPersonAt28(k, se.tokEnd) >= 0 {
			return false
		}
		if otherSubject27.has(w) {
			other = true
		}
		if inSet(w, "he", "she", "him", "her") {
			pronoun = true // "Our team saw him that night": the one just named
		}
		if other && !pronoun {
			continue
		}
		if care[k] {
			return true
		}
	}
	return false
}

// replaceNotBlocks28 adds the block f to out in place of the findings it
// overlaps that do not block ("This points at one person" told as info on
// "the young man" before his rehab was read), unless one that blocks
// already covers it.
func replaceNotBlocks28(out []post.Finding, f post.Finding) []post.Finding {
	for _, g := range out {
		if g.Start < f.End && f.Start < g.End && (g.Severity == "" || g.Severity == post.SeverityBlock) {
			return out
		}
	}
	out = slices.DeleteFunc(out, func(g post.Finding) bool { return g.Start < f.End && f.Start < g.End })
	return append(out, f)
}
