package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestOneRoleShot26 (session 26, t26privacy): a town's one-person office
// or post (the mayor, the fire chief, the sheriff, the superintendent, a
// principal) told as getting a shot or a check at the practice: "Even the
// mayor rolled up a sleeve at our flu clinic", "Thanks for stopping by our
// office for your flu shot" after the mayor was named, "the sheriff
// stopped by for a cholesterol check". They are a patient
// and a vaccination is care we gave them (PRIV-10 block). Staff who roll
// up their sleeves to model the shot, a crowd that does, sleeves rolled up
// for work, and a mayor who proclaims, cuts a ribbon or spreads the word
// stay clean, as do a mayor's visit to thank volunteers.
func TestOneRoleShot26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// a sleeve rolled up by one person in office
		{text: "Even the mayor rolled up a sleeve at our flu clinic today! 💉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Look who rolled up a sleeve at our Elm Street clinic this morning: the fire chief! Thanks for the example 👏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The sheriff rolled up his sleeve for a flu shot at our Main St office this morning.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our superintendent rolled her sleeve up for a COVID booster with us today. Teachers, you're next!", want: post.VerdictBlock, rule: "PRIV-10"},
		// the shot told after the mayor was named
		{text: "Even the mayor stopped in! 💉 Thanks for coming by our Oak Park office for your flu shot and leading by example.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big thanks to the police chief for getting her flu shot at our walk-in clinic this week!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The mayor got his booster at our Elm St clinic today. Your turn, Springfield!", want: post.VerdictBlock, rule: "PRIV-10"},
		// one in office who came in for a check or a shot
		{text: "The sheriff stopped by our Main St office for a cholesterol check before his shift. Lead by example!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks to the fire chief for dropping in for her blood pressure check today 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The mayor swung by our Elm St office for a blood pressure check on her way to City Hall, and her numbers looked great!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thank you to Springfield's Mayor for stopping by our booth at the fair for a cholesterol check!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The superintendent came in for his annual physical this morning and then read to our waiting room kids!", want: post.VerdictBlock, rule: "PRIV-10"},

		// staff and crowds who roll up their sleeves
		{text: "Even our nurses rolled up their sleeves this morning. Your turn!", want: post.VerdictPass},
		{text: "Roll up your sleeve, Springfield! Flu clinic Saturday 9-1 at our Elm St office.", want: post.VerdictPass},
		{text: "Thank you to the night shift at the mill: 40 of you rolled up your sleeves at our flu clinic!", want: post.VerdictPass},
		{text: "Kevin rolled up a sleeve first this year. Have you had your flu shot?", want: post.VerdictPass},
		// sleeves rolled up for work, a mayor who does something else
		{text: "The fire chief rolled up his sleeves and helped us move into the new office. Thank you!", want: post.VerdictPass},
		{text: "The mayor rolled up her sleeves and got a bus stop put in front of our clinic.", want: post.VerdictPass},
		{text: "The mayor proclaimed October Flu Shot Month at our clinic today.", want: post.VerdictPass},
		{text: "The mayor cut the ribbon on our new flu clinic this morning!", want: post.VerdictPass},
		{text: "The mayor stopped in! Thanks for getting your flu shot, Springfield: we gave 300 today.", want: post.VerdictPass},
		{text: "The mayor's office is hosting a free flu clinic Saturday. Roll up a sleeve!", want: post.VerdictPass},
		{text: "The mayor stopped by our health fair to thank the volunteers who gave 200 blood pressure checks.", want: post.VerdictPass},
		{text: "Rolled up our sleeves and painted the waiting room this weekend!", want: post.VerdictPass},
	})
}
