package blueskyfake

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/rivo/uniseg"

	"github.com/practicepost/practicepost/channels/channeltest"
)

// Lexicon limits of app.bsky.feed.post and app.bsky.embed.images.
const (
	maxGraphemes  = 300
	maxTextBytes  = 3000
	maxImages     = 4
	maxImageBytes = 1_000_000
	maxTagBytes   = 640
	// maxUpload is the PDS's own limit of one uploadBlob.
	maxUpload = 5 << 20
)

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client hung up: nothing to do
}

// writeErr writes an XRPC error.
func writeErr(w http.ResponseWriter, status int, name, msg string) {
	writeJSON(w, status, map[string]string{"error": name, "message": msg})
}

func invalid(w http.ResponseWriter, format string, args ...any) {
	writeErr(w, 400, "InvalidRequest", fmt.Sprintf(format, args...))
}

// serve routes a request.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if !s.rateLimited(w) {
		return
	}
	if nsid, ok := strings.CutPrefix(r.URL.Path, "/appview/xrpc/"); ok {
		s.appView(w, r, nsid)
		return
	}
	nsid, ok := strings.CutPrefix(r.URL.Path, "/xrpc/")
	if !ok {
		writeErr(w, 404, "NotFound", "Not Found")
		return
	}
	get, post := r.Method == http.MethodGet, r.Method == http.MethodPost
	switch {
	case nsid == "com.atproto.server.createSession" && post:
		s.createSession(w, r)
	case nsid == "com.atproto.server.refreshSession" && post:
		s.refreshSession(w, r)
	case nsid == "com.atproto.identity.resolveHandle" && get:
		s.resolveHandle(w, r)
	case nsid == "com.atproto.repo.getRecord" && get:
		s.getRecord(w, r)
	case nsid == "com.atproto.repo.listRecords" && get:
		s.listRecords(w, r)
	case strings.HasPrefix(nsid, "app.bsky."):
		writeErr(w, 501, "MethodNotImplemented", "Method Not Implemented")
	case !s.authorized(w, r):
	case nsid == "com.atproto.server.getSession" && get:
		writeJSON(w, 200, map[string]any{"did": DID, "handle": Handle, "active": true})
	case nsid == "com.atproto.repo.uploadBlob" && post:
		s.uploadBlob(w, r)
	case nsid == "com.atproto.repo.createRecord" && post:
		s.createRecord(w, r)
	default:
		writeErr(w, 501, "MethodNotImplemented", "Method Not Implemented")
	}
}

// rateLimited counts the request and sets the rate-limit headers every
// answer carries; false when the limit is used up (answered 429).
func (s *Server) rateLimited(w http.ResponseWriter) bool {
	s.mu.Lock()
	now := s.Now()
	if now.Sub(s.windowAt) >= rateWindow {
		s.windowAt, s.requests = now, 0
	}
	s.requests++
	remaining, reset := rateLimit-s.requests, s.windowAt.Add(rateWindow)
	s.mu.Unlock()
	setRateHeaders(w, rateLimit, max(remaining, 0), reset)
	if remaining < 0 {
		writeErr(w, 429, "RateLimitExceeded", "Rate Limit Exceeded")
		return false
	}
	return true
}

func setRateHeaders(w http.ResponseWriter, limit, remaining int, reset time.Time) {
	w.Header().Set("RateLimit-Limit", strconv.Itoa(limit))
	w.Header().Set("RateLimit-Remaining", strconv.Itoa(remaining))
	w.Header().Set("RateLimit-Reset", strconv.FormatInt(reset.Unix(), 10))
	w.Header().Set("RateLimit-Policy", fmt.Sprintf("%d;w=%d", limit, int(rateWindow.Seconds())))
}

func newToken(kind string) string {
	var b [24]byte
	_, _ = rand.Read(b[:])
	return "fake-" + kind + "-" + hex.EncodeToString(b[:])
}

// issue makes a session's tokens; callers hold s.mu.
func (s *Server) issue(w http.ResponseWriter) {
	now := s.Now()
	a, r := newToken("access"), newToken("refresh")
	s.access[a], s.refresh[r] = token{now}, token{now}
	writeJSON(w, 200, map[string]any{"did": DID, "handle": Handle, "accessJwt": a, "refreshJwt": r, "active": true})
}

