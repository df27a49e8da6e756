package x

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// chunkSize is the append segment size X's own CLI uses.
const chunkSize = 4 << 20

// maxImageBytes and maxGIFBytes are X's size limits (PLATFORMS.md §1.8).
const (
	maxImageBytes = 5 << 20
	maxGIFBytes   = 15 << 20
)

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
	case m.ContentType == "image/gif" && len(m.Data) > maxGIFBytes:
		return "", channels.Errorf(channels.Permanent, "image %d is a %d-byte GIF; X allows 15 MB", n, len(m.Data))
	case m.ContentType != "image/gif" && len(m.Data) > maxImageBytes:
		return "", channels.Errorf(channels.Permanent, "image %d is %d bytes; X allows 5 MB", n, len(m.Data))
	}
	if err := channels.CheckImage("X", ImageLimits, n, m.Data); err != nil {
		return "", err
	}
	category := "tweet_image"
	if m.ContentType == "image/gif" {
		category = "tweet_gif" // animated; X processes it after upload
	}
	init, _ := json.Marshal(map[string]any{ // cannot fail: strings and ints
		"media_type": m.ContentType, "total_bytes": len(m.Data), "media_category": category,
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
	fin, _, err := c.do(ctx, request{method: http.MethodPost, path: "/2/media/upload/" + id + "/finalize"})
	if err != nil {
		return "", fmt.Errorf("finalize: %w", err)
	}
	if err := c.awaitProcessing(ctx, id, n, fin); err != nil {
		return "", err
	}
	if m.AltText != "" {
		alt, _ := json.Marshal(map[string]any{"id": id, "metadata": map[string]any{"alt_text": map[string]string{"text": m.AltText}}})
		if _, _, err := c.do(ctx, request{method: http.MethodPost, path: "/2/media/metadata", body: alt, contentType: "application/json"}); err != nil {
			return "", fmt.Errorf("alt text: %w", err)
		}
	}
	return id, nil
}

// processing is X's processing_info, in finalize and STATUS answers.
type processing struct {
	Data struct {
		ProcessingInfo *struct {
			State          string `json:"state"`
			CheckAfterSecs int    `json:"check_after_secs"`
		} `json:"processing_info"`
	} `json:"data"`
}

// maxProcessingWait bounds how long one image may stay in X's processing
// (GIFs take seconds) before the publish attempt gives up as retryable.
const maxProcessingWait = 2 * time.Minute

// awaitProcessing polls GET /2/media/upload?command=STATUS while the answer
// to finalize (then to each poll) says the media is pending or in
// progress, waiting check_after_secs between polls; media X is still
// processing cannot be posted. No processing_info means ready.
func (c *Channel) awaitProcessing(ctx context.Context, id string, n int, answer []byte) error {
	deadline := time.Now().Add(maxProcessingWait)
	for {
		var p processing
		if err := json.Unmarshal(answer, &p); err != nil {
			return &channels.Error{Class: channels.Retryable, Reason: "X's media answer was not the expected JSON", Err: err}
		}
		info := p.Data.ProcessingInfo
		if info == nil || info.State == "succeeded" {
			return nil
		}
		switch info.State {
		case "pending", "in_progress":
		case "failed":
			return channels.Errorf(channels.Permanent, "X could not process image %d", n)
		default:
			return channels.Errorf(channels.Retryable, "X reports image %d in an unknown processing state %q", n, info.State)
		}
		wait := time.Duration(min(max(info.CheckAfterSecs, 1), 30)) * time.Second
		if time.Now().Add(wait).After(deadline) {
			return channels.Errorf(channels.Retryable, "X was still processing image %d after %s", n, maxProcessingWait)
		}
		select {
		case <-ctx.Done():
			return &channels.Error{Class: channels.Retryable, Reason: fmt.Sprintf("gave up waiting for X to process image %d", n), Err: ctx.Err()}
		case <-time.After(wait):
		}
		var err error
		answer, _, err = c.do(ctx, request{method: http.MethodGet, path: "/2/media/upload",
			query: url.Values{"command": {"STATUS"}, "media_id": {id}}})
		if err != nil {
			return fmt.Errorf("media status: %w", err)
		}
	}
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
