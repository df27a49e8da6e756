package store

import (
	"bytes"
	"time"
)

// ScanBetween walks the timeline index from from (inclusive) to to
// (exclusive) in time order reading keys only: fn gets each delivery's
// time and channel, and decode, which decodes the full Entry only when the
// caller needs it (to show it, or to filter on status or tags). A month
// view then decodes the few entries each day shows instead of thousands.
// channel and decode are valid only during the call.
func (tx *boltTx) ScanBetween(from, to time.Time, fn func(at time.Time, channel []byte, decode func() (Entry, error)) error) error {
	c := tx.bucket(bucketTimeline).Cursor()
	end := tsKey(to)
	var k, v []byte
	decode := func() (Entry, error) { return DecodeEntry(k, v) }
	for k, v = c.Seek(tsKey(from)); k != nil && bytes.Compare(k[:8], end) < 0; k, v = c.Next() {
		at, channel, err := SplitTimelineKey(k)
		if err != nil {
			return err
		}
		if err := fn(at, channel, decode); err != nil {
			return err
		}
	}
	return nil
}