func (s *Server) createSession(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Identifier string `json:"identifier"`
		Password   string `json:"password"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<16)).Decode(&in); err != nil || in.Identifier == "" || in.Password == "" {
		invalid(w, "Input must have the properties \"identifier\" and \"password\"")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.Now()
	s.sessions = slices.DeleteFunc(s.sessions, func(t time.Time) bool { return now.Sub(t) >= rateWindow })
	if len(s.sessions) >= SessionLimit {
		setRateHeaders(w, SessionLimit, 0, s.sessions[0].Add(rateWindow))
		writeErr(w, 429, "RateLimitExceeded", "Rate Limit Exceeded")
		return
	}
	s.sessions = append(s.sessions, now)
	if (in.Identifier != Handle && in.Identifier != DID) || in.Password != AppPassword || s.TokenExpired() {
		writeErr(w, 401, "AuthenticationRequired", "Invalid identifier or password")
		return
	}
	s.created++
	s.issue(w)
}

func (s *Server) refreshSession(w http.ResponseWriter, r *http.Request) {
	tok, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.refresh[tok]; !ok {
		writeErr(w, 400, "InvalidToken", "Token could not be verified")
		return
	}
	if s.TokenExpired() {
		writeErr(w, 400, "ExpiredToken", "Token has expired")
		return
	}
	delete(s.refresh, tok) // refresh tokens rotate
	s.issue(w)
}

// authorized checks the access token; it answers the refusal itself.
func (s *Server) authorized(w http.ResponseWriter, r *http.Request) bool {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || tok == "" {
		writeErr(w, 401, "AuthMissing", "Authentication Required")
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t, known := s.access[tok]
	switch {
	case !known:
		writeErr(w, 401, "InvalidToken", "Token could not be verified")
		return false
	case s.TokenExpired() || s.Now().Sub(t.issued) >= AccessTTL:
		writeErr(w, 400, "ExpiredToken", "Token has expired")
		return false
	}
	return true
}

func (s *Server) resolveHandle(w http.ResponseWriter, r *http.Request) {
	h := strings.ToLower(r.URL.Query().Get("handle"))
	s.mu.Lock()
	did, ok := s.handles[h]
	s.mu.Unlock()
	if !ok {
		invalid(w, "Unable to resolve handle")
		return
	}
	writeJSON(w, 200, map[string]string{"did": did})
}

// repoDID reads a repo parameter: the DID or handle of an account.
func (s *Server) repoDID(repo string) (string, bool) {
	if strings.HasPrefix(repo, "did:") {
		for _, d := range s.handles {
			if d == repo {
				return d, true
			}
		}
		return "", false
	}
	d, ok := s.handles[strings.ToLower(repo)]
	return d, ok
}

func (s *Server) getRecord(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	s.mu.Lock()
	defer s.mu.Unlock()
	did, ok := s.repoDID(q.Get("repo"))
	if !ok {
		invalid(w, "Could not find repo: %s", q.Get("repo"))
		return
	}
	uri := "at://" + did + "/" + q.Get("collection") + "/" + q.Get("rkey")
	p := s.find(uri)
	if p == nil || q.Get("collection") != "app.bsky.feed.post" {
		writeErr(w, 400, "RecordNotFound", "Could not locate record: "+uri)
		return
	}
	writeJSON(w, 200, map[string]any{"uri": uri, "cid": p.cid, "value": p.value()})
}

// value is the record as the PDS serves it.
func (p *fPost) value() json.RawMessage {
	if p.raw != nil {
		return p.raw
	}
	reply := ""
	if p.replyTo != "" {
		reply = fmt.Sprintf(`,"reply":{"root":{"uri":%q,"cid":%q},"parent":{"uri":%q,"cid":%q}}`, p.rootURI, p.rootCID, p.replyTo, p.parentCID)
	}
	text, _ := json.Marshal(p.text)
	return json.RawMessage(fmt.Sprintf(`{"$type":"app.bsky.feed.post","text":%s,"createdAt":%q%s}`, text, p.created.Format("2006-01-02T15:04:05.000Z"), reply))
}

func (s *Server) listRecords(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit := 50
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			invalid(w, "limit must be an integer from 1 to 100")
			return
		}
		limit = n
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	did, ok := s.repoDID(q.Get("repo"))
	if !ok {
		invalid(w, "Could not find repo: %s", q.Get("repo"))
		return
	}
	var mine []*fPost
	for _, p := range s.posts {
		if p.did == did && q.Get("collection") == "app.bsky.feed.post" {
			mine = append(mine, p)
		}
	}
	// Newest first: by record key, descending.
	slices.SortFunc(mine, func(a, b *fPost) int { return strings.Compare(b.rkey, a.rkey) })
	cursor := q.Get("cursor")
	records := []map[string]any{}
	next := ""
	for _, p := range mine {
		if cursor != "" && p.rkey >= cursor {
			continue
		}
		if len(records) == limit {
			break
		}
		records = append(records, map[string]any{"uri": p.uri(), "cid": p.cid, "value": p.value()})
		next = p.rkey
	}
	out := map[string]any{"records": records}
	if len(records) == limit {
		out["cursor"] = next
	}
	writeJSON(w, 200, out)
}

func (s *Server) uploadBlob(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(io.LimitReader(r.Body, maxUpload+1))
	switch {
	case err != nil:
		invalid(w, "could not read the upload")
		return
	case len(data) > maxUpload:
		writeErr(w, 413, "PayloadTooLarge", "request entity too large")
		return
	case len(data) == 0:
		invalid(w, "no blob")
		return
	}
	mime := r.Header.Get("Content-Type")
	if mime == "" {
		mime = "application/octet-stream"
	}
	cid := cidOf(rawCodec, data)
	s.mu.Lock()
	s.blobs[cid] = fBlob{mime: mime, size: len(data)}
	s.mu.Unlock()
	writeJSON(w, 200, map[string]any{"blob": map[string]any{"$type": "blob", "ref": map[string]string{"$link": cid}, "mimeType": mime, "size": len(data)}})
}

var tidRe = regexp.MustCompile(`^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$`)

// The record as the lexicon app.bsky.feed.post has it, for checking.
type (
	inRecord struct {
		Type      string          `json:"$type"`
		Text      *string         `json:"text"`
		CreatedAt string          `json:"createdAt"`
		Facets    []inFacet       `json:"facets"`
		Reply     *inReply        `json:"reply"`
		Embed     json.RawMessage `json:"embed"`
	}
	inFacet struct {
		Index *struct {
			ByteStart *int `json:"byteStart"`
			ByteEnd   *int `json:"byteEnd"`
		} `json:"index"`
		Features []map[string]any `json:"features"`
	}
	inRef   struct{ URI, CID string }
	inReply struct {
		Root, Parent *inRef
	}
	inImages struct {
		Type   string `json:"$type"`
		Images []struct {
			Alt   *string `json:"alt"`
			Image *struct {
				Type string `json:"$type"`
				Ref  struct {
					Link string `json:"$link"`
				} `json:"ref"`
				MimeType string `json:"mimeType"`
				Size     int    `json:"size"`
			} `json:"image"`
		} `json:"images"`
	}
)

func (s *Server) createRecord(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Repo       string          `json:"repo"`
		Collection string          `json:"collection"`
		RKey       string          `json:"rkey"`
		Record     json.RawMessage `json:"record"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&in); err != nil {
		invalid(w, "Request body is not JSON")
		return
	}
	f, lose := s.Next()
	if f != nil {
		s.fault(w, r, *f, in.Repo, in.RKey)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if did, ok := s.repoDID(in.Repo); !ok || did != DID {
		invalid(w, "Invalid repo: %s", in.Repo)
		return
	}
	if in.Collection != "app.bsky.feed.post" {
		invalid(w, "This fake takes app.bsky.feed.post records only")
		return
	}
	if in.RKey == "" {
		in.RKey = s.tid()
	}
	if !tidRe.MatchString(in.RKey) {
		invalid(w, "Invalid record key: %s", in.RKey)
		return
	}
	p, msg := s.checkPost(in.Record)
	if msg != "" {
		invalid(w, "Invalid app.bsky.feed.post record: %s", msg)
		return
	}
	p.did, p.rkey, p.cid, p.raw = DID, in.RKey, cidOf(dagCBORCodec, in.Record), in.Record
	if s.find(p.uri()) != nil {
		// What the reference PDS (0.4.217) answers for a taken key.
		writeErr(w, 500, "InternalServerError", "Internal Server Error")
		return
	}
	s.posts = append(s.posts, p)
	if s.failCommitted > 0 {
		s.failCommitted--
		writeErr(w, 500, "InternalServerError", "Internal Server Error")
		return
	}
	if lose {
		channeltest.DropAnswer(w)
		return
	}
	writeJSON(w, 200, map[string]any{"uri": p.uri(), "cid": p.cid, "validationStatus": "valid",
		"commit": map[string]string{"cid": randomCID(), "rev": s.tid()}})
}

