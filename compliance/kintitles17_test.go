package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestRegionKinTitles17 (session 17, t17leak): a person the rules did not
// read as a person because the name is in no list and the title before
// it, or the kin word after a possessive, is of another language
// (names/kintitles.go). With a health event the post tells that person's
// care (PRIV-10 block); the title alone with no health event is a person
// named (review at most); festivals, foods and languages of the same
// families stay no one.
func TestRegionKinTitles17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// A title before a name no list holds.
		{text: "Pîroz be Mamê Rizgar — one year sober this week! We're all so proud of you", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kak Dilshad is home after his heart surgery, welcome back!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Abaayo Hibaaq, please remember to take the insulin before breakfast, okay?", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Adeer Cabdi finished his last round of chemo today 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ninang Lourdes is recovering from her stroke, please keep her in your prayers", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Wishing Bhabhi Simran a speedy recovery after her gallbladder surgery!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Khalto Wadad rang the bell today — cancer free!! 🔔", want: post.VerdictBlock, rule: "PRIV-10"},
		// A kin word alone after a possessive: a staff member's relative.
		{text: "Sarah's aabbe is recovering well after his bypass 🙏 thank you for the duas", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin's dapîr had her cataract surgery yesterday and can see the garden again!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin's nanay is home from the hospital after her stroke.", want: post.VerdictBlock, rule: "PRIV-10"},
		// An elder told by who she is to everyone who knows her.
		{text: "Big hug to the Somali ayeeyo who brings us tea every Friday — her new knee is healing well!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Prayers for the Filipino lola who sells turon by the bus stop, she's in the hospital with pneumonia", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses: the title with no health event, a festival, a food,
		// a language, the kin word for anyone's elder.
		{text: "Kak Dilshad, thank you for fixing our sign after the storm!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Pîroz be Newroz! Our office closes early Friday for the celebration.", want: post.VerdictPass},
		{text: "Come try sambusa at our Somali health fair booth Saturday!", want: post.VerdictPass},
		{text: "Our Thursday Karen-language hours are back at the front desk.", want: post.VerdictPass},
		{text: "Ask the ayeeyo in your life about her flu shot — walk-ins welcome", want: post.VerdictPass},
		{text: "Sarah's aabbe stopped by with dates for the front desk!", want: post.VerdictPass},
		{text: "Happy Hmong New Year from all of us! Closed Friday.", want: post.VerdictPass},
		{text: "Samosas in the break room for Diwali, thanks to Bhabhi's Kitchen on Main!", want: post.VerdictPass},
	})
}
