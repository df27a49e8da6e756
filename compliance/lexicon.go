package compliance

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// The phrase-file format (rules/phrases.txt, and a practice's ExtraRules):
//
//	# a comment
//	version 2026.11.1          (embedded data only: the data version)
//	[CLAIM-01]                 a list: a rule id, optionally /qualifier
//	guaranteed results         a phrase, matched on whole words, any case
//	painless => comfortable    a phrase with a suggestion for the author
//	cure|cures diabetes        a token with alternatives
//	detox*                     a token prefix
//	lose <num> pounds          <num> matches any number
//	vaccine*|mmr + autism      concepts that must meet in one sentence
//	\#ad                       a phrase starting with # (else a comment)
//
// Lists are known in advance (knownLists), so a typo in a practice's file is
// an error naming the line instead of a list nobody reads.

// phraseTok is one token of a phrase: a set of literals, a prefix or a number.
type phraseTok struct {
	alts     []string
	prefixes []string // the token may also start with one of these
	num      bool     // matches any number token
}

func (p *phraseTok) match(t *token) bool {
	if p.num {
		return t.kind == tokNumber
	}
	for _, a := range p.alts {
		if a == t.low {
			return true
		}
	}
	for _, a := range p.prefixes {
		if strings.HasPrefix(t.low, a) {
			return true
		}
	}
	return false
}

// phrase is one entry of a list.
type phrase struct {
	list       string
	listID     int    // index of list in lexicon.lists
	text       string // as written, for error messages
	toks       []phraseTok
	concepts   [][]phraseTok // non-nil: a co-occurrence entry (each concept is one token)
	suggestion string
	// second holds the first bytes a text token can have to match the
	// phrase's second token (a 256-bit set): most phrases found through
	// their first word fail on the second, and this says so at once.
	second [4]uint64
}

// startBytes returns the set of first bytes of the tokens t can match.
func (t *phraseTok) startBytes() (set [4]uint64) {
	add := func(b byte) { set[b>>6] |= 1 << (b & 63) }
	for _, w := range append(slices.Clip(t.alts), t.prefixes...) {
		add(w[0])
	}
	if t.num {
		// A number token is all digits, ASCII or not.
		for b := 0; b < 256; b++ {
			if b >= utf8.RuneSelf || ('0' <= b && b <= '9') {
				add(byte(b))
			}
		}
	}
	return set
}

// mayMatchSecond reports whether token t can match p's second token.
func (p *phrase) mayMatchSecond(t *token) bool {
	b := t.low[0]
	return p.second[b>>6]&(1<<(b&63)) != 0
}

// lexicon holds every list and an index from first token to the phrases
// starting with it, so matching costs one map lookup per token of the text.
type lexicon struct {
	version string
	phrases []*phrase
	byFirst map[string][]*phrase
	// scanAll holds the phrases whose first token is a prefix or a number,
	// by the first byte of a token they can start at, in the order they
	// were added (which is the order of their hits).
	scanAll  [256][]*phrase
	concepts map[string][]*phrase
	// lists names the lists of token phrases by listID, so matching
	// gathers hits in a slice per list rather than through the map.
	lists  []string
	listID map[string]int
}

// hit is one phrase found in the text, as token indices [from, to).
type hit struct {
	p        *phrase
	from, to int
}

func newLexicon() *lexicon {
	return &lexicon{byFirst: map[string][]*phrase{}, concepts: map[string][]*phrase{}, listID: map[string]int{}}
}

