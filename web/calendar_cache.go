package web

import (
	"context"
	"sync"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/store"
)

// calendarCacheSize bounds the remembered ranges: a few months × filters.
const calendarCacheSize = 64

// calendarCache remembers calendar ranges until the store changes. Every
// post write appends an audit entry in the same transaction, so the audit
// head's sequence number is a change counter: a cached range is used only
// while the head is what it was when the range was read. Reading a month
// decodes every delivery in it (about 10 ms for 3,000); the check costs a
// few dozen index lookups.
type calendarCache struct {
	mu      sync.Mutex
	entries map[calendar.CalendarQuery]cachedRange
}

type cachedRange struct {
	head    uint64
	entries []store.Entry
}

// calendarEntries returns the entries of q, from the cache when the store
// has not changed since they were read. The slice is shared: read only.
func (s *Server) calendarEntries(ctx context.Context, q calendar.CalendarQuery) ([]store.Entry, error) {
	head, err := s.auditHead(ctx)
	if err != nil {
		return nil, err
	}
	c := &s.calCache
	c.mu.Lock()
	hit, ok := c.entries[q]
	c.mu.Unlock()
	if ok && hit.head == head {
		return hit.entries, nil
	}
	entries, err := s.cal.Calendar(ctx, q)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.entries == nil || len(c.entries) >= calendarCacheSize {
		c.entries = map[calendar.CalendarQuery]cachedRange{}
	}
	c.entries[q] = cachedRange{head: head, entries: entries}
	c.mu.Unlock()
	return entries, nil
}

// auditHead is the sequence number of the newest audit entry (0 if none).
func (s *Server) auditHead(ctx context.Context) (uint64, error) {
	next, err := s.firstAuditAt(ctx, farFuture)
	if err != nil {
		return 0, err
	}
	return next - 1, nil
}
