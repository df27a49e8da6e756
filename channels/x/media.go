package x

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"slices"
	"strconv"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// chunkSize is the append segment size X's own CLI uses.
const chunkSize = 4 << 20

// maxImageBytes is X's image size limit.
const maxImageBytes = 5 << 20

// ImageLimits is X's pixel rule for images: from 4×4 to 8192×8192
// (X's media best practices, as restated by third-party posting services;
// PLATFORMS.md §1.8 has the byte limits).
var ImageLimits = channels.ImageLimits{MinSide: 4, MaxSide: 8192}

var imageTypes = []string{"image/jpeg", "image/png", "image/webp", "image/gif"}

// uploadImage runs initialize → append… → finalize (→ alt text) and
// returns the media id. A lost answer here posts nothing, so these calls
// are never OutcomeUnknown. A refusal names the image by its number n, not
// its file name: the reason reaches alerts, and a file name can name a
// patient.
func (c *Channel) uploadImage(ctx context.Context, m post.MediaFile, n int) (string, error) {
	switch {
	case !slices.Contains(imageTypes, m.ContentType):
		return "", channels.Errorf(channels.Permanent, "X takes JPEG, PNG, WebP or GIF images; image %d is %s", n, m.ContentType)
	case len(m.Data) == 0:
		return "", channels.Errorf(channels.Permanent, "image %d is empty", n)
	case len(m.Data) > maxImageBytes:
		return "", channels.Errorf(channels.Permanent, "image %d is %d bytes; X allows 5 MB", n, len(m.Data))
	}
	if err := channels.CheckImage("X", ImageLimits, n, m.Data); err != nil {
		return "", err
	}
	init, _ := json.Marshal(map[string]any{ // cannot fail: strings and ints
		"media_type": m.ContentType, "total_bytes": len(m.Data), "media_category": "tweet_image",
	})
	b, _, err := c.do(ctx, request{method: http.MethodPost, path: "/2/media/upload/initialize", body: init, contentType: "application/json"})
	if err != nil {
		return "", fmt.Errorf("initialize: %w", err)
	}
	var started struct {
		Data struct {
			ID string `json:"id"`
		} `json:"data"`
	}
	if err := json.Unmarshal(b, &started); err != nil || started.Data.ID == "" {
		return "", &channels.Error{Class: channels.Retryable, Reason: "X's media upload answer had no media id", Err: err}
	}
	id := started.Data.ID
	for seg, off := 0, 0; off < len(m.Data); seg, off = seg+1, off+chunkSize {
		chunk := m.Data[off:min(off+chunkSize, len(m.Data))]
		// The file's own name may name a patient; X only needs a name.
		body, ctype, err := appendBody(seg, fmt.Sprintf("image-%d", n), chunk)
		if err != nil {
			return "", &channels.Error{Class: channels.Permanent, Reason: "could not encode the image upload", Err: err}
		}
		if _, _, err := c.do(ctx, request{method: http.MethodPost, path: "/2/media/upload/" + id + "/append", body: body, contentType: ctype}); err != nil {
			return "", fmt.Errorf("append segment %d: %w", seg, err)
		}
	}
	if _, _, err := c.do(ctx, request{method: http.MethodPost, path: "/2/media/upload/" + id + "/finalize"}); err != nil {
		return "", fmt.Errorf("finalize: %w", err)
	}
	if m.AltText != "" {
		alt, _ := json.Marshal(map[string]any{"id": id, "metadata": map[string]any{"alt_text": map[string]string{"text": m.AltText}}})
		if _, _, err := c.do(ctx, request{method: http.MethodPost, path: "/2/media/metadata", body: alt, contentType: "application/json"}); err != nil {
			return "", fmt.Errorf("alt text: %w", err)
		}
	}
	return id, nil
}

// appendBody builds the multipart body of one append: media and
// segment_index. Multipart bodies are not part of an OAuth 1.0a signature.
func appendBody(segment int, name string, chunk []byte) ([]byte, string, error) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	if err := mw.WriteField("segment_index", strconv.Itoa(segment)); err != nil {
		return nil, "", err
	}
	fw, err := mw.CreateFormFile("media", name)
	if err != nil {
		return nil, "", err
	}
	if _, err := fw.Write(chunk); err != nil {
		return nil, "", err
	}
	if err := mw.Close(); err != nil {
		return nil, "", err
	}
	return buf.Bytes(), mw.FormDataContentType(), nil
}
