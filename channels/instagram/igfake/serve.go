package igfake

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"image/jpeg"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/practicepost/practicepost/channels/channeltest"
)

// graphTime is how the Graph API writes timestamps.
const graphTime = "2006-01-02T15:04:05-0700"

// graphErr is the body of every Graph error.
type graphErr struct {
	Message   string `json:"message"`
	Type      string `json:"type"`
	Code      int    `json:"code"`
	Subcode   int    `json:"error_subcode,omitempty"`
	Transient bool   `json:"is_transient,omitempty"`
	UserTitle string `json:"error_user_title,omitempty"`
	TraceID   string `json:"fbtrace_id"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=UTF-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client hung up: nothing to do
}

func writeErr(w http.ResponseWriter, status int, e graphErr) {
	if e.Type == "" {
		e.Type = "OAuthException"
	}
	e.TraceID = "AigfakeTrace" + strconv.Itoa(rand.IntN(1e6))
	writeJSON(w, status, map[string]graphErr{"error": e})
}

func errParam(msg string) graphErr { return graphErr{Code: 100, Message: "(#100) " + msg} }

// Instagram's container errors (developers.facebook.com, instagram-platform
// error codes).
var (
	errNotReady  = graphErr{Code: 9007, Subcode: 2207027, Message: "Media ID is not available", UserTitle: "Media not ready for publishing"}
	errDaily     = graphErr{Code: 9, Subcode: 2207042, Message: "Application request limit reached", UserTitle: "You reached maximum number of posts that is allowed to be published by Content Publishing API."}
	errFetch     = graphErr{Code: 9004, Subcode: 2207052, Message: "Only photo or video can be accepted as media type.", UserTitle: "Media could not be fetched from this URI"}
	errFormat    = graphErr{Code: 36001, Subcode: 2207005, Message: "The image format is not supported.", UserTitle: "Unsupported image format: only JPEG is supported"}
	errAspect    = graphErr{Code: 36003, Subcode: 2207009, Message: "The aspect ratio is not supported.", UserTitle: "The submitted image's aspect ratio is outside 4:5 to 1.91:1"}
	errCaption   = graphErr{Code: 100, Subcode: 2207010, Message: "The caption is too long.", UserTitle: "Captions hold at most 2,200 characters, 30 hashtags and 20 @ tags"}
	errPublished = errParam("The media container has already been published")
)

var (
	hashtagRE = regexp.MustCompile(`(?:^|[^\p{L}\p{N}_&])#[\p{L}\p{N}_]+`)
	mentionRE = regexp.MustCompile(`(?:^|[^\p{L}\p{N}_.@])@[A-Za-z0-9_.]+`)
)

// caller is who a request authenticates as.
type caller int

const (
	callerNone caller = iota
	callerPage
	callerUser
	callerApp
)

