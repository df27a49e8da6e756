package scheduler

import (
	"context"
	"hash/fnv"
	"sync"
	"time"

	"github.com/practicepost/practicepost/store"
)

// Replicas on one store all read the same due list. Claimed in the same
// order, every delivery would be tried by each of them in turn, each
// waiting for the store's write lock only to find it taken. So a delivery
// falls to one replica by a hash of its key (see Options.Share) and the
// others leave it for SpreadGrace past its due time. The claim itself is
// unchanged: whoever tries, it is still decided under the lock.

// shareEvery is how long an answer of Options.Share is used: replicas come
// and go rarely, and a dispatch may run many times a second.
const shareEvery = time.Second

// shareCache keeps Options.Share's last answer.
type shareCache struct {
	mu           sync.Mutex
	read         time.Time // by the real clock; zero: never
	index, count int
}

// myShare is this replica's index and the number of replicas, from a
// fresh enough answer of Options.Share. count <= 1 means alone, and an
// unanswered Share (a store error) means alone too: every delivery is then
// tried, as without a share, rather than left for a replica that may not be.
func (s *Scheduler) myShare(ctx context.Context) (index, count int) {
	if s.opt.Share == nil {
		return 0, 1
	}
	c := &s.share
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.read.IsZero() && time.Since(c.read) < shareEvery {
		return c.index, c.count
	}
	index, count, err := s.opt.Share(ctx)
	if err != nil {
		s.log.Warn("finding this replica among those serving; trying every due delivery", "error", err)
		index, count = 0, 1
	}
	c.read, c.index, c.count = time.Now(), index, count
	return index, count
}

// shareOf is the index of the replica among count that item falls to.
func shareOf(item store.DueItem, count int) int {
	h := fnv.New32a()
	h.Write([]byte(itemKey(item)))
	return int(h.Sum32() % uint32(count))
}

// leaveToOther says whether item is left to another replica for now: it
// falls to another one's share and is not yet grace overdue at now.
func leaveToOther(item store.DueItem, index, count int, now time.Time, grace time.Duration) bool {
	return count > 1 && shareOf(item, count) != index && now.Sub(item.At) < grace
}
