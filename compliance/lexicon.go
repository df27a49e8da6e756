package compliance

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/practicepost/practicepost/compliance/names"
)

// The phrase-file format (rules/phrases.txt, and a practice's ExtraRules):
//
//	# a comment
//	version 2026.11.1          (embedded data only: the data version)
//	[CLAIM-01]                 a list: a rule id, optionally /qualifier
//	guaranteed results         a phrase, matched on whole words, any case
//	painless => comfortable    a phrase with a suggestion for the author
//	cure|cures diabetes        a token with alternatives
//	won't|never_ever bill      an alternative of several words: its words
//	                           joined by _ (or an apostrophe's); a space
//	                           ends a token, so "we won t|don t bill" is
//	                           refused (see ambiguousAlts)
//	detox*                     a token prefix
//	lose <num> pounds          <num> matches any number
//	vaccine*|mmr + autism      concepts that must meet in one clause
//	don't need|skip + shot*    a concept's alternative may be several words
//	\#ad                       a phrase starting with # (else a comment)
//
// Lists are known in advance (knownLists), so a typo in a practice's file is
// an error naming the line instead of a list nobody reads.

// phraseTok is one token of a phrase: a set of literals, a prefix or a number.
type phraseTok struct {
	alts     []string
	prefixes []string // the token may also start with one of these
	num      bool     // matches any number token
	// altSet holds alts when there are more than a few (see indexAlts):
	// concept groups list dozens of words, and most tokens they are
	// asked about differ from all of them in first byte or length.
	altSet *wordSet
	// prefixFirst has bit c set when a prefix starts with byte c: most
	// tokens a prefix token is asked about start with none of them, and
	// are turned away by one bit test (set by indexAlts).
	prefixFirst [4]uint64
}

// manyAlts is the number of alternatives from which a token keeps them in
// a wordSet rather than comparing them one by one.
const manyAlts = 4

// indexAlts builds altSet and prefixFirst once the token's alternatives
// are all known.
func (p *phraseTok) indexAlts() {
	if len(p.alts) >= manyAlts {
		p.altSet = newWordSet(p.alts)
	}
	for _, a := range p.prefixes {
		p.prefixFirst[a[0]>>6] |= 1 << (a[0] & 63)
	}
}

func (p *phraseTok) match(t *token) bool {
	if p.num && t.kind == tokNumber {
		return true
	}
	if p.altSet != nil {
		if p.altSet.has(t.low) {
			return true
		}
	} else {
		for _, a := range p.alts {
			if a == t.low {
				return true
			}
		}
	}
	if c := t.low[0]; p.prefixFirst[c>>6]&(1<<(c&63)) == 0 {
		return false // no prefix starts with the token's first byte
	}
	for _, a := range p.prefixes {
		// The first bytes first: most prefixes tried differ there, and
		// the comparison of the strings is a call.
		if len(t.low) >= len(a) && t.low[0] == a[0] && t.low[len(a)-1] == a[len(a)-1] && t.low[:len(a)] == a {
			return true
		}
	}
	return false
}

// concept is one group of a co-occurrence entry: any one of its
// alternatives, a word (all merged into tok) or a run of words (seqs).
type concept struct {
	tok  phraseTok
	seqs [][]phraseTok
	id   int // index into a scan's conceptSeen
	// first holds the first bytes of the tokens an alternative can start
	// at (a 256-bit set, see startBytes; built by lexicon.add).
	// matchClause asks matchAt about every token of a clause, and a
	// concept with a dozen runs of words tried each of them there: most
	// tokens start with a byte no alternative does, and one bit test
	// turns them away.
	first [4]uint64
	// seqFirst holds the same set for each of seqs: a token that passes
	// first is tried only with the runs that can start at it.
	seqFirst [][4]uint64
}

// indexStarts fills in c.first and c.seqFirst once the concept's
// alternatives are known.
func (c *concept) indexStarts() {
	c.first = c.tok.startBytes()
	c.seqFirst = make([][4]uint64, len(c.seqs))
	for i, seq := range c.seqs {
		c.seqFirst[i] = seq[0].startBytes()
		for k, b := range c.seqFirst[i] {
			c.first[k] |= b
		}
	}
}

// matchAt returns the end of the concept's alternative matching at toks[t]
// (within [t, limit)), or -1.
func (c *concept) matchAt(toks []token, t, limit int) int {
	b := toks[t].low[0]
	if c.first[b>>6]&(1<<(b&63)) == 0 {
		return -1 // every alternative starts with another byte
	}
	if c.tok.match(&toks[t]) {
		return t + 1
	}
next:
	for i, seq := range c.seqs {
		if t+len(seq) > limit || c.seqFirst[i][b>>6]&(1<<(b&63)) == 0 {
			continue
		}
		for k := range seq {
			if !seq[k].match(&toks[t+k]) {
				continue next
			}
		}
		return t + len(seq)
	}
	return -1
}

