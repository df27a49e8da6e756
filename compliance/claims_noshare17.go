package compliance

import "github.com/practicepost/practicepost/post"

// Session 17: a copay, deductible or coinsurance said to be "no" (or
// "zero") for a whole group or stretch of time, often as a list ("No
// deductible, no coinsurance, ever", "no copay and no deductible for
// anyone in 37013 through the end of the year"). The second "no" of the
// list read as a denial of the first, so the waiver only warned. Said for
// everyone or for a season, it advertises a routine waiver (CLAIM-07
// block); care the law makes free ("no copay for preventive visits") is
// no waiver.

// waiverScopeWords make a "no copay" routine: for everyone, ever, or for a
// stretch of the calendar.
var waiverScopeWords = newWordSet([]string{"ever", "everyone", "everybody", "anyone", "anybody", "season", "year", "month",
	"semester", "members", "neighbors", "neighbours", "friends", "patients", "customers", "all"})

// waiverLawWords are care the law, a plan or a public program makes free
// of a copay ("under the state VFC program": a program decides who, as a
// hardship program does).
var waiverLawWords = newWordSet([]string{"preventive", "preventative", "wellness", "screening", "screenings", "annual",
	"plans", "plan", "insurer", "depends", "may", "might", "most", "medicaid", "sliding", "program", "programs", "vfc"})

// noShareForAll returns a block for the first sentence that says "no" or
// "zero" before a patient's share and scopes it to everyone or a stretch
// of time, unless the sentence is about care the law makes free or a
// plan's terms; out's findings there are replaced by it.
func (s *scan) noShareForAll(out []post.Finding) []post.Finding {
	if !s.hasAny(copayWords) || !s.hasAny(waiverScopeWords) {
		return out
	}
	for t := 0; t+1 < len(s.toks); t++ {
		if !inSet(s.toks[t].low, "no", "zero", "0") || !copayWords.has(s.toks[t+1].low) {
			continue
		}
		si := s.toks[t].sent
		if !s.sentenceHasWord(si, waiverScopeWords) || s.sentenceHasWord(si, waiverLawWords) {
			continue
		}
		a, b := s.span(t, t+2)
		if overlapsBlock(out, a, b) {
			return out
		}
		kept := out[:0]
		for _, f := range out {
			if f.End <= a || b <= f.Start {
				kept = append(kept, f)
			}
		}
		f := s.finding(t, t+2, "Advertising no copay, deductible or coinsurance for everyone or for a season is a routine waiver: not allowed, it misstates the price and can be insurance fraud.")
		f.Severity = post.SeverityBlock
		return append(kept, f)
	}
	return out
}
