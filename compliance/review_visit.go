package compliance

import (
	"slices"

	"github.com/practicepost/practicepost/post"
)

// A reply to a review is suspicious by default (issue 11): beyond thanks,
// an apology and an invitation to call, whatever it says about the
// reviewer's time with the practice tells readers they are a patient.
// replyEncounters reads that structure, not a list of sentences: an
// encounter verb with the reviewer (or their person) as its object, a
// visit in a series ("your last cleaning", "your next one"), a meeting
// set for a time ("see you in March"), years of being seen, and money
// moved on the reviewer's account. It runs on replies only.

// encounterVerbs are what a practice does with a patient in person.
// Their past and progressive forms tell of a visit that happened.
var encounterVerbs = newWordSet([]string{"switched", "prescribed", "referred", "discharged", "admitted", "weighed", "numbed",
	"injected", "rescheduled", "see", "seeing", "saw", "seen", "meet", "meeting", "met", "having", "had", "host", "hosting",
	"hosted", "welcome", "welcoming", "welcomed", "treat", "treating", "treated", "examine", "examining", "examined", "serve", "serving",
	"served", "fitting", "squeezing", "squeezed", "sneak", "snuck", "helped", "helping", "checking", "checked", "caring", "cared",
	"patching", "patched", "stitching", "stitched", "vaccinating", "vaccinated", "scanning", "scanned", "testing", "tested",
	// A home visit by a nurse or a promotora: "loved visiting you".
	"visiting", "visited"})

// pastEncounters tell of a visit whatever the words around them: "we
// saw you", "we met your mom", "great having you in".
var pastEncounters = newWordSet([]string{"seeing", "saw", "seen", "meeting", "met", "having", "had", "hosting", "hosted", "welcomed",
	// Care done to someone: "Beti switched you from the extended-release".
	"switched", "prescribed", "referred", "discharged", "admitted", "weighed", "numbed", "injected", "rescheduled",
	"treating", "treated", "examining", "examined", "served", "serving", "squeezing", "squeezed", "snuck", "helped", "helping",
	"checked", "caring", "cared", "patching", "patched", "stitching", "stitched", "vaccinating", "vaccinated", "scanning", "scanned",
	"tested", "testing", "fitting", "visiting", "visited"})

// encounterObjects are the reviewer, their people, or a person the
// review spoke of, as the object of an encounter verb.
var encounterObjects = newWordSet([]string{"you", "u", "ya", "yall", "him", "her", "them", "both", "y"})

// invitationWords make an encounter an offer, not a fact: "we'd love to
// see you", "please come meet our new doctor". An offer still assumes a
// relationship, so a person decides.
var invitationWords = newWordSet([]string{"would", "d", "like", "please", "hope", "hoping", "can", "could", "want", "wants", "happy",
	"glad", "welcome", "invite", "invites", "anytime", "chance", "if", "love"})

// seriesWords put a visit in a series of visits: "your last cleaning",
// "your next one", "your second session".
var seriesWords = newWordSet([]string{"last", "next", "recent", "previous", "upcoming", "first", "second", "third", "fourth", "final",
	"annual", "yearly", "routine", "regular", "usual", "followup", "6", "six", "3", "three", "12"})

// notSeries follow a series word without naming a visit: "your last
// name", "your next step", "your first review".
var notSeries = newWordSet([]string{"name", "names", "chance", "step", "steps", "move", "question", "questions", "comment", "comments",
	"review", "reviews", "message", "messages", "email", "post", "posts", "word", "words", "day", "days", "thought", "thoughts",
	"choice", "time", "job", "home", "car", "birthday", "holiday", "holidays", "vacation", "trip", "adventure", "race", "game", "season",
	"year", "concern", "concerns", "feedback", "call", "impression", "impressions", "experience", "language", "reply",
	// A service member's move or tour: "fair winds on your next PCS".
	"pcs", "deployment", "duty", "station", "tour", "assignment", "posting", "chapter"})

// timeAfterSee follow "see you" when a visit is booked: "see you in
// March", "see u tuesday", "see you next week".
var timeAfterSee = newWordSet([]string{"in", "on", "next", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "mon", "tues", "tue", "wed", "thurs", "thu", "fri", "sat", "sun", "january", "february", "march", "april",
	"june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "aug", "sept", "oct", "nov",
	"dec", "after", "this", "then", "for", "at"})

