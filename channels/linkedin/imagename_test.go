package linkedin

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestRefusedImageNamedByNumber checks an image refused before any call is
// named by its number, never its file name, which often names the patient:
// the reason reaches the delivery record and the alerts.
func TestRefusedImageNamedByNumber(t *testing.T) {
	o := post.Outgoing{Text: "two photos", Media: []post.MediaFile{
		{Name: "clinic.png", ContentType: "image/png", Data: []byte("png")},
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
