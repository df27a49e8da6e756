package compliance

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

// greetingRE finds the name a reply addresses: "Hi Karen", "Dear Mr Lee".
var greetingRE = mustAnchor(`\b(?:Hi|Hello|Hey|Dear|Thanks|Thank you|Sorry)\s*,?\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b`, 48)

// safeReply is the template COMPLIANCE.md suggests for every review reply.
const safeReply = "Thank you for your feedback. We can't discuss anyone's care online, but we would like to hear from you: please call our office."

// checkReviewConfirms is REV-01: a reply that confirms the reviewer is a
// patient, or adds visit, treatment or billing facts (S5-S8).
func checkReviewConfirms(s *scan) []post.Finding {
	if !s.reviewMode() && !s.answersReviewer() {
		return nil
	}
	out := s.phraseFindings("REV-01", "This confirms the reviewer is a patient or mentions their care or bill. A reply must never do that, even to correct the record.", "")
	// "we couldn't fit you in that day": a visit that did not happen
	// confirms none; "hope the new year is treating you kindly": a time
	// treats the reviewer, not the practice.
	out = s.dropFindings(out, s.notDoneAt)
	out = s.dropFindings(out, s.lifeTreats)
	out = s.dropFindings(out, s.seriesAtEvent)
	out = s.dropFindings(out, s.leftUnsatisfied)
	// "We're sorry your visit felt long", "what you came in hoping for"
	// (t21reply).
	out = s.dropFindings(out, s.feltVisitApology)
	out = s.dropFindings(out, s.cameNoVisit) // "so glad you came out!" (reply21.go)
	out = s.dropFindings(out, s.visitAhead)
	out = s.dropFindings(out, s.planCheckOffer)     // "call us to check your plan" (t23reply)
	out = s.dropFindings(out, s.formsBeforeVisit24) // "fill out forms online before your visit" (reply24b.go)
	s.trustWarms(out)
	s.echoedKin(out)
	var habitual map[int]post.Finding // by sentence: at most one ends each
	for i := range out {
		if from, to := s.tokenRange(out[i].Start, out[i].End); out[i].Severity == "" && s.habitualWarmth(from, to) {
			out[i].Severity, out[i].NeedsHuman = post.SeverityWarn, true
			out[i].Message = "A warm line to a regular face: it suggests the reviewer comes in but tells no visit or care. A person should decide."
			if habitual == nil {
				habitual = map[int]post.Finding{}
			}
			habitual[s.toks[from].sent] = out[i]
		}
	}
	for i := range out {
		// "Hope your recovery is smooth sailing": a state wished for,
		// not care told.
		from, to := s.tokenRange(out[i].Start, out[i].End)
		si := s.toks[from].sent
		kinWish := to-from == 2 && inSet(s.toks[from].low, "your", "ur") && kinWords.has(s.toks[to-1].low) && !s.healthInSentence(si)
		if (stateWords.has(s.toks[to-1].low) || kinWish) && s.sentenceHasWord(si, wishWords) && !s.sentenceHasWord(si, factWords) {
			// "we wish you and your wife good health": a wish for the
			// reviewer's person, no care told.
			out[i].Severity, out[i].NeedsHuman = post.SeverityWarn, true
			out[i].Message = "A wish that assumes the reviewer is recovering. A person should decide."
		}
	}
	for _, f := range s.replyHealth(out) {
		// The encounter inside a habitual warm line ("seeing you" of
		// "always a pleasure seeing you") is the line's, already warned.
		if !s.insideHabitual(habitual, f) {
			out = append(out, f)
		}
	}
	out = addBlocking(out, s.careOutcome20())
	out = addBlocking(out, s.pregnancyLossSympathy26()) // reply26.go
	out = addBlocking(out, s.doseFrequency26())         // reply26.go
	out = addBlocking(out, s.reviewerRecord27())        // record27.go
	out = addBlocking(out, s.kidsCareTold27())          // kidscare27.go
	out = addBlocking(out, s.visitTimeTold27())         // visittime27.go
	out = addBlocking(out, s.toldClinician28())         // toldclinician28.go
	out = addBlocking(out, s.kinFavorite28())           // kinfavorite28.go
	out = addBlocking(out, s.medicineTold28())          // medworked28.go
	for _, f := range s.phraseFindings("REV-01/soft", "This friendly line still tells readers the reviewer came in. A person should decide.", post.SeverityWarn) {
		// "We're sorry to hear about your wait": the wait the review
		// told, apologised for (t21reply).
		if from, to := s.tokenRange(f.Start, f.End); from < len(s.toks) && s.waitApology(from, to) {
			continue
		}
		if !overlapsAny(out, f.Start, f.End) {
			f.NeedsHuman = true
			out = append(out, f)
		}
	}
	for i := range out {
		out[i].Suggestion = safeReply
	}
	return out
}

// wellWishes are friendly lines that still say the reviewer was unwell or
// treated: a person must look ("We hope you're feeling better").
var wellWishes = [][]string{
	{"feeling", "better"}, {"feel", "better"}, {"feels", "better"}, {"get", "well"}, {"speedy", "recovery"}, {"back", "on", "your", "feet"},
	{"on", "the", "mend"}, {"doing", "better"}, {"healing", "well"}, {"heal", "quickly"}, {"heal", "fast"}, {"recover", "quickly"},
	{"heal", "up"}, {"care", "of", "yourself"}, {"care", "of", "urself"}, {"care", "of", "that"}, {"care", "of", "those"},
	// "Stay healthy this winter!", "hope everyone stays well" (t21reply):
	// labelled review in every set, as "wishing you good health" is.
	{"stay", "healthy"}, {"stays", "healthy"}, {"staying", "healthy"}, {"stay", "well"}, {"stays", "well"}, {"staying", "well"},
}

