package mastodonfake

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/rivo/uniseg"

	"github.com/practicepost/practicepost/channels/channeltest"
)

// Mastodon's default rate limit: 300 requests per 5 minutes per account.
const (
	rateLimit  = 300
	rateWindow = 5 * time.Minute
)

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client hung up: nothing to do
}

func writeErr(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// isoTime is how Mastodon writes times: ISO 8601 with milliseconds, UTC.
func isoTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// serve routes a request.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Path
	if path == "/api/v2/instance" && r.Method == http.MethodGet {
		s.mu.Lock()
		max := s.maxChars
		s.mu.Unlock()
		writeJSON(w, 200, map[string]any{"domain": strings.TrimPrefix(s.URL(), "http://"), "title": "Fake instance",
			"configuration": map[string]any{"statuses": map[string]any{"max_characters": max, "max_media_attachments": 4, "characters_reserved_per_url": 23}}})
		return
	}
	switch {
	case path == "/api/v1/apps" && r.Method == http.MethodPost:
		s.registerApp(w, r)
		return
	case path == "/oauth/authorize" && r.Method == http.MethodGet:
		s.authorizeGet(w, r)
		return
	case path == "/oauth/authorize" && r.Method == http.MethodPost:
		s.authorizePost(w, r)
		return
	case path == "/oauth/token" && r.Method == http.MethodPost:
		s.token(w, r)
		return
	}
	tok, ok := s.authorize(w, r)
	if !ok {
		return
	}
	// need answers 403 when the token lacks scope, as Mastodon does.
	need := func(scope string) bool {
		if covers(tok.scopes, scope) {
			return true
		}
		writeErr(w, 403, "This action is outside the authorized scopes")
		return false
	}
	switch {
	case path == "/api/v1/accounts/verify_credentials" && r.Method == http.MethodGet:
		if need("read:accounts") {
			name, user := DisplayName, Username
			if tok.account == OtherAccountID {
				name, user = OtherDisplayName, OtherUsername
			}
			writeJSON(w, 200, s.account(tok.account, name, user))
		}
	case path == "/api/v1/accounts/"+AccountID+"/statuses" && r.Method == http.MethodGet:
		if need("read:statuses") {
			s.listStatuses(w, r)
		}
	case path == "/api/v1/statuses" && r.Method == http.MethodPost:
		if need("write:statuses") {
			s.createStatus(w, r, tok.account)
		}
	case path == "/api/v2/media" && r.Method == http.MethodPost:
		if need("write:media") {
			s.upload(w, r)
		}
	case strings.HasPrefix(path, "/api/v1/media/") && r.Method == http.MethodGet:
		if need("write:media") {
			s.getMedia(w, strings.TrimPrefix(path, "/api/v1/media/"))
		}
	case strings.HasPrefix(path, "/api/v1/statuses/") && r.Method == http.MethodGet:
		if need("read:statuses") {
			id, sub, _ := strings.Cut(strings.TrimPrefix(path, "/api/v1/statuses/"), "/")
			s.getStatus(w, id, sub)
		}
	default:
		writeErr(w, 404, "Record not found")
	}
}

// authorize checks the Bearer token and sets the rate-limit headers every
// authenticated answer carries.
func (s *Server) authorize(w http.ResponseWriter, r *http.Request) (fToken, bool) {
	token, ok := channeltest.BearerToken(r)
	expired := s.TokenExpired()
	now := s.Now()
	s.mu.Lock()
	tok, known := s.tokens[token]
	if now.Sub(s.windowAt) >= rateWindow {
		s.windowAt, s.requests = now, 0
	}
	s.requests++
	remaining, reset := max(rateLimit-s.requests, 0), s.windowAt.Add(rateWindow)
	s.mu.Unlock()
	if !ok || !known || expired {
		w.Header().Set("WWW-Authenticate", `Bearer realm="Doorkeeper", error="invalid_token", error_description="The access token is invalid"`)
		writeErr(w, 401, "The access token is invalid")
		return fToken{}, false
	}
	setRateHeaders(w, remaining, reset)
	return tok, true
}

