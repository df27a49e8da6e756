package compliance

import (
	"flag"
	"slices"
	"testing"
)

// Session 27's PRIV-16 measurements (learn27): features of structure
// rather than vocabulary. learn25 and learn26 found that the clean posts
// binding the threshold are staff and family news about no care ("Welcome
// back, Rusty! Two weeks fishing...") scoring 0.97-0.99 under every
// word-class variant, while the held posts share their names, times and
// warm words: bag-of-terms features do not part them. What the held posts
// have and the news lacks is a word of care standing by the person named
// ("Joy got her flu shot"), and a word of care that is the person's own
// ("her chemo") rather than the clinic's offer ("we give flu shots", "get
// your flu shot"). The variants read that structure; each is the shipped
// extractor (backstopFeatures, care.txt included) plus post-level terms,
// written from the kind before any figure, dump or set item was read.
//
// A person term is a name (a token of class <STAFF>, <FIRST>, <SURNAME>,
// <CAP> or <HANDLE>) or a third person's pronoun (he, she, his, her, him,
// hers: signPronoun). A name is staff when its class is <STAFF> or when the
// word is a staff member's word or short form (allowlist.isStaff: "Bea" for
// Beatriz), else other. A care word is a health word (backstopHealthWord:
// the health data and care.txt). Distances count word and number tokens
// only, within one sentence.
//
//   - "near27": where the person and the care stand. For each care word
//     and each person term of its sentence within 4 words of it (either
//     side): "u <NEAR>" and "u <NEAR:STAFF>", "u <NEAR:OTHER>" or
//     "u <NEAR:PRON>" by the person's kind. When the post holds a name and
//     a care word but no such pair: "u <SAMESENT>" if some name shares a
//     sentence with a care word (further than 4 words), else "u <FAR>" (a
//     name and a care word only in different sentences). Staff news with no
//     care word gets none of them; "Joy got her flu shot" gets <NEAR>.
//   - "own27": whose care it is. For each care word, the nearest possessor
//     among the 4 words before it in its sentence: her, his, their, my,
//     hers, him, or the "s" of a name's "'s" -> "u <OWN>"; we, our, us ->
//     "u <OFFER>"; you, your -> "u <OFFER>" in a post but "u <OWN>" in a
//     reply (a reply's "your" is the reviewer's, a patient's, care). Also
//     "u <OWN> <STAFF>" when the post names staff (an owned care word in
//     a staff story), "u <OFFER> <NOOWN>" when every possessed care word is
//     the clinic's offer.
//   - "both27": near27 and own27 together.
//
// Decision rule (learn27's brief, fixed before any figure): a variant is
// recommended only if leave-one-set-out over sets162 at the fixed budget
// passes at least 3 fewer block-labelled privacy/reply posts than base
// with pooled clean passing no more than 0.002 lower, and forward on
// dev162+dev163 (held out, aggregates only) it passes no more blocks and
// flags no more clean posts than base.
//
// Measured at session 27 on ddec221 (rules unchanged at 237f57d, where the
// forward runs were taken; docs/COMPLIANCE.md, "The learned backstop";
// threshold / blocks passed / pooled clean over sets162, forward blocks
// passed / clean flagged on dev162+dev163): base 0.790 / 27 / 0.9637, 5 /
// 1; near27 0.773 / 27 / 0.9629, 4 / 1; own27 0.800 / 32 / 0.9644, 5 / 2;
// both27 not measured (stopped unfinished for the report's deadline). None
// met the decision rule: nothing ships, the variants stay here.

var exploreBackstop27 = flag.String("backstop-explore27", "", "comma list of PRIV-16 variants (exploreVariants) to cross-validate over sets162 and score forward on dev162 and dev163 (backstop_explore27_test.go)")

var exploreForward27 = flag.String("backstop-forward27", "", "comma list of variant=threshold: train on sets162 and score dev162 and dev163 at that threshold, aggregates only (backstop_explore27_test.go)")

// sets162 are backstopSets (160 sets, dev156-dev161 included) and dev154
// and dev155 (session 26's forward check, released at session 27's start).
var sets162 = append(slices.Clip(backstopSets), "testdata/dev154", "testdata/dev155")

// forward27Sets are the sets held out for session 27's forward check.
var forward27Sets = []string{"testdata/dev162", "testdata/dev163"}

func init() {
	exploreVariants["near27"] = func(s *scan, emit func(string)) { structureFeatures27(s, emit, true, false) }
	exploreVariants["own27"] = func(s *scan, emit func(string)) { structureFeatures27(s, emit, false, true) }
	exploreVariants["both27"] = func(s *scan, emit func(string)) { structureFeatures27(s, emit, true, true) }
}

// The kinds of person term.
const (
	person27None = iota
	person27Staff
	person27Other
	person27Pron
)

var person27Names = [...]string{person27Staff: "<NEAR:STAFF>", person27Other: "<NEAR:OTHER>", person27Pron: "<NEAR:PRON>"}

// nearWindow27 is how many words apart a person and a care word may stand
// and still be read as one clause.
const nearWindow27 = 4

