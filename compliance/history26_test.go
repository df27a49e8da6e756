package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestHistoryFigures26: a figure of history a post remembers is no
// neighbour of the practice's (PRIV-10). "This Black History Month we
// remember <name>" is the practice remembering, not one of its people;
// a whole name in a sentence dated to a year long past ("took the case
// to the Supreme Court in 1923") is told from history. Both warned on
// the name. The name's sentence must still hold no health, no patient
// cue, no thanks, none of "our"/"us"/"my", and no sign of today ("still",
// "now"); care told after the figure keeps it held. The held ones come
// first.
func TestHistoryFigures26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: health beside the figure, a patient, one of ours, a
		// neighbour still living here, present care after the deed.
		{text: "This Black History Month we remember Ruby Harlan, our patient for 30 years, who died of heart failure last week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "We honor Tom Greer, who beat throat cancer in 1978 and still drives the church van.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "This Heritage Month we remember Ada Whitlow, who lost her leg to diabetes and still bakes for the church.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Hank Morales opened the first barbershop on Dix Street in 1961. He is in our care now after a stroke.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Hank Morales married his sweetheart in 1961 and still dances at the Elks every Friday.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Rosa Delgado has been coming to us since 1972 — the longest of anyone!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "This Black History Month we honor Rosa Delgado, who had her checkups with us.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "This Black History Month we remember Ruby Harlan. She is in our care now after her stroke.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Pass: a figure the practice remembers or honours.
		{text: "This Black History Month we remember Modjeska Monteith Simkins, who fought for voting rights across South Carolina.", want: post.VerdictPass},
		{text: "This Women's History Month we honor Biddy Mason, who bought land in Los Angeles and gave it for a school.", want: post.VerdictPass},
		{text: "During Native American Heritage Month we celebrate Elouise Cobell, the Blackfeet banker who took on the Interior Department.", want: post.VerdictPass},
		{text: "Este Mes de la Herencia Hispana recordamos a Jovita Idar, periodista de Laredo que defendió a las familias de la frontera.", want: post.VerdictPass},

		// Pass: a whole name in a sentence dated long ago.
		{text: "Lucius Amerson was sworn in as sheriff of Macon County in 1967, the first Black sheriff in the South since Reconstruction.", want: post.VerdictPass},
		{text: "Octavius Catto organized a baseball club in Philadelphia in 1866 and fought to integrate the streetcars.", want: post.VerdictPass},
		{text: "Fun fact: Nellie Tayloe Ross became governor of Wyoming in 1925, years before any other state had a woman governor.", want: post.VerdictPass},
	})
}
