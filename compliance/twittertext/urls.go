package twittertext

// URL extraction, following twitter-text's extractUrlsWithIndices: the
// pattern (preceding char)(https?://)?(domain)(:port)?(/path)?(?query)?, tried
// left to right, then filtered (label lengths, t.co slugs, and for links
// typed without "http" only the ASCII part of the host, never after - _ . /,
// and never a bare two-letter country domain such as "foo.jp" without a path).
// It is hand-written rather than a regexp because the TLD rule needs a
// lookahead Go's regexp lacks, and so that counting stays linear-ish and fast.

// span is a half-open range of rune indices.
type span struct{ start, end int }

const (
	maxURLLength     = 4096 // twitter-text's cap on a URL, protocol included
	maxTcoSlugLength = 40
	defaultProtocol  = "https://"
)

// extractURLs returns the URLs in rs, in order and not overlapping.
func extractURLs(rs []rune) []span {
	if !containsDot(rs) {
		return nil // every URL has a dot; most posts have none
	}
	x := urlScanner{rs: rs, runEnd: labelRunEnds(rs)}
	var urls []span
	for pos := 0; pos < len(rs); {
		m, ok := x.next(pos)
		if !ok {
			break
		}
		pos = m.end
		urls = x.accept(urls, m)
	}
	return urls
}

// urlMatch is one match of the URL pattern before filtering.
type urlMatch struct {
	before   int // index of the preceding char, -1 at the start of text
	start    int // first rune of the URL (of the protocol if any)
	protocol int // length of "http://" or "https://", 0 if absent
	domain   span
	hasPath  bool
	end      int
}

// urlScanner holds the text and, for each index, where the run of domain
// label characters starting there ends, so labels are found in O(1).
type urlScanner struct {
	rs     []rune
	runEnd []int32
}

// next finds the first match of the URL pattern whose preceding char is at
// or after pos, as a global JavaScript regexp continuing from lastIndex.
func (x *urlScanner) next(pos int) (urlMatch, bool) {
	for i := pos; i < len(x.rs); i++ {
		// A URL starts with a domain character ('h' of "http" included).
		if isURLPrecedingChar(x.rs[i]) && i+1 < len(x.rs) && isDomainChar(x.rs[i+1]) {
			if m, ok := x.matchAt(i + 1); ok {
				m.before = i
				return m, true
			}
		}
		if i == 0 { // the ^ alternative: a URL at the very start
			if m, ok := x.matchAt(0); ok {
				m.before = -1
				return m, true
			}
		}
	}
	return urlMatch{}, false
}

// matchAt matches protocol, domain, port, path and query starting at s.
func (x *urlScanner) matchAt(s int) (urlMatch, bool) {
	rs := x.rs
	if s >= len(rs) {
		return urlMatch{}, false
	}
	m := urlMatch{start: s}
	d := s
	if p := protocolLen(rs[s:]); p > 0 {
		if end, ok := x.matchDomain(s + p); ok {
			m.protocol = p
			m.domain = span{s + p, end}
		}
	}
	if m.protocol == 0 {
		end, ok := x.matchDomain(d)
		if !ok {
			return urlMatch{}, false
		}
		m.domain = span{d, end}
	}
	j := m.domain.end
	if j+1 < len(rs) && rs[j] == ':' && isASCIIDigit(rs[j+1]) {
		j++
		for j < len(rs) && isASCIIDigit(rs[j]) {
			j++
		}
	}
	if j < len(rs) && rs[j] == '/' {
		m.hasPath = true
		j = matchPath(rs, j+1)
	}
	if j < len(rs) && rs[j] == '?' {
		j = matchQuery(rs, j)
	}
	m.end = j
	return m, true
}

// matchDomain matches subdomain* domainName TLD at d. Like the greedy regexp
// it prefers the most subdomain labels for which a TLD still follows.
func (x *urlScanner) matchDomain(d int) (end int, ok bool) {
	rs := x.rs
	var buf [16]int
	labels := buf[:0] // starts of labels that end in '.' and are valid subdomains
	for p := d; p < len(rs); {
		e := int(x.runEnd[p])
		if e == p || e >= len(rs) || rs[e] != '.' || !isDomainChar(rs[p]) || !isDomainChar(rs[e-1]) {
			break
		}
		labels = append(labels, p)
		p = e + 1
	}
	for k := len(labels) - 1; k >= 0; k-- {
		ls, le := labels[k], int(x.runEnd[labels[k]])
		if containsRune(rs[ls:le], '_') {
			continue // a domain name, unlike a subdomain, has no '_'
		}
		if end, ok := matchTLD(rs, le+1, len(rs)); ok {
			return end, true
		}
	}
	return 0, false
}

