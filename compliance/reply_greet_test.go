package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyGreetsUnlistedName: a reply that greets someone by a name no
// name list holds (Hawaiian, Samoan, Navajo, Yoruba names), after a
// greeting in any language or a comma, names the reviewer: a person
// decides (REV-02 warn). A staff member or a word greeted passes.
func TestReplyGreetsUnlistedName(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Aloha Makanani, thanks for the kind words!", review: "great clinic", want: post.VerdictReview, rule: "REV-02"},
		{text: "Mahalo nui, Kaʻiulani 🌺", review: "so kind", want: post.VerdictReview, rule: "REV-02"},
		{text: "Ahéhee', Begay family! We're always here for you 💙", review: "The staff helped us a lot.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Talofa Sefo, we're sorry to hear this.", review: "long wait", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thanks so much, Oyelaran!", review: "friendly front desk", want: post.VerdictReview, rule: "REV-02"},
		{text: "E se'i, thank you, Tavita.", review: "nice people", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thank you Tavita!", review: "nice people", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thanks, Kevin! We'll pass it on.", review: "Kevin at the desk was great", want: post.VerdictPass},
		{text: "Mahalo, everyone! We appreciate you.", review: "good place", want: post.VerdictPass},
		{text: "Thank you, Sarah Lopez will be thrilled to hear it!", review: "nurse was great", want: post.VerdictPass},
	})
}