// replyHealth finds health details in a reply (REV-01). A care word next
// to the reviewer or their person ("you", "ur", "her", "su"), a reaction
// ("so glad"), a staff member who acted ("joy had to call dr. farah") or a
// next visit confirms the reviewer was treated and blocks; in a wish that
// repeats the review's own words ("hope your cold clears up") or on its own
// it goes to a person, as does a get-well wish. Sentences already reported
// by the phrase list are skipped.
func (s *scan) replyHealth(found []post.Finding) []post.Finding {
	done := make([]bool, len(s.sents))
	s.markSentences(done, found, true)
	c := sentenceFindings{s: s, done: done}
	review := " " + strings.ToLower(s.d.ReviewText) + " "
	// The questions about a whole sentence, and whether the review says a
	// word, are answered once: asked again for each health word, one long
	// sentence of them cost a pass over the sentence (and the review) per
	// word, seconds for 100 KB of hostile text.
	type sentenceAnswers struct {
		asked, confirms, wish, general, echoAsked, echoesVisit bool
		whenAsked                                              bool
		whenAt                                                 int  // the token that settles anyoneWhen, -1 for none
		whenAnyone                                             bool // what it settles
		// nextCare, staffAgent and kin are nextCareIn, staffAgentIn and
		// kinAddressed of the sentence, asked once: a long sentence of
		// "on the mend" asked them per phrase, a pass over the sentence
		// each (session 15 attack: quadratic).
		nextCare, staffAgent, kin bool
		// toAnyone: "anyone can pick up naloxone", asked once as well.
		toAnyone bool
		// policy: the sentence tells a rule or privacy ("our late
		// policy", "we never confirm"), for careAsPolicyAt.
		policy bool
		// generalTo: care words before this token are told of anyone
		// ("In general, antibiotics ..."), -1 for none (t21reply).
		generalTo int
	}
	answers := make([]sentenceAnswers, len(s.sents))
	sentence := func(si int) sentenceAnswers {
		if a := &answers[si]; !a.asked {
			facts := s.sentenceHasWord(si, factWords) && !s.gladToHelp(si)
			a.asked = true
			a.nextCare, a.staffAgent, a.kin = s.nextCareIn(si), s.staffAgentIn(si), s.kinAddressed(si)
			a.confirms = facts || s.sentenceHasWord(si, personWords) || a.nextCare ||
				a.staffAgent || a.kin || s.sentenceHasWord(si, instructWords) ||
				// "The charge is for the IUD removal": care billed is care had.
				s.billedIn(si)
			a.wish = s.sentenceHasWord(si, wishWords) && !facts
			a.general = s.offeredToAll(si) || s.careAsTopic(si)
			a.toAnyone = s.sentenceHasWord(si, anyoneWhoComes) || s.everyOfKindIn(si)
			a.policy = s.sentenceHasWord(si, policyCues) || s.sentenceHasWord(si, keptOffPageCues)
			a.generalTo = s.generalUntil(si)
		}
		return answers[si]
	}
	visitEchoed := func(si int) bool {
		if a := &answers[si]; !a.echoAsked {
			a.echoAsked, a.echoesVisit = true, s.visitEchoedIn(si)
		}
		return answers[si].echoesVisit
	}
	anyoneWhen := func(si, t int) bool {
		a := &answers[si]
		if !a.whenAsked {
			a.whenAsked = true
			a.whenAt, a.whenAnyone = s.anyoneWhenSettled(si)
		}
		return a.whenAt >= 0 && a.whenAt < t && a.whenAnyone
	}
	echoes := map[string]bool{}
	stems := map[string]bool{}
	reviewSays := func(w string) bool {
		said, ok := stems[w]
		if !ok {
			said = reviewSaysStem(review, w)
			stems[w] = said
		}
		return said
	}
	care := func(from, to int) {
		si := s.toks[from].sent
		f := s.finding(from, to, "This reply mentions a health detail; next to \"you\" it tells everyone the reviewer was treated here.")
		known := sentence(si)
		dated := s.doneBefore(from)
		owned := kinOwns(s, from)
		// "The extraction ended up needing surgery": that care, told as
		// it went, is one person's, echoed or not.
		confirms := known.confirms || dated || owned || s.careStoryAfter(from, to)
		a, b := s.span(from, to)
		said := strings.ToLower(s.text[a:b])
		echoed, ok := echoes[said]
		if !ok {
			echoed = strings.Contains(review, " "+said) || pluralEchoed(review, said)
			echoes[said] = echoed
		}
		// "Hope that sprained ankle is holding up": an injury pointed at
		// where it is, which the review did not tell, is the reader's,
		// known to the practice, as "your sprained ankle" is.
		// "Those blisters should heal in 2-3 weeks": a condition pointed
		// at likewise is the one the reader has.
		// "A visit for a UTI should always be that quick": the visit the
		// review praised, given the condition it was for.
		pointed := !echoed && (s.pointedInjury(from, to) || s.pointedCondition(from, to) || s.conditionAt(from) && visitEchoed(si))
		confirms = confirms || pointed
		// "Press 1 for appointments, 2 for refills": a phone menu's
		// option, what every caller hears.
		if anyones(s, from) || from < known.generalTo || s.accessOffer24(from, to) || s.everyonesExperienceAt(from) || s.careAsPolicyAt(from, to, known.policy) || to == from+1 && (s.menuOption(from) || s.sickAsKind(from)) || (!confirms && (echoed || known.general || anyoneWhen(si, from))) ||
			s.everyCare29(from, si) {
			// "we can't discuss anyone's prescriptions", or the review's
			// own topic ("a second ultrasound room") tied to no one.
			return
		}
		wish := known.wish && !dated && !owned
		switch {
		case !dated && !owned && recoveryStates.has(s.toks[to-1].low) && !s.sentenceHasWord(si, instructWords) && !known.nextCare &&
			(!known.staffAgent || known.wish && !known.kin):
			// "Glad you're on the mend!": gladness at a recovery, with
			// no care told; a person decides. A staff member who only
			// greets and wishes it ("Dawn says hi and hopes you're on
			// the mend") tells no care either; one who says it ("Dr. Lee
			// says you're on the mend") gives a verdict on it.
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
			f.Message = "A warm line about the reviewer's recovery: it assumes a condition but tells no care. A person should decide."
		case !dated && !owned && !known.nextCare && !known.staffAgent && !known.kin && s.underWeatherAt(from) && s.weatherSympathy27(si) && s.reviewIllness27():
			// "Sorry you're feeling under the weather, hope you feel
			// better" to "sick as a dog": the illness the review told,
			// said back in everyday words; no care told (t27reply).
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
			f.Message = "Sympathy for the illness the review told: it tells no care, but confirms what the reviewer shared. A person should decide."
		case wish && !echoed && s.conditionAt(from) && thirdOwnsAt26(s, from):
			// "We hope his eczema stays calm" to "great with my son": the
			// condition of the reviewer's person, which the review never
			// named (t26reply, reply26.go).
			f.Message = "This reply names a condition the review did not, and whose it is: only the practice knows it, so it tells that person's care in public."
		case wish && (echoed || stateWords.has(s.toks[to-1].low) || s.conditionAt(from)):
			// "Hope your cold clears up soon", "wishing u a speedy
			// recovery", "many pain-free miles ahead": a wish; it states
			// no care.
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
			f.Message = "A wish that names a health detail: it assumes a condition but states no care. A person should decide."
		case wish && (s.careHadAt(from) || s.newCareAt(from)):
			// "We hope the stitches are healing well", "hope the new
			// hearing aids are a game changer": a wish about care given
			// is care told.
		case !confirms && !echoed && !known.toAnyone && s.namesUntoldCare(from, to, reviewSays):
			// "The Tdap can do that for 48 hours" to "the shot hurt":
			// the treatment by a name the review did not give.
			f.Message = "This reply names a treatment or condition the review did not: only the practice knows it, so it tells the reviewer's care in public."
		case !confirms:
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
			f.Message = "This reply mentions a health detail. Make sure it says nothing about the reviewer's own care."
		}
		// A warned word leaves the sentence open to a later one that
		// blocks ("stinging is normal with a medium-depth peel").
		c.put(si, f, f.Severity == "")
	}
	for _, h := range s.healthHits() {
		if si := s.toks[h.From].sent; !done[si] && !(h.To-h.From == 1 && (notReplyHealth.has(s.toks[h.From].low) || s.treatIdiom22(h.From))) {
			care(h.From, h.To)
		}
	}
	for i := range s.toks {
		if done[s.toks[i].sent] {
			continue
		}
		if n := s.careAt(i); n > 0 && !s.inDomain(i) {
			care(i, i+n)
		} else if from, to, ok := s.resultAt(i); ok {
			care(from, to) // "your pressure", "su presión": a reading of their body
		} else if from, ok := s.aidLeftAt(i); ok {
			care(from, i+1) // "walking without the cane"
		} else if s.underWeatherAt(i) {
			care(i, i+3) // "sorry you were under the weather": their illness
		}
	}
	// "Drop to 300mg for a week": a dose in a reply is treatment told to
	// the reviewer, whoever asked.
	for i := range s.toks {
		if si := s.toks[i].sent; !done[si] && doseAt(s.toks, i) {
			c.add(si, i, i+1, false, "This reply gives a dose: it tells the reviewer's treatment in public. Advice needs a private call.")
		} else if !done[si] {
			if k, ok := s.readingValueAt(i); ok {
				c.add(si, i, k+1, false, "This reply gives a reading (a lab value or a measurement): it tells the reviewer's result in public.")
			}
		}
	}
	// "your shoulder", "your beautiful baby boy", "ur new knee": the
	// reviewer's own body or care, whatever the word's everyday senses.
	for i := 0; i+1 < len(s.toks); i++ {
		si := s.toks[i].sent
		// "the little one's tummy": the child the review is about, owned
		// as "your" owns.
		owned := s.toks[i].low == "s" && kinOwns(s, i+1)
		if done[si] || (s.toks[i].low != "your" && s.toks[i].low != "ur" && !owned) {
			continue
		}
		for j := i + 1; j < len(s.toks) && j <= i+3 && s.toks[j].kind == tokWord && s.toks[j].sent == si; j++ {
			n, cat := health.At(s.healthWords(), j)
			if n == 1 && cat == health.BodyPart && bodyIdioms.has(s.toks[j].low) {
				n = 0 // "we've got your back", "your kind heart"
			}
			// "hope ur heart is happy": a wish about the reviewer's body.
			outcome := n == 0 && (outcomeWords.has(s.toks[j].low) || j == i+1 && wishBody.has(s.toks[j].low) && s.sentenceHasWord(si, wishWords))
			if n == 0 && (newbornWords.has(s.toks[j].low) || outcome) &&
				!(inSet(s.toks[j].low, "birth", "births") && j+1 < len(s.toks) && notBirthNext.has(s.toks[j+1].low)) {
				n = 1
			}
			if n > 0 {
				from := i
				if owned {
					from = i - 1 // the kin word, not the "s"
				}
				body := cat == health.BodyPart || outcome
				// "hope your glucose test next week goes smoothly": a test
				// or an exam of theirs the review did not tell is care
				// told, wish or not; the review's own test wished well
				// ("nervous about my test") is echoed.
				testTold := outcome && careOutcomes.has(s.toks[j].low) && !strings.Contains(review, " "+s.toks[j].low)
				if recoveryStates.has(s.toks[j+n-1].low) {
					// "so glad ur on the mend": "ur" is "you're" here, a
					// recovery with no care told.
					c.add(si, from, j+n, true, "A warm line about the reviewer's recovery: it assumes a condition but tells no care. A person should decide.")
				} else if !owned && !testTold && (s.wishSentence(si) && !s.sentenceHasWord(si, factWords) || body && s.wishLeads(si)) {
					// "hope ur stomach settles soon": a wish, no care told.
					c.add(si, from, j+n, true, "A wish about the reviewer's body: it assumes they were unwell. A person should decide.")
				} else {
					c.add(si, from, j+n, false, "This reply names the reviewer's own body or care: it tells everyone they were treated here.")
				}
				break
			}
		}
	}
	// "keep icing that ankle", "that labrum will stay happy": a body part
	// pointed at is someone's, and with an instruction or a reaction it is
	// their treatment. Everyday senses ("your back", "on hand") are left.
	for i := 1; i < len(s.toks); i++ {
		if si := s.toks[i].sent; done[si] || s.toks[i-1].sent != si || !bodyPointers.has(s.toks[i-1].low) {
			continue
		}
		if si := s.toks[i].sent; bodyIdioms.has(s.toks[i].low) && s.offKept(i) {
			// "stay off those feet": "feet" is no lexicon word, and kept
			// off it is the reviewer's body being treated.
			c.add(si, i-2, i+1, false, "This reply tells the reviewer to keep off a body part: it tells their treatment in public.")
			continue
		}
		n, cat := health.At(s.healthWords(), i)
		if n == 0 || cat != health.BodyPart || n == 1 && bodyIdioms.has(s.toks[i].low) && !s.bodyTended(i) {
			continue
		}
		if i >= 3 && s.toks[i-2].low == "of" && s.toks[i-3].low == "care" {
			// "take good care of that skin": a wish, no care told.
			c.add(s.toks[i].sent, i-1, i+n, true, "A wish about the reviewer's body: it assumes they were treated. A person should decide.")
			continue
		}
		care(i-1, i+n)
	}
	for i := range s.toks {
		if si := s.toks[i].sent; !done[si] && s.iceKeptAt(i) {
			c.add(si, i, i+3, false, "This reply tells the reviewer to go on with a treatment: it tells their care in public.")
		}
	}
	c.out = append(c.out, s.foreignBodyOwned(done)...)
	c.out = append(c.out, s.foreignHospitalStay(done)...)
	for si, se := range s.sents {
		if done[si] || se.tokEnd <= se.tokStart {
			continue
		}
		switch {
		case !s.sentenceHasWord(si, factWords) && s.sentenceHasWord(si, apologyWords) && !s.sentenceHasWord(si, careMoods):
			// "we're sorry you felt dismissed": an apology for how the
			// service felt tells no condition and no care.
		case (s.sentenceHasWord(si, factWords) || s.sentenceHasWord(si, apologyWords)) && s.sentenceHasWord(si, moodWords) && s.sentenceHasWord(si, personWords):
			// "so glad you felt calmer": how the reviewer felt, no care.
			c.addSentence(si, true, "A warm line about how the reviewer felt: it assumes a condition. A person should decide.")
		case s.gladCareWorked(si):
			c.addSentence(si, false, "This reply is glad a treatment worked: it tells everyone what care the reviewer had and how it went.")
		case s.improvedSentence(si):
			// "glad he's feeding better": the reply states the outcome.
			c.addSentence(si, false, "This reply says the reviewer (or their child) is better: it tells everyone they were treated here.")
		case s.staffAgentIn(si) && s.kinAddressed(si):
			// "sunny says hi to ur brave guy": a staff member and the
			// reviewer's child, together in public.
			c.addSentence(si, false, "This reply ties a staff member to the reviewer's child or family: it tells everyone they were seen here.")
		}
	}
	// An encounter blocks even in a sentence that only warned so far:
	// "It was lovely meeting your mom" to a review about "my mother".
	open := make([]bool, len(s.sents))
	for si := range open {
		open[si] = done[si]
	}
	// A sentence with a warning only is open; one that blocks is not.
	for _, fs := range [2][]post.Finding{found, c.out} {
		for _, f := range fs {
			if from, _ := s.tokenRange(f.Start, f.End); from < len(s.toks) && f.Severity != "" {
				open[s.toks[from].sent] = false
			}
		}
	}
	s.markSentences(open, found, true, "")
	s.markSentences(open, c.out, true, "")
	// Each stage below reads the sentences still open; report keeps its
	// findings, marks their sentences done for the warm lines after it
	// and, where closeOpen says so, closes them to the later stages (a
	// stage that leaves them open lets the next one add its own reason).
	report := func(fs []post.Finding, closeOpen bool) {
		s.markSentences(done, fs, true)
		c.out = append(c.out, fs...)
		if closeOpen {
			s.markSentences(open, fs, true)
		}
	}
	report(s.replyEncounters(open), true)
	report(s.replyLifeCare(open), true)
	// Who did what with the reader, in the sentences still open: a staff
	// member's report or act ("Hope says you were a champ"), then the
	// practice's own ("we re-sent your referral").
	report(s.replyStaffTold(open), false)
	report(s.replyPracticeActed(open), true)
	// The reader's papers done, their visit by its time or in other
	// languages, a policy of their medicine (t23reply, reply23.go); both
	// close their sentences in open themselves.
	report(s.replyReader23(open), false)
	report(s.replyForeignCare23(open), false)
	// A body's course wished or welcomed (t24reply, reply24.go).
	report(s.replyCourse24(open), true)
	// An exam's result told back, then a pregnancy's or a recovery's
	// milestone (t25reply, reply25.go).
	report(s.replyExamOutcome25(open), true)
	report(s.replyMilestone25(open), false)
	// The care of the reviewer's relative told back in Spanish,
	// Portuguese, Vietnamese and Korean, a birth the practice was there
	// for, people up to date (t29reply, reply29.go).
	report(s.replyKinCare29(open), true)
	love := s.replyLoveSent(done)
	c.out = append(c.out, love...)
	c.out = append(c.out, s.replyFollowUp(done)...)
	c.out = append(c.out, s.replyWishes(done)...)
	c.out = append(c.out, s.replyOtherScripts(done)...)
	return c.out
}