// phrase is one entry of a list.
type phrase struct {
	list       string
	listID     int    // index of list in lexicon.lists
	text       string // as written, for error messages
	toks       []phraseTok
	concepts   []concept // non-nil: a co-occurrence entry
	suggestion string
	// second holds the first bytes a text token can have to match the
	// phrase's second token (a 256-bit set): most phrases found through
	// their first word fail on the second, and this says so at once.
	second [4]uint64
	// For a co-occurrence entry: its index in lexicon.coEntries, and in
	// its list's conceptsOf.
	entry, listPos int
}

// mayStart reports whether t can match a token whose low starts with byte
// b0 and is one byte long (one), or starts with b0 and b1.
func (t *phraseTok) mayStart(b0, b1 byte, one bool) bool {
	if t.num && (b0 >= utf8.RuneSelf || ('0' <= b0 && b0 <= '9')) {
		return true // a number token is all digits, ASCII or not
	}
	for _, a := range t.alts {
		if a[0] == b0 && ((one && len(a) == 1) || (!one && len(a) >= 2 && a[1] == b1)) {
			return true
		}
	}
	for _, p := range t.prefixes {
		if p[0] == b0 && (len(p) == 1 || (!one && p[1] == b1)) {
			return true
		}
	}
	return false
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
	// words holds, for each word that starts a phrase or a concept, what
	// starts with it: lookUp finds it once per token for match and
	// conceptSeen both. It is built by parse; index puts it in wordIdx
	// and entries (by the word's position in wordIdx.list), which lookUp
	// asks: a wordIndex answers in a few instructions where the map's
	// string hashing and probing cost a hundred.
	words   map[string]*lexWord
	wordIdx *wordIndex
	entries []*lexWord
	// wordSig has a bit set for each key of words (wordHash): most words
	// of a text start nothing, and lookUp learns it from one bit test
	// instead of a map look-up.
	wordSig [wordSigBits / 64]uint64
	// scanOne and scanTwo hold the phrases whose first token is a prefix
	// or a number: scanOne by the byte of a one-byte token they can start
	// at, scanTwo by the first two bytes of a longer one (an inner table
	// allocated for the first bytes some such phrase can start with).
	// Each list keeps the order the phrases were added in, which is the
	// order of their hits; match tries only the phrases a token's first
	// two bytes allow.
	scanOne [256][]*phrase
	scanTwo [256]*[256][]*phrase
	// conceptsOf holds the co-occurrence entries of each list, by list id.
	conceptsOf [][]*phrase
	// coEntries holds every co-occurrence entry (phrase.entry), and
	// conceptEntry the entry of each concept, by id: conceptSeen counts,
	// by entry, the concepts a text has (conceptTally).
	coEntries    []*phrase
	conceptEntry []int32
	// entrySize is len(coEntries[e].concepts) by entry (at most 255, as
	// parsePhrase checks): conceptSeenTally copies it into its tally of the
	// concepts each entry still lacks, a copy of a few hundred bytes where
	// comparing a count with the size cost two loads for every concept
	// first seen.
	entrySize []uint8
	// Which concepts a word can start, for conceptSeen: by whole word,
	// by prefix and for any number. Prefixes are grouped by their first
	// three bytes (conceptByThree, built by index from prefixesByThree),
	// so a word is compared only with the prefixes that begin as it does;
	// a two-byte prefix is in conceptByTwo[first][second] (allocated for
	// the first bytes some such prefix has), a one-byte prefix in
	// conceptByByte.
	nConcepts       int
	prefixesByThree map[uint32][]prefixConcept
	conceptByThree  prefixTable
	conceptByTwo    [256]*[256][]prefixConcept
	conceptByByte   [256][]prefixConcept
	conceptByNum    []int
	// lists names the lists by id (phrase.listID), token phrases and
	// co-occurrence entries alike: matching gathers hits in a slice per
	// list, and a scan keeps them so. The rules ask for a list by name
	// dozens of times a check; listIdx (built by index from lists) finds
	// its id without a map's string hashing.
	lists   []string
	listID  map[string]int
	listIdx *wordIndex
	// listBit holds, by list id, the list's bit in a scan's hitSig (see
	// listBitOf).
	listBit []uint64
}

