package x_test

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/x/xfake"
	"github.com/practicepost/practicepost/media/mediatest"
	"github.com/practicepost/practicepost/post"
)

// TestRefusedImageNamedByNumber checks a refused image is named by its
// number, never its file name: the reason is stored on the delivery and
// sent in alerts (e-mail, webhook), and a photo's file name often names the
// patient in it.
func TestRefusedImageNamedByNumber(t *testing.T) {
	const name = "maria-garcia-knee-after.heic"
	big := channeltest.TestImage()
	big.Name, big.Data = name, make([]byte, 5<<20+1)
	cases := []struct {
		name string
		img  post.MediaFile
		want string
	}{
		{"wrong type", post.MediaFile{Name: name, ContentType: "image/heic", Data: []byte("heic")}, "image 2 is image/heic"},
		{"empty", post.MediaFile{Name: name, ContentType: "image/png"}, "image 2 is empty"},
		{"too big", big, "image 2 is 5242881 bytes"},
		{"too many pixels", post.MediaFile{Name: name, ContentType: "image/png", Data: mediatest.PNGHeader(8193, 100)}, "image 2 is 8193×100 pixels; X takes images of at most 8192×8192"},
		{"too few pixels", post.MediaFile{Name: name, ContentType: "image/png", Data: mediatest.PNGHeader(3, 100)}, "at least 4×4"},
	}
	fake := xfake.New()
	t.Cleanup(fake.Close)
	c := newOAuth1(t, fake)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o := outgoing("two images")
			o.Media = []post.MediaFile{channeltest.TestImage(), tc.img}
			_, err := c.Publish(t.Context(), o)
			ce := classOf(t, err)
			if ce.Class != channels.Permanent {
				t.Fatalf("class %v, want permanent", ce.Class)
			}
			if strings.Contains(ce.Reason, "maria") || strings.Contains(err.Error(), "maria") {
				t.Errorf("reason names the file: %q", ce.Reason)
			}
			if !strings.Contains(ce.Reason, tc.want) {
				t.Errorf("reason %q, want it to say %q", ce.Reason, tc.want)
			}
		})
	}
}

// TestGIFWaitsForProcessing: X processes a GIF after finalize and says so
// in processing_info; the adapter polls STATUS until it succeeded before
// posting (the fake refuses a post whose media is still processing), and a
// failed processing is a permanent refusal naming the image by number.
func TestGIFWaitsForProcessing(t *testing.T) {
	fake := xfake.New()
	t.Cleanup(fake.Close)
	c := newOAuth1(t, fake)
	gif := post.MediaFile{Name: "maria-garcia.gif", ContentType: "image/gif", Data: mediatest.GIF(32, 32)}
	o := outgoing("Our new waiting room, animated")
	o.Media = []post.MediaFile{gif}
	if _, err := c.Publish(t.Context(), o); err != nil {
		t.Fatalf("publish with a GIF: %v", err)
	}
	if n := fake.Requests("GET /2/media/upload"); n < 2 {
		t.Errorf("STATUS polled %d times, want until succeeded (2)", n)
	}
	if got := fake.Accepted(); len(got) != 1 || got[0].MediaCount != 1 {
		t.Fatalf("accepted %+v", got)
	}
	fake.SetMediaProcessingFails(true)
	o = outgoing("Another animation")
	o.Media = []post.MediaFile{channeltest.TestImage(), gif}
	_, err := c.Publish(t.Context(), o)
	ce := classOf(t, err)
	if ce.Class != channels.Permanent || !strings.Contains(ce.Reason, "image 2") || strings.Contains(ce.Reason, "maria") {
		t.Errorf("failed processing: class %v reason %q, want permanent naming image 2", ce.Class, ce.Reason)
	}
}
