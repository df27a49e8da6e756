package compliance

import "testing"

// featureCase is a text (with the review it replies to, or "") and the
// PRIV-16 features an extractor must give it (want) and must not (not).
type featureCase struct {
	text, review string
	want, not    []string
}

// checkFeatureCases runs feats (backstopFeatures, or a variant of
// exploreVariants) on each case's text and reports each feature of want it
// did not give and each of not it gave. The feature tests of session 26
// (backstopcare26_test.go) and 27 (backstop_explore27_test.go) each wrote
// this loop out; session 29 (tidy29) made it one.
func checkFeatureCases(t *testing.T, feats featFn, cases []featureCase) {
	t.Helper()
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range cases {
		d := Draft{Text: k.text, ReviewText: k.review}
		s := c.newScan(&d, d.Text, "")
		got := map[string]bool{}
		feats(s, func(f string) { got[f] = true })
		s.release()
		for _, f := range k.want {
			if !got[f] {
				t.Errorf("%q: no %q", k.text, f)
			}
		}
		for _, f := range k.not {
			if got[f] {
				t.Errorf("%q: %q, want none", k.text, f)
			}
		}
	}
}