// serve checks the version and the token, then routes.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm() // a bad body shows as missing fields below
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	if len(parts) < 2 || !strings.HasPrefix(parts[0], "v") {
		writeErr(w, http.StatusBadRequest, graphErr{Code: 2500, Message: "igfake: unversioned Graph API call; pin a version"})
		return
	}
	if !slices.Contains(Versions, parts[0]) {
		writeErr(w, http.StatusBadRequest, graphErr{Code: 2635, Message: fmt.Sprintf("(#2635) You are calling a deprecated version of the Graph API (%s). Please update to the latest version.", parts[0])})
		return
	}
	route := parts[1:]
	switch {
	case len(route) == 2 && route[0] == "dialog" && route[1] == "oauth":
		s.dialog(w, r)
		return
	case len(route) == 2 && route[0] == "oauth" && route[1] == "access_token":
		s.exchange(w, r)
		return
	}
	who, ok := s.authenticate(w, r)
	if !ok {
		return
	}
	get, post := r.Method == http.MethodGet, r.Method == http.MethodPost
	switch {
	case who == callerApp && get && len(route) == 1 && route[0] == "debug_token":
		s.debugToken(w, r)
	case who == callerUser && get && len(route) == 1 && route[0] == PageID:
		s.page(w, r)
	case who != callerPage:
		writeErr(w, http.StatusBadRequest, graphErr{Code: 190, Message: "(#190) This method must be called with a Page Access Token"})
	case post && len(route) == 2 && route[0] == IGUserID && route[1] == "media":
		s.createContainer(w, r)
	case post && len(route) == 2 && route[0] == IGUserID && route[1] == "media_publish":
		s.publish(w, r)
	case get && len(route) == 2 && route[0] == IGUserID && route[1] == "media":
		s.listMedia(w, r)
	case get && len(route) == 2 && route[0] == IGUserID && route[1] == "content_publishing_limit":
		s.quota(w)
	case get && len(route) == 1 && route[0] == IGUserID:
		writeJSON(w, http.StatusOK, map[string]string{"id": IGUserID, "username": Username})
	case get && len(route) == 1:
		s.object(w, r, route[0])
	case get && len(route) == 2 && route[1] == "comments":
		s.comments(w, r, route[0])
	case get && len(route) == 2 && route[1] == "insights":
		s.insights(w, r, route[0])
	default:
		writeErr(w, http.StatusBadRequest, graphErr{Type: "GraphMethodException", Code: 100, Subcode: 33,
			Message: "Unsupported " + strings.ToLower(r.Method) + " request. Object does not exist, cannot be loaded due to missing permissions, or does not support this operation."})
	}
}

// authenticate reads the token (Authorization header or access_token) and
// checks it and its appsecret_proof.
func (s *Server) authenticate(w http.ResponseWriter, r *http.Request) (caller, bool) {
	token := r.Form.Get("access_token")
	if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") || strings.HasPrefix(h, "OAuth ") {
		token = strings.TrimSpace(h[strings.IndexByte(h, ' ')+1:])
	}
	s.mu.Lock()
	expired := s.expired
	s.mu.Unlock()
	var who caller
	switch token {
	case "":
		writeErr(w, http.StatusBadRequest, graphErr{Code: 104, Message: "An access token is required to request this resource."})
		return callerNone, false
	case AppID + "|" + AppSecret:
		return callerApp, true
	case PageToken:
		who = callerPage
	case UserToken:
		who = callerUser
	default:
		writeErr(w, http.StatusBadRequest, graphErr{Code: 190, Message: "Invalid OAuth access token - Cannot parse access token"})
		return callerNone, false
	}
	if expired {
		writeErr(w, http.StatusBadRequest, graphErr{Code: 190, Subcode: 460, Message: "Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons."})
		return callerNone, false
	}
	if proof := r.Form.Get("appsecret_proof"); proof != "" {
		mac := hmac.New(sha256.New, []byte(AppSecret))
		mac.Write([]byte(token))
		if !hmac.Equal([]byte(proof), []byte(hex.EncodeToString(mac.Sum(nil)))) {
			writeErr(w, http.StatusBadRequest, graphErr{Type: "GraphMethodException", Code: 100, Message: "Invalid appsecret_proof provided in the API argument"})
			return callerNone, false
		}
	}
	return who, true
}

