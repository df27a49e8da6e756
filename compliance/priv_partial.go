package compliance

import (
	"strconv"
	"strings"

	"github.com/practicepost/practicepost/post"
)

// Partial and written-out identifiers: a card's last four digits, a short
// account number, an e-mail address spelled "jsmith (at) mail dot com",
// "the last four of your SSN". Each is as identifying as the whole number
// next to a bill or a visit, and each hides from the format checks.

var (
	// partialCardRE is "card ending 9021", "ends in 9021", "member ID
	// starting W77", "last four digits 9021", "xxxx-9021", "****9021",
	// and a plan number's end with its letters ("our Medicare friend
	// ending -7720A", "insurance card (ends 55T2X)").
	partialCardRE = mustAnchor(`(?i)\b(?:(?:card|visa|mastercard|amex|debit|credit|account|acct|tarjeta|cuenta|medicare|medicaid|insurance|mbi)\b[^0-9\n]{0,24}?\b(?:ending|ends|terminad[ao]|termina)(?:\s+(?:in|with|en))?|(?:ending|ends)\s+(?:in|with)|terminad[ao]\s+en|last[\s-]+(?:(?:four|4)(?:[\s-]+digits)?|digits)(?:\s+(?:of|are|is))?(?:\s+(?:your|his|her|the|their))?(?:\s+(?:card|account|acct))?)\s*[:#]?\s*(?:-|\.{2,3}|…)?([0-9a-z]{4,6})\b|\b(?:id|member|policy|account|acct|card|chart|record|mrn|claim|mbi|cin|number|beneficiary|subscriber|medicare|medicaid|insurance)\s+(?:(?:no|number|#)\.?\s+)?(?:ending|ends|starting|starts|beginning)(?:\s+(?:in|with))?\s*[:#]?\s*(?:-|\.{2,3}|…)?([0-9a-z]{2,6})\b`, 96)
	maskedCardRE  = mustAnchor(`(?i)(?:[x*•]{4}[ -]?){1,3}(\d{4})\b`, 24)
	// shortAccountRE is "account no. 55-1290", "acct #4471", "account
	// number 88120", "ref: 2201-98X", "confirmation code HX7-221", "acct
	// 5521-77", "Rx #4471902": an account, claim or prescription number
	// too short for the bank check.
	shortAccountRE = mustAnchor(`(?i)\b(?:account|acct|cuenta|invoice|statement|case|claim|ticket|file|ref|reference|patient|pt|chart|encounter|visit|confirmation|rx|prescription)\.?\s*(?:(?:(?:no\.?|num(?:ber)?\.?|#|id|code)\s*[:#]?|:)\s*(?:(?:is|was)\s+)?(?:…|\.{2,3})?((?:[a-z]{1,4}\d?-?)?\d[\d-]{1,16}\d[a-z]{0,2})\b|\s(\d{2,7}-(?:[a-z]|\d{2,6})|[a-z]{1,4}-\d{3,7})\b)`, 48)
	// spelledEmailRE is an address with the @ and dots written out, in
	// English or Spanish ("maria.g (arroba) gmail punto com").
	// The name before the @ may spell its own dot ("yvrose dot p at
	// yahoo"), the host up to three words ("big sky mail dot com"), and a
	// big mail provider needs no ending ("at yahoo").
	spelledEmailRE = mustAnchor(`(?i)\b([a-z0-9][a-z0-9._-]{1,40}(?:\s(?:dot|underscore|punto)\s[a-z0-9][a-z0-9._-]{0,20})?|[a-z0-9]{1,40}\s(?:dot|underscore|punto)\s[a-z0-9][a-z0-9._-]{0,20})\s*(?:\(at\)|\[at\]|\{at\}|<at>|\sat\s|\(arroba\)|\[arroba\]|\sarroba\s)\s*(?:([a-z0-9-]{2,40}(?:\s[a-z0-9-]{2,20}){0,2}?)\s*(?:\(dot\)|\[dot\]|\{dot\}|\[\.\]|\(\.\)|\{\.\}|\sdot\s|\speriod\s|\(punto\)|\spunto\s|\.)\s*([a-z]{2,10})\b|(gmail|yahoo|hotmail|outlook|aol|icloud|protonmail|ymail|comcast|verizon|sbcglobal|bellsouth)\b)`, 120)
	// ssnPartRE is "last four of your SSN", "last 4 of his social": part of
	// a Social Security number, asked for or given.
	ssnPartRE = mustAnchor(`(?i)(?:\blast\s+(?:four|4)(?:\s+digits)?\s+(?:of\s+)?(?:your|his|her|their|the|my)?\s*(?:ssn|social(?:\s+security)?(?:\s+(?:number|no|#))?)\b|[uú]ltimos\s+(?:cuatro|4)(?:\s+d[ií]gitos)?\s+(?:de(?:l)?\s+)?(?:su|tu|sus)?\s*(?:ssn|seguro\s+social)\b)(?:\s*(?:is|are|es|son|:)?\s*\d{4}\b)?|\b(?:ssn|ss#|social(?:\s+security)?(?:\s+(?:number|no|#))?|seguro\s+social)\s*#?\s*(?:ending|ends|terminad[oa]|termina)(?:\s+(?:in|with|en))?\s*[:#]?\s*-?\d{4}\b`, 80)
)

