package postgres

import (
	"context"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestUpgradeRefusedUnderOlderReplicas: a newer build does not bring the
// schema up while replicas of an older one serve from the database: they
// checked the schema when they started and would go on writing the layout
// they know into one they do not. It is refused (ELocked) and the schema
// left as it was; once they stop, the upgrade goes through.
func TestUpgradeRefusedUnderOlderReplicas(t *testing.T) {
	current := SchemaVersion
	t.Cleanup(func() { SchemaVersion = current })
	ctx := context.Background()
	_, dsn, keyFile := openTest(t, fixedClock)

	SchemaVersion = current - 1
	old, err := Open(ctx, dsn, Options{Now: fixedClock, KeyFile: keyFile})
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	release, err := old.HoldServing(ctx)
	if err != nil {
		t.Fatal(err)
	}
	SchemaVersion = current

	_, err = Open(ctx, dsn, Options{Now: fixedClock, KeyFile: keyFile})
	if post.ErrorCode(err) != post.ELocked {
		t.Errorf("upgrading under a serving replica of schema %d: %v, want ELocked", current-1, err)
	}
	if v, err := schemaOf(ctx, old.pool); err != nil || v != current-1 {
		t.Errorf("the schema is %d (%v), want it left at %d", v, err, current-1)
	}

	release()
	db, err := Open(ctx, dsn, Options{Now: fixedClock, KeyFile: keyFile})
	if err != nil {
		t.Fatalf("upgrade once the old replica stopped: %v", err)
	}
	defer db.Close()
	if v, err := db.Schema(); err != nil || int(v) != current {
		t.Errorf("schema %d (%v) after the upgrade, want %d", v, err, current)
	}
}
