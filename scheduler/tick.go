package scheduler

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/practicepost/practicepost/store"
)

// dueBatch is how many due deliveries one store read returns.
const dueBatch = 500

// Tick publishes everything due now by the injected clock and returns when
// it is all handled. Channels run in parallel, one call at a time each.
func (s *Scheduler) Tick(ctx context.Context) error {
	s.beat()
	s.loops.Add(1)
	s.m.loops.Inc()
	seen := map[string]bool{}
	var errs []error
	for ctx.Err() == nil {
		var items []store.DueItem
		now := s.now()
		err := s.db.View(ctx, func(tx *store.Tx) error {
			// Items already handled in this tick but still due (a store
			// error left them) are read again and skipped, so ask for more.
			items = tx.Due(now, dueBatch+len(seen))
			return nil
		})
		if err != nil {
			return err
		}
		fresh := items[:0]
		for _, it := range items {
			if k := it.PostID + "/" + it.Channel; !seen[k] {
				seen[k] = true
				fresh = append(fresh, it)
			}
		}
		s.m.queue.Set(float64(len(fresh)))
		if len(fresh) == 0 {
			break
		}
		errs = append(errs, s.runBatch(ctx, fresh)...)
	}
	s.m.queue.Set(0)
	return errors.Join(errs...)
}

// runBatch handles items with one worker per channel, in due order within
// each channel.
func (s *Scheduler) runBatch(ctx context.Context, items []store.DueItem) []error {
	byChannel := map[string][]store.DueItem{}
	var order []string
	for _, it := range items {
		if _, ok := byChannel[it.Channel]; !ok {
			order = append(order, it.Channel)
		}
		byChannel[it.Channel] = append(byChannel[it.Channel], it)
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	for _, ch := range order {
		wg.Go(func() {
			for _, it := range byChannel[ch] {
				if ctx.Err() != nil {
					return
				}
				s.beat()
				if err := s.process(ctx, it); err != nil && ctx.Err() == nil {
					s.log.Error("delivery not handled", "post_id", it.PostID, "channel", it.Channel, "error", err)
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	return errs
}

// pacer spaces calls on one channel at least gap apart.
type pacer struct {
	gap  time.Duration
	last time.Time
}

// wait sleeps until gap has passed since the previous call; callers hold
// the channel's lock.
func (p *pacer) wait(ctx context.Context) error {
	if p == nil || p.gap <= 0 {
		return nil
	}
	if d := time.Until(p.last.Add(p.gap)); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
	p.last = time.Now()
	return nil
}
