package compliance

import "github.com/practicepost/practicepost/post"

// A crowd of patients told off, session 18 (issue 11, PROF-03). Venting
// posts often name no one and use no mocking word: they take a crowd
// ("some of y'all", "some parents in this town", "patients who ...", "the
// aunties") and pass judgement on it ("need a parenting class", "and then
// complain", "we are humans too", "for the hundredth time") or close with
// a curt order ("Stop it.", "Figure it out, people.", "Come on."). Said
// of a crowd the practice serves, that scorns them in public (block).
//
// The judgements are PROF-03/scorn and the closers PROF-03/scorn-end in
// rules/phrases.txt; a closer counts only where its clause ends ("stop it
// from spreading" and "come on in" are no closers). The same words with
// no crowd ("Stop it, team 😂"), or in a thank-you ("We are human too,
// and you were so kind"), pass.

// crowdNouns17 are crowds of patients named by what they are, besides
// peopleWords and laughGroups: "tourists who ...", "the students from
// the dorms", "our older uncles".
var crowdNouns17 = newWordSet([]string{"tourists", "students", "workers", "elders", "reviewers", "visitors", "retirees", "snowbirds",
	"fellas", "hipsters", "spouses", "tías", "tíos", "tias", "tios", "abuelas", "abuelos", "babcias", "callers",
	"pacientes", "familias", "gente", "algunos", "algunas"})

// vocativeCrowd17 are a crowd addressed after a closer: "c'mon guys".
var vocativeCrowd17 = newWordSet([]string{"guys", "people", "folks", "y'all", "everyone", "ladies", "gentlemen", "fellas", "friends"})

// scornThanks make a post a thank-you, whatever else it says.
var scornThanks = newWordSet([]string{"thank", "thanks", "grateful", "appreciate", "appreciated", "gracias", "🙏"})

// crowdScorned17 finds a judgement or a curt closer in a post about a
// crowd of people that thanks no one.
func (s *scan) crowdScorned17() (post.Finding, bool) {
	judged, closers := s.hitsOf("PROF-03/scorn"), s.hitsOf("PROF-03/scorn-end")
	if len(judged) == 0 && len(closers) == 0 {
		return post.Finding{}, false
	}
	if !s.aboutCrowd17() || s.hasAny(scornThanks) {
		return post.Finding{}, false
	}
	h, ok := firstJudged17(judged, closers, s.closesClause)
	if !ok {
		return post.Finding{}, false
	}
	f := s.finding(h.from, h.to, "This tells off a crowd of patients. Posts are public and those patients read them.")
	if s.hasWord("love", "luv", "kind", "kindness") {
		// "Love y'all, but come on.", "we're human too, be kind to the
		// ones checking u in": fond ribbing or a plea for kindness as
		// often as scorn. A person decides.
		f.Severity, f.NeedsHuman = post.SeverityWarn, true
	}
	return f, true
}

// aboutCrowd17 reports a post about people, or a crowd named by what
// they are.
func (s *scan) aboutCrowd17() bool {
	return s.aboutPeople() || s.hasAny(laughGroups) || s.hasAny(crowdNouns17)
}

// closesClause reports that token t ends a clause: the text ends, a new
// sentence starts, or punctuation or an emoji follows ("Stop it.", "Come
// ON 🙄"). The crowd addressed may come between ("c'mon guys", "nice
// try, folks.").
func (s *scan) closesClause(t int) bool {
	if t >= len(s.toks) || s.toks[t].sent != s.toks[t-1].sent {
		return true
	}
	if vocativeCrowd17.has(s.toks[t].low) {
		return t+1 >= len(s.toks) || s.toks[t+1].sent != s.toks[t].sent || s.toks[t+1].kind == tokPunct && s.toks[t+1].low != ":"
	}
	if s.toks[t].kind != tokPunct || s.toks[t].low == ":" {
		return false // "Parents, plan ahead: physicals book up fast" goes on
	}
	if s.toks[t].low != "," {
		return true
	}
	// "Come on, folks: flu shots are walk-in" welcomes; "come on,
	// people." ends on the crowd told off.
	return t+2 >= len(s.toks) || s.toks[t+2].sent != s.toks[t].sent || s.toks[t+2].kind == tokPunct && s.toks[t+2].low != ":"
}

// firstJudged17 returns the first judgement, or else the first closer
// that ends its clause (closes reports a clause ending at a token).
func firstJudged17(judged, closers []hit, closes func(int) bool) (hit, bool) {
	if len(judged) > 0 {
		return judged[0], true
	}
	for _, h := range closers {
		if closes(h.to) {
			return h, true
		}
	}
	return hit{}, false
}
