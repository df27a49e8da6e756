package store

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

func n64(v int64) *int64 { return &v }

// TestSnapshotsKeepChannelsApart checks the latest snapshot of channel "x"
// is found even when channel "x-main" of the same post sorts after it, and
// that nil figures come back nil.
func TestSnapshotsKeepChannelsApart(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	id := post.NewID(t0)
	base := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	err := db.Update(ctx, func(tx Tx) error {
		for i, ch := range []string{"x", "x-main", "x", "x-main", "facebook"} {
			m := post.Metrics{RemoteID: "r", At: base.Add(time.Duration(i) * time.Hour), Reactions: n64(int64(i))}
			if err := tx.PutSnapshot(id, ch, m); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		channel string
		want    int64
		count   int
	}{{"x", 2, 2}, {"x-main", 3, 2}, {"facebook", 4, 1}}
	for _, tc := range cases {
		t.Run(tc.channel, func(t *testing.T) {
			err := db.View(ctx, func(tx Tx) error {
				m, ok, err := tx.LatestSnapshot(id, tc.channel)
				if err != nil || !ok {
					t.Fatalf("latest: ok=%v err=%v", ok, err)
				}
				if *m.Reactions != tc.want || m.Impressions != nil {
					t.Errorf("reactions %d impressions %v, want %d and nil", *m.Reactions, m.Impressions, tc.want)
				}
				n := 0
				err = tx.EachSnapshot(id, tc.channel, func(s Snapshot) error {
					if s.Channel != tc.channel {
						t.Errorf("snapshot of channel %q in %q", s.Channel, tc.channel)
					}
					n++
					return nil
				})
				if n != tc.count {
					t.Errorf("%d snapshots, want %d", n, tc.count)
				}
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
	_ = db.View(ctx, func(tx Tx) error {
		if _, ok, _ := tx.LatestSnapshot(id, "linkedin"); ok {
			t.Error("a snapshot for a channel that has none")
		}
		return nil
	})
}

// TestCollectionDueIndex checks the due index follows the state: moved on
// update, dropped when the schedule is done, and read in time order.
func TestCollectionDueIndex(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	a, b := post.NewID(t0), post.NewID(t0.Add(time.Second))
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(db.Update(ctx, func(tx Tx) error {
		must(tx.PutCollection(&Collect{PostID: a, Channel: "x", RemoteID: "1", Next: at.Add(2 * time.Hour)}))
		must(tx.PutCollection(&Collect{PostID: b, Channel: "fb", RemoteID: "2", Next: at.Add(time.Hour)}))
		return nil
	}))
	due := func(now time.Time) (ids []string) {
		must(db.View(ctx, func(tx Tx) error {
			cs, err := tx.DueCollections(now, 10)
			for _, c := range cs {
				ids = append(ids, c.RemoteID)
			}
			return err
		}))
		return ids
	}
	if got := due(at.Add(90 * time.Minute)); len(got) != 1 || got[0] != "2" {
		t.Fatalf("due at +90m = %v, want [2]", got)
	}
	if got := due(at.Add(3 * time.Hour)); len(got) != 2 || got[0] != "2" {
		t.Fatalf("due at +3h = %v, want [2 1]", got)
	}
	must(db.Update(ctx, func(tx Tx) error {
		must(tx.PutCollection(&Collect{PostID: b, Channel: "fb", RemoteID: "2", Step: 1, Next: at.Add(6 * time.Hour)}))
		return tx.PutCollection(&Collect{PostID: a, Channel: "x", RemoteID: "1", Step: 6})
	}))
	if got := due(at.Add(3 * time.Hour)); len(got) != 0 {
		t.Fatalf("due at +3h after moving = %v, want none", got)
	}
	must(db.View(ctx, func(tx Tx) error {
		c, ok, err := tx.Collection(a, "x")
		if !ok || c.Step != 6 || !c.Next.IsZero() {
			t.Errorf("state of a finished delivery = %+v, %v", c, ok)
		}
		return err
	}))
	if err := db.Update(ctx, func(tx Tx) error { return tx.PutCollection(&Collect{PostID: "bad", Channel: "x", RemoteID: "1"}) }); post.ErrorCode(err) != post.EInvalid {
		t.Errorf("bad post id: %v, want invalid", err)
	}
}

// TestCommentsAreKeptOnce checks a second fetch of a comment changes
// nothing and the reply link survives it.
func TestCommentsAreKeptOnce(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	id := post.NewID(t0)
	c := StoredComment{PostID: id, Channel: "x", Comment: post.Comment{RemoteID: "-1", Text: "first"}}
	err := db.Update(ctx, func(tx Tx) error {
		if ok, err := tx.PutComment(&c); !ok || err != nil {
			t.Fatalf("first put: %v %v", ok, err)
		}
		if err := tx.LinkReply(id, "x", "-1", "REPLY"); err != nil {
			return err
		}
		again := c
		again.Comment.Text = "changed"
		if ok, err := tx.PutComment(&again); ok || err != nil {
			t.Fatalf("second put: %v %v, want false nil", ok, err)
		}
		other := StoredComment{PostID: id, Channel: "x-", Comment: post.Comment{RemoteID: "1", Text: "other channel"}}
		_, err := tx.PutComment(&other)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []*StoredComment
	_ = db.View(ctx, func(tx Tx) error {
		return tx.PostComments(id, "x", func(c *StoredComment) error { got = append(got, c); return nil })
	})
	if len(got) != 1 || got[0].Comment.Text != "first" || got[0].ReplyPostID != "REPLY" {
		t.Fatalf("comments on x = %+v", got)
	}
	n := 0
	if err := db.EachComment(ctx, func(*StoredComment) error { n++; return nil }); err != nil || n != 2 {
		t.Fatalf("EachComment saw %d (%v), want 2", n, err)
	}
}
