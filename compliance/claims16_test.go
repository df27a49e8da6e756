package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestFreeAtAPublicBodyPricesNoCare (session 16, t16clean): care that is
// free at or through a public body that gives it ("free at the county
// health department", "through the state program at no cost") is not
// the practice's offer, and the post passes (CLAIM-07). Near misses: the
// practice's own free care, also beside a public body, and free care at
// a library or a fire station (where the practice's own clinics are
// held) still warn.
func TestFreeAtAPublicBodyPricesNoCare(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hep C testing is free at the Franklin County health department on Main St. Walk-ins welcome there.", want: post.VerdictPass},
		{text: "Kids on Medicaid can get dental sealants through the state program at no cost. Ask the school nurse.", want: post.VerdictPass},
		{text: "Free hearing screenings for newborns through the county program, no referral needed.", want: post.VerdictPass},

		// Near misses.
		{text: "Free blood pressure checks at our office all week!", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "We're offering free flu shots at the health department on Saturday, run by our nurses.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Free sports physicals at our clinic, right next to the fire station.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Free flu shots for everyone this Saturday at the public library!", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Free blood pressure checks at the Elm St fire station on Tuesday.", want: post.VerdictReview, rule: "CLAIM-07"},
	})
}

// TestPlaceRankedIsNoClaim (session 16, t16clean): a state or a city
// ranked for its own statistics, laws or history ("Ohio has one of the
// highest overdose rates in the nation", "Vermont has some of the
// strongest paid-leave laws in the country", "Dayton's factories were
// once the busiest in the world") ranks no practice (CLAIM-02). Near
// misses: the practice ranked against the state, and care ranked in a
// place, still warn.
func TestPlaceRankedIsNoClaim(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Ohio has one of the highest overdose rates in the nation. Naloxone is at every pharmacy counter.", want: post.VerdictPass},
		{text: "Vermont has some of the strongest paid-leave laws in the country. Take the day for your checkup.", want: post.VerdictPass},
		{text: "Fun fact: Dayton City's factories were once among the busiest in the world.", want: post.VerdictPass},

		// Near misses.
		{text: "We have the lowest wait times in Ohio.", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "Ohio's best family doctors are right here on Oak Street.", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "Columbus has the best pediatric dentists in the state, and they all work here.", want: post.VerdictReview, rule: "CLAIM-02"},
	})
}
