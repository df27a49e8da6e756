package compliance

import (
	"context"
	"testing"
	"time"
)

// BenchmarkCheckLabelled checks the development sets' posts and replies in
// turn, each with its own practice's checker, so one op is one check of
// text people wrote: clean, risky, short and long, as a clinic queues it.
// BenchmarkCheck/280B repeats one blocked post, and a cost that only other
// text pays (a regexp a gate lets through on a clean post) hides from it.
// The blind sets are left out: only their aggregates are ever read.
func BenchmarkCheckLabelled(b *testing.B) {
	type job struct {
		c *Checker
		d Draft
	}
	var jobs []job
	var bytes int
	for _, set := range devSets {
		prof, cases := loadLabelled(b, set.dir)
		c, err := New(prof)
		if err != nil {
			b.Fatal(err)
		}
		for _, k := range cases {
			jobs = append(jobs, job{c, Draft{Text: k.Text, ReviewText: k.Review, Channels: labelledChannels(k.Text),
				Now: time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)}})
			bytes += len(k.Text)
		}
	}
	b.SetBytes(int64(bytes / len(jobs)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		j := jobs[i%len(jobs)]
		j.c.Check(context.Background(), j.d)
		i++
	}
}
