package compliance

// Fixes from the attacks on session 21's changes (issue 11, att21).

// manyFought21 are the people and places an illness is fought among:
// "battling flu in the schools", "fighting diabetes across the county".
var manyFought21 = newWordSet([]string{"school", "schools", "county", "counties", "town", "towns", "city", "community",
	"communities", "kids", "children", "students", "patients", "families", "neighborhood", "neighborhoods", "region", "state",
	"area", "classrooms", "our", "everyone", "seniors", "teens", "parish", "village", "valley", "homes", "shelters", "workplaces"})

// foughtAmongMany21 reports whether the condition starting at token k,
// after "battling" or "fighting", is fought among many people or places
// ("Kevin is battling flu in the schools with our shot van", "fighting
// diabetes across our county"): a campaign, not the staff member's own
// illness. "Battling pneumonia this week" stays theirs.
func (s *scan) foughtAmongMany21(k, to int) bool {
	for n := 0; n < 2 && k < to && ownersBeforeDetail.has(s.toks[k].low); n++ {
		k++
	}
	h, ok := s.healthHitAt(k)
	if !ok || h.To >= to || !inSet(s.toks[h.To].low, "in", "across", "throughout", "among", "around", "at", "all") {
		return false
	}
	for j := h.To + 1; j < to && j <= h.To+3; j++ {
		if manyFought21.has(s.toks[j].low) {
			return true
		}
	}
	return false
}

// topicWords21 make what comes before them the subject of a class or a
// talk: "Recovery from knee surgery is the focus of his new class".
var topicWords21 = newWordSet([]string{"focus", "topic", "theme", "subject", "class", "classes", "talk", "talks", "workshop",
	"seminar", "lecture", "webinar", "series", "course", "group", "session", "sessions", "program", "tips", "handout", "video"})

// recoveryAsTopic21 reports whether the words after "recovery from" at
// token k, within a few, name a class or a talk: the recovery is the
// subject taught ("Congrats Kevin! Recovery from knee surgery is the
// focus of his new class"), not the staff member's own. "Recovery from
// the hip replacement went smoothly" stays theirs.
func (s *scan) recoveryAsTopic21(k, to int) bool {
	for j := k; j < to && j < k+10; j++ {
		if topicWords21.has(s.toks[j].low) {
			return true
		}
	}
	return false
}
