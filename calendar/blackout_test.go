package calendar

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// newBlackoutEnv is newEnv with Wednesday 3 March 2027 a blackout day.
func newBlackoutEnv(t *testing.T) *env {
	t.Helper()
	return newEnvWith(t, []ChannelInfo{{ID: "preview", Kind: "preview", Slots: []string{"0 9 * * 1-5", "30 12 * * 1-5"}}},
		func(day time.Time) bool { return day.In(chicago).Format(time.DateOnly) == "2027-03-03" })
}

// TestBlackoutDayRefusedWhenScheduling: a time on a blackout day is refused
// when the post is added, edited or imported (not held on the morning
// itself), naming the day and offering the first slot after it; "next free
// slot" steps over the day.
func TestBlackoutDayRefusedWhenScheduling(t *testing.T) {
	ctx := context.Background()
	blackout := time.Date(2027, 3, 3, 10, 0, 0, 0, chicago)
	wantMsg := []string{"Wed 3 Mar 2027 is a blackout day", "Thu 4 Mar 09:00 on preview", "next free slot"}
	check := func(t *testing.T, what string, err error) {
		t.Helper()
		if post.ErrorCode(err) != post.EInvalid {
			t.Fatalf("%s on a blackout day: %v, want it refused as invalid input", what, err)
		}
		for _, w := range wantMsg {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %q does not say %q", what, err, w)
			}
		}
	}

	e := newBlackoutEnv(t)
	_, err := e.svc.AddPost(ctx, AddPost{Actor: staff, Body: clean, Channels: []string{"preview"}, At: blackout})
	check(t, "add", err)

	p := e.add(t, clean, func(r *AddPost) { r.At = blackout.AddDate(0, 0, 1) })
	at := blackout
	_, err = e.svc.EditPost(ctx, EditPost{Actor: staff, ID: p.ID, Version: p.Version, At: &at})
	check(t, "edit", err)

	_, err = e.svc.ImportCSV(ctx, ImportCSV{Actor: staff, Name: "plan.csv",
		Data: []byte("text,channels,at\n\"" + clean + "\",preview,2027-03-03 10:00\n")})
	check(t, "import", err)
	if err != nil && !strings.Contains(err.Error(), "plan.csv:2") {
		t.Errorf("import: %q does not name the line", err)
	}

	// Tuesday's slots taken, "next free slot" skips Wednesday.
	*e.clock = time.Date(2027, 3, 2, 13, 0, 0, 0, chicago)
	n, err := e.svc.AddPost(ctx, AddPost{Actor: staff, Body: clean, Channels: []string{"preview"}, NextSlot: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := n.Deliveries["preview"].DueAt.In(chicago).Format("Mon 2 Jan 15:04"); got != "Thu 4 Mar 09:00" {
		t.Errorf("next free slot is %s, want Thu 4 Mar 09:00 (Wednesday is a blackout)", got)
	}
}