// parse adds the lists in data to the lexicon. name labels errors.
func (lx *lexicon) parse(name string, data []byte, allowVersion bool) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	list, n := "", 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		escaped := strings.HasPrefix(line, `\#`) // a phrase starting with # ("#1", "#ad")
		if escaped {
			line = line[1:]
		}
		switch {
		case escaped:
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "version "):
			if !allowVersion {
				return fmt.Errorf("compliance: %s line %d: only the built-in data has a version", name, n)
			}
			lx.version = strings.TrimSpace(strings.TrimPrefix(line, "version "))
			continue
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				return fmt.Errorf("compliance: %s line %d: list header %q has no closing ]", name, n, line)
			}
			list = strings.TrimSpace(line[1 : len(line)-1])
			if !knownLists[list] {
				return fmt.Errorf("compliance: %s line %d: unknown list %q (lists are rule ids such as CLAIM-01; see rules/phrases.txt)", name, n, list)
			}
			continue
		}
		if list == "" {
			return fmt.Errorf("compliance: %s line %d: phrase %q comes before any [LIST] header", name, n, line)
		}
		p, err := parsePhrase(list, line)
		if err != nil {
			return fmt.Errorf("compliance: %s line %d: %w", name, n, err)
		}
		lx.add(p)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("compliance: %s: %w", name, err)
	}
	return nil
}

func parsePhrase(list, line string) (*phrase, error) {
	p := &phrase{list: list, text: line}
	if i := strings.Index(line, "=>"); i >= 0 {
		p.suggestion = strings.TrimSpace(line[i+2:])
		line = strings.TrimSpace(line[:i])
	}
	if strings.Contains(line, " + ") {
		for _, c := range strings.Split(line, " + ") {
			t, err := parseTok(strings.TrimSpace(c))
			if err != nil {
				return nil, err
			}
			p.concepts = append(p.concepts, []phraseTok{t})
		}
		return p, nil
	}
	for _, f := range strings.Fields(line) {
		if f == "<num>" || strings.HasSuffix(f, "*") || strings.Contains(f, "|") {
			t, err := parseTok(f)
			if err != nil {
				return nil, err
			}
			p.toks = append(p.toks, t)
			continue
		}
		for _, w := range tokenizePhrase(f) {
			p.toks = append(p.toks, phraseTok{alts: []string{w}})
		}
	}
	if len(p.toks) == 0 {
		return nil, fmt.Errorf("phrase %q has no words", line)
	}
	return p, nil
}

// parseTok parses one token spec: <num>, or a|b*|c where each alternative
// is one word and a trailing * makes it a prefix.
func parseTok(f string) (phraseTok, error) {
	if f == "<num>" {
		return phraseTok{num: true}, nil
	}
	var t phraseTok
	for _, a := range strings.Split(f, "|") {
		prefix := strings.HasSuffix(a, "*")
		w := tokenizePhrase(strings.TrimSuffix(a, "*"))
		if len(w) != 1 {
			return phraseTok{}, fmt.Errorf("alternative %q in %q must be one word", a, f)
		}
		if prefix {
			t.prefixes = append(t.prefixes, w[0])
		} else {
			t.alts = append(t.alts, w[0])
		}
	}
	return t, nil
}

func (lx *lexicon) add(p *phrase) {
	lx.phrases = append(lx.phrases, p)
	if p.concepts != nil {
		lx.concepts[p.list] = append(lx.concepts[p.list], p)
		return
	}
	id, ok := lx.listID[p.list]
	if !ok {
		id = len(lx.lists)
		lx.lists = append(lx.lists, p.list)
		lx.listID[p.list] = id
	}
	p.listID = id
	first := p.toks[0]
	if first.num || len(first.prefixes) > 0 {
		var starts [256]bool
		for _, w := range append(slices.Clip(first.alts), first.prefixes...) {
			starts[w[0]] = true
		}
		if first.num {
			// A number token is all digits, ASCII or not: any byte but an
			// ASCII non-digit can start one.
			for b := range starts {
				starts[b] = starts[b] || b >= utf8.RuneSelf || ('0' <= b && b <= '9')
			}
		}
		for b, ok := range starts {
			if ok {
				lx.scanAll[b] = append(lx.scanAll[b], p)
			}
		}
		return
	}
	if len(p.toks) > 1 {
		p.second = p.toks[1].startBytes()
	}
	for _, a := range first.alts {
		lx.byFirst[a] = append(lx.byFirst[a], p)
	}
}

