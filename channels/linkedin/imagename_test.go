package linkedin

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/media/mediatest"
	"github.com/practicepost/practicepost/post"
)

// TestRefusedImageNamedByNumber checks an image refused before any call is
// named by its number, never its file name, which often names the patient:
// the reason reaches the delivery record and the alerts.
func TestRefusedImageNamedByNumber(t *testing.T) {
	o := post.Outgoing{Text: "two photos", Media: []post.MediaFile{
		channeltest.TestImage(),
		{Name: "maria-garcia-knee-after.jpg", ContentType: "image/jpeg"},
	}}
	err := checkOutgoing(o)
	if err == nil {
		t.Fatal("an empty image was accepted")
	}
	if strings.Contains(err.Error(), "maria") {
		t.Errorf("reason names the file: %v", err)
	}
	if !strings.Contains(err.Error(), "image 2 has no data") {
		t.Errorf("reason %v, want it to say image 2 has no data", err)
	}
}

// TestImageOverLinkedInsPixelLimit: LinkedIn takes images of fewer than
// 36,152,320 pixels; a bigger one is refused before any upload, named by
// number and with the limit.
func TestImageOverLinkedInsPixelLimit(t *testing.T) {
	for _, c := range []struct {
		w, h int
		ok   bool
	}{{6012, 6013, true}, {6100, 6000, false}, {8000, 5000, false}} {
		o := post.Outgoing{Text: "a photo", Media: []post.MediaFile{
			{Name: "ward.png", ContentType: "image/png", Data: mediatest.PNGHeader(c.w, c.h)}}}
		err := checkOutgoing(o)
		if c.ok != (err == nil) {
			t.Fatalf("%d×%d: %v", c.w, c.h, err)
		}
		if err != nil && !strings.Contains(err.Error(), "image 1 is") || err != nil && !strings.Contains(err.Error(), "36152319") {
			t.Errorf("%d×%d: reason %v, want the image's number and LinkedIn's limit", c.w, c.h, err)
		}
	}
}
