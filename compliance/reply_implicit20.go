package compliance

import "github.com/practicepost/practicepost/post"

// Care told without naming it (issue 11, session 20, t20reply). A friendly
// reply can say the reviewer was treated with no "your visit" and no
// diagnosis (REV-01 block):
//
//   - the end of a treatment cheered: "no more cast!", "wala nang
//     saklay", "hết phải bó bột rồi" (the Spanish "sin yeso" and "bye-bye
//     sling" were read before);
//   - "yours" standing for the procedure the review names: "glad yours
//     was smooth" to "my vasectomy was quick", "qué bueno que la suya
//     salió bien" to "mi cirugía";
//   - a home treatment that worked, with the everyday words the lists
//     lacked ("the cream cleared it up", "the shot helped", "the insoles
//     are helping"): everydayCare and careWorkedWords in review.go.
//
// "No more waiting on hold" ends no treatment, and "glad yours was a good
// one" to a review that names no care is a visit at most.

// endedCareThings are treatments whose end a reply cheers: "no more
// cast", "wala nang saklay" (crutches), "hết phải bó bột" (a cast).
var endedCareThings = newWordSet(append(careThings.list(), "casts", "stitches", "staples", "sutures", "crutches", "cane", "wheelchair",
	"drain", "catheter", "chemo", "dialysis", "radiation", "infusions", "neck", "collar", "traction", "saklay", "yeso", "muletas",
	"bột", "nạng", "plati", "beki", "jips"))

// noMoreAt reports the end of a treatment cheered at token t: "no more
// (of the) cast", "wala nang saklay", "hết (phải) bó bột".
func (s *scan) noMoreAt(t int) (int, bool) {
	si := s.toks[t].sent
	word := func(k int) string {
		if k < len(s.toks) && s.toks[k].sent == si {
			return s.toks[k].low
		}
		return ""
	}
	k := t + 1
	switch s.toks[t].low {
	case "no":
		if word(k) != "more" {
			return 0, false
		}
		k++
	case "wala":
		if !inSet(word(k), "nang", "na") {
			return 0, false
		}
		k++
	case "hết":
		if word(k) == "phải" {
			k++
		}
		if word(k) == "bó" {
			k++
		}
	default:
		return 0, false
	}
	for n := 0; n < 2 && inSet(word(k), "the", "that", "those", "this", "ng", "ang", "mga"); n++ {
		k++
	}
	if endedCareThings.has(word(k)) && !s.officeThingAt(k) && s.endedThingAlone(k+1) {
		return k + 1, true
	}
	return 0, false
}

// endedThingAlone reports that the treatment word before token k stands
// alone as the thing ended: the clause ends there, or a word follows that
// goes on about the care ("no more cast for you", "no more chemo
// days"). A noun it modifies makes it another thing: "no more neck
// cramps in the waiting room", "no more drain smell in the restroom",
// "no more cane-sugar sodas", "no more collar pins on the scrubs" (att20).
func (s *scan) endedThingAlone(k int) bool {
	if k >= len(s.toks) || s.toks[k].sent != s.toks[k-1].sent {
		return true
	}
	n := &s.toks[k]
	if n.kind == tokPunct {
		return n.low != "-" && n.low != "‑"
	}
	return n.kind != tokWord || endedCareGoesOn.has(n.low)
}

// endedCareGoesOn may follow a treatment whose end is cheered.
var endedCareGoesOn = newWordSet([]string{"for", "and", "or", "after", "now", "either", "needed", "ever", "days", "sessions",
	"appointments", "visits", "rounds", "treatments", "yay", "woohoo", "para", "ya", "na", "nữa", "rồi", "nha", "nhé", "po"})

// yoursOutcomes follow "yours" when it stands for a procedure: "yours was
// smooth", "yours went well", "la suya salió bien".
var yoursOutcomes = newWordSet([]string{"was", "went", "is", "turned", "healed", "heals", "healing", "feels", "looks", "salió",
	"salio", "fue", "va", "sanó", "sano"})

// yoursProcedureAt reports "yours" (or "la suya", "el suyo") at token t
// glad of how it went, in a reply to a review that names the reviewer's
// procedure or health: "glad yours was smooth".
func (s *scan) yoursProcedureAt(t int) bool {
	if !inSet(s.toks[t].low, "yours", "suya", "suyo") {
		return false
	}
	si := s.toks[t].sent
	if t+1 >= len(s.toks) || s.toks[t+1].sent != si || !yoursOutcomes.has(s.toks[t+1].low) {
		return false
	}
	glad := false
	for k := t - 1; k >= t-4 && k >= 0 && s.toks[k].sent == si; k-- {
		glad = glad || factWords.has(s.toks[k].low) || inSet(s.toks[k].low, "hope", "hoping", "espero", "esperamos")
	}
	return glad && (s.reviewNamesProcedure() || s.reviewHealth())
}

// careOutcome20 finds the shapes above in a reply (REV-01 block).
func (s *scan) careOutcome20() []post.Finding {
	if !s.hasWord("no", "wala", "hết", "yours", "suya", "suyo") {
		return nil
	}
	var out []post.Finding
	for t := range s.toks {
		if end, ok := s.noMoreAt(t); ok {
			out = append(out, s.finding(t, end, "This reply cheers the end of the reviewer's treatment: it tells everyone the care they had."))
		} else if s.yoursProcedureAt(t) {
			out = append(out, s.finding(t, t+2, "This reply is glad the reviewer's procedure went well: it tells everyone the practice did it."))
		}
	}
	return out
}

// addBlocking appends the findings of add that no blocking finding of out
// already covers: a warning on the same words gives way to them.
func addBlocking(out []post.Finding, add []post.Finding) []post.Finding {
	for _, f := range add {
		covered := false
		for _, g := range out {
			if g.Severity != post.SeverityWarn && g.Severity != post.SeverityInfo && g.Start < f.End && f.Start < g.End {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, f)
		}
	}
	return out
}
