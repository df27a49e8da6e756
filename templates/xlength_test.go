package templates

import (
	"testing"

	"github.com/practicepost/practicepost/internal/twittertext"
)

// xLimit is X's weighted length limit for a post.
const xLimit = 280

// TestShortVariantsFitX renders every shipped template for the test practice
// and for one with long values (a long name, long variables), and checks the
// short text against X's weighted counting, where every link counts 23.
func TestShortVariantsFitX(t *testing.T) {
	lib := mustLoad(t)
	long := testPractice
	long.Name = "Riverside Pediatrics and Family Medicine" // 40 characters
	longVars := map[string]string{
		"date": "Wednesday, September 30", "holiday": "Independence Day", "closed": "Thursday, December 24 and Friday, December 25",
		"reopen": "Monday, December 28 at 8 am", "weather": "the ice storm and power outages", "provider": "Dr. Alexandra Montgomery-Ruiz",
		"specialty": "family medicine", "start_date": "Monday, September 14", "role": "front desk receptionist",
	}
	for _, tp := range lib.List() {
		for _, c := range []struct {
			name string
			p    Practice
			vars map[string]string
		}{{"typical", testPractice, testVars}, {"long values", long, longVars}} {
			vars := map[string]string{}
			for _, v := range tp.Vars {
				vars[v] = c.vars[v]
			}
			r, err := lib.Render(tp.Name, c.p, vars)
			if err != nil {
				t.Fatalf("%s: %v", tp.Name, err)
			}
			if n := twittertext.WeightedLength(r.Short); n > xLimit {
				t.Errorf("%s (%s): short text is %d weighted characters, over X's %d: %q", tp.Name, c.name, n, xLimit, r.Short)
			}
		}
	}
}
