package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestQuotedQuestionIsNoTestimonial (session 15, t15clean): a question
// quoted so the post can answer it ("\"Do you take Medicaid?\" Yes!",
// "Someone asked: \"can my kid get a sports physical without me?\"")
// endorses nothing: ENDORSE-01 does not call it a testimonial. Near
// misses: a question with no answer after it (quoted to mock the
// asker), a quotation of praise or a result, a question that praises
// ("Why is everyone here so amazing?"), and a named patient's question
// about their own care keep their verdicts. Rules alone.
func TestQuotedQuestionIsNoTestimonial(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "\"Do you take Medicaid?\" Yes, at every office.", want: post.VerdictPass},
		{text: "Most common question this month: \"Can my kid get a sports physical without me there?\" It depends on age; call us and we'll explain.", want: post.VerdictPass},
		{text: "'Can I bring my grandma to my appointment?' Of course. Bring whoever helps you feel at ease.", want: post.VerdictPass},
		{text: "From the comments: “Do I have to fast before my cholesterol test?” Usually not anymore; ask when you book.", want: post.VerdictPass},

		// Near misses: no answer after the question (it mocks the asker),
		// praise or a result quoted, a question that praises, a named
		// patient's question about their own care.
		{text: "Dorm move-in week: \"can I get a note to skip my exam for stress?\" Friend, that is called a Monday.", want: post.VerdictReview, rule: "ENDORSE-01"},
		{text: "\"Dr. Greene fixed my shoulder and I'm back to swimming!\" — one of our patients", want: post.VerdictReview, rule: "ENDORSE-01"},
		{text: "\"Why is everyone here so amazing? Best clinic I've ever been to!\"", want: post.VerdictReview, rule: "ENDORSE-01"},
		{text: "\"Is it normal that my knee still hurts after my surgery?\" asked Rosalind Oyelaran this week.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
