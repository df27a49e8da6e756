package calendar

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// markPublishing leaves channel mid-publish (the platform call under way,
// its answer lost, or the daemon killed during it), as the scheduler's
// claim does.
func markPublishing(t *testing.T, e *env, id post.ID, channel string) {
	t.Helper()
	err := e.db.Update(context.Background(), func(tx store.Tx) error {
		p, err := tx.Post(id)
		if err != nil {
			return err
		}
		p.Status = post.StatusPublishing
		d := p.Deliveries[channel]
		d.State, d.AttemptID, d.AttemptStarted, d.Attempts = post.DeliveryPublishing, "attempt-1", tx.Now(), 1
		return tx.PutPost(p, store.Audit{Actor: "test", Action: "delivery.attempt"})
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestHeldPostPublishingSomewhereStaysWhereTheSchedulerLooks checks that a
// post held while one channel is mid-publish is not re-routed or cancelled
// under that channel. The scheduler looks up interrupted attempts only in
// posts that are publishing, held, failed or unknown: a post moved to
// scheduled, needs_review or cancelled would leave that delivery
// publishing for good, with no alert, whatever the platform did.
func TestHeldPostPublishingSomewhereStaysWhereTheSchedulerLooks(t *testing.T) {
	ctx := context.Background()
	reconciled := []post.Status{post.StatusPublishing, post.StatusHeld, post.StatusFailed, post.StatusUnknown}
	tests := []struct {
		name string
		act  func(e *env, id post.ID) error
	}{
		{"a new time for the rest", func(e *env, id post.ID) error {
			if _, err := e.svc.HoldPost(ctx, PostRef{Actor: staff, ID: id}); err != nil {
				return err
			}
			later := now.Add(6 * time.Hour)
			_, err := e.svc.EditPost(ctx, EditPost{Actor: staff, ID: id, At: &later})
			return err
		}},
		{"the next slot for the rest", func(e *env, id post.ID) error {
			if _, err := e.svc.HoldPost(ctx, PostRef{Actor: staff, ID: id}); err != nil {
				return err
			}
			_, err := e.svc.EditPost(ctx, EditPost{Actor: staff, ID: id, NextSlot: new(bool(true))})
			return err
		}},
		{"emergency resume, late posts to the next slot", func(e *env, id post.ID) error {
			if _, err := e.svc.PauseAll(ctx, PostRef{Actor: staff, Reason: "local tragedy"}); err != nil {
				return err
			}
			*e.clock = now.Add(6 * time.Hour)
			_, err := e.svc.ResumeAll(ctx, ResumeAll{Actor: doctor, Late: "next-slot"})
			return err
		}},
		{"emergency resume, late posts cancelled", func(e *env, id post.ID) error {
			if _, err := e.svc.PauseAll(ctx, PostRef{Actor: staff, Reason: "local tragedy"}); err != nil {
				return err
			}
			*e.clock = now.Add(6 * time.Hour)
			_, err := e.svc.ResumeAll(ctx, ResumeAll{Actor: doctor, Late: "cancel"})
			return err
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			p := e.add(t, clean, func(r *AddPost) { r.Channels = []string{"preview", "li"} })
			markPublishing(t, e, p.ID, "preview")
			err := tc.act(e, p.ID)
			if err != nil && post.ErrorCode(err) != post.EConflict {
				t.Fatalf("got %v, want success or a conflict", err)
			}
			var got *post.Post
			if err := e.db.View(ctx, func(tx store.Tx) error { got, err = tx.Post(p.ID); return err }); err != nil {
				t.Fatal(err)
			}
			d := got.Deliveries["preview"]
			if d.State != post.DeliveryPublishing || d.AttemptID != "attempt-1" {
				t.Fatalf("the attempt under way was changed: %+v", d)
			}
			if !slices.Contains(reconciled, got.Status) {
				t.Errorf("post is %s with preview mid-publish: the scheduler never looks it up again", got.Status)
			}
		})
	}
}
