package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestConductGroupByWhatTheyAre: a post laughing or rolling its eyes at
// people named by where they come from, their age or their season
// ("Canadians who think ...", "tourists who ...", "retirees who ...") and
// described by what they do mocks them as surely as "patients who ...";
// the same shape thanking, praising or inviting a group is no mockery.
func TestConductGroupByWhatTheyAre(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Every winter the lobby fills with Canadians who think a sprained wrist is an emergency 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Tourists who hike in flip-flops and then limp in here wanting a miracle... 🙄🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "retirees who argue with the nurse about their own blood pressure readings 🤡", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "some of these dads come in with a printout from Reddit and I just 🫠", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Los turistas que llegan quemados pidiendo milagros 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Frat boys who think hand sanitizer is a food group 💀", want: post.VerdictBlock, rule: "PROF-03"},
		// Inviting, thanking or praising a group by the same shape.
		{text: "Grandparents who get their whooping cough shot protect the new baby 💙", want: post.VerdictPass},
		{text: "Students who need a sports physical: walk-ins Saturday 9-12!", want: post.VerdictPass},
		{text: "Teachers who want a flu shot can stop by after school this week.", want: post.VerdictPass},
		{text: "Volunteers who ran the water table at the 5K, you are legends 😂", want: post.VerdictPass},
		{text: "Monday again 🙃 coffee is brewing and the doors open at 8.", want: post.VerdictPass},
		{text: "Runners who ice too long can numb the skin; 15 minutes is plenty 🧊", want: post.VerdictPass},
	})
}

// TestConductRetortWithContempt: a one-word retort or a mock agreement
// ("sir. SIR.", "sure babe", "ok chief") after a story, with an eye-roll or
// a clown, mocks whoever the story is about even when no word for patients
// or people names them.
func TestConductRetortWithContempt(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "tfw a 'wellness influencer' explains your own job to you. sir. SIR. 🤡", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "someone just told me sunscreen is a government plot. ok chief 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "the fourth 'just a quick look' of the morning 🙃 quick. sure babe.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Thank you, sir! Your donation made the toy drive 🙃 we are so grateful", want: post.VerdictPass},
		{text: "Dr. Patel's new office dog is named Chief 🐶 say hi at the front desk!", want: post.VerdictPass},
	})
}

// TestConductKinAndOriginLaughedAt: one grandma or grandpa described by
// what they think or try, with a clown or a skull, and a group named by
// its origin or place with a laugh ("Somali uncles will ALWAYS ...
// lol"), mock the people served; "i hate you" said to people described
// is contempt without an emoji. The same words fond or praising pass.
func TestConductKinAndOriginLaughedAt(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Somali uncles will ALWAYS ask for the male doctor first lol 😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "who else's grandpa thinks the flu shot is a 'tracking chip' 💀", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "pov: a grandma from the Eastside tries to teach the nurse how to read an x-ray 🤡", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "people who call at 4:58 to 'just ask one thing', i see you and i hate you", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Our aunties will always bring the best snacks to the health fair 😂", want: post.VerdictPass},
		{text: "Who else's grandma makes the best tamales? Share below 😂", want: post.VerdictPass},
		{text: "a grandpa from our walking club tries the new trail every Monday 🥾", want: post.VerdictPass},
		{text: "i see you, flu shot crew, and i love you 💉", want: post.VerdictPass},
		{text: "Thursday yoga moms who come straight from class in their mats 😂 we love you", want: post.VerdictPass},
		{text: "I hate you, Monday 😂 coffee is on at 7:30.", want: post.VerdictPass},
	})
}
