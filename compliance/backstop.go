package compliance

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

// The backstop (PRIV-16) is a small learned model that reads a post the
// rules let pass and asks whether it still reads like a story about a
// person's health, or a reply that confirms care. Hand rules tuned on the
// sets their authors read miss the kinds of text each new writer brings
// (issue 11); a model over word classes ("a first name", "a health word",
// "a staff name") rather than the words themselves carries what those
// sets share to text nobody wrote before. It never blocks: a block needs a
// reason a person can read. It sends the post to a doctor (warn), with the
// words that weighed most.
//
// The model is logistic regression over the post's terms: each word's
// class or lower-case text (backstopTerms), one at a time and in pairs,
// present or not. It is trained by backstop_train_test.go on the labelled
// sets a rule author may read (testdata/corpus and testdata/dev*, never a
// blind set) and the file below is its output; TestBackstopModel fails when
// regenerating it from the committed sets does not give the same bytes.
//
//go:generate go test -run ^TestBackstopModel$ -update-backstop
//go:embed backstop/model.txt
var backstopData []byte

// backstopRule is the rule id of the backstop's findings.
const backstopRule = "PRIV-16"

// backstopModel is the parsed model: a weight per feature, kept in an
// open-addressing table keyed by the feature's hash, so scoring a post
// costs a hash and a probe per term and allocates nothing.
type backstopModel struct {
	bias      float64
	threshold float64 // the probability at and above which a post is flagged
	slots     []backstopSlot
	features  []string // feature i's name, for the explanation
	// terms maps each class term to its hash, for the explanation and for
	// the hashes of the classes backstopTerms emits.
}

type backstopSlot struct {
	key    uint64 // 0: empty
	weight float32
	index  uint32 // into features
}

// maxBackstopFeatures bounds the model's size: score marks the features it
// has counted in a fixed bitset on the stack, so each counts once.
const maxBackstopFeatures = 8192

// The term classes: a word that is one of these is read as its class, so
// what the model learns of "Darnell" holds for every first name.
const (
	termFirst     = "<FIRST>"     // a capitalized first name from the name data
	termSurname   = "<SURNAME>"   // a capitalized surname from the name data
	termCap       = "<CAP>"       // another capitalized word that is no everyday word
	termNumber    = "<NUM>"       // digits
	termHealth    = "<HEALTH>"    // a word of a health detail (health package)
	termStaff     = "<STAFF>"     // a word of a staff member's name
	termCommunity = "<COMMUNITY>" // a word of the town's, schools' and partners' names
	termHandle    = "<HANDLE>"    // an @handle that is not the practice's
	termStart     = "<S>"         // before a sentence's first term (pairs only)
	termReply     = "<REPLY>"     // the draft replies to a review
	termPerson    = "<PERSON>"    // a word of a person the rules' recognizer found (not staff)
	termRole      = "<ROLE>"      // a word of a one-person role ("the town librarian")
	termRule      = "<RULE>"      // paired with a rule id that has an info finding
)

// FNV-1a, 64 bits: the hash of a term's text.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func termHash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// unigramKey and bigramKey are the feature keys of a term and of a pair of
// terms (never 0, the empty slot).
func unigramKey(h uint64) uint64 { return mixKey(h ^ 0x5bd1e995) }
func bigramKey(a, b uint64) uint64 {
	return mixKey(a*0x9E3779B97F4A7C15 ^ b)
}

func mixKey(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	return x | 1
}

// Hashes of the class terms, computed once.
var (
	hashFirst, hashSurname, hashCap      = termHash(termFirst), termHash(termSurname), termHash(termCap)
	hashNumber, hashHealth, hashStaff    = termHash(termNumber), termHash(termHealth), termHash(termStaff)
	hashCommunity, hashHandle, hashStart = termHash(termCommunity), termHash(termHandle), termHash(termStart)
	hashReply, hashPerson, hashRole      = termHash(termReply), termHash(termPerson), termHash(termRole)
	hashRule                             = termHash(termRule)
)

