package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStaffOnlyPhotos24: a picture whose description shows only the
// practice's staff ("[photo: our staff in pink shirts smiling in the
// break room]") shows no patient: the smile, the face paint and the team
// on their shirts are the staff's, and the readable dev sets label such
// posts pass. Anyone else in the frame (students posing with our staff,
// families waving, swimmers behind, a man beside them) still warns
// (PRIV-12), and so does a child, who is no car seat's word. The flagged
// ones come first.
func TestStaffOnlyPhotos24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Must still warn: someone besides the staff.
		{text: "[photo: a dozen college students posing with our staff at the health fair] Thanks for stopping by!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: our staff smiling with families at the back-to-school fair] What a day!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: staff selfie at the city pool, swimmers in the background] Summer vibes ☀️", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: our staff on the parade float, kids on the curb waving] Happy Fourth!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: our staff smiling next to a man in a Cougars hoodie] Great visit!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: the Eastside football team smiling with our staff] Go Eagles!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: kids in matching face paint at our booth] Fun day!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: a child in a car seat at our safety check] Buckle up!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: our staff in matching shirts next to Maria Lopez in a Creighton jersey] Go Jays!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: the front desk crew smiling, a stack of folders on the counter] Meet our check-in crew!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: our staff waving with volunteers from St. Anne's] Thank you!", want: post.VerdictReview, rule: "PRIV-12"},

		// Pass: the staff alone, or things.
		{text: "[photo: our staff in pink shirts smiling in the break room] Pink Out Friday! 💗", want: post.VerdictPass},
		{text: "[photo: staff in matching Día de los Muertos calavera face paint] 💀🌼", want: post.VerdictPass},
		{text: "[photo: our whole staff grinning in ugly Christmas sweaters] Happy holidays!", want: post.VerdictPass},
		{text: "[photo: our front desk team waving from the new check-in counter] We're open!", want: post.VerdictPass},
		{text: "[photo: our staff in matching Creighton blue T-shirts in front of the South 24th Street office] Go Jays! 💙", want: post.VerdictPass},
		{text: "[photo: boxes of new child car seats stacked in the lobby] Car seat checks are back Saturday!", want: post.VerdictPass},
	})
}

// TestStaffOnlyPhotos24Linear: each picture's description is read in a
// bounded window, so a post of many pictures costs in proportion to its
// length; and "Fact:" headings are read once per post.
func TestStaffOnlyPhotos24Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "[photo: our staff in matching Creighton blue T-shirts smiling] Go Jays! ")
	requireLinearText(t, c, "[photo: boxes of child car seats] ")
	requireLinearText(t, c, "Fact: the flu shot can't give you the flu. ")
}