// createContainer is POST /{ig-user-id}/media: a photo (image_url), a
// carousel item (is_carousel_item=true) or a carousel (media_type=CAROUSEL
// with children). Instagram fetches the image now.
func (s *Server) createContainer(w http.ResponseWriter, r *http.Request) {
	f := r.Form
	caption := f.Get("caption")
	if n := len(utf16.Encode([]rune(caption))); n > 2200 || len(hashtagRE.FindAllString(caption, -1)) > 30 || len(mentionRE.FindAllString(caption, -1)) > 20 {
		writeErr(w, http.StatusBadRequest, errCaption)
		return
	}
	c := &container{caption: caption, altText: f.Get("alt_text"), item: f.Get("is_carousel_item") == "true"}
	switch {
	case f.Get("media_type") == "CAROUSEL":
		if !s.carousel(w, f, c) {
			return
		}
	case f.Get("media_type") != "" && f.Get("media_type") != "IMAGE":
		writeErr(w, http.StatusBadRequest, errParam("The parameter media_type is not supported by this fake: "+f.Get("media_type")))
		return
	case f.Get("image_url") == "":
		writeErr(w, http.StatusBadRequest, errParam("The parameter image_url is required"))
		return
	default:
		if !s.image(w, r, f.Get("image_url"), c) {
			return
		}
	}
	s.mu.Lock()
	s.seq++
	c.id = "1790" + itoa(s.seq)
	c.created = s.now()
	c.state = "IN_PROGRESS"
	if c.images == 1 && s.failNext > 0 {
		s.failNext--
		c.why = "ERROR: Media upload has failed with error code 2207001"
	}
	s.containers[c.id] = c
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]string{"id": c.id})
}

// image fetches u as Instagram does and checks it is a JPEG it takes.
func (s *Server) image(w http.ResponseWriter, r *http.Request, u string, c *container) bool {
	pu, err := url.Parse(u)
	if err != nil || (pu.Scheme != "https" && pu.Scheme != "http") {
		writeErr(w, http.StatusBadRequest, errFetch)
		return false
	}
	data, err := s.get(r.Context(), u)
	if err != nil {
		writeErr(w, http.StatusBadRequest, errFetch)
		return false
	}
	s.mu.Lock()
	s.fetched = append(s.fetched, data)
	s.mu.Unlock()
	if !bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF}) {
		writeErr(w, http.StatusBadRequest, errFormat)
		return false
	}
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		writeErr(w, http.StatusBadRequest, errFormat)
		return false
	}
	if 5*cfg.Width < 4*cfg.Height || 100*cfg.Width > 191*cfg.Height {
		writeErr(w, http.StatusBadRequest, errAspect)
		return false
	}
	if _, err := jpeg.Decode(bytes.NewReader(data)); err != nil {
		c.why = "ERROR: The image could not be processed (2207001)"
	}
	c.images = 1
	return true
}

// carousel checks a carousel's children: 2 to 10 finished carousel items,
// each used once.
func (s *Server) carousel(w http.ResponseWriter, f url.Values, c *container) bool {
	ids := strings.Split(f.Get("children"), ",")
	if len(ids) < 2 || len(ids) > 10 {
		writeErr(w, http.StatusBadRequest, errParam("A carousel holds 2 to 10 children"))
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, id := range ids {
		ch := s.containers[id]
		switch {
		case ch == nil || !ch.item:
			writeErr(w, http.StatusBadRequest, errParam("The children must be carousel item containers of this account: "+id))
			return false
		case s.stateOf(ch, false) != "FINISHED":
			writeErr(w, http.StatusBadRequest, errNotReady)
			return false
		}
	}
	c.children, c.images = ids, len(ids)
	return true
}

// stateOf is a container's status_code; a read moves an IN_PROGRESS
// container on. Callers hold s.mu.
func (s *Server) stateOf(c *container, read bool) string {
	switch {
	case c.state == "PUBLISHED" || c.state == "ERROR":
	case s.now().Sub(c.created) > 24*time.Hour:
		c.state = "EXPIRED"
	case c.state == "IN_PROGRESS" && c.reads >= s.processing:
		c.state = "FINISHED"
		if c.why != "" {
			c.state = "ERROR"
		}
	}
	if read && c.state == "IN_PROGRESS" {
		c.reads++
	}
	return c.state
}

// publish is POST /{ig-user-id}/media_publish, the one call that makes a
// post public, and so the one faults and lost answers apply to.
func (s *Server) publish(w http.ResponseWriter, r *http.Request) {
	f, lose := s.Next()
	if f != nil {
		s.fault(w, r, *f)
		return
	}
	id := r.Form.Get("creation_id")
	s.mu.Lock()
	c := s.containers[id]
	var e *graphErr
	switch {
	case c == nil || c.item:
		e = &graphErr{Code: 100, Subcode: 33, Message: "(#100) The creation_id is not a publishable container of this account"}
	case s.stateOf(c, false) == "PUBLISHED":
		e = &errPublished
	case c.state == "EXPIRED":
		e = &graphErr{Code: -2, Subcode: 2207020, Message: "The media you are trying to access has expired. Please try to upload again."}
	case c.state != "FINISHED":
		e = &errNotReady
	case s.publishedSince(s.now().Add(-24*time.Hour)) >= s.limit:
		e = &errDaily
	}
	if e != nil {
		s.mu.Unlock()
		writeErr(w, http.StatusBadRequest, *e)
		return
	}
	c.state = "PUBLISHED"
	m := s.newMedia(c.caption, c.images, s.now(), true)
	if lose {
		s.lost++
		s.lostText[c.caption] = true
	}
	s.mu.Unlock()
	if lose {
		hangUp(w)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"id": m.id})
}

