package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPublicMyths19More: a second set of beliefs public myth pages correct
// (CDC, WHO, NCCIH, AAP, NIH, BMJ festive myths; sources beside the
// entries), in our own words: stated they hold the post, busted while
// repeating them they go to a doctor, true look-alikes pass.
func TestPublicMyths19More(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Your newborn doesn't need vitamin K if you breastfeed and eat your veggies.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Breastfed babies need the vitamin K shot too; breast milk is low in it.", want: post.VerdictPass},
		{text: "La vacuna del VPH deja a las muchachas estériles, mejor no ponérsela.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "My kids are raised right, they don't need the HPV shot.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "The HPV shot works best at 11 or 12, long before any exposure.", want: post.VerdictPass},
		{text: "The new 5G tower downtown is weakening everyone's immune system.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Horse paste ivermectin wipes out covid in two days, trust me.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Take enough zinc and you won't catch the flu, shot or no shot.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "After a dust storm, a course of amoxicillin protects you from valley fever.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Valley fever is caused by a fungus in desert soil; most people get better without treatment.", want: post.VerdictPass},
		{text: "Steam baths clear the coal dust out of a miner's lungs.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Taking a couple of weeks off your HIV meds is fine while you travel.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Acne is just your skin detoxing, let it run its course.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Rub the baby down with rubbing alcohol to bring the fever down.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "For a fever, give the right dose of acetaminophen and plenty of fluids.", want: post.VerdictPass},
		{text: "Spacing out the baby's shots is gentler on a tiny immune system.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Is spreading out shots safer? No: the schedule is tested as given.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "If mom has the flu her breast milk goes bad, switch to formula.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "If you're pregnant, avoid the flu shot this year.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Pregnant? The flu shot and Tdap protect you and your baby. Ask us at your next visit.", want: post.VerdictPass},
		{text: "A glass of wine before bed helps you sleep better.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Seniors need less sleep, so waking at 4am is nothing to mention.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Regular sunglasses are fine for watching the eclipse.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Watch the eclipse only through certified eclipse glasses.", want: post.VerdictPass},
		{text: "Greta works for empacho, just a pinch in warm milk.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Azarcón and greta contain lead. Please do not give them to children.", want: post.VerdictPass},
		{text: "Never sleep on a full stomach, that's how bangungot gets you.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "The five second rule is legit, blow on it and eat it.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Suicides spike over the holidays, so check on your people.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "The holidays can be hard. If you are struggling, call or text 988.", want: post.VerdictPass},
		{text: "Poinsettias are deadly to kids, toss them out.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Flat Coke is the best cure for a stomach bug with diarrhea.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Flu shots in stock! Get it too early and it wears off, so wait till December.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "They put fluoride in the water to keep people docile.", want: post.VerdictBlock, rule: "MIS-01"},
		// A prohibition whose reason is the myth: "No X, it does Y".
		{text: "No dairy while she's congested, it makes more mucus.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "No, antibiotics don't work on colds, they treat bacteria.", want: post.VerdictReview, rule: "MIS-01"},
	})
}
