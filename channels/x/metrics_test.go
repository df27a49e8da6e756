package x_test

import (
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels/x/xfake"
	"github.com/practicepost/practicepost/post"
)

func i64(n int64) *int64 { return &n }

// TestMetricNames checks reposts decode under both names, and that X
// leaving non-public metrics out (posts over 30 days old) gives nil, not 0.
func TestMetricNames(t *testing.T) {
	cases := []struct {
		name      string
		repost    bool
		age       time.Duration
		wantClick bool
	}{
		{"retweet_count", false, 0, true},
		{"repost_count", true, 0, true},
		{"old post without non-public metrics", false, 31 * 24 * time.Hour, false},
	}
	fake := xfake.New()
	t.Cleanup(fake.Close)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fake.Reset()
			fake.SetRepostCountName(tc.repost)
			c := newOAuth1(t, fake)
			r, err := c.Publish(t.Context(), outgoing("metrics "+tc.name))
			if err != nil {
				t.Fatal(err)
			}
			fake.Backdate(r.RemoteID, tc.age)
			fake.SetMetrics(r.RemoteID, post.Metrics{Impressions: i64(500), Reactions: i64(9), Comments: i64(2), Shares: i64(4), Clicks: i64(11)})
			ms, err := c.Engagement(t.Context(), []string{r.RemoteID, "1"}) // "1" is unknown: a partial error, skipped
			if err != nil {
				t.Fatal(err)
			}
			if len(ms) != 1 {
				t.Fatalf("%d snapshots, want 1", len(ms))
			}
			m := ms[0]
			if m.Shares == nil || *m.Shares != 4 {
				t.Errorf("shares = %v, want 4", m.Shares)
			}
			if m.Impressions == nil || *m.Impressions != 500 || m.Reactions == nil || *m.Reactions != 9 || m.Comments == nil || *m.Comments != 2 {
				t.Errorf("impressions/reactions/comments = %v/%v/%v", m.Impressions, m.Reactions, m.Comments)
			}
			switch {
			case tc.wantClick && (m.Clicks == nil || *m.Clicks != 11):
				t.Errorf("clicks = %v, want 11", m.Clicks)
			case !tc.wantClick && m.Clicks != nil:
				t.Errorf("clicks = %d, want nil (not available)", *m.Clicks)
			}
		})
	}
}