// checkPost checks a record against app.bsky.feed.post; it returns the
// post, or what is wrong. Callers hold s.mu.
func (s *Server) checkPost(raw json.RawMessage) (*fPost, string) {
	var rec inRecord
	if err := json.Unmarshal(raw, &rec); err != nil {
		return nil, "Record must be an object"
	}
	switch {
	case rec.Type != "app.bsky.feed.post":
		return nil, "Record/$type must be app.bsky.feed.post"
	case rec.Text == nil:
		return nil, `Record must have the property "text"`
	case len(*rec.Text) > maxTextBytes:
		return nil, "Record/text must not be longer than 3000 characters"
	case uniseg.GraphemeClusterCount(*rec.Text) > maxGraphemes:
		return nil, "Record/text must not be longer than 300 graphemes"
	}
	at, err := time.Parse(time.RFC3339Nano, rec.CreatedAt)
	if err != nil {
		return nil, "Record/createdAt must be an valid atproto datetime"
	}
	text := *rec.Text
	for i, f := range rec.Facets {
		if msg := checkFacet(text, f); msg != "" {
			return nil, fmt.Sprintf("Record/facets/%d/%s", i, msg)
		}
	}
	p := &fPost{text: text, created: at}
	if rec.Reply != nil {
		for _, ref := range []*inRef{rec.Reply.Root, rec.Reply.Parent} {
			if ref == nil || ref.URI == "" || ref.CID == "" {
				return nil, "Record/reply must have the properties \"root\" and \"parent\", each with uri and cid"
			}
			if q := s.find(ref.URI); q == nil || q.cid != ref.CID {
				return nil, "Record/reply names a post that does not exist in that version: " + ref.URI
			}
		}
		p.replyTo, p.parentCID = rec.Reply.Parent.URI, rec.Reply.Parent.CID
		p.rootURI, p.rootCID = rec.Reply.Root.URI, rec.Reply.Root.CID
	}
	if len(rec.Embed) > 0 {
		n, msg := s.checkImages(rec.Embed)
		if msg != "" {
			return nil, msg
		}
		p.media = n
	}
	return p, ""
}

