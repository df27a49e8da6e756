package mastodon

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"

	"github.com/practicepost/practicepost/internal/twittertext"
)

// Mastodon counts a status as its StatusLengthValidator does (app/
// validators/status_length_validator.rb, read with the search tool):
//
//   - the text is rewritten first: every link typed with its protocol (as
//     twitter-text's extractor finds it, with the wider path Mastodon's
//     config/initializers/twitter_regex.rb allows) becomes 23 "x", and
//     every mention @user@domain becomes @user (Account::MENTION_RE, as
//     its Extractor takes them); overlapping entities keep the first;
//   - the content warning is put in front, as typed (its links are not
//     shortened);
//   - the whole is counted in grapheme clusters (each_grapheme_cluster.size;
//     older releases mb_chars.grapheme_length, the same count): a flag, a
//     family emoji or a letter with its accents is one. Mastodon does not
//     normalise the text first, and need not: NFC and NFD spellings of a
//     letter are one cluster either way.
//
// Mastodon's own web composer counts code points (stringz), one more for
// each extra code point in a cluster; the instance, which refuses a status
// with 422, counts clusters, and that is what is counted here.

// urlPlaceholder is what every link is counted as.
var urlPlaceholder = strings.Repeat("x", URLWeight)

// maxDomainLength is the longest domain Mastodon's Extractor takes in a
// mention (MAX_DOMAIN_LENGTH); a longer one is left as typed.
const maxDomainLength = 253

// Measure counts text as Mastodon does and returns the byte offset where
// the count passes max (len(text) when it fits or max is 0). It fits
// channels.Kind.Measure.
func Measure(text string, max int) (n, over int) {
	return MeasureStatus("", text, max)
}

// MeasureStatus counts a status with its content warning (spoiler) as the
// instance does: the warning as typed, then the text rewritten, in
// grapheme clusters. over is the byte offset in text where the count
// passes max: 0 when the warning alone passes it, len(text) when it fits
// or max is 0.
func MeasureStatus(spoiler, text string, max int) (n, over int) {
	c := countableText(text)
	whole := spoiler + c.text
	over = len(text)
	state := -1
	for at := 0; at < len(whole); {
		cluster, _, _, next := uniseg.FirstGraphemeClusterInString(whole[at:], state)
		state = next
		n++
		if max > 0 && n > max && over == len(text) {
			if at < len(spoiler) {
				over = 0
			} else {
				over = c.origin(at - len(spoiler))
			}
		}
		at += len(cluster)
	}
	return n, over
}

// countable is text as Mastodon counts it, with where each part came from.
type countable struct {
	text  string
	parts []part // in order of at
}

// part is a stretch of countable text starting at byte at, copied from the
// original at byte from (entity false) or standing for the entity there.
type part struct {
	at, from int
	entity   bool
}

// origin maps a byte offset in c.text to the original text: inside an
// entity, the entity's start.
func (c countable) origin(at int) int {
	i, found := slices.BinarySearchFunc(c.parts, at, func(p part, at int) int { return p.at - at })
	if !found {
		i--
	}
	p := c.parts[i]
	if p.entity {
		return p.from
	}
	return p.from + at - p.at
}

// entity is a stretch of the original text and what it is counted as.
type entity struct {
	start, end int
	as         string
}

// countableText rewrites text as StatusLengthValidator's countable_text
// does. Blank text counts nothing.
func countableText(text string) countable {
	if strings.TrimFunc(text, unicode.IsSpace) == "" {
		return countable{parts: []part{{}}}
	}
	var ents []entity
	for _, l := range links(text) {
		ents = append(ents, entity{l[0], l[1], urlPlaceholder})
	}
	ents = append(ents, mentions(text)...)
	// Extractor.remove_overlapping_entities: by start, an entity that
	// overlaps one kept before it goes.
	slices.SortStableFunc(ents, func(a, b entity) int { return a.start - b.start })
	var b strings.Builder
	var parts []part
	last := 0
	for _, e := range ents {
		if e.start < last {
			continue
		}
		if e.start > last {
			parts = append(parts, part{at: b.Len(), from: last})
			b.WriteString(text[last:e.start])
		}
		parts = append(parts, part{at: b.Len(), from: e.start, entity: true})
		b.WriteString(e.as)
		last = e.end
	}
	parts = append(parts, part{at: b.Len(), from: last})
	b.WriteString(text[last:])
	return countable{text: b.String(), parts: parts}
}

// links returns the byte ranges of the links Mastodon shortens: those
// typed with http:// or https://, as twitter-text finds them, with a path
// running on as far as Mastodon's wider path rule takes it (any character
// but white space, parentheses, '?', '<' and '>', not ending in
// punctuation) and the query after it, so a link whose path has letters
// twitter-text stops at still counts 23.
func links(text string) [][2]int {
	var out [][2]int
	for _, l := range twittertext.Links(text) {
		if !l.Protocol {
			continue
		}
		end := l.End
		if link := text[l.Start:l.End]; hasPath(link) && !strings.Contains(link, "?") {
			end = widenQuery(text, widenPath(text, l.End))
		}
		out = append(out, [2]int{l.Start, end})
	}
	return out
}

