package compliance

import "testing"

// TestExplorerSetsDistinct guards the explorers' training lists. sets154
// was built as backstopSets plus fourteen sets; when session 26's retrain
// added those fourteen to backstopSets, sets154 held each of them twice,
// and a leave-one-set-out run over it would have trained on the very set
// it left out.
func TestExplorerSetsDistinct(t *testing.T) {
	for _, c := range []struct {
		name string
		sets []string
		want int
	}{
		{"sets154", sets154, 154},
		{"sets162", sets162, 162},
	} {
		seen := map[string]bool{}
		for _, d := range c.sets {
			if seen[d] {
				t.Errorf("%s holds %s twice", c.name, d)
			}
			seen[d] = true
		}
		if len(c.sets) != c.want {
			t.Errorf("%s has %d sets, want %d", c.name, len(c.sets), c.want)
		}
	}
}