// moneyMoved are what a practice does on a patient's account: only a
// patient's bill is refunded, credited or written off.
var moneyMoved = newWordSet([]string{"refunded", "refund", "refunding", "credited", "reversed", "waived", "voided", "resubmitted",
	"reprocessed", "rebilled", "reimbursed", "comped", "prorated"})

// billingNouns are a patient's bill, with billingFixed the repair a
// reply reports on it ("the charge has been corrected").
var (
	billingNouns = newWordSet([]string{"bill", "billing", "billed", "charge", "charges", "charged", "balance", "payment", "payments",
		"copay", "statement", "invoice", "fee", "fees", "claim", "claims", "account", "deductible", "overcharge", "overcharged"})
	billingFixed = newWordSet([]string{"corrected", "fixed", "adjusted", "resolved", "removed", "processed", "applied", "cleared",
		"updated", "sent", "mailed", "canceled", "cancelled", "dropped", "taken", "zeroed", "paid"})
)

// visitTaken, after "the visit you", say the reviewer had it: "the
// consult you booked", "the shot you got".
var visitTaken = newWordSet([]string{"booked", "had", "got", "scheduled", "received", "attended", "missed", "canceled", "cancelled"})

// yearsWords measure how long someone has been coming: "for 12 years".
var yearsWords = newWordSet([]string{"years", "decades", "yrs", "generations"})

// sentenceFindings collects the REV-01 findings of a reply, one per
// sentence: a sentence reported is marked done, so no later shape reports
// it again.
type sentenceFindings struct {
	s    *scan
	done []bool
	out  []post.Finding
}

// add reports tokens from..to of sentence si; warn asks a person to look
// instead of blocking.
func (c *sentenceFindings) add(si, from, to int, warn bool, msg string) {
	f := c.s.finding(from, to, msg)
	if warn {
		f.Severity, f.NeedsHuman = post.SeverityWarn, true
	}
	c.put(si, f, true)
}

// addSentence reports the whole of sentence si, as add does.
func (c *sentenceFindings) addSentence(si int, warn bool, msg string) {
	se := c.s.sents[si]
	f := post.Finding{Start: se.start, End: se.end, Message: msg}
	if warn {
		f.Severity, f.NeedsHuman = post.SeverityWarn, true
	}
	c.put(si, f, true)
}

// put reports f, found in sentence si; closes marks the sentence done (a
// warned care word leaves it open to a later one that blocks).
func (c *sentenceFindings) put(si int, f post.Finding, closes bool) {
	if closes {
		c.done[si] = true
	}
	c.out = append(c.out, f)
}

// markSentences sets marks to "to" for the sentence of each finding of fs
// whose severity is one of sevs, or of every finding when sevs is empty.
func (s *scan) markSentences(marks []bool, fs []post.Finding, to bool, sevs ...post.Severity) {
	for _, f := range fs {
		if len(sevs) > 0 && !slices.Contains(sevs, f.Severity) {
			continue
		}
		if from, _ := s.tokenRange(f.Start, f.End); from < len(s.toks) {
			marks[s.toks[from].sent] = to
		}
	}
}

