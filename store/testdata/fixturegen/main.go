// Command fixturegen writes the small data folder that the schema upgrade
// test (store/migrate_test.go) opens: a user, a scheduled post, a
// published evergreen post with a review, a setting and an encrypted
// secret. It uses only the store API that every released schema had, so
// generate.sh can build it inside a checkout of each schema version's last
// commit and get a database that version really wrote.
//
// It lives under testdata so `go build ./...` and `go vet ./...` skip it:
// it is built only by generate.sh, against old trees.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

func main() {
	out := flag.String("out", "", "the data folder to create (must not exist)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: fixturegen -out DIR")
		os.Exit(2)
	}
	if err := write(context.Background(), *out); err != nil {
		fmt.Fprintln(os.Stderr, "fixturegen:", err)
		os.Exit(1)
	}
}

// now is the fixture's clock: the upgrade test checks the times it wrote.
var now = time.Date(2027, 3, 1, 15, 0, 0, 0, time.UTC)

func write(ctx context.Context, dir string) error {
	if _, err := os.Stat(dir); err == nil {
		return fmt.Errorf("%s exists", dir)
	}
	db, err := store.Open(ctx, dir, store.Options{Now: func() time.Time { return now }})
	if err != nil {
		return err
	}
	defer db.Close()
	err = db.Update(ctx, func(tx store.Tx) error {
		u := &post.User{Name: "dr-reyes", DisplayName: "Dr. Reyes", Role: post.RoleReviewer, CreatedAt: now,
			// bcrypt of "fixture-password", cost 10.
			PasswordHash: "$2a$10$yX/f9uzNXL6YXC33WgBQyO6XNOY4B2SjC7.wLLQFBiIzTspMWTGle"}
		if err := tx.PutUser(u, store.Audit{Actor: "fixture", Action: "user.create", Subject: u.Name}); err != nil {
			return err
		}
		at := now.Add(24 * time.Hour)
		sched := &post.Post{ID: post.NewID(at), Body: "Flu shots this week, walk-ins welcome.", Channels: []string{"preview"},
			Author: "front-desk", Status: post.StatusScheduled, Schedule: post.Schedule{At: at},
			Deliveries: map[string]*post.Delivery{"preview": {Channel: "preview", State: post.DeliveryPending, DueAt: at}}}
		if err := tx.InsertPost(sched, store.Audit{Actor: "front-desk", Action: "post.create"}); err != nil {
			return err
		}
		was := now.Add(-72 * time.Hour)
		green := &post.Post{ID: post.NewID(was), Body: "Wash your hands: twenty seconds, soap and water.", Channels: []string{"preview"},
			Author: "front-desk", Evergreen: true, Status: post.StatusPublished, Schedule: post.Schedule{At: was},
			Deliveries: map[string]*post.Delivery{"preview": {Channel: "preview", State: post.DeliveryPublished, DueAt: was}}}
		if err := tx.InsertPost(green, store.Audit{Actor: "front-desk", Action: "post.create"}); err != nil {
			return err
		}
		rev := &post.Review{ID: post.NewID(was), PostID: green.ID, Reviewer: "dr-reyes", Decision: post.DecisionApprove,
			ContentHash: green.ContentHash(), Ruleset: "fixture", At: was}
		if err := tx.AddReview(rev); err != nil {
			return err
		}
		return tx.PutSetting("fixture.note", "kept across upgrades", store.Audit{Actor: "fixture", Action: "setting.put"})
	})
	if err != nil {
		return err
	}
	return db.SaveSecret(ctx, "preview/fixture/token", []byte("fixture-token"))
}