// hasPath says a link with its protocol goes on past its host.
func hasPath(link string) bool {
	_, rest, _ := strings.Cut(link, "://")
	return strings.Contains(rest, "/")
}

// widenPath continues a link's path from end over Mastodon's path
// characters and gives back trailing ones a path may not end with; it
// never returns less than end.
func widenPath(text string, end int) int {
	j := end
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.Is(unicode.White_Space, r) || strings.ContainsRune("()?<>", r) {
			break
		}
		j += size
	}
	for j > end {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !strings.ContainsRune(`!*';:=,.$%[]~&|@"`, r) {
			break // a letter, a digit, '/' or another character a path ends with
		}
		j -= size
	}
	return j
}

// widenQuery takes a query ("?q=1") after a widened path, with
// twitter-text's query characters, ending with one a query may end with.
func widenQuery(text string, end int) int {
	if end >= len(text) || text[end] != '?' {
		return end
	}
	last := end
	for j := end + 1; j < len(text); j++ {
		c := text[j]
		if !isASCIIAlnum(c) && !strings.ContainsRune("!?*'@();:&=+$/%#[]-_.,~|", rune(c)) {
			break
		}
		if isASCIIAlnum(c) || strings.ContainsRune("-_&=#/", rune(c)) {
			last = j + 1
		}
	}
	return last
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// mentions finds the remote mentions Mastodon's Extractor takes, each
// counted as its "@user" part: Account::MENTION_RE,
// (?<![=/[:word:]])@(user(@domain)?), where user is ASCII letters,
// digits and '_' with '.' or '-' inside, and domain is word characters
// with '.' or '-' inside, not followed by '@', "://" or a Latin accented
// letter (twitter-text's end_mention_match). Local mentions count as
// typed and need no entity.
func mentions(text string) []entity {
	var out []entity
	for i := 0; i < len(text); {
		at := strings.IndexByte(text[i:], '@')
		if at < 0 {
			break
		}
		start := i + at
		i = start + 1
		if prev, _ := utf8.DecodeLastRuneInString(text[:start]); start > 0 && (prev == '=' || prev == '/' || isWord(prev)) {
			continue
		}
		userEnd, ok := usernameEnd(text, start+1)
		if !ok {
			continue
		}
		end := userEnd
		domainStart, domainEnd := -1, -1
		if userEnd < len(text) && text[userEnd] == '@' {
			if e, ok := domainAt(text, userEnd+1); ok {
				domainStart, domainEnd, end = userEnd+1, e, e
			}
		}
		i = end
		if !mentionMayEnd(text[end:]) {
			continue
		}
		if domainStart < 0 || utf8.RuneCountInString(text[domainStart:domainEnd]) > maxDomainLength {
			continue // local: counted as typed
		}
		out = append(out, entity{start, end, text[start:userEnd]})
	}
	return out
}

// usernameEnd matches [a-z0-9_]+([a-z0-9_.-]+[a-z0-9_]+)? at p: the run of
// username characters without the '.' and '-' it ends with (a cut run is
// followed by that punctuation, so no @domain follows, as MENTION_RE
// backtracks the same way). ok is false when p starts no username.
func usernameEnd(text string, p int) (end int, ok bool) {
	j := p
	for j < len(text) && isUsernameByte(text[j]) {
		j++
	}
	end = j
	for end > p && (text[end-1] == '.' || text[end-1] == '-') {
		end--
	}
	if end == p || text[p] == '.' || text[p] == '-' {
		return 0, false
	}
	return end, true
}

func isUsernameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-'
}

// domainAt matches [[:word:].-]+[[:word:]]+ at p: at least two
// characters, ending with a word character.
func domainAt(text string, p int) (end int, ok bool) {
	j := p
	lastWord := -1
	runes := 0
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r != '.' && r != '-' && !isWord(r) {
			break
		}
		j += size
		runes++
		if isWord(r) {
			lastWord = j
		}
	}
	if lastWord < 0 || utf8.RuneCountInString(text[p:lastWord]) < 2 {
		return 0, false
	}
	return lastWord, true
}

// isWord is Ruby's [[:word:]] on a Unicode string: letters, marks,
// decimal digits and connector punctuation.
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || unicode.Is(unicode.Pc, r)
}

// mentionMayEnd is twitter-text's end_mention_match turned round: a
// mention is not one when what follows starts with an at sign, a Latin
// accented letter or "://".
func mentionMayEnd(after string) bool {
	if strings.HasPrefix(after, "://") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return r != '@' && r != '＠' && !isLatinAccent(r)
}

// isLatinAccent is twitter-text's LATIN_ACCENTS.
func isLatinAccent(r rune) bool {
	switch {
	case r >= 0xC0 && r <= 0xD6, r >= 0xD8 && r <= 0xF6, r >= 0xF8 && r <= 0x24F,
		r >= 0x300 && r <= 0x36F, r >= 0x1E00 && r <= 0x1EFF:
		return true
	}
	return slices.Contains([]rune{0x253, 0x254, 0x256, 0x257, 0x259, 0x25B, 0x263, 0x268, 0x26F, 0x272, 0x289, 0x28B, 0x2BB}, r)
}
