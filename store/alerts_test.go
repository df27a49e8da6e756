package store

import (
	"context"
	"testing"
)

func TestAlertsDeduplicateWhileOpen(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	raise := func(a Alert) bool {
		t.Helper()
		var stored bool
		if err := db.Update(ctx, func(tx Tx) error {
			var err error
			stored, err = tx.PutAlert(&a)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		return stored
	}
	first := Alert{Kind: "publish_failed", PostID: "01JABCDEFGHJKMNPQRSTVWXYZ0", Channel: "x", Message: "gave up"}
	cases := []struct {
		name string
		a    Alert
		want bool
	}{
		{"first", first, true},
		{"same kind, post and channel while open", first, false},
		{"other channel", Alert{Kind: "publish_failed", PostID: first.PostID, Channel: "fb", Message: "gave up"}, true},
		{"other kind", Alert{Kind: "held", PostID: first.PostID, Channel: "x", Message: "late"}, true},
	}
	for _, tc := range cases {
		if got := raise(tc.a); got != tc.want {
			t.Errorf("%s: stored = %v, want %v", tc.name, got, tc.want)
		}
	}
	open, err := db.Alerts(ctx, true)
	if err != nil || len(open) != 3 {
		t.Fatalf("open alerts = %d, %v; want 3", len(open), err)
	}
	var id string
	for _, a := range open {
		if a.Kind == first.Kind && a.Channel == first.Channel {
			id = a.ID
		}
	}
	acked, err := db.AckAlert(ctx, id, "ann")
	if err != nil || !acked.Acknowledged || acked.AckBy != "ann" {
		t.Fatalf("AckAlert = %+v, %v", acked, err)
	}
	if _, err := db.AckAlert(ctx, id, "bob"); err == nil {
		t.Error("acknowledging twice: no error")
	}
	if _, err := db.AckAlert(ctx, "01JNOSUCHALERT0000000000000", "ann"); err == nil {
		t.Error("acknowledging an unknown alert: no error")
	}
	// Acknowledged: the same problem may be raised again.
	if !raise(first) {
		t.Error("after acknowledging, the same alert was not stored again")
	}
	all, _ := db.Alerts(ctx, false)
	open, _ = db.Alerts(ctx, true)
	if len(all) != 4 || len(open) != 3 {
		t.Errorf("all = %d, open = %d; want 4 and 3", len(all), len(open))
	}
	if err := db.Update(ctx, func(tx Tx) error { _, err := tx.PutAlert(&Alert{Kind: "held"}); return err }); err == nil {
		t.Error("an alert without a message was stored")
	}
}
