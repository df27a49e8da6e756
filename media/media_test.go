package media_test

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/media"
	"github.com/practicepost/practicepost/media/mediatest"
	"github.com/practicepost/practicepost/post"
)

// TestCleanStripsMetadata: every format loses its EXIF (with GPS), XMP,
// IPTC, comments and text chunks, and still decodes at the same size.
func TestCleanStripsMetadata(t *testing.T) {
	cases := []struct {
		name, ctype string
		data        []byte
		w, h        int
	}{
		{"jpeg", "image/jpeg", mediatest.JPEG(64, 48, 1), 64, 48},
		{"png", "image/png", mediatest.PNG(64, 48, 1), 64, 48},
		{"gif", "image/gif", mediatest.GIF(64, 48), 64, 48},
		{"webp", "image/webp", mediatest.WebP(), 1, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if len(mediatest.Leaks(c.data)) == 0 {
				t.Fatal("the test file carries no metadata")
			}
			out, info, err := media.Clean(c.data, c.ctype)
			if err != nil {
				t.Fatal(err)
			}
			if leaks := mediatest.Leaks(out); len(leaks) > 0 {
				t.Fatalf("metadata left in the cleaned %s: %q", c.name, leaks)
			}
			cfg, format, err := image.DecodeConfig(bytes.NewReader(out))
			if err != nil || "image/"+format != c.ctype || cfg.Width != c.w || cfg.Height != c.h {
				t.Fatalf("cleaned file: %v %s %dx%d, want %s %dx%d", err, format, cfg.Width, cfg.Height, c.ctype, c.w, c.h)
			}
			if info.Width != c.w || info.Height != c.h || info.Rotated {
				t.Fatalf("info %+v", info)
			}
			if c.name != "webp" {
				if _, _, err := image.Decode(bytes.NewReader(out)); err != nil {
					t.Fatalf("the cleaned file does not decode: %v", err)
				}
			}
			if again, _, _ := media.Clean(out, c.ctype); !bytes.Equal(again, out) {
				t.Fatal("cleaning a clean file changed it")
			}
		})
	}
}

// TestCleanJPEGKeepsPixels: an upright JPEG is not re-encoded: its scan
// data comes through byte for byte.
func TestCleanJPEGKeepsPixels(t *testing.T) {
	in := mediatest.JPEG(64, 48, 1)
	out, _, err := media.Clean(in, "image/jpeg")
	if err != nil {
		t.Fatal(err)
	}
	sos := bytes.Index(out, []byte{0xFF, 0xDA})
	if sos < 0 || !bytes.Contains(in, out[sos:len(out)-2]) {
		t.Fatal("the scan data changed")
	}
}

// TestCleanAppliesOrientation: a photo taken with the phone turned keeps
// showing the right way up once its orientation tag is gone.
func TestCleanAppliesOrientation(t *testing.T) {
	red := func(c color.Color) bool { r, g, b, _ := c.RGBA(); return r > 0xc000 && g < 0x4000 && b < 0x4000 }
	blue := func(c color.Color) bool { r, g, b, _ := c.RGBA(); return b > 0xc000 && r < 0x4000 && g < 0x4000 }
	for _, c := range []struct {
		name, ctype string
		data        []byte
	}{
		{"jpeg", "image/jpeg", mediatest.JPEG(64, 48, 6)},
		{"png", "image/png", mediatest.PNG(64, 48, 6)},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, info, err := media.Clean(c.data, c.ctype)
			if err != nil {
				t.Fatal(err)
			}
			if !info.Rotated || info.Width != 48 || info.Height != 64 {
				t.Fatalf("info %+v, want turned to 48x64", info)
			}
			if leaks := mediatest.Leaks(out); len(leaks) > 0 {
				t.Fatalf("metadata left: %q", leaks)
			}
			img, _, err := image.Decode(bytes.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			// Orientation 6: turned right, so the top-left (red) corner is
			// now top-right and the top-right (blue) one bottom-right.
			b := img.Bounds()
			if b.Dx() != 48 || b.Dy() != 64 || !red(img.At(b.Max.X-2, 1)) || !blue(img.At(b.Max.X-2, b.Max.Y-2)) {
				t.Fatalf("pixels not turned: %v, top-right %v, bottom-right %v", b, img.At(b.Max.X-2, 1), img.At(b.Max.X-2, b.Max.Y-2))
			}
		})
	}
}

// TestCleanRefusesHugeOrBogusImages: a 20000×20000 PNG is refused from its
// header, with the limit named; so is a file that is not what it claims.
func TestCleanRefusesHugeOrBogusImages(t *testing.T) {
	for _, c := range []struct {
		name, ctype, want string
		data              []byte
	}{
		{"20000x20000", "image/png", "20000×20000", mediatest.PNGHeader(20000, 20000)},
		{"9000x10", "image/png", "8192", mediatest.PNGHeader(9000, 10)},
		{"not a jpeg", "image/jpeg", "could not be read", []byte("\xff\xd8\xff\xe0 not really")},
		{"png called jpeg", "image/jpeg", "reads as png", mediatest.PNG(8, 8, 1)},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := media.Clean(c.data, c.ctype)
			var pe *post.Error
			if !errors.As(err, &pe) || pe.Code != post.EInvalid || !strings.Contains(pe.Message, c.want) {
				t.Fatalf("got %v, want an invalid-input error naming %q", err, c.want)
			}
		})
	}
}

// FuzzClean: no input makes Clean panic or return metadata markers it was
// meant to drop from a file that decodes.
func FuzzClean(f *testing.F) {
	f.Add(mediatest.JPEG(16, 16, 6), "image/jpeg")
	f.Add(mediatest.PNG(16, 16, 1), "image/png")
	f.Add(mediatest.GIF(16, 16), "image/gif")
	f.Add(mediatest.WebP(), "image/webp")
	f.Fuzz(func(t *testing.T, data []byte, ctype string) {
		media.Clean(data, ctype)
	})
}
