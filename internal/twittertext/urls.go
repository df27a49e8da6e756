package twittertext

// URL extraction, following twitter-text's extractUrlsWithIndices: the
// pattern (preceding char)(https?://)?(domain)(:port)?(/path)?(?query)?, tried
// left to right, then filtered (label lengths, t.co slugs, and for links
// typed without "http" only the ASCII part of the host, never after - _ . /).
// Unlike the Java and Ruby builds, the JavaScript one links a bare country
// domain such as "foo.jp", and so does this.
// It is hand-written rather than a regexp because the TLD rule needs a
// lookahead Go's regexp lacks, and so that counting stays linear-ish and fast.

import "slices"

// span is a half-open range of rune indices.
type span struct{ start, end int }

const (
	maxURLLength     = 4096 // twitter-text's cap on a URL, protocol included
	maxTcoSlugLength = 40
	defaultProtocol  = "https://"
)

// extractURLs returns the URLs in rs, in order and not overlapping.
func extractURLs(rs []rune) []span {
	if !hasInnerDot(rs) {
		return nil // every URL has a dot followed by a TLD; most posts have none
	}
	x := urlScanner{rs: rs, runEnd: labelRunEnds(rs)}
	return x.extract(nil)
}

// extract appends the URLs of x.rs to urls. x.runEnd must be set, and
// x.domainEnd nil or all zero with len(x.rs)+1 entries.
func (x *urlScanner) extract(urls []span) []span {
	rs := x.rs
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
	// domainEnd memoizes matchDomain per start index (0 not yet known, -1
	// no domain, else end+1). Every start inside a dotted run shares the
	// labels after it, so without it a long run such as "a.a.a.a..." would
	// be walked once per start: quadratic. Allocated on first use.
	domainEnd []int32
	// hostMemo is memory for the memo of accept's asciiHosts, reused from
	// one URL to the next (and, for ASCII text, from one text to the next:
	// asciiBufs keeps it) where each URL allocated its own.
	hostMemo []int32
}

