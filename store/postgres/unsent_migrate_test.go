package postgres

import (
	"context"
	"testing"
)

// TestUpgradeMarksUnsentAlerts: alerts stored at schema 8 (no unsent
// column) are read by migration 9, which sets the column from the
// records: the one marked unsent is found by UnsentAlerts afterwards; one
// that went out, whose message holds the words "unsent":true (escaped in
// its JSON), and a torn record are not, and the torn one does not stop
// the upgrade.
func TestUpgradeMarksUnsentAlerts(t *testing.T) {
	ctx := context.Background()
	current := SchemaVersion
	_, dsn, keyFile := openTest(t, fixedClock)
	SchemaVersion = 8
	db, err := Open(ctx, dsn, Options{Now: fixedClock, KeyFile: keyFile})
	SchemaVersion = current
	if err != nil {
		t.Fatal(err)
	}
	rows := []struct{ id, data string }{
		{"01JAAAAAAAAAAAAAAAAAAAAAA1", `{"id":"01JAAAAAAAAAAAAAAAAAAAAAA1","kind":"held","message":"m","unsent":true}`},
		{"01JAAAAAAAAAAAAAAAAAAAAAA2", `{"id":"01JAAAAAAAAAAAAAAAAAAAAAA2","kind":"held","message":"said \"unsent\":true"}`},
		{"01JAAAAAAAAAAAAAAAAAAAAAA3", `{"id":"01JAAAAAAAAAAAAAAAAAAAAAA3","kind":"held","unsent":tr`},
	}
	for i, r := range rows {
		if _, err := db.pool.Exec(ctx, `INSERT INTO alerts (id, kind, post_id, channel, open, data) VALUES ($1, 'held', $2, 'x', true, $3)`,
			r.id, string(rune('a'+i)), []byte(r.data)); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	db, err = Open(ctx, dsn, Options{Now: fixedClock, KeyFile: keyFile})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got, err := db.UnsentAlerts(ctx)
	if err != nil || len(got) != 1 || got[0].ID != "01JAAAAAAAAAAAAAAAAAAAAAA1" {
		t.Fatalf("UnsentAlerts after the upgrade: %+v (%v), want only the alert marked unsent", got, err)
	}
}
