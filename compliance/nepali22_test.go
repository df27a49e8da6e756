package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Romanized Nepali words and feasts read as names (issue 11, session 22,
// t22names): "Naya" is "new" ("Naya patient?", "Naya barsa", the new
// year), and a feast is a given name or a kin title before a feast word
// ("Sonam Losar", "Gyalpo Losar", "Bhai Tika", "Durga Puja"). Our own
// wording. The same words as a person's name, with care told, still
// block, and so does a name after the feast word ("Bhai Tika Ram").
func TestNepaliWordsNotNames22(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// clean: words and feasts
		{text: "Naya patient? Bring your insurance card and a list of your medicines to the front desk.", want: post.VerdictPass},
		{text: "Naya barsa ko subhakamana! Both offices are open Monday for flu shots.", want: post.VerdictPass},
		{text: "Naya barsa 2082 ko hardik subhakamana 🎉 walk-ins welcome all week.", want: post.VerdictPass},
		{text: "Sonam Losar and Gyalpo Losar greetings to all our Sherpa and Tibetan families!", want: post.VerdictPass},
		{text: "Happy Sonam Losar! Both offices close at noon on Friday.", want: post.VerdictPass},
		{text: "Bhai Tika ko din, both offices close at noon. Happy Tihar!", want: post.VerdictPass},
		{text: "Happy Bhai Tika to all our Nepali families! We reopen Thursday.", want: post.VerdictPass},
		{text: "Shubho Durga Puja to our Bengali neighbors 🪔 the Akron office closes early Friday.", want: post.VerdictPass},

		// near misses: the same words as a person, with care
		{text: "Naya had her tonsils out on Friday and she is already asking for ice cream.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sonam finished his chemo today, so this Losar will be extra sweet!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Bhai Gurung is home after his bypass surgery, namaste and thank you all.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Bhai Tika Ram is home after his bypass surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Greene checked on Puja Sharma after her knee surgery, she is walking already.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to Nurse Puja on her new baby girl, born Tuesday at 7 lbs!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
