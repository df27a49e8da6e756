package xfake

import (
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"slices"
	"strconv"
	"strings"
)

// upload is one media upload session.
type upload struct {
	mediaType  string
	totalBytes int
	segments   map[int][]byte // segment index → bytes
	category   string         // tweet_image or tweet_gif
	// state is X's processing state after finalize: "succeeded" at once
	// for images; a GIF goes pending → in_progress → succeeded (or
	// failed) one STATUS poll at a time, and cannot be posted before.
	state     string
	finalized bool
	used      bool
	altText   string
}

// imageTypes are the media_type values the fake accepts for tweet_image.
var imageTypes = []string{"image/jpeg", "image/png", "image/webp", "image/gif", "image/bmp", "image/pjpeg", "image/tiff"}

// maxImageBytes and maxGIFBytes are X's size limits per media category.
const (
	maxImageBytes = 5 << 20
	maxGIFBytes   = 15 << 20
)

// mediaInitialize is POST /2/media/upload/initialize.
func (s *Server) mediaInitialize(w http.ResponseWriter, r *http.Request, body []byte) action {
	if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		s.invalid(w, "Content-Type", "Content-Type must be application/json")
		return answered
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(body, &raw); err != nil {
		s.invalid(w, "body", "the body must be a JSON object")
		return answered
	}
	if msg := unknownKey(raw, []string{"additional_owners", "media_category", "media_type", "shared", "total_bytes"}, ""); msg != "" {
		s.invalid(w, "body", msg)
		return answered
	}
	var req struct {
		MediaType     string `json:"media_type"`
		TotalBytes    int    `json:"total_bytes"`
		MediaCategory string `json:"media_category"`
	}
	_ = json.Unmarshal(body, &req) // shape checked above; wrong types leave zero values, refused below
	switch {
	case req.MediaCategory != "tweet_image" && req.MediaCategory != "tweet_gif":
		s.invalid(w, "media_category", "xfake accepts media_category tweet_image or tweet_gif only")
	case req.MediaCategory == "tweet_image" && !slices.Contains(imageTypes, req.MediaType):
		s.invalid(w, "media_type", "media_type must be an image type for tweet_image")
	case req.MediaCategory == "tweet_gif" && req.MediaType != "image/gif":
		s.invalid(w, "media_type", "media_type must be image/gif for tweet_gif")
	case req.TotalBytes <= 0 || req.MediaCategory == "tweet_image" && req.TotalBytes > maxImageBytes:
		s.invalid(w, "total_bytes", "total_bytes must be between 1 and 5242880 for images")
	case req.TotalBytes > maxGIFBytes:
		s.invalid(w, "total_bytes", "total_bytes must be between 1 and 15728640 for GIFs")
	default:
		id := s.newID()
		s.uploads[id] = &upload{mediaType: req.MediaType, totalBytes: req.TotalBytes, segments: map[int][]byte{}, category: req.MediaCategory}
		writeJSON(w, http.StatusOK, map[string]any{"data": map[string]any{
			"id": id, "media_key": "3_" + id, "expires_after_secs": 86400,
		}})
	}
	return answered
}

// mediaAppend is POST /2/media/upload/{id}/append (multipart: media,
// segment_index).
func (s *Server) mediaAppend(w http.ResponseWriter, r *http.Request, body []byte) action {
	u, ok := s.uploads[r.PathValue("id")]
	if !ok || u.finalized {
		s.invalid(w, "id", "no open upload session "+r.PathValue("id"))
		return answered
	}
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" {
		s.invalid(w, "Content-Type", "append must be multipart/form-data")
		return answered
	}
	form, err := multipart.NewReader(bytes.NewReader(body), params["boundary"]).ReadForm(maxBody)
	if err != nil {
		s.invalid(w, "body", "malformed multipart body")
		return answered
	}
	defer func() { _ = form.RemoveAll() }()
	for k := range form.Value {
		if k != "segment_index" && k != "media" {
			s.invalid(w, k, "$."+k+": is not defined in the schema and the schema does not allow additional properties")
			return answered
		}
	}
	idx, err := strconv.Atoi(first(form.Value["segment_index"]))
	if err != nil || idx < 0 || idx > 999 {
		s.invalid(w, "segment_index", "segment_index must be an integer from 0 to 999")
		return answered
	}
	data := []byte(first(form.Value["media"]))
	if files := form.File["media"]; len(files) == 1 {
		f, err := files[0].Open()
		if err == nil {
			data, _ = io.ReadAll(f)
			_ = f.Close()
		}
	}
	if len(data) == 0 {
		s.invalid(w, "media", "media is required")
		return answered
	}
	u.segments[idx] = data
	writeJSON(w, http.StatusOK, map[string]any{"data": map[string]any{"expires_at": s.now().Unix() + 86400}})
	return answered
}

