package compliance

import (
	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

// CLAIM-07 words that price nothing (issue 11, session 15, read by kind
// on dev..dev77, clean posts labelled pass): a phone number to save
// ("Save 509-555-0142 in your phone"), a "-free" compound that says
// "without" ("a wait-free visit"), and free interpreters told in the
// sentence before ("Need an interpreter? It's always free").

// savesPhone reports whether price finding f is "save" before the first
// group of a phone number ("Save 614-555-2368", "save 614 555 2368"):
// a number to keep, no saving.
func (s *scan) savesPhone(f post.Finding) bool {
	from, to := s.tokenRange(f.Start, f.End)
	if to-from != 2 || to > len(s.toks) || s.toks[from].low != "save" || s.toks[to-1].kind != tokNumber {
		return false
	}
	return phoneRestAt(s.text, s.toks[to-1].end)
}

// phoneRestAt reports whether the text at byte i goes on as a phone
// number's last two groups: a separator, three digits, a separator and
// four digits ("-555-0142", " 555 0142", ".555.0142").
func phoneRestAt(text string, i int) bool {
	digits := func(at, n int) bool {
		if at+n > len(text) {
			return false
		}
		for k := at; k < at+n; k++ {
			if text[k] < '0' || text[k] > '9' {
				return false
			}
		}
		return at+n == len(text) || text[at+n] < '0' || text[at+n] > '9'
	}
	return i+9 <= len(text) && isPhoneSep(text[i]) && digits(i+1, 3) && isPhoneSep(text[i+4]) && digits(i+5, 4)
}

// pricedFreeWords before a hyphen make "-free" a price: "cost-free",
// "fee-free", "copay-free". Any other "X-free" means without X.
var pricedFreeWords = newWordSet([]string{"cost", "charge", "fee", "fees", "copay", "pay", "payment", "price", "interest",
	"bill", "cash", "deductible", "tuition", "commission"})

// freeWithout reports whether the "free" at token i closes a compound
// that says "without" and qualifies the word after it: "a wait-free
// visit", "hassle-free care". A "cost-free visit" is a price; a "-free"
// standing alone ("3 years cancer-free", "fluoride-free 🌿") may tell a
// health claim, which the free walk weighs with its own list.
func (s *scan) freeWithout(i int) bool {
	if i == 0 || i+1 >= len(s.toks) || s.toks[i].low != "free" || !s.hyphenJoined(i) || s.toks[i-1].kind != tokWord ||
		pricedFreeWords.has(s.toks[i-1].low) {
		return false
	}
	next := &s.toks[i+1]
	return next.kind == tokWord && next.sent == s.toks[i].sent && !freePhraseEnd.has(next.low)
}

// freeWithoutIn reports whether finding f holds a "free" that closes a
// "without" compound.
func (s *scan) freeWithoutIn(f post.Finding) bool {
	from, to := s.tokenRange(f.Start, f.End)
	for t := from; t < to && t < len(s.toks); t++ {
		if s.toks[t].low == "free" {
			return s.freeWithout(t)
		}
	}
	return false
}

// anaphorOpeners open a sentence that speaks of what the one before
// named: "It's always free", "They're free at every visit".
var anaphorOpeners = newWordSet([]string{"it", "its", "they", "theyre", "that", "thats", "this", "both", "all", "each"})

// helpBefore reports whether the sentence of token i opens with "it" or
// "they" and the sentence before names only help that is no care ("Need
// an interpreter? Tell the front desk. It's always free"): the price word
// is the help's.
func (s *scan) helpBefore(i int) bool {
	si := s.toks[i].sent
	if !anaphorOpeners.has(s.toks[s.sents[si].tokStart].low) {
		return false
	}
	for k := si - 1; k >= 0 && k >= si-2; k-- {
		switch s.helpOrCare(s.sents[k].tokStart, s.sents[k].tokEnd) {
		case 1:
			return true
		case -1:
			return false
		}
	}
	return false
}

// languageNamed reports whether token t is a language named as one, in
// a sentence offering interpreters or with another language beside it
// ("Chin and Nepali interpreters", "Hmong, Chin and Karen"): a language,
// not a body part.
func (s *scan) languageNamed(t int) bool {
	tk := &s.toks[t]
	if !tk.capital || tk.kind != tokWord {
		return false
	}
	if names.Language(tk.low) {
		return true
	}
	if s.sentenceHasWord(tk.sent, interpreterWords) {
		return true
	}
	for k := t - 2; k <= t+2; k++ {
		if k >= 0 && k < len(s.toks) && k != t && s.toks[k].sent == tk.sent && s.toks[k].capital && names.Language(s.toks[k].low) {
			return true
		}
	}
	return false
}

// interpreterWords offer language help: a capitalised body word beside
// them ("Chin") is a language.
var interpreterWords = newWordSet([]string{"interpreter", "interpreters", "interpreting", "interpretation", "translation",
	"translator", "translators", "language", "languages"})

// helpModifier reports whether the care word at token t only says what
// kind of help the next word is: "medical interpreters".
func (s *scan) helpModifier(t, to int) bool {
	return t+1 < to && helpWords.has(s.toks[t+1].low)
}
