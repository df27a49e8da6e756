package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/preview"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres/pgtest"
)

// TestPreviewOutboxSharedByReplicas: on Postgres, what the preview channel
// of one replica "published" is listed by every replica's preview page,
// not only by the machine that wrote it, also when the config names a
// folder (as config.example.toml does), which is one machine's.
func TestPreviewOutboxSharedByReplicas(t *testing.T) {
	ctx := context.Background()
	t.Setenv("PRACTICEPOST_DSN", pgtest.DB(t))
	var boxes []channels.Outbox
	var key []byte
	for i := range 2 {
		cfg, err := config.Load(pgConfig(t))
		if err != nil {
			t.Fatal(err)
		}
		if key != nil {
			if err := os.MkdirAll(cfg.Store.Dir, 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(cfg.Store.Dir, store.KeyFileName), key, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		db, err := openStore(ctx, cfg, nil)
		if err != nil {
			t.Fatalf("replica %d: %v", i, err)
		}
		t.Cleanup(func() { db.Close() })
		if key, err = os.ReadFile(filepath.Join(cfg.Store.Dir, store.KeyFileName)); err != nil {
			t.Fatal(err)
		}
		chans, err := buildChannels(ctx, cfg, db, discardLogger(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if i == 1 { // as config.example.toml has it
			cfg.Channels[0].Options = &preview.Options{Dir: "data/preview"}
			if chans, err = buildChannels(ctx, cfg, db, discardLogger(), nil); err != nil {
				t.Fatal(err)
			}
		}
		box, ok := chans["preview"].(channels.Outbox)
		if !ok {
			t.Fatalf("replica %d: the preview channel is no outbox", i)
		}
		boxes = append(boxes, box)
	}
	r, err := boxes[0].Publish(ctx, post.Outgoing{PostID: post.NewID(time.Now()), AttemptID: "a", Text: "Flu shots are in."})
	if err != nil {
		t.Fatal(err)
	}
	for i, box := range boxes {
		got, err := box.Posted(ctx)
		if err != nil || len(got) != 1 || got[0].RemoteID != r.RemoteID {
			t.Errorf("replica %d lists %+v (%v), want the post replica 0 published", i, got, err)
		}
	}
}
