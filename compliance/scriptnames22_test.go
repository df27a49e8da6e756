package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// A name written in its own script, with no title, as the subject of an
// English sentence that tells the person's care (issue 11, session 22,
// t22names): Arabic (Arabic, Urdu, Dari, Pashto), Devanagari (Nepali,
// Hindi), Bengali, Gurmukhi, Ethiopic (Amharic, Tigrinya) and Burmese.
// Families write their own names so, and the rules read a name in another
// script only after a title or before a kin word. Our own wording; a
// greeting, a holiday or a word of the language beside care for everyone
// keeps passing.
func TestScriptNameSubject22(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// the name opens the sentence and does what a person does
		{text: "محمد got his knee replaced last week and is already walking the parking lot!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "So proud of our patient! فاطمة finished her last round of chemo today 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "ذبیح الله had his hernia surgery with Dr. Greene and he is home resting.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "राम बहादुर had his cataract surgery on Tuesday and he can read the menu again.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "सीता is pregnant with twins and we could not be happier for her family.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "রহিম finished chemo this morning, ring that bell!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "ਗੁਰਪ੍ਰੀਤ is in the ICU after the crash on Route 9, keep her in your prayers.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "አበበ is home after his heart surgery. Welcome back to the coffee ceremony!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "ለምለም got her stitches out today and she danced out of the office.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "ကိုအောင် got his cast off today, back to soccer for him!", want: post.VerdictBlock, rule: "PRIV-10"},

		// near misses: the script is a greeting, a holiday or a place,
		// or the sentence is all in the script
		{text: "عيد مبارك to all our families! Flu shots are walk-in this week.", want: post.VerdictPass},
		{text: "Eid Mubarak! عيد سعيد from everyone at Maple. Get your flu shot before the holiday travel.", want: post.VerdictPass},
		{text: "नमस्ते! Our Nepali-speaking nurse is here Tuesdays for diabetes checks.", want: post.VerdictPass},
		{text: "शुभ दीपावली 🪔 Both offices close early Thursday; the flu clinic is open Friday.", want: post.VerdictPass},
		{text: "শুভ নববর্ষ! Blood pressure checks are at our booth this Saturday, no appointment needed.", want: post.VerdictPass},
		{text: "እንኳን ደስ አለዎት! Our Amharic handouts on diabetes are at the front desk.", want: post.VerdictPass},
		{text: "မင်္ဂလာပါ 🙏 Burmese interpreters are here every Monday for checkups.", want: post.VerdictPass},
		{text: "Our ਪੰਜਾਬੀ handouts on heart health are here: ask at the desk.", want: post.VerdictPass},
		{text: "صحة is the word for health in Arabic, and it is our word of the week.", want: post.VerdictPass},
	})
}

// TestScriptNameSubject22Linear: a run of words in another script is read
// once, at most three words, before the English word after it.
func TestScriptNameSubject22Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"محمد got his knee ",
		"राम बहादुर सिंह ",
		"አበበ is home after his surgery ",
	} {
		requireLinearText(t, c, unit)
	}
}