var (
	partialCardAnchor = wordAnchor("card", "visa", "mastercard", "amex", "debit", "credit", "account", "acct", "ending", "ends", "last",
		"tarjeta", "cuenta", "terminada", "terminado", "medicare", "medicaid", "insurance",
		"id", "member", "policy", "chart", "record", "mrn", "claim", "mbi", "cin", "number", "beneficiary", "subscriber")
	accountAnchor = wordAnchor("account", "acct", "cuenta", "invoice", "statement", "case", "claim", "ticket", "file", "ref", "reference",
		"patient", "pt", "chart", "encounter", "visit", "confirmation", "rx", "prescription")
	lastAnchor = wordAnchor("last", "últimos", "ultimos", "ssn", "ss", "social", "seguro")
)

// accountNumberNext turns away an account word that shortAccountRE's
// number label ("no", "num", "#", "id", "code", ":") or number does not follow: "our
// patient Maria", "visit our site". Those words are common in posts, and
// the expression costs several hundred instructions a byte to try.
func accountNumberNext(s *scan, i int) bool {
	if s.thenByte(i, "nN#iIcC:0123456789") {
		return true
	}
	// "Acct NE-20931": a short letter prefix joined to the number by a dash.
	n := i + 1
	return n < len(s.toks) && s.toks[n].kind == tokWord && len(s.toks[n].low) <= 4 && s.toks[n].end < len(s.text) && s.text[s.toks[n].end] == '-'
}

// wordOrNumber matches any token but punctuation.
func wordOrNumber(s *scan, i int) bool { return s.toks[i].kind != tokPunct }

// endingWords are the words partialCardRE needs one of.
var endingWords = newWordSet([]string{"ending", "ends", "starting", "starts", "beginning", "last", "terminada", "terminado", "termina"})