func checkFacet(text string, f inFacet) string {
	if f.Index == nil || f.Index.ByteStart == nil || f.Index.ByteEnd == nil {
		return "index must have the properties \"byteStart\" and \"byteEnd\""
	}
	start, end := *f.Index.ByteStart, *f.Index.ByteEnd
	// Stricter than the lexicon (which only wants both at least 0): a
	// range outside the text, or cutting a character, is an adapter bug.
	if start < 0 || end <= start || end > len(text) || !boundary(text, start) || !boundary(text, end) {
		return fmt.Sprintf("index [%d, %d) is not a range of whole characters of the %d-byte text", start, end, len(text))
	}
	if len(f.Features) == 0 {
		return "features must not be empty"
	}
	for _, ft := range f.Features {
		str := func(k string) string { v, _ := ft[k].(string); return v }
		switch ft["$type"] {
		case "app.bsky.richtext.facet#link":
			if !strings.HasPrefix(str("uri"), "http") {
				return "features/link must have a uri"
			}
		case "app.bsky.richtext.facet#mention":
			if !strings.HasPrefix(str("did"), "did:") {
				return "features/mention must have a did"
			}
		case "app.bsky.richtext.facet#tag":
			if t := str("tag"); t == "" || len(t) > maxTagBytes || uniseg.GraphemeClusterCount(t) > 64 {
				return "features/tag must be 1 to 64 graphemes"
			}
		default:
			return fmt.Sprintf("features has an unknown $type %v", ft["$type"])
		}
	}
	return ""
}

// boundary reports whether byte i of text starts a character (or is its end).
func boundary(text string, i int) bool {
	return i == len(text) || (text[i]&0xc0) != 0x80
}

