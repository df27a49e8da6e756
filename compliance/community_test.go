package compliance

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// communityProfile is a practice whose profile lists its community: the
// partners, places and businesses its posts thank and tag.
func communityProfile() Profile {
	p := testProfile()
	p.CommunityNames = []string{"Golden Harbor Bakery", "Maple Grove Gazette", "Elm Ridge Grange Hall", "Columbus Public Library", "Willow Creek"}
	return p
}

// TestCommunityNames checks that the practice's community partners, named
// in short or tagged by their account, are not taken for people.
func TestCommunityNames(t *testing.T) {
	c, err := New(communityProfile())
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, rule string
		want       post.Severity
	}{
		{"Paid partnership with @goldenharborbakery: they donate the bread #ad", "PLAT-02", ""},
		{"Thanks @maplegrovegazette for covering our opening!", "PLAT-02", ""},
		{"Thanks @goldenharbor for the muffins!", "PLAT-02", ""},
		{"Shout out to @jo.bakes.bread for the cake!", "PLAT-02", "warn"},
		{"Thanks @golden for the muffins!", "PLAT-02", "warn"},
		// A community name cut short after its second word.
		{"Pie auction at the Elm Ridge Grange this Saturday, bid high!", "PRIV-10", ""},
		{"Polls at the Elm Ridge Grange are open 7 am to 8 pm.", "PRIV-10", ""},
		{"Get well soon, Ridge Thompson, after your knee surgery!", "PRIV-10", "block"},
		// A business or team named after the town starts with its name.
		{"The new sign out front went up Tuesday! Thanks to Willow Creek Signs.", "PRIV-10", ""},
		{"Thank you to the Willow Creek Falcons for volunteering at the food drive!", "PRIV-10", ""},
		{"Willow Creek's own Maria Lopez is home after her heart surgery.", "PRIV-10", "block"},
		// The town's own accounts: its name run together, then an
		// organization's word.
		{"Follow the county health department at @willowcreekcountyhealth for updates.", "PLAT-02", ""},
		{"Go @willowcreekhsathletics!", "PLAT-02", ""},
		{"Congrats to @willowcreekmom on her race!", "PLAT-02", "warn"},
	}
	for _, tc := range cases {
		rep := c.Check(context.Background(), Draft{Text: tc.text, Now: time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)})
		var got post.Severity
		for _, f := range rep.Findings {
			if f.Rule == tc.rule && severityRank(f.Severity) > severityRank(got) {
				got = f.Severity
			}
		}
		if got != tc.want {
			t.Errorf("%q: %s got %q, want %q", tc.text, tc.rule, got, tc.want)
		}
	}
}

// TestStaffShortFormEnds checks the short forms staff go by that are the
// end of their name: four letters or more ("Femi" for Olufemi), or a
// last syllable of three ("Kai" for Malakai); "Ian" is not Christian's nor
// "Ana" Juliana's.
func TestStaffShortFormEnds(t *testing.T) {
	p := testProfile()
	p.StaffNames = []string{"Malakai Tuilagi, DPT", "Christian Boyd, RN", "Juliana Cruz, MA", "Olufemi Adeyemi, MD"}
	c, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want post.Severity
	}{
		{"Kai's #1 rule of rehab: the boring exercises are the ones that work.", ""},
		{"Our PT, Coach Kai, is taking new patients at the Federal Way clinic.", ""},
		{"Dr. Femi is back from the vein conference with new ideas.", ""},
		{"Ian had his knee surgery on Tuesday.", "block"},
		{"Ana is home recovering from her surgery.", "block"},
	}
	for _, tc := range cases {
		rep := c.Check(context.Background(), Draft{Text: tc.text, Now: time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)})
		var got post.Severity
		for _, f := range rep.Findings {
			if f.Rule == "PRIV-10" && severityRank(f.Severity) > severityRank(got) {
				got = f.Severity
			}
		}
		if got != tc.want {
			t.Errorf("%q: PRIV-10 got %q, want %q", tc.text, got, tc.want)
		}
	}
}
