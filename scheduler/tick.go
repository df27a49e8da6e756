package scheduler

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/practicepost/practicepost/store"
)

// dueBatch is how many due deliveries one store read returns.
const dueBatch = 1000

// work is one due delivery queued for its channel's worker.
type work struct {
	item store.DueItem
	done func()
}

// queues holds one queue and at most one worker per channel, so a channel
// gets one call at a time while channels run side by side, and a busy
// channel never holds up the others.
type queues struct {
	mu       sync.Mutex
	pending  map[string][]work
	running  map[string]bool
	inflight map[string]bool // "postID/channel" queued or being handled
	workers  sync.WaitGroup
}

func itemKey(it store.DueItem) string { return it.PostID + "/" + it.Channel }

// Tick looks up interrupted attempts if that is due, publishes everything
// due now by the injected clock and returns when it is all handled.
func (s *Scheduler) Tick(ctx context.Context) error {
	s.recheckIfDue(ctx)
	seen := map[string]bool{}
	for ctx.Err() == nil {
		n, wait, err := s.dispatch(ctx, seen)
		if err != nil {
			return err
		}
		if n == 0 {
			break
		}
		wait()
	}
	return nil
}

// dispatch reads what is due and queues what is not already queued (nor in
// skip, which it extends). It returns how many it queued and a function
// that waits for them. The loop does not wait, so deliveries that come due
// while a channel is busy are queued at once.
func (s *Scheduler) dispatch(ctx context.Context, skip map[string]bool) (int, func(), error) {
	s.beat()
	s.loops.Add(1)
	s.m.loops.Inc()
	var items []store.DueItem
	now := s.now()
	index, count := s.myShare(ctx)
	err := s.db.View(ctx, func(tx store.Tx) error {
		var err error
		// With a share, most of what is read is left to the others.
		items, err = tx.Due(now, dueBatch*max(count, 1)+len(skip)+s.q.inflightCount())
		return err
	})
	if err != nil {
		return 0, nil, err
	}
	settling := s.settlingChannels(now)
	var wg sync.WaitGroup
	n := 0
	s.q.mu.Lock()
	for _, it := range items {
		k := itemKey(it)
		if skip[k] || s.q.inflight[k] || settling[it.Channel] ||
			leaveToOther(it, index, count, now, s.opt.SpreadGrace) {
			continue
		}
		if skip != nil {
			skip[k] = true
		}
		s.q.inflight[k] = true
		wg.Add(1)
		n++
		s.q.pending[it.Channel] = append(s.q.pending[it.Channel], work{item: it, done: wg.Done})
		if !s.q.running[it.Channel] {
			s.q.running[it.Channel] = true
			s.q.workers.Add(1)
			go s.worker(ctx, it.Channel)
		}
	}
	depth := len(s.q.inflight)
	s.q.mu.Unlock()
	s.m.queue.Set(float64(depth))
	return n, wg.Wait, nil
}

func (q *queues) inflightCount() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.inflight)
}

// worker handles channel's queue in due order until it is empty. Once ctx
// ends, queued work is dropped: it is still due in the store.
func (s *Scheduler) worker(ctx context.Context, channel string) {
	defer s.q.workers.Done()
	for {
		s.q.mu.Lock()
		list := s.q.pending[channel]
		if len(list) == 0 {
			s.q.running[channel] = false
			s.q.mu.Unlock()
			return
		}
		w := list[0]
		s.q.pending[channel] = list[1:]
		s.q.mu.Unlock()

		// An attempt on this channel that is still settling (its answer
		// was lost) holds the rest of the queue: the item stays due in the
		// store and is dispatched again once the attempt is decided.
		if ctx.Err() == nil && !s.settlingChannels(s.now())[channel] {
			s.beat()
			if err := s.process(ctx, w.item); err != nil && ctx.Err() == nil {
				s.log.Error("delivery not handled", "post_id", w.item.PostID, "channel", w.item.Channel, "error", err)
			}
		}
		s.q.mu.Lock()
		delete(s.q.inflight, itemKey(w.item))
		depth := len(s.q.inflight)
		s.q.mu.Unlock()
		s.m.queue.Set(float64(depth))
		w.done()
	}
}

// pacer spaces one channel's platform calls: a short burst may go at once
// (posts due in the same second), then one call per gap. It guards against
// a runaway loop; the platforms' own limits come back as RateLimited.
type pacer struct {
	lim *rate.Limiter
}

func newPacer(gap time.Duration, burst int) *pacer {
	if gap <= 0 {
		return nil
	}
	return &pacer{lim: rate.NewLimiter(rate.Every(gap), max(burst, 1))}
}

// wait blocks until the channel may make its next call.
func (p *pacer) wait(ctx context.Context) error {
	if p == nil {
		return nil
	}
	return p.lim.Wait(ctx)
}
