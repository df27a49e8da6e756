package compliance

import "testing"

// TestFreeOffersGrowLinearly: a text of nothing but "free" offers in one
// endless clause made CLAIM-07 read the whole clause again for every
// "free" (239 and 188 times as long for 16 times the text before the
// clauses and freeCare's answers were kept per text).
func TestFreeOffersGrowLinearly(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"cancer-free ", "free coffee, free parking, ", "free flu shots free flu shots ", "free coffee coffee coffee "} {
		t.Run(unit, func(t *testing.T) { requireLinearText(t, c, unit) })
	}
}
