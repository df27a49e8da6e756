package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPeopleMockedByTone: whatever words a writer uses, a post that
// describes what a group of people (or one person pointed at) does, with
// a tone of contempt or laughter, mocks them (PROF-03). A fault they are
// blamed for, or an eye-roll, blocks; a laugh at a harmless habit, or one
// softened by "we love you", goes to a person. The people need no listed
// category ("gym bros", "cruise folks", "los turistas"); a group greeted
// or thanked is no target.
func TestPeopleMockedByTone(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// A fault blamed on a group, with a laugh or a sigh.
		{text: "the gym bros who skip leg day then limp in demanding muscle relaxers 😂😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Some of y'all really be sneaking energy drinks into the sleep study 👀", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "cruise folks need to learn that a sunburn is not an emergency 💀", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "ski patrol guys arguing with the triage nurse about whose knee is worse 🥴", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Los turistas llegan sin bloqueador y luego se quejan de las quemaduras 😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "another lady strolling in at closing wanting a full workup 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "people who drive an hour for a paper cut and then complain about the wait... bless.", want: post.VerdictBlock, rule: "PROF-03"},
		// Sass or side-eye between two words is read, not dropped as a picture.
		{text: "the pickleball ladies who want a cortisone shot on the spot 💅 not today", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "those golf dads who want a note for the tournament 👀 we see you", want: post.VerdictBlock, rule: "PROF-03"},
		// A harmless habit laughed at, or a jab softened by love: a person decides.
		{text: "the retired teachers who correct the grammar on our flyers 😭", want: post.VerdictReview, rule: "PROF-03"},
		{text: "some of y'all treat the nurse line like a diary. we love u but it's for meds 😅", want: post.VerdictReview, rule: "PROF-03"},
		// Neighbours that stay clean: greetings, thanks, counts, our own team.
		{text: "See y'all Monday! 😂", want: post.VerdictPass},
		{text: "Gel manicures at the spa 💅 book yours online 👀 new colors this week", want: post.VerdictPass},
		{text: "Y'all, we spelled 'vaccine' wrong on the sign 😂 fixed now", want: post.VerdictPass},
		{text: "Huge thanks to the parents who brought cookies for the staff 😂🍪", want: post.VerdictPass},
		{text: "Our team saw 900 people at the health fair 😂 new record", want: post.VerdictPass},
		{text: "Our nurses arguing over the thermostat again 😂 some things never change", want: post.VerdictPass},
		{text: "Thursday book-club moms who come straight from the library 😂 we love you", want: post.VerdictPass},
		{text: "Our PT team says the same about burpees 😅", want: post.VerdictPass},
		{text: "finals week again 😩 y'all are gonna be fine, we promise", want: post.VerdictPass},
	})
}

// TestPeopleVentedAbout: exasperation said by the writer ("I'm tired",
// "we are exhausted", "so frustrating") is the tone of a vent as a laugh
// is of a mock; readers told "if you ..." are the people it is about; "one
// more X" points at one; and the closers of a rant ("I said what I said",
// "can't have nice things", "hard pass") are contempt in a post about
// people. The same words of the writer's own day, or of advice, pass.
func TestPeopleVentedAbout(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hunting-season guys who skip their statins all fall and then show up with chest pain. I'm so tired.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Some of y'all ignore three reminder texts and then yell at the desk. Honestly exhausting.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "if you google your rash and bring us a printout, we will be charging a consult fee 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "if one more snowbird tells me how they do it in Ohio 🙃", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Vape-shop parents are the reason we can't have nice things. I said what I said.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "We're exhausted of people treating the portal like a chat room.", want: post.VerdictReview, rule: "PROF-03"},
		// The writer's own tiredness, and advice to readers.
		{text: "People who skip breakfast often feel tired by 10am. Try protein in the morning!", want: post.VerdictPass},
		{text: "We're tired but proud: 400 flu shots given this weekend! Thank you, Cedar Falls 💪", want: post.VerdictPass},
		{text: "If you forget your insurance card, no worries 😂 we have it on file.", want: post.VerdictPass},
		{text: "Ugh, the bridge traffic 😤 if you're running late for your appointment, just call us.", want: post.VerdictPass},
		{text: "Hard pass on the sugary drinks this Halloween? Try our sparkling water bar!", want: post.VerdictPass},
	})
}
