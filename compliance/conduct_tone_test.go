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
