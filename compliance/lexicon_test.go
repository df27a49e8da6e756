package compliance

import (
	"context"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPhraseAlternativeOfSeveralWords: in a plain phrase, a space ends a
// token, so an alternative of several words is written joined by "_" or
// with its apostrophe ("won't"); it matches its words in sequence, and the
// phrase matches with any of its alternatives.
func TestPhraseAlternativeOfSeveralWords(t *testing.T) {
	p := testProfile()
	p.ExtraRules = []byte("[CLAIM-03]\nzinc_tonic|quartz_water|glowdrops heal|heals colds\n" +
		"won't|can't|never_ever stop|stops gout\n")
	c := rulesChecker(t, p)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Our quartz water heals colds fast.", true},
		{"zinc tonic heal colds!!", true},
		{"GLOWDROPS HEALS COLDS", true},
		{"The quartz heals colds.", false},
		{"Fresh water heals colds?", false},
		{"Zinc tonic water heals colds.", false},
		{"Diet won't stop gout.", true},
		{"Pills can't stop gout.", true},
		{"Rest never ever stops gout.", true},
		{"Rest never stops gout.", false},
		{"Rest can stop gout.", false},
	} {
		rep := c.Check(context.Background(), Draft{Text: tc.text})
		if got := hasRule(rep, "CLAIM-03"); got != tc.want {
			t.Errorf("%q: CLAIM-03 reported %v, want %v; findings %v", tc.text, got, tc.want, brief(rep.Findings))
		}
	}
}

// TestPhraseAmbiguousAlternativesRejected: an alternative of several words
// written with spaces ("we never|we don t bill") reads as tokens ("we",
// "never|we", "don", "t|...") and never matches as meant, so a list that
// has one is refused, naming the line, instead of silently matching
// nothing. The signs: one word offered in two neighbouring tokens, or the
// "t" of a contraction beside other words ("can t|cannot").
func TestPhraseAmbiguousAlternativesRejected(t *testing.T) {
	for _, tc := range []struct{ rules, line string }{
		{"[CLAIM-03]\nzinc tonic|zinc water heals colds\n", "line 2"},
		{"[CLAIM-03]\n# ours\nwe won t|don t charge for detox\n", "line 3"},
		{"[CLAIM-03]\nflush|flushes|flush out|flushes out toxins\n", "line 2"},
		{"[REV-01]\nper our call notes|call logs\n", "line 2"},
		{"[CLAIM-03]\ncan t|cannot fail\n", "line 2"},
		{"[CLAIM-03]\nfull time|part time cure\n", "line 2"},
	} {
		p := testProfile()
		p.ExtraRules = []byte(tc.rules)
		_, err := New(p)
		if err == nil || !strings.Contains(err.Error(), tc.line) || !strings.Contains(err.Error(), "_") {
			t.Errorf("%q: err = %v, want one naming %s and how to write it (with _)", tc.rules, err, tc.line)
		}
	}
	// Written as meant, the same lists load; and a contraction's tail
	// offered alone, or a word after a plain word, is no sign.
	for _, rules := range []string{
		"[CLAIM-03]\nzinc_tonic|quartz_water heals colds\n",
		"[CLAIM-03]\nwe won't|don't charge for detox\n",
		"[CLAIM-03]\nflush|flush_out toxins\n",
		"[CLAIM-03]\ncan't|cannot fail\n",
		"[CLAIM-03]\nwe re|are curing gout\n",
		"[CLAIM-03]\nyou|u re|are cured\n",
	} {
		p := testProfile()
		p.ExtraRules = []byte(rules)
		if _, err := New(p); err != nil {
			t.Errorf("%q: %v", rules, err)
		}
	}
}

// TestBuiltInPhrasesOfSeveralWords: the built-in lists' alternatives of
// several words match (they were written with spaces and matched nothing).
func TestBuiltInPhrasesOfSeveralWords(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Copay? Don't sweat it, we won't collect it.", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Forget the deductible this winter, that's on us 🎁", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "no copay worries here, we dont bill you for it", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Our green smoothie will flush toxins right out of your liver!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Per our records you came in on the 3rd, so we are puzzled.", review: "never called me back", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Our call logs show we phoned you twice that week.", review: "nobody ever calls back", want: post.VerdictBlock, rule: "REV-01"},
	})
}
