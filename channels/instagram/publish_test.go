package instagram_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/instagram"
	"github.com/practicepost/practicepost/post"
)

// secretMark is what the test images carry in their metadata.
const secretMark = "Jane Doe DOB 1961-04-02 GPS 40.7128N"

// pngWithMetadata is a w×h PNG carrying an eXIf chunk and a tEXt chunk
// with secretMark, as a phone photo saved as PNG may.
func pngWithMetadata(t *testing.T, w, h int, transparent bool) post.MediaFile {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			a := uint8(255)
			if transparent && x < w/2 {
				a = 0
			}
			img.Set(x, y, color.NRGBA{R: uint8(x), G: 90, B: uint8(y), A: a})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	iend := len(b) - 12 // the IEND chunk is the last 12 bytes
	var extra []byte
	for _, c := range []struct{ typ, data string }{
		{"eXIf", "MM\x00\x2a\x00\x00\x00\x08" + secretMark},
		{"tEXt", "Comment\x00" + secretMark},
	} {
		var ch []byte
		ch = binary.BigEndian.AppendUint32(ch, uint32(len(c.data)))
		ch = append(ch, c.typ...)
		ch = append(ch, c.data...)
		ch = binary.BigEndian.AppendUint32(ch, crc32.ChecksumIEEE([]byte(c.typ+c.data)))
		extra = append(extra, ch...)
	}
	out := append(append(append([]byte(nil), b[:iend]...), extra...), b[iend:]...)
	return post.MediaFile{Name: "scan-of-patient.png", ContentType: "image/png", AltText: "A flu shot clinic", Data: out}
}

func jpegImage(t *testing.T, w, h int) post.MediaFile {
	t.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, image.NewGray(image.Rect(0, 0, w, h)), nil); err != nil {
		t.Fatal(err)
	}
	return post.MediaFile{Name: "clinic.jpg", ContentType: "image/jpeg", Data: buf.Bytes()}
}

func outgoing(text string, media ...post.MediaFile) post.Outgoing {
	return post.Outgoing{PostID: post.NewID(time.Now()), Channel: "instagram-test", AttemptID: post.NewID(time.Now()), Text: text, Media: media}
}

// segments lists the JPEG marker bytes of data up to the scan.
func segments(t *testing.T, data []byte) []byte {
	t.Helper()
	if !bytes.HasPrefix(data, []byte{0xFF, 0xD8}) {
		t.Fatalf("not a JPEG: starts % x", data[:min(4, len(data))])
	}
	var out []byte
	for i := 2; i+4 <= len(data); {
		if data[i] != 0xFF {
			t.Fatalf("bad marker at %d", i)
		}
		m := data[i+1]
		out = append(out, m)
		if m == 0xDA { // start of scan: entropy-coded data follows
			return out
		}
		i += 2 + int(binary.BigEndian.Uint16(data[i+2:]))
	}
	return out
}

// TestPNGArrivesAsJPEGWithoutMetadata: a PNG upload reaches Instagram as a
// JPEG with no EXIF (no APP1 segment, no APPn at all) and none of the
// PNG's metadata, the same size, transparent pixels white.
func TestPNGArrivesAsJPEGWithoutMetadata(t *testing.T) {
	e := newEnv(t)
	c := e.channel(t)
	src := pngWithMetadata(t, 40, 30, true)
	if !bytes.Contains(src.Data, []byte(secretMark)) {
		t.Fatal("the test PNG lacks its metadata")
	}
	r, err := c.Publish(context.Background(), outgoing("Flu shots this week.", src))
	if err != nil {
		t.Fatal(err)
	}
	got := e.fake.Fetched()
	if len(got) != 1 {
		t.Fatalf("Instagram fetched %d images, want 1", len(got))
	}
	for _, m := range segments(t, got[0]) {
		if m >= 0xE0 && m <= 0xEF || m == 0xFE {
			t.Errorf("the JPEG carries an APP%d/comment segment (0x%X); want none", m-0xE0, m)
		}
	}
	if bytes.Contains(got[0], []byte(secretMark)) || bytes.Contains(got[0], []byte("Exif")) {
		t.Error("the JPEG carries the PNG's metadata")
	}
	img, err := jpeg.Decode(bytes.NewReader(got[0]))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 40 || b.Dy() != 30 {
		t.Errorf("the JPEG is %v, want 40×30", b)
	}
	if r, g, b, _ := img.At(2, 2).RGBA(); r>>8 < 240 || g>>8 < 240 || b>>8 < 240 {
		t.Errorf("a transparent pixel became (%d,%d,%d), want white", r>>8, g>>8, b>>8)
	}
	if a := e.fake.Accepted(); len(a) != 1 || a[0].RemoteID != r.RemoteID || a[0].MediaCount != 1 {
		t.Errorf("the fake holds %+v, want the one post %s", a, r.RemoteID)
	}
	if !strings.HasPrefix(r.URL, "https://www.instagram.com/p/") {
		t.Errorf("receipt URL %q is not the media's permalink", r.URL)
	}
}