// replyWishes are the warm lines of a reply that assume a condition: a
// get-well wish, or a warm reaction to a review that told a health detail
// ("so happy for u" to "I'm finally pregnant"). A person decides.
func (s *scan) replyWishes(done []bool) []post.Finding {
	c := sentenceFindings{s: s, done: done}
	const wishMsg = "A get-well wish tells readers the reviewer was unwell or treated here. A person should decide."
	for i := range s.toks {
		si := s.toks[i].sent
		if done[si] || !wellWishStarts.has(s.toks[i].low) {
			continue
		}
		for _, w := range wellWishes {
			if i+len(w) <= len(s.toks) && s.toks[i+len(w)-1].sent == si && tokensAre(s.toks[i:i+len(w)], w) {
				if k, ok := s.afterCare(i+len(w), si); ok {
					// "Hope you're feeling better after the
					// adjustment": the wish dates the care they had.
					c.add(si, i, k+1, false, "This wish names care the reviewer had here: it tells everyone they were treated.")
					break
				}
				c.add(si, i, i+len(w), true, wishMsg)
				break
			}
		}
	}
	for si, se := range s.sents {
		if !done[si] && se.tokEnd > se.tokStart && (s.wishSentence(si) || s.getWellShape(si)) {
			c.add(si, se.tokStart, se.tokEnd, true, wishMsg)
		}
	}
	// The review is read only when the reply reacts warmly to it.
	health := -1
	for i := range s.toks {
		si := s.toks[i].sent
		if done[si] || !reactionStarts.has(s.toks[i].low) {
			continue
		}
		for _, w := range reactionPhrases {
			if i+len(w) <= len(s.toks) && s.toks[i+len(w)-1].sent == si && tokensAre(s.toks[i:i+len(w)], w) {
				if k := i + len(w); w[len(w)-1] == "hear" && k < len(s.toks) && inSet(s.toks[k].low, "more", "from", "back", "what", "how", "your") {
					break // "we'd love to hear more": an invitation to talk, no reaction
				}
				if s.futureBefore(i) {
					break // "our team will be so happy to read this": praise passed on
				}
				if s.lifeEventAfter(i + len(w)) {
					break // "Congratulations on the wedding!": no health news
				}
				if health < 0 {
					health = 0
					if s.reviewHealth() {
						health = 1
					}
				}
				if health == 1 {
					c.add(si, i, i+len(w), true, "A warm reaction to the health detail the reviewer told: it assumes their condition. A person should decide.")
				}
				break
			}
		}
	}
	return c.out
}

// replyOtherScripts finds care words and get-well wishes in Chinese and
// Korean replies, and wishes in other languages, which the word lists
// above do not read. A care word with a next visit ("下次", "다음") or a
// reaction blocks; alone, or in a wish, it goes to a person.
func (s *scan) replyOtherScripts(done []bool) []post.Finding {
	c := sentenceFindings{s: s, done: done}
	// Lower-cased once for the whole reply, but never sliced by the
	// text's byte offsets: a letter may change its length when lowered
	// ("İ" is two bytes, "i̇" three), so a sentence is lowered on its own
	// (session 18, att18: a reply with "İ" before a colon panicked).
	low := strings.ToLower(s.text)
	if hasCJKOrHangul(s.text) {
		for i := range s.toks {
			t := s.toks[i]
			if done[t.sent] || t.low[0] < utf8.RuneSelf {
				continue
			}
			if _, ok := containsAny(t.low, cjkCare); !ok {
				continue
			}
			f := s.finding(i, i+1, "This reply mentions the reviewer's care (a shot, a visit, a treatment): it tells everyone they were treated here.")
			_, next := containsAny(s.text[s.sents[t.sent].start:s.sents[t.sent].end], cjkNext)
			if !next && !s.sentenceHasWord(t.sent, factWords) {
				f.Severity, f.NeedsHuman = post.SeverityWarn, true
				f.Message = "This reply mentions care (a shot, a visit, a treatment). Make sure it says nothing about the reviewer's own care."
			}
			c.put(t.sent, f, true)
		}
	}
	// "Hẹn gặp lại anh tuần sau", "다음 주에 뵙겠습니다": a visit booked,
	// in the words of another language.
	if _, ok := containsAny(low, seeAgainPhrases); ok {
		if _, next := containsAny(low, nextTimePhrases); next {
			for si, se := range s.sents {
				if _, in := containsAny(strings.ToLower(s.text[se.start:se.end]), seeAgainPhrases); in && !done[si] {
					c.addSentence(si, false, "This reply books the reviewer's next visit: it tells everyone they are a patient here.")
				}
			}
		}
	}
	for si, se := range s.sents {
		if done[si] {
			continue
		}
		if low, p := strings.ToLower(s.text[se.start:se.end]), ""; containsWish21(low, &p) && !wishNotForReader21(low, p) {
			c.addSentence(si, true, "A get-well wish tells readers the reviewer was unwell or treated here. A person should decide.")
		}
	}
	return c.out
}

// careHadAt reports a procedure or a medicine at token t, said of no one
// in general ("the stitches", "your filling"): in a wish it is the
// care the reviewer had.
func (s *scan) careHadAt(t int) bool {
	_, cat := health.At(s.lowWords, t)
	return (cat == health.Procedure || cat == health.Medicine) && t > 0 && s.toks[t].low != "new" &&
		inSet(s.toks[t-1].low, "the", "your", "ur", "those", "that")
}

// careEvents are visits and sessions of care that a reply dates a wish
// by ("better after the adjustment", "since your cleaning"), in words
// the health data reads as everyday ones.
var careEvents = newWordSet([]string{"adjustment", "adjustments", "massage", "session", "sessions", "visit", "visits", "appointment",
	"appt", "cleaning", "treatment", "treatments", "procedure", "exam", "checkup", "consult", "fitting", "shot", "shots", "op",
	"operation", "infusion", "infusions", "scope", "stay", "delivery", "realignment"})

// afterCare reports "after" or "since" within a few tokens from t in
// sentence si with a visit or a care word after it ("after the
// adjustment", "since your injection"), and the token that ends it.
func (s *scan) afterCare(t, si int) (int, bool) {
	end := s.sents[si].tokEnd
	for k := t; k < end && k <= t+4; k++ {
		if !inSet(s.toks[k].low, "after", "since", "following", "post") {
			continue
		}
		c := k + 1
		if c < end && inSet(s.toks[c].low, "the", "your", "ur", "that", "this", "last", "her", "his") {
			c++
		}
		if c >= end {
			return 0, false
		}
		if careEvents.has(s.toks[c].low) || s.careAt(c) > 0 {
			return c, true
		}
		if n, cat := health.At(s.healthWords(), c); n > 0 && cat != health.BodyPart {
			return c + n - 1, true
		}
		return 0, false
	}
	return 0, false
}

// doseUnits measure a dose: "300 mg", "300mg", "10 units".
var doseUnits = newWordSet([]string{"mg", "mcg", "ml", "iu", "milligrams", "units"})

// doseAt reports a dose at token i: a number with a unit after it, or
// written together ("300mg").
func doseAt(toks []token, i int) bool {
	t := toks[i]
	if t.kind == tokNumber {
		return i+1 < len(toks) && doseUnits.has(toks[i+1].low) && toks[i+1].sent == t.sent
	}
	w := t.low
	k := 0
	for k < len(w) && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	return k > 0 && k < len(w) && doseUnits.has(w[k:])
}

// newCareAt reports a care word at token t that the reviewer newly got:
// "the new inhaler", "ur new retainer".
func (s *scan) newCareAt(t int) bool {
	return t >= 2 && s.toks[t-1].low == "new" && inSet(s.toks[t-2].low, "the", "your", "ur", "those", "that")
}

// billedIn reports a bill, charge or copay of someone's in sentence si
// ("the charge", "your copay"), not a bill in the legislature ("the
// parity bill").
func (s *scan) billedIn(si int) bool {
	se := s.sents[si]
	for t := se.tokStart + 1; t < se.tokEnd; t++ {
		if billingNouns.has(s.toks[t].low) && inSet(s.toks[t-1].low, "the", "your", "ur", "this", "that") {
			return true
		}
	}
	return false
}

// apologyWords apologise for how the reviewer felt: "sorry you didn't
// feel heard" assumes a visit, as "glad you felt heard" does.
var apologyWords = newWordSet([]string{"sorry", "apologize", "apologise", "apologies"})

// doneBefore reports care told as done, dated by it: "after the
// surgery", "since your injection", "post-op", or a care word dated
// after it ("the swelling has gone down since Friday").
func (s *scan) doneBefore(t int) bool {
	si := s.toks[t].sent
	for k := t + 1; k < s.sents[si].tokEnd && k <= t+5; k++ {
		if inSet(s.toks[k].low, "since", "after") && k+1 < s.sents[si].tokEnd && (visitDayWords.has(s.toks[k+1].low) ||
			inSet(s.toks[k+1].low, "last", "your", "ur", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
			return true
		}
	}
	for k := t - 1; k >= 0 && k >= t-3 && s.toks[k].sent == s.toks[t].sent; k-- {
		switch s.toks[k].low {
		case "after", "since", "post", "following", "después", "despues", "depois", "après", "apres":
			return true
		case "the", "your", "ur", "his", "her", "that", "this", "last", "recent", "de", "del", "la", "el", "do", "da", "o", "a", "du", "des", "les", "le":
		default:
			return false
		}
	}
	return false
}

// wishLeads reports a sentence that wishes before it reacts: "hope ur
// heart is happy" wishes; "so happy your knee healed" reports.
func (s *scan) wishLeads(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		switch w := s.toks[t].low; {
		case wishWords.has(w):
			return true
		case factWords.has(w):
			return false
		}
	}
	return false
}

// bodyPointers, before a body part in a reply, make it someone's: "that
// ankle", "those knees", "his shoulder".
var bodyPointers = newWordSet([]string{"that", "those", "this", "these", "his", "her", "their", "ur", "your"})