// replyEncounters finds these in the sentences not yet reported (done).
func (s *scan) replyEncounters(done []bool) []post.Finding {
	c := sentenceFindings{s: s, done: done}
	add := c.add
	for si, se := range s.sents {
		if done[si] {
			continue
		}
		var personPast int8 // s.personPast(si) once asked: 0 not yet, 1 yes, 2 no
		// s.datedVisit(si) once asked, the same way: a sentence of many
		// day words ("Kevin said the lot opens Monday, " again and again)
		// read itself again for each of them.
		var dated int8
		for i := se.tokStart; i < se.tokEnd && !done[si]; i++ {
			w := s.toks[i].low
			switch {
			case encounterVerbs.has(w):
				obj := s.encounterObject(i+1, se.tokEnd)
				if obj < 0 || s.notDoneAt(i, obj+1) || s.lifeTreats(i, obj+1) {
					continue // "we weren't able to see you Friday": no visit
				}
				if (w == "see" || w == "meet") && (s.gatheringNoVisit(si) || s.reviewGathering26(si) && !s.reviewCareBeside26()) {
					continue // "see you at next year's fair": a town event, no visit
				}
				if (w == "see" || w == "meet") && obj+1 < se.tokEnd {
					if obj+2 < se.tokEnd && inSet(s.toks[obj+1].low, "all", "both", "guys") {
						obj++ // "see you all at your 6-month cleanings"
					}
					next := s.toks[obj+1].low
					if timeAfterSee.has(next) && !(next == "at" && !s.visitAfter(obj+2, se.tokEnd)) &&
						!(obj+2 < se.tokEnd && (s.toks[obj+2].low == "time" || s.toks[obj+2].low == "person")) {
						add(si, i, obj+2, false, "This reply books the reviewer's next visit: it tells everyone they are a patient here.")
						continue
					}
				}
				if next := obj + 1; next < se.tokEnd && s.toks[next].low == "with" {
					continue // "we'd like to meet with you": a talk, not a visit
				}
				if w == "see" && obj+1 < se.tokEnd && s.toks[obj+1].low == "around" && !s.visitAfter(obj+2, se.tokEnd) {
					continue // "See you around town", "see y'all around Eastside": a goodbye, no visit
				}
				if w == "see" && obj+1 < se.tokEnd && s.toks[obj+1].low == "at" && s.eventAfter(obj+2, se.tokEnd) && !s.visitAfter(obj+2, se.tokEnd) {
					continue // "See you at next year's festival!": a public event, where anyone may come
				}
				offer := s.invitedBefore(se.tokStart, i)
				if offer && w == "see" {
					continue // "we hope to see you again": the safe reply's warmth
				}
				if (pastEncounters.has(w) || s.pastBefore(se.tokStart, i)) && !offer {
					add(si, i, obj+1, false, "This reply says the practice saw, met or cared for the reviewer (or their person): it confirms they are a patient.")
				} else {
					add(si, i, obj+1, true, "This reply offers to see the reviewer again, which assumes they are a patient. A person should decide.")
				}
			case (w == "your" || w == "ur") && i+2 < se.tokEnd && s.toks[i+1].kind == tokNumber && visitNouns.has(s.toks[i+2].low):
				// "2 of your 8 visits"
				add(si, i, i+3, false, "This reply counts the reviewer's visits: it tells everyone they are a patient here.")
			case (w == "your" || w == "ur") && i+2 <= se.tokEnd && i+1 < se.tokEnd && seriesWords.has(s.toks[i+1].low):
				j := i + 2
				for j < se.tokEnd && j < i+4 && (s.toks[j].kind == tokNumber || s.toks[j].low == "month" || s.toks[j].low == "week" ||
					s.toks[j].low == "year" || s.toks[j].low == "up" || s.toks[j].low == "follow") {
					j++
				}
				if j < se.tokEnd && s.toks[j].kind == tokWord && !notSeries.has(s.toks[j].low) {
					add(si, i, j+1, false, "This reply names the reviewer's last or next visit: it tells everyone they are a patient here.")
				}
			case (visitNouns.has(w) || careSettings.has(w) || w == "consult" || w == "consultation") && i+2 < se.tokEnd &&
				(s.toks[i+1].low == "you" || s.toks[i+1].low == "u") && visitTaken.has(s.toks[i+2].low):
				// "the extended consult you booked", "the shot you got"
				add(si, i, i+3, false, "This reply names a visit or care the reviewer had: it confirms they are a patient.")
			case moneyMoved.has(w) || (billingFixed.has(w) && s.sentenceHasWord(si, billingNouns)):
				if s.policyOnly(si) || s.generalIfBefore(se.tokStart, i) {
					continue // "we waive the fee when flights are cancelled": a policy
				}
				add(si, i, i+1, false, "This reply reports what was done on the reviewer's bill: it confirms they are a patient.")
			case visitDayWords.has(w) && s.sentenceOnceAsked(si, &dated, s.datedVisit):
				add(si, i, i+1, true, "This reply puts a day on the reviewer's visit: it tells everyone when they were here. A person should decide.")
			case careSettings.has(w) && i >= se.tokStart+2 && inSet(s.toks[i-1].low, "the", "your", "ur", "his", "her") &&
				inSet(s.toks[i-2].low, "in", "on", "during", "at", "after", "before") && s.personPastOnce(si, &personPast):
				// "he was a total champ in the chair", "you were so calm
				// during the procedure": the reviewer placed in care.
				add(si, i-2, i+1, false, "This reply places the reviewer (or their person) in the chair or the room: it tells everyone they were treated here.")
			case praiseWords.has(w) && s.personPastOnce(si, &personPast) && !s.invitedBefore(se.tokStart, i):
				add(si, i, i+1, false, "This reply tells how the reviewer (or their person) did during care: it tells everyone they were treated here.")
			case recordVerbs.has(w) && i+1 < se.tokEnd && s.ownedAfter(i+1, se.tokEnd):
				add(si, i, i+1, false, "This reply tells what the practice found or checked in the reviewer's records: it confirms they are a patient.")
			case spanishEncounters.has(w) && !s.purposeOffer24(i, si) || (w == "por" && i+1 < se.tokEnd && inSet(s.toks[i+1].low, "venir", "visitarnos")) ||
				(w == "vemos" && i+1 < se.tokEnd && inSet(s.toks[i+1].low, "en", "el", "la", "pronto", "mañana") && !s.gatheringNoVisit(si)):
				add(si, i, i+1, false, "Esta respuesta confirma que la persona fue atendida aquí (This reply confirms the reviewer was seen here).")
			case evidenceNouns.has(w) && s.ourBefore(i, se.tokStart) && s.showsAfter(i+1, se.tokEnd):
				// "our camera footage shows", "our phone log says": the
				// practice's own evidence of the visit.
				add(si, i, i+1, false, "This reply cites the practice's own records of the reviewer: it confirms they were here.")
			case yearsWords.has(w) && i > se.tokStart && (s.toks[i-1].kind == tokNumber || s.toks[i-1].low == "these" || s.toks[i-1].low == "many") &&
				(s.sentenceHasWord(si, personWords) || s.sentenceHasWord(si, thanksWords)):
				add(si, i-1, i+1, false, "This reply says how long the reviewer has been coming: it confirms they are a patient.")
			}
		}
	}
	return c.out
}

