package store

import (
	"context"
	"reflect"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestTypedSettings: the emergency stop and a channel's pause read back as
// written, read as the zero value before anyone set them, keep channels
// apart, and every write is audited under the setting's key.
func TestTypedSettings(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	stop := EmergencyStop{Active: true, By: "ann", At: t0, Reason: "storm", Held: []post.ID{"p1"}}
	pause := ChannelPause{Paused: true, Reason: "the X login expired", At: t0, By: "practicepost"}
	if err := db.View(ctx, func(tx Tx) error {
		if got, err := tx.EmergencyStop(); err != nil || !reflect.DeepEqual(got, EmergencyStop{}) {
			t.Errorf("unset stop = %+v, %v; want the zero value", got, err)
		}
		if got, err := tx.ChannelPause("x"); err != nil || got != (ChannelPause{}) {
			t.Errorf("unset pause = %+v, %v; want the zero value", got, err)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.Update(ctx, func(tx Tx) error {
		if err := tx.PutEmergencyStop(stop, Audit{Actor: "ann", Action: "emergency.stop"}); err != nil {
			return err
		}
		return tx.PutChannelPause("x", pause, Audit{Actor: "practicepost", Action: "channel.pause"})
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.View(ctx, func(tx Tx) error {
		if got, err := tx.EmergencyStop(); err != nil || !reflect.DeepEqual(got, stop) {
			t.Errorf("stop = %+v, %v; want %+v", got, err, stop)
		}
		if got, err := tx.ChannelPause("x"); err != nil || got != pause {
			t.Errorf("pause of x = %+v, %v; want %+v", got, err, pause)
		}
		if got, err := tx.ChannelPause("fb"); err != nil || got.Paused {
			t.Errorf("pause of fb = %+v, %v; want none", got, err)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var subjects []string
	if err := db.AuditEntries(ctx, 0, func(e post.AuditEntry) error {
		subjects = append(subjects, e.Subject)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if want := []string{"setting:emergency_stop", "setting:channel_pause/x"}; !reflect.DeepEqual(subjects, want) {
		t.Errorf("audit subjects = %q, want %q", subjects, want)
	}
}