// backstopTerms calls emit with each feature of s: every term alone and
// every pair of neighbouring terms within a sentence (the first paired
// with termStart); for each sentence and for the whole text, which of the
// backstop's signs (backstopSigns) occur together; each rule with an info
// finding in infos ("<RULE> PRIV-10": a name the rules judged no
// patient's); and termReply for a reply. a and b are the terms' texts (b
// is "" for a single term); emit may ignore them, which is what scoring
// does, and nothing is allocated.
//
// E is a type parameter rather than a func so that scoring, which runs on
// every post the rules pass, calls its emit directly: no closure call per
// feature.
func backstopTerms[E featureSink](s *scan, infos []post.Finding, sink E) {
	if s.d.ReviewText != "" {
		sink.emit(unigramKey(hashReply), termReply, "")
	}
	for i := range infos {
		if f := &infos[i]; f.Severity == post.SeverityInfo && f.Channel == s.channel {
			sink.emit(bigramKey(hashRule, termHash(f.Rule)), termRule, f.Rule)
		}
	}
	s.markBackstopClasses()
	prev, prevHash, sent := termStart, hashStart, -1
	var signs, all backstopSigns
	for i := range s.toks {
		t := &s.toks[i]
		if t.sent != sent {
			emitSigns(sink, signs, false)
			all |= signs
			prev, prevHash, sent, signs = termStart, hashStart, t.sent, 0
		}
		if t.kind == tokPunct {
			continue
		}
		wh := termHash(t.low)
		term, h := s.backstopClass(i, wh, prevHash == hashStart)
		if h == wh {
			signs |= wordSign(h, term)
		} else {
			signs |= classSign(h)
		}
		sink.emit(unigramKey(h), term, "")
		sink.emit(bigramKey(prevHash, h), prev, term)
		prev, prevHash = term, h
	}
	emitSigns(sink, signs, false)
	emitSigns(sink, all|signs, true)
}

// featureSink receives backstopTerms' features.
type featureSink interface {
	emit(key uint64, a, b string)
}

// backstopSigns are signs of a story about someone's health, a bit each:
// a person, a health word, "you", a third person's pronoun, a time cue.
type backstopSigns uint8

const (
	signPerson backstopSigns = 1 << iota
	signHealth
	signYou
	signPronoun
	signTime
	numSigns = iota
)

// signNames and signHashes name each pair of signs, in a sentence ("<S>")
// and in the text ("<T>"): signNames[whole][a][b] for a < b.
var signNames, signHashes = func() (n [2][numSigns][numSigns]string, h [2][numSigns][numSigns]uint64) {
	letters := "PHYTW"
	for w, pre := range []string{"<S:", "<T:"} {
		for a := range numSigns {
			for b := a + 1; b < numSigns; b++ {
				n[w][a][b] = pre + letters[a:a+1] + letters[b:b+1] + ">"
				h[w][a][b] = unigramKey(termHash(n[w][a][b]))
			}
		}
	}
	return n, h
}()

// emitSigns emits the pairs of signs in m.
func emitSigns[E featureSink](sink E, m backstopSigns, whole bool) {
	w := 0
	if whole {
		w = 1
	}
	for a := range numSigns {
		if m&(1<<a) == 0 {
			continue
		}
		for b := a + 1; b < numSigns; b++ {
			if m&(1<<b) != 0 {
				sink.emit(signHashes[w][a][b], signNames[w][a][b], "")
			}
		}
	}
}

// classSign returns the sign of a class term, by its hash.
func classSign(h uint64) backstopSigns {
	switch h {
	case hashPerson, hashRole:
		return signPerson
	case hashHealth:
		return signHealth
	}
	return 0
}

// signWordList are the words that give a sign.
var signWordList = map[backstopSigns][]string{
	signYou:     {"you", "your", "you're", "yours"},
	signPronoun: {"he", "she", "his", "her", "him", "hers"},
	signTime:    {"today", "yesterday", "tonight", "morning", "weekend", "week", "recently", "finally", "back", "since"},
}

// signTable holds signWordList by the words' termHash, so a word's sign
// costs a probe of a small table, not a string switch.
var signTable = func() (t [signSlots]struct {
	h    uint64
	word string
	sign backstopSigns
}) {
	for sign, words := range signWordList {
		for _, w := range words {
			h := termHash(w)
			j := h % signSlots
			for t[j].word != "" {
				j = (j + 1) % signSlots
			}
			t[j].h, t[j].word, t[j].sign = h, w, sign
		}
	}
	return t
}()

