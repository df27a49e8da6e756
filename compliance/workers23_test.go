package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestWorkerOnShift23 (session 23, t23privacy): one worker told by the
// employer's name, their job and their shift or the day they came in, with
// the injury they came in with ("A Honda Marysville team leader on third
// shift came in Monday with a smashed thumb"). "A" says no name is meant,
// but the plant, the job and the shift leave one person: their crew knows
// who it was (PRIV-14 block). The same for a rank told in capitals ("the
// Airman from the 375th Wing who came in Monday with a sprained ankle").
// Near misses: the worker with no care, care that is a crowd's or a
// plan, advice to anyone on a shift, and the practice's own team.
func TestWorkerOnShift23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "A Honda Marysville team leader on third shift came in Monday with a smashed thumb from the stamping press — gloves on, y'all!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "A Tyson night shift supervisor came in Tuesday with a deep cut on his hand from the debone line.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Last Friday a Cargill forklift operator on the overnight shift came in with a broken foot — steel toes save toes, folks!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "An Amazon warehouse picker from second shift came in Wednesday with a sprained back. Lift with your legs!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "To the Airman from the 375th Wing who came in Monday with a sprained ankle before his deployment — your crutches are at the front desk!", want: post.VerdictBlock, rule: "PRIV-14"},

		// No care, a crowd's, a plan, advice, our own team.
		{text: "A Honda Marysville team leader on third shift stopped by Monday with donuts for our staff! 🍩", want: post.VerdictPass},
		{text: "Every Honda team leader on night shift got a flu shot at our on-site clinic Tuesday.", want: post.VerdictPass},
		{text: "If a team leader on your shift crushes a finger, ice it and come see us right away.", want: post.VerdictPass},
		{text: "A Cargill safety manager will teach a first aid class Thursday for night shift workers.", want: post.VerdictPass},
		{text: "Our team leader on the Tuesday evening shift can help with walk-in questions.", want: post.VerdictPass},
		{text: "The Airman Leadership School graduates stopped by Monday to thank our nurses.", want: post.VerdictPass},
	})
}

// TestWorkerOnShiftLinear23: many shift workers with care in one long
// text stay linear.
func TestWorkerOnShiftLinear23(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"A Tyson night shift supervisor came in Tuesday with a deep cut. ",
		"a Honda team leader on third shift came in Monday with a smashed thumb ",
	} {
		requireLinearText(t, c, unit)
	}
}
