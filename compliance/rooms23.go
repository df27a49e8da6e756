package compliance

// A numbered chair, bed or bay that stands for the one in it (session 23,
// t23privacy, PRIV-14). Infusion rooms and observation areas are small:
// everyone who sat there today knows who "chair 4" was. priv_vehicle.go
// reads "bed 12 went home" and "Bed 4 ... is a well-known musher"; here
// the room also does what only a person does ("Chair 4 in the infusion
// room had a big win today", "Chair 2 in our infusion corner is
// celebrating today") or is spoken to, with care after a colon or a dash
// ("To Bed 4 in our observation area this morning: your rapid strep came
// back negative", "Infusion bay 2 this afternoon: you left your Bible
// behind, and your IV iron is moved to Thursday"). A room's makeover
// ("had a makeover", "got a new recliner") and a room spoken of to the
// reader with no care ("Exam room 2: you'll love the new mural") stay the
// room's.

// roomPersonStates after "is" or "was" are what only a person is doing:
// "Bay 3 is resting comfortably", "Chair 1 is celebrating today".
var roomPersonStates = newWordSet([]string{"celebrating", "resting", "recovering", "healing", "feeling", "smiling", "napping",
	"sleeping", "cheering", "beaming", "crying", "laughing", "dancing", "doing", "glowing", "grinning", "thrilled", "ecstatic",
	"proud", "tired", "exhausted", "nervous", "brave"})

// roomPersonLeads may stand between "is" and the state: "is still
// resting", "is officially celebrating".
var roomPersonLeads = newWordSet([]string{"still", "now", "so", "all", "just", "finally", "officially", "really", "very"})

// roomPersonEvents after "had a" are a day, a win or a scare one person
// lives through: "had a big win", "had a rough morning". "Had a
// makeover", "had a wobbly leg" are the room's.
var roomPersonEvents = newWordSet([]string{"win", "day", "morning", "afternoon", "evening", "night", "week", "scare", "moment",
	"milestone", "reaction", "seizure", "fall", "episode", "time", "celebration", "cry",
	// Spanish and Portuguese (seats24.go): "Cama 4 tuvo un gran día".
	"día", "dia", "mañana", "manhã", "tarde", "noche", "noite", "semana", "susto", "reacción", "reação"})

// roomSpokenLeads may open the sentence before a room spoken to: "To Bed
// 6 ...", "Hey chair 2 ...".
var roomSpokenLeads = newWordSet([]string{"to", "hey", "dear", "hi", "hello", "attention", "psst"})

// roomActsAsPerson reports whether the verb at token k, after a room,
// tells what only a person does: "is" or "was" before a person's state,
// or "had a" before a day or a scare with a health detail in the sentence
// or the next ("had a big win today: last iron infusion DONE").
func (s *scan) roomActsAsPerson(k, si int) bool {
	end := s.sents[si].tokEnd
	switch s.toks[k].low {
	case "is", "was":
		for m := k + 1; m < end && m <= k+3; m++ {
			w := s.toks[m].low
			if inSet(w, "going", "heading", "headed") {
				return s.roomGoesHome24(m, si) // "Bed 12 ... is going home today" (seats24.go)
			}
			if roomPersonStates.has(w) {
				// "Room 7 is now celebrating Christmas with a tree": the
				// room dressed for a holiday (att23).
				return !(w == "celebrating" && m+1 < end && roomHolidays23.has(s.toks[m+1].low) ||
					w == "celebrating" && m+2 < end && s.toks[m+1].low == "the" && roomHolidays23.has(s.toks[m+2].low))
			}
			if !roomPersonLeads.has(w) {
				return false
			}
		}
	case "had", "has", "tuvo", "tiene", "teve", "tem":
		if k+1 >= end || !inSet(s.toks[k+1].low, "a", "an", "un", "una", "uma") {
			return false
		}
		for m := k + 2; m < end && m <= k+4; m++ {
			if roomWorkload23.has(s.toks[m].low) || m+1 < end && roomWorkload23.has(s.toks[m+1].low) {
				return false // "Room 5 had a busy day: 40 flu shots given!" (att23); "un día ocupado"
			}
			if roomPersonEvents.has(s.toks[m].low) {
				// "had a rough reaction today but she's stable now": the
				// chair is then he or she (seats24.go).
				return !s.sentenceHasWord(si, roomNewWords) && !s.roomTally23(si) &&
					(s.healthInSentence(si) || si+1 < len(s.sents) && s.healthInSentence(si+1) || s.personPronounAfter24(m, si))
			}
		}
	case "se", "va", "going", "heading", "headed":
		return s.roomGoesHome24(k, si)
	}
	return false
}