// encounterObject returns the token of the reviewer or their person
// right after an encounter verb at from-1 ("seeing you", "meeting your
// mom", "having you both in"), or -1.
func (s *scan) encounterObject(from, end int) int {
	for j := from; j < end && j < from+3; j++ {
		w := s.toks[j].low
		switch {
		case encounterObjects.has(w):
			if w == "y" && (j+1 >= end || s.toks[j+1].low != "all") {
				return -1
			}
			if w == "her" || w == "him" || w == "them" {
				// "see her", "treated him": only when the review spoke
				// of someone, else "meet her" may be a new doctor.
				if !s.reviewNamesPerson() {
					return -1
				}
			}
			if w == "y" {
				return j + 1
			}
			return j
		case (w == "your" || w == "ur") && j+1 < end && kinWords.has(s.toks[j+1].low):
			return j + 1
		case j > from && s.toks[j-1].low == "the" && newbornWords.has(w):
			return j // "can't wait to meet the baby"
		case w == "back", w == "again", w == "all", w == "the", w == "so", w == "to":
			continue
		default:
			return -1
		}
	}
	return -1
}

// thanksWords thank the reader: "thanks for 12 years" is said to them.
var thanksWords = newWordSet([]string{"thanks", "thank", "ty", "thx", "grateful"})

// pastBefore reports "was", "were" or "been" before token i in its
// sentence: "it was great to finally meet you" tells of a meeting.
func (s *scan) pastBefore(from, i int) bool {
	for t := from; t < i; t++ {
		if w := s.toks[t].low; w == "was" || w == "were" || w == "been" {
			return true
		}
	}
	return false
}

// invitedBefore reports an offer word before token i in its sentence.
// "Can't wait to meet ..." is no offer: a meeting already set.
func (s *scan) invitedBefore(from, i int) bool {
	for t := from; t < i; t++ {
		if s.toks[t].low == "can" && t+2 < i && s.toks[t+1].low == "t" && s.toks[t+2].low == "wait" {
			return false
		}
		if invitationWords.has(s.toks[t].low) {
			return true
		}
	}
	return false
}