// partialCards finds card and account numbers given by their last four
// digits (PRIV-09).
func partialCards(s *scan) []post.Finding {
	var out []post.Finding
	msg := "Part of a card or account number (its last digits) next to a person's bill identifies them. Payment details must never be posted."
	if s.hasAny(endingWords) {
		for _, m := range s.findAt(partialCardRE, partialCardAnchor) {
			// The ending may hold letters (a Medicare ID's "4TW7") but
			// not only letters ("ending in June").
			g := s.text[max(m[2], m[4]):max(m[3], m[5])]
			if y, err := strconv.Atoi(g); err == nil && y >= 1900 && y <= 2100 && !labelledEnding(s.text[m[0]:m[1]]) {
				continue // "the fiscal year ending in 2027"
			}
			if glued := strings.ToLower(s.text[m[0]:min(m[1], m[0]+5)]) == "last-"; glued && !cardWordNear(s.text, m[0], m[1]) {
				continue // "the last-four-3318 form": a form's name, unless a card is near
			}
			if s.phoneEnding(m[0], m[1]) || s.endsPhoneHere(g, m[0], m[1]) || s.endingNeverAsked(m[0], m[1]) {
				continue // "our number ends in 0142", "a text from a number ending in 0167": the practice's phone
			}
			if strings.ContainsAny(g, "0123456789") {
				if sampleEnding(g) && calledExample(s.text, m[0], m[1]) {
					out = append(out, sampleCardFinding(m[0], m[1])) // "Card ending 1234? That's the example" (samplecards19.go)
					continue
				}
				out = append(out, post.Finding{Start: m[0], End: m[1], Message: msg})
			}
		}
	}
	if strings.Contains(s.text, "xxxx") || strings.Contains(s.text, "XXXX") || strings.Contains(s.text, "****") || strings.Contains(s.text, "••••") {
		for _, m := range s.findAtBytes(maskedCardRE, func(i int) bool {
			c := s.text[i]
			return (c == 'x' || c == 'X' || c == '*' || c == 0xe2) && (i == 0 || !isWordByte(s.text[i-1]))
		}) {
			if !overlapsAny(out, m[0], m[1]) {
				out = append(out, post.Finding{Start: m[0], End: m[1], Message: msg})
			}
		}
	}
	return out
}

// cardWordNear reports whether a card or an account is named within a
// few words of text[from:to] ("the last-four-3318 card holder").
func cardWordNear(text string, from, to int) bool {
	near := strings.ToLower(text[max(0, from-40):min(len(text), to+40)])
	for _, w := range []string{"card", "visa", "mastercard", "amex", "debit", "credit", "account", "acct", "tarjeta", "cuenta"} {
		if strings.Contains(near, w) {
			return true
		}
	}
	return false
}

// labelledEnding reports whether an "ending in" match names what ends:
// a card, an account, an ID or its last digits.
func labelledEnding(m string) bool {
	// Whole words: "medicaid" and "paid" hold "id". A plan's name alone
	// does not label a year: "Medicare open enrollment ends in 2027" is
	// a date.
	for _, f := range strings.FieldsFunc(strings.ToLower(m), func(r rune) bool { return !isWordByte(byte(r)) || r >= 0x80 }) {
		if endingLabels.has(f) {
			return true
		}
	}
	return false
}

// endingLabels are the words that say what an "ending in" number is.
var endingLabels = newWordSet([]string{"card", "cards", "visa", "mastercard", "amex", "debit", "credit", "account", "acct", "id", "member", "policy",
	"chart", "record", "mrn", "claim", "mbi", "cin", "number", "no", "beneficiary", "subscriber", "last", "tarjeta", "cuenta"})

// accountLabels are the words shortAccountRE needs one of.
var accountLabels = newWordSet([]string{"account", "acct", "cuenta", "invoice", "statement", "case", "claim", "ticket", "file", "ref", "reference", "patient", "pt",
	"chart", "encounter", "visit", "confirmation", "rx", "prescription"})