// checkImages checks an app.bsky.embed.images embed; it returns the
// number of images.
func (s *Server) checkImages(raw json.RawMessage) (int, string) {
	var e inImages
	if err := json.Unmarshal(raw, &e); err != nil || e.Type != "app.bsky.embed.images" {
		return 0, "Record/embed: this fake takes app.bsky.embed.images embeds only"
	}
	if len(e.Images) == 0 || len(e.Images) > maxImages {
		return 0, fmt.Sprintf("Record/embed/images must have 1 to %d items", maxImages)
	}
	for i, img := range e.Images {
		if img.Alt == nil {
			return 0, fmt.Sprintf(`Record/embed/images/%d must have the property "alt"`, i)
		}
		if img.Image == nil || img.Image.Type != "blob" {
			return 0, fmt.Sprintf("Record/embed/images/%d/image should be a blob ref", i)
		}
		b, ok := s.blobs[img.Image.Ref.Link]
		switch {
		case !ok:
			return 0, fmt.Sprintf("Could not find blob: %s", img.Image.Ref.Link)
		case !strings.HasPrefix(b.mime, "image/") || img.Image.MimeType != b.mime:
			return 0, fmt.Sprintf("Record/embed/images/%d/image has a mime type not accepted: %s", i, b.mime)
		case b.size > maxImageBytes || img.Image.Size != b.size:
			return 0, fmt.Sprintf("Record/embed/images/%d/image file too large: %d bytes, at most %d", i, b.size, maxImageBytes)
		}
	}
	return len(e.Images), ""
}

// fault answers an injected failure the way a PDS does.
func (s *Server) fault(w http.ResponseWriter, r *http.Request, f channeltest.Fault, repo, rkey string) {
	switch f.Kind {
	case channeltest.FaultRateLimit:
		wait := f.RetryAfter
		if wait == 0 {
			wait = time.Minute
		}
		setRateHeaders(w, rateLimit, 0, s.Now().Add(wait))
		writeErr(w, 429, "RateLimitExceeded", "Rate Limit Exceeded")
	case channeltest.FaultServerError:
		writeErr(w, 500, "InternalServerError", "Internal Server Error")
	case channeltest.FaultTimeout:
		s.Hang(r)
	case channeltest.FaultDuplicate:
		// Bluesky refuses no text as a duplicate. The nearest is a taken
		// record key, which the reference PDS answers with a bare 500;
		// this fake names the key instead (see the package comment).
		writeErr(w, 400, "InvalidRequest", "Record already exists at at://"+repo+"/app.bsky.feed.post/"+rkey)
	case channeltest.FaultPermanent:
		invalid(w, "Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes")
	case channeltest.FaultAuth:
		writeErr(w, 401, "InvalidToken", "Token could not be verified")
	}
}

// appView serves the app view's methods (no login needed, as on
// public.api.bsky.app).
func (s *Server) appView(w http.ResponseWriter, r *http.Request, nsid string) {
	switch nsid {
	case "app.bsky.feed.getPosts":
		uris := r.URL.Query()["uris"]
		if len(uris) > 25 {
			invalid(w, "uris must not have more than 25 elements")
			return
		}
		s.mu.Lock()
		posts := []map[string]any{}
		for _, u := range uris {
			if p := s.find(u); p != nil {
				posts = append(posts, s.view(p))
			}
		}
		s.mu.Unlock()
		writeJSON(w, 200, map[string]any{"posts": posts})
	case "app.bsky.feed.getPostThread":
		uri := r.URL.Query().Get("uri")
		s.mu.Lock()
		defer s.mu.Unlock()
		p := s.find(uri)
		if p == nil {
			writeErr(w, 400, "NotFound", "Post not found: "+uri)
			return
		}
		writeJSON(w, 200, map[string]any{"thread": s.thread(p, 6)})
	default:
		writeErr(w, 501, "MethodNotImplemented", "Method Not Implemented")
	}
}

// view is app.bsky.feed.defs#postView; callers hold s.mu.
func (s *Server) view(p *fPost) map[string]any {
	handle := ""
	for h, d := range s.handles {
		if d == p.did {
			handle = h
		}
	}
	author := map[string]any{"did": p.did, "handle": handle}
	if n := s.names[p.did]; n != "" {
		author["displayName"] = n
	}
	return map[string]any{"uri": p.uri(), "cid": p.cid, "author": author, "record": p.value(),
		"likeCount": p.likes, "repostCount": p.reposts, "quoteCount": p.quotes, "replyCount": s.replyCount(p.uri()),
		"indexedAt": p.created.Format("2006-01-02T15:04:05.000Z")}
}

// thread is app.bsky.feed.defs#threadViewPost down to depth.
func (s *Server) thread(p *fPost, depth int) map[string]any {
	out := map[string]any{"$type": "app.bsky.feed.defs#threadViewPost", "post": s.view(p)}
	if depth > 0 {
		replies := []map[string]any{}
		for _, q := range s.posts {
			if q.replyTo == p.uri() {
				replies = append(replies, s.thread(q, depth-1))
			}
		}
		out["replies"] = replies
	}
	return out
}
