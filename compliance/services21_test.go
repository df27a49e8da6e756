package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestServiceLinesAndOffices21: a public service line ("the NH QuitLine,
// 1-800-QUIT-NOW", "the Smokers' Helpline", "the Ohio Warmline") and an
// office named after its officer ("the Stearns County Sheriff's Office
// drop box") are no person, so the health word beside them tells no one's
// care (PRIV-10, session 21). A person working there or calling them
// ("Madeline from the Helpline", "the sheriff after his surgery") keeps
// the block.
func TestServiceLinesAndOffices21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Ready to quit smoking? The Ohio QuitLine, 1-800-QUIT-NOW, is free, and we can help you make a plan too.", want: post.VerdictPass},
		{text: "Trying to quit vaping? The Smokers' Helpline is 1-800-QUIT-NOW and answers in English and Spanish.", want: post.VerdictPass},
		{text: "Feeling low after the baby? The Ohio Postpartum Warmline is 1-800-555-MOMS, no judgment.", want: post.VerdictPass},
		{text: "Drop unused pain pills at the Franklin County Sheriff's Office drop box. No questions asked.", want: post.VerdictPass},
		{text: "Old opioids in the cabinet? The Sheriff’s Department lobby has a take-back bin open 24/7.", want: post.VerdictPass},
		// Near misses: a person at the line or the office, with their care.
		{text: "Madeline from the QuitLine finally quit smoking herself after her heart attack. So proud!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Get well soon to the Franklin County Sheriff after his heart surgery!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Caroline is 1-800-555-0142 if you need her, she is back from chemo.", want: post.VerdictBlock},
	})
}