// shortAccounts finds account, invoice and claim numbers introduced by
// their label (PRIV-08).
func shortAccounts(s *scan) []post.Finding {
	var out []post.Finding
	if !s.hasAny(accountLabels) {
		return nil
	}
	for _, m := range s.findAt(shortAccountRE, allAnchor(accountAnchor, accountNumberNext)) {
		// Eight digits and more are the bank-number check's (PRIV-09).
		// Unlabelled, only a number with a letter after it ("account
		// 7713-B") is an account's.
		g := s.text[max(m[2], m[4]):max(m[3], m[5])]
		if !s.accountLabelled(m, g) {
			continue
		}
		if yearRange(g) || unitRange(g, s.text[m[1]:]) {
			continue // "account 2023-24": a fiscal year; "Rx 30-90 day supply": a span of days
		}
		// A hyphenated number of eight digits and more ("#00918-224") is
		// no run the bank check sees: it is the account's all the same.
		if n := len(digitsOf(g)); n >= 4 && (n < 8 || n <= 12 && strings.Contains(g, "-")) {
			out = append(out, post.Finding{Start: m[0], End: m[1], Message: "This looks like an account or claim number. Account numbers identify a patient and must never be posted."})
		}
	}
	return out
}

// moneyLabels name only accounts, claims and prescriptions: after them a
// colon, "code" or a bare "5521-77" is enough. After the others ("visit:
// 10-12", "case 2023-24") a number is a time, a range or a season unless
// it is labelled "no", "#" or "id" or ends in a letter ("7713-B").
var moneyLabels = newWordSet([]string{"account", "acct", "cuenta", "invoice", "claim", "ref", "reference", "confirmation", "rx", "prescription", "chart"})

// accountLabelled reports whether shortAccountRE's match m, with number g,
// is labelled well enough for its label word.
func (s *scan) accountLabelled(m []int, g string) bool {
	from, _ := s.tokenRange(m[0], m[1])
	if from >= len(s.toks) || moneyLabels.has(s.toks[from].low) {
		return true
	}
	if c := g[len(g)-1]; c > '9' {
		return true // "account 7713-B"
	}
	label := strings.ToLower(s.text[m[0]:max(m[2], m[4])])
	return strings.Contains(label, "#") || strings.Contains(label, " no") || strings.Contains(label, "num") || strings.Contains(label, "id")
}

// spelledAt spell an e-mail address's @.
var spelledAt = newWordSet([]string{"at", "arroba"})

// spelledDot spell its dots.
var spelledDot = newWordSet([]string{"dot", "period", "punto"})

// spelledEmails finds e-mail addresses written out to dodge filters
// (PRIV-03).
func spelledEmails(s *scan) []post.Finding {
	if !s.hasAny(spelledAt) || !(s.hasAny(spelledDot) || strings.Contains(s.text, ".") || s.hasAny(mailProviders)) {
		return nil
	}
	// A match is kept only with a spelled-out mark in it (a bracket, a
	// spelled dot or "arroba", the test in the loop below). Most posts
	// that say "at" and end a sentence have none of them, and the
	// regexp costs them some 500k instructions on 280 bytes: ask first.
	// A mailbox "at" a big provider needs no spelled mark ("rasheed.k at
	// outlook"), only a provider's name among the words.
	provider := s.hasAny(mailProviders)
	if !strings.ContainsAny(s.text, "([") && !s.hasAny(spelledDot) && !s.wordContains("arroba") && !provider {
		return nil
	}
	var out []post.Finding
	for _, m := range s.findAt(spelledEmailRE, wordOrNumber) {
		low := strings.ToLower(s.text[m[0]:m[1]])
		if inSet(strings.ToLower(s.text[m[2]:m[3]]), "us", "me", "you", "him", "her", "them") {
			continue // "meet us at the park dot com": words, not a mailbox
		}
		host := ""
		if m[4] >= 0 {
			host = strings.ToLower(s.text[m[4]:m[5]] + "." + s.text[m[6]:m[7]])
			if first, _, two := strings.Cut(host, " "); two && inSet(first, "the", "a", "an", "our", "my", "your", "this") {
				continue
			}
		}
		atProvider := m[4] < 0 && mailboxLike(s.text[m[2]:m[3]]) // "tran_b99 at hotmail"
		if s.c.allow.domain(host) || (!atProvider && !strings.ContainsAny(low, "([") && !strings.Contains(low, " dot ") && !strings.Contains(low, " period ") &&
			!strings.Contains(low, "arroba") && !strings.Contains(low, " punto ")) {
			continue // "see us at maplefamilymed.com" is a link, not an address
		}
		out = append(out, post.Finding{Start: m[0], End: m[1], Message: "An e-mail address written out in words is still an e-mail address. Personal addresses must not be posted.",
			Suggestion: "Use the practice's own address, or remove it."})
	}
	return out
}

