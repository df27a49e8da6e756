package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestConsentClaimKeepsNamedCare24: a post that says the person let the
// practice share their news ("thanks for letting us share", "she said we
// could post it", "he asked us to share his story", "shared with his
// dad's ok", "por dejarnos compartir") still names a patient next to their
// care: the label policy blocks whatever permission the post claims (the
// signed authorization is what PRIV-13 asks for, not a claim in the
// text). "Letting us share" is no event someone organizes, so the care
// after it stays the person's. Thanks for letting the practice use a
// room, a schedule shared, a policy about permission and an unnamed
// quote "shared with permission" tell no named person's care. Our own
// wording.
func TestConsentClaimKeepsNamedCare24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// clean traps and near misses first
		{text: "Thanks for letting us host our flu shot clinic in your lobby, Eastside Library!", want: post.VerdictPass},
		{text: "Thank you to the Riverside YMCA for letting us use the gym for sports physicals night!", want: post.VerdictPass},
		{text: "Thanks to the county health department for letting us share their flu shot schedule.", want: post.VerdictPass},
		{text: "We never share a patient's story without their written permission. That's a promise.", want: post.VerdictPass},
		{text: "'The Karen interpreter made my mom feel safe.' — shared with permission. Individual experiences vary.", want: post.VerdictPass},
		{text: "Ask before you share anyone's health news online, even family's.", want: post.VerdictPass},
		{text: "The sunrise over the river this morning was shot by Tomás Leal. Thanks for letting us share it! 🌄", want: post.VerdictReview},
		{text: "Let us share a few tips for flu season: rest, fluids, and call us if the fever lasts.", want: post.VerdictPass},
		{text: "One of our moms asked us to share this: welcome to the world, baby girl! 💕", want: post.VerdictPass},
		{text: "'Dr. Patel got my sugar under control.' — one of our patients, shared with permission. Results vary.", want: post.VerdictReview},
		{text: "Our pharmacist Kevin said we could post his famous pumpkin bread recipe 🎃", want: post.VerdictPass},
		// a named person, a kin title, a handle or initials, with their care
		// after "letting us share"
		{text: "Thank you, Lorena from the Tuesday quilting circle, for letting us share that your A1C is down to 6.4!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "@bayou_runner_77 thanks for letting us share: six weeks after your ACL repair you ran the levee loop!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big thanks to Uncle Remy for letting us share — his new pacemaker has him back on the shrimp boat.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks for letting us post this, Mr. Abiola: your cataract surgery went perfectly 👓", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks @trailmom_88 for letting us share your knee replacement journey 🙌", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "So grateful to the band director at Northview High for letting us share that he finally got his colonoscopy with us.", want: post.VerdictBlock, rule: "PRIV-10"},
		// the consent told by the person's own word, the name one no list holds
		{text: "Meet Tsering! Eight months off opioids, and he asked us to share his story. 💙", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "R.J.K. from Lowell: the biopsy came back benign. You said we could post it, so here it is!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Day 2 after his appendectomy for our brave Akech 💪 (shared with his dad's ok)", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Lal Hmingi, she said we could share: her sugars have leveled out since we changed her insulin 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "T.M.W. from Dracut: yes, the scan was clear. You told us we could post it!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Post-op day 2 selfie from Akech, our brave appendix warrior 💪 (shared with dad's ok!)", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Nu Cing Par, thank you so much! She said we could share: her A1C is finally under 7.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Gracias a Don Chuy por dejarnos compartir: ya no necesita su insulina desde marzo 💪", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestConsent24Linear: the consent claim, the care and the unread name
// are each found in one walk of the post, and a sentence's policy words
// and advice are read once however many claims or details it holds.
func TestConsent24Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"Meet Tsering! Eight months off opioids, and he asked us to share his story. ",
		"we never post without permission letting us share her surgery and chemo ",
		"get your checkup and your surgery and chemo, she said we could post, ",
		"R.J.K. the biopsy came back benign, you told us we could post it, with his dad's ok ",
	} {
		requireLinearText(t, c, unit)
	}
}