// bodyIdioms are body parts whose everyday senses outnumber the body in
// a reply: "we've got your back", "in good hands", "keep an eye out",
// "face to face", "heads up".
var bodyIdioms = newWordSet([]string{"back", "backs", "hand", "hands", "side", "sides", "face", "faces", "head", "heads", "eye", "eyes",
	"ear", "ears", "arm", "arms", "foot", "feet", "mouth", "nose", "heart", "hearts"})

// bodyTended reports an everyday body word (bodyIdioms) told as a body
// being cared for, at token t after a pointer: kept off ("stay off that
// foot") or kept in a state of care ("keep that ear dry", "those feet
// elevated"). "Keep those feet moving" and "that heart of yours" stay
// idioms.
func (s *scan) bodyTended(t int) bool {
	if t >= 2 && s.toks[t-2].low == "off" {
		return true
	}
	return t+1 < len(s.toks) && s.toks[t+1].sent == s.toks[t].sent && tendedWords.has(s.toks[t+1].low)
}

// tendedWords after a body part are the state care keeps it in.
var tendedWords = newWordSet([]string{"elevated", "iced", "dry", "wrapped", "covered", "braced", "splinted", "propped", "bandaged", "immobilized"})

// labWords are readings a lab or a visit measures, said with their
// value in a reply: "an A1C of 6.6", "that LDL down to 110".
var labWords = newWordSet([]string{"a1c", "hba1c", "ldl", "hdl", "cholesterol", "triglycerides", "glucose", "sugar", "sugars", "bp",
	"psa", "tsh", "creatinine", "egfr", "bmi", "hemoglobin", "ferritin", "platelets", "saturation", "sats"})

// readingBridge words join a reading to its value: "A1C of 6.6", "LDL
// down to 110", "sugar at 300", "BP was 150/95".
var readingBridge = newWordSet([]string{"of", "at", "was", "is", "now", "down", "up", "to", "from", "dropped", "fell", "went", "came", "back"})

// readingGeneral are the words of a value said for everyone, not for
// the reader: "an A1C of 6.5 or higher", "a target LDL under 100".
var readingGeneral = newWordSet([]string{"under", "below", "above", "over", "less", "more", "than", "higher", "lower", "target",
	"goal", "normal", "range", "means", "mean", "most", "anyone", "everyone", "adults", "people", "like", "between"})

// readingValueAt reports a reading with its value at token i ("an A1C
// of 6.6", "that LDL down to 110") and the token of the value: in a reply
// a value is someone's result, the reader's. A value said for everyone
// (a target, a range, "or higher") is not.
func (s *scan) readingValueAt(i int) (int, bool) {
	if !labWords.has(s.toks[i].low) {
		return 0, false
	}
	si := s.toks[i].sent
	for k := i + 1; k < len(s.toks) && k <= i+4 && s.toks[k].sent == si; k++ {
		w := s.toks[k].low
		if s.toks[k].kind == tokNumber {
			if s.sentenceHasWord(si, readingGeneral) {
				return 0, false // "A1C 7 is the goal", "an A1C of 6.5 or higher"
			}
			return k, true
		}
		if !readingBridge.has(w) {
			return 0, false
		}
	}
	return 0, false
}

// everydayCare are treatments in everyday words the health lexicon
// leaves out: "the stretches", "the ear drops", "the heat wraps".
var everydayCare = newWordSet([]string{"stretches", "stretching", "exercises", "drops", "rinse", "rinses", "wraps", "wrap", "cream",
	"ointment", "spray", "patch", "patches", "brace", "boot", "splint", "relaxers", "relaxer", "pills", "meds", "tablets", "inhaler",
	"maneuver", "tape", "taping", "ice", "heat",
	// Session 20: "glad the lotion did the trick", "the shot helped",
	// "the insoles are helping".
	"lotion", "lotions", "gel", "shot", "shots", "insoles", "orthotics", "antibiotic", "antibiotics", "steroid", "steroids"})

// workedWords say a treatment worked: "helped", "did the trick".
var workedWords = newWordSet([]string{"helped", "worked", "helping", "working", "helps", "works", "trick",
	// "glad the cream cleared it up" (session 20).
	"cleared", "clears", "clearing"})

// gladCareWorked reports a sentence glad that a treatment worked: "so
// glad the ear drops did the trick", "glad the stretches and heat wraps
// helped". The reply tells the reviewer's treatment and how it went.
// "Glad the front desk helped", "the new parking map" name no care.
func (s *scan) gladCareWorked(si int) bool {
	if !s.sentenceHasWord(si, factWords) || !s.sentenceHasWord(si, workedWords) && !s.words.has("kicked") {
		return false
	}
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if s.kickedInAfterMedicine(t, se.tokStart, se.tokEnd) {
			return true
		}
		if !workedWords.has(s.toks[t].low) {
			continue
		}
		for k := t - 1; k >= se.tokStart && k >= t-7; k-- {
			w := s.toks[k].low
			if factWords.has(w) {
				break
			}
			if everydayCare.has(w) && !s.officeThingAt(k) && !s.drinkShotAt(k) || s.careAt(k) > 0 {
				return true
			}
			if n, _ := health.At(s.healthWords(), k); n > 0 {
				return true
			}
		}
	}
	return false
}

// drinkShotAt reports "shot" or "shots" at k followed by "of": "glad the
// shot of espresso helped" is a drink, no care (att20).
func (s *scan) drinkShotAt(k int) bool {
	return inSet(s.toks[k].low, "shot", "shots") && k+1 < len(s.toks) && s.toks[k+1].low == "of"
}

// officeThingWords make an everyday word that is also a treatment the
// office's thing: "the check-in tablets", "the heat in the waiting room",
// "the patch to our booking app", "the ice machine".
var officeThingWords = newWordSet([]string{"lobby", "waiting", "app", "apps", "website", "portal", "machine", "machines", "check", "kiosk",
	"kiosks", "parking", "lot", "office", "building", "thermostat", "booking", "wifi", "sign", "signs", "lines", "door", "doors",
	"hallway", "elevator", "restroom", "bathroom", "software", "system", "phones", "printer"})

// officeCare are the everyday treatments that are also things an office
// has or fixes: tablets (iPads), the heat, a software patch, the ice
// machine, spray paint.
var officeCare = newWordSet([]string{"tablets", "heat", "patch", "patches", "ice", "spray", "tape", "boot"})

// officeThingAt reports whether the everyday treatment at token k is the
// office's thing: one that is also a thing ("tablets", "heat") in a
// compound ("spray-painted") or in a sentence about the office's
// things ("the heat in the waiting room", "the patch to our app").
// "Glad the ice and heat helped" stays care.
func (s *scan) officeThingAt(k int) bool {
	if !officeCare.has(s.toks[k].low) {
		return false
	}
	if k+1 < len(s.toks) && s.toks[k+1].low == "-" && s.toks[k+1].start == s.toks[k].end {
		return true
	}
	return s.sentenceHasWord(s.toks[k].sent, officeThingWords)
}

// underWeatherAt reports "under the weather" at token i: an illness in
// everyday words, as "sick" is.
func (s *scan) underWeatherAt(i int) bool {
	return i+2 < len(s.toks) && s.toks[i].low == "under" && s.toks[i+1].low == "the" && s.toks[i+2].low == "weather" &&
		s.toks[i+2].sent == s.toks[i].sent
}

// careOutcomes are the outcome words that are care had: a test or an
// exam of the reviewer's ("your glucose test", "your physical").
var careOutcomes = newWordSet([]string{"test", "tests", "screen", "screening", "scan", "exam", "physical"})

// injuryWords tell an injury in a body part's place: "that sprained
// ankle", "that broken wrist".
var injuryWords = newWordSet([]string{"sprained", "broken", "torn", "twisted", "fractured", "pulled", "bruised", "swollen", "busted",
	"jammed", "dislocated", "strained", "injured", "hurt"})

// pointingWords point at one thing both sides know: "those blisters",
// "esa tos".
var pointingWords = newWordSet([]string{"that", "those", "this", "these", "esa", "ese", "esas", "esos", "essa", "esse", "essas", "esses"})

// notPointedAfter, after a condition, make it the season's or the
// office's, not the reader's: "this flu season", "that strep test".
var notPointedAfter = newWordSet([]string{"season", "shot", "shots", "vaccine", "vaccines", "clinic", "clinics", "test", "tests", "month", "week", "year"})

// pointedCondition reports a condition at tokens [from, to) pointed at
// ("those blisters", "that rash", "this cough"): in a reply the practice
// knows which one the reader has, as "your rash" tells. A season or a
// shot named by it ("this flu season") is everyone's.
func (s *scan) pointedCondition(from, to int) bool {
	if from < 1 || !pointingWords.has(s.toks[from-1].low) || s.toks[from-1].sent != s.toks[from].sent || !s.conditionAt(from) {
		return false
	}
	return to >= len(s.toks) || s.toks[to].sent != s.toks[from].sent || !notPointedAfter.has(s.toks[to].low)
}

// visitPace are how a visit went, said back with "that" ("that quick",
// "that easy"): the reader's own visit.
var visitPace = newWordSet([]string{"quick", "fast", "easy", "smooth", "painless", "simple", "short", "speedy", "rapid"})

// visitEchoedIn reports sentence si saying the reader's visit back by how
// it went ("should always be that quick", "that easy every time"): a
// condition in it is what they came for. Care said of everyone ("visits
// for a UTI are quick here") says no "that".
func (s *scan) visitEchoedIn(si int) bool {
	se := s.sents[si]
	for k := se.tokStart + 1; k < se.tokEnd; k++ {
		if visitPace.has(s.toks[k].low) && (s.toks[k-1].low == "that" || s.toks[k-1].low == "so" && k > se.tokStart+1 && s.toks[k-2].low == "be") {
			return true
		}
	}
	return false
}

// pointedInjury reports a body part at tokens [from, to) (or the injury
// word before one) pointed at with an injury: "that sprained ankle",
// "those busted knees". The reply knows which injury the reader has.
func (s *scan) pointedInjury(from, to int) bool {
	t := from
	if injuryWords.has(s.toks[t].low) {
		t++ // the hit is "sprained": the body part follows
	} else {
		t-- // the hit is "ankle": the injury precedes
	}
	inj, body := t, from
	if t > from {
		inj, body = from, t
	}
	if inj < 1 || body >= len(s.toks) || !injuryWords.has(s.toks[inj].low) || !inSet(s.toks[inj-1].low, "that", "those", "this", "these") {
		return false
	}
	_, cat := health.At(s.healthWords(), body)
	return cat == health.BodyPart && s.toks[inj-1].sent == s.toks[body].sent
}

// wishBody are the reviewer's body in a wish, though everyday words:
// "hope ur heart is happy", "take care of that heart".
var wishBody = newWordSet([]string{"heart", "hearts", "body", "teeth", "smile", "skin"})

// newbornWords after "your" in a reply confirm a birth ("your beautiful
// baby boy").
var newbornWords = newWordSet([]string{"baby", "babies", "newborn", "twins", "triplets", "pregnancy", "delivery", "labor", "birth", "births"})

// notBirthNext, after "birth", make it a paper or a date: "your birth
// certificate", "your birth date".
var notBirthNext = newWordSet([]string{"certificate", "certificates", "date", "dates", "name", "year", "month", "place", "country", "order"})