// hangUp drops the connection without an answer.
func hangUp(w http.ResponseWriter) {
	if hj, ok := w.(http.Hijacker); ok {
		if conn, _, err := hj.Hijack(); err == nil {
			_ = conn.Close()
			return
		}
	}
	panic(http.ErrAbortHandler)
}

// fault answers one publish with an injected failure, as Instagram does.
func (s *Server) fault(w http.ResponseWriter, r *http.Request, f channeltest.Fault) {
	switch f.Kind {
	case channeltest.FaultRateLimit:
		wait := f.RetryAfter
		if wait == 0 {
			wait = time.Minute
		}
		minutes := int((wait + time.Minute - 1) / time.Minute)
		v, _ := json.Marshal(map[string][]map[string]any{IGUserID: {{"type": "instagram", "call_count": 100, "total_cputime": 20,
			"total_time": 20, "estimated_time_to_regain_access": minutes}}})
		w.Header().Set("X-Business-Use-Case-Usage", string(v))
		writeErr(w, http.StatusBadRequest, graphErr{Code: 80002, Message: "(#80002) There have been too many calls to this Instagram account. Wait a bit and try again."})
	case channeltest.FaultServerError:
		writeErr(w, http.StatusInternalServerError, graphErr{Code: 2, Transient: true, Message: "An unexpected error has occurred. Please retry your request later."})
	case channeltest.FaultTimeout:
		select {
		case <-r.Context().Done():
		case <-s.done:
		}
	case channeltest.FaultDuplicate:
		writeErr(w, http.StatusBadRequest, graphErr{Code: 4, Subcode: 2207051, Message: "Application request limit reached",
			UserTitle: "We restrict certain activity to protect our community. Tell us if you think we made a mistake."})
	case channeltest.FaultPermanent:
		writeErr(w, http.StatusBadRequest, errParam("Invalid parameter"))
	case channeltest.FaultAuth:
		writeErr(w, http.StatusBadRequest, graphErr{Code: 190, Subcode: 463, Message: "Error validating access token: Session has expired."})
	default:
		writeErr(w, http.StatusInternalServerError, graphErr{Code: 1, Message: "An unknown error occurred"})
	}
}

// quota is GET /{ig-user-id}/content_publishing_limit.
func (s *Server) quota(w http.ResponseWriter) {
	s.mu.Lock()
	used, total := s.publishedSince(s.now().Add(-24*time.Hour)), s.limit
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"data": []any{map[string]any{"quota_usage": used,
		"config": map[string]int{"quota_total": total, "quota_duration": 86400}}}})
}

// listMedia is GET /{ig-user-id}/media, newest first, with cursors.
func (s *Server) listMedia(w http.ResponseWriter, r *http.Request) {
	q := r.Form
	limit := atoiOr(q.Get("limit"), 25)
	since := time.Unix(int64(atoiOr(q.Get("since"), 0)), 0)
	from := atoiOr(q.Get("after"), 0)
	s.mu.Lock()
	var all []map[string]any
	for i := len(s.media) - 1; i >= 0; i-- {
		m := s.media[i]
		if m.created.Before(since) {
			continue
		}
		all = append(all, map[string]any{"id": m.id, "caption": m.caption, "timestamp": m.created.Format(graphTime), "permalink": m.permalink})
	}
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, pageOf(r, all, from, limit))
}

