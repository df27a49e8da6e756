package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// TestMonthPage checks the month page shows what calendar.Days lays out
// (tested there): a day's entries, its "+N more" and the count in view.
func TestMonthPage(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	loc := e.cal.Location()
	now := time.Now().In(loc)
	// A Wednesday two months ahead: x has slots at 09:00 and 15:00, fb at 10:30.
	day := time.Date(now.Year(), now.Month()+2, 1, 0, 0, 0, 0, loc)
	for day.Weekday() != time.Wednesday {
		day = day.AddDate(0, 0, 1)
	}
	type seed struct {
		hm     string
		ch     string
		status post.Status
		tags   []string
	}
	seeds := []seed{
		{"09:00", "x", post.StatusScheduled, []string{"flu"}}, // takes x's 09:00 slot
		{"09:05", "x", post.StatusScheduled, nil}, {"09:10", "x", post.StatusScheduled, nil},
		{"11:00", "x", post.StatusScheduled, []string{"flu"}}, {"12:00", "x", post.StatusScheduled, nil},
		{"13:00", "x", post.StatusScheduled, nil}, {"14:00", "x", post.StatusScheduled, nil},
		{"10:30", "fb", post.StatusHeld, nil}, // takes fb's slot
	}
	err := e.db.Update(context.Background(), func(tx store.Tx) error {
		for i, s := range seeds {
			hm, _ := time.Parse("15:04", s.hm)
			at := day.Add(time.Duration(hm.Hour())*time.Hour + time.Duration(hm.Minute())*time.Minute)
			p := &post.Post{ID: post.NewID(time.Now()), Body: fmt.Sprint("Tip ", i), Channels: []string{s.ch}, Schedule: post.Schedule{At: at},
				Status: s.status, Tags: s.tags, Author: "sam", Deliveries: map[string]*post.Delivery{s.ch: {Channel: s.ch, State: post.DeliveryPending, DueAt: at}}}
			if err := tx.InsertPost(p, store.Audit{Actor: "test", Action: "post.create"}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	token, _ := e.session("sam")
	page := readBody(t, e.do(http.MethodGet, "/calendar?date="+day.Format(time.DateOnly), token, nil))
	if !strings.Contains(page, "+3 more") || !strings.Contains(page, "8 deliveries in view") || !strings.Contains(page, `class="st st-held">held</span>`) {
		t.Error("the month page does not show the day's entries, its +3 more and the count")
	}
}

// TestPastDaysShowNoFreeSlots: a slot that has gone by cannot be used, so
// the month and week views offer none on past days (issue 14, item 9),
// while days ahead still show theirs.
func TestPastDaysShowNoFreeSlots(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	token, _ := e.session("sam")
	now := time.Now().In(e.cal.Location())
	past := now.AddDate(0, -2, 0).Format(time.DateOnly)
	ahead := now.AddDate(0, 2, 0).Format(time.DateOnly)
	for _, tt := range []struct {
		path, free string
		want       bool
	}{
		{"/calendar?date=" + past, "free slot", false},
		{"/calendar?view=week&date=" + past, "(free)", false},
		{"/calendar?date=" + ahead, "free slot", true},
		{"/calendar?view=week&date=" + ahead, "(free)", true},
	} {
		page := readBody(t, e.do(http.MethodGet, tt.path, token, nil))
		if got := strings.Contains(page, tt.free); got != tt.want {
			t.Errorf("%s shows %q: %v, want %v", tt.path, tt.free, got, tt.want)
		}
	}
}