// visitAfter reports a visit word in the few tokens from t ("see you at
// your checkup", "see you at the 3-month check"), not an event ("see
// you at the fair").
func (s *scan) visitAfter(t, end int) bool {
	for j := t; j < end && j < t+4; j++ {
		if w := s.toks[j].low; w == "your" || w == "ur" || visitNouns.has(w) || s.toks[j].kind == tokNumber || weekdayWords.has(w) {
			return true
		}
	}
	return false
}

// eventNouns are public gatherings a practice meets people at: a
// booth at the fair is not a visit.
var eventNouns = newWordSet([]string{"festival", "fest", "fair", "parade", "game", "games", "race", "run", "walk", "5k", "gala",
	"concert", "market", "expo", "booth", "picnic", "fundraiser", "carnival", "party", "potluck", "rodeo", "powwow", "tournament",
	"match", "show", "celebration", "block", "cookout", "bbq", "event", "events"})

// eventAfter reports a public event within a few tokens from t: "see you
// at next year's festival", "see u at the Bulls game".
func (s *scan) eventAfter(t, end int) bool {
	for j := t; j < end && j < t+5; j++ {
		if eventNouns.has(s.toks[j].low) {
			return true
		}
	}
	return false
}

// visitNouns name a visit.
var visitNouns = newWordSet([]string{"group", "class", "visits", "appointments", "sessions", "visit", "appointment", "appt", "checkup", "check", "cleaning", "exam", "physical", "session",
	"followup", "follow", "recheck", "shot", "shots", "refill", "scan", "ultrasound", "injection", "booster", "touchup"})

// policyOnly reports a sentence that states what the practice cannot
// do: "we can't discuss billing here".
func (s *scan) policyOnly(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		switch s.toks[t].low {
		case "can", "cannot", "never", "unable", "able", "won", "don":
			if t+1 < se.tokEnd && (s.toks[t+1].low == "t" || s.toks[t+1].low == "not") || s.toks[t].low == "cannot" || s.toks[t].low == "never" || s.toks[t].low == "unable" {
				return true
			}
		}
	}
	return false
}

// reviewNamesPerson reports a review that speaks of someone besides the
// reviewer: a relative or a he/she.
func (s *scan) reviewNamesPerson() bool {
	// Answered once per check: asked at each sentence of a reply, it
	// tokenized the whole review each time (TestReviewReadOnce28).
	return s.reviewPerson28.get(s.readReviewNamesPerson)
}

// readReviewNamesPerson is reviewNamesPerson's reading of the review: the
// review's words, read once per check (reviewWords23).
func (s *scan) readReviewNamesPerson() bool {
	words, _ := s.reviewWords23()
	for _, w := range words {
		if kinWords.has(w) || w == "he" || w == "she" || w == "his" || w == "her" || w == "him" || w == "they" {
			return true
		}
	}
	return false
}

// judgedTargets are what a hostile reply passes judgement on: the
// review, its claims, or the reviewer.
var judgedTargets = newWordSet([]string{"review", "reviews", "post", "comment", "comments", "claim", "claims", "story", "stories",
	"accusation", "accusations", "version", "rant", "complaint", "you", "u", "youre", "reviewer", "behavior", "behaviour", "attitude"})

// copulas join a target to its judgement: "this review is ...", "you
// were ...", with the adverbs that may stand between.
var (
	copulas      = newWordSet([]string{"is", "was", "are", "were", "re", "s", "seem", "seems", "sound", "sounds", "being", "been", "be"})
	judgeAdverbs = newWordSet([]string{"completely", "totally", "simply", "frankly", "honestly", "clearly", "obviously", "just",
		"entirely", "utterly", "quite", "very", "extremely", "really", "incredibly", "super", "beyond", "so", "pretty", "rather", "absolutely", "blatantly", "a", "an", "and", "not", "only",
		"full", "of"})
	// hostileJudgements insult the reviewer or call them a liar: REV-03
	// blocks (S6: "hallucinating").
	hostileJudgements = newWordSet([]string{"unhinged", "delusional", "ridiculous", "absurd", "laughable", "pathetic", "hysterical",
		"dishonest", "lying", "liar", "lies", "fabricated", "fabrication", "baseless", "slanderous", "malicious", "vindictive", "petty",
		"bitter", "crazy", "insane", "irrational", "unreasonable", "ignorant", "clueless", "abusive", "entitled", "childish", "nonsense",
		"ranting", "hallucinating", "nasty", "belligerent", "disgusting", "shameful", "embarrassing", "troll", "trolling", "fiction",
		"fantasy", "garbage", "trash", "rude", "hostile", "aggressive", "dramatic", "exaggerating", "exaggerated", "made",
		// What the reviewer or their person did, thrown back at them:
		// "your mother was yelling at our staff".
		"yelling", "screaming", "cursing", "swearing", "threatening", "drunk", "intoxicated"})
	// disputedWords say the review is wrong: arguing the facts in public
	// goes to a person.
	disputedWords = newWordSet([]string{"false", "untrue", "inaccurate", "misleading", "wrong", "incorrect", "mistaken", "accurate", "true"})
)

