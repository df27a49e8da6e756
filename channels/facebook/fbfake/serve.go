package fbfake

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// caller is who a request authenticates as.
type caller int

const (
	callerNone caller = iota
	callerPage
	callerUser
	callerApp
	callerStranger // a valid user who does not manage the Page
)

// graphErr is the body of every Graph error.
type graphErr struct {
	Message   string `json:"message"`
	Type      string `json:"type"`
	Code      int    `json:"code"`
	Subcode   int    `json:"error_subcode,omitempty"`
	Transient bool   `json:"is_transient,omitempty"`
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
	e.TraceID = "AfbfakeTrace" + strconv.Itoa(rand.IntN(1e6))
	writeJSON(w, status, map[string]graphErr{"error": e})
}

func errExpired() graphErr {
	return graphErr{Code: 190, Subcode: 460, Message: "Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons."}
}

func errBadToken() graphErr {
	return graphErr{Code: 190, Message: "Invalid OAuth access token - Cannot parse access token"}
}

func errNeedsPageToken() graphErr {
	return graphErr{Code: 190, Message: "(#190) This method must be called with a Page Access Token"}
}

func errParam(msg string) graphErr {
	return graphErr{Code: 100, Message: "(#100) " + msg}
}

// serve checks the version and the token, then routes.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
		_ = r.ParseMultipartForm(8 << 20) // a bad body shows as missing fields below
	} else {
		_ = r.ParseForm()
	}
	q := r.URL.Query()
	s.mu.Lock()
	s.requests = append(s.requests, Request{Method: r.Method, Path: r.URL.Path, TokenInQuery: q.Has("access_token") || q.Has("input_token")})
	s.mu.Unlock()

	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	if len(parts) < 2 || !strings.HasPrefix(parts[0], "v") {
		// Facebook serves unversioned calls with the oldest version
		// available to the app, which changes under a client's feet; the
		// fake refuses them so an unpinned client is caught.
		writeErr(w, http.StatusBadRequest, graphErr{Code: 2500, Message: "fbfake: unversioned Graph API call; pin a version"})
		return
	}
	if !slices.Contains(Versions, parts[0]) {
		writeErr(w, http.StatusBadRequest, graphErr{Code: 2635, Message: fmt.Sprintf("(#2635) You are calling a deprecated version of the Graph API (%s). Please update to the latest version.", parts[0])})
		return
	}
	route := parts[1:]
	if len(route) == 2 && route[0] == "dialog" && route[1] == "oauth" {
		s.dialog(w, r)
		return
	}

	if route[0] == "oauth" && len(route) == 2 && route[1] == "access_token" {
		s.exchangeToken(w, r)
		return
	}
	who, token, ok := s.authenticate(w, r)
	if !ok {
		return
	}
	switch {
	case route[0] == "debug_token" && len(route) == 1:
		s.debugToken(w, r, who, token)
	case route[0] == "me" && len(route) == 2 && route[1] == "accounts" && r.Method == http.MethodGet:
		s.meAccounts(w, who)
	case route[0] == PageID && len(route) == 1 && r.Method == http.MethodGet:
		s.getPage(w, r, who)
	case route[0] == PageID && len(route) == 2 && r.Method == http.MethodPost && route[1] == "feed":
		s.postFeed(w, r, who)
	case route[0] == PageID && len(route) == 2 && r.Method == http.MethodPost && route[1] == "photos":
		s.postPhoto(w, r, who)
	case route[0] == PageID && len(route) == 2 && r.Method == http.MethodGet && route[1] == "published_posts":
		s.publishedPosts(w, r, who)
	case len(route) == 1 && r.Method == http.MethodGet:
		s.getPost(w, r, who, route[0])
	case len(route) == 2 && r.Method == http.MethodGet && route[1] == "comments":
		s.getComments(w, r, who, route[0])
	case len(route) == 2 && r.Method == http.MethodGet && route[1] == "insights":
		s.getInsights(w, r, who, route[0])
	default:
		writeErr(w, http.StatusBadRequest, graphErr{Type: "GraphMethodException", Code: 100, Subcode: 33,
			Message: "Unsupported " + strings.ToLower(r.Method) + " request. Object does not exist, cannot be loaded due to missing permissions, or does not support this operation."})
	}
}

// authenticate reads the token from the Authorization header or the
// access_token parameter and checks it and its appsecret_proof.
func (s *Server) authenticate(w http.ResponseWriter, r *http.Request) (caller, string, bool) {
	token := r.Form.Get("access_token")
	if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") || strings.HasPrefix(h, "OAuth ") {
		token = strings.TrimSpace(h[strings.IndexByte(h, ' ')+1:])
	}
	s.mu.Lock()
	expired, requireProof := s.TokenExpired(), s.requireProof
	s.mu.Unlock()
	var who caller
	switch token {
	case "":
		writeErr(w, http.StatusBadRequest, graphErr{Code: 104, Message: "An access token is required to request this resource."})
		return callerNone, "", false
	case PageToken:
		who = callerPage
	case UserToken:
		who = callerUser
	case StrangerUserToken:
		who = callerStranger
	case AppID + "|" + AppSecret:
		return callerApp, token, true
	default:
		writeErr(w, http.StatusBadRequest, errBadToken())
		return callerNone, "", false
	}
	if expired {
		writeErr(w, http.StatusBadRequest, errExpired())
		return callerNone, "", false
	}
	if proof := r.Form.Get("appsecret_proof"); proof != "" || requireProof {
		mac := hmac.New(sha256.New, []byte(AppSecret))
		mac.Write([]byte(token))
		if !hmac.Equal([]byte(proof), []byte(hex.EncodeToString(mac.Sum(nil)))) {
			msg := "Invalid appsecret_proof provided in the API argument"
			if proof == "" {
				msg = "API calls from the server require an appsecret_proof argument"
			}
			writeErr(w, http.StatusBadRequest, graphErr{Type: "GraphMethodException", Code: 100, Message: msg})
			return callerNone, "", false
		}
	}
	return who, token, true
}

// usageHeader sets the Business Use Case usage header Facebook sends on
// Page-token calls; wait is the time to regain access (minutes, rounded up).
func usageHeader(w http.ResponseWriter, callCount int, wait time.Duration) {
	minutes := int((wait + time.Minute - 1) / time.Minute)
	v, _ := json.Marshal(map[string][]map[string]any{PageID: {{
		"type": "pages", "call_count": callCount, "total_cputime": callCount / 4, "total_time": callCount / 4,
		"estimated_time_to_regain_access": minutes,
	}}})
	w.Header().Set("X-Business-Use-Case-Usage", string(v))
}

func itoa(n int) string { return strconv.Itoa(n) }
