package channels

import (
	"bytes"
	"image"
	_ "image/gif" // the image types practicepost uploads
	_ "image/jpeg"
	_ "image/png"

	_ "golang.org/x/image/webp"
)

// ImageLimits is the pixel size a network accepts for an image; zero
// fields are not limited.
type ImageLimits struct {
	MinSide   int // each side at least this many pixels
	MaxSide   int // each side at most this many pixels
	MaxPixels int // width × height at most this
}

// CheckImage reads the header of image n (counted from 1) and refuses a
// size outside l with a Permanent error naming the network's limit. It
// reads no pixels. Uploads are already bounded by media.MaxSide; this is
// each network's own, tighter rule, checked before any call so a refused
// image costs no upload.
func CheckImage(network string, l ImageLimits, n int, data []byte) error {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return Errorf(Permanent, "image %d could not be read: %v", n, err)
	}
	w, h := cfg.Width, cfg.Height
	switch {
	case l.MinSide > 0 && (w < l.MinSide || h < l.MinSide):
		return Errorf(Permanent, "image %d is %d×%d pixels; %s takes images of at least %d×%d", n, w, h, network, l.MinSide, l.MinSide)
	case l.MaxSide > 0 && (w > l.MaxSide || h > l.MaxSide):
		return Errorf(Permanent, "image %d is %d×%d pixels; %s takes images of at most %d×%d: resize it", n, w, h, network, l.MaxSide, l.MaxSide)
	case l.MaxPixels > 0 && w*h > l.MaxPixels:
		return Errorf(Permanent, "image %d is %d×%d pixels (%d); %s takes images of at most %d pixels: resize it", n, w, h, w*h, network, l.MaxPixels)
	}
	return nil
}
