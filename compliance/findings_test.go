package compliance

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestFindingsSorted checks both of sorted's sorts (insertion for a post's
// few findings, the general sort for many) against a stable sort by
// channel and start.
func TestFindingsSorted(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	channels := []string{"", "x", "fb", "li", "x2"}
	for _, n := range []int{0, 1, 2, 3, 11, shortFindings - 1, shortFindings, shortFindings + 1, 200} {
		for round := range 20 {
			b := &findingBuf{}
			var all []post.Finding
			for i := range n {
				f := post.Finding{Channel: channels[rng.Intn(len(channels))], Start: rng.Intn(n/2 + 1), Message: strings.Repeat("m", i)}
				all = append(all, f)
				b.add(&f)
			}
			want := slices.Clone(all)
			slices.SortStableFunc(want, func(x, y post.Finding) int {
				if c := strings.Compare(x.Channel, y.Channel); c != 0 {
					return c
				}
				return x.Start - y.Start
			})
			got := b.sorted()
			if got == nil || !slices.EqualFunc(got, want, func(x, y post.Finding) bool { return x.Message == y.Message }) {
				t.Fatalf("%d findings, round %d: sorted out of order", n, round)
			}
		}
	}
}
