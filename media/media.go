// Package media cleans an uploaded image before anything else sees it:
// it strips the metadata a camera or phone writes (EXIF with GPS
// coordinates, XMP, IPTC, comments, PNG text chunks) and checks the pixel
// size against what the networks take. A clinic photo's coordinates can
// give away a patient's home, so this runs on upload, before the content
// hash is taken: the stored file, the preview card and every network get
// the clean bytes.
//
// JPEG is rewritten segment by segment, so its pixels are not re-encoded
// and no quality is lost; the only exception is a photo whose EXIF
// orientation is not "upright": its pixels are turned (and re-encoded at
// high quality) so it still shows the right way up once the orientation
// tag is gone. PNG, GIF and WebP are rewritten chunk by chunk (lossless).
package media

import (
	"bytes"
	"fmt"
	"image"
	_ "image/gif" // DecodeConfig for GIF uploads
	"image/jpeg"
	"image/png"

	_ "golang.org/x/image/webp" // DecodeConfig for WebP uploads

	"github.com/practicepost/practicepost/post"
)

// MaxSide and MaxPixels bound any upload: the most any network we post to
// takes (X: 8192×8192). Each network's own, tighter limits are checked by
// its adapter (channels.ImageLimits). Checked from the header, before any
// pixel is decoded, so a small file claiming 20000×20000 costs nothing.
const (
	MaxSide   = 8192
	MaxPixels = MaxSide * MaxSide
)

// Info is what Clean learned about an image.
type Info struct {
	Width, Height int
	// Rotated is true when the pixels were turned to apply an EXIF
	// orientation (the only case where a JPEG is re-encoded).
	Rotated bool
}

// Clean returns data without metadata and with its orientation applied.
// ctype is the sniffed content type; anything else than JPEG, PNG, GIF or
// WebP is refused, as are files that do not decode as what they claim and
// images beyond MaxSide/MaxPixels.
func Clean(data []byte, ctype string) ([]byte, Info, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, Info{}, post.Errorf(post.EInvalid, "the image could not be read as %s: %v", ctype, err)
	}
	if "image/"+format != ctype {
		return nil, Info{}, post.Errorf(post.EInvalid, "the file claims to be %s but reads as %s", ctype, format)
	}
	if err := CheckSize(cfg.Width, cfg.Height); err != nil {
		return nil, Info{}, err
	}
	info := Info{Width: cfg.Width, Height: cfg.Height}
	var out []byte
	orient := 1
	switch format {
	case "jpeg":
		out, orient, err = cleanJPEG(data)
	case "png":
		out, orient, err = cleanPNG(data)
	case "gif":
		out, err = cleanGIF(data)
	case "webp":
		out, err = cleanWebP(data)
	default:
		err = fmt.Errorf("unsupported format %s", format)
	}
	if err != nil {
		return nil, Info{}, post.Errorf(post.EInvalid, "the image could not be read as %s: %v", ctype, err)
	}
	if orient > 1 && orient <= 8 {
		out, err = reorient(out, format, orient)
		if err != nil {
			return nil, Info{}, post.Errorf(post.EInvalid, "the image could not be turned upright: %v", err)
		}
		info.Rotated = true
		if orient >= 5 { // the four orientations that swap width and height
			info.Width, info.Height = info.Height, info.Width
		}
	}
	return out, info, nil
}

// CheckSize refuses images beyond MaxSide or MaxPixels, and empty ones.
func CheckSize(w, h int) error {
	switch {
	case w <= 0 || h <= 0:
		return post.Errorf(post.EInvalid, "the image has no pixels (%d×%d)", w, h)
	case w > MaxSide || h > MaxSide || w*h > MaxPixels:
		return post.Errorf(post.EInvalid, "the image is %d×%d pixels; the networks take at most %d×%d: resize it and attach it again", w, h, MaxSide, MaxSide)
	}
	return nil
}

// turning lets one image at a time be decoded and turned: a large photo
// takes up to 4 bytes a pixel twice over (256 MB each at 8192×8192), and
// several at once could exhaust memory.
var turning = make(chan struct{}, 1)

// reorient decodes the (already cleaned) image, turns its pixels as EXIF
// orientation o says, and encodes it again without metadata.
func reorient(data []byte, format string, o int) ([]byte, error) {
	turning <- struct{}{}
	defer func() { <-turning }()
	src, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	dst := orientImage(src, o)
	var buf bytes.Buffer
	if format == "jpeg" {
		err = jpeg.Encode(&buf, dst, &jpeg.Options{Quality: 95})
	} else {
		err = png.Encode(&buf, dst)
	}
	return buf.Bytes(), err
}

// orientImage applies EXIF orientation o (2–8) to src.
func orientImage(src image.Image, o int) image.Image {
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	dw, dh := w, h
	if o >= 5 {
		dw, dh = h, w
	}
	dst := image.NewNRGBA(image.Rect(0, 0, dw, dh))
	for y := range h {
		for x := range w {
			var dx, dy int
			switch o {
			case 2: // mirrored
				dx, dy = w-1-x, y
			case 3: // upside down
				dx, dy = w-1-x, h-1-y
			case 4: // mirrored upside down
				dx, dy = x, h-1-y
			case 5: // transposed
				dx, dy = y, x
			case 6: // turned right: the top row becomes the right column
				dx, dy = h-1-y, x
			case 7: // transversed
				dx, dy = h-1-y, w-1-x
			case 8: // turned left
				dx, dy = y, w-1-x
			}
			dst.Set(dx, dy, src.At(b.Min.X+x, b.Min.Y+y))
		}
	}
	return dst
}
