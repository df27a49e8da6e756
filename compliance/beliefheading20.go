package compliance

// A belief heading: a few words before a colon or a dash that name what
// follows as something people say or believe, not what the practice
// says: "Grandma's saying: feed a fever ...", "Urban legend: ...", "They
// say: ...", "What people tell us at the desk: ...", "Dicho popular:
// ...", "Croyance populaire : ...". A myth-busting post opens this way as
// often as with "Myth:", and the claim after it is quoted to be answered
// (MIS-01 warn, session 20). The test is the heading's shape, not its
// words alone: a first-person sayer ("My belief:", "We say it loud:") or
// "just saying" vouches for the claim.

// beliefNouns name a belief held by others, in the languages the
// practices post in.
var beliefNouns = newWordSet([]string{
	"saying", "sayings", "belief", "beliefs", "legend", "legends", "lore", "folklore", "superstition", "superstitions",
	"tale", "tales", "proverb", "proverbs", "adage", "hearsay", "gossip", "misbelief",
	// Spanish, Portuguese, French, German, Tagalog.
	"dicho", "dichos", "refrán", "refran", "creencia", "creencias", "leyenda", "leyendas",
	"ditado", "ditados", "crença", "crenças", "crenca", "lenda", "lendas",
	"croyance", "croyances", "dicton", "dictons", "légende", "légendes", "proverbe",
	"sprichwort", "aberglaube", "volksmund", "sabi",
})

// othersSayVerbs put the words after the colon in someone's mouth when the
// heading has no first-person sayer: "They say:", "Heard at the desk:".
var othersSayVerbs = newWordSet([]string{
	"say", "says", "said", "tell", "tells", "told", "hear", "heard", "claim", "claims", "believe", "believes",
	"think", "thinks", "swear", "swears", "insist", "insists",
	"dicen", "dizem", "disent", "dit",
})

// beliefHeadLen is the most tokens a heading may have: "What people tell
// us at the front desk" is eight.
const beliefHeadLen = 8

// beliefHeading reports whether the clause starting at token cs, in
// sentence se, follows a belief heading: the sentence's first few tokens
// ended by a colon or a dash right before the clause.
func (s *scan) beliefHeading(cs int, se sentence) bool {
	if cs <= se.tokStart || cs-1-se.tokStart > beliefHeadLen || !inSet(s.toks[cs-1].low, ":", "—", "–") {
		return false
	}
	found := false
	for t := se.tokStart; t < cs-1; t++ {
		w := s.toks[t].low
		if !beliefNouns.has(w) && !othersSayVerbs.has(w) {
			continue
		}
		if s.vouchedSaying(t, se.tokStart) || othersSayVerbs.has(w) && s.authoritySays(se.tokStart, t) {
			return false
		}
		found = true
	}
	return found
}

// vouchedSaying reports a belief word at token t the writer owns: a
// first-person word just before it ("My belief", "we say", "our
// saying"), "just saying", or a saying that points at what the writer
// says next ("saying it plainly", "I'll tell you this").
func (s *scan) vouchedSaying(t, start int) bool {
	for k := t - 1; k >= start && k >= t-2; k-- {
		if s.firstPersonAt(k) || s.toks[k].low == "just" {
			return true
		}
	}
	return t+1 < len(s.toks) && inSet(s.toks[t+1].low, "it", "this", "that", "so", "you")
}

// authoritySayers vouch for what they say: "Experts say:", "Doctors
// say:", "Science says:", "Studies say:", "Dr. Greene says:" quote an
// authority to back the claim, not a belief to answer it (att20).
var authoritySayers = newWordSet([]string{"expert", "experts", "doctor", "doctors", "dr", "dra", "drs", "doc", "docs", "science",
	"scientists", "research", "researchers", "study", "studies", "data", "evidence", "nurse", "nurses", "physician", "physicians",
	"pediatrician", "pediatricians", "cdc", "fda", "medicine", "guidelines", "médicos", "medicos", "doctores", "estudios",
	"ciencia", "expertos", "médecins", "études", "experts", "estudos", "especialistas"})

// authoritySays reports an authority (authoritySayers) or a staff
// member among the heading's words before the verb at t.
func (s *scan) authoritySays(start, t int) bool {
	for k := start; k < t; k++ {
		w := s.toks[k].low
		if authoritySayers.has(w) || s.toks[k].capital && s.c.allow.staffWords.has(w) {
			return true
		}
	}
	return false
}
