package instagram

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	_ "image/gif" // the formats practicepost stores besides JPEG
	"image/jpeg"
	_ "image/png"

	_ "golang.org/x/image/webp"

	"github.com/practicepost/practicepost/channels"
)

// jpegQuality keeps a converted photo close to its source; Instagram
// recompresses it anyway.
const jpegQuality = 90

// MaxImageBytes is the largest image Instagram fetches (8 MiB).
const MaxImageBytes = 8 << 20

// MaxImageSide bounds each side of an image PublicImage decodes: the
// bound uploads already have (media.MaxSide), checked again from the
// header because PublicImage is reached by any stored image a signed link
// names, and decoding allocates width × height × 4 bytes before a pixel
// is read: a small file claiming a huge canvas would take the daemon's
// memory.
const MaxImageSide = 8192

// PublicImage is the image Instagram gets from a signed public link to a
// stored image: Instagram takes JPEG only for feed photos. A JPEG is served
// as stored (the media package stripped its metadata at upload); a PNG,
// GIF (its first frame) or WebP is decoded and written again as a baseline
// JPEG by image/jpeg, which writes pixels only: no EXIF, XMP or ICC segment,
// so nothing of the source's metadata can come along. Transparent pixels
// become white, as Instagram shows them, instead of JPEG's black.
//
// The kind registers it (channels.Kind.PublicImage), so the web server's
// signed links and the adapter's own checks convert the same way.
func PublicImage(contentType string, data []byte) (string, []byte, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return "", nil, fmt.Errorf("instagram: the image cannot be read: %w", err)
	}
	if cfg.Width > MaxImageSide || cfg.Height > MaxImageSide {
		return "", nil, fmt.Errorf("instagram: %w", &tooLargeError{cfg.Width, cfg.Height})
	}
	if format == "jpeg" {
		return "image/jpeg", data, nil
	}
	src, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return "", nil, fmt.Errorf("instagram: the %s image cannot be decoded: %w", format, err)
	}
	b := src.Bounds()
	flat := image.NewRGBA(b)
	draw.Draw(flat, b, image.NewUniform(color.White), image.Point{}, draw.Src)
	draw.Draw(flat, b, src, b.Min, draw.Over)
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, flat, &jpeg.Options{Quality: jpegQuality}); err != nil {
		return "", nil, fmt.Errorf("instagram: writing the JPEG copy of a %s image: %w", format, err)
	}
	return "image/jpeg", buf.Bytes(), nil
}

// tooLargeError is an image over MaxImageSide, refused before decoding.
type tooLargeError struct{ w, h int }

func (e *tooLargeError) Error() string {
	return fmt.Sprintf("the image is %d×%d pixels; Instagram gets at most %d×%d: resize it", e.w, e.h, MaxImageSide, MaxImageSide)
}

// checkImage refuses, before any call, image n (counted from 1) that
// Instagram would refuse as a JPEG: unreadable, over 8 MiB, or with an
// aspect ratio outside 4:5 (portrait) to 1.91:1 (landscape).
func checkImage(n int, data []byte) error {
	_, jpg, err := PublicImage("", data)
	if tl := (*tooLargeError)(nil); errors.As(err, &tl) {
		return channels.Errorf(channels.Permanent, "image %d: %s", n, tl.Error())
	}
	if err != nil {
		return &channels.Error{Class: channels.Permanent, Reason: fmt.Sprintf("image %d could not be read as a photo", n), Err: err}
	}
	if len(jpg) > MaxImageBytes {
		return channels.Errorf(channels.Permanent, "image %d is %.1f MiB as a JPEG; Instagram takes at most 8 MiB: make it smaller", n, float64(len(jpg))/(1<<20))
	}
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(jpg))
	if err != nil {
		return &channels.Error{Class: channels.Permanent, Reason: fmt.Sprintf("image %d could not be read as a JPEG", n), Err: err}
	}
	w, h := cfg.Width, cfg.Height
	if 5*w < 4*h || 100*w > 191*h {
		return channels.Errorf(channels.Permanent, "image %d is %d×%d pixels; Instagram takes photos from 4:5 (portrait) to 1.91:1 (landscape): crop it", n, w, h)
	}
	return nil
}