// replyJudgements finds a reply that passes judgement on the review or
// the reviewer: "this review is completely false and frankly
// unhinged", "you were extremely rude". An insult blocks (REV-03); a
// plain dispute ("this review is inaccurate") goes to a person.
func (s *scan) replyJudgements() []post.Finding {
	var out []post.Finding
	for _, se := range s.sents {
		if from, to, ok := s.onlyJokeIsReview29(se.tokStart, se.tokEnd); ok {
			out = append(out, s.finding(from, to, "This reply calls the reviewer or their review names. Replies are public and are judged by everyone."))
			continue
		}
		for i := se.tokStart; i < se.tokEnd; i++ {
			if !judgedTargets.has(s.toks[i].low) && !(kinWords.has(s.toks[i].low) && i > se.tokStart && inSet(s.toks[i-1].low, "your", "ur")) {
				continue
			}
			j := i + 1
			if j < se.tokEnd && s.toks[j].low == "'" {
				j++
			}
			if j < se.tokEnd && s.toks[j].low == "of" {
				// "your version of events is ...", "your account of what happened was ..."
				for k := j + 1; k < se.tokEnd && k <= j+3; k++ {
					if copulas.has(s.toks[k].low) {
						j = k
						break
					}
				}
			}
			if j >= se.tokEnd || !copulas.has(s.toks[j].low) {
				continue
			}
			hostile, disputed := -1, -1
			for k := j + 1; k < se.tokEnd && k < j+8; k++ {
				w := s.toks[k].low
				switch {
				case hostileJudgements.has(w) && (w != "made" || k+1 < se.tokEnd && s.toks[k+1].low == "up"):
					if hostile < 0 {
						hostile = k
					}
				case disputedWords.has(w):
					// "false", "not accurate"; but "not wrong" agrees.
					if disputed < 0 && (w == "accurate" || w == "true") == s.negatedBetween(i, k) {
						disputed = k
					}
				case judgeAdverbs.has(w), w == "up":
				default:
					k = se.tokEnd // "you were met with a rude reply": no judgement of them
				}
			}
			if hostile < 0 && disputed < 0 {
				// "this review is a joke" (t29reply, reply29.go).
				hostile = s.jokeAfter29(j+1, se.tokEnd)
			}
			switch {
			case hostile >= 0:
				out = append(out, s.finding(i, hostile+1, "This reply calls the reviewer or their review names. Replies are public and are judged by everyone."))
			case disputed >= 0:
				f := s.finding(i, disputed+1, "This reply tells the reviewer they are wrong, in public. A person should decide; arguing the facts often confirms them.")
				f.Severity, f.NeedsHuman = post.SeverityWarn, true
				out = append(out, f)
			default:
				continue
			}
			break
		}
	}
	return out
}

// negatedBetween reports a "not" between tokens from and to.
func (s *scan) negatedBetween(from, to int) bool {
	for t := from; t < to; t++ {
		if w := s.toks[t].low; w == "not" || w == "t" || w == "never" {
			return true
		}
	}
	return false
}

// outcomeWords after "your" are how the reviewer looks or measures
// since their care, words the health lists leave out as everyday:
// "your smile is brighter", "your numbers look great".
var outcomeWords = newWordSet([]string{"smile", "smiles", "glow", "complexion", "numbers", "levels", "lashes", "brows", "jawline",
	"hairline", "pearly", "whites", "figure", "curves",
	// A test or an exam of theirs: "your breathing test got you approved".
	"test", "tests", "screen", "screening", "scan", "exam", "physical"})

