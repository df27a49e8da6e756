package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// TestSchemaTimeline: schema 5 keeps the timeline as the key and encoded
// entry bbolt keeps. A database left at schema 4, its posts written with
// the old timeline columns, is brought to 5 with every post's entries
// rebuilt from the posts themselves, more than a page of posts among
// them, and the month reads what store.TimelineOf says.
func TestSchemaTimeline(t *testing.T) {
	const before = 4
	current := SchemaVersion
	t.Cleanup(func() { SchemaVersion = current })
	ctx := context.Background()
	_, dsn, keyFile := openTest(t, fixedClock)

	SchemaVersion = before
	db, err := Open(ctx, dsn, Options{Now: fixedClock, KeyFile: keyFile})
	SchemaVersion = current
	if err != nil {
		t.Fatal(err)
	}
	posts := eachPostPage + 3 // the rebuild reads posts a page at a time
	var want []store.Entry
	for i := range posts {
		at := t0.Add(time.Duration(i) * time.Hour)
		p := &post.Post{ID: post.NewID(at), Version: 1, Body: fmt.Sprint("Post ", i), Channels: []string{"x", "fb"}, Status: post.StatusScheduled,
			Tags: []string{"flu", fmt.Sprint("t", i%3)}, Schedule: post.Schedule{At: at}, Deliveries: map[string]*post.Delivery{
				"x":  {Channel: "x", State: post.DeliveryPending, DueAt: at},
				"fb": {Channel: "fb", State: post.DeliveryPublished, DueAt: at, PublishedAt: at.Add(time.Minute)},
			}}
		if i%50 == 0 {
			p.Deliveries = nil // a post with no delivery has no entry
		}
		data, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		// Schema 4's layout, as a build from before wrote it.
		if _, err := db.pool.Exec(ctx, `INSERT INTO posts (id, version, status, evergreen, data) VALUES ($1, 1, $2, false, $3)`, p.ID, string(p.Status), data); err != nil {
			t.Fatal(err)
		}
		for _, e := range store.TimelineOf(p) {
			if _, err := db.pool.Exec(ctx, `INSERT INTO timeline (at, post_id, channel, status, delivery, snippet, tags) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
				ts(e.At), p.ID, e.Channel, string(e.Status), string(e.Delivery), e.Snippet, e.Tags); err != nil {
				t.Fatal(err)
			}
			want = append(want, e)
		}
	}
	db.Close()

	db, err = Open(ctx, dsn, Options{Now: fixedClock, KeyFile: keyFile})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, err := db.Schema(); err != nil || v != uint64(current) {
		t.Fatalf("schema after reopening: %d, %v; want %d", v, err, current)
	}
	var got []store.Entry
	if err := db.View(ctx, func(tx store.Tx) error {
		return tx.Between(t0, t0.AddDate(1, 0, 0), func(e store.Entry) error { got = append(got, e); return nil })
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("after the migration the timeline holds %d entries, want %d (of %d posts)", len(got), len(want), posts)
	}
	// Between is in key order: time, then post, then channel.
	byKey := map[string]store.Entry{}
	for _, e := range want {
		byKey[string(store.TimelineKey(e))] = e
	}
	for i, e := range got {
		if w := byKey[string(store.TimelineKey(e))]; !reflect.DeepEqual(e, w) {
			t.Errorf("entry %d after the migration: %+v, want %+v", i, e, w)
		}
		if i > 0 && string(store.TimelineKey(got[i-1])) >= string(store.TimelineKey(e)) {
			t.Errorf("entry %d (%v %s) comes after %v %s: not in time order", i, e.At, e.PostID, got[i-1].At, got[i-1].PostID)
		}
	}
}
