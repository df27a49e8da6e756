package channeltest

import (
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
)

// runManual checks a channel that is posted by hand: it must say so instead
// of pretending to publish, and its reads answer "nothing available".
func (s *suite) runManual(t *testing.T) {
	t.Run("manual/publish-refused", func(t *testing.T) {
		c := s.newChannel(t)
		m, ok := c.(channels.Manual)
		if !ok {
			t.Fatalf("%s: Opt.Manual is set but %T does not implement channels.Manual", s.opt.Name, c)
		}
		o := s.outgoing(s.nextText("manual"))
		r, err := m.Publish(background(t), o)
		s.saw(err)
		s.wantClass(t, err, channels.Permanent)
		if r.RemoteID != "" {
			t.Errorf("%s: a refused Publish returned remote id %q", s.opt.Name, r.RemoteID)
		}
		if strings.TrimSpace(m.Instructions(o)) == "" {
			t.Errorf("%s: Instructions is empty", s.opt.Name)
		}
	})
	t.Run("manual/reads", func(t *testing.T) {
		c := s.newChannel(t)
		recent, err := c.Recent(background(t), time.Now().Add(-time.Hour))
		s.saw(err)
		if err != nil || len(recent) != 0 {
			t.Errorf("%s: Recent = %d receipts, %v; want none, no error", s.opt.Name, len(recent), err)
		}
		ms, err := c.Engagement(background(t), []string{"https://example.org/post/1"})
		s.saw(err)
		if err != nil || len(ms) != 0 {
			t.Errorf("%s: Engagement = %d snapshots, %v; want none, no error", s.opt.Name, len(ms), err)
		}
		cs, err := c.Comments(background(t), "https://example.org/post/1", time.Now().Add(-time.Hour))
		s.saw(err)
		if err != nil || len(cs) != 0 {
			t.Errorf("%s: Comments = %d, %v; want none, no error", s.opt.Name, len(cs), err)
		}
		acct, err := c.Verify(background(t))
		s.saw(err)
		if err != nil || acct.Name == "" {
			t.Errorf("%s: Verify = %+v, %v; want the network name", s.opt.Name, acct, err)
		}
	})
}