// signSlots is signTable's size: a tenth full, so a word that gives no
// sign, nearly every word, mostly lands on an empty slot.
const signSlots = 256

// wordSign returns the sign of word w, whose termHash is h.
func wordSign(h uint64, w string) backstopSigns {
	for j := h % signSlots; signTable[j].word != ""; j = (j + 1) % signSlots {
		if signTable[j].h == h && signTable[j].word == w {
			return signTable[j].sign
		}
	}
	return 0
}

// Token classes backstopClass reads from the scan, marked once per text.
const (
	classNone uint8 = iota
	classHealth
	classPerson
	classRole
)

// markBackstopClasses marks the tokens in a health detail and in a
// person's name or role (s.people: staff and community names left out) in
// s.backstopMarks.
func (s *scan) markBackstopClasses() {
	s.backstopMarks = slices.Grow(s.backstopMarks[:0], len(s.toks))[:len(s.toks)]
	clear(s.backstopMarks)
	for _, p := range s.people() {
		c := classPerson
		if p.kind == names.Role {
			c = classRole
		}
		for t := p.from; t < p.to && t < len(s.toks); t++ {
			s.backstopMarks[t] = c
		}
	}
	for _, h := range s.healthHits() {
		for t := h.From; t < h.To && t < len(s.toks); t++ {
			s.backstopMarks[t] = classHealth
		}
	}
}

// backstopClass returns token i's term and its hash; h is the termHash of
// the token's lower-case text, and first says it opens its sentence.
func (s *scan) backstopClass(i int, h uint64, first bool) (string, uint64) {
	t := &s.toks[i]
	switch {
	case t.kind == tokNumber:
		return termNumber, hashNumber
	case s.backstopMarks[i] == classHealth:
		return termHealth, hashHealth
	case t.start > 0 && s.text[t.start-1] == '@':
		if s.c.allow.handles[t.low] {
			return t.low, h
		}
		return termHandle, hashHandle
	case s.backstopMarks[i] == classRole:
		return termRole, hashRole
	case s.backstopMarks[i] == classPerson && t.capital:
		return termPerson, hashPerson
	case !t.capital:
		return t.low, h
	}
	switch s.c.ownTerms.get(h, t.low) {
	case ownStaff:
		return termStaff, hashStaff
	case ownCommunity:
		return termCommunity, hashCommunity
	}
	switch {
	case names.First(t.low) == names.Strong:
		return termFirst, hashFirst
	case names.Surname(t.low) == names.Strong:
		return termSurname, hashSurname
	case !first && !names.IsWord(t.low):
		// A sentence's first word is capitalized whatever it is: only
		// another is asked whether it is an everyday word, which is
		// the costliest look-up here.
		return termCap, hashCap
	}
	return t.low, h
}

// ownTerms are the words of the practice's own names by termHash: staff
// (allowlist.staff) and its community, town and address words
// (allowlist.ownWord), built once at New, so a capitalized word costs one
// probe rather than a map look-up and a walk of every community name.
type ownTerms struct {
	slots []ownTerm // len a power of two, at most half full
}

type ownTerm struct {
	h     uint64
	word  string
	class uint8 // ownStaff or ownCommunity; 0: empty
}

const (
	ownStaff uint8 = iota + 1
	ownCommunity
)

func newOwnTerms(a *allowlist) ownTerms {
	words := map[string]uint8{}
	for w := range a.addrWords {
		words[w] = ownCommunity
	}
	for _, c := range a.community {
		for _, w := range c {
			words[w] = ownCommunity
		}
	}
	for w := range a.staff {
		words[w] = ownStaff
	}
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	o := ownTerms{slots: make([]ownTerm, size)}
	for w, class := range words {
		h := termHash(w)
		j := h & uint64(size-1)
		for o.slots[j].class != 0 {
			j = (j + 1) & uint64(size-1)
		}
		o.slots[j] = ownTerm{h, w, class}
	}
	return o
}

// get returns the class of word w, whose termHash is h (0 for none).
func (o *ownTerms) get(h uint64, w string) uint8 {
	if len(o.slots) == 0 {
		return 0
	}
	mask := uint64(len(o.slots) - 1)
	for j := h & mask; o.slots[j].class != 0; j = (j + 1) & mask {
		if o.slots[j].h == h && o.slots[j].word == w {
			return o.slots[j].class
		}
	}
	return 0
}

