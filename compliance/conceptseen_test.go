package compliance

import (
	"slices"
	"strings"
	"testing"
)

// TestConceptSeen checks conceptSeen, which looks each word's prefixes up
// by its first two bytes, against asking every concept's first tokens
// about every word, over the corpus texts.
func TestConceptSeen(t *testing.T) {
	prof := testProfile()
	// A one-byte prefix ("v*"), which the built-in data does not have.
	prof.ExtraRules = []byte("[MIS-01]\nv* + s*|f*\n")
	c, err := New(prof)
	if err != nil {
		t.Fatal(err)
	}
	lx := c.lex
	starts := func(pt phraseTok, tk *token) bool {
		if pt.num && tk.kind == tokNumber || slices.Contains(pt.alts, tk.low) {
			return true
		}
		return slices.ContainsFunc(pt.prefixes, func(p string) bool { return strings.HasPrefix(tk.low, p) })
	}
	for _, k := range loadCorpus(t) {
		toks, _ := tokenize(k.Text)
		lx.lookUp(toks, new(wordIndex))
		got := lx.conceptSeen(toks, nil)
		want := make([]uint64, lx.nConcepts)
		for _, p := range lx.phrases {
			for _, cn := range p.concepts {
				for i := range toks {
					ok := starts(cn.tok, &toks[i])
					for _, seq := range cn.seqs {
						ok = ok || starts(seq[0], &toks[i])
					}
					if ok {
						want[cn.id] |= 1 << min(toks[i].sent, 63)
					}
				}
			}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%q: conceptSeen differs from asking every concept", k.Text)
		}
	}
}

// TestLookUpSignature checks that the lexicon's word signature turns away
// no word the lexicon holds, and that lookUp finds what the map holds.
func TestLookUpSignature(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	lx := c.lex
	var toks []token
	for w := range lx.words {
		toks = append(toks, token{low: w})
	}
	for _, w := range []string{"the", "zzq", "flu", "x", "patient", "guaranteed", "maria"} {
		toks = append(toks, token{low: w})
	}
	lx.lookUp(toks, new(wordIndex))
	for _, tk := range toks {
		if tk.lex != lx.words[tk.low] {
			t.Errorf("lookUp(%q) = %p, the map holds %p", tk.low, tk.lex, lx.words[tk.low])
		}
	}
}

// TestScanPhrases checks match, which tries a phrase led by a prefix or a
// number only at tokens whose first two bytes it allows, against trying
// every such phrase at every token, over the corpus: the same hits in the
// same order.
func TestScanPhrases(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	lx := c.lex
	var scanned []*phrase // phrases led by a prefix or a number, in the order added
	for _, p := range lx.phrases {
		if p.concepts == nil && (p.toks[0].num || len(p.toks[0].prefixes) > 0) {
			scanned = append(scanned, p)
		}
	}
	at := func(p *phrase, toks []token, i int) bool {
		if i+len(p.toks) > len(toks) {
			return false
		}
		for k := range p.toks {
			if toks[i+k].sent != toks[i].sent || !p.toks[k].match(&toks[i+k]) {
				return false
			}
		}
		return true
	}
	for _, k := range loadCorpus(t) {
		toks, _ := tokenize(k.Text)
		lx.lookUp(toks, new(wordIndex))
		got, _, sig := lx.match(toks, nil, nil)
		want := map[string][]hit{}
		for i := range toks {
			if e := toks[i].lex; e != nil {
				for _, p := range e.phrases {
					if at(p, toks, i) {
						want[p.list] = append(want[p.list], hit{p, i, i + len(p.toks)})
					}
				}
			}
			for _, p := range scanned {
				if at(p, toks, i) {
					want[p.list] = append(want[p.list], hit{p, i, i + len(p.toks)})
				}
			}
		}
		for id, list := range lx.lists {
			if !slices.Equal(got[id], want[list]) {
				t.Fatalf("%q: list %s: hits %v, want %v", k.Text, list, got[id], want[list])
			}
			if len(want[list]) > 0 && sig&listBitOf(list) == 0 {
				t.Fatalf("%q: list %s has hits and no bit in the signature", k.Text, list)
			}
		}
		if len(got) != len(lx.lists) {
			t.Fatalf("%q: hits of %d lists, the lexicon has %d", k.Text, len(got), len(lx.lists))
		}
	}
}

// TestConceptTally checks that conceptSeenTally lists as complete exactly
// the co-occurrence entries all of whose concepts the text has, each once:
// matchConcepts tries no other.
func TestConceptTally(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	lx := c.lex
	var tally conceptTally
	for _, k := range loadCorpus(t) {
		toks, _ := tokenize(k.Text)
		lx.lookUp(toks, new(wordIndex))
		seen := lx.conceptSeenTally(toks, nil, &tally)
		for e, p := range lx.coEntries {
			all := !slices.ContainsFunc(p.concepts, func(cn concept) bool { return seen[cn.id] == 0 })
			if n := slices.Index(tally.complete, int32(e)); all != (n >= 0) || (n >= 0 && slices.Contains(tally.complete[n+1:], int32(e))) {
				t.Fatalf("%q: entry %q has all its concepts %v, listed complete %v", k.Text, p.text, all, tally.complete)
			}
		}
	}
}
