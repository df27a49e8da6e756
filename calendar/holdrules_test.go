package calendar

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// TestHoldAndReleaseFollowEditRules: staff could lift a reviewer's hold on
// someone else's post. Holding and releasing now follow edit's rules (staff
// act on their own posts, reviewers and admins on any), and a hold a
// reviewer placed needs a reviewer to lift it, whoever wrote the post.
func TestHoldAndReleaseFollowEditRules(t *testing.T) {
	ctx := context.Background()
	other := Actor{Name: "eve", Role: post.RoleStaff}
	admin := Actor{Name: "ada", Role: post.RoleAdmin}
	type step struct {
		release bool
		by      Actor
		ok      bool
	}
	cases := []struct {
		name  string
		steps []step
	}{
		{"staff hold and release their own post", []step{{false, staff, true}, {true, staff, true}}},
		{"staff cannot hold another's post", []step{{false, other, false}}},
		{"staff cannot release another's hold on another's post", []step{{false, staff, true}, {true, other, false}}},
		{"staff cannot lift a reviewer's hold on their own post", []step{{false, doctor, true}, {true, staff, false}, {true, doctor, true}}},
		{"staff cannot weaken a reviewer's hold by holding again", []step{{false, doctor, true}, {false, staff, false}, {true, staff, false}}},
		{"an admin's hold needs a reviewer too", []step{{false, admin, true}, {true, staff, false}, {true, doctor, true}}},
		{"a reviewer lifts a staff hold", []step{{false, staff, true}, {true, doctor, true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			p := e.add(t, clean, nil)
			for i, s := range c.steps {
				fn, what := e.svc.HoldPost, "hold"
				if s.release {
					fn, what = e.svc.ReleasePost, "release"
				}
				_, err := fn(ctx, PostRef{Actor: s.by, ID: p.ID})
				switch {
				case s.ok && err != nil:
					t.Fatalf("step %d: %s by %s: %v", i+1, what, s.by.Name, err)
				case !s.ok && post.ErrorCode(err) != post.EForbidden:
					t.Fatalf("step %d: %s by %s: %v, want forbidden", i+1, what, s.by.Name, err)
				}
			}
		})
	}
}

// TestEditDoesNotLiftAReviewersHold: the author could not release a
// reviewer's hold, but an edit (a new time, new text, unscheduling, a
// different channel) put the post straight back to scheduled. While a
// reviewer's hold is on, staff edits keep the post held.
func TestEditDoesNotLiftAReviewersHold(t *testing.T) {
	ctx := context.Background()
	later, yes := now.Add(5*time.Hour), true
	body := "Flu shots are in. Walk in any weekday, 8 to 5."
	edits := map[string]EditPost{
		"new time":  {At: &later},
		"new text":  {Body: &body},
		"next slot": {NextSlot: &yes},
	}
	for name, req := range edits {
		t.Run(name, func(t *testing.T) {
			e := newEnv(t)
			p := e.add(t, clean, nil)
			if _, err := e.svc.HoldPost(ctx, PostRef{Actor: doctor, ID: p.ID}); err != nil {
				t.Fatal(err)
			}
			req.Actor, req.ID = staff, p.ID
			q, err := e.svc.EditPost(ctx, req)
			if err == nil && q.Status != post.StatusHeld {
				t.Fatalf("staff's edit lifted the reviewer's hold: status %s", q.Status)
			}
		})
	}
}