// followUpVerbs ask how something new is doing for the reviewer.
var followUpVerbs = newWordSet([]string{"work", "works", "working", "worked", "fit", "fits", "fitting", "holding", "helping", "helps",
	"treating", "feel", "feels", "feeling", "going", "healing", "settling"})

// facilityWords are new things of the office, not of the reviewer:
// "hope the new parking lot helps".
var facilityWords = newWordSet([]string{"lot", "parking", "system", "website", "site", "portal", "app", "hours", "phone", "phones",
	"line", "location", "office", "building", "entrance", "lobby", "door", "doors", "sign", "signs", "signage", "chairs", "tv", "coffee",
	"scheduling", "booking", "number", "hire", "hires", "staff", "team", "doctor", "provider", "nurse", "policy", "process", "menu",
	"playlist", "music", "decor", "space", "room", "rooms", "suite", "clinic", "wing", "ramp", "elevator", "kiosk", "form", "forms",
	"kiosks", "lots", "garage", "check", "reception", "locations", "address", "wifi", "machine", "machines", "equipment", "bathroom",
	"bathrooms", "seating", "layout", "logo", "texting", "reminder", "reminders", "schedule", "setup"})

// replyFollowUp finds a reply asking after something new the reviewer
// got ("hope the new glasses are working out", "let us know how the new
// orthotics fit"): it follows up on their care in public.
func (s *scan) replyFollowUp(done []bool) []post.Finding {
	c := sentenceFindings{s: s, done: done}
	for si, se := range s.sents {
		if done[si] {
			continue
		}
		for i := se.tokStart; i+2 < se.tokEnd; i++ {
			if w := s.toks[i].low; (w != "the" && w != "your" && w != "ur") || s.toks[i+1].low != "new" {
				continue
			}
			noun := i + 2
			if facilityWords.has(s.toks[noun].low) || newLifeWords.has(s.toks[noun].low) || s.toks[noun].kind != tokWord || !s.askedAfter(se.tokStart, i) {
				continue
			}
			for k := noun + 1; k < se.tokEnd && k <= noun+4; k++ {
				if followUpVerbs.has(s.toks[k].low) {
					// "Hope the new glasses are working out": what the
					// reviewer got here, asked after in public, is their
					// care told (every labelled set blocks it).
					c.add(si, i, k+1, false, "This reply asks after something new the reviewer got: it tells everyone what care they had here.")
					k = se.tokEnd
					i = se.tokEnd
				}
			}
		}
	}
	return c.out
}

// newLifeWords are new things of a life, not of care: "hope the new year
// is treating you kindly", "hope the new job is going well".
var newLifeWords = newWordSet([]string{"year", "month", "week", "season", "semester", "decade", "job", "house", "home", "apartment", "town", "city"})

// askedAfter reports a wish or a question before token i in its
// sentence: "hope", "let us know how", "how is".
func (s *scan) askedAfter(from, i int) bool {
	for t := from; t < i; t++ {
		if w := s.toks[t].low; w == "hope" || w == "hoping" || w == "how" || w == "know" || wishWords.has(w) {
			return true
		}
	}
	return false
}

// visitDayWords date a visit that happened: "on Tuesday", "yesterday",
// "last week".
var visitDayWords = newWordSet([]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
	"weekend", "morning", "afternoon", "evening", "night"})

// datedVisit reports a sentence that tells of a past visit, with a day
// on it: an apology or thanks for what was ("sorry the wait was long on
// Tuesday", "thanks for your patience yesterday").
func (s *scan) datedVisit(si int) bool {
	past, feeling := false, false
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		switch s.toks[t].low {
		case "was", "were", "had", "did", "came", "visited", "waited":
			past = true
		case "sorry", "apologize", "apologise", "apologies", "thanks", "thank", "glad", "happy":
			feeling = true
		case "open", "closed", "hours", "starting", "until", "til", "every":
			return false // "we're open Saturday mornings": hours, not a visit
		}
	}
	return past && feeling
}

// careSettings are where care happens: "in the chair", "on the table",
// "during the procedure".
var careSettings = newWordSet([]string{"chair", "table", "stirrups", "procedure", "exam", "cleaning", "shot", "shots", "draw", "scan",
	"ultrasound", "x", "xray", "injection", "injections", "visit", "appointment", "appt", "session", "checkup", "treatment", "surgery"})

