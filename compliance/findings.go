package compliance

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/practicepost/practicepost/post"
)

// findingBuf collects a check's findings. Rules report in rule order and
// the report lists findings by channel and position, so they are gathered
// here, ordered through small keys rather than by moving whole findings
// (each is over 150 bytes), and copied once into a slice of the exact size.
type findingBuf struct {
	all  []post.Finding
	keys []findingKey
}

// findingKey orders one finding: by channel, then start, then the order it
// was reported in, which makes the order the stable sort's.
type findingKey struct {
	channel string
	start   int
	i       int
}

// before reports whether k sorts before o by channel and start (ties are
// left in place by the insertion sort, which keeps them in report order).
func (k *findingKey) before(o *findingKey) bool {
	if k.channel != o.channel {
		return k.channel < o.channel
	}
	return k.start < o.start
}

// shortFindings is the most findings sorted by insertion; more (a pasted
// document's) take the general sort.
const shortFindings = 48

var findingPool = sync.Pool{New: func() any { return new(findingBuf) }}

// add appends a copy of f and returns it, for finish to complete in place.
func (b *findingBuf) add(f *post.Finding) *post.Finding {
	b.all = append(b.all, *f)
	return &b.all[len(b.all)-1]
}

// sorted returns the findings ordered by channel and then start, ties in
// the order they were added, in a new slice (empty, not nil, for none).
func (b *findingBuf) sorted() []post.Finding {
	b.keys = b.keys[:0]
	for i := range b.all {
		b.keys = append(b.keys, findingKey{b.all[i].Channel, b.all[i].Start, i})
	}
	if len(b.keys) <= shortFindings {
		// A post has a few dozen findings at most: an insertion sort with
		// the comparison in place orders them for a fraction of what the
		// general sort's calls cost. It is stable, as the keys' i asks.
		for k := 1; k < len(b.keys); k++ {
			key := b.keys[k]
			j := k
			for ; j > 0 && key.before(&b.keys[j-1]); j-- {
				b.keys[j] = b.keys[j-1]
			}
			b.keys[j] = key
		}
	} else {
		slices.SortFunc(b.keys, func(x, y findingKey) int {
			if c := strings.Compare(x.channel, y.channel); c != 0 {
				return c
			}
			if c := cmp.Compare(x.start, y.start); c != 0 {
				return c
			}
			return cmp.Compare(x.i, y.i)
		})
	}
	out := make([]post.Finding, len(b.all))
	for k, key := range b.keys {
		out[k] = b.all[key.i]
	}
	return out
}

// release empties b, dropping its references to the checked texts, and
// returns it to findingPool.
func (b *findingBuf) release() {
	clear(b.all)
	clear(b.keys)
	b.all, b.keys = b.all[:0], b.keys[:0]
	findingPool.Put(b)
}
