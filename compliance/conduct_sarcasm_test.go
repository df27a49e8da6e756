package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestConductSarcasmAndContempt (tuner B, issue 11): people mocked with
// sarcasm ("gotta love the ... who"), compared to children ("like
// babies", "dumber than"), told to learn the basics, sent away ("can go
// find herself another one", "kick rocks") or labelled ("pill seekers"),
// in posts that name no group of patients (PROF-03 block). Fond words
// about the same people, and advice to them, pass.
func TestConductSarcasmAndContempt(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Gotta love the snowbirds who drive in without their meds list and then yell at the desk 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Don't you just love the tourists who hike the ridge in sandals 🙃", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Every spring the campers find our urgent care. Every spring they're dumber than the last batch 🤡", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The Monday methadone crowd needs to learn to wait in a line like adults.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "the walk-in families who skip every appointment and then demand same-day care, learn to use a calendar 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Had another pill seeker throw a fit at the desk over his 'back pain' today.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The man who yelled at our receptionist about parking can go find himself another clinic 💅", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Folks leaving 1-star reviews because we won't refill early can go kick rocks.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Not the retirees asking if the flu shot is gluten free 😂😂 we can't", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Same folks by the river every flood, won't leave, then call at 2am. They never learn 😤", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Gotta love our volunteers! Thanks for a great flu shot day 💙", want: post.VerdictPass},
		{text: "Tourists: drink water and wear sunscreen on the trails this week ☀️", want: post.VerdictPass},
		{text: "Our retirees' walking club meets Tuesdays at 9, everyone welcome!", want: post.VerdictPass},
		{text: "Kids learn to brush like grownups at our free class on Saturday 🪥", want: post.VerdictPass},
	})
}
