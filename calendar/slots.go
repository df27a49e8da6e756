package calendar

import (
	"fmt"
	"slices"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// maxSlotSearch bounds the search for a free slot: a year of a busy
// practice's slots. Past it the calendar is full and the caller is told so.
const maxSlotSearch = 2000

// slotter finds a channel's next free posting slot.
type slotter struct {
	specs    map[string][]cron.Schedule
	blackout func(time.Time) bool
	loc      *time.Location
}

func newSlotter(chs []ChannelInfo, loc *time.Location, blackout func(time.Time) bool) (*slotter, error) {
	s := &slotter{specs: map[string][]cron.Schedule{}, blackout: blackout, loc: loc}
	for _, c := range chs {
		for _, spec := range c.Slots {
			// CRON_TZ pins the schedule to the practice timezone, so a 9:00
			// slot stays 9:00 local across daylight-saving changes.
			sch, err := cron.ParseStandard("CRON_TZ=" + loc.String() + " " + spec)
			if err != nil {
				return nil, post.Errorf(post.EInvalid, "channel %s: slot %q is not a cron expression: %v", c.ID, spec, err)
			}
			s.specs[c.ID] = append(s.specs[c.ID], sch)
		}
	}
	return s, nil
}

// SlotsBetween lists a channel's slot times in [from, to), blackout days
// left out, for the calendar views.
func (s *slotter) SlotsBetween(channel string, from, to time.Time) []time.Time {
	var out []time.Time
	for _, sch := range s.specs[channel] {
		for t := sch.Next(from.Add(-time.Second)); !t.IsZero() && t.Before(to) && len(out) < maxSlotSearch; t = sch.Next(t) {
			if s.blackout == nil || !s.blackout(t.In(s.loc)) {
				out = append(out, t)
			}
		}
	}
	slices.SortFunc(out, time.Time.Compare)
	return out
}

// firstAfter is channel's first slot after t that is not on a blackout day,
// taken or not: what to offer someone who picked a blackout day. Zero when
// the channel has no slots.
func (s *slotter) firstAfter(channel string, t time.Time) time.Time {
	var first time.Time
	for _, sch := range s.specs[channel] {
		c := sch.Next(t)
		for i := 0; !c.IsZero() && i < maxSlotSearch && s.blackout != nil && s.blackout(c.In(s.loc)); i++ {
			c = sch.Next(c)
		}
		if !c.IsZero() && (first.IsZero() || c.Before(first)) {
			first = c
		}
	}
	return first
}

// next returns the first slot of channel after after that no other
// delivery on that channel holds. taken lists slots already handed out in
// this same transaction (a post going to several channels, an import).
func (s *slotter) next(tx store.Tx, channel string, after time.Time, taken map[string]bool) (time.Time, error) {
	specs := s.specs[channel]
	if len(specs) == 0 {
		return time.Time{}, post.Errorf(post.EInvalid, "channel %s has no posting slots; give the post an exact time or add slots to the channel in the config", channel)
	}
	cands := make([]time.Time, len(specs))
	for i, sch := range specs {
		cands[i] = sch.Next(after)
	}
	for range maxSlotSearch {
		// The earliest candidate across this channel's schedules.
		i := 0
		for j := range cands {
			if cands[j].Before(cands[i]) {
				i = j
			}
		}
		t := cands[i]
		if t.IsZero() {
			break
		}
		cands[i] = specs[i].Next(t)
		if s.blackout != nil && s.blackout(t.In(s.loc)) {
			continue
		}
		key := channel + "@" + t.UTC().Format(time.RFC3339)
		if taken[key] {
			continue
		}
		busy, err := slotTaken(tx, channel, t)
		if err != nil {
			return time.Time{}, err
		}
		if !busy {
			taken[key] = true
			return t, nil
		}
	}
	return time.Time{}, post.Errorf(post.EConflict, "channel %s has no free slot in its next %d slots; add slots or pick an exact time", channel, maxSlotSearch)
}

// slotTaken reports whether a live delivery on channel sits in the minute
// starting at t.
func slotTaken(tx store.Tx, channel string, t time.Time) (bool, error) {
	busy := false
	err := tx.Between(t, t.Add(time.Minute), func(e store.Entry) error {
		if e.Channel == channel && e.Delivery != post.DeliveryCancelled && e.Status != post.StatusCancelled && e.Status != post.StatusRejected {
			busy = true
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("calendar: slot lookup: %w", err)
	}
	return busy, nil
}
