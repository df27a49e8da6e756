package lifake

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"

	"github.com/practicepost/practicepost/channels/channeltest"
)

// apiErr is LinkedIn's error body.
type apiErr struct {
	Status           int             `json:"status"`
	ServiceErrorCode int             `json:"serviceErrorCode,omitempty"`
	Code             string          `json:"code,omitempty"`
	Message          string          `json:"message"`
	ErrorDetailType  string          `json:"errorDetailType,omitempty"`
	ErrorDetails     json.RawMessage `json:"errorDetails,omitempty"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Li-Uuid", "AAYfakeLIuuid")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client hung up: nothing to do
}

func writeErr(w http.ResponseWriter, e apiErr) {
	writeJSON(w, e.Status, e)
}

// littleReserved are little text's reserved characters.
const littleReserved = `\|{}@[]()<>#*_~`

// cutLittle returns commentary as LinkedIn keeps it: everything before the
// first reserved character that is not escaped by a backslash.
func cutLittle(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' {
			if i+1 < len(s) {
				i++ // the escaped character (ASCII: all reserved ones are)
				continue
			}
			return s[:i] // a lone trailing backslash
		}
		if strings.IndexByte(littleReserved, c) >= 0 {
			return s[:i]
		}
	}
	return s
}

// unescapeLittle is what a reader sees of stored little text.
func unescapeLittle(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// serve routes a request after the checks every REST call gets.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/oauth/v2/accessToken" && r.Method == http.MethodPost:
		s.accessToken(w, r)
		return
	case r.URL.Path == AuthorizePath && r.Method == http.MethodGet:
		s.authorizeGet(w, r)
		return
	case r.URL.Path == AuthorizePath && r.Method == http.MethodPost:
		s.authorizePost(w, r)
		return
	case strings.HasPrefix(r.URL.Path, "/dms-uploads/") && r.Method == http.MethodPut:
		if s.authorize(w, r) {
			s.upload(w, r)
		}
		return
	case !strings.HasPrefix(r.URL.Path, "/rest/"):
		writeErr(w, apiErr{Status: 404, Message: "Not Found"})
		return
	}
	if !s.checkHeaders(w, r) || !s.authorize(w, r) {
		return
	}
	// URNs must be URL-encoded in paths; a raw one breaks Rest.li routing.
	if strings.Contains(r.URL.EscapedPath(), "urn:li:") {
		writeErr(w, apiErr{Status: 400, Code: "ILLEGAL_ARGUMENT", Message: "Syntax exception in path variables"})
		return
	}
	rest := strings.TrimPrefix(r.URL.Path, "/rest/")
	switch {
	case rest == "posts" && r.Method == http.MethodPost:
		s.createPost(w, r)
	case rest == "posts" && r.Method == http.MethodGet:
		s.listPosts(w, r)
	case rest == "images" && r.Method == http.MethodPost && r.URL.Query().Get("action") == "initializeUpload":
		s.initializeUpload(w, r)
	case strings.HasPrefix(rest, "socialActions/") && strings.HasSuffix(rest, "/comments") && r.Method == http.MethodGet:
		s.listComments(w, r, strings.TrimSuffix(strings.TrimPrefix(rest, "socialActions/"), "/comments"))
	case strings.HasPrefix(rest, "socialActions/") && r.Method == http.MethodGet:
		s.socialActions(w, strings.TrimPrefix(rest, "socialActions/"))
	case rest == "organizationalEntityShareStatistics" && r.Method == http.MethodGet:
		s.shareStatistics(w, r)
	case rest == "organizationAcls" && r.Method == http.MethodGet:
		s.organizationAcls(w, r)
	case strings.HasPrefix(rest, "organizations/") && r.Method == http.MethodGet:
		s.organization(w, strings.TrimPrefix(rest, "organizations/"))
	default:
		writeErr(w, apiErr{Status: 404, Message: "No virtual resource found"})
	}
}

// checkHeaders enforces the versioning headers.
func (s *Server) checkHeaders(w http.ResponseWriter, r *http.Request) bool {
	v := r.Header.Get("LinkedIn-Version")
	if v == "" {
		writeErr(w, apiErr{Status: 400, Code: "VERSION_MISSING", Message: "A version must be present. Please specify a version by adding the LinkedIn-Version header."})
		return false
	}
	month, _, _ := strings.Cut(v, ".")
	if !slices.Contains(Versions, month) {
		writeErr(w, apiErr{Status: 426, Code: "NONEXISTENT_VERSION", Message: "Requested version " + month + "01 is not active"})
		return false
	}
	if r.Header.Get("X-Restli-Protocol-Version") != "2.0.0" {
		writeErr(w, apiErr{Status: 400, Code: "ILLEGAL_ARGUMENT", Message: "Invalid query parameters passed to request: X-Restli-Protocol-Version 2.0.0 is required for this resource"})
		return false
	}
	return true
}

// authorize checks the Bearer token.
func (s *Server) authorize(w http.ResponseWriter, r *http.Request) bool {
	token, ok := channeltest.BearerToken(r)
	expired := s.TokenExpired()
	switch {
	case !ok || token == "":
		writeErr(w, apiErr{Status: 401, ServiceErrorCode: 401, Message: "Empty oauth2_access_token"})
	case token != AccessToken && token != MemberToken:
		writeErr(w, apiErr{Status: 401, ServiceErrorCode: 65600, Code: "INVALID_ACCESS_TOKEN", Message: "Invalid access token"})
	case expired:
		writeErr(w, apiErr{Status: 401, ServiceErrorCode: 65602, Code: "EXPIRED_ACCESS_TOKEN", Message: "The token used in the request has expired"})
	default:
		return true
	}
	return false
}

// isAdmin reports whether the request's member administers the Page.
func isAdmin(r *http.Request) bool {
	return r.Header.Get("Authorization") == "Bearer "+AccessToken
}

func errAccessDenied(what string) apiErr {
	return apiErr{Status: 403, ServiceErrorCode: 100, Code: "ACCESS_DENIED", Message: "Not enough permissions to access: " + what}
}
