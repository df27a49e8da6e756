package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestFactHeadingAlone24: "Fact:" heading a post that states only the
// fact ("Fact: flu shots are made with inactivated virus and cannot cause
// flu illness.") quotes no myth: it is the practice's own health
// education, which passes when said without the label (mythmirror17.go)
// and which the readable dev sets label pass. A myth heading, a "Fact
// check", hearsay, a "No," or a quotation beside it still make a
// myth-busting post (warn), and a myth put under "Fact:" still blocks.
// The flagged ones come first.
func TestFactHeadingAlone24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Must still block: the myth stated under the label.
		{text: "FACT: the flu shot gives you the flu. Skip it this year.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Fact: antibiotics knock out a cold fast. Ask us for a Z-pack.", want: post.VerdictBlock, rule: "MIS-01"},
		// Must still warn: a myth-busting post.
		{text: "Myth: the flu shot gives you the flu. Fact: the shot has no live virus and can't give you the flu.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Fact check: the flu shot can't give you the flu.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Fact: the flu shot can't give you the flu, whatever your uncle says.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Fact: the flu shot can't give you the flu? Really?", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Fact: \"the flu shot can't give you the flu.\" Share this!", want: post.VerdictReview, rule: "MIS-01"},

		// Pass: the fact alone under its label.
		{text: "Fact: Flu shots are made with inactivated virus or no virus at all and cannot cause flu illness. Get yours at either office this week.", want: post.VerdictPass},
		{text: "FACT: the injected flu vaccine can't give you the flu. Walk-ins welcome Saturday 💉", want: post.VerdictPass},
		{text: "Fact: antibiotics treat bacteria, not viruses. Rest and fluids help a cold.", want: post.VerdictPass},
	})
}
