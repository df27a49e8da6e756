package scheduler

import (
	"bytes"
	"encoding/base64"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/preview"
	"github.com/practicepost/practicepost/media/mediatest"
	"github.com/practicepost/practicepost/post"
)

// TestUploadedPhotoReachesNoNetworkWithItsGPS: a phone photo with GPS in
// its EXIF (and XMP, IPTC, a comment, an appended second image) is stored
// and published to X, Facebook, LinkedIn and the preview card; the bytes
// each fake received, the card's embedded image and the stored file carry
// none of it.
func TestUploadedPhotoReachesNoNetworkWithItsGPS(t *testing.T) {
	clk := &clock{t: time.Now().Truncate(time.Second)}
	pvDir := t.TempDir()
	pv, err := preview.New(preview.Config{ID: "preview", Dir: pvDir})
	if err != nil {
		t.Fatal(err)
	}
	plats := map[string]platform{}
	chans := map[string]channels.Channel{"preview": pv}
	for _, k := range []string{"x", "fb", "li"} {
		plats[k] = newPlatform(t, k, clk, "")
		chans[k] = plats[k].channel
	}
	e := newEnv(t, chans, envOpt{})
	e.clock.Set(clk.Now())
	e.s.now, e.s.opt.Now = clk.Now, clk.Now
	photo := mediatest.JPEG(640, 480, 1)
	if len(mediatest.Leaks(photo)) == 0 {
		t.Fatal("the test photo carries no metadata")
	}
	m, err := e.db.SaveMedia(e.ctx, bytes.NewReader(photo), post.Media{Name: "clinic.jpg", ContentType: "image/jpeg", AltText: "Our waiting room"})
	if err != nil {
		t.Fatal(err)
	}
	p, err := e.cal.AddPost(e.ctx, calendar.AddPost{Actor: calendar.System, Body: "Our new waiting room is open.",
		Channels: []string{"x", "fb", "li", "preview"}, At: clk.Now().Add(time.Second), Media: []post.Media{m}})
	if err != nil || p.Status != post.StatusScheduled {
		t.Fatalf("add: %v %v", p, err)
	}
	clk.Advance(time.Second)
	e.clock.Set(clk.Now())
	e.tick()
	for _, ch := range []string{"x", "fb", "li", "preview"} {
		e.wantState(p.ID, ch, post.DeliveryPublished)
	}
	got := map[string][][]byte{}
	for k, pl := range plats {
		got[k] = pl.fake.(interface{ Images() [][]byte }).Images()
	}
	cards, _ := filepath.Glob(filepath.Join(pvDir, "*.html"))
	for _, c := range cards {
		card, _ := os.ReadFile(c)
		for _, sm := range regexp.MustCompile(`data:image/jpeg;base64,([^"]+)`).FindAllSubmatch(card, -1) {
			b, err := base64.StdEncoding.DecodeString(html.UnescapeString(string(sm[1])))
			if err != nil {
				t.Fatal(err)
			}
			got["preview card"] = append(got["preview card"], b)
		}
	}
	stored, err := e.db.ReadMedia(m.Hash)
	if err != nil {
		t.Fatal(err)
	}
	got["stored file"] = [][]byte{stored}
	for where, imgs := range got {
		if len(imgs) == 0 || len(imgs) > 1 && where != "preview card" { // the card shows the image once per network
			t.Errorf("%s received %d images, want 1", where, len(imgs))
		}
		for _, b := range imgs {
			if leaks := mediatest.Leaks(b); len(leaks) > 0 {
				t.Errorf("%s received the photo with its metadata: %q", where, leaks)
			}
			if !bytes.HasPrefix(b, []byte{0xFF, 0xD8}) || !bytes.Equal(b, stored) {
				t.Errorf("%s received %d bytes that are not the stored clean file", where, len(b))
			}
		}
	}
	if strings.Contains(string(stored), "Exif") {
		t.Error("the stored file has an EXIF block")
	}
}