// listBitOf is the bit of the list named list in a scan's hitSig: its
// name's outerBit, folded into 64.
func listBitOf(list string) uint64 {
	if list == "" {
		return 1
	}
	return 1 << (outerBit(list) % 64)
}

// listNames maps each of knownLists to the same name as this package's
// code spells it (the map's key). The lexicon keeps a list's name so: the
// rules ask for lists by literals, the compiler stores equal literals
// once, and comparing a string with itself costs no byte comparison, so
// id's check of the name it found is a pointer comparison.
var listNames = func() map[string]string {
	m := make(map[string]string, len(knownLists))
	for list := range knownLists {
		m[list] = list
	}
	return m
}()

// id returns list's id, or -1 for a list no entry of the lexicon is in.
func (lx *lexicon) id(list string) int { return lx.listIdx.index(list) }

// index builds what lookUp and id ask (wordIdx and entries, listIdx) once
// every list is parsed.
func (lx *lexicon) index() {
	words := make([]string, 0, len(lx.words))
	for w := range lx.words {
		words = append(words, w)
	}
	slices.Sort(words) // the same table for every checker
	lx.wordIdx = newWordIndex(words)
	lx.entries = make([]*lexWord, len(words))
	for i, w := range words {
		e := lx.words[w]
		lx.entries[i] = e
		e.knownName = names.KnownName(w)
		if len(e.phrases) >= manyPhrases {
			e.indexNext()
		}
	}
	lx.listIdx = newWordIndex(lx.lists)
	lx.listBit = make([]uint64, len(lx.lists))
	for id, list := range lx.lists {
		lx.listBit[id] = listBitOf(list)
	}
	lx.conceptByThree = newPrefixTable(lx.prefixesByThree)
	for i, w := range words {
		e := lx.entries[i]
		e.startsConcepts = lx.prefixConcepts(w, slices.Clone(e.concepts))
	}
}

// prefixConcepts appends to ids the concepts with a prefix that w, a
// non-empty word, starts with: those of its first byte, of its first two
// and of a longer prefix (found by its first three bytes).
// conceptSeenTally reads the same tables for a word the lexicon lacks,
// inline: gathering into a list there cost 1.4k instructions a check.
func (lx *lexicon) prefixConcepts(w string, ids []int) []int {
	for _, pc := range lx.conceptByByte[w[0]] {
		ids = append(ids, pc.id) // a one-byte prefix: every word starting with it
	}
	if bySecond := lx.conceptByTwo[w[0]]; bySecond != nil && len(w) >= 2 {
		for _, pc := range bySecond[w[1]] {
			ids = append(ids, pc.id) // a two-byte prefix: w starts with it
		}
	}
	if len(w) >= 3 {
		for _, pc := range lx.conceptByThree.at(threeBytes(w)) {
			if strings.HasPrefix(w, pc.prefix) {
				ids = append(ids, pc.id)
			}
		}
	}
	return ids
}

// listIDOf returns list's id, adding the list.
func (lx *lexicon) listIDOf(list string) int {
	id, ok := lx.listID[list]
	if !ok {
		id = len(lx.lists)
		lx.lists = append(lx.lists, list)
		lx.listID[list] = id
		lx.conceptsOf = append(lx.conceptsOf, nil)
	}
	return id
}

// lexWord is what starts with one word: phrases (by their first token's
// literal words) and concepts (by any alternative's first word).
type lexWord struct {
	phrases  []*phrase
	concepts []int
	// startsConcepts are the concepts the word can start: concepts, then
	// those with a prefix the word starts with (as conceptSeenTally reads
	// conceptByByte, conceptByTwo and conceptByThree), built by index so
	// that a word of the lexicon costs one list, not four look-ups.
	startsConcepts []int
	// nameOpener: a titled name or a role can start at the word
	// (names.Opener), so the names recogniser looks for one there; the
	// lexicon holds these words too so that one look-up per token serves
	// it as well.
	nameOpener bool
	// knownName says the word is a names.KnownName: the lexicon, looked
	// up for every token anyway, spares the names recogniser its own
	// look-up of the other words (names.Word.NoKnownName).
	knownName bool
	// gates has the bit (wordSet.gate) of each of gateSets holding the
	// word; the lexicon holds their words for that too.
	gates gateBits
	// For a word that starts many phrases ("you", "our"), nextLists holds
	// the phrases worth trying before a next token by its first byte
	// (nextLists[next[b]]: those of one token and those whose second
	// token can start with b, in the order of phrases); nextLists[0]
	// holds the phrases of one token, for the text's last token. match
	// then tests no phrase's second token by itself. nil for the other
	// words. Built by index (indexNext).
	next      *[256]uint16
	nextLists [][]*phrase
}