// scamWarningWords make a sentence a warning against giving the number
// away, not a request for it or the number itself.
var scamWarningWords = newWordSet([]string{"never", "won", "wont", "scam", "scams", "scammer", "scammers", "fraud", "phishing", "spoof", "spoofed",
	"nunca", "estafa", "estafas", "fraude"})

// ssnPartCues are the words ssnPartRE needs one of.
var ssnPartCues = newWordSet([]string{"last", "últimos", "ultimos", "ssn", "ss", "social"})

// ssnParts finds "the last four of your SSN" (PRIV-01): part of a Social
// Security number, or a request for it, does not belong in a post.
func ssnParts(s *scan) []post.Finding {
	if !s.hasAny(ssnPartCues) {
		return nil
	}
	var out []post.Finding
	for _, m := range s.findAt(ssnPartRE, lastAnchor) {
		if from, _ := s.tokenRange(m[0], m[1]); s.sentenceHasWord(s.toks[from].sent, scamWarningWords) {
			continue // "we will never ask for the last four of your SSN"
		}
		if s.ssnNotNeeded(m[0], m[1]) {
			continue // "You do NOT need the last 4 of your SSN to book with us"
		}
		out = append(out, post.Finding{Start: m[0], End: m[1], Message: "Part of a Social Security number, or a request for it. Never in a post; ask by phone or in the patient portal.",
			Suggestion: "Ask people to call the office instead."})
	}
	return out
}

// wordContains reports whether the text holds sub, a run of lower-case
// ASCII letters, in any case: as containsFoldASCII(s.text, sub), read from
// the text's distinct words instead of every byte. Letters next to each
// other are always one token, so such a run lies inside one word, whose
// low holds it lowered.
func (s *scan) wordContains(sub string) bool {
	for _, w := range s.words.list {
		if len(w) >= len(sub) && strings.Contains(w, sub) {
			return true
		}
	}
	return false
}

// phoneWords say a number is one that calls or texts.
var phoneWords = newWordSet([]string{"text", "texts", "texted", "call", "calls", "called", "caller", "calling", "phone", "voicemail",
	"sms", "line", "dial"})

// phoneEnding reports whether the partialCardRE match [a,b) is a phone
// number told by its last digits: the match starts at "number" (no card,
// account or ID named in it) and the number is the practice's own ("our
// number ends in 0142") or one that calls or texts ("a text from a number
// ending in 0167"). A phone number's end tells no one's payment.
func (s *scan) phoneEnding(a, b int) bool {
	t := s.tokenStart(a)
	if t >= len(s.toks) || s.toks[t].low != "number" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(s.text[a:b])) {
		if inSet(strings.Trim(w, ".,:#"), "card", "account", "acct", "id", "member", "policy", "claim", "mrn", "chart", "record") {
			return false
		}
	}
	if t >= 2 && inSet(s.toks[t-1].low, "a", "the") && s.toks[t-2].low == "from" {
		return true // "a text from a number ending in 0167", "we call from a number ending in 0142"
	}
	// "We called the number ending in 4471", "I left a voicemail at the
	// number ending in 8812": a number the practice called is the
	// patient's.
	byUs := false
	for k := t - 1; k >= s.sents[s.toks[t].sent].tokStart; k-- {
		byUs = byUs || inSet(s.toks[k].low, "we", "i")
	}
	for k := t - 1; k >= 0 && k >= t-4 && s.toks[k].sent == s.toks[t].sent; k-- {
		if w := s.toks[k].low; w == "our" || phoneWords.has(w) && !byUs {
			return true
		}
	}
	return false
}

