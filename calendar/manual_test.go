package calendar

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

func TestConfirmByHand(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name       string
		state      post.DeliveryState
		req        ConfirmManual
		wantCode   string
		wantStatus post.Status
		wantState  post.DeliveryState
	}{
		{"a manual task posted by hand", post.DeliveryTask, ConfirmManual{URL: "https://example.com/p/1"}, "", post.StatusPublished, post.DeliveryPublished},
		{"an unknown outcome found on the account", post.DeliveryUnknown, ConfirmManual{URL: "https://example.com/p/1"}, "", post.StatusPublished, post.DeliveryPublished},
		{"an unknown outcome not on the account", post.DeliveryUnknown, ConfirmManual{NotPosted: true}, "", post.StatusFailed, post.DeliveryFailed},
		{"no address", post.DeliveryUnknown, ConfirmManual{URL: "example.com"}, post.EInvalid, "", ""},
		{"not posted is only for unknown", post.DeliveryTask, ConfirmManual{NotPosted: true}, post.EConflict, "", ""},
		{"a published delivery", post.DeliveryPublished, ConfirmManual{URL: "https://example.com/p/1"}, post.EConflict, "", ""},
		{"an unknown outcome of a cancelled post", "cancelled-unknown", ConfirmManual{URL: "https://example.com/p/1"}, "", post.StatusCancelled, post.DeliveryPublished},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			p := e.add(t, clean, nil)
			status, state := post.StatusPublishing, tc.state
			switch tc.state {
			case post.DeliveryUnknown:
				status = post.StatusUnknown
			case "cancelled-unknown":
				status, state = post.StatusCancelled, post.DeliveryUnknown
			}
			err := e.db.Update(ctx, func(tx store.Tx) error {
				q, err := tx.Post(p.ID)
				if err != nil {
					return err
				}
				q.Status, q.Deliveries["preview"].State = status, state
				return tx.PutPost(q, store.Audit{Actor: "test", Action: "delivery.attempt"})
			})
			if err != nil {
				t.Fatal(err)
			}
			req := tc.req
			req.Actor, req.ID, req.Channel = staff, p.ID, "preview"
			got, err := e.svc.ConfirmManual(ctx, req)
			if post.ErrorCode(err) != tc.wantCode {
				t.Fatalf("confirm: %v, want code %q", err, tc.wantCode)
			}
			if err != nil {
				return
			}
			if got.Status != tc.wantStatus || got.Deliveries["preview"].State != tc.wantState {
				t.Fatalf("got %s / %s, want %s / %s", got.Status, got.Deliveries["preview"].State, tc.wantStatus, tc.wantState)
			}
			if tc.wantState != post.DeliveryFailed {
				return
			}
			// Not posted: a new time sends it again.
			next := true
			*e.clock = now.Add(4 * time.Hour)
			again, err := e.svc.EditPost(ctx, EditPost{Actor: staff, ID: p.ID, NextSlot: &next})
			if err != nil || again.Status != post.StatusScheduled || again.Deliveries["preview"].State != post.DeliveryPending {
				t.Fatalf("reschedule after not posted: %v %+v", err, again)
			}
		})
	}
}