// manyPhrases is the number of phrases from which a word gets nextLists.
const manyPhrases = 6

// indexNext builds e's next and nextLists.
func (e *lexWord) indexNext() {
	filter := func(keep func(p *phrase) bool) []*phrase {
		var out []*phrase
		for _, p := range e.phrases {
			if keep(p) {
				out = append(out, p)
			}
		}
		return out
	}
	e.nextLists = [][]*phrase{filter(func(p *phrase) bool { return len(p.toks) == 1 })}
	e.next = new([256]uint16)
	for b := range 256 {
		list := filter(func(p *phrase) bool { return len(p.toks) == 1 || p.second[b>>6]&(1<<(b&63)) != 0 })
		k := slices.IndexFunc(e.nextLists, func(l []*phrase) bool { return slices.Equal(l, list) })
		if k < 0 {
			k = len(e.nextLists)
			e.nextLists = append(e.nextLists, list)
		}
		e.next[b] = uint16(k)
	}
}

// starts reports whether a phrase or a concept starts with w (a word kept
// only as a names.Opener or for gates starts none).
func (lx *lexicon) starts(w string) bool {
	e := lx.words[w]
	return e != nil && (len(e.phrases) > 0 || len(e.concepts) > 0)
}

// addNameOpeners marks the words a titled name or a role can start at
// (see lexWord.nameOpener).
func (lx *lexicon) addNameOpeners() {
	for _, w := range names.Openers() {
		lx.word(w).nameOpener = true
	}
}

// addGateWords enters the words of gateSets with their sets' bits (see
// lexWord.gates).
func (lx *lexicon) addGateWords() {
	for _, ws := range gateSets {
		for _, w := range ws.list() {
			if w != "" {
				lx.word(w).gates[ws.gateWord] |= ws.gate
			}
		}
	}
}

// word returns w's entry, adding an empty one.
func (lx *lexicon) word(w string) *lexWord {
	e := lx.words[w]
	if e == nil {
		e = &lexWord{}
		lx.words[w] = e
		b := wordHash(w) % wordSigBits
		lx.wordSig[b/64] |= 1 << (b % 64)
	}
	return e
}

// wordSigBits is the size of lexicon.wordSig.
const wordSigBits = 1 << 16

// lookUp sets each token's lex to its word's entry (nil for a word that
// starts nothing): one look-up per token, shared by match and
// conceptSeen. It fills words, the text's word index, from the same hash
// of each token, and returns the gates (lexWord.gates) of all the tokens.
func (lx *lexicon) lookUp(toks []token, words *wordIndex) (gates gateBits) {
	words.reset(len(toks))
	for i := range toks {
		w := toks[i].low
		h := wordHash(w)
		words.addHashed(w, h)
		if b := h % wordSigBits; lx.wordSig[b/64]&(1<<(b%64)) != 0 {
			if k := lx.wordIdx.indexHashed(w, h); k >= 0 {
				toks[i].lex = lx.entries[k]
				gates.or(&lx.entries[k].gates)
			} else {
				toks[i].lex = nil
			}
		} else {
			toks[i].lex = nil // the signature says no word of the lexicon is w
		}
	}
	return gates
}

// prefixConcept is a concept one of whose alternatives starts with prefix.
type prefixConcept struct {
	prefix string
	id     int
}

// threeBytes packs the first three bytes of w (three or more) into a key
// that is never 0.
func threeBytes(w string) uint32 {
	return 1<<24 | uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16
}

// prefixTable holds the concepts of the prefixes of three bytes or more by
// their first three bytes (threeBytes), in an open-addressing table: a
// word of the text finds the few prefixes that begin as it does in one
// probe or two, where grouping them by two bytes left a couple of dozen
// to compare for common starts ("ca", "co").
type prefixTable struct {
	keys  []uint32 // 0: an empty slot; len is a power of two
	lists [][]prefixConcept
	shift uint // 32 - log2(len(keys))
}

func newPrefixTable(byKey map[uint32][]prefixConcept) prefixTable {
	size, shift := 16, uint(28)
	for size < 4*len(byKey) {
		size, shift = size*2, shift-1
	}
	t := prefixTable{keys: make([]uint32, size), lists: make([][]prefixConcept, size), shift: shift}
	for k, list := range byKey {
		i := t.slot(k)
		for t.keys[i] != 0 {
			i = (i + 1) & uint32(size-1)
		}
		t.keys[i], t.lists[i] = k, list
	}
	return t
}

// slot is where key's probe starts (Fibonacci hashing).
func (t *prefixTable) slot(key uint32) uint32 { return key * 0x9E3779B1 >> t.shift }

