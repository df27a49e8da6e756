package compliance

import (
	"net"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

var (
	urlRE        = mustAnchor(`(?i)\b(?:https?://|www\.)[^\s<>"'()]+`, 2048).spaceFree()
	bareDomainRE = mustAnchor(`(?i)\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|us|info|biz|health|me|care|app|[a-z]{2}\.[a-z]{2}|de|uk|ca|fr|se|ch|br|uy|cy|pt|es|it|nl|au)\b(?:/[^\s]*)?`, 1024).spaceFree().withHand(matchBareDomain)
	// recordRE finds an identifier introduced by a record, plan, licence,
	// plate, serial or passport word (Safe Harbor H, I, K, L, M); a plate
	// may carry its state first ("plate KS 4TR-882"), and an ID on a card
	// is often copied in its printed groups ("XGH 448 2231 01").
	recordRE = mustAnchor(`(?i)\b(?:mrn|medical\s+record|chart|patient\s+id|member|subscriber|policy|group\s+(?:no|number|#)|medicare|medicaid|beneficiary|claim|insurance|licen[cs]e|dl|cdl|twic|permit|badge|plates?|vin|s/n|serial|udi|device\s+id|passport|itin|taxpayer\s+id|certificate|cert|expediente|historia\s+cl[ií]nica|p[oó]liza|afiliad[oa]|licencia|placa)\b[^A-Za-z0-9\n]{0,4}(?:(?:id|no|num|number|is|was|plate|card|holder|n[uú]mero|n[uú]m|n|de|del|es|paciente)\b[^A-Za-z0-9\n]{0,4}){0,3}(?:(?-i:[A-Z]{2})\s+)?([A-Za-z0-9][A-Za-z0-9*-]{3,19}|[A-Za-z0-9]{2,5}(?:[ ][0-9][A-Za-z0-9]{1,4}){1,4})\b`, 96)
	mbiRE    = mustAnchor(`\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b`, 16)
	vinRE    = mustAnchor(`\b[A-HJ-NPR-Z0-9]{17}\b`, 17)
	cardRE   = regexp.MustCompile(`\b(?:\d[ -]?){12,18}\d\b`)
	ibanRE   = mustAnchor(`(?i)\b[a-z]{2}\d{2}(?:[ ]?[a-z0-9]{4}){2,7}(?:[ ]?[a-z0-9]{1,3})?\b`, 48)
	bankRE   = regexp.MustCompile(`\b\d{8,17}\b`)
)

// recordAnchor finds the words recordRE starts with.
var recordAnchor = wordPrefix("mrn", "medical", "chart", "patient", "member", "subscriber", "policy", "group", "medicare", "medicaid", "insurance",
	"beneficiary", "claim", "licen", "dl", "cdl", "twic", "permit", "badge", "plate", "vin", "serial", "udi", "device", "passport", "itin", "taxpayer", "certificate", "cert",
	// Spanish: "expediente 48213", "historia clínica", "póliza", "afiliado".
	"expediente", "historia", "póliza", "poliza", "afiliad", "licencia", "placa")

// recordAnchor is recordAnchor, plus the "s" of "S/N" when the text has one.
func (s *scan) recordAnchor() func(string) bool {
	if !strings.Contains(s.text, "/N") && !strings.Contains(s.text, "/n") {
		return recordWord
	}
	return func(w string) bool { return w == "s" || recordAnchor.has(w) }
}

// recordWord is recordAnchor.has, bound once rather than on every check.
var recordWord = recordAnchor.has

// domainWords are the last labels bareDomainRE knows; a text without any of
// them as a word cannot hold a bare domain.
var domainWords = []string{"com", "org", "net", "io", "co", "us", "info", "biz", "health", "me", "care", "app",
	"de", "uk", "ca", "fr", "se", "ch", "br", "uy", "cy", "pt", "es", "it", "nl", "au"}

// domainWordSet is domainWords as a set, for scan.hasAny.
var domainWordSet = newWordSet(domainWords)

// domainStart finds the tokens a bare domain can start with: a label
// followed by a dot or a hyphen and more of the name ("maple" of
// "maple-family.com", "cdc" of "cdc.gov").
func domainStart(s *scan, i int) bool { return startsDomain(&s.toks[i], s.text) }

// startsDomain is domainStart for token t of text.
func startsDomain(t *token, text string) bool {
	return t.kind != tokPunct && t.end+1 < len(text) && isWordByte(text[t.end+1]) &&
		(text[t.end] == '.' || (text[t.end] == '-' && labelGoesOnToDot(text, t.end+1)))
}

// labelGoesOnToDot reports whether the domain label that goes on at byte i,
// after a hyphen, may end in a full stop. A hyphenated word or number
// ("walk-ins", "555-2368") starts a domain only when one does
// ("my-clinic.org"): bareDomainRE's first label is a run of letters,
// digits and hyphens that a '.' must end. A byte beyond ASCII (ſ and the
// Kelvin sign fold to letters under (?i)) is left to the matcher, which
// cost some 700 instructions for each hyphenated word.
func labelGoesOnToDot(text string, i int) bool {
	for ; i < len(text); i++ {
		switch c := text[i]; {
		case c == '.' || c >= utf8.RuneSelf:
			return true
		case c != '-' && asciiClass[c]&classAlnum == 0:
			return false
		}
	}
	return false
}

// domainStarts appends to marks the tokens domainStart finds, a bit per
// token (bit j of marks[k]: token 64k+j), for findAtIn: few tokens start a
// domain, and one pass over the tokens is cheaper than an anchor call for
// each token bareDomainRE's first bytes let through. The pass reads the
// tokens and the text from locals: through s, both were loaded again at
// every token, as the stores to marks might have changed them.
func domainStarts(s *scan, marks []uint64) []uint64 {
	toks, text := s.toks, s.text
	k := len(marks)
	for range (len(toks) + 63) / 64 {
		marks = append(marks, 0)
	}
	chunks := marks[k:]
	for i := range toks {
		// startsDomain, its cheap tests written out here: the call to
		// labelGoesOnToDot makes it too big to inline, and most tokens
		// fail them.
		t := &toks[i]
		if t.kind == tokPunct || t.end+1 >= len(text) || !isWordByte(text[t.end+1]) {
			continue
		}
		if c := text[t.end]; c == '.' || (c == '-' && labelGoesOnToDot(text, t.end+1)) {
			chunks[i/64] |= 1 << (i % 64)
		}
	}
	return marks
}

// ibanStart finds tokens starting with two letters and two digits, as an
// IBAN does ("de89").
func ibanStart(s *scan, i int) bool {
	w := s.toks[i].low
	return len(w) >= 4 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'a' && w[1] <= 'z' && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

var bankContext = []string{"account", "acct", "bank", "routing", "aba", "checking", "savings", "iban"}

// bankContextStart finds a word of the text that bankContext starts.
var bankContextStart = wordPrefix(bankContext...)

// checkNetAddress is PRIV-04: IP addresses block; links to sites that are
// neither the practice's nor public health warn, since a link may be a
// patient's page or profile.
func checkNetAddress(s *scan) []post.Finding {
	var out []post.Finding
	for _, m := range s.findNumeric(ipv4RE, islandNeed{digits: 4, run: 1, anyOf: "."}) {
		ok := true
		for g := 1; g <= 4; g++ {
			if v, _ := strconv.Atoi(s.text[m[2*g]:m[2*g+1]]); v > 255 {
				ok = false
			}
		}
		if ok && numberBoundary(s.text, m[0], m[1]) {
			out = append(out, post.Finding{Start: m[0], End: m[1], Message: "This is an IP address, which can identify a person. Remove it."})
		}
	}
	for _, m := range s.findIf(strings.Count(s.text, ":") >= 2, ipv6RE) {
		if ip := net.ParseIP(s.text[m[0]:m[1]]); ip != nil && strings.Count(s.text[m[0]:m[1]], ":") >= 2 && !isClockLike(s.text[m[0]:m[1]]) {
			out = append(out, post.Finding{Start: m[0], End: m[1], Message: "This is an IP address, which can identify a person. Remove it."})
		}
	}
	seen := []post.Finding{}
	check := func(start, end int, raw string) {
		hostname, ok := plainHost(raw)
		if !ok {
			host := raw
			if !strings.Contains(host, "://") {
				host = "http://" + host
			}
			u, err := url.Parse(strings.TrimRight(host, ".,;:!?"))
			if err != nil {
				return
			}
			hostname = u.Hostname()
		}
		if hostname == "" || !strings.Contains(hostname, ".") || s.c.allow.domain(hostname) || overlapsAny(seen, start, end) {
			return
		}
		if at := strings.LastIndexByte(s.text[:start], '@'); at >= 0 && at >= start-64 && !strings.ContainsAny(s.text[at:start], " \n\t") {
			return // the domain of an e-mail address: PRIV-03's job
		}
		if s.c.allow.ownPage(raw, hostname) {
			return // "facebook.com/LickCreekFamilyHealth": the practice's own page
		}
		if homePage(raw, hostname) {
			return // "read it at southcoasttoday.com": a site's front page, no one's profile
		}
		f := post.Finding{Start: start, End: end, Severity: post.SeverityWarn, NeedsHuman: true,
			Message: "This link is not to the practice's or a public-health site. Make sure it is not a patient's page or profile."}
		seen = append(seen, f)
		out = append(out, f)
	}
	for _, m := range s.findAtIf(s.hasWord("http", "https", "www"), urlRE, urlAnchor) {
		check(m[0], m[1], s.text[m[0]:m[1]])
	}
	var domains [][]int
	if s.hasAny(domainWordSet) {
		var buf [4]uint64 // a chunk of 64 tokens each: a post fits
		domains = s.findAtIn(bareDomainRE, domainStart, domainStarts(s, buf[:0]))
	}
	for _, m := range domains {
		if m[0] > 0 && s.text[m[0]-1] == '@' {
			continue
		}
		check(m[0], m[1], s.text[m[0]:m[1]])
	}
	return out
}

// homePage reports whether a link is a site's front page: its own domain
// with no path and no subdomain ("southcoasttoday.com",
// "https://www.nationaleatingdisorders.org/", "aa.org.mx"). A newspaper,
// a charity or a shop has one; a patient's page is a path on a network
// or a fundraiser ("gofundme.com/f/help-tommy"), a blog on a host's
// subdomain ("myjourney.blogspot.com") or a domain that opens with their
// first name ("jennysknee.com", "marialopezstrong.org"), which still warn.
func homePage(raw, hostname string) bool {
	rest := raw
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
	}
	rest = strings.TrimRight(rest, ".,;:!?")
	if i := strings.IndexAny(rest, "/?#"); i >= 0 && rest[i:] != "/" {
		return false
	}
	labels := strings.Split(strings.TrimPrefix(strings.ToLower(hostname), "www."), ".")
	own := 2 // "southcoasttoday.com"
	if n := len(labels); n >= 3 && len(labels[n-1]) == 2 && inSet(labels[n-2], "com", "org", "net", "gov", "edu", "co", "ac", "or", "ne", "gob") {
		own = 3 // "aa.org.mx", "nhs.co.uk": a country's second level
	}
	if len(labels) != own {
		return false
	}
	return !opensWithName(strings.ReplaceAll(labels[0], "-", ""))
}

// opensWithName reports whether a run-together label starts with a first
// name that is no everyday word and no longer everyday word's start:
// "jennysknee" does, "dailyherald" ("Dail", but "daily") does not.
func opensWithName(label string) bool {
	name := 0
	for n := 4; n < len(label) && n <= 12; n++ {
		p := label[:n]
		switch {
		case names.IsWord(p) && names.First(p) == names.None && !(name > 0 && n == name+1 && p[name] == 's'):
			name = 0 // a longer word than the name: "daily", not "Dail"; "jennys" is Jenny's
		case names.First(p) == names.Strong && (!names.WordToo(p) || n >= 5) && wordStarts(strings.TrimPrefix(label[n:], "s")):
			name = n
		}
	}
	return name > 0
}

// wordStarts reports whether rest, the part of a run-together label after
// a name, opens with a word or a name of three letters or more ("knee" of
// "jennysknee", "lopez" of "marialopez"), or is empty: "hawa" + "iibeach"
// is no name and a word.
func wordStarts(rest string) bool {
	if rest == "" {
		return true
	}
	for n := 3; n <= len(rest) && n <= 10; n++ {
		if p := rest[:n]; names.IsWord(p) || names.First(p) != names.None || names.Surname(p) != names.None {
			return true
		}
	}
	return false
}

// plainHost returns the host name url.Parse finds in a link written
// without a scheme, path or port ("maplefamilymed.com", "cdc.gov."), and
// false for any other link: a name of letters, digits, dots and hyphens,
// after the trailing punctuation checkNetAddress trims, is its own host
// name. Most links in posts are written so, and parsing them cost a
// thousand instructions and two allocations each.
func plainHost(raw string) (string, bool) {
	if strings.Contains(raw, "://") {
		return "", false
	}
	h := strings.TrimRight(raw, ".,;:!?")
	for i := 0; i < len(h); i++ {
		if c := h[i]; !isASCIILetter(c) && !isDigit(c) && c != '.' && c != '-' {
			return "", false
		}
	}
	return h, true
}

// isClockLike keeps times such as "10:30:00" out of the IPv6 matches.
func isClockLike(v string) bool {
	return strings.Trim(v, "0123456789:") == ""
}

// checkRecordNumbers is PRIV-08: medical record, member, policy, licence,
// plate, serial and passport numbers introduced by their label; Medicare
// MBIs, VINs and ITINs by their format.
func checkRecordNumbers(s *scan) []post.Finding {
	var out []post.Finding
	add := func(start, end int, what string) {
		if !overlapsAny(out, start, end) {
			out = append(out, post.Finding{Start: start, End: end, Message: "This looks like a " + what + ". Record, plan, licence and serial numbers must never be posted."})
		}
	}
	for _, m := range s.findAt(recordRE, allAnchor(prefixAnchor(s.recordAnchor()), recordLabel, recordDigits)) {
		id := s.text[m[2]:m[3]]
		if !strings.ContainsAny(id, "0123456789") || len(digitsOf(id)) < 3 {
			continue // "member of our team", "policy changes": no number
		}
		add(m[0], m[3], "record or ID number")
	}
	mixed := s.mayHaveMixedWord()
	for _, m := range s.findAtIf(mixed, mbiRE, func(s *scan, i int) bool { w := s.toks[i].low; return w[0] >= '1' && w[0] <= '9' && mixedAlnum(w) }) {
		add(m[0], m[1], "Medicare number (MBI)")
	}
	for _, m := range s.findAtIf(mixed, vinRE, func(s *scan, i int) bool { return len(s.toks[i].low) == 17 && mixedAlnum(s.toks[i].low) }) {
		if validVIN(s.text[m[0]:m[1]]) {
			add(m[0], m[1], "vehicle identification number")
		}
	}
	// Every ITIN starts with a 9 (itinShape): most islands, phone
	// numbers among them, have none, and the shape is not tried there.
	for _, m := range s.findNumeric(itinShape, islandNeed{digits: 9, run: 4, anyOf: "9"}) {
		if numberBoundary(s.text, m[0], m[1]) {
			add(m[0], m[1], "taxpayer ID (ITIN)")
		}
	}
	for _, f := range shortAccounts(s) {
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	return out
}

// validVIN checks the ISO 3779 check digit (position 9).
func validVIN(v string) bool {
	const weights = "8765432X098765432"
	translit := func(c byte) int {
		if c >= '0' && c <= '9' {
			return int(c - '0')
		}
		return int("12345678_12345_7_923456789"[c-'A'] - '0')
	}
	if !strings.ContainsAny(v, "0123456789") || strings.Trim(v, "0123456789") == "" {
		return false
	}
	sum := 0
	for i := 0; i < 17; i++ {
		w := 10
		if weights[i] != 'X' {
			w = int(weights[i] - '0')
		}
		sum += translit(v[i]) * w
	}
	check := byte('0' + sum%11)
	if sum%11 == 10 {
		check = 'X'
	}
	return v[8] == check
}

// checkFinancialNumbers is PRIV-09: card numbers (Luhn), IBANs (mod 97),
// ABA routing numbers (checksum) and bank account numbers next to a bank
// word.
func checkFinancialNumbers(s *scan) []post.Finding {
	var out []post.Finding
	add := func(start, end int, what string) {
		if !overlapsAny(out, start, end) {
			out = append(out, post.Finding{Start: start, End: end, Message: "This looks like a " + what + ". Payment and bank details must never be posted."})
		}
	}
	for _, m := range s.findNumeric(cardRE, islandNeed{digits: 13, run: 1}) {
		d := digitsOf(s.text[m[0]:m[1]])
		if len(d) >= 13 && len(d) <= 19 && strings.IndexByte("3456", d[0]) >= 0 && luhn(d) && numberBoundary(s.text, m[0], m[1]) {
			add(m[0], m[1], "payment card number")
		}
	}
	for _, m := range s.findAtIf(s.mayHaveMixedWord(), ibanRE, ibanStart) {
		// The match may run into a following word ("... 32 for"): try it
		// whole, then without its last space-separated group.
		end := m[1]
		for tries := 0; tries < 2 && end > m[0]; tries++ {
			if validIBAN(s.text[m[0]:end]) {
				add(m[0], end, "bank account number (IBAN)")
				break
			}
			sp := strings.LastIndexByte(s.text[m[0]:end], ' ')
			if sp < 0 {
				break
			}
			end = m[0] + sp
		}
	}
	if s.hasWordStarting(bankContextStart) {
		for _, m := range s.findNumeric(bankRE, islandNeed{digits: 8, run: 8}) {
			d := s.text[m[0]:m[1]]
			if s.nearWords(m[0], m[1], bankContext, 6) && (len(d) != 9 || validABA(d) || s.nearWords(m[0], m[1], []string{"account", "acct", "bank"}, 6)) {
				add(m[0], m[1], "bank account or routing number")
			}
		}
	}
	for _, f := range partialCards(s) {
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	return out
}

func luhn(d string) bool {
	sum, double := 0, false
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if double {
			if v *= 2; v > 9 {
				v -= 9
			}
		}
		sum += v
		double = !double
	}
	return sum%10 == 0
}

func validABA(d string) bool {
	if len(d) != 9 {
		return false
	}
	n := func(i int) int { return int(d[i] - '0') }
	return (3*(n(0)+n(3)+n(6))+7*(n(1)+n(4)+n(7))+(n(2)+n(5)+n(8)))%10 == 0
}

// validIBAN applies the ISO 13616 mod-97 check.
func validIBAN(v string) bool {
	v = strings.ToUpper(strings.ReplaceAll(v, " ", ""))
	if len(v) < 15 || len(v) > 34 {
		return false
	}
	v = v[4:] + v[:4]
	rem := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9':
			rem = (rem*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			rem = (rem*100 + int(c-'A'+10)) % 97
		default:
			return false
		}
	}
	return rem == 1
}

// urlAnchor finds the words urlRE starts with.
var urlAnchor = wordAnchor("http", "https", "www")

// recordDigits requires a token holding a digit among the next 24, as
// recordRE's number must follow its word within that.
var recordDigits = withinTokens(24, hasDigit)

// recordLabelNext holds the first words of recordRE's two-word labels
// ("patient id", "medical record", "group no") and the first letters of
// the second words, in either case.
var recordLabelNext = map[string]string{
	"medical": "rR", "patient": "iI", "group": "nN#", "device": "iI", "taxpayer": "iI", "historia": "cC",
}

// recordLabel turns away the first word of a two-word label that the
// second does not follow: "patient" starts no record number but in
// "patient id". Posts say "patient" and "medical" often, and each time
// recordRE would be run in vain, at a cost of several hundred
// instructions a byte of its window.
func recordLabel(s *scan, i int) bool {
	next, ok := recordLabelNext[s.toks[i].low]
	return !ok || s.thenByte(i, next)
}

// socialHosts are the networks a practice keeps a page on.
var socialHosts = newWordSet([]string{"facebook.com", "fb.com", "instagram.com", "x.com", "twitter.com", "tiktok.com", "youtube.com",
	"linkedin.com", "threads.net", "nextdoor.com"})

// ownPage reports whether the link raw (on hostname) is the practice's
// own page: a path the profile lists among its domains or handles
// ("facebook.com/LickCreekFamilyHealth"), or a page on a network named by
// one of its handles ("facebook.com/RidgeRiverHealth" for
// @RidgeRiverHealth).
func (a *allowlist) ownPage(raw, hostname string) bool {
	rest := strings.ToLower(raw)
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
	}
	rest = strings.TrimSuffix(strings.TrimRight(strings.TrimPrefix(rest, "www."), ".,;:!?"), "/")
	host, path, ok := strings.Cut(rest, "/")
	if !ok || path == "" {
		return false
	}
	if a.handles[rest] || slices.Contains(a.domains, rest) {
		return true
	}
	first, _, _ := strings.Cut(path, "/")
	first, _, _ = strings.Cut(first, "?")
	return socialHosts.has(strings.TrimPrefix(strings.ToLower(hostname), "www.")) && host != "" && a.handles[strings.TrimPrefix(first, "@")]
}