// next finds the first match of the URL pattern whose preceding char is at
// or after pos, as a global JavaScript regexp continuing from lastIndex.
func (x *urlScanner) next(pos int) (urlMatch, bool) {
	for i := pos; i < len(x.rs); i++ {
		// JavaScript sees a code point above U+FFFF as two UTF-16 units, and
		// the first can precede a URL whose domain starts with the second:
		// in "#flu🦠.9am.example.com" the URL begins inside the emoji, after
		// letters that may not precede one. That unit is never one of the
		// characters a URL without "http" may not follow.
		if x.rs[i] > 0xFFFF && (i > 0 || pos > 0) && x.mayStart(i) {
			if m, ok := x.matchAt(i); ok {
				m.before = -1
				return m, true
			}
		}
		// A URL starts with a domain character ('h' of "http" included).
		// The ASCII tables are asked first, inline: they turn away most
		// characters of a post without a call.
		r, pre := x.rs[i], false
		if uint32(r) < 0x80 {
			pre = asciiURLPreceding[r]
		} else {
			pre = urlPrecedingChar(r)
		}
		if pre && i+1 < len(x.rs) && (uint32(x.rs[i+1]) >= 0x80 || asciiDomainChar[x.rs[i+1]]) && x.mayStart(i+1) {
			if m, ok := x.matchAt(i + 1); ok {
				m.before = i
				return m, true
			}
		}
		if i == 0 && x.mayStart(0) { // the ^ alternative: a URL at the very start
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

// mayStart is a cheap test that a URL can start at s: a protocol's 'h', or
// a label followed by a dot. Most word starts fail it.
func (x *urlScanner) mayStart(s int) bool {
	r := x.rs[s]
	if uint32(r) < 0x80 && !asciiDomainChar[r] {
		return false // most characters of a post: decided inline
	}
	return x.mayStartDomain(s, r)
}

// mayStartDomain is mayStart for r = x.rs[s] past the ASCII test.
func (x *urlScanner) mayStartDomain(s int, r rune) bool {
	if !isDomainChar(r) {
		return false
	}
	e := int(x.runEnd[s])
	return r == 'h' || r == 'H' || (e < len(x.rs) && x.rs[e] == '.')
}

// matchDomain matches subdomain* domainName TLD at d. Like the greedy regexp
// it prefers the most subdomain labels for which a TLD still follows: the
// labels from d are a chain, each followed by a dot, and the answer for d is
// the answer for the next label's start if it has one, else d's own label
// with a TLD after its dot. Answers are memoized, so a whole text costs one
// walk of each chain however many starts it is tried from.
func (x *urlScanner) matchDomain(d int) (end int, ok bool) {
	if x.domainEnd == nil {
		x.domainEnd = make([]int32, len(x.rs)+1)
	}
	var buf [16]int
	chain := buf[:0] // label starts whose answer is not yet known
	p := d
	for p < len(x.rs) && x.domainEnd[p] == 0 && x.isSubdomainLabel(p) {
		chain = append(chain, p)
		p = int(x.runEnd[p]) + 1
	}
	if x.domainEnd[p] == 0 {
		x.domainEnd[p] = -1 // the chain ends at p: no label followed by a dot starts there
	}
	for k := len(chain) - 1; k >= 0; k-- {
		ls := chain[k]
		le := int(x.runEnd[ls])
		ans := x.domainEnd[le+1]
		if ans < 0 && !containsRune(x.rs[ls:le], '_') { // a domain name, unlike a subdomain, has no '_'
			if end, ok := matchTLD(x.rs, le+1, len(x.rs)); ok {
				ans = int32(end + 1)
			}
		}
		x.domainEnd[ls] = ans
	}
	if ans := x.domainEnd[d]; ans > 0 {
		return int(ans - 1), true
	}
	return 0, false
}

// isSubdomainLabel reports whether a label starts at p and ends in a dot,
// beginning and ending with a domain character.
func (x *urlScanner) isSubdomainLabel(p int) bool {
	e := int(x.runEnd[p])
	return e != p && e < len(x.rs) && x.rs[e] == '.' && isDomainChar(x.rs[p]) && isDomainChar(x.rs[e-1])
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
	n := m.domain.end - m.domain.start + 1
	x.hostMemo = slices.Grow(x.hostMemo[:0], n)[:n]
	clear(x.hostMemo)
	hosts := &asciiHosts{rs: rs, base: m.domain.start, lim: m.domain.end, memo: x.hostMemo}
	for q := m.domain.start; q < m.domain.end; {
		end, ok := hosts.match(q)
		if !ok {
			q++
			continue
		}
		found = true
		urls = append(urls, span{q, end})
		q = end
	}
	if found && m.hasPath && len(urls) > 0 {
		urls[len(urls)-1].end = m.end // the path belongs to the last host
	}
	return urls
}

// asciiHosts matches ([-a-z0-9 and Latin accents]+ '.')+ TLD at any q in
// [base, lim), lim counting as the end of text, preferring the most labels.
// Answers are memoized like urlScanner.domainEnd, so trying every start of
// a long host stays linear.
type asciiHosts struct {
	rs        []rune
	base, lim int
	memo      []int32 // per index from base: 0 unknown, -1 none, else end+1
}

func newASCIIHosts(rs []rune, base, lim int) *asciiHosts {
	return &asciiHosts{rs: rs, base: base, lim: lim, memo: make([]int32, lim-base+1)}
}

// labelEnd returns the end of the ASCII label at p and whether a dot
// follows it inside the limit.
func (a *asciiHosts) labelEnd(p int) (int, bool) {
	e := p
	for e < a.lim && isASCIIDomainChar(a.rs[e]) {
		e++
	}
	return e, e > p && e < a.lim && a.rs[e] == '.'
}

// match returns the end of the ASCII host starting at q.
func (a *asciiHosts) match(q int) (end int, ok bool) {
	var buf [16]int
	chain := buf[:0]
	p := q
	for a.memo[p-a.base] == 0 {
		e, dotted := a.labelEnd(p)
		if !dotted {
			a.memo[p-a.base] = -1
			break
		}
		chain = append(chain, p)
		p = e + 1
	}
	for k := len(chain) - 1; k >= 0; k-- {
		e, _ := a.labelEnd(chain[k])
		ans := a.memo[e+1-a.base]
		if ans < 0 {
			if end, ok := matchTLD(a.rs, e+1, a.lim); ok {
				ans = int32(end + 1)
			}
		}
		a.memo[chain[k]-a.base] = ans
	}
	if ans := a.memo[q-a.base]; ans > 0 {
		return int(ans - 1), true
	}
	return 0, false
}

// validHost is twitter-text's idna.toAscii check: every label, punycode-
// encoded, is 1 to 63 characters, and a host that starts "xn--" holds an
// ASCII domain.
func validHost(host []rune) bool {
	// "xn--", compared rune by rune: string(host[:4]) was built to compare.
	if len(host) >= 4 && host[0] == 'x' && host[1] == 'n' && host[2] == '-' && host[3] == '-' {
		found := false
		hosts := newASCIIHosts(host, 0, len(host))
		for q := 0; q < len(host) && !found; q++ {
			_, found = hosts.match(q)
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
		if n := punycodeLabelLen(host[start:i]); n < 1 || n > maxLabelLen {
			return false
		}
		start = i + 1
	}
	return true
}

// punycodeLabelLen is the length of label after punycode.js's toASCII,
// which twitter-text calls per label split at '.': that splits again at the
// ideographic and fullwidth full stops (。．｡) and encodes each part on its
// own, so "ｆｕｌｌ。例え" becomes two "xn--" parts joined by a dot.
func punycodeLabelLen(label []rune) int {
	n, start := 0, 0
	for i := 0; i <= len(label); i++ {
		if i < len(label) && !isIDNADot(label[i]) {
			continue
		}
		if start > 0 {
			n++ // the '.' the stop became
		}
		n += asciiLabelLen(label[start:i])
		start = i + 1
	}
	return n
}

// isIDNADot reports the full stops IDNA reads as label separators, besides '.'.
func isIDNADot(r rune) bool { return r == 0x3002 || r == 0xFF0E || r == 0xFF61 }

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
	return labelRunEndsInto(make([]int32, len(rs)+1), rs)
}

// labelRunEndsInto is labelRunEnds writing into ends (len(rs)+1 entries).
func labelRunEndsInto(ends []int32, rs []rune) []int32 {
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

// hasInnerDot reports whether a dot is followed by a domain character, as
// the dot before every URL's TLD is; a full stop before a space is not.
func hasInnerDot(rs []rune) bool {
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] == '.' && isDomainChar(rs[i+1]) {
			return true
		}
	}
	return false
}

func containsRune(rs []rune, want rune) bool {
	for _, r := range rs {
		if r == want {
			return true
		}
	}
	return false
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }
