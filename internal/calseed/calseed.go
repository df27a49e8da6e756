// Package calseed fills a store with a large synthetic calendar for
// benchmarks and load tests: posts at a fixed step from a start time, each
// to a few channels, published before "now" and scheduled after. It writes
// through store.Tx.InsertPost, so every index and audit entry is real.
package calseed

import (
	"context"
	"fmt"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// Options describe the calendar to seed.
type Options struct {
	Posts int
	Start time.Time
	Step  time.Duration // time between two posts
	// Channels are used round-robin, PerPost at a time (default 1).
	Channels []string
	PerPost  int
	Now      time.Time // posts before it are published; default the store's clock
	Batch    int       // posts per transaction; default 1,000
	Body     string    // fmt format with one %d; a default health tip otherwise
}

// Writer is what Seed needs of a store, so it fills any backend.
type Writer interface {
	Update(ctx context.Context, fn func(store.Tx) error) error
	Now() time.Time
}

// Seed stores the posts.
func Seed(ctx context.Context, db Writer, opt Options) error {
	if opt.PerPost <= 0 {
		opt.PerPost = 1
	}
	if len(opt.Channels) == 0 {
		opt.Channels = []string{"x", "fb"}
	}
	if opt.Now.IsZero() {
		opt.Now = db.Now()
	}
	if opt.Batch <= 0 {
		opt.Batch = 1000
	}
	if opt.Body == "" {
		opt.Body = "Seasonal tip %d: wash your hands and book your flu shot at Maple Street Family Medicine."
	}
	for i := 0; i < opt.Posts; i += opt.Batch {
		err := db.Update(ctx, func(tx store.Tx) error {
			for j := i; j < min(i+opt.Batch, opt.Posts); j++ {
				if err := tx.InsertPost(makePost(j, opt), store.Audit{Actor: "calseed", Action: "post.create"}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("calseed: %w", err)
		}
	}
	return nil
}

func makePost(i int, opt Options) *post.Post {
	at := opt.Start.Add(time.Duration(i) * opt.Step).Truncate(time.Second)
	p := &post.Post{ID: post.NewID(at), Body: fmt.Sprintf(opt.Body, i), Schedule: post.Schedule{At: at},
		Author: "calseed", Status: post.StatusScheduled, Tags: []string{"tips", "flu"},
		Deliveries: map[string]*post.Delivery{}}
	for k := range opt.PerPost {
		ch := opt.Channels[(i*opt.PerPost+k)%len(opt.Channels)]
		p.Channels = append(p.Channels, ch)
		p.Deliveries[ch] = &post.Delivery{Channel: ch, State: post.DeliveryPending, DueAt: at}
	}
	if at.Before(opt.Now) {
		p.Status = post.StatusPublished
		for _, d := range p.Deliveries {
			d.State, d.PublishedAt, d.RemoteID = post.DeliveryPublished, at, fmt.Sprint(1_000_000+i)
		}
	}
	return p
}