// parseBackstop reads a model file: comment lines (#), "bias <w>",
// "threshold <p>", "u <term> <w>" and "b <term> <term> <w>".
func parseBackstop(data []byte) (*backstopModel, error) {
	m := &backstopModel{threshold: math.Inf(1)}
	type feat struct {
		key uint64
		w   float64
	}
	var feats []feat
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		w, err := strconv.ParseFloat(f[len(f)-1], 64)
		if err != nil {
			return nil, fmt.Errorf("backstop model line %d: %w", n, err)
		}
		switch {
		case f[0] == "bias" && len(f) == 2:
			m.bias = w
		case f[0] == "threshold" && len(f) == 2:
			m.threshold = w
		case f[0] == "u" && len(f) == 3:
			feats = append(feats, feat{unigramKey(termHash(f[1])), w})
			m.features = append(m.features, f[1])
		case f[0] == "b" && len(f) == 4:
			feats = append(feats, feat{bigramKey(termHash(f[1]), termHash(f[2])), w})
			m.features = append(m.features, f[1]+" "+f[2])
		default:
			return nil, fmt.Errorf("backstop model line %d: %q is not a bias, threshold or feature", n, line)
		}
	}
	if len(feats) > maxBackstopFeatures {
		return nil, fmt.Errorf("backstop model: %d features, at most %d", len(feats), maxBackstopFeatures)
	}
	size := 16
	for size < 2*len(feats) {
		size *= 2
	}
	m.slots = make([]backstopSlot, size)
	mask := uint64(size - 1)
	for i, f := range feats {
		for j := f.key & mask; ; j = (j + 1) & mask {
			if m.slots[j].key == 0 {
				m.slots[j] = backstopSlot{key: f.key, weight: float32(f.w), index: uint32(i)}
				break
			}
			if m.slots[j].key == f.key {
				return nil, fmt.Errorf("backstop model: feature %q twice (or a hash collision)", m.features[i])
			}
		}
	}
	return m, nil
}

// lookup returns the slot of key, or nil when the model has no such
// feature.
func (m *backstopModel) lookup(key uint64) *backstopSlot {
	mask := uint64(len(m.slots) - 1)
	for j := key & mask; ; j = (j + 1) & mask {
		switch m.slots[j].key {
		case key:
			return &m.slots[j]
		case 0:
			return nil
		}
	}
}

// lookupName returns the slot of the feature named as in the model file
// ("u knee", "b <FIRST> had"), or nil.
func (m *backstopModel) lookupName(f string) *backstopSlot {
	parts := strings.Fields(f)
	switch {
	case len(parts) == 2 && parts[0] == "u":
		return m.lookup(unigramKey(termHash(parts[1])))
	case len(parts) == 3 && parts[0] == "b":
		return m.lookup(bigramKey(termHash(parts[1]), termHash(parts[2])))
	}
	return nil
}

// backstopScore is a scored text: the probability, and the three features
// that pushed it up the most.
type backstopScore struct {
	p   float64
	top [3]int32 // feature indexes, -1 for none
	w   [3]float32
}

// scoreSink sums the weights of the features a text has, each once.
type scoreSink struct{ st *scoreState }

type scoreState struct {
	m    *backstopModel
	z    float64
	seen [maxBackstopFeatures / 64]uint64
	// explain: keep the three largest positive weights in sc (a second
	// walk, for a text that is flagged).
	explain bool
	sc      backstopScore
}

func (k scoreSink) emit(key uint64, _, _ string) {
	st := k.st
	sl := st.m.lookup(key)
	if sl == nil || st.seen[sl.index/64]&(1<<(sl.index%64)) != 0 {
		return
	}
	st.seen[sl.index/64] |= 1 << (sl.index % 64)
	st.z += float64(sl.weight)
	if !st.explain || sl.weight <= 0 {
		return
	}
	// Keep the three largest positive weights, largest first.
	top, w := &st.sc, sl.weight
	for k := range top.top {
		if top.top[k] >= 0 && w <= top.w[k] {
			continue
		}
		copy(top.top[k+1:], top.top[k:len(top.top)-1])
		copy(top.w[k+1:], top.w[k:len(top.w)-1])
		top.top[k], top.w[k] = int32(sl.index), w
		break
	}
}