// sentenceHasWord reports whether sentence si holds a word of set.
//
// Rules ask it from inside loops over a sentence's tokens (a reply's "see
// you at the fair" asks eventNoVisit at every "see"), so on a long
// sentence the answer is kept: a text of one endless sentence was
// quadratic, 64 KB of "see you at the fair, " taking a fifth of a second.
// A short sentence is read again, which costs less than the memo would.
func (s *scan) sentenceHasWord(si int, set *wordSet) bool {
	se := s.sents[si]
	if se.tokEnd-se.tokStart > memoSentence {
		return s.longSentenceHasWord(si, set)
	}
	return s.tokensHaveWord(se.tokStart, se.tokEnd, set)
}

// memoSentence is the length in tokens above which sentenceHasWord keeps
// its answers.
const memoSentence = 64

// tokensHaveWord reports whether a token of [from,to) is a word of set.
func (s *scan) tokensHaveWord(from, to int, set *wordSet) bool {
	for t := from; t < to; t++ {
		if set.has(s.toks[t].low) {
			return true
		}
	}
	return false
}

// sentWordKey is a question sentenceHasWord keeps the answer to. The sets
// are the package's, which live as long as the program: a pointer names
// one for the whole check.
type sentWordKey struct {
	set *wordSet
	si  int
}

// longSentenceHasWord is sentenceHasWord for a long sentence, answered
// once per set and sentence in a check.
func (s *scan) longSentenceHasWord(si int, set *wordSet) bool {
	k := sentWordKey{set, si}
	if has, ok := s.sentWords[k]; ok {
		return has
	}
	se := s.sents[si]
	has := s.tokensHaveWord(se.tokStart, se.tokEnd, set)
	if s.sentWords == nil {
		s.sentWords = map[sentWordKey]bool{}
	}
	s.sentWords[k] = has
	return has
}

// tokensAre reports whether toks spell words.
func tokensAre(toks []token, words []string) bool {
	for k, w := range words {
		if toks[k].low != w {
			return false
		}
	}
	return true
}

// checkReviewNames is REV-02: the reply names someone the review did not
// (unmasking a pseudonym, S6 and S7). Staff names are fine.
func checkReviewNames(s *scan) []post.Finding {
	if !s.reviewMode() {
		return nil
	}
	review := newWordText(" " + normalizeName(s.d.ReviewText) + " ")
	signed := " " + normalizeName(reviewSignature(s.d.ReviewText)) + " "
	var out []post.Finding
	var greeted []post.Finding
	add := func(start, end int, greeting bool) {
		name := s.text[start:end]
		if (s.isStaffText(name) && !s.courtesyVocative(start, end) && !s.staffNameGreeted(start, end)) || overlapsAny(out, start, end) || overlapsAny(greeted, start, end) ||
			s.ourRoleBefore(start) || s.welcomedTo(start) || s.eventNamedAt(start) || s.fellowBefore(start) || s.contactedAt(start) || s.placeAfter(end) ||
			vietPlaceAt(s.toks, s.tokenStart(start)) || greetingNotName.has(strings.ToLower(name)) || names.ThanksAbroad(strings.ToLower(name)) ||
			s.peopleNamedAt(start, end) || s.hopeVerbAt(start, end) || s.holidayBlessingAt(start, end) || s.officeHolderAt(start, end) ||
			s.insurerListed(start, end) || rankOnly(name) || s.teamOrPlace26(start, end, review) || s.foreignOpener27(start) || s.animalNamed27(start, end) {
			return // "Asante sana!": Swahili thanks, though the name data holds it as a surname
		}
		f := post.Finding{Start: start, End: end,
			Message:    "The reply names a person the review did not name. Replies must not reveal who a reviewer is.",
			Suggestion: "Remove the name; address the reviewer without naming them."}
		if n := " " + normalizeName(name) + " "; strings.Contains(signed, n) || signedName(signed, name) {
			// The reviewer's own name, as they signed the review: using
			// it ties them to the practice's reply. A person decides.
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
			f.Message = "The reply addresses the reviewer by the name they signed with. Whether to use it is for a person to decide."
			greeted = append(greeted, f)
			return
		} else if review.contains(n) {
			return // someone the review itself names
		}
		greeting = greeting || s.vocative(start, end) || s.familyGreeted(start, end) || s.replyAddressed(start, end)
		if greeting && (!s.bytesNearHealth(start) || s.wishOnly(start) || s.warmLineOnly(start)) && signed == "  " {
			// "Thanks Denise!": most likely the reviewer's own display
			// name; a person checks it is not a real name behind a
			// nickname.
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
			f.Message = "The reply greets the reviewer by name. If the review was posted under a nickname, this reveals who they are."
			greeted = append(greeted, f)
			return
		}
		out = append(out, f)
	}
	for _, m := range s.findAt(greetingRE, greetingAnchor) {
		if !notPlaces[s.text[m[2]:m[3]]] && s.text[m[2]:m[3]] != "Everyone" && s.text[m[2]:m[3]] != "All" && s.text[m[2]:m[3]] != "Again" {
			add(m[2], m[3], true)
		}
	}
	for _, n := range s.personNames() {
		if n.to-n.from == 1 && replyFunctionWords.has(s.toks[n.from].low) {
			continue // "Le esperamos": a Spanish pronoun, not the surname Le
		}
		if n.to-n.from == 2 && vietPronouns.has(s.toks[n.from].low) && !s.toks[n.from+1].capital {
			continue // "chúc chị mau khỏe": "you", then an everyday word
		}
		for t := n.from + 1; t < n.to; t++ {
			if s.emojiBetween(t) {
				n.to = t // "Gracias, Maribel 🌸 Que Dios ...": the name ends at the emoji
				break
			}
		}
		a, b := s.span(n.from, n.to)
		add(a, b, false)
	}
	// "Thank you, Mrs. Okafor!": a courtesy title greets the reviewer,
	// even one who shares a staff member's surname (people() leaves staff
	// surnames out).
	for i := 0; i+2 < len(s.toks); i++ {
		if courtesyTitles.has(s.toks[i].low) && s.toks[i+1].low == "." && s.toks[i+2].capital && s.toks[i+2].kind == tokWord {
			a, b := s.span(i, i+3)
			if s.courtesyVocative(a, b) {
				add(a, b, true)
			}
		}
	}
	// "Give little Sofia a hug": a capitalised first name inside a
	// sentence that no list above took for a person. In a reply it can
	// only be someone's name.
	for i := range s.toks {
		if i != s.sents[s.toks[i].sent].tokStart && s.plainFirstName(i) {
			add(s.toks[i].start, s.toks[i].end, false)
		}
	}
	s.unlistedVocatives(add)
	s.staffFormsGreeted(add)
	s.koreanTitledVocatives(add)
	s.roleVocatives(add)
	// "aww jenny ty!!" to a review signed "— Jenny L.": the signature's
	// name, however the reply spells it.
	if signed != "  " {
		for _, w := range strings.Fields(signed) {
			if utf8.RuneCountInString(w) < 3 || s.c.allow.isStaff([]string{w}) || honorificWords.has(w) {
				continue
			}
			for i := range s.toks {
				if s.toks[i].low == w {
					a, b := s.span(i, i+1)
					add(a, b, true)
				}
			}
		}
	}
	// "Thanks, Mrs. Dunn! Say hi to Harold for us": a hello sent home
	// through a reviewer the reply greets by a courtesy title (t29reply,
	// reply29.go).
	if s.titledGreeting29() {
		s.helloSentHome29(out)
	}
	return append(out, greeted...)
}

// peopleNamedAt reports a one-word name at bytes [start, end) placed as a
// people or a language ("our Karen neighbors", "7 for Hakha Chin, 8 for
// Karen"): a group or a menu's option, no reviewer.
func (s *scan) peopleNamedAt(start, end int) bool {
	t := s.tokenStart(start)
	if t >= len(s.toks) || s.toks[t].end != end {
		return false
	}
	return s.languageByPlace(t) || s.menuOption(t)
}

// unlistedVocatives adds the names no name list holds that a reply greets
// ("Talofa Sefo,", "Thanks so much, Oyelaran!", "Ahéhee', Begay
// family!"): a capitalised word that is no everyday word, after a
// greeting or a comma and before a mark, an emoji or the end of its
// sentence (or "family" and one). In a reply a word so placed is the name
// of whoever is addressed, whatever its origin.
func (s *scan) unlistedVocatives(add func(start, end int, greeting bool)) {
	for i := 1; i < len(s.toks); i++ {
		t := s.toks[i]
		if !t.capital || t.kind != tokWord || utf8.RuneCountInString(t.low) < 3 || s.toks[i-1].sent != t.sent {
			continue
		}
		// "Obrigadu, Nha Zulmira!": the greeting's comma comes before the
		// title of respect.
		b := s.addressTitleBefore(i)
		if b == 0 || s.toks[b-1].sent != t.sent || !vocativeBefore.has(s.toks[b-1].low) || inSet(s.toks[b-1].low, "and", "much", "again", "yes") ||
			s.toks[b-1].low == "you" && (b < 2 || s.toks[b-2].low != "thank") {
			continue
		}
		if names.Language(t.low) || names.People(t.low) || s.languageByPlace(i) {
			continue // "interpreters for Dari, Bosnian, Tigrinya and Karen": languages offered to all
		}
		end := i + 1
		if end < len(s.toks) && s.toks[end].sent == t.sent && inSet(s.toks[end].low, "family", "ohana", "whānau", "fam") {
			end++
		}
		if end < len(s.toks) && s.toks[end].sent == t.sent && s.toks[end].kind == tokWord {
			continue
		}
		// A listed first name that is also a word ("Crystal", "Destiny")
		// is a name here only right after the comma or the title: "and",
		// "thanks" or "welcome" before it may be a thing's.
		wordName := names.First(t.low) != 0 && (names.IsWord(t.low) || names.WordToo(t.low)) && (s.toks[b-1].low == "," || b < i)
		if (!wordName && (names.First(t.low) != 0 || names.IsWord(t.low) || names.WordToo(t.low))) || names.NotName(t.low) || notPlaces[s.text[t.start:t.end]] ||
			placeWords.has(t.low) || timeAfterSee.has(t.low) || s.isStaff(i, i+1) || s.c.allow.isStaff([]string{t.low}) || s.community(i, i+1) {
			continue
		}
		add(t.start, t.end, true)
	}
}