// at returns the concepts whose prefix begins with the three bytes of key.
func (t *prefixTable) at(key uint32) []prefixConcept {
	mask := uint32(len(t.keys) - 1)
	for i := t.slot(key); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case key:
			return t.lists[i]
		case 0:
			return nil
		}
	}
}

// hit is one phrase found in the text, as token indices [from, to).
type hit struct {
	p        *phrase
	from, to int
}

func newLexicon() *lexicon {
	return &lexicon{words: map[string]*lexWord{}, listID: map[string]int{}, prefixesByThree: map[uint32][]prefixConcept{}}
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
			list = listNames[list]
			continue
		}
		if list == "" {
			return fmt.Errorf("compliance: %s line %d: phrase %q comes before any [LIST] header", name, n, line)
		}
		ps, err := parsePhrase(list, line)
		if err != nil {
			return fmt.Errorf("compliance: %s line %d: %w", name, n, err)
		}
		for _, p := range ps {
			lx.add(p)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("compliance: %s: %w", name, err)
	}
	return nil
}

func parsePhrase(list, line string) ([]*phrase, error) {
	p := &phrase{list: list, text: line}
	if i := strings.Index(line, "=>"); i >= 0 {
		p.suggestion = strings.TrimSpace(line[i+2:])
		line = strings.TrimSpace(line[:i])
	}
	if strings.Contains(line, " + ") {
		for _, c := range strings.Split(line, " + ") {
			cn, err := parseConcept(strings.TrimSpace(c))
			if err != nil {
				return nil, err
			}
			p.concepts = append(p.concepts, cn)
		}
		if len(p.concepts) > math.MaxUint8 {
			return nil, fmt.Errorf("%d concepts in one entry: at most %d", len(p.concepts), math.MaxUint8) // conceptTally counts in bytes
		}
		return []*phrase{p}, nil
	}
	fields := strings.Fields(line)
	if err := ambiguousAlts(fields); err != nil {
		return nil, err
	}
	// Each field is a slot of one or more alternative token runs; the
	// phrase is one phrase per choice of run in each slot (most slots
	// have one run, all of whose words are one token's alternatives).
	variants := [][]phraseTok{nil}
	for _, f := range fields {
		var runs [][]phraseTok
		if f == "<num>" || strings.HasSuffix(f, "*") || strings.Contains(f, "|") || strings.Contains(f, "_") {
			var err error
			if runs, err = parseSlot(f); err != nil {
				return nil, err
			}
		} else {
			var run []phraseTok
			for _, w := range tokenizePhrase(f) {
				run = append(run, phraseTok{alts: []string{w}})
			}
			runs = [][]phraseTok{run}
		}
		next := make([][]phraseTok, 0, len(variants)*len(runs))
		for _, v := range variants {
			for _, r := range runs {
				next = append(next, append(slices.Clip(v), r...))
			}
		}
		variants = next
	}
	out := make([]*phrase, 0, len(variants))
	for _, v := range variants {
		if len(v) == 0 {
			return nil, fmt.Errorf("phrase %q has no words", line)
		}
		q := *p
		q.toks = v
		out = append(out, &q)
	}
	return out, nil
}

// ambiguousAlts refuses a phrase whose alternatives were written with
// spaces inside them: "flush|flush out toxins" reads as the tokens
// "flush|flush", "out", "toxins", and "we won t|don t bill" as "won",
// "t|don", "t", "bill", which never match what was meant. Two signs tell
// it: one word offered by two neighbouring tokens, and the "t" left of a
// contraction ("can t|cannot") sharing a token with other words, since
// the word it ends stands in the token before.
func ambiguousAlts(fields []string) error {
	const how = "an alternative of several words is written with its words joined by _ (call_logs) or with its apostrophe (won't)"
	for i, f := range fields {
		alts := strings.Split(f, "|")
		if len(alts) > 1 && slices.Contains(alts, "t") {
			return fmt.Errorf("token %q offers the \"t\" of a contraction beside other words: %s", f, how)
		}
		if i == 0 || (len(alts) == 1 && !strings.Contains(fields[i-1], "|")) {
			continue
		}
		for _, a := range alts {
			if slices.Contains(strings.Split(fields[i-1], "|"), a) {
				return fmt.Errorf("tokens %q and %q both offer %q: %s", fields[i-1], f, a, how)
			}
		}
	}
	return nil
}

