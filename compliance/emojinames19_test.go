package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestNameEndsAtEmojiBeforeStaff: an emoji between a word and a staff
// member's name ends the name there, so the staff member is not read
// into a stranger's name; a name broken by an emoji to hide it, or a
// patient beside an emoji, stays one person (issue 11, session 19).
func TestNameEndsAtEmojiBeforeStaff(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Dr. Greene is off Friday for his son's wedding in Tulsa 💍 Kevin has the front desk, be nice to him 😅", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Sarah is away for her niece's graduation in Marion 🎓 Kevin Tran is running check-in till Monday", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Dr. Patel is out Thursday for her son's recital in Athens 🎻\nSarah is answering the nurse line", rule: "PRIV-10", want: post.SeverityInfo},
		// Patients and hidden names keep their block.
		{text: "Congrats Maria 🎉 on your new hip", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Congrats to Darnell 🎉 Brooks on his new knee!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Welcome back Maria 🎉 Kevin says the new hip looks great", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Rosa Jimenez 💐 Sarah sat with her through every chemo round", rule: "PRIV-10", want: post.SeverityBlock},
	})
}
