package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestSchoolNamedByHead: a school the practice lists in its community
// names ("Harmon High School", "Corwin University") goes by its head word
// in a list of schools ("Mercyhurst & Gannon", "Lamar and Wolflin"):
// the school, not a student (session 18, clean passing). Joined to a
// person's name, or told with his or her own news, the word is a person.
func TestSchoolNamedByHead(t *testing.T) {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	p.CommunityNames = append(p.CommunityNames, "Harmon High School", "Lindell Elementary", "Corwin University", "Kessler Academy")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Exam week tip for Corwin & Harmon students: eight hours of sleep beats an all-nighter.", want: post.VerdictPass},
		{text: "Harmon, Kessler, Lindell — whoever you cheer for Friday night, drink water 🏈", want: post.VerdictPass},
		{text: "Lindell Elementary, Harmon and Kessler all have picture day with our booth next month!", want: post.VerdictPass},
		// Near misses: a person joined to the school word, or told with
		// his own news.
		{text: "Congrats to Harmon and Keisha on their engagement!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Harmon, Kessler Academy's quarterback, tore his ACL Friday. Get well soon!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
