package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStarsWhoseHealthWasNews (session 18, t18prec): a star whose own
// injury or illness everyone followed, cited to teach or mourned ("Monica
// Seles came back two years after she was stabbed", "Linda Ronstadt lost
// her singing voice to Parkinson's"), is a public figure and only noted
// (PRIV-10 info); so is a condition named for its describer without the
// "s" ("Addison disease", "Hodgkin lymphoma"). Care news told as the
// practice's ("Congrats to ... on finishing physical therapy with us"), a
// visit, and the same name told as one of the practice's people ("from
// our walking group", "our own") still block.
func TestStarsWhoseHealthWasNews(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Jim Valvano gave his 'don't give up' speech eight weeks before cancer took him. Get your screenings.", want: post.VerdictPass},
		{text: "Monica Seles came back to tennis two years after she was stabbed on court. Trauma recovery takes time.", want: post.VerdictPass},
		{text: "Linda Ronstadt lost her singing voice to Parkinson's. Here are early signs to watch for.", want: post.VerdictPass},
		{text: "Saku Koivu came back from lymphoma to captain the Canadiens again. Know the signs: swollen glands, night sweats.", want: post.VerdictPass},
		{text: "Addison disease is rare, but know the signs: tiredness, dizziness, darker skin.", want: post.VerdictPass},
		{text: "Wilson disease runs in families. Ask about a copper test if a relative has it.", want: post.VerdictPass},

		// Near misses: care news or a visit here, and the name worn by
		// one of the practice's people.
		{text: "Congrats to Jim Valvano on finishing physical therapy with us this week!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "We loved having Linda Ronstadt in for her checkup.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Monica Seles from our walking group had her knee replaced last week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our own Saku Koivu is home after his hip replacement!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Maria lymphoma update: she finished chemo today.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