// score scores s's text (infos: the findings of the rules so far). The
// three features that weighed most are found only when explain is set.
func (m *backstopModel) score(s *scan, infos []post.Finding, explain bool) backstopScore {
	st := scoreState{m: m, z: m.bias, explain: explain, sc: backstopScore{top: [3]int32{-1, -1, -1}}}
	backstopTerms(s, infos, scoreSink{&st})
	st.sc.p = 1 / (1 + math.Exp(-st.z))
	return st.sc
}

// backstopFinding returns the PRIV-16 finding for a scan the rules let
// pass, if the model flags it.
func (c *Checker) backstopFinding(s *scan, infos []post.Finding) (post.Finding, bool) {
	m := c.backstop
	if m == nil {
		return post.Finding{}, false
	}
	if m.score(s, infos, false).p < m.threshold {
		return post.Finding{}, false
	}
	sc := m.score(s, infos, true)
	var why []string
	for _, i := range sc.top {
		if i >= 0 {
			why = append(why, explainFeature(m.features[i]))
		}
	}
	return post.Finding{
		Severity: post.SeverityWarn,
		Message: "Reads like a story about a person's health — no single rule matched; check that no patient can be recognised" +
			" (score " + strconv.FormatFloat(sc.p, 'f', 2, 64) + "; words that weighed most: " + strings.Join(why, ", ") + ")",
		NeedsHuman: true,
	}, true
}

// classWords say the classes in plain words, for the explanation.
var classWords = strings.NewReplacer(termFirst, "a first name", termSurname, "a surname", termCap, "a capitalized name",
	termNumber, "a number", termHealth, "a health word", termStaff, "a staff name", termCommunity, "a local place or group",
	termHandle, "a person's handle", termStart, "(sentence start)", termReply, "a reply to a review",
	termPerson, "a person's name", termRole, "a person's role", termRule, "a near miss of rule")

// signWords say the signs of backstopSigns by their letters in signNames.
var signWords = map[byte]string{'P': "a person", 'H': "a health word", 'Y': "\u201cyou\u201d", 'T': "\u201che\u201d or \u201cshe\u201d", 'W': "a time word"}

// explainFeature says a feature in plain words: "a first name on",
// "\"surgery\"".
func explainFeature(f string) string {
	a, b, pair := strings.Cut(f, " ")
	say := func(t string) string {
		if len(t) == 6 && (strings.HasPrefix(t, "<S:") || strings.HasPrefix(t, "<T:")) {
			where := "in one sentence"
			if t[1] == 'T' {
				where = "in the post"
			}
			return signWords[t[3]] + " and " + signWords[t[4]] + " " + where
		}
		if strings.HasPrefix(t, "<") {
			return classWords.Replace(t)
		}
		return "\u201c" + t + "\u201d"
	}
	if !pair {
		return say(a)
	}
	if a == termStart {
		return say(b) + " opening a sentence"
	}
	return say(a) + " + " + say(b)
}

// shippedBackstop is the model embedded in the binary, parsed once.
var shippedBackstop = func() *backstopModel {
	m, err := parseBackstop(backstopData)
	if err != nil {
		panic(err) // the embedded file is tested: TestBackstopModel
	}
	return m
}()

// noFindings is the check of a rule whose findings the engine adds itself.
func noFindings(*scan) []post.Finding { return nil }

// addBackstop adds PRIV-16's finding to found when no finding in it asks
// for a review or blocks and the model flags one of the texts (the main
// text first, then each channel's own): it reads only what every rule let
// pass, so it never adds a second reason to a post already held.
func (c *Checker) addBackstop(texts []*scan, found *findingBuf) {
	if c.backstop == nil {
		return
	}
	for i := range found.all {
		if sev := found.all[i].Severity; sev == post.SeverityWarn || sev == post.SeverityBlock {
			return
		}
	}
	for _, s := range texts {
		if f, ok := c.backstopFinding(s, found.all); ok {
			c.finish(&c.enabled[c.backstopAt], s, found.add(&f))
			return
		}
	}
}
