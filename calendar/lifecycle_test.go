package calendar

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// markGoneOut records that the post went out on channel and is still
// publishing on the others, as the scheduler leaves it mid-way.
func markGoneOut(t *testing.T, e *env, id post.ID, channel string) {
	t.Helper()
	err := e.db.Update(context.Background(), func(tx store.Tx) error {
		p, err := tx.Post(id)
		if err != nil {
			return err
		}
		p.Status = post.StatusPublishing
		p.Deliveries[channel].State = post.DeliveryPublished
		p.Deliveries[channel].RemoteID = "remote-1"
		return tx.PutPost(p, store.Audit{Actor: "test", Action: "delivery.receipt"})
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestEditOfAPartlyPublishedHeldPost(t *testing.T) {
	ctx := context.Background()
	other := "Totally different words now."
	onlyLi := []string{"li"}
	later := now.Add(6 * time.Hour)
	tests := []struct {
		name     string
		edit     EditPost
		wantCode string
	}{
		{"new text is refused", EditPost{Body: &other}, post.EConflict},
		{"dropping the published channel is refused", EditPost{Channels: &onlyLi}, post.EConflict},
		{"a new time for the rest is allowed", EditPost{At: &later}, ""},
		{"the same text sent back by a form is allowed", EditPost{Body: new(string), At: &later}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			p := e.add(t, clean, func(r *AddPost) { r.Channels = []string{"preview", "li"} })
			markGoneOut(t, e, p.ID, "preview")
			if _, err := e.svc.HoldPost(ctx, PostRef{Actor: staff, ID: p.ID}); err != nil {
				t.Fatal(err)
			}
			req := tc.edit
			req.Actor, req.ID = staff, p.ID
			if req.Body != nil && *req.Body == "" {
				req.Body = &p.Body
			}
			got, err := e.svc.EditPost(ctx, req)
			if post.ErrorCode(err) != tc.wantCode {
				t.Fatalf("edit: %v, want code %q", err, tc.wantCode)
			}
			if err != nil {
				return
			}
			d := got.Deliveries["preview"]
			if d == nil || d.State != post.DeliveryPublished || d.RemoteID != "remote-1" {
				t.Fatalf("the published delivery was lost or changed: %+v", d)
			}
			if got.Deliveries["li"].State != post.DeliveryPending || got.Status != post.StatusScheduled {
				t.Fatalf("the rest should be scheduled: %s, li %s", got.Status, got.Deliveries["li"].State)
			}
		})
	}
}

func TestReleaseOfANextSlotPostWhoseSlotPassed(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	p := e.add(t, clean, func(r *AddPost) { r.At, r.NextSlot = time.Time{}, true })
	if _, err := e.svc.HoldPost(ctx, PostRef{Actor: staff, ID: p.ID}); err != nil {
		t.Fatal(err)
	}
	*e.clock = now.Add(5 * time.Hour) // Monday 13:00: both of Monday's slots passed
	got, err := e.svc.ReleasePost(ctx, PostRef{Actor: staff, ID: p.ID})
	if err != nil {
		t.Fatalf("release: %v", err)
	}
	want := time.Date(2027, 3, 2, 9, 0, 0, 0, chicago)
	if d := got.Deliveries["preview"]; got.Status != post.StatusScheduled || !d.DueAt.Equal(want) {
		t.Fatalf("got %s due %v, want scheduled at %v", got.Status, d.DueAt.In(chicago), want)
	}

	// An exact time that passed still needs a person to pick a new one.
	q := e.add(t, clean, func(r *AddPost) { r.At = now.Add(5*time.Hour + 30*time.Minute) })
	e.svc.HoldPost(ctx, PostRef{Actor: staff, ID: q.ID})
	*e.clock = now.Add(7 * time.Hour)
	if _, err := e.svc.ReleasePost(ctx, PostRef{Actor: staff, ID: q.ID}); post.ErrorCode(err) != post.EConflict {
		t.Fatalf("release of a passed exact time: %v", err)
	}
}

func TestPostsScheduledDuringTheEmergencyStopAreHeldAndResumed(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	if _, err := e.svc.PauseAll(ctx, PostRef{Actor: staff, Reason: "local tragedy"}); err != nil {
		t.Fatal(err)
	}
	p := e.add(t, clean, nil)
	if p.Status != post.StatusHeld {
		t.Fatalf("a post added during the stop is %s, want held", p.Status)
	}
	if _, err := e.svc.ReleasePost(ctx, PostRef{Actor: staff, ID: p.ID}); post.ErrorCode(err) != post.EConflict {
		t.Fatalf("release during the stop: %v", err)
	}
	res, err := e.svc.ResumeAll(ctx, ResumeAll{Actor: doctor, Late: "hold"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Released) != 1 || res.Released[0] != p.ID {
		t.Fatalf("resume released %v, want %s", res.Released, p.ID)
	}
	var got *post.Post
	err = e.db.View(ctx, func(tx store.Tx) (err error) { got, err = tx.Post(p.ID); return err })
	if err != nil || got.Status != post.StatusScheduled {
		t.Fatalf("after resume: %v %v", got.Status, err)
	}
	if brk, _, _ := e.db.VerifyAudit(ctx); brk != nil {
		t.Fatalf("chain broken: %+v", brk)
	}
}

func TestRescheduleOfAFailedPostSendsItAgain(t *testing.T) {
	ctx := context.Background()
	other := "Totally different words now."
	next := true
	tests := []struct {
		name      string
		published bool // the other channel went out before this one gave up
		edit      EditPost
		wantCode  string
	}{
		{"next free slot", false, EditPost{NextSlot: &next}, ""},
		{"new words", false, EditPost{Body: &other, NextSlot: &next}, ""},
		{"next free slot for the rest", true, EditPost{NextSlot: &next}, ""},
		{"new words after one channel went out", true, EditPost{Body: &other, NextSlot: &next}, post.EConflict},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			p := e.add(t, clean, func(r *AddPost) { r.Channels = []string{"preview", "li"} })
			err := e.db.Update(ctx, func(tx store.Tx) error {
				q, err := tx.Post(p.ID)
				if err != nil {
					return err
				}
				q.Status = post.StatusFailed
				for c, d := range q.Deliveries {
					d.State, d.Attempts, d.LastError = post.DeliveryFailed, 5, "gave up after 5 attempts"
					if tc.published && c == "preview" {
						d.State, d.Attempts, d.LastError, d.RemoteID = post.DeliveryPublished, 1, "", "remote-1"
					}
				}
				return tx.PutPost(q, store.Audit{Actor: "test", Action: "delivery.failed"})
			})
			if err != nil {
				t.Fatal(err)
			}
			*e.clock = now.Add(4 * time.Hour)
			req := tc.edit
			req.Actor, req.ID = staff, p.ID
			got, err := e.svc.EditPost(ctx, req)
			if post.ErrorCode(err) != tc.wantCode {
				t.Fatalf("edit: %v, want code %q", err, tc.wantCode)
			}
			if err != nil {
				return
			}
			if got.Status != post.StatusScheduled {
				t.Fatalf("status %s, want scheduled", got.Status)
			}
			li := got.Deliveries["li"]
			if li.State != post.DeliveryPending || li.Attempts != 0 || li.LastError != "" || !li.DueAt.After(*e.clock) {
				t.Fatalf("li should be pending again with a new slot: %+v", li)
			}
			if pv := got.Deliveries["preview"]; tc.published && (pv.State != post.DeliveryPublished || pv.RemoteID != "remote-1") {
				t.Fatalf("the published channel changed: %+v", pv)
			}
		})
	}
}

func TestPressingStopAgainKeepsWhoAndWhy(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	first, err := e.svc.PauseAll(ctx, PostRef{Actor: doctor, Reason: "local tragedy"})
	if err != nil {
		t.Fatal(err)
	}
	*e.clock = now.Add(time.Minute)
	again, err := e.svc.PauseAll(ctx, PostRef{Actor: staff})
	if err != nil {
		t.Fatal(err)
	}
	if again.By != doctor.Name || again.Reason != "local tragedy" || !again.At.Equal(first.At) {
		t.Fatalf("the second stop replaced the first: %+v", again)
	}
}

// TestPressingStopAgainWithAReasonRecordsBoth: a second stop with its own
// reason keeps the first author and reason and adds the second's.
func TestPressingStopAgainWithAReasonRecordsBoth(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	first, err := e.svc.PauseAll(ctx, PostRef{Actor: doctor, Reason: "local tragedy"})
	if err != nil {
		t.Fatal(err)
	}
	*e.clock = now.Add(time.Minute)
	again, err := e.svc.PauseAll(ctx, PostRef{Actor: staff, Reason: "storm warning"})
	if err != nil {
		t.Fatal(err)
	}
	if again.By != doctor.Name || !again.At.Equal(first.At) || !strings.HasPrefix(again.Reason, "local tragedy") ||
		!strings.Contains(again.Reason, "sam") || !strings.Contains(again.Reason, "storm warning") {
		t.Fatalf("the second stop lost the first or its own reason: %+v", again)
	}
}

func TestRevokingNamesThePostsAlreadyOut(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	auth, err := e.svc.AddAuthorization(ctx, AddAuthorization{Actor: staff, PatientRef: "CHART-1", Uses: []post.Use{post.UseTestimonial},
		Granted: now.AddDate(0, -1, 0)})
	if err != nil {
		t.Fatal(err)
	}
	link := func(r *AddPost) { r.AuthorizationID = auth.ID; r.Channels = []string{"preview", "li"} }
	waiting := e.add(t, clean, link)
	half := e.add(t, clean, link)
	markGoneOut(t, e, half.ID, "preview")
	res, err := e.svc.RevokeAuthorization(ctx, PostRef{Actor: staff, ID: auth.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Live) != 1 || res.Live[0] != half.ID {
		t.Fatalf("live %v, want only %s", res.Live, half.ID)
	}
	if len(res.Held) != 2 || !slices.Contains(res.Held, waiting.ID) || !slices.Contains(res.Held, half.ID) {
		t.Fatalf("held %v, want both (the half-published one's other channel too)", res.Held)
	}
}
