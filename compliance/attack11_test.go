package compliance

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's exemptions (issue 11): posts a clinic would
// write where a new exemption fires but one patient and a health event
// are told. Each is our own wording.

// TestOneWithConditionsInPlural: a condition in the plural is many
// people's only when no one is told with it; "the bride with hives in
// June", "the ballerina with sprains in October" tell one person's
// month (PRIV-05). A crowd with it ("anyone with sprains in
// January") stays a season's.
func TestOneWithConditionsInPlural(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The bride with hives in June made it down the aisle 💍", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "the little slugger with allergies in April hit a homer Saturday ⚾", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "Our sweet birthday kiddo with migraines in March is headache-free now", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "that ballerina with sprains in October danced the Nutcracker anyway 🩰", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "Our quarterback with the stress fractures in October is cleared to play 🏈", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "Anyone with sprains in January should rest, ice and call us if it swells.", want: post.VerdictPass},
		{text: "Snowmobile injuries in Maine peak in February.", want: post.VerdictPass},
	})
}

// TestOneServiceMember: the services and their members capitalized by
// custom name no one when many are meant ("Happy birthday, Marines!",
// "every Sailor and Marine"); one member addressed or pointed at ("Welcome
// home, Sailor!", "The Marine we treated") is one person (PRIV-10).
func TestOneServiceMember(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Welcome home, Sailor! Glad the shrapnel wounds healed 🇺🇸", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Marine we treated for heat stroke Saturday is back on duty 🇺🇸", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Get well soon, Soldier! We're all rooting for your recovery after the IED injury", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thank you, Marine, for trusting us with your knee replacement.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Happy 251st birthday, Marines! Semper Fi 🇺🇸", want: post.VerdictPass},
		{text: "To every Sailor and Marine deploying this month: we've got your families' sick visits covered ⚓", want: post.VerdictPass},
		{text: "Thank you to every Marine, Sailor, Soldier, Airman and Guardian who served. Closed Monday for Veterans Day.", want: post.VerdictPass},
		{text: "Flu shots for Marine Corps families this Saturday at the base clinic.", want: post.VerdictPass},
	})
}

// TestRunsOfOnePatternTime: posts of twice the size limit (post.MaxBodyBytes)
// made of one pattern. A run of digits apart by spaces summed the digits
// it held again for each new one, and a reply of praise words asked the
// whole sentence for a person and a past verb again for each word: both
// quadratic (about a second at 64 KB, four at 128 KB). Growth, not a
// wall-clock budget (see requireLinear).
func TestRunsOfOnePatternTime(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ unit, review string }{
		{"1 2 3 4 5 6 7 8 9 ", ""},
		{"4 one 5 five 5 ", ""},
		{"this brave little patient ", "great doc"},
		{"such a champ and so brave ", "Dr. Patel was great"},
	} {
		draft := func(n int) Draft {
			return Draft{Text: strings.Repeat(tt.unit, n/len(tt.unit)), ReviewText: tt.review}
		}
		requireLinear(t, c, fmt.Sprintf("%q (review %q)", tt.unit, tt.review), draft)
		d := draft(2 * post.MaxBodyBytes)
		checkSpans(t, d, c.Check(context.Background(), d))
	}
}

// TestWordNameWithSurnameActs: a first name that is also a word, or a
// word abroad (f06d97d made "Tu", "Chi", "Viva" such), opening a sentence
// with its surname is a person when what it does comes after the surname
// ("Faith Young had her gallbladder out"), as it is without one ("Faith
// had her ..."). A word before a surname-like word that does nothing
// stays no one.
func TestWordNameWithSurnameActs(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Faith Young had her gallbladder out Tuesday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Joy Green had her baby Tuesday!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tu Brown had her gallbladder out Tuesday and is doing great.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Grace Brown had her gallbladder out Tuesday and is doing great.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Grace Baptist Church hosts our flu clinic Saturday.", want: post.VerdictPass},
		{text: "Hope Lodge has free rooms for families during cancer treatment.", want: post.VerdictPass},
	})
}

// TestLowerContainsLowersOnce: lowerContains is asked once per person
// ("not a real person", madeUp) and per testimonial; lowering the whole
// text on each call made a long post of people with health words
// quadratic (a 64 KB text of the model's own features: 0.6 s, most of it
// in strings.ToLower). The text is lowered once per scan.
func TestLowerContainsLowersOnce(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	d := Draft{Text: strings.Repeat("Maria Nguyen had her knee surgery, a REAL Story 😊 ", 200)}
	s := c.newScan(&d, d.Text, "")
	defer s.release()
	if !s.lowerContains("real story") || s.lowerContains("not a real person") {
		t.Fatal("lowerContains does not read the lower-cased text")
	}
	if allocs := testing.AllocsPerRun(50, func() { s.lowerContains("journey") }); allocs != 0 {
		t.Errorf("lowerContains allocates %v times a call after the first: the text is lowered again", allocs)
	}
}