// TestJPEGIsSentAsStored: a JPEG (its metadata stripped at upload) is
// fetched byte for byte.
func TestJPEGIsSentAsStored(t *testing.T) {
	e := newEnv(t)
	src := jpegImage(t, 50, 50)
	if _, err := e.channel(t).Publish(context.Background(), outgoing("A JPEG.", src)); err != nil {
		t.Fatal(err)
	}
	if got := e.fake.Fetched(); len(got) != 1 || !bytes.Equal(got[0], src.Data) {
		t.Error("the JPEG was not fetched as stored")
	}
}

func TestCarousel(t *testing.T) {
	e := newEnv(t)
	e.fake.SetProcessing(2)
	media := []post.MediaFile{pngWithMetadata(t, 20, 20, false), jpegImage(t, 30, 20), pngWithMetadata(t, 16, 20, false)}
	r, err := e.channel(t).Publish(context.Background(), outgoing("Three photos of the new waiting room.", media...))
	if err != nil {
		t.Fatal(err)
	}
	a := e.fake.Accepted()
	if len(a) != 1 || a[0].RemoteID != r.RemoteID || a[0].MediaCount != 3 || a[0].Text != "Three photos of the new waiting room." {
		t.Fatalf("the fake holds %+v, want one carousel of 3", a)
	}
	if n := e.fake.Containers(); n != 4 {
		t.Errorf("%d containers made, want 3 children and the carousel", n)
	}
}

// TestRefusedBeforeAnyCall: what Instagram would refuse is refused as
// Permanent without a container being made.
func TestRefusedBeforeAnyCall(t *testing.T) {
	img := jpegImage(t, 20, 20)
	cases := []struct {
		name string
		o    post.Outgoing
		edit func(*instagram.Config)
		want string
	}{
		{"no image", outgoing("Text alone."), nil, "needs an image"},
		{"31 hashtags", outgoing(strings.Repeat("#flu ", 31), img), nil, "31 hashtags"},
		{"21 mentions", outgoing(strings.Repeat("@drsmith ", 21), img), nil, "tags 21 accounts"},
		{"2201 characters", outgoing(strings.Repeat("a", 2201), img), nil, "2201 characters"},
		{"11 images", outgoing("Many.", img, img, img, img, img, img, img, img, img, img, img), nil, "11 images"},
		{"too wide", outgoing("Wide.", jpegImage(t, 60, 20)), nil, "4:5"},
		{"too tall", outgoing("Tall.", jpegImage(t, 20, 30)), nil, "4:5"},
		{"over 8192 pixels a side", outgoing("Huge.", func() post.MediaFile {
			var buf bytes.Buffer
			if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 8193, 7000))); err != nil {
				t.Fatal(err)
			}
			return post.MediaFile{ContentType: "image/png", Data: buf.Bytes()}
		}()), nil, "8193×7000 pixels"},
		{"not an image", outgoing("Bad.", post.MediaFile{ContentType: "image/png", Data: []byte("not a png")}), nil, "could not be read"},
		{"no public address", outgoing("No link.", img), func(c *instagram.Config) { c.PublicMedia = nil }, "public_base_url"},
		{"reply", func() post.Outgoing { o := outgoing("Thanks!", img); o.ReplyTo = "1791"; return o }(), nil, "Instagram app"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			var edits []func(*instagram.Config)
			if tc.edit != nil {
				edits = append(edits, tc.edit)
			}
			_, err := e.channel(t, edits...).Publish(context.Background(), tc.o)
			var ce *channels.Error
			if !errors.As(err, &ce) || ce.Class != channels.Permanent || !strings.Contains(ce.Reason, tc.want) {
				t.Fatalf("got %v, want Permanent mentioning %q", err, tc.want)
			}
			if n := e.fake.Containers(); n != 0 {
				t.Errorf("%d containers made", n)
			}
		})
	}
}

// TestContainerErrorFails: a container Instagram could not process fails
// the post with Instagram's words, nothing published.
func TestContainerErrorFails(t *testing.T) {
	e := newEnv(t)
	e.fake.FailProcessing(1)
	_, err := e.channel(t).Publish(context.Background(), outgoing("Broken.", jpegImage(t, 20, 20)))
	var ce *channels.Error
	if !errors.As(err, &ce) || ce.Class != channels.Permanent || !strings.Contains(ce.Reason, "2207001") {
		t.Fatalf("got %v, want Permanent with Instagram's status", err)
	}
	if len(e.fake.Accepted()) != 0 {
		t.Error("a failed container was published")
	}
}

