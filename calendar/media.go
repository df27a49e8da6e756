package calendar

import (
	"unicode/utf8"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

const (
	maxImages  = 10   // Facebook's most; X takes 4, the checklist says so per channel
	maxAltText = 1000 // X's limit for an image description, the tightest
)

// storedMedia replaces each image a request names with the media store's
// record of it. The JSON API and the CLI name images by hash; a hash that is
// not an uploaded image is refused (it was joined into a file path at
// publish time), and the record's name, type, size and "shows a patient"
// answer win over what the request says, so a client cannot answer "no"
// for an image uploaded as showing a patient. Alt text is the post's own
// and is kept; a request may add "shows a patient", never take it away.
func storedMedia(tx store.Tx, in []post.Media) ([]post.Media, error) {
	if len(in) == 0 {
		return in, nil
	}
	// Each image is read whole into memory at the slot: one stored image
	// named 10,000 times would exhaust it. No network takes more than 10.
	if len(in) > maxImages {
		return nil, post.Errorf(post.EInvalid, "a post can carry at most %d images; this one names %d", maxImages, len(in))
	}
	out := make([]post.Media, 0, len(in))
	for i, m := range in {
		if !store.ValidMediaHash(m.Hash) {
			return nil, post.Errorf(post.EInvalid, "image %d of %d: %.20q is not an image id (64 lowercase hex characters, as the upload gave it)", i+1, len(in), m.Hash)
		}
		rec, err := tx.Media(m.Hash)
		if post.ErrorCode(err) == post.ENotFound {
			return nil, post.Errorf(post.EInvalid, "image %d of %d was never uploaded: attach it on the compose page first", i+1, len(in))
		}
		if err != nil {
			return nil, err
		}
		if n := utf8.RuneCountInString(m.AltText); n > maxAltText {
			return nil, post.Errorf(post.EInvalid, "image %d of %d: the description (alt text) is %d characters; the networks take at most %d", i+1, len(in), n, maxAltText)
		}
		got := *rec
		if m.AltText != "" {
			got.AltText = m.AltText
		}
		got.ShowsPatient = rec.ShowsPatient || m.ShowsPatient
		out = append(out, got)
	}
	return out, nil
}