// plainFirstName reports a capitalised first name at token i that is
// nobody's staff and no everyday word, month, day, state, holiday or the
// town: in a reply, or addressed in a post, it can only be someone's name.
func (s *scan) plainFirstName(i int) bool {
	t := s.toks[i]
	if !t.capital || t.kind != tokWord || len(t.low) < 3 || names.First(t.low) == 0 || names.WordToo(t.low) || names.IsWord(t.low) ||
		s.c.allow.isStaff([]string{t.low}) || notPlaces[s.text[t.start:t.end]] || timeAfterSee.has(t.low) || names.NotName(t.low) ||
		s.community(i, i+1) || s.languageByPlace(i) || s.placeOpens(i) {
		return false
	}
	if (i > 0 && signOffTeam.has(s.toks[i-1].low)) || (i+1 < len(s.toks) && signOffTeam.has(s.toks[i+1].low)) {
		return false // "— команда Brighton", "the Brighton team": the practice's own sign-off
	}
	return !s.isStaff(i, i+1) && !placeWords.has(t.low) && (i+1 >= len(s.toks) || !placeWords.has(s.toks[i+1].low)) &&
		(i == 0 || (s.toks[i-1].low != "dr" && !(s.toks[i-1].capital && names.PlaceLead(s.toks[i-1].low)))) // "New York", "San Jose"
}

// signOffTeam words, before or after a place's name, sign a reply as the
// practice's team at that site: English, Russian and Ukrainian, Spanish,
// French, Portuguese, Vietnamese, Tagalog and Korean.
var signOffTeam = newWordSet([]string{"team", "команда", "equipo", "équipe", "equipe", "equipa", "đội", "koponan", "팀"})

// placeWords name a street or a place, not a person: "the Pacific Ave
// lot".
var placeWords = newWordSet(append([]string{"way", "pl", "place", "hwy", "highway", "pkwy", "parkway", "mall", "park", "plaza",
	"center", "centre"}, streetWords...))

// replyFunctionWords are Spanish and French pronouns and articles that a
// name list also holds as surnames ("Le", "La", "Lo"): capitalised at the
// start of a reply's sentence they are not names.
var replyFunctionWords = newWordSet([]string{"le", "la", "lo", "los", "las", "les", "el", "su", "sus", "mi", "te", "nos", "un", "una", "de", "del", "se",
	// Thanks in other languages ("Merci beaucoup, Mme Dubois!").
	"merci", "gracias", "danke", "grazie", "obrigado", "obrigada",
	// Haitian Creole pronouns ("Nou regrèt ...", we regret).
	"nou", "mwen", "yo", "li",
	// Greetings that open a reply: Gujarati "Kem cho", Punjabi "Sat sri
	// akal", Arabic "Assalamu alaikum", Tagalog "Kumusta".
	"kem", "cho", "sat", "akal", "assalamu", "alaikum", "kumusta"})

// vietPronouns are Vietnamese kin words that are also "you" ("chị",
// "anh"): before a lower-case word ("chúc chị mau khỏe") they address the
// reader, they do not title a name.
var vietPronouns = newWordSet([]string{"chị", "anh", "em", "cô", "chú", "bác", "bà", "ông", "cháu", "bạn"})

// reviewSignatureRE finds the name a review is signed with, on any line: "—
// Jenny L." at a line's end (or three capitalised words with a quoted
// nickname, "— Guillermo 'Memo' Arellano"), "Marcus T. — Good service" at
// its start, or a header "★★★★★ Thiago Souza: ..." as review sites show
// it. The three shapes are separate expressions: matched as one, a header
// word before a dash ("★★★★★ Excelente — Marisol R.") took the dash and
// hid the signature at the end.
var (
	reviewSignedEndRE  = regexp.MustCompile(`(?m)(?:^|\s)[-—–~]\s*(\pL\S*(?:\s\pL\S*)?|\p{Lu}\S*(?:\s['"‘“]?\p{Lu}\S*){2})\s*$`)
	reviewSignedHeadRE = regexp.MustCompile(`(?m)^[^\pL\n]*(\p{Lu}\pL+(?:\s\p{Lu}\.?|(?:\s\p{Lu}\pL+){1,2})?)\s+[-—–]\s`)
	reviewHeaderRE     = regexp.MustCompile(`(?m)^[^\pL\n]*(\p{Lu}\pL+(?:\s\p{Lu}\pL*\.?)?)\s*:\s`)
)

// reviewSignature returns the names a review is signed with, joined. A
// line with a word before a dash at its start and a signature at its end
// is signed at the end when that looks like a name (a listed first name
// or no English word: "★★★★★ Excelente — Marisol R."); otherwise the
// start is the name ("Marcus — Good service"). A family signed as a
// plural ("— the Okafors") is signed with its name too.
func reviewSignature(review string) string {
	var names []string
	for line := range strings.SplitSeq(review, "\n") {
		// Each expression needs a byte of its own (a dash, or a colon), so
		// a line without one is not given to it: most lines of a review
		// have neither, and the expressions cost some 18k instructions a
		// review (matchOn).
		head := matchOn(reviewSignedHeadRE, line, "-—–")
		if head != nil && siteSigned(head[1]) {
			head = nil // "Google — great visit": the site, no one
		}
		if end := matchOn(reviewSignedEndRE, line, "-—–~"); end != nil && (head == nil || signatureNamed(end[1])) && !siteSigned(end[1]) {
			names = append(names, end[1])
			if rest, ok := strings.CutPrefix(end[1], "the "); ok && len(rest) > 3 && strings.HasSuffix(rest, "s") && !strings.Contains(rest, " ") {
				names = append(names, strings.TrimSuffix(rest, "s"))
			}
		} else if head != nil && headNamed(head[1]) {
			names = append(names, head[1])
		}
		if m := matchOn(reviewHeaderRE, line, ":"); m != nil && !siteSigned(m[1]) {
			names = append(names, m[1])
		}
	}
	return strings.Join(names, " ")
}

// matchOn is re.FindStringSubmatch(line) for an expression that cannot
// match without one of the characters of need: nil, without running it,
// for a line that has none.
func matchOn(re *regexp.Regexp, line, need string) []string {
	if !strings.ContainsAny(line, need) {
		return nil
	}
	return re.FindStringSubmatch(line)
}

// headNamed reports whether the words before a review's dash are a
// signature: one word, or a word and an initial ("Marcus T."), as
// before; two or three whole words only when the first reads as a name
// ("Mai Yer Thao — Good clinic", where "Great Care Team — ..." is a
// heading).
func headNamed(h string) bool {
	f := strings.Fields(h)
	if len(f) == 1 || len(f) == 2 && utf8.RuneCountInString(strings.TrimSuffix(f[1], ".")) == 1 {
		return true
	}
	return signatureNamed(h)
}

// signatureNamed reports whether a signature's first word reads as a
// name: a listed first name, or no English word.
func signatureNamed(sig string) bool {
	w, _, _ := strings.Cut(sig, " ")
	low := strings.ToLower(strings.Trim(w, `'"‘“’”`))
	return names.First(low) != 0 || !names.IsWord(low)
}

// signedName reports whether a name in the reply is the signature's: its
// words, titles left out, are all words of the signature ("Mr. Williams"
// for "— D. Williams").
func signedName(signed, name string) bool {
	n := 0
	words := tokenizePhrase(name)
	polished := slices.ContainsFunc(words, polishTitles.has)
	for _, w := range words {
		if honorificWords.has(w) || w == "." || w == "-" || familyWords.has(w) || signatureTitles.has(w) || polishTitles.has(w) || rankTitles26.has(w) {
			continue // "Uncle Rudy" to "— Rudy B.", "Yamada-san" to "— K. Yamada", "Sgt. Morales" to "— SFC Morales"
		}
		// "박지훈님" to a review signed "박지훈": the title written onto it.
		if b, ok := strings.CutSuffix(w, "님"); ok && b != "" {
			w = b
		} else if b, ok := strings.CutSuffix(w, "씨"); ok && b != "" {
			w = b
		}
		if !strings.Contains(signed, " "+w+" ") && !signedInflected(signed, w) && !(polished && signedVocative(signed, w)) && !signedPetForm(signed, w) {
			return false
		}
		n++
	}
	return n > 0
}

// signedInflected reports whether the Cyrillic name word w is a word of
// signed in another case: Ukrainian and Russian say a name to its bearer
// with a new ending ("Оксано" to "Оксана", "Маріє" to "Марія", "Іване" to
// "Іван"), so the stem, less the last letter, starts a signed word no more
// than a letter shorter or longer.
func signedInflected(signed, w string) bool {
	if len(w) < 2 || w[0] < 0xd0 || w[0] > 0xd3 || utf8.RuneCountInString(w) < 4 {
		return false
	}
	_, size := utf8.DecodeLastRuneInString(w)
	stem := w[:len(w)-size]
	for _, sw := range strings.Fields(signed) {
		if strings.HasPrefix(sw, stem) && utf8.RuneCountInString(sw)-utf8.RuneCountInString(stem) <= 2 {
			return true
		}
	}
	return false
}

// conditionAt reports a condition (not a procedure or a medicine) at
// token t: in a wish it names a state, not care given.
func (s *scan) conditionAt(t int) bool {
	_, cat := health.At(s.healthWords(), t)
	return cat == health.Condition
}

// anyones reports a care word the reply says of no one: "anyone's
// prescriptions", "anybody's treatment".
func anyones(s *scan, t int) bool {
	return t >= 2 && s.toks[t-1].low == "s" && inSet(s.toks[t-2].low, "anyone", "anybody", "someone", "everyone", "patient", "patients")
}

// kinOwns reports a care word owned by the reviewer's person told with
// "the" ("the little one's ear", "the baby's fever", "that kiddo's
// cast"): the child the review is about, as "your son's ear" is, so the
// word is their care told, even when the review said it first.
func kinOwns(s *scan, t int) bool {
	if t < 3 || s.toks[t-1].low != "s" || !kinWords.has(s.toks[t-2].low) {
		return false
	}
	for k := t - 3; k >= 0 && k >= t-4; k-- {
		switch w := s.toks[k].low; {
		case inSet(w, "the", "that", "this", "tha", "da"):
			return true
		case !kinWords.has(w) && !kinAdjective.has(w):
			return false
		}
	}
	return false
}

// greetingNotName are the words of holiday greetings and thanks a reply
// says to anyone: "Ramadan Mubarak", "Eid Mubarak", "Alf shukr" (a
// thousand thanks), "a happy Genna" (Ethiopian Christmas).
var greetingNotName = newWordSet([]string{"mubarak", "alf", "shukr", "genna", "eid", "ramadan", "nowruz", "enkutatash", "meskel", "timkat",
	"diwali", "vaisakhi", "tết", "seollal", "chuseok", "kwanzaa", "hanukkah", "navroz"})

// honorificWords are titles in a review's signature ("— Mrs. Huang").
var honorificWords = newWordSet([]string{"mr", "mrs", "ms", "miss", "mx", "dr", "dra", "sr", "sra", "srta", "pani", "pan",
	"don", "doña", "dona", "madan", "mme", "mlle", "madame", "monsieur", "senhor", "senhora", "coach", "pastor"})