// parseConcept parses one concept of a co-occurrence entry: alternatives
// separated by |, each one or more words, a word ending in * a prefix.
func parseConcept(spec string) (concept, error) {
	var c concept
	for _, alt := range strings.Split(spec, "|") {
		var seq []phraseTok
		for _, f := range strings.Fields(alt) {
			if f == "<num>" {
				seq = append(seq, phraseTok{num: true})
				continue
			}
			prefix := strings.HasSuffix(f, "*")
			ws := tokenizePhrase(strings.TrimSuffix(f, "*"))
			for k, w := range ws {
				if prefix && k == len(ws)-1 {
					seq = append(seq, phraseTok{prefixes: []string{w}})
				} else {
					seq = append(seq, phraseTok{alts: []string{w}})
				}
			}
		}
		switch len(seq) {
		case 0:
			return concept{}, fmt.Errorf("concept %q has an empty alternative", spec)
		case 1:
			c.tok.alts = append(c.tok.alts, seq[0].alts...)
			c.tok.prefixes = append(c.tok.prefixes, seq[0].prefixes...)
			c.tok.num = c.tok.num || seq[0].num
		default:
			c.seqs = append(c.seqs, seq)
		}
	}
	return c, nil
}

// parseSlot parses one token spec: <num>, or a|b*|c where a trailing *
// makes an alternative a prefix. It returns the slot's alternative runs:
// one run of one token holding every one-word alternative, and a run of
// its own for each alternative of several words (words joined by _ or an
// apostrophe: never_ever, won't).
func parseSlot(f string) ([][]phraseTok, error) {
	if f == "<num>" {
		return [][]phraseTok{{{num: true}}}, nil
	}
	var t phraseTok
	var runs [][]phraseTok
	for _, a := range strings.Split(f, "|") {
		prefix := strings.HasSuffix(a, "*")
		w := tokenizePhrase(strings.ReplaceAll(strings.TrimSuffix(a, "*"), "_", " "))
		switch {
		case len(w) == 0:
			return nil, fmt.Errorf("alternative %q in %q has no words", a, f)
		case len(w) > 1 && prefix:
			return nil, fmt.Errorf("alternative %q in %q: only a one-word alternative can be a prefix", a, f)
		case len(w) > 1:
			run := make([]phraseTok, len(w))
			for k, x := range w {
				run[k] = phraseTok{alts: []string{x}}
			}
			runs = append(runs, run)
		case prefix:
			t.prefixes = append(t.prefixes, w[0])
		default:
			t.alts = append(t.alts, w[0])
		}
	}
	if len(t.alts) > 0 || len(t.prefixes) > 0 {
		runs = append([][]phraseTok{{t}}, runs...)
	}
	return runs, nil
}

func (lx *lexicon) add(p *phrase) {
	lx.phrases = append(lx.phrases, p)
	for k := range p.toks {
		p.toks[k].indexAlts()
	}
	for i := range p.concepts {
		p.concepts[i].tok.indexAlts()
		for _, seq := range p.concepts[i].seqs {
			for k := range seq {
				seq[k].indexAlts()
			}
		}
		p.concepts[i].indexStarts()
	}
	p.listID = lx.listIDOf(p.list)
	if p.concepts != nil {
		p.entry, p.listPos = len(lx.coEntries), len(lx.conceptsOf[p.listID])
		lx.coEntries = append(lx.coEntries, p)
		lx.entrySize = append(lx.entrySize, uint8(len(p.concepts)))
		lx.conceptsOf[p.listID] = append(lx.conceptsOf[p.listID], p)
		for i := range p.concepts {
			c := &p.concepts[i]
			c.id = lx.nConcepts
			lx.nConcepts++
			lx.conceptEntry = append(lx.conceptEntry, int32(p.entry))
			starts := []phraseTok{c.tok}
			for _, seq := range c.seqs {
				starts = append(starts, seq[0])
			}
			for _, st := range starts {
				for _, a := range st.alts {
					e := lx.word(a)
					e.concepts = append(e.concepts, c.id)
				}
				for _, pre := range st.prefixes {
					pc := prefixConcept{pre, c.id}
					switch len(pre) {
					case 1:
						lx.conceptByByte[pre[0]] = append(lx.conceptByByte[pre[0]], pc)
					case 2:
						if lx.conceptByTwo[pre[0]] == nil {
							lx.conceptByTwo[pre[0]] = new([256][]prefixConcept)
						}
						second := &lx.conceptByTwo[pre[0]][pre[1]]
						*second = append(*second, pc)
					default:
						k := threeBytes(pre)
						lx.prefixesByThree[k] = append(lx.prefixesByThree[k], pc)
					}
				}
				if st.num {
					lx.conceptByNum = append(lx.conceptByNum, c.id)
				}
			}
		}
		return
	}
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
		for b0, ok := range starts {
			if !ok {
				continue
			}
			if first.mayStart(byte(b0), 0, true) {
				lx.scanOne[b0] = append(lx.scanOne[b0], p)
			}
			for b1 := range 256 {
				if !first.mayStart(byte(b0), byte(b1), false) {
					continue
				}
				if lx.scanTwo[b0] == nil {
					lx.scanTwo[b0] = new([256][]*phrase)
				}
				lx.scanTwo[b0][b1] = append(lx.scanTwo[b0][b1], p)
			}
		}
		return
	}
	if len(p.toks) > 1 {
		p.second = p.toks[1].startBytes()
	}
	for _, a := range first.alts {
		e := lx.word(a)
		e.phrases = append(e.phrases, p)
	}
}

