package channeltest

import (
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

func (s *suite) runReconcile(t *testing.T) {
	t.Run("reconcile/lost-response", func(t *testing.T) {
		c := s.newChannel(t)
		s.opt.Fake.LoseResponses(1)
		o := s.outgoing(s.nextText("lost") + " " + testLink)
		start := time.Now()
		_, err := c.Publish(background(t), o)
		s.saw(err)
		s.wantClass(t, err, channels.OutcomeUnknown)
		s.opt.Fake.LoseResponses(0)
		got := s.wantAccepted(t, 1)
		s.wantRecent(t, c, start, got[0].RemoteID, o.Text)
	})
}

func (s *suite) runReads(t *testing.T) {
	t.Run("engagement", func(t *testing.T) {
		c := s.newChannel(t)
		ids := []string{
			s.publishQuiet(t, c, s.nextText("engagement one")),
			s.publishQuiet(t, c, s.nextText("engagement two")),
		}
		want := map[string]post.Metrics{}
		if s.opt.Fake != nil {
			want[ids[0]] = s.opt.Fake.SetMetrics(ids[0], post.Metrics{Impressions: ptr(1200), Reactions: ptr(34), Comments: ptr(5), Shares: ptr(6), Clicks: ptr(78)})
			want[ids[1]] = s.opt.Fake.SetMetrics(ids[1], post.Metrics{Impressions: ptr(0), Reactions: ptr(0), Comments: ptr(0), Shares: ptr(0), Clicks: ptr(0)})
		}
		got, err := c.Engagement(background(t), ids)
		s.saw(err)
		if err != nil {
			t.Fatalf("%s: Engagement: %v", s.opt.Name, err)
		}
		if len(got) != len(ids) {
			t.Fatalf("%s: Engagement returned %d snapshots for %d ids", s.opt.Name, len(got), len(ids))
		}
		for _, m := range got {
			if m.At.IsZero() {
				t.Errorf("%s: snapshot of %s has no time", s.opt.Name, m.RemoteID)
			}
			if s.opt.Fake == nil {
				continue
			}
			w, ok := want[m.RemoteID]
			if !ok {
				t.Errorf("%s: Engagement returned unknown id %q", s.opt.Name, m.RemoteID)
				continue
			}
			for _, f := range []struct {
				name      string
				got, want *int64
			}{
				{"impressions", m.Impressions, w.Impressions},
				{"reactions", m.Reactions, w.Reactions},
				{"comments", m.Comments, w.Comments},
				{"shares", m.Shares, w.Shares},
				{"clicks", m.Clicks, w.Clicks},
			} {
				if show(f.got) != show(f.want) {
					t.Errorf("%s: %s %s = %s, want %s", s.opt.Name, m.RemoteID, f.name, show(f.got), show(f.want))
				}
			}
		}
	})
	t.Run("comments", func(t *testing.T) {
		c := s.newChannel(t)
		start := time.Now()
		id := s.publishQuiet(t, c, s.nextText("comments"))
		var want []post.Comment
		if s.opt.Fake != nil {
			for _, c := range []post.Comment{
				{Author: "Jane Roe", AuthorID: "9001", Text: "Are you open on Saturday?"},
				{Author: "Sam Poe", AuthorID: "9002", Text: "Thank you, very helpful."},
			} {
				// A zero answer: the network's posts take no comments
				// (Google), and Comments must then return none.
				if w := s.opt.Fake.AddComment(id, c); w != (post.Comment{}) {
					want = append(want, w)
				}
			}
		}
		got, err := c.Comments(background(t), id, start.Add(-time.Minute))
		s.saw(err)
		if err != nil {
			t.Fatalf("%s: Comments: %v", s.opt.Name, err)
		}
		if len(got) != len(want) {
			t.Fatalf("%s: Comments returned %d, want %d", s.opt.Name, len(got), len(want))
		}
		for _, w := range want {
			if !containsComment(got, w) {
				t.Errorf("%s: Comments lacks %+v; got %+v", s.opt.Name, w, got)
			}
		}
	})
	t.Run("verify", func(t *testing.T) {
		c := s.newChannel(t)
		acct, err := c.Verify(background(t))
		s.saw(err)
		if err != nil {
			t.Fatalf("%s: Verify: %v", s.opt.Name, err)
		}
		if acct.ID == "" || acct.Name == "" {
			t.Errorf("%s: Verify returned %+v, want an id and a name", s.opt.Name, acct)
		}
		if s.opt.Fake != nil {
			want := s.opt.Fake.Account()
			if acct.ID != want.ID || acct.Name != want.Name {
				t.Errorf("%s: Verify returned %q/%q, want %q/%q", s.opt.Name, acct.ID, acct.Name, want.ID, want.Name)
			}
		}
	})
}

// publishQuiet publishes text on c and returns its remote id.
func (s *suite) publishQuiet(t *testing.T, c channels.Channel, text string) string {
	t.Helper()
	r, err := c.Publish(background(t), s.outgoing(text))
	s.saw(err)
	if err != nil {
		t.Fatalf("%s: Publish: %v", s.opt.Name, err)
	}
	return r.RemoteID
}

func containsComment(got []post.Comment, w post.Comment) bool {
	for _, g := range got {
		if g.RemoteID == w.RemoteID && g.PostRemoteID == w.PostRemoteID && g.Author == w.Author &&
			g.AuthorID == w.AuthorID && g.Text == w.Text && g.Mentions == w.Mentions &&
			g.At.Truncate(time.Second).Equal(w.At.Truncate(time.Second)) {
			return true
		}
	}
	return false
}

func ptr(n int64) *int64 { return &n }

func show(p *int64) string {
	if p == nil {
		return "nil"
	}
	return itoa64(*p)
}
