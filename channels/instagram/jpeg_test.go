package instagram_test

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels/instagram"
)

// TestPublicImageRefusesHugeImagesBeforeDecoding: PublicImage is reached
// by any stored image a signed link names, not only by fresh uploads, so
// it bounds the pixel size from the header before decoding: a small file
// claiming a huge canvas must not be inflated into memory (a
// decompression bomb). A PNG under the bound is still converted.
func TestPublicImageRefusesHugeImagesBeforeDecoding(t *testing.T) {
	tests := []struct {
		name    string
		w, h    int
		refused bool
	}{
		{"ordinary photo", 400, 500, false},
		{"at the side limit", instagram.MaxImageSide, 2, false},
		{"too wide", instagram.MaxImageSide + 1, 2, true},
		{"too tall", 2, instagram.MaxImageSide + 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, tt.w, tt.h))); err != nil {
				t.Fatal(err)
			}
			typ, out, err := instagram.PublicImage("image/png", buf.Bytes())
			if tt.refused {
				if err == nil || !strings.Contains(err.Error(), "pixels") {
					t.Fatalf("got %v, want a refusal naming the pixel size", err)
				}
				return
			}
			if err != nil || typ != "image/jpeg" || len(out) == 0 {
				t.Fatalf("got %q, %d bytes, %v; want a JPEG", typ, len(out), err)
			}
		})
	}
}
