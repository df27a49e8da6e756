package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner C's session 14 (issue 11): wrong blocks outside names,
// written in our own words, through checkSevCases (fa13_test.go).

// TestMythsRepliedTo14: MIS-01 blocks a myth stated as true. A myth the
// post goes on about after denying it ("Antibiotics don't work on colds.
// A Z-Pak for a cold just upsets your stomach"), one put in others' mouths
// ("group chats are saying ...", "people keep claiming ...") and one traced
// to a discredited source ("came from a retracted study") are answered: a
// doctor reads them. A myth said plainly, a turn back to it after the
// denial ("But a Z-Pak for a cold is worth a try") and a post that vouches
// for it still block.
func TestMythsRepliedTo14(t *testing.T) {
	checkSevCases(t, []sevCase{
		// Going on after the denial.
		{text: "Antibiotics don't work on colds. A Z-Pak for a cold just upsets your stomach and breeds tougher germs.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "\"Can I get antibiotics for my cold?\" Nope. Colds are viruses, and antibiotics only kill bacteria.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "Antibiotics don't cure colds. But honestly, a Z-Pak for a cold is worth a try.", rule: "MIS-01", want: post.SeverityBlock},
		{text: "Vaccines don't cause autism. Detox teas flush out toxins, though!", rule: "MIS-01", want: post.SeverityBlock},
		// In others' mouths.
		{text: "Some group chats are saying fluoride lowers kids' IQ. The amount in tap water is safe.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "People keep claiming vaccines cause autism. Dozens of studies found no link.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "We keep saying it: vaccines cause autism.", rule: "MIS-01", want: post.SeverityBlock},
		// Traced to a discredited source.
		{text: "\"Vaccines cause autism\" goes back to one retracted paper, and its author lost his license.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "The claim that fluoride lowers IQ rests on a discredited study of water ten times stronger than ours.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "Fluoride lowers kids' IQ. Ask for a filter.", rule: "MIS-01", want: post.SeverityBlock},
	})
}