// accept applies twitter-text's filters to m and appends what survives.
func (x *urlScanner) accept(urls []span, m urlMatch) []span {
	rs := x.rs
	protoLen := m.protocol
	if protoLen == 0 {
		protoLen = len(defaultProtocol)
	}
	if !validHost(rs[m.domain.start:m.domain.end]) || protoLen+utf16Len(rs[m.start:m.end]) > maxURLLength {
		return urls
	}
	if m.protocol > 0 {
		end := m.end
		if slugEnd, isTco := tcoSlugEnd(rs, m.start, m.protocol, m.end); isTco {
			if slugLen(rs, m.start+m.protocol+len("t.co/")) > maxTcoSlugLength {
				return urls
			}
			end = slugEnd // a t.co link takes no trailing path characters
		}
		return append(urls, span{m.start, end})
	}
	// No protocol: not after - _ . /, and only the ASCII hosts inside the
	// domain ("日本語example.com" links just "example.com").
	if m.before >= 0 && isNoProtocolBlocker(rs[m.before]) {
		return urls
	}
	found := false
	for q := m.domain.start; q < m.domain.end; {
		end, ok := matchASCIIDomain(rs, q, m.domain.end)
		if !ok {
			q++
			continue
		}
		found = true
		if m.hasPath || !isBareCountryDomain(rs[q:end]) {
			urls = append(urls, span{q, end})
		}
		q = end
	}
	if found && m.hasPath && len(urls) > 0 {
		urls[len(urls)-1].end = m.end // the path belongs to the last host
	}
	return urls
}

// matchASCIIDomain matches ([-a-z0-9 and Latin accents]+ '.')+ TLD at q,
// with lim as the end of text, preferring the most labels.
func matchASCIIDomain(rs []rune, q, lim int) (end int, ok bool) {
	var buf [16]int
	dots := buf[:0] // index after each label's '.'
	p := q
	for {
		e := p
		for e < lim && isASCIIDomainChar(rs[e]) {
			e++
		}
		if e == p || e >= lim || rs[e] != '.' {
			break
		}
		dots = append(dots, e+1)
		p = e + 1
	}
	for k := len(dots) - 1; k >= 0; k-- {
		if end, ok := matchTLD(rs, dots[k], lim); ok {
			return end, true
		}
	}
	return 0, false
}

// isBareCountryDomain reports "name.cc" with a two-letter country TLD other
// than .co and .tv, which twitter-text does not link without a path.
func isBareCountryDomain(host []rune) bool {
	dot := -1
	for i, r := range host {
		if r == '.' {
			if dot >= 0 {
				return false
			}
			dot = i
		}
	}
	if dot <= 0 || !isDomainName(host[:dot]) {
		return false
	}
	tld := lowerString(host[dot+1:])
	return isCountryTLD(tld) && tld != "co" && tld != "tv"
}

// validHost is twitter-text's idna.toAscii check: every label, punycode-
// encoded, is 1 to 63 characters, and a host that starts "xn--" holds an
// ASCII domain.
func validHost(host []rune) bool {
	if len(host) >= 4 && string(host[:4]) == "xn--" {
		found := false
		for q := 0; q < len(host) && !found; q++ {
			_, found = matchASCIIDomain(host, q, len(host))
		}
		if !found {
			return false
		}
	}
	start := 0
	for i := 0; i <= len(host); i++ {
		if i < len(host) && host[i] != '.' {
			continue
		}
		if n := asciiLabelLen(host[start:i]); n < 1 || n > maxLabelLen {
			return false
		}
		start = i + 1
	}
	return true
}

// tcoSlugEnd reports whether the URL at start is http(s)://t.co/slug and
// where the alphanumeric slug (and a query right after it) ends.
func tcoSlugEnd(rs []rune, start, protoLen, end int) (slugEnd int, ok bool) {
	p := start + protoLen
	if end-p < len("t.co/")+1 || !equalFoldASCII(rs[p:p+5], "t.co/") || !isASCIIAlnum(rs[p+5]) {
		return 0, false
	}
	j := p + 5
	for j < end && isASCIIAlnum(rs[j]) {
		j++
	}
	if j < end && rs[j] == '?' {
		j = min(matchQuery(rs, j), end) // t.co/slug?query keeps its query
	}
	return j, true
}

// slugLen returns the length of the alphanumeric run starting at p.
func slugLen(rs []rune, p int) int {
	n := 0
	for p+n < len(rs) && isASCIIAlnum(rs[p+n]) {
		n++
	}
	return n
}

// protocolLen returns the length of a leading "http://" or "https://" (any
// case), or 0.
func protocolLen(rs []rune) int {
	if len(rs) >= 7 && equalFoldASCII(rs[:7], "http://") {
		return 7
	}
	if len(rs) >= 8 && equalFoldASCII(rs[:8], "https://") {
		return 8
	}
	return 0
}

// labelRunEnds returns, for each index, the end of the run of domain label
// characters (domain chars, '_' and '-') starting there.
func labelRunEnds(rs []rune) []int32 {
	ends := make([]int32, len(rs)+1)
	ends[len(rs)] = int32(len(rs))
	for i := len(rs) - 1; i >= 0; i-- {
		if isLabelChar(rs[i]) {
			ends[i] = ends[i+1]
		} else {
			ends[i] = int32(i)
		}
	}
	return ends
}

// isDomainName reports whether label is a valid domain name label: domain
// chars, with '-' allowed inside.
func isDomainName(label []rune) bool {
	if len(label) == 0 || !isDomainChar(label[0]) || !isDomainChar(label[len(label)-1]) {
		return false
	}
	for _, r := range label {
		if !isDomainChar(r) && r != '-' {
			return false
		}
	}
	return true
}

func containsDot(rs []rune) bool { return containsRune(rs, '.') }

func containsRune(rs []rune, want rune) bool {
	for _, r := range rs {
		if r == want {
			return true
		}
	}
	return false
}

func lowerString(rs []rune) string {
	b := make([]rune, len(rs))
	for i, r := range rs {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		b[i] = r
	}
	return string(b)
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }
