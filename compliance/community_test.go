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