// match finds every phrase in toks, grouped by list. Phrases do not run
// across sentences.
//
// Hits are gathered in byID, one slice per list (by phrase.listID), which
// match returns for reuse; out is then cleared and given the lists that
// have hits. A pooled scan allocates nothing here once warm.
func (lx *lexicon) match(toks []token, byID [][]hit, out map[string][]hit) [][]hit {
	for len(byID) < len(lx.lists) {
		byID = append(byID, nil)
	}
	for i := range byID {
		byID[i] = byID[i][:0]
	}
	// try matches p at token i from its token k0 on (the tokens before it
	// are known to match).
	try := func(p *phrase, i, k0 int) {
		if i+len(p.toks) > len(toks) {
			return
		}
		for k := k0; k < len(p.toks); k++ {
			t := &toks[i+k]
			if t.sent != toks[i].sent || !p.toks[k].match(t) {
				return
			}
		}
		byID[p.listID] = append(byID[p.listID], hit{p: p, from: i, to: i + len(p.toks)})
	}
	for i := range toks {
		for _, p := range lx.byFirst[toks[i].low] {
			// The index matched the first token: it is one of its words.
			if len(p.toks) == 1 || (i+1 < len(toks) && p.mayMatchSecond(&toks[i+1])) {
				try(p, i, 1)
			}
		}
		for _, p := range lx.scanAll[toks[i].low[0]] {
			try(p, i, 0)
		}
	}
	clear(out)
	for id, hs := range byID[:len(lx.lists)] {
		if len(hs) > 0 {
			out[lx.lists[id]] = hs
		}
	}
	return byID
}

// matchConcepts finds the co-occurrence entries of list whose concepts all
// appear in one sentence, spanning from the first to the last concept found.
//
// words (every token's lower-case text, as a set and as wordList) rules
// out most entries at once: an entry whose concept is in no sentence costs a
// few map lookups, not a walk of the text.
func (lx *lexicon) matchConcepts(list string, toks []token, sents []sentence, words map[string]bool, wordList []string) []hit {
	var out []hit
	for _, p := range lx.concepts[list] {
		if !conceptsInText(p.concepts, words, wordList) {
			continue
		}
		for _, s := range sents {
			from, to, ok := s.tokEnd, s.tokStart, true
			for _, c := range p.concepts {
				found := -1
				for t := s.tokStart; t < s.tokEnd; t++ {
					if c[0].match(&toks[t]) {
						found = t
						break
					}
				}
				if found < 0 {
					ok = false
					break
				}
				from, to = min(from, found), max(to, found+1)
			}
			if ok {
				out = append(out, hit{p: p, from: from, to: to})
			}
		}
	}
	return out
}

// conceptsInText reports whether every concept matches some word of the
// text: whole-word alternatives first, as map lookups, then prefixes
// against each distinct word (wordList).
func conceptsInText(concepts [][]phraseTok, words map[string]bool, wordList []string) bool {
	for _, c := range concepts {
		if len(c[0].prefixes) == 0 && !c[0].num && !anyWord(c[0].alts, words) {
			return false
		}
	}
	for _, c := range concepts {
		pt := c[0]
		if len(pt.prefixes) == 0 && !pt.num {
			continue
		}
		found := anyWord(pt.alts, words)
		for _, w := range wordList {
			if found {
				break
			}
			t := token{low: w}
			if pt.num { // the kind matters to number tokens only
				t.kind = numberKind(w)
			}
			found = pt.match(&t)
		}
		if !found {
			return false
		}
	}
	return true
}

func anyWord(alts []string, words map[string]bool) bool {
	for _, a := range alts {
		if words[a] {
			return true
		}
	}
	return false
}

// numberKind is the kind tokenize gives a word: a number when all digits.
func numberKind(w string) tokenKind {
	if w != "" && strings.Trim(w, "0123456789") == "" {
		return tokNumber
	}
	return tokWord
}
