package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPeopleScorned19 (issue 11, session 19, PROF-03): people the practice
// serves, named by what they are (a job, a pastime, kin, a community: "the
// roofers", "these grandpas", "a snowmobiler", "the Packers-tailgate
// crowd", "Ferrisburgers") and met with a sneer (an eye-roll, a facepalm, a
// clown, "nice try", "stay classy", "Darwin award"), or with a laugh and
// their own words in scare quotes ("his 'little scratch' 😂"). No word list
// of patients holds every job and every town; the frame is what the post
// does to them. Near misses keep their verdict: the staff teased, fans and
// a game, warm stories, a kind notice, a myth quoted to bust it.
func TestPeopleScorned19(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// A sneer at people by kind.
		{text: "Every spring the roofers roll in with a nail through the boot asking if it can wait till Friday 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Honestly these grandpas would rather believe a radio preacher than their own cardiologist 🤦", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Another weekend, another snowmobiler who thought the lake was frozen. Darwin award nominee right here.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The Packers-tailgate crowd wants a work excuse every Monday in December. Nice try, boys.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Ferrisburgers and their backyard remedies keep the urgent care in business 🤡", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Nothing like a crane operator explaining to our PA how sutures work 🙄 the confidence", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Los camioneros llegan con la presión por las nubes y dicen que es el café 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Stay classy, pub-crawl brides. Third sprained ankle from the pedal bar today 🥴", want: post.VerdictBlock, rule: "PROF-03"},
		// A laugh and the person's own words in scare quotes.
		{text: "Love a fisherman who tells me the fishhook in his thumb is 'no big deal' while dripping on the floor 😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The gym bros with their 'natural' supplements that turn out to be from a guy in a parking lot lol", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Half the marching band showed up with the same 'stomach bug' the day after homecoming 😂 sure, kids", want: post.VerdictBlock, rule: "PROF-03"},
		// Near misses.
		{text: "Our nurses ate all the Halloween candy by 9am 🙄 no self-control, this team", want: post.VerdictPass},
		{text: "The printer jammed again 🙄 calls may be slow this morning.", want: post.VerdictPass},
		{text: "Bills fans, we know Sunday hurt. We'll be here Monday with coffee 😂", want: post.VerdictPass},
		{text: "A grandpa in the lobby taught our MA how to say 'good morning' in Polish today 😂 we love it here", want: post.VerdictPass},
		{text: "We know Mondays are busy, thank you to all the farmers who waited so patiently this morning 🙏", want: post.VerdictPass},
		{text: "Myth: 'a base tan protects you.' Fact: a tan is skin damage. Roofers and lifeguards, SPF 30 every day.", want: post.VerdictReview},
		{text: "Shoutout to the volunteers who ran the coat drive. You're the best 😂🙌", want: post.VerdictReview},
		{text: "The computer in exam 3 froze again 🙄 bear with us this morning.", want: post.VerdictPass},
		{text: "Guess who forgot her lunch in the break room fridge again 🙄 (it was Dr. Patel)", want: post.VerdictReview},
		{text: "We love our shrimpers 😂 they 'fix' every cut with duct tape and then come see us anyway", want: post.VerdictPass},
	})
}

// TestPeopleScornedGrowsLinearly: every word is asked once whether it
// names people, and every sentence once whether it holds a scare quote.
func TestPeopleScornedGrowsLinearly(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"the roofers the loggers the tourists the guy who 🙄 ",
		"a logger telling me it's 'just a scratch' 😂 ",
		"'a 'b 'c 'd 'e 'f 'g lol tourists ",
		"our farmworkers who grandmas, crews crowd 🤡 ",
	} {
		t.Run(unit, func(t *testing.T) {
			requireLinearText(t, c, unit)
		})
	}
}