// possessors27 are the words that say whose a care word is: the person's
// own (1) or the clinic's or reader's (2; "you" and "your" are the
// reader's in a post, the reviewer's own in a reply).
var possessors27 = map[string]int{"her": 1, "his": 1, "their": 1, "my": 1, "hers": 1, "him": 1,
	"we": 2, "our": 2, "us": 2, "you": 3, "your": 3}

// structureFeatures27 is backstopFeatures plus near27's (near) and own27's
// (own) post-level terms.
func structureFeatures27(s *scan, emit func(string), near, own bool) {
	backstopFeatures(s, emit)
	type tok27 struct {
		i, sent, pos int
		class        termClass
		term         string
		person       int
		care         bool
	}
	var toks []tok27
	pos, sent := 0, -1
	eachClassTerm(s, func(i int, c termClass, term string) {
		if s.toks[i].sent != sent {
			sent, pos = s.toks[i].sent, 0
		}
		k := tok27{i: i, sent: sent, pos: pos, class: c, term: term}
		pos++
		switch c {
		case asStaff:
			k.person = person27Staff
		case asFirst, asSurname, asCap, asHandle:
			k.person = person27Other
			if s.c.allow.isStaff([]string{s.toks[i].low}) {
				k.person = person27Staff
			}
		case asWord:
			if signOfWord[term] == signPronoun {
				k.person = person27Pron
			}
			k.care = backstopHealthWord(term)
		}
		toks = append(toks, k)
	})
	anyName, anyCare := false, false
	for _, k := range toks {
		anyName = anyName || k.person == person27Staff || k.person == person27Other
		anyCare = anyCare || k.care
	}
	if near && anyCare {
		var kinds [4]bool
		nearAny, sameSent := false, false
		for _, c := range toks {
			if !c.care {
				continue
			}
			for _, p := range toks {
				if p.person == person27None || p.sent != c.sent {
					continue
				}
				if d := p.pos - c.pos; d <= nearWindow27 && d >= -nearWindow27 {
					kinds[p.person], nearAny = true, true
				} else if p.person != person27Pron {
					sameSent = true
				}
			}
		}
		switch {
		case nearAny:
			emit("u <NEAR>")
			for k, ok := range kinds {
				if ok {
					emit("u " + person27Names[k])
				}
			}
		case anyName && sameSent:
			emit("u <SAMESENT>")
		case anyName:
			emit("u <FAR>")
		}
	}
	if own && anyCare {
		reply := s.d.ReviewText != ""
		owned, offered := false, false
		for j, c := range toks {
			if !c.care {
				continue
			}
			for b := j - 1; b >= 0 && toks[b].sent == c.sent && c.pos-toks[b].pos <= nearWindow27; b-- {
				w := toks[b]
				kind := 0
				if w.class == asWord {
					kind = possessors27[w.term]
					if w.term == "s" && b > 0 && toks[b-1].sent == w.sent && toks[b-1].person != person27None {
						kind = 1 // a name's "'s"
					}
				}
				if kind == 3 {
					kind = 2
					if reply {
						kind = 1
					}
				}
				if kind == 1 {
					owned = true
				}
				if kind == 2 {
					offered = true
				}
				if kind != 0 {
					break
				}
			}
		}
		if owned {
			emit("u <OWN>")
			for _, k := range toks {
				if k.person == person27Staff {
					emit("u <OWN> <STAFF>")
					break
				}
			}
		}
		if offered {
			emit("u <OFFER>")
			if !owned {
				emit("u <OFFER> <NOOWN>")
			}
		}
	}
}

func TestBackstopExplore27(t *testing.T) {
	if *exploreBackstop27 == "" && *exploreForward27 == "" {
		t.Skip("-backstop-explore27 not set")
	}
	exploreAndForward(t, "-backstop-forward27", *exploreBackstop27, *exploreForward27, sets162, forward27Sets)
}

// TestStructureFeatures27: sentences of my own (not from any set) and the
// post-level terms each variant must give them.
func TestStructureFeatures27(t *testing.T) {
	checkFeatureCases(t, exploreVariants["both27"], []featureCase{
		// A name and a care word in one clause.
		{"Congrats to Marisol, she finished her last round of chemo today!", "",
			[]string{"u <NEAR>", "u <NEAR:PRON>", "u <OWN>"}, []string{"u <FAR>", "u <OFFER>"}},
		// Staff news, no care word: nothing.
		{"Welcome back, Tomasz! Two weeks of fishing in Alaska and he caught nothing.", "",
			nil, []string{"u <NEAR>", "u <FAR>", "u <SAMESENT>", "u <OWN>", "u <OFFER>"}},
		// A name and a care word in different sentences.
		{"Happy birthday to Marisol from the whole team. Flu vaccine clinic runs all week.", "",
			[]string{"u <FAR>"}, []string{"u <NEAR>", "u <OWN>"}},
		// The clinic's offer.
		{"We offer the flu vaccine every weekend, bring your kids.", "",
			[]string{"u <OFFER>", "u <OFFER> <NOOWN>"}, []string{"u <OWN>", "u <NEAR>"}},
		// In a reply, "your" care is the reviewer's own.
		{"So glad your chemo is behind you!", "Great staff.",
			[]string{"u <OWN>"}, []string{"u <OFFER>"}},
		// A name's "'s".
		{"Marisol's chemo ended this week.", "",
			[]string{"u <OWN>", "u <NEAR>"}, nil},
	})
}
