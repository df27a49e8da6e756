package compliance

import (
	"index/suffixarray"
	"strings"
)

// wordText answers "does this text hold that string" many times over one
// text: the review a reply answers is asked once for each name the reply
// holds. A short text is searched directly; a long one is indexed once
// (a suffix array, built on the first question), so a long reply to a
// long review costs in proportion to their sizes, not to their product
// (TestReplyNamesLinear28).
type wordText struct {
	text  string
	index *suffixarray.Index
}

// wordTextIndexed is the length in bytes from which wordText indexes its
// text: below it a direct search is cheaper than building the index.
const wordTextIndexed = 4 << 10

func newWordText(text string) *wordText { return &wordText{text: text} }

// contains reports whether sub occurs in the text.
func (w *wordText) contains(sub string) bool {
	if len(w.text) < wordTextIndexed || sub == "" {
		// The suffix array finds nothing for "" (Lookup answers nil);
		// every text holds it (TestWordTextAgrees28).
		return strings.Contains(w.text, sub)
	}
	if w.index == nil {
		w.index = suffixarray.New([]byte(w.text))
	}
	return len(w.index.Lookup([]byte(sub), 1)) > 0
}