// vocativeBefore are the words a name addressed to the reviewer follows:
// "Thank you so much Arlene", "Mil gracias, Lupita".
var vocativeBefore = newWordSet([]string{",", "and", "thanks", "thank", "you", "much", "ty", "thx", "gracias", "sorry", "congrats",
	"congratulations", "welcome", "hi", "hello", "hey", "dear", "aww", "aw", "merci", "dziękujemy", "dziekujemy", "ơn", "again",
	"yay", "woohoo", "yes", "awww", "obrigado", "obrigada", "obrigadu", "olá", "ola", "hola", "mahalo",
	// Greetings and thanks of other languages a practice's reviewers
	// write in: Hawaiian, Navajo, Samoan and Tongan, Maori, Arabic and
	// Hebrew, Hindi, French, Italian, German and Scandinavian.
	"aloha", "nui", "ahéhee", "ahehee", "yá", "talofa", "malo", "fakafetai", "faafetai", "ora", "salaam", "salam", "shukran",
	"shalom", "toda", "namaste", "dhanyavaad", "bonjour", "salut", "ciao", "hallo", "hej", "tak",
	// Nepali, Somali, Tagalog, Karen, Ojibwe, Yup'ik, Oromo, Amharic, Hmong.
	"dhanyabad", "dhanyavad", "धन्यवाद", "शुक्रिया", "shukriya", "mahadsanid", "salamat", "tabluh", "miigwech", "quyana", "galatoomaa", "ameseginalehu", "tsaug",
	// Kurdish and Persian thanks: "Zor spas", "sipas", "merci".
	"spas", "sipas", "shukr",
	// Arabic welcomes ("Ahlan wa sahlan", "Marhaba") and Japanese thanks
	// ("Arigatou gozaimasu").
	"ahlan", "sahlan", "marhaba", "marhaban", "gozaimasu", "arigatou", "arigato"})

// afterNameCourtesy are the titles and particles of courtesy written after
// a name said to someone: Hindi and Nepali "ji", Tagalog "po", Vietnamese
// "nhiều" (much), "ạ", "nha", "nhé", Japanese "san", "sama", Korean
// "nim", "ssi", Persian and Armenian "jan", Kurdish and Armenian "gyan".
var afterNameCourtesy = newWordSet([]string{"ji", "po", "nhiều", "ạ", "nha", "nhé", "ơi", "san", "sama", "nim", "ssi", "jan", "gyan",
	// Hindi, Gujarati, Punjabi and Urdu: brother, sister, elder sister, sir.
	"bhai", "bhaiya", "ben", "behen", "didi", "saab", "sahib", "jee"})

// vocative reports whether the name at bytes [start, end) addresses the
// reader: it opens its sentence or follows a comma or a thanks, and a
// punctuation mark, "and" or the end follows it ("Sorry to hear this,
// Earl.", "Thanks so much, Bev and Norm!").
func (s *scan) vocative(start, end int) bool {
	from, to := s.tokenRange(start, end)
	if from >= len(s.toks) {
		return false
	}
	si := s.toks[from].sent
	from = s.hyphenStart(from)
	from = s.rankBefore(s.addressTitleBefore(from))
	if from > s.sents[si].tokStart && !vocativeBefore.has(s.toks[from-1].low) {
		return false
	}
	// "Ji-ho": the parts of a hyphenated name, which the tokenizer splits.
	for to < len(s.toks) && s.toks[to].sent == si && s.toks[to].kind == tokWord && s.toks[to].start == s.toks[to-1].end+1 &&
		s.text[s.toks[to-1].end] == '-' {
		to++
	}
	if to >= len(s.toks) || s.toks[to].sent != si {
		return true
	}
	if from == s.sents[si].tokStart && inSet(s.toks[to].low, "you", "u", "ur", "youre") {
		return true // "Jessica you're the sweetest": the name said to the reader
	}
	// "Sabina ji,", "Maria po!", "chị Hương nhiều!": a title or a
	// particle of courtesy after the name, in Hindi and Nepali, Tagalog,
	// Vietnamese, Japanese and Korean written in Latin letters.
	for k := 0; k < 2 && to+1 < len(s.toks) && s.toks[to].sent == si && s.courtesyAfterName(to); k++ {
		to++
	}
	next := s.toks[to]
	if s.emojiBetween(to) {
		return true // "Marhaba Umm Khalid 🌷 We ...": the fold left the emoji out
	}
	// A closing emoji ("..., Sgt. Oduya 🫡") ends the address like a
	// punctuation mark.
	// A dash ends it too: "We know the drive is long, Mrs. Lee — hope ...".
	return next.low == "and" || (next.kind == tokPunct && (inSet(next.low, ",", ".", "!", "?", ":", ";", "¡", "—", "–", "…") || isSymbolToken(next.low)))
}

// welcomedTo reports whether the name at byte start follows a welcome to
// a place ("Welcome to Austin!", "¡Bienvenida a Charlotte!", Haitian
// Creole "Byenvini nan Indy", French "Bienvenue à Florence"): a newcomer
// welcomed to a town whose name is also a first name, not a person named.
func (s *scan) welcomedTo(start int) bool {
	t := s.tokenStart(start)
	if t < 2 || t >= len(s.toks) || s.toks[t-2].sent != s.toks[t].sent {
		return false
	}
	switch s.toks[t-1].low {
	case "to", "a", "à", "nan", "in", "em":
		return welcomeWords.has(s.toks[t-2].low)
	}
	return false
}

// welcomeWords say "welcome" in English, Spanish, French, Haitian Creole,
// Portuguese ("bem-vindo": the tokenizer keeps "vindo") and German.
var welcomeWords = newWordSet([]string{"welcome", "bienvenido", "bienvenida", "bienvenidos", "bienvenidas", "bienvenue", "bienvenu",
	"byenvini", "vindo", "vinda", "vindos", "vindas", "willkommen"})

// hyphenStart returns the first part of the hyphenated name whose part
// is token t ("Claire" in "Marie-Claire"), which the tokenizer splits: the
// later part is addressed wherever the first is.
func (s *scan) hyphenStart(t int) int {
	for t >= 1 && t < len(s.toks) && s.toks[t].kind == tokWord && s.toks[t-1].kind == tokWord && s.toks[t-1].sent == s.toks[t].sent &&
		s.toks[t].start == s.toks[t-1].end+1 && s.text[s.toks[t-1].end] == '-' {
		t--
	}
	return t
}

// familyGreeted reports whether the name at bytes [start, end) is a
// family's surname said to the family as a group: "gracias, familia
// Rosario", "the whole Arceneaux-Nguyen crew". A household thanked by
// name tells no one's care; with no care near, a person checks the name
// (REV-02 warn) rather than the reply being blocked.
func (s *scan) familyGreeted(start, end int) bool {
	from, to := s.tokenRange(start, end)
	if from >= len(s.toks) {
		return false
	}
	si := s.toks[from].sent
	from = s.hyphenStart(from)
	if from > 0 && s.toks[from-1].sent == si && familyBefore.has(s.toks[from-1].low) {
		return true
	}
	for to < len(s.toks) && s.toks[to].sent == si && s.toks[to].kind == tokWord && s.toks[to].start == s.toks[to-1].end+1 &&
		s.text[s.toks[to-1].end] == '-' {
		to++
	}
	return from > 0 && to < len(s.toks) && s.toks[from-1].sent == si && s.toks[to].sent == si &&
		inSet(s.toks[from-1].low, "whole", "entire") && familyAfter.has(s.toks[to].low)
}

// familyBefore and familyAfter are the words that make a surname a
// household's: Spanish, Portuguese, French, German, Italian and Tagalog
// before it, English and Hawaiian and Māori after it.
var (
	familyBefore = newWordSet([]string{"familia", "família", "famille", "familie", "famiglia", "pamilya"})
	familyAfter  = newWordSet([]string{"family", "crew", "bunch", "clan", "fam", "household", "gang", "ohana", "whānau"})
)

// greetTitles are the titles of respect a name is greeted with, which
// a name list may not hold as part of the name: Cape Verdean Kriolu "Nha"
// and "Nhu" (ma'am, sir), Spanish and Portuguese "Doña", "Tía", and the
// courtesy titles. Titles of a trade ("Dr.", "Coach") are left out: they
// may name someone other than the reader.
var greetTitleWords = []string{"nha", "nhu", "nho", "nhô", "don", "doña", "dona", "tia", "tio", "tía", "tío",
	// Tagalog and Ilocano: elder sister and brother, aunt and uncle,
	// grandmother and grandfather ("Salamat po, Ate Lorna!").
	"ate", "kuya", "tita", "tito", "lola", "lolo", "manang", "manong",
	"mr", "mrs", "ms", "miss", "mx", "sr", "sra", "srta", "senhor", "senhora", "madame", "mme", "monsieur"}

// greetTitles are greetTitleWords and the titles of kinship and faith
// (kinGreetTitles, replygreet17.go), as a set.
var greetTitles = newWordSet(append(append([]string{}, greetTitleWords...), kinGreetTitles...))

// addressTitleBefore returns where a name at token t begins with the
// title of respect it is greeted with ("Nha Fátima", "Sra. Ortiz"): the
// title, not the name, follows the greeting's comma.
func (s *scan) addressTitleBefore(t int) int {
	k := t - 1
	if k > 0 && s.toks[k].low == "." {
		k--
	}
	if k >= 0 && s.toks[k].sent == s.toks[t].sent && greetTitles.has(s.toks[k].low) {
		// "Niam Tais Mai": a title of two words (t27reply).
		if k > 0 && s.toks[k-1].sent == s.toks[t].sent && greetTitles.has(s.toks[k-1].low) && s.toks[k-1].capital {
			return k - 1
		}
		return k
	}
	return t
}

// isSymbolToken reports a token that is a pictograph or a symbol (an
// emoji, a heart), not a letter or a punctuation mark.
func isSymbolToken(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r)
}

// emojiBetween reports a pictograph written between tokens t-1 and t,
// which the fold leaves out of the text the rules read ("Darnell 🎉
// Brooks" is one name to it). A reply's greeting ends at one: "Gracias,
// Maribel 🌸 Que Dios la bendiga".
func (s *scan) emojiBetween(t int) bool {
	if s.fold == nil {
		return false
	}
	_, a := s.fold.original(s.toks[t-1].start, s.toks[t-1].end)
	b, _ := s.fold.original(s.toks[t].start, s.toks[t].end)
	if a >= b || b > len(s.d.Text) {
		return false
	}
	for _, r := range s.d.Text[a:b] {
		if pictograph(r) {
			return true
		}
	}
	return false
}

// courtesyTitles greet a person as a customer, never as staff: a reply
// thanks its reviewer as "Mrs. Lee", its doctors as "Dr. Lee".
var courtesyTitles = newWordSet([]string{"mr", "mrs", "ms", "miss", "mx", "sr", "sra", "srta"})

// courtesyVocative reports a name with a courtesy title at bytes [start,
// end), addressed to the reader ("Thank you, Mrs. Lopez!"): in a reply,
// the reviewer, whatever staff member shares the surname.
func (s *scan) courtesyVocative(start, end int) bool {
	from, _ := s.tokenRange(start, end)
	return from < len(s.toks) && courtesyTitles.has(s.toks[from].low) && s.vocative(start, end)
}

// wishOnly reports whether the sentence holding byte b wishes the reader
// well and states nothing ("Hope your recovery goes smoothly, Dan"): the
// health words in it are wished for, not told.
func (s *scan) wishOnly(b int) bool {
	t := s.tokenStart(b)
	if t >= len(s.toks) || s.sentenceHasWord(s.toks[t].sent, factWords) {
		return false
	}
	return s.sentenceHasWord(s.toks[t].sent, wishWords) || s.getWellOpens(s.toks[t].sent)
}