// TestSlowContainerResumes: a container still IN_PROGRESS when the wait
// runs out is Retryable; the next attempt of the same post publishes that
// container, making no other, exactly once.
func TestSlowContainerResumes(t *testing.T) {
	e := newEnv(t)
	e.fake.SetProcessing(1000)
	o := outgoing("Slow.", jpegImage(t, 20, 20))
	_, err := e.channel(t, func(c *instagram.Config) { c.PollFor = 30 * time.Millisecond }).Publish(context.Background(), o)
	if channels.ClassOf(err) != channels.Retryable {
		t.Fatalf("got %v, want Retryable", err)
	}
	e.fake.SetProcessing(0)
	o.AttemptID = post.NewID(time.Now())
	if _, err := e.channel(t).Publish(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	if n, a := e.fake.Containers(), len(e.fake.Accepted()); n != 1 || a != 1 {
		t.Errorf("%d containers, %d posts; want the one container published once", n, a)
	}
}

// TestLostPublishAnswerIsNotPublishedAgain: the answer to media_publish is
// lost; another attempt of the same post finds its record, sees the
// container PUBLISHED and returns the media instead of publishing again.
func TestLostPublishAnswerIsNotPublishedAgain(t *testing.T) {
	e := newEnv(t)
	o := outgoing("Lost answer.", jpegImage(t, 20, 20))
	e.fake.LoseResponses(1)
	_, err := e.channel(t).Publish(context.Background(), o)
	if channels.ClassOf(err) != channels.OutcomeUnknown {
		t.Fatalf("got %v, want OutcomeUnknown", err)
	}
	e.fake.LoseResponses(0)
	o.AttemptID = post.NewID(time.Now())
	r, err := e.channel(t).Publish(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	a := e.fake.Accepted()
	if len(a) != 1 || a[0].RemoteID != r.RemoteID {
		t.Fatalf("the fake holds %+v; want the one post, named by the receipt %s", a, r.RemoteID)
	}
}

// TestDailyLimitDefers: at content_publishing_limit's quota the post is
// RateLimited until the oldest post leaves the 24 hours, never failed and
// never sent.
func TestDailyLimitDefers(t *testing.T) {
	e := newEnv(t)
	e.fake.SetDailyLimit(2)
	c := e.channel(t)
	for i := range 2 {
		if _, err := c.Publish(context.Background(), outgoing("Post "+string(rune('A'+i)), jpegImage(t, 20, 20))); err != nil {
			t.Fatal(err)
		}
	}
	_, err := c.Publish(context.Background(), outgoing("One too many.", jpegImage(t, 20, 20)))
	var ce *channels.Error
	if !errors.As(err, &ce) || ce.Class != channels.RateLimited {
		t.Fatalf("got %v, want RateLimited", err)
	}
	if ce.RetryAfter < 23*time.Hour || ce.RetryAfter > 24*time.Hour {
		t.Errorf("RetryAfter %v, want about 24 h (when the first post leaves the window)", ce.RetryAfter)
	}
	if n := len(e.fake.Accepted()); n != 2 || e.fake.Containers() != 2 {
		t.Errorf("%d posts, %d containers; want 2 and 2", n, e.fake.Containers())
	}
}

// TestDuplicateCaptionNamesTheMedia: a caption already on the account
// from the last day is a Duplicate naming that media.
func TestDuplicateCaptionNamesTheMedia(t *testing.T) {
	e := newEnv(t)
	id := e.fake.AddMedia("Posted in the app.", time.Now().Add(-time.Hour))
	_, err := e.channel(t).Publish(context.Background(), outgoing("Posted in the app.", jpegImage(t, 20, 20)))
	var ce *channels.Error
	if !errors.As(err, &ce) || ce.Class != channels.Duplicate || ce.ExistingID != id {
		t.Fatalf("got %v, want Duplicate naming %s", err, id)
	}
}

func TestFakeFetchesFromLoopbackOnly(t *testing.T) {
	e := newEnv(t)
	c := e.channel(t, func(cfg *instagram.Config) { cfg.PublicMedia = elsewhere{} })
	_, err := c.Publish(context.Background(), outgoing("Elsewhere.", jpegImage(t, 20, 20)))
	var ce *channels.Error
	if !errors.As(err, &ce) || ce.Class != channels.Permanent || !strings.Contains(ce.Reason, "public_base_url") {
		t.Fatalf("got %v, want Permanent: Instagram could not fetch the image", err)
	}
}

// elsewhere gives addresses off this machine (TEST-NET-1).
type elsewhere struct{}

func (elsewhere) PublicURL(context.Context, post.Outgoing, post.MediaFile) (string, error) {
	return "http://192.0.2.1/image.jpg", nil
}
