package compliance

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// Tests of the places tuner's session 12 (issue 11): each case is our own
// wording of a kind of text, not a labelled set's item. Rules alone
// (PRIV-16 disabled).

// placeCase is a text and whether PRIV-07 must block it. The verdict is
// left to the other rules: a superlative or a named person may still send
// the post to a doctor.
type placeCase struct {
	text  string
	block bool
}

// checkPlaceCases runs cases with the test profile and checks PRIV-07's
// block findings alone.
func checkPlaceCases(t *testing.T, cases []placeCase) {
	t.Helper()
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	c := rulesChecker(t, p)
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	for _, tc := range cases {
		rep := c.Check(context.Background(), Draft{Text: tc.text, Now: now})
		got := false
		for _, f := range rep.Findings {
			got = got || (f.Rule == "PRIV-07" && f.Severity == post.SeverityBlock)
		}
		if got != tc.block {
			t.Errorf("%q: PRIV-07 block %v, want %v; findings %v", tc.text, got, tc.block, brief(rep.Findings))
		}
	}
}

// TestPlacesThatHouseNoOne: PRIV-07 guards where one patient lives. A
// region of a state ("Southern California", "Western New York"), a span
// of towns a practice serves ("from Hollister to Gilroy"), a town where
// thousands were treated, a public body or institution someone comes
// from ("Lakeview Public Schools") and a shop placed on its street with
// no one's health in the sentence ("the pizza place on Oak Rd") house no
// one. A town or street in one patient's story still blocks.
func TestPlacesThatHouseNoOne(t *testing.T) {
	checkPlaceCases(t, []placeCase{
		// Regions of a state.
		{text: "The best asthma doctors in Southern California are right here.", block: false},
		{text: "Leading diabetes care in Western New York for 30 years.", block: false},
		{text: "Most trusted arthritis clinic in East Texas, hands down.", block: false},
		{text: "We treat more COPD than anyone in Central Pennsylvania.", block: false},
		{text: "Our patient from Middletown had a stroke last week.", block: true},
		{text: "A patient from Southern Pines came in with a broken hip today.", block: true},
		// A span of towns served, and a crowd.
		{text: "Treating kids with asthma from Hollister to Gilroy since 2004.", block: false},
		{text: "We've set thousands of broken bones, from Riverside to Corona.", block: false},
		{text: "Our patient drove from Hollister to Gilroy for her chemo every week.", block: true},
		{text: "A patient from Riverside came in with a broken hip today.", block: true},
		// Institutions people come from.
		{text: "Ms. Dana from Lakeview Public Schools helped us translate our flu shot forms into Dari.", block: false},
		{text: "Two boys from Lincoln Elementary School came in with pinkeye today.", block: true},
		{text: "Thanks to the nurses from Eastside Community Hospital who ran our diabetes class.", block: false},
		{text: "Mr. Ortiz from Grandview Library set up the flu clinic signs.", block: false},
		{text: "Ms. Dana from Lakeview had her gallbladder out last week, get well soon!", block: true},
		// A shop on its street.
		{text: "Mr. Ahmed from the pizza place on Oak Rd brought lunch for the whole office. Legend!", block: false},
		{text: "Welcome, Mr. and Mrs. Tran, the new owners of the nail salon on Pine Street!", block: false},
		{text: "Mr. Ahmed on Oak Rd, your biopsy results are in, please call us.", block: true},
		{text: "The barber on Oak Rd finally got his stitches out. Wear gloves with those clippers!", block: true},
	})
}
