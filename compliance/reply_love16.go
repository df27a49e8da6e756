package compliance

import (
	"unicode/utf8"

	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

// Love sent home (session 16, t16reply). A reply that sends a hug,
// love, regards or a hello to the person the review was about ("Give
// your grandma a big hug from all of us!", "Please give her our warmest
// regards", "Please give Ayeeyo our love!", "Say hi to your grandma for
// us") or wishes the reader's family well ("We hope you and the whole
// family are well", "Saludos a toda la familia", "Congratulations to your
// whole family") tells no care, but it is warmth toward people the
// practice knows: every development set labels it review, so a person
// decides (REV-01 warn). The warmth is sent only to someone the review
// spoke of ("my grandma", "my whole family"). The practice's own team ("the whole crew at our
// huddle") and "every family" it serves are no one's.

// lovePassVerbs send warmth to someone: "give her a hug", "send our
// love", "say hi to", "tell your mom".
var lovePassVerbs = newWordSet([]string{"give", "send", "sending", "tell", "pass", "say", "extend", "hug"})

// lovePassed are the warmth sent: "a big hug", "our love", "our best".
var lovePassed = newWordSet([]string{"hug", "hugs", "love", "regards", "wishes", "best", "hi", "hello", "greetings", "kisses",
	"prayers", "blessings", "congratulations", "congrats", "abrazo", "abrazos", "saludos"})

// familyWished, in a sentence with the reader's family, wish or greet:
// "we hope you and the whole family are well", "pozdrav to the family".
var familyWished = newWordSet([]string{"hope", "hoping", "hopes", "wishing", "wish", "wishes", "sending", "send", "love", "saludos",
	"pozdrav", "congratulations", "congrats", "hugs", "hug", "abrazo", "abrazos", "thinking", "greetings", "regards",
	"best", "well", "healthy"})

// familyNouns are the reader's household: "your whole family".
var familyNouns = newWordSet([]string{"family", "fam", "familia", "household", "ohana", "whānau", "loved"})

// loveSendWindow bounds how far after the verb the person is looked for.
const loveSendWindow = 8

// replyLoveSent warns on the sentences not yet reported (done) that send
// warmth to the review's person or wish the reader's family well.
func (s *scan) replyLoveSent(done []bool) []post.Finding {
	c := sentenceFindings{s: s, done: done}
	for si, se := range s.sents {
		if done[si] || se.tokEnd <= se.tokStart {
			continue
		}
		if from, to, ok := s.loveSentIn(si); ok {
			c.add(si, from, to, true, "This reply sends warmth to the person the review was about: it tells readers the practice knows them. A person should decide.")
		} else if from, to, ok := s.familyWishedIn(si); ok {
			c.add(si, from, to, true, "This reply wishes the reviewer's family well: it tells readers the practice knows them. A person should decide.")
		}
	}
	return c.out
}

// loveSentIn finds a verb that sends warmth with the person it goes to
// after it, in sentence si: tokens of the verb to the person.
func (s *scan) loveSentIn(si int) (int, int, bool) {
	if !s.reviewNamesPerson() {
		// "Say hi to your sister for us" to "friendly staff": no one the
		// review spoke of is greeted back.
		return 0, 0, false
	}
	se := s.sents[si]
	for i := se.tokStart; i < se.tokEnd; i++ {
		if !lovePassVerbs.has(s.toks[i].low) {
			continue
		}
		loved := false
		for k := i + 1; k < se.tokEnd && k <= i+loveSendWindow; k++ {
			loved = loved || lovePassed.has(s.toks[k].low)
		}
		if !loved {
			continue
		}
		for k := i + 1; k < se.tokEnd && k <= i+loveSendWindow; k++ {
			if to, ok := s.lovedPersonAt(k, i, se.tokEnd); ok {
				return i, to, true
			}
		}
	}
	return 0, 0, false
}

// lovedPersonAt reports whether token k, after the verb at v, begins
// the person the review was about, and where that person ends: "your
// grandma", "her", "those little ones", or a name or kin title right
// after the verb ("give Ayeeyo").
func (s *scan) lovedPersonAt(k, v, end int) (int, bool) {
	w := s.toks[k].low
	switch {
	case inSet(w, "your", "ur", "the", "those", "that", "these"):
		for j := k + 1; j < end && j <= k+2; j++ {
			if kinWords.has(s.toks[j].low) || inSet(s.toks[j].low, "grandkids", "grandbaby", "grandbabies", "ones", "parents") {
				return j + 1, true
			}
		}
	case inSet(w, "her", "him", "them"):
		return k + 1, true
	case k == v+1 && s.toks[k].capital && s.toks[k].kind == tokWord && utf8.RuneCountInString(w) >= 3:
		return k + 1, !s.c.allow.isStaff([]string{w}) && !names.Language(w) && !staffTitles.has(w)
	}
	return 0, false
}

// familyWishedIn finds the reader's family ("your whole family", "you
// and the family", "toda la familia") in a sentence that wishes or
// greets: tokens of the family phrase.
func (s *scan) familyWishedIn(si int) (int, int, bool) {
	se := s.sents[si]
	if !s.sentenceHasWord(si, familyWished) {
		return 0, 0, false
	}
	for k := se.tokStart; k < se.tokEnd; k++ {
		if !familyNouns.has(s.toks[k].low) {
			continue
		}
		from := k - 1
		if from >= se.tokStart && inSet(s.toks[from].low, "whole", "entire", "toda", "beautiful", "lovely") {
			from--
		}
		if from < se.tokStart {
			continue
		}
		owner := s.toks[from].low
		readers := inSet(owner, "your", "ur", "su", "tu") ||
			// "you and the family", "to the whole family", "a toda la
			// familia"
			inSet(owner, "the", "la") && from > se.tokStart && inSet(s.toks[from-1].low, "and", "to", "a", "toda")
		if readers {
			return from, k + 1, true
		}
	}
	return 0, 0, false
}