// match finds every phrase in toks, grouped by list. Phrases do not run
// across sentences. The tokens' lex must be set (lookUp).
//
// Hits are gathered in byID, one slice per list (by phrase.listID, its
// memory reused), which match returns with the listBit of every list that
// has hits ORed (sig). A pooled scan allocates nothing here once warm.
//
// The ids of the lists that got hits are appended to had (emptied first),
// so that the few lists with hits, not the hundreds of the lexicon, are
// emptied for the next text. Every list of byID must be empty but those
// in had.
func (lx *lexicon) match(toks []token, byID [][]hit, had []int32) (_ [][]hit, _ []int32, sig uint64) {
	for _, id := range had {
		byID[id] = byID[id][:0]
	}
	had = had[:0]
	if n := len(lx.lists); cap(byID) < n {
		byID = append(byID[:cap(byID)], make([][]hit, n-cap(byID))...)
	}
	byID = byID[:len(lx.lists)]
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
		if len(byID[p.listID]) == 0 {
			had = append(had, int32(p.listID))
		}
		byID[p.listID] = append(byID[p.listID], hit{p: p, from: i, to: i + len(p.toks)})
		sig |= lx.listBit[p.listID]
	}
	for i := range toks {
		if e := toks[i].lex; e != nil && e.next != nil {
			// The phrases the next token allows, found by its first byte.
			starts := e.nextLists[0]
			if i+1 < len(toks) {
				starts = e.nextLists[e.next[toks[i+1].low[0]]]
			}
			for _, p := range starts {
				try(p, i, 1)
			}
		} else if e != nil {
			for _, p := range e.phrases {
				// The index matched the first token: it is one of its words.
				if len(p.toks) == 1 || (i+1 < len(toks) && p.mayMatchSecond(&toks[i+1])) {
					try(p, i, 1)
				}
			}
		}
		var scan []*phrase
		if low := toks[i].low; len(low) == 1 {
			scan = lx.scanOne[low[0]]
		} else if two := lx.scanTwo[low[0]]; two != nil {
			scan = two[low[1]]
		}
		for _, p := range scan {
			try(p, i, 0)
		}
	}
	return byID, had, sig
}

// conceptHit is a co-occurrence entry found in one clause: the token span
// from its first to its last concept, and each concept's own tokens (the
// words that make the claim, which a negation test must not read as a
// negation of it: "you don't need a shot" is the claim, not its denial).
type conceptHit struct {
	p        *phrase
	from, to int
	parts    [][2]int
}

// clauseBreak reports whether token t ends a clause inside a sentence: a
// semicolon, a colon or a dash ("Myth: vaccines cause autism").
func clauseBreak(t *token) bool {
	if t.kind != tokPunct {
		return false
	}
	switch t.low {
	case ";", ":", "—", "–":
		return true
	}
	return false
}

// matchConcepts finds the co-occurrence entries of list whose concepts all
// appear in one clause, spanning from the first to the last concept found.
// Tokens for which skip is true (nil: none) match no concept.
//
// seen (conceptSeen: the sentences where each concept can start) rules out
// most entries at once, and the sentences where an entry's concepts cannot
// all meet are skipped.
//
// Only the entries tally found complete are tried: an entry with a
// concept the text lacks shares no sentence, and most entries of most
// lists are such, so they are not asked one by one.
func (lx *lexicon) matchConcepts(list string, toks []token, sents []sentence, seen []uint64, tally *conceptTally, skip func(t int) bool) []conceptHit {
	var out []conceptHit
	id := lx.id(list)
	if id < 0 || len(tally.complete) == 0 {
		return nil
	}
	// The list's complete entries, in the list's order (that of its hits).
	var buf [8]*phrase
	cands := buf[:0]
	for _, e := range tally.complete {
		if p := lx.coEntries[e]; p.listID == id {
			cands = append(cands, p)
		}
	}
	slices.SortFunc(cands, func(a, b *phrase) int { return a.listPos - b.listPos })
	for _, p := range cands {
		common := sharedSentences(p.concepts, seen)
		if common == 0 {
			continue
		}
		for si, s := range sents {
			if common&(uint64(1)<<min(si, 63)) == 0 {
				continue
			}
			for cs := s.tokStart; cs < s.tokEnd; {
				ce := cs
				for ce < s.tokEnd && !clauseBreak(&toks[ce]) {
					ce++
				}
				if h, ok := matchClause(p, toks, cs, ce, skip); ok {
					out = append(out, h)
				}
				cs = ce + 1
			}
		}
	}
	return out
}

