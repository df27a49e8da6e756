package calendar

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// TestDays checks the by-day layout the web month view and the CLI
// calendar share: what each day lists, "+N more", the count matched,
// filters, and which posting slots are free.
func TestDays(t *testing.T) {
	e := newEnv(t)
	// A Wednesday: preview has slots at 09:00 and 12:30, li at 09:00.
	day := time.Date(2027, 3, 10, 0, 0, 0, 0, chicago)
	type seed struct {
		hm     string
		ch     string
		status post.Status
		tags   []string
	}
	seeds := []seed{
		{"09:00", "preview", post.StatusScheduled, []string{"flu"}}, // takes preview's 09:00 slot
		{"09:05", "preview", post.StatusScheduled, nil}, {"09:10", "preview", post.StatusScheduled, nil},
		{"11:00", "preview", post.StatusScheduled, []string{"flu"}}, {"12:00", "preview", post.StatusScheduled, nil},
		{"13:00", "preview", post.StatusScheduled, nil}, {"14:00", "preview", post.StatusScheduled, nil},
		{"09:00", "li", post.StatusHeld, nil},      // takes li's slot
		{"10:00", "li", post.StatusScheduled, nil}, // the next day: not counted on day
	}
	err := e.db.Update(context.Background(), func(tx store.Tx) error {
		for i, s := range seeds {
			hm, _ := time.Parse("15:04", s.hm)
			at := day.Add(time.Duration(hm.Hour())*time.Hour + time.Duration(hm.Minute())*time.Minute)
			if i == len(seeds)-1 {
				at = at.AddDate(0, 0, 1)
			}
			p := &post.Post{ID: post.NewID(now.Add(time.Duration(i) * time.Millisecond)), Body: fmt.Sprint("Tip ", i), Channels: []string{s.ch},
				Schedule: post.Schedule{At: at}, Status: s.status, Tags: s.tags, Author: "sam",
				Deliveries: map[string]*post.Delivery{s.ch: {Channel: s.ch, State: post.DeliveryPending, DueAt: at}}}
			if err := tx.InsertPost(p, store.Audit{Actor: "test", Action: "post.create"}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	from := time.Date(2027, 3, 8, 0, 0, 0, 0, chicago) // the Monday
	tests := []struct {
		name             string
		q                CalendarQuery
		perDay           int
		listed, more     int
		matched          int
		slots, freeOnDay int
		firstListedAt    string
	}{
		{"everything, five a day", CalendarQuery{}, 5, 5, 3, 9, 3, 1, "09:00"}, // preview 12:30 is free
		{"everything, all listed (the CLI)", CalendarQuery{}, 0, 8, 0, 9, 3, 1, "09:00"},
		{"tag", CalendarQuery{Tag: "flu"}, 5, 2, 0, 2, 3, 1, "09:00"},
		{"status", CalendarQuery{Status: post.StatusHeld}, 5, 1, 0, 1, 3, 1, "09:00"},
		{"channel", CalendarQuery{Channel: "li"}, 5, 1, 0, 2, 1, 0, "09:00"},
		{"channel and status", CalendarQuery{Channel: "li", Status: post.StatusScheduled}, 5, 0, 0, 1, 1, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := DaysQuery{CalendarQuery: tt.q, PerDay: tt.perDay}
			q.From, q.To = from.UTC(), from.AddDate(0, 0, 7).UTC()
			got, err := e.svc.Days(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Days) != 7 || !got.Days[0].Date.Equal(from) {
				t.Fatalf("%d days from %v", len(got.Days), got.Days[0].Date)
			}
			d := got.Days[2]
			if !d.Date.Equal(day) {
				t.Fatalf("day 2 is %v, want %v", d.Date, day)
			}
			if len(d.Entries) != tt.listed || d.More != tt.more || got.Matched != tt.matched || d.Slots != tt.slots || d.FreeSlots != tt.freeOnDay {
				t.Errorf("listed %d more %d matched %d slots %d free %d; want %d %d %d %d %d",
					len(d.Entries), d.More, got.Matched, d.Slots, d.FreeSlots, tt.listed, tt.more, tt.matched, tt.slots, tt.freeOnDay)
			}
			if tt.firstListedAt != "" && (len(d.Entries) == 0 || d.Entries[0].At.In(chicago).Format("15:04") != tt.firstListedAt) {
				t.Errorf("first listed %+v, want one at %s", d.Entries, tt.firstListedAt)
			}
		})
	}
	for _, bad := range []DaysQuery{
		{CalendarQuery: CalendarQuery{From: from, To: from}},
		{CalendarQuery: CalendarQuery{From: from, To: from.AddDate(0, 0, 1)}, PerDay: -1},
	} {
		if _, err := e.svc.Days(context.Background(), bad); post.ErrorCode(err) != post.EInvalid {
			t.Errorf("Days(%+v) = %v, want an invalid-input error", bad, err)
		}
	}
}