// ssnNotNeeded reports whether the SSN part at bytes [a,b) is named only
// as what is not needed ("You do NOT need the last 4 of your SSN", "no
// need for the last four of your social"): a negation a few words before
// it in its clause, and no digits given.
func (s *scan) ssnNotNeeded(a, b int) bool {
	run := 0
	for i := a; i < b; i++ {
		if c := s.text[i]; c >= '0' && c <= '9' {
			if run++; run == 4 {
				return false // "the last 4 of his SSN is 5521": the number itself
			}
		} else {
			run = 0
		}
	}
	from, _ := s.tokenRange(a, b)
	for t := from - 1; t >= 0 && t >= from-5 && s.toks[t].sent == s.toks[from].sent && !clauseBreak(&s.toks[t]); t-- {
		if s.isNegator(t) {
			return true
		}
	}
	return false
}

// endsPhoneHere reports whether the ending g of the match [a,b) also ends
// a phone number written out elsewhere in the text ("Card ending in 0147?
// Nope, that's our phone number, 615-555-0147"): the digits are the
// phone's, told to say what they are not.
func (s *scan) endsPhoneHere(g string, a, b int) bool {
	if len(g) != 4 {
		return false
	}
	for i := 0; i < len(s.text); {
		k := strings.Index(s.text[i:], g)
		if k < 0 {
			return false
		}
		k += i
		i = k + len(g)
		if k >= a && k < b || k < 5 || i < len(s.text) && isDigit(s.text[i]) {
			continue
		}
		// "555-0147", "555.0147", "555 0147": three digits and a separator.
		if inSet(s.text[k-1:k], "-", ".", " ") && isDigit(s.text[k-2]) && isDigit(s.text[k-3]) && isDigit(s.text[k-4]) {
			return true
		}
	}
	return false
}

// askVerbs are what a practice says it never does with a card number.
var askVerbs = newWordSet([]string{"ask", "asks", "know", "request", "text", "call", "email", "need"})

// endingNeverAsked reports whether the match [a,b) is a card ending put as
// a question of its own ("Card ending in 4471?") that the next sentence
// answers with what the practice never asks ("We'd never know and never
// ask"): a scam warning, no one's card.
func (s *scan) endingNeverAsked(a, b int) bool {
	from, to := s.tokenRange(a, b)
	if from >= len(s.toks) || to >= len(s.toks) || s.toks[to].low != "?" {
		return false
	}
	si := s.toks[from].sent
	if se := s.sents[si]; from != se.tokStart || to+1 != se.tokEnd || si+1 >= len(s.sents) {
		return false
	}
	return s.sentenceHasWord(si+1, askVerbs) && s.sentenceHasWord(si+1, neverWord)
}

// neverWord is "never" as a set.
var neverWord = newWordSet([]string{"never"})

// spanUnits are what a span of two small numbers counts: "30-90 day
// supply", "10-14 days", "5-10 mg".
var spanUnits = newWordSet([]string{"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
	"minute", "minutes", "min", "mins", "mg", "ml", "tablets", "pills", "doses", "refills", "percent"})

// unitRange reports whether g, two groups of at most three digits joined
// by a hyphen, is a span of days, weeks or doses: the word after it is
// a unit ("Rx 30-90 day supply options"). The short account groups of
// session 18 ("acct 07-51123") have a longer second group (att18).
func unitRange(g, after string) bool {
	first, second, ok := strings.Cut(g, "-")
	if !ok || len(first) > 3 || len(second) > 3 || len(digitsOf(first)) != len(first) || len(digitsOf(second)) != len(second) {
		return false
	}
	after = strings.TrimLeft(after, " -")
	if strings.HasPrefix(after, "%") {
		return true
	}
	end := 0
	for end < len(after) && isASCIILetter(after[end]) {
		end++
	}
	return spanUnits.has(strings.ToLower(after[:end]))
}
