package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestIncidentPersonCare28 (session 28, t28privacy): one person known by the
// public event they were in (a crash, a pile-up or a fire on a named road or
// street, a rescue off a named lake), told as healing, discharged, in rehab
// or in for follow-up with the practice. Everyone who read the local news
// knows who the driver of the Route 9 rollover is; the post makes them a
// patient (PRIV-10 block). Read by kind on dev162, dev164 and dev171's
// rules-alone misses; the sentences here are new. The same events told
// with no one's care (a safety reminder, a coat drive, a class, "you" in
// general, the responders thanked for their work) stay clean.
func TestIncidentPersonCare28(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Remember the Route 9 rollover back in March? The driver came in for her last follow-up today and she's walking without the brace!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Both cyclists hit near the Elm Street bridge last week are healing well and came to us for their stitches out. Wear your helmets!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "After the three-car crash on Highway 50 on Friday, the teenage passenger has been discharged from Mercy into our care for rehab.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The kayaker rescued from Lake Nokomis in June stopped by to say hi. Shoulder fully healed and back on the water! 🛶", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Everyone heard about the house fire on Birch Lane. The little girl they carried out finished her burn care with our team this week ❤️", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The deputy hurt at the Oak Ridge mill fire came by Center St to have his burns looked at. Thank you for your service!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Remember that pileup on I-80 in the fog? The young man from the pickup is out of his cast and back to work. So happy for him!", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Did you see the tanker that overturned near the Jefferson Street ramp? The driver got patched up at our walk-in clinic and went home the same night.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Saw the SUV that flipped over on Miller Road Sunday? The teen behind the wheel is healing at home, and we'll see him for his stitches Friday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "We're thinking of the cyclist struck on Lakeshore Drive on Friday. Our ER team saw her that night, and she's healing well.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "The truck that rolled over on Route 30 spilled apples everywhere! Our staff helped pick them up, and the driver says thanks.", want: post.VerdictPass},
		{text: "We're thinking of the cyclist struck on Lakeshore Drive on Friday. Our team will ride in her memory at Sunday's memorial ride.", want: post.VerdictPass},
		{text: "Two buses collided on Route 30 this morning, and the kids are all fine. Our office is open late if you need a sports physical this week.", want: post.VerdictPass},
		{text: "Remember the Route 9 rollover back in March? Slow down on wet roads and always buckle up! 🚗", want: post.VerdictPass},
		{text: "Our hearts are with everyone affected by the Birch Lane house fire. Our Main St office is collecting coats and blankets this week.", want: post.VerdictPass},
		{text: "If you were in Friday's pileup on I-80 and you're still sore, come see us. Walk-ins welcome until 6.", want: post.VerdictPass},
		{text: "Thank you to the firefighters who fought the Oak Ridge mill fire all night. We dropped off coffee and donuts at Station 3!", want: post.VerdictPass},
		{text: "Our teen driver safety night covers what to do after a crash on I-80. The driver who speaks is a state trooper with 20 years on the road.", want: post.VerdictPass},
		{text: "The Elm Street bridge crash course for new cyclists is this Saturday. The instructor will cover helmets and hand signals.", want: post.VerdictPass},
		{text: "The Route 9 fire station hosts our blood drive Friday. The chief says all donors get a free t-shirt!", want: post.VerdictPass},
	})
}
