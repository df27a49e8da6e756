package channeltest

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// testLink is the link the link subtests publish; it carries a query so an
// adapter that mangles URLs is caught.
const testLink = "https://example.org/flu-clinic?utm_source=practicepost"

func (s *suite) outgoing(text string) post.Outgoing {
	o := post.Outgoing{
		PostID:    post.NewID(time.Now()),
		Channel:   s.opt.Name,
		AttemptID: post.NewID(time.Now()),
		Text:      text,
	}
	if s.opt.NeedsImage {
		o.Media = []post.MediaFile{TestImage()}
	}
	return o
}

func (s *suite) runPublish(t *testing.T) {
	t.Run("publish", func(t *testing.T) {
		t.Run("text", func(t *testing.T) {
			o := s.outgoing(s.nextText("text"))
			s.publishOK(t, o)
		})
		t.Run("link", func(t *testing.T) {
			o := s.outgoing(s.nextText("link") + " Details: " + testLink)
			o.Link = testLink
			s.publishOK(t, o)
		})
		t.Run("image", func(t *testing.T) {
			o := s.outgoing(s.nextText("image"))
			o.Media = []post.MediaFile{TestImage()}
			s.publishOK(t, o)
		})
	})
}

func (s *suite) runLength(t *testing.T) {
	if s.opt.MaxLen <= 0 {
		return
	}
	t.Run("length", func(t *testing.T) {
		t.Run("at-limit", func(t *testing.T) {
			s.publishOK(t, s.outgoing(s.textOfLength(s.opt.MaxLen)))
		})
		t.Run("over-limit", func(t *testing.T) {
			c := s.newChannel(t)
			_, err := c.Publish(background(t), s.outgoing(s.textOfLength(s.opt.MaxLen+1)))
			s.saw(err)
			s.wantClass(t, err, channels.Permanent)
			s.wantAccepted(t, 0)
		})
	})
}

// textOfLength returns a unique text of exactly n ASCII characters.
func (s *suite) textOfLength(n int) string {
	// The padding follows a space: glued to the prefix's final period it
	// would look like a domain ("welcome.aaaa") to link-aware counters.
	prefix := s.nextText("length") + " "
	if len(prefix) >= n {
		prefix = strings.Repeat("b", n/2) + " "
	}
	return prefix + strings.Repeat("a", n-len(prefix))
}

// publishOK publishes o on a fresh adapter and checks the receipt, what the
// fake stored, and that Recent lists the post.
func (s *suite) publishOK(t *testing.T, o post.Outgoing) post.Receipt {
	t.Helper()
	c := s.newChannel(t)
	start := time.Now()
	r, err := c.Publish(background(t), o)
	s.saw(err)
	if err != nil {
		t.Fatalf("%s: Publish: %v", s.opt.Name, err)
	}
	if r.RemoteID == "" {
		t.Errorf("%s: receipt has no RemoteID", s.opt.Name)
	}
	if r.PublishedAt.IsZero() {
		t.Errorf("%s: receipt has no PublishedAt", s.opt.Name)
	}
	if s.opt.Fake != nil {
		got := s.wantAccepted(t, 1)
		a := got[0]
		if a.RemoteID != r.RemoteID {
			t.Errorf("%s: fake stored id %q, receipt says %q", s.opt.Name, a.RemoteID, r.RemoteID)
		}
		if a.Text != o.Text {
			t.Errorf("%s: fake stored text %q, sent %q", s.opt.Name, a.Text, o.Text)
		}
		if o.Link != "" && a.Link != o.Link && !strings.Contains(a.Text, o.Link) {
			t.Errorf("%s: link %q neither attached (%q) nor in the text", s.opt.Name, o.Link, a.Link)
		}
		if a.MediaCount != len(o.Media) {
			t.Errorf("%s: fake stored %d media, sent %d", s.opt.Name, a.MediaCount, len(o.Media))
		}
		if a.ReplyTo != o.ReplyTo {
			t.Errorf("%s: fake stored reply-to %q, sent %q", s.opt.Name, a.ReplyTo, o.ReplyTo)
		}
	}
	s.wantRecent(t, c, start, r.RemoteID, o.Text)
	return r
}

// wantRecent checks that Recent(since start - 1 min) lists remoteID with a
// text matching sent.
func (s *suite) wantRecent(t *testing.T, c channels.Channel, start time.Time, remoteID, sent string) {
	t.Helper()
	recent, err := c.Recent(background(t), start.Add(-time.Minute))
	s.saw(err)
	if err != nil {
		t.Fatalf("%s: Recent: %v", s.opt.Name, err)
	}
	for _, r := range recent {
		if r.RemoteID != remoteID {
			continue
		}
		if !SameText(sent, r.Text) {
			t.Errorf("%s: Recent lists %s with text %q, which does not match the sent %q", s.opt.Name, remoteID, r.Text, sent)
		}
		if r.PublishedAt.IsZero() {
			t.Errorf("%s: Recent lists %s without PublishedAt", s.opt.Name, remoteID)
		}
		return
	}
	t.Errorf("%s: Recent returned %d receipts, none with id %q", s.opt.Name, len(recent), remoteID)
}

// wantAccepted checks the fake stored exactly n posts and returns them.
func (s *suite) wantAccepted(t *testing.T, n int) []Accepted {
	t.Helper()
	if s.opt.Fake == nil {
		return nil
	}
	got := s.opt.Fake.Accepted()
	if len(got) != n {
		t.Fatalf("%s: fake stored %d posts, want %d", s.opt.Name, len(got), n)
	}
	return got
}

// wantClass checks err is a *channels.Error of class want and returns it.
func (s *suite) wantClass(t *testing.T, err error, want channels.Class) *channels.Error {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: got no error, want class %v", s.opt.Name, want)
	}
	ce, ok := asChannelError(err)
	if !ok {
		t.Fatalf("%s: error %q is not a *channels.Error (want class %v)", s.opt.Name, err, want)
	}
	if ce.Class != want {
		t.Fatalf("%s: error %q has class %v, want %v", s.opt.Name, err, ce.Class, want)
	}
	if strings.TrimSpace(ce.Reason) == "" {
		t.Errorf("%s: error of class %v has no Reason", s.opt.Name, ce.Class)
	}
	return ce
}

// TestImage returns a small valid PNG for publishing tests.
func TestImage() post.MediaFile {
	img := image.NewRGBA(image.Rect(0, 0, 8, 8))
	for y := range 8 {
		for x := range 8 {
			img.Set(x, y, color.RGBA{R: uint8(x * 30), G: 120, B: uint8(y * 30), A: 255})
		}
	}
	var buf bytes.Buffer
	_ = png.Encode(&buf, img) // cannot fail writing to a buffer
	return post.MediaFile{Name: "clinic.png", ContentType: "image/png", AltText: "A test pattern", Data: buf.Bytes()}
}