// getWellOpens reports a sentence that opens with a get-well wish said
// as a bidding ("Get well soon, Tammy", "Feel better soon!", "Rest up"):
// a wish as surely as "we hope" is.
func (s *scan) getWellOpens(si int) bool {
	return s.getWellAt(s.sents[si].tokStart, s.sents[si].tokEnd)
}

// getWellAt reports a get-well wish said as a bidding from token t, in a
// sentence ending before token end.
func (s *scan) getWellAt(t, end int) bool {
	if t < end && wellWishStarts.has(s.toks[t].low) { // a wish starts only at its first word
		for _, w := range wellWishes {
			if t+len(w) <= end && tokensAre(s.toks[t:t+len(w)], w) {
				return true
			}
		}
	}
	return t+1 < end && inSet(s.toks[t].low, "rest", "heal") && s.toks[t+1].low == "up"
}

// bytesNearHealth reports whether the sentence holding byte b tells a
// health detail.
func (s *scan) bytesNearHealth(b int) bool {
	t := s.tokenStart(b)
	return t < len(s.toks) && s.healthInSentence(s.toks[t].sent)
}

// checkReviewHostile is REV-03: insults and hostility toward a reviewer.
func checkReviewHostile(s *scan) []post.Finding {
	if !s.reviewMode() {
		return nil
	}
	out := s.withoutOwnResolve(s.withoutThingSlang(s.phraseFindings("REV-03", "This reads as hostile or insulting to the reviewer. Replies are public and are judged by everyone.", "")))
	out = s.dropFindings(out, s.likeYouPraised) // "Patients like you are why we love this job": likeyou21.go
	for _, f := range append(s.replyJudgements(), s.replySarcasm()...) {
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	for _, find := range []func() (post.Finding, bool){s.replySendoff, s.replyComplainer, s.reviewsBlamed} {
		if f, ok := find(); ok && !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	return out
}

// checkReviewTemplate is REV-04: a reply longer than the safe template.
func checkReviewTemplate(s *scan) []post.Finding {
	if !s.reviewMode() || len(s.sents) <= 2 {
		return nil
	}
	return []post.Finding{{Start: 0, End: 0, Message: "Long replies to reviews tend to reveal things. The safest reply is short and generic.",
		Suggestion: safeReply}}
}

// greetingAnchor finds the words greetingRE starts with.
var greetingAnchor = wordAnchor("hi", "hello", "hey", "dear", "thanks", "thank", "sorry")

// careMoods are the feelings an apology can only be about if the reviewer
// came for care ("sorry you didn't feel safe", "sorry you felt worse");
// the others ("rushed", "dismissed", "ignored") are about the service.
var careMoods = newWordSet([]string{"safe", "comfortable", "calm", "calmer", "relaxed", "worse", "better", "pain", "sore", "sick"})

// notDoneAt reports a visit or care at tokens [from,to) told as not done:
// "we couldn't fit you in", "we weren't able to see you", "unable to
// squeeze you in", and not done only until later ("couldn't see you
// sooner" was a visit).
func (s *scan) notDoneAt(from, to int) bool {
	t := from
	if t >= 2 && s.toks[t-1].low == "to" && (s.toks[t-2].low == "unable" || s.toks[t-2].low == "able") {
		if s.toks[t-2].low == "unable" {
			t = -1 // "unable to": negated already
		} else {
			t -= 2 // "weren't able to": the negation before "able"
		}
	}
	if t >= 0 {
		if t < 2 || !(s.toks[t-1].low == "not" || s.toks[t-1].low == "never" ||
			s.toks[t-1].low == "t" && inSet(s.toks[t-2].low, "couldn", "can", "wasn", "weren", "didn", "won", "haven", "hadn")) {
			return false
		}
	}
	si := s.toks[from].sent
	for k := to; k < len(s.toks) && k < to+4 && s.toks[k].sent == si; k++ {
		if inSet(s.toks[k].low, "sooner", "earlier", "until", "faster", "quicker", "longer", "before") {
			return false
		}
	}
	return true
}

// leftMoods say how a reviewer left, in an apology for the service:
// "sorry you left with questions", "... left feeling unheard".
var leftMoods = newWordSet([]string{"feeling", "frustrated", "upset", "unhappy", "disappointed", "confused", "dissatisfied",
	"unsatisfied", "angry", "unheard", "uncertain", "unsure", "worried", "without", "with"})

// leftAnswers end "with ..." in "sorry you left with questions", "with
// the wrong impression": what the reviewer was left wanting or feeling,
// not what was done to them.
var leftAnswers = newWordSet([]string{"questions", "question", "unanswered", "concerns", "doubts", "frustration", "impression",
	"feelings", "feeling", "answers", "confusion"})

// leftUnsatisfied reports "you left"/"you walked out" at tokens [from, to)
// in an apology for how the reviewer left ("We're sorry you left with
// questions", "sorry you walked out frustrated"), with no health word in
// the sentence: the service regretted, the conversation moved offline,
// which the writers of every set pass. "Sorry you left before your x-ray
// was read" or "with a sore arm" tells the visit and stays.
func (s *scan) leftUnsatisfied(from, to int) bool {
	if to-from != 2 || !inSet(s.toks[from+1].low, "left", "walked") {
		return false
	}
	si := s.toks[from].sent
	if !s.sentenceHasWord(si, apologyWords) || s.healthInSentence(si) {
		return false
	}
	k := to
	if s.toks[from+1].low == "walked" {
		if k >= len(s.toks) || !inSet(s.toks[k].low, "out", "away") {
			return false
		}
		k++
	}
	if k >= len(s.toks) || s.toks[k].sent != si || !leftMoods.has(s.toks[k].low) {
		return false
	}
	if s.toks[k].low == "with" {
		// "left with a bandage" is care; "left with questions", "with
		// more questions than answers" are not.
		for j := k + 1; j < len(s.toks) && j <= k+4 && s.toks[j].sent == si; j++ {
			if leftAnswers.has(s.toks[j].low) {
				return true
			}
		}
		return false
	}
	return true
}

// lifeEvents are news a congratulation can be for that tells no health:
// "congrats on the wedding", "felicidades por la graduación".
var lifeEvents = newWordSet([]string{"wedding", "weddings", "marriage", "engagement", "graduation", "retirement", "promotion",
	"job", "house", "home", "anniversary", "birthday", "win", "title", "championship", "degree", "move", "business", "season",
	"boda", "graduación", "jubilación", "trabajo", "casa", "cumpleaños", "aniversario"})

// lifeEventAfter reports a life event right after a congratulation ending
// before token t: "on the wedding", "on your new job", "por la boda".
func (s *scan) lifeEventAfter(t int) bool {
	if t >= len(s.toks) || !inSet(s.toks[t].low, "on", "for", "por", "en") {
		return false
	}
	si := s.toks[t].sent
	for k := t + 1; k < len(s.toks) && k <= t+4 && s.toks[k].sent == si; k++ {
		w := s.toks[k].low
		if lifeEvents.has(w) {
			return true
		}
		if !inSet(w, "the", "your", "ur", "new", "big", "la", "el", "su", "tu", "nueva", "nuevo", "a") {
			return false
		}
	}
	return false
}

// contactedAt reports a name the reader is told to ask for or speak to
// ("call us and ask for Zainab", "speak with Rosa in billing"): the staff
// member who takes the call, whoever the staff list left out.
func (s *scan) contactedAt(start int) bool {
	t := s.tokenStart(start)
	if t < 2 || t >= len(s.toks) || s.healthInSentence(s.toks[t].sent) {
		return false
	}
	if rest := s.text[s.toks[t].end:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return false // "call Amara's mom": someone of hers is called
	}
	prev, before := s.toks[t-1].low, s.toks[t-2].low
	return prev == "for" && inSet(before, "ask", "asking") || inSet(prev, "with", "to") && inSet(before, "speak", "talk", "speaking", "talking") ||
		// "please call Amara at our front desk", "reach out to Tomasz,
		// our office manager": told to the reader, the name is whom
		// they call.
		prev == "to" && before == "out" && t >= 3 && inSet(s.toks[t-3].low, "reach", "reaching") ||
		inSet(prev, "call", "text", "email", "contact", "phone") && (inSet(before, "please", "pls", "or", "just", "to") || t-1 == s.sents[s.toks[t].sent].tokStart)
}

// placeNouns after a name make it a place's: "the Wallace deck", "the
// Kimball garage".
var placeNouns = newWordSet([]string{"deck", "garage", "lot", "building", "hall", "library", "arena", "stadium", "pavilion",
	"tower", "annex", "campus", "field", "gym", "school", "church", "station", "market", "bridge"})

// placeAfter reports a place noun right after byte end.
func (s *scan) placeAfter(end int) bool {
	t := s.tokenStart(end)
	return t < len(s.toks) && s.toks[t].start == end+1 && (placeNouns.has(s.toks[t].low) || placeWords.has(s.toks[t].low))
}

// inDomain reports a word at token i written into a web address ("citas"
// of "citas.example.org"): part of a link, not a word of the reply.
func (s *scan) inDomain(i int) bool {
	return i+2 < len(s.toks) && s.toks[i+1].low == "." && s.toks[i+1].start == s.toks[i].end && s.toks[i+2].start == s.toks[i+1].end &&
		s.toks[i+2].kind == tokWord
}

// recoveryStates end a recovery said as a state ("on the mend").
var recoveryStates = newWordSet([]string{"mend", "mending"})

// anyoneWhenSettled reads sentence si for a health word said of anyone,
// in a "when" or "if" with an indefinite someone before it: "we know how
// hard it is when a little one is sick", "if anyone in the house has the
// flu". It returns the token that settles the question for every word
// after it (-1 for none) and the answer: an indefinite after the "when"
// says anyone, a person word says the reader's own ("when your son is
// sick"). Read once per sentence, not once per health word: asked from
// the sentence start for each word, one long sentence of health words
// was quadratic.
func (s *scan) anyoneWhenSettled(si int) (at int, anyone bool) {
	when := false
	se := s.sents[si]
	for k := se.tokStart; k < se.tokEnd; k++ {
		switch w := s.toks[k].low; {
		case inSet(w, "when", "whenever", "if"):
			when = true
		case when && inSet(w, "a", "an", "any", "anyone", "someone", "anybody", "somebody", "kids", "children", "people", "everyone"):
			return k, true
		case when && personWords.has(w):
			return k, false // "when your son is sick": the reader's own
		}
	}
	return -1, false
}

// seriesAtEvent reports a visit-in-a-series finding at tokens [from, to)
// ("see you every Saturday", "coming to see us every week") in a sentence
// about a town event with no visit in it ("... at the farmers market",
// "... at our booth at the fair"): the practice's outreach, no course of
// care.
func (s *scan) seriesAtEvent(from, to int) bool {
	every := false
	for t := from; t < to; t++ {
		every = every || inSet(s.toks[t].low, "every", "each")
	}
	return every && inSet(s.toks[from].low, "see", "coming", "come") && s.eventNoVisit(s.toks[from].sent)
}
