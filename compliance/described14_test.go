package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestIndefiniteDescribedOne (session 14, tuner I): one person told with
// "a", "an" or "one of our" and a detail that narrows them (where they
// work, worship or live, how long they have done it), with a health detail
// of theirs in the same sentence or the next, told as something that
// happened. People who know the parish or the plant know who it is: a
// doctor looks (PRIV-10 warn). Teaching about anyone, a hypothetical and a
// statistic name no one. Rules alone (PRIV-16 disabled).
func TestIndefiniteDescribedOne(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "A woman who sings in the choir at St. Brendan's told us she quit her insulin over Lent. Please talk to us before you change a dose.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "A welder with 22 years at the Two Harbors yard asked why his knuckles ache every winter. Here's the short answer.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "A crossing guard at the Jefferson school came by after she twisted her knee on the ice. Wear good boots, folks!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "One of our volunteers tore her own rotator cuff hauling pumpkins. She's fine and bossing us from a chair.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "A bus driver who has run the Route 9 loop for 15 years told us his feet go numb by noon. That's worth a visit.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "A farmer out past Hurdsfield asked us about the rash on his arms after spraying. Gloves, friends.", want: post.VerdictReview, rule: "PRIV-10"},

		{text: "An usher at Mt. Zion told us he skipped his water pills all week so he wouldn't miss the sermon. Please don't!", want: post.VerdictReview, rule: "PRIV-10"},

		// Teaching about anyone, a hypothetical, a statistic, a thing.
		{text: "A person with diabetes should check their feet every day.", want: post.VerdictPass},
		{text: "If a grandmother has chest pain, call 911 right away.", want: post.VerdictPass},
		{text: "A flu shot takes five minutes at our Main St office.", want: post.VerdictPass},
		{text: "One in three adults has high blood pressure and most don't know it.", want: post.VerdictPass},
		{text: "Imagine a farmer at harvest who ignored his sore back for a week. Don't be him.", want: post.VerdictPass},
		{text: "A teacher at Lincoln Elementary brought the whole class cookies for Nurses Week!", want: post.VerdictPass},
		{text: "A nurse who works nights needs sleep too: here are five tips for shift workers.", want: post.VerdictPass},
		{text: "A miner can lose hearing slowly over years; earplugs on every shift help.", want: post.VerdictPass},
		{text: "A volunteer from Hy-Vee explained how to take water pills with food.", want: post.VerdictPass},
		{text: "One of our nurses ran the Grandma's Marathon in Duluth this year. So proud!", want: post.VerdictPass},
	})
}