// matchClause matches entry p in the clause toks[cs:ce]: each concept at
// its first place.
func matchClause(p *phrase, toks []token, cs, ce int, skip func(int) bool) (conceptHit, bool) {
	h := conceptHit{p: p, from: ce, to: cs}
	for ci := range p.concepts {
		c := &p.concepts[ci]
		found := false
		for t := cs; t < ce; t++ {
			if (skip != nil && skip(t)) || inParts(h.parts, t) {
				continue // an excepted word, or one an earlier concept took
			}
			if end := c.matchAt(toks, t, ce); end > 0 {
				h.parts = append(h.parts, [2]int{t, end})
				h.from, h.to = min(h.from, t), max(h.to, end)
				found = true
				break
			}
		}
		if !found {
			return conceptHit{}, false
		}
	}
	return h, true
}

// inParts reports whether token t lies in one of parts.
func inParts(parts [][2]int, t int) bool {
	for _, p := range parts {
		if t >= p[0] && t < p[1] {
			return true
		}
	}
	return false
}

// conceptSeen returns, in seen (resized to the lexicon's concepts), the
// sentences where each concept's alternatives can start, as a bit per
// sentence (sentences from the 64th on share the last bit): an entry
// whose concepts share no sentence is ruled out by a few ANDs, without a
// look at the text. It costs a look-up per token, not one per alternative
// of every entry.
func (lx *lexicon) conceptSeen(toks []token, seen []uint64) []uint64 {
	var tally conceptTally
	return lx.conceptSeenTally(toks, seen, &tally)
}

// conceptTally is what conceptSeenTally counts besides seen: by entry
// (phrase.entry), how many of its concepts the text still lacks (left),
// and the entries that have them all (complete), in the order they came
// to. Its memory is a scan's, kept for reuse.
type conceptTally struct {
	left     []uint8
	complete []int32
}

// conceptSeenTally is conceptSeen counting in tally the concepts of each
// entry the text has, as each is first seen.
func (lx *lexicon) conceptSeenTally(toks []token, seen []uint64, tally *conceptTally) []uint64 {
	seen = slices.Grow(seen[:0], lx.nConcepts)[:lx.nConcepts]
	clear(seen)
	tally.left = append(tally.left[:0], lx.entrySize...)
	tally.complete = tally.complete[:0]
	left, entryOf := tally.left, lx.conceptEntry
	var bit uint64
	mark := func(id int) {
		if seen[id] == 0 {
			// First seen: one concept fewer for its entry to find.
			e := entryOf[id]
			if left[e]--; left[e] == 0 {
				tally.complete = append(tally.complete, e)
			}
		}
		seen[id] |= bit
	}
	for i := range toks {
		w := toks[i].low
		bit = uint64(1) << min(toks[i].sent, 63)
		if e := toks[i].lex; e != nil {
			for _, id := range e.startsConcepts {
				mark(id)
			}
		} else {
			// A word the lexicon lacks can still start a concept by a prefix.
			for _, pc := range lx.conceptByByte[w[0]] {
				mark(pc.id)
			}
			if bySecond := lx.conceptByTwo[w[0]]; bySecond != nil && len(w) >= 2 {
				for _, pc := range bySecond[w[1]] {
					mark(pc.id)
				}
			}
			if len(w) >= 3 {
				for _, pc := range lx.conceptByThree.at(threeBytes(w)) {
					if strings.HasPrefix(w, pc.prefix) {
						mark(pc.id)
					}
				}
			}
		}
		if toks[i].kind == tokNumber {
			for _, id := range lx.conceptByNum {
				mark(id)
			}
		}
	}
	return seen
}

// sharedSentences returns the sentences (as conceptSeen marks them) where
// every concept may match: 0 as soon as a concept is seen in none of the
// sentences the ones before it share, which is the usual answer.
func sharedSentences(concepts []concept, seen []uint64) uint64 {
	common := ^uint64(0)
	for i := range concepts {
		if common &= seen[concepts[i].id]; common == 0 {
			return 0
		}
	}
	return common
}
