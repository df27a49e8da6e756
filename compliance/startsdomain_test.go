package compliance

import (
	"math/rand"
	"strings"
	"testing"
)

// TestStartsDomainKeepsEveryDomain checks that startsDomain, which turns
// away a hyphenated word whose label no full stop ends, turns away no
// token that it let through before (a word before '.' or '-' and a word
// byte) where bareDomainRE matches: hyphenated words and numbers, domains
// with hyphens, labels folded under (?i) (ſ, the Kelvin sign) and runs
// that end the text. domainStarts, which writes startsDomain out, must
// agree with it.
func TestStartsDomainKeepsEveryDomain(t *testing.T) {
	fixed := []string{"walk-ins Saturday", "Call 555-2368 now", "my-clinic.org", "a-b-c.com/x", "x-ſ.com", "x-\u212a.org",
		"well-child.", "re-check-", "e-mail", "co-pay.io", "t-shirts-4-all.co.uk", "555-23.com", "a-_b.com", "a--b.com"}
	pieces := []string{"a", "Z", "9", "-", "-", ".", "com", "org", "ſ", "\u212a", " ", "_", "é", "/", "x"}
	r := rand.New(rand.NewSource(11))
	texts := fixed
	for range 20000 {
		var b strings.Builder
		for range 1 + r.Intn(9) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		toks, _ := tokenize(text)
		marks := domainStarts(&scan{toks: toks, text: text}, nil)
		for i := range toks {
			if marked := marks[i/64]&(1<<(i%64)) != 0; marked != startsDomain(&toks[i], text) {
				t.Errorf("%q: token %d: domainStarts marks it %v, startsDomain says %v", text, i, marked, !marked)
			}
			tk := &toks[i]
			before := tk.end+1 < len(text) && (text[tk.end] == '.' || text[tk.end] == '-') && isWordByte(text[tk.end+1])
			if tk.kind == tokPunct || !before || (tk.start > 0 && isWordByte(text[tk.start-1])) {
				continue
			}
			if m := bareDomainRE.at.FindStringIndex(text[tk.start:]); m != nil && !startsDomain(tk, text) {
				t.Errorf("%q: bareDomainRE matches %q at token %d, but startsDomain turns it away", text, text[tk.start:tk.start+m[1]], i)
			}
		}
	}
}
