package compliance

import "github.com/practicepost/practicepost/post"

// The patient's share waved away with a wink, session 19 (issue 11,
// CLAIM-07). "Pay nothing out of pocket", "not to worry about the copay",
// "we cover your 20%" (CLAIM-07/share-off) said with a wink or a hook for
// every reader ("mention this post", "no questions asked", 😉: CLAIM-07/hook)
// tell readers the practice does not collect what patients owe: a routine
// waiver (block). Said of a plan ("$0 out of pocket under most plans") or
// a program people qualify for, with no hook, they stay the claim rules'.

// shareWaivedWithWink19 adds the waiver, unless a finding already holds
// its words.
func (s *scan) shareWaivedWithWink19(out []post.Finding) []post.Finding {
	if !s.has("CLAIM-07/share-off") || !s.has("CLAIM-07/hook") {
		return out
	}
	for _, h := range s.hitsOf("CLAIM-07/share-off") {
		f := s.finding(h.from, h.to, "Waving away what patients owe (\"pay nothing out of pocket\", \"don't worry about the copay\") with a wink or for everyone who mentions a post advertises a routine waiver. That is not allowed: it misstates the price and can be insurance fraud.")
		f.Severity = post.SeverityBlock
		if s.clauseHas(h.from, "hardship", "qualify", "qualifies", "eligible", "sliding") {
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
		}
		if !overlapsAny(out, f.Start, f.End) {
			return append(out, f)
		}
	}
	return out
}