func setRateHeaders(w http.ResponseWriter, remaining int, reset time.Time) {
	w.Header().Set("X-RateLimit-Limit", strconv.Itoa(rateLimit))
	w.Header().Set("X-RateLimit-Remaining", strconv.Itoa(remaining))
	w.Header().Set("X-RateLimit-Reset", reset.UTC().Format("2006-01-02T15:04:05.000000Z"))
}

// params reads a create's parameters from JSON or a form, as Mastodon
// takes both.
func params(r *http.Request) (url.Values, error) {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct != "application/json" {
		if err := r.ParseForm(); err != nil {
			return nil, err
		}
		return r.PostForm, nil
	}
	raw, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	var in map[string]any
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, err
	}
	v := url.Values{}
	for k, x := range in {
		switch x := x.(type) {
		case string:
			v.Set(k, x)
		case bool:
			v.Set(k, strconv.FormatBool(x))
		case []any:
			for _, e := range x {
				v.Add(k+"[]", fmt.Sprint(e))
			}
		case nil:
		default:
			v.Set(k, fmt.Sprint(x))
		}
	}
	return v, nil
}

var (
	fakeURL     = regexp.MustCompile(`(?i)https?://[^\s()<>?]*[^\s()<>?!*';:=,.$%\[\]~&|@"](?:\?[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*[a-z0-9\-_&=#/])?`)
	fakeMention = regexp.MustCompile(`(?i)(^|[^=/\pL\pM\pN_])(@[a-z0-9_]+(?:[a-z0-9_.-]*[a-z0-9_])?)@[\pL\pM\pN_.-]*[\pL\pM\pN_]`)
)

// length counts a status as Mastodon's StatusLengthValidator does: every
// link typed with its protocol 23, a remote mention @user@domain as
// @user, the content warning in front as typed, all in grapheme clusters.
// It is a simpler reading of the rule than the adapter's (no TLD list),
// written apart so that a test compares two readings.
func length(spoiler, text string) int {
	if strings.TrimSpace(text) == "" {
		text = ""
	}
	text = fakeURL.ReplaceAllString(text, strings.Repeat("x", 23))
	text = fakeMention.ReplaceAllString(text, "$1$2")
	return uniseg.GraphemeClusterCount(spoiler + text)
}

