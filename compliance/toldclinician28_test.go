package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyToldClinician28 (session 28, t28reply): a reply that tells
// back what the reviewer said to a clinician ("given what you told Dr. K
// about your weekends", "what you shared with your nurse", "lo que le
// contó a la doctora", "o que você contou ao Dr. Silva") confirms a visit
// and its talk in public: REV-01 block. Near misses: an invitation to
// tell ("you can tell Dr. K anything"), what the reviewer told us here
// in the review ("what you told us in your review").
func TestReplyToldClinician28(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We ask everyone, but given what you told Dr. K about your weekends, it's worth a chat. Please call us.", review: "Weird that they asked about my drinking.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Based on what you shared with Dr. Amadi, we think a second visit makes sense.", review: "Felt rushed.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "What you mentioned to your nurse is exactly why we asked those questions.", review: "Too many personal questions.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Por lo que le contó a la doctora Ruiz, era importante preguntar.", review: "Preguntas muy personales.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Pelo que você contou ao Dr. Silva, a pergunta era necessária.", review: "Perguntas estranhas.", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses.
		{text: "You can tell Dr. K anything, we never judge. Please call us to talk.", review: "Weird questions.", want: post.VerdictPass},
		{text: "Thank you for what you shared with us in your review. Please call our office.", review: "Weird questions.", want: post.VerdictPass},
	})
}