// praiseWords praise how someone did in care: "a total champ", "such a
// trooper".
var praiseWords = newWordSet([]string{"champ", "trooper", "rockstar", "superstar", "warrior", "brave", "bravest", "hero", "pro",
	"champion", "tough", "toughest"})

// personPastOnce is personPast asked once per sentence: memo is 0 until
// asked, then 1 (yes) or 2 (no). A sentence of many praise words would
// otherwise be read whole once per word (quadratic on a long reply).
func (s *scan) personPastOnce(si int, memo *int8) bool {
	return s.sentenceOnceAsked(si, memo, s.personPast)
}

// sentenceOnceAsked answers ask(si) the first time and then from memo (0
// not yet asked, 1 yes, 2 no): a question about a whole sentence, asked at
// each of its words, must be worked out once or a long sentence grows
// with its square.
func (s *scan) sentenceOnceAsked(si int, memo *int8, ask func(int) bool) bool {
	if *memo == 0 {
		*memo = 2
		if ask(si) {
			*memo = 1
		}
	}
	return *memo == 1
}

// personPast reports a person and a past "was"/"were" in sentence si:
// "he was", "you were", "she did great".
func (s *scan) personPast(si int) bool {
	se := s.sents[si]
	person, past := false, false
	for t := se.tokStart; t < se.tokEnd; t++ {
		switch w := s.toks[t].low; {
		case personWords.has(w), w == "he", w == "she", w == "they", w == "him", w == "her", kinWords.has(w):
			person = true
		case w == "was", w == "were", w == "did":
			past = true
		}
	}
	return person && past
}

// recordVerbs are what the practice does with a patient's records.
var recordVerbs = newWordSet([]string{"found", "located", "checked", "pulled", "reviewed", "searched", "traced", "filed", "flagged",
	"updated", "corrected", "scanned", "faxed", "uploaded"})

// notRecords are the reviewer's words, not their records: "we reviewed
// your feedback".
var notRecords = newWordSet([]string{"feedback", "review", "comments", "comment", "concerns", "concern", "message", "post", "words",
	"note", "suggestion", "suggestions", "email", "letter"})

// ownedAfter reports "your"/"ur"/"his"/"her" + a thing of the reviewer's
// (not their words) within a few tokens from t: "found your forms".
func (s *scan) ownedAfter(t, end int) bool {
	for k := t; k < end && k < t+3; k++ {
		if inSet(s.toks[k].low, "your", "ur", "his", "her") && k+1 < end && s.toks[k+1].kind == tokWord {
			return !notRecords.has(s.toks[k+1].low)
		}
	}
	return false
}

// spanishEncounters are Spanish words of seeing or caring for someone:
// "fue un placer atenderle", "conocer a su mamá".
var spanishEncounters = newWordSet([]string{"atenderle", "atenderla", "atenderlo", "atenderte", "atenderlos", "atenderlas", "atendimos",
	"conocerle", "conocerla", "conocerlo", "conocerte", "verle", "verla", "verlo", "verte", "verlos", "recibirle", "recibirla", "cuidarle",
	"cuidarla", "cuidarlo", "conocer"})

// evidenceNouns are the practice's own records of a visit.
var evidenceNouns = newWordSet([]string{"footage", "camera", "cameras", "video", "videos", "log", "logs", "notes", "chart", "charts",
	"system", "records", "files", "file", "recording", "recordings", "timestamps", "sign", "signin", "schedule", "portal"})

// ourBefore reports "our" up to two tokens before t in its sentence.
func (s *scan) ourBefore(t, from int) bool {
	for k := t - 1; k >= from && k >= t-2; k-- {
		if s.toks[k].low == "our" {
			return true
		}
	}
	return false
}

// showsAfter reports a verb of showing within two tokens from t: "our
// footage shows", "our phone log clearly says".
func (s *scan) showsAfter(t, end int) bool {
	for k := t; k < end && k < t+3; k++ {
		if inSet(s.toks[k].low, "show", "shows", "showed", "indicate", "indicates", "confirm", "confirms", "say", "says", "said", "tell", "tells", "prove", "proves") {
			return true
		}
	}
	return false
}

// weekdayWords name a day of the week: "see you at Monday night group".
var weekdayWords = newWordSet([]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tues",
	"tue", "wed", "thurs", "thu", "fri", "sat", "sun"})