func (s *Server) createStatus(w http.ResponseWriter, r *http.Request, account string) {
	p, err := params(r)
	if err != nil {
		writeErr(w, 400, "Bad request")
		return
	}
	key := r.Header.Get("Idempotency-Key")
	if f := s.TakeFault(); f != nil {
		s.fault(w, r, *f)
		return
	}
	// answer writes the created (or replayed) status, or drops the
	// connection after the create when answers are being lost.
	answer := func(st *fStatus) {
		if s.LoseAnswer() {
			channeltest.DropAnswer(w)
			return
		}
		writeJSON(w, 200, s.statusJSON(st))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.creates = append(s.creates, key)
	now := s.Now()
	if k, ok := s.keys[key]; ok && key != "" && now.Sub(k.at) < IdempotencyTTL {
		// The same key within the hour: the first status, nothing new.
		s.replays++
		answer(s.find(k.id))
		return
	}
	text, spoiler, vis := p.Get("status"), p.Get("spoiler_text"), p.Get("visibility")
	ids := p["media_ids[]"]
	switch {
	case strings.TrimSpace(text) == "" && len(ids) == 0:
		writeErr(w, 422, "Validation failed: Text can't be blank")
		return
	case length(spoiler, text) > s.maxChars:
		writeErr(w, 422, fmt.Sprintf("Validation failed: Text character limit of %d exceeded", s.maxChars))
		return
	case vis != "" && vis != "public" && vis != "unlisted" && vis != "private" && vis != "direct":
		writeErr(w, 422, "Validation failed: Visibility is not included in the list")
		return
	case len(ids) > 4:
		writeErr(w, 422, "Validation failed: Media attachments can't be more than 4")
		return
	}
	for _, id := range ids {
		m := s.media[id]
		switch {
		case m == nil || m.attached:
			writeErr(w, 422, "Validation failed: Media attachments is invalid")
			return
		case m.polls < s.readyIn:
			writeErr(w, 422, "Cannot attach files that have not finished processing. Try again in a moment!")
			return
		}
	}
	if reply := p.Get("in_reply_to_id"); reply != "" && s.find(reply) == nil {
		writeErr(w, 404, "Record not found")
		return
	}
	for _, id := range ids {
		s.media[id].attached = true
	}
	if vis == "" {
		vis = "public"
	}
	name, acct := DisplayName, Username
	if account == OtherAccountID {
		name, acct = OtherDisplayName, OtherUsername
	}
	st := &fStatus{id: s.nextID(), text: text, spoiler: spoiler, visibility: vis, inReplyTo: p.Get("in_reply_to_id"),
		accountID: account, authorName: name, authorAcct: acct, media: len(ids), created: now.UTC().Truncate(time.Millisecond)}
	s.statuses = append(s.statuses, st)
	if key != "" {
		s.keys[key] = idem{id: st.id, at: now}
	}
	answer(st)
}

// fault answers an injected failure the way Mastodon does.
func (s *Server) fault(w http.ResponseWriter, r *http.Request, f channeltest.Fault) {
	switch f.Kind {
	case channeltest.FaultRateLimit:
		setRateHeaders(w, 0, s.Now().Add(f.Wait()))
		writeErr(w, 429, "Too many requests")
	case channeltest.FaultServerError:
		writeErr(w, 503, "There was a temporary problem serving your request, please try again")
	case channeltest.FaultTimeout:
		s.Hang(r)
	case channeltest.FaultDuplicate:
		writeErr(w, 422, "Validation failed: Text has already been posted")
	case channeltest.FaultPermanent:
		writeErr(w, 422, "Validation failed: Scheduled at must be at least 5 minutes ahead")
	case channeltest.FaultAuth:
		writeErr(w, 401, "The access token is invalid")
	default:
		writeErr(w, 500, "We're sorry, but something went wrong")
	}
}

func (s *Server) listStatuses(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, err := strconv.Atoi(q.Get("limit"))
	if err != nil || limit <= 0 {
		limit = 20
	}
	limit = min(limit, 40)
	maxID, _ := strconv.ParseInt(q.Get("max_id"), 10, 64)
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []map[string]any{}
	newest := s.Now().Add(-s.lag)
	for i := len(s.statuses) - 1; i >= 0 && len(out) < limit && !s.hide; i-- {
		st := s.statuses[i]
		id, _ := strconv.ParseInt(st.id, 10, 64)
		if st.accountID != AccountID || (maxID > 0 && id >= maxID) || (s.lag > 0 && st.created.After(newest)) {
			continue
		}
		out = append(out, s.statusJSON(st))
	}
	writeJSON(w, 200, out)
}

func (s *Server) getStatus(w http.ResponseWriter, id, sub string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.find(id)
	switch {
	case st == nil:
		writeErr(w, 404, "Record not found")
	case sub == "":
		writeJSON(w, 200, s.statusJSON(st))
	case sub == "context":
		desc := []map[string]any{}
		for _, d := range s.statuses {
			if s.descends(d, id) {
				desc = append(desc, s.statusJSON(d))
			}
		}
		writeJSON(w, 200, map[string]any{"ancestors": []any{}, "descendants": desc})
	default:
		writeErr(w, 404, "Record not found")
	}
}

// descends reports whether st is below the status id in its thread.
func (s *Server) descends(st *fStatus, id string) bool {
	for p := st.inReplyTo; p != ""; {
		if p == id {
			return true
		}
		parent := s.find(p)
		if parent == nil {
			return false
		}
		p = parent.inReplyTo
	}
	return false
}

func (s *Server) upload(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(16 << 20); err != nil {
		writeErr(w, 422, "Validation failed: File can't be blank")
		return
	}
	f, hdr, err := r.FormFile("file")
	if err != nil {
		writeErr(w, 422, "Validation failed: File can't be blank")
		return
	}
	defer f.Close()
	if ct := hdr.Header.Get("Content-Type"); !strings.HasPrefix(ct, "image/") {
		writeErr(w, 422, "Validation failed: File content type is invalid")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m := &fMedia{id: s.nextID(), description: r.FormValue("description")}
	s.media[m.id] = m
	// Processed asynchronously: url is null until a later GET finds it done.
	writeJSON(w, 202, s.mediaJSON(m))
}

func (s *Server) getMedia(w http.ResponseWriter, id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.media[id]
	if m == nil {
		writeErr(w, 404, "Record not found")
		return
	}
	m.polls++
	if m.polls < s.readyIn {
		writeJSON(w, 206, s.mediaJSON(m))
		return
	}
	writeJSON(w, 200, s.mediaJSON(m))
}

// mediaJSON is a MediaAttachment; callers hold s.mu.
func (s *Server) mediaJSON(m *fMedia) map[string]any {
	var u any
	if m.polls >= s.readyIn {
		u = s.URL() + "/system/media_attachments/" + m.id + ".png"
	}
	return map[string]any{"id": m.id, "type": "image", "url": u, "description": m.description}
}

func (s *Server) account(id, name, acct string) map[string]any {
	return map[string]any{"id": id, "username": strings.Split(acct, "@")[0], "acct": acct, "display_name": name,
		"url": s.URL() + "/@" + acct}
}

var linkRe = regexp.MustCompile(`(?i)https?://[^\s<>"]+`)

// content renders text as Mastodon does: HTML paragraphs, line breaks and
// links whose scheme and tail sit in invisible spans.
func content(text string) string {
	var paras []string
	for _, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		esc := html.EscapeString(p)
		esc = linkRe.ReplaceAllStringFunc(esc, func(u string) string {
			scheme, rest, _ := strings.Cut(u, "://")
			return `<a href="` + u + `" rel="nofollow noopener" target="_blank"><span class="invisible">` + scheme +
				`://</span><span class="">` + rest + `</span><span class="invisible"></span></a>`
		})
		paras = append(paras, "<p>"+strings.ReplaceAll(esc, "\n", "<br />")+"</p>")
	}
	return strings.Join(paras, "")
}

// statusJSON is a Status; callers hold s.mu.
func (s *Server) statusJSON(st *fStatus) map[string]any {
	var reply any
	if st.inReplyTo != "" {
		reply = st.inReplyTo
	}
	media := []map[string]any{}
	for range st.media {
		media = append(media, map[string]any{"type": "image"})
	}
	// Mentions of the instance's accounts, as Mastodon lists them.
	mentions := []map[string]any{}
	for _, a := range []struct{ id, user string }{{AccountID, Username}, {OtherAccountID, OtherUsername}} {
		if strings.Contains(strings.ToLower(st.text), "@"+a.user) {
			mentions = append(mentions, map[string]any{"id": a.id, "username": a.user, "acct": a.user, "url": s.URL() + "/@" + a.user})
		}
	}
	return map[string]any{
		"id": st.id, "created_at": isoTime(st.created), "in_reply_to_id": reply, "sensitive": st.spoiler != "",
		"spoiler_text": st.spoiler, "visibility": st.visibility, "language": "en",
		"uri": s.URL() + "/users/" + st.authorAcct + "/statuses/" + st.id, "url": s.URL() + "/@" + st.authorAcct + "/" + st.id,
		"replies_count": st.replies, "reblogs_count": st.reblogs, "favourites_count": st.favourites,
		"content": content(st.text), "account": s.account(st.accountID, st.authorName, st.authorAcct), "media_attachments": media,
		"mentions": mentions,
	}
}