// mediaFinalize is POST /2/media/upload/{id}/finalize.
func (s *Server) mediaFinalize(w http.ResponseWriter, r *http.Request, _ []byte) action {
	id := r.PathValue("id")
	u, ok := s.uploads[id]
	if !ok || u.finalized {
		s.invalid(w, "id", "no open upload session "+id)
		return answered
	}
	var file []byte
	for i := range len(u.segments) {
		seg, ok := u.segments[i]
		if !ok {
			s.invalid(w, "id", "segments are not contiguous from 0")
			return answered
		}
		file = append(file, seg...)
	}
	total := len(file)
	if total != u.totalBytes {
		s.invalid(w, "id", "File size mismatch: uploaded "+strconv.Itoa(total)+" bytes, declared "+strconv.Itoa(u.totalBytes))
		return answered
	}
	u.finalized = true
	s.images = append(s.images, file)
	data := map[string]any{"id": id, "media_key": "3_" + id, "size": total, "expires_after_secs": 86400}
	u.state = "succeeded"
	if u.mediaType == "image/gif" {
		// GIFs are processed after upload; the answer says when to ask.
		u.state = "pending"
		data["processing_info"] = map[string]any{"state": u.state, "check_after_secs": 1, "progress_percent": 0}
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": data})
	return answered
}

// mediaStatus is GET /2/media/upload?command=STATUS&media_id=ID. Each poll
// moves a GIF one step: pending → in_progress → succeeded (failed when
// SetMediaProcessingFails is on).
func (s *Server) mediaStatus(w http.ResponseWriter, r *http.Request, _ []byte) action {
	q := r.URL.Query()
	if q.Get("command") != "STATUS" {
		s.invalid(w, "command", "command must be STATUS")
		return answered
	}
	id := q.Get("media_id")
	u, ok := s.uploads[id]
	if !ok || !u.finalized {
		s.invalid(w, "media_id", "no finalized upload "+id)
		return answered
	}
	switch u.state {
	case "pending":
		u.state = "in_progress"
	case "in_progress":
		u.state = "succeeded"
		if s.processingFails {
			u.state = "failed"
		}
	}
	info := map[string]any{"state": u.state, "progress_percent": map[string]int{"in_progress": 50, "succeeded": 100}[u.state]}
	if u.state == "pending" || u.state == "in_progress" {
		info["check_after_secs"] = 1
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": map[string]any{
		"id": id, "media_key": "3_" + id, "expires_after_secs": 86400, "processing_info": info,
	}})
	return answered
}

// mediaMetadata is POST /2/media/metadata (alt text).
func (s *Server) mediaMetadata(w http.ResponseWriter, r *http.Request, body []byte) action {
	var req struct {
		ID       string `json:"id"`
		Metadata struct {
			AltText struct {
				Text string `json:"text"`
			} `json:"alt_text"`
		} `json:"metadata"`
	}
	if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") || json.Unmarshal(body, &req) != nil {
		s.invalid(w, "body", "the body must be JSON: {id, metadata: {alt_text: {text}}}")
		return answered
	}
	u, ok := s.uploads[req.ID]
	switch {
	case !ok || !u.finalized:
		s.invalid(w, "id", "no finalized media "+req.ID)
	case len([]rune(req.Metadata.AltText.Text)) > 1000:
		s.invalid(w, "metadata.alt_text.text", "alt text must be at most 1000 characters")
	default:
		u.altText = req.Metadata.AltText.Text
		writeJSON(w, http.StatusOK, map[string]any{"data": map[string]any{"id": req.ID, "associated_metadata": true}})
	}
	return answered
}

func first(vs []string) string {
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}
