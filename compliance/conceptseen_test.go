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
		lx.lookUp(toks)
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
	lx.lookUp(toks)
	for _, tk := range toks {
		if tk.lex != lx.words[tk.low] {
			t.Errorf("lookUp(%q) = %p, the map holds %p", tk.low, tk.lex, lx.words[tk.low])
		}
	}
}