// roomNewWords tell the room's own news: "had a big day: new floors
// and a new recliner".
var roomNewWords = newWordSet([]string{"new", "brand", "floors", "paint", "painted", "renovated", "renovation", "installed",
	"makeover", "recliner", "recliners", "mural", "murals"})

// roomSpokenTo reports whether the room word at token i opens its
// sentence (after "To" or "Hey" and one word of the room's kind:
// "Infusion bay 2") and is spoken to: a colon or a dash within the next
// ten tokens, then "you" or "your", with care in the sentence or the
// next ("you left your keys! Your thyroid pills are at the desk"). from
// is where the sentence starts.
func (s *scan) roomSpokenTo(i int) (from int, ok bool) {
	si := s.toks[i].sent
	start := s.sents[si].tokStart
	k := i - 1
	if k >= start && !roomSpokenLeads.has(s.toks[k].low) && s.toks[k].kind == tokWord {
		k-- // "Infusion bay 2", "To exam room 4"
	}
	if k >= start && roomSpokenLeads.has(s.toks[k].low) {
		k--
	}
	if k >= start && s.toks[k].low != "]" { // "[photo: …] Room 4: you left…" (seats24.go)
		return 0, false
	}
	end := s.sents[si].tokEnd
	reach := i + 12
	for m := i + 2; m < end && m <= reach; m++ {
		if s.toks[m].kind != tokPunct || !inSet(s.toks[m].low, ":", "—", "–", "-") {
			// A note in brackets ("(the 2:45 ear recheck)") is passed over
			// (seats24.go).
			if s.toks[m].low == "(" {
				m, reach = s.roomAside24(m, end, reach)
			}
			continue
		}
		if s.clockColon24(m) {
			continue // "9:15": a time, not the colon that turns to the reader
		}
		if n := m + 1; n < end && addressedWords.has(s.toks[n].low) || n+1 < end && addressedWords.has(s.toks[n+1].low) {
			if s.noticeCare(si) || si+1 < len(s.sents) && s.noticeCare(si+1) {
				return start, true
			}
		}
		if s.roomStoryAfter24(m, si) {
			return start, true // "Room 2 this morning: a little fan got his first shots"
		}
		return 0, false
	}
	return 0, false
}

// roomWorkload23 before the day tell the room's work, many people's care:
// "Room 5 had a busy day: 40 flu shots given!", "Room 1 had a record
// week" (att23).
var roomWorkload23 = newWordSet([]string{"busy", "record", "packed", "full", "hectic", "slow", "quiet", "long", "productive",
	"nonstop", "steady", "record-breaking", "crowded",
	// "Cama 2 tuvo un día ocupado" (seats24.go).
	"ocupado", "ocupada", "lleno", "llena", "tranquilo", "tranquila", "movido", "movida", "agitado", "cheio"})

// roomHolidays23 after "celebrating" are a holiday the room is dressed
// for: "Room 7 is celebrating Christmas", "is celebrating the holidays"
// (att23).
var roomHolidays23 = newWordSet([]string{"christmas", "halloween", "hanukkah", "chanukah", "diwali", "thanksgiving", "kwanzaa",
	"easter", "holidays", "holiday", "season", "valentine", "valentines", "pride", "navidad", "spring", "fall", "autumn", "winter",
	"summer", "lunar", "mardi"})

// roomTally23 reports a count of many people's care in sentence si or the
// next: "Room 5 had a big day today: 40 flu shots given!" is the room's
// work, not one person's day (att23). A count of one person's care ("12
// weeks of chemo done") is no tally.
func (s *scan) roomTally23(si int) bool {
	for k := si; k <= si+1 && k < len(s.sents); k++ {
		se := s.sents[k]
		for t := se.tokStart; t < se.tokEnd; t++ {
			if s.toks[t].kind != tokNumber || len(s.toks[t].low) < 2 {
				continue
			}
			for m := t + 1; m < se.tokEnd && m <= t+3; m++ {
				if roomTallied23.has(s.toks[m].low) {
					return true
				}
			}
		}
	}
	return false
}

// roomTallied23 are what a room's day is counted in.
var roomTallied23 = newWordSet([]string{"shots", "vaccines", "patients", "visits", "kids", "people", "families", "physicals",
	"tests", "swabs", "draws", "folks", "vaccinations", "checkups", "screenings",
	"vacunas", "pacientes", "niños", "familias", "vacinas", "crianças"})
