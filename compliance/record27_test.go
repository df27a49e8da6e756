package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyTellsReviewerRecord27 (session 27, t27reply): a reply that
// tells the reviewer's record with the practice (appointments missed or
// skipped, "no-shows", a count of visits, years as "our patient"), in
// anger or in kindness, says they are a patient and what their file
// holds: REV-01 block, in English, Spanish, Portuguese and Russian,
// whether it says "you", "this reviewer" or "someone who". Near misses: a
// policy for everyone ("after three missed appointments, our policy ..."),
// missed appointments as a thing that happens, the practice's own slots.
func TestReplyTellsReviewerRecord27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hard to take this seriously from someone who skipped four appointments in a row.", review: "Rude doctor.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "For the record, this reviewer has missed two visits with us since spring.", review: "They never call back.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Typical of someone who no-shows every other month.", review: "Worst clinic.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Funny, given you've been in 6 times this year 🙄", review: "Awful, won't be back.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "You've been our patient since 2012 and we value you. Please call the office.", review: "Terrible billing.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Usted faltó a tres citas seguidas, así que le pedimos paciencia.", review: "Pésimo servicio.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Você faltou a três consultas este ano, então entendemos a frustração.", review: "Péssimo atendimento.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Вы пропустили три приёма подряд.", review: "Ужасная клиника.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Before anyone reading believes this: the reviewer skipped 3 visits and never called.", review: "They dropped me as a patient for no reason.", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses: everyone's policy, missing as a thing that happens.
		{text: "Thanks for the feedback! After three missed appointments in a year, our policy asks for a card on file.", review: "Why do you need my card?", want: post.VerdictPass},
		{text: "We know missing appointments happens; call us to reschedule anytime.", review: "They charged me a fee.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Thanks! We've missed seeing the whole crew at the 5K these two years 🏃", review: "Love the team's booth at the race.", want: post.VerdictPass},
	})
}