// pageOf is one page of a listing, with Graph's cursors.
func pageOf(r *http.Request, all []map[string]any, from, limit int) map[string]any {
	from = min(from, len(all))
	to := min(from+limit, len(all))
	out := map[string]any{"data": append([]map[string]any{}, all[from:to]...)}
	if to < len(all) {
		next := *r.URL
		q := next.Query()
		q.Set("after", itoa(to))
		next.RawQuery = q.Encode()
		out["paging"] = map[string]any{"cursors": map[string]string{"after": itoa(to)}, "next": next.String()}
	}
	return out
}

// object is GET /{id}: a container's status or a media's fields.
func (s *Server) object(w http.ResponseWriter, r *http.Request, id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c := s.containers[id]; c != nil {
		state := s.stateOf(c, true)
		status := map[string]string{"IN_PROGRESS": "In Progress: Media is still being processed.", "FINISHED": "Finished: Media has been uploaded and it is ready to be published.",
			"PUBLISHED": "Published: Media has been successfully published.", "EXPIRED": "Expired: Media was not published within 24 hours.", "ERROR": c.why}[state]
		writeJSON(w, http.StatusOK, map[string]string{"id": c.id, "status_code": state, "status": status})
		return
	}
	m := s.findMedia(id)
	if m == nil {
		writeErr(w, http.StatusBadRequest, graphErr{Type: "GraphMethodException", Code: 100, Subcode: 33, Message: "Unsupported get request. Object with ID '" + id + "' does not exist"})
		return
	}
	served := s.served(m)
	all := map[string]any{"id": m.id, "caption": m.caption, "timestamp": m.created.Format(graphTime), "permalink": m.permalink,
		"like_count": *served.Reactions, "comments_count": *served.Comments, "media_type": "IMAGE"}
	if m.images > 1 {
		all["media_type"] = "CAROUSEL_ALBUM"
	}
	out := map[string]any{"id": m.id}
	for _, f := range strings.Split(r.Form.Get("fields"), ",") {
		if v, ok := all[f]; ok {
			out[f] = v
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// insights is GET /{media-id}/insights: views, reach, shares, saved,
// likes, comments; one metric it does not know fails the call.
func (s *Server) insights(w http.ResponseWriter, r *http.Request, id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.findMedia(id)
	if m == nil {
		writeErr(w, http.StatusBadRequest, graphErr{Type: "GraphMethodException", Code: 100, Subcode: 33, Message: "Unsupported get request."})
		return
	}
	served := s.served(m)
	known := map[string]int64{"views": *served.Impressions, "shares": *served.Shares, "likes": *served.Reactions,
		"comments": *served.Comments, "reach": *served.Impressions, "saved": 0}
	var data []any
	for _, name := range strings.Split(r.Form.Get("metric"), ",") {
		v, ok := known[name]
		if !ok {
			writeErr(w, http.StatusBadRequest, errParam("metric["+itoa(len(data))+"] must be one of the following values: views, reach, shares, saved, likes, comments"))
			return
		}
		data = append(data, map[string]any{"name": name, "period": "lifetime", "values": []any{map[string]int64{"value": v}}, "id": id + "/insights/" + name + "/lifetime"})
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": data})
}

// comments is GET /{media-id}/comments, newest first.
func (s *Server) comments(w http.ResponseWriter, r *http.Request, id string) {
	s.mu.Lock()
	m := s.findMedia(id)
	var all []map[string]any
	if m != nil {
		for i := len(m.comments) - 1; i >= 0; i-- {
			c := m.comments[i]
			all = append(all, map[string]any{"id": c.RemoteID, "text": c.Text, "timestamp": c.At.Format(graphTime),
				"username": c.Author, "from": map[string]string{"id": c.AuthorID, "username": c.Author}})
		}
	}
	s.mu.Unlock()
	if m == nil {
		writeErr(w, http.StatusBadRequest, graphErr{Type: "GraphMethodException", Code: 100, Subcode: 33, Message: "Unsupported get request."})
		return
	}
	writeJSON(w, http.StatusOK, pageOf(r, all, atoiOr(r.Form.Get("after"), 0), atoiOr(r.Form.Get("limit"), 25)))
}

// dialog is /{version}/dialog/oauth: the Page's admin approves at once and
// the token comes back in the redirect URI's fragment.
func (s *Server) dialog(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	redirect, err := url.Parse(q.Get("redirect_uri"))
	switch {
	case q.Get("client_id") != AppID:
		http.Error(w, "Invalid App ID", http.StatusBadRequest)
		return
	case err != nil || !redirect.IsAbs() || redirect.Fragment != "":
		http.Error(w, "URL Blocked: the redirect_uri is not an absolute URL without a fragment", http.StatusBadRequest)
		return
	case q.Get("response_type") != "token":
		http.Error(w, "igfake: only response_type=token is served", http.StatusBadRequest)
		return
	}
	redirect.Fragment = url.Values{"access_token": {ShortUserToken}, "expires_in": {"3600"}, "state": {q.Get("state")}}.Encode()
	http.Redirect(w, r, redirect.String(), http.StatusFound)
}

// exchange is /oauth/access_token with grant_type=fb_exchange_token.
func (s *Server) exchange(w http.ResponseWriter, r *http.Request) {
	f := r.Form
	switch {
	case f.Get("client_id") != AppID || f.Get("client_secret") != AppSecret:
		writeErr(w, http.StatusBadRequest, graphErr{Code: 1, Message: "Error validating client secret."})
	case f.Get("grant_type") != "fb_exchange_token" || f.Get("fb_exchange_token") != ShortUserToken:
		writeErr(w, http.StatusBadRequest, graphErr{Code: 190, Message: "Invalid OAuth access token - Cannot parse access token"})
	default:
		writeJSON(w, http.StatusOK, map[string]any{"access_token": UserToken, "token_type": "bearer", "expires_in": 5183944})
	}
}

// page is GET /{page-id} with the admin's user token.
func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	unlinked := s.unlinked
	s.mu.Unlock()
	out := map[string]any{"id": PageID}
	fields := r.Form.Get("fields")
	if strings.Contains(fields, "name") {
		out["name"] = PageName
	}
	if strings.Contains(fields, "access_token") {
		out["access_token"] = PageToken
	}
	if strings.Contains(fields, "instagram_business_account") && !unlinked {
		out["instagram_business_account"] = map[string]string{"id": IGUserID, "username": Username}
	}
	writeJSON(w, http.StatusOK, out)
}

// debugToken is GET /debug_token with the app token.
func (s *Server) debugToken(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	noPublish := s.noPublish
	s.mu.Unlock()
	scopes := []string{"pages_show_list", "pages_read_engagement", "instagram_basic", "instagram_manage_comments", "instagram_manage_insights"}
	if !noPublish {
		scopes = append(scopes, "instagram_content_publish")
	}
	valid := r.Form.Get("input_token") == PageToken
	writeJSON(w, http.StatusOK, map[string]any{"data": map[string]any{"app_id": AppID, "type": "PAGE", "is_valid": valid,
		"profile_id": PageID, "expires_at": 0, "scopes": scopes}})
}

func readAll(resp *http.Response, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err == nil && int64(len(b)) > limit {
		return nil, fmt.Errorf("igfake: image over %d bytes", limit)
	}
	return b, err
}

func atoiOr(s string, def int) int {
	if n, err := strconv.Atoi(s); err == nil && n >= 0 {
		return n
	}
	return def
}

func itoa(n int) string { return strconv.Itoa(n) }
