package gbpfake

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// gErr is Google's error body.
type gErr struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Status  string `json:"status"`
	Details []any  `json:"details,omitempty"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=UTF-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client hung up: nothing to do
}

func writeErr(w http.ResponseWriter, e gErr) {
	writeJSON(w, e.Code, map[string]gErr{"error": e})
}

func invalid(msg string, details ...any) gErr {
	return gErr{Code: 400, Status: "INVALID_ARGUMENT", Message: msg, Details: details}
}

// validation is the v4 API's ValidationError detail naming a field.
func validation(field, msg string) any {
	return map[string]any{"@type": "type.googleapis.com/google.mybusiness.v4.ValidationError",
		"errorDetails": []map[string]any{{"code": 3, "field": field, "message": msg}}}
}

func notFound() gErr {
	return gErr{Code: 404, Status: "NOT_FOUND", Message: "Requested entity was not found."}
}

// decodeStrict reads a JSON body into v, refusing unknown fields as Google
// does ("Invalid JSON payload received. Unknown name …").
func decodeStrict(raw []byte, v any, at string) *gErr {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		msg := err.Error()
		if name, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
			e := invalid(fmt.Sprintf("Invalid JSON payload received. Unknown name %s at '%s': Cannot find field.", name, at),
				map[string]any{"@type": "type.googleapis.com/google.rpc.BadRequest",
					"fieldViolations": []map[string]any{{"field": at, "description": "Invalid JSON payload received. Unknown name " + name + ": Cannot find field."}}})
			return &e
		}
		e := invalid("Invalid JSON payload received. " + msg)
		return &e
	}
	return nil
}

func readBody(r *http.Request) ([]byte, error) {
	return io.ReadAll(io.LimitReader(r.Body, 1<<20))
}

// serve routes a request.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Path
	switch {
	case path == "/token" && r.Method == http.MethodPost:
		s.token(w, r)
		return
	case path == AuthorizePath:
		s.authorizePage(w, r)
		return
	case strings.HasPrefix(path, "/v4/"), strings.HasPrefix(path, "/v1/"):
	default:
		writeErr(w, notFound())
		return
	}
	if !s.authorize(w, r) {
		return
	}
	if rest, ok := strings.CutPrefix(path, "/v1/"); ok {
		s.serveV1(w, r, rest)
		return
	}
	rest := strings.TrimPrefix(path, "/v4/")
	loc, tail, ok := strings.Cut(rest, "/localPosts")
	if ok && loc == Location {
		switch {
		case tail == "" && r.Method == http.MethodPost:
			s.createPost(w, r)
		case tail == "" && r.Method == http.MethodGet:
			s.listPosts(w, r)
		case tail == ":reportInsights" && r.Method == http.MethodPost:
			s.reportInsights(w, r)
		case strings.HasPrefix(tail, "/") && r.Method == http.MethodGet:
			s.getPost(w, Location+"/localPosts"+tail)
		default:
			writeErr(w, notFound())
		}
		return
	}
	loc, tail, ok = strings.Cut(rest, "/reviews")
	if ok && loc == Location {
		id, sub, _ := strings.Cut(strings.TrimPrefix(tail, "/"), "/")
		switch {
		case tail == "" && r.Method == http.MethodGet:
			s.listReviews(w, r)
		case id != "" && sub == "" && r.Method == http.MethodGet:
			s.getReview(w, Location+"/reviews/"+id)
		case id != "" && sub == "reply" && r.Method == http.MethodPut:
			s.putReply(w, r, Location+"/reviews/"+id)
		case id != "" && sub == "reply" && r.Method == http.MethodDelete:
			s.deleteReply(w, Location+"/reviews/"+id)
		default:
			writeErr(w, notFound())
		}
		return
	}
	if strings.HasPrefix(rest, "accounts/") {
		// Another account's or location's resources.
		writeErr(w, gErr{Code: 403, Status: "PERMISSION_DENIED", Message: "The caller does not have permission"})
		return
	}
	writeErr(w, notFound())
}

// serveV1 answers the Business Information and Account Management calls
// the adapter makes: the location (Verify) and the location picker.
func (s *Server) serveV1(w http.ResponseWriter, r *http.Request, rest string) {
	if r.Method != http.MethodGet {
		writeErr(w, notFound())
		return
	}
	switch {
	case rest == "accounts":
		writeJSON(w, 200, map[string]any{"accounts": []map[string]any{{"name": "accounts/" + AccountID, "accountName": LocationTitle, "type": "LOCATION_GROUP", "verificationState": "VERIFIED"}}})
	case rest == "accounts/"+AccountID+"/locations" || strings.HasPrefix(rest, "locations/") && s.location(strings.TrimPrefix(rest, "locations/")) != nil:
		if r.URL.Query().Get("readMask") == "" {
			writeErr(w, invalid("Request contains an invalid argument.", map[string]any{"@type": "type.googleapis.com/google.rpc.BadRequest",
				"fieldViolations": []map[string]any{{"field": "read_mask", "description": "Field is required"}}}))
			return
		}
		if id, ok := strings.CutPrefix(rest, "locations/"); ok {
			writeJSON(w, 200, s.location(id).json())
			return
		}
		locs := s.locations()
		out := make([]any, len(locs))
		for i, l := range locs {
			out[i] = l.json()
		}
		writeJSON(w, 200, map[string]any{"locations": out, "totalSize": len(out)})
	case strings.HasPrefix(rest, "accounts/") || strings.HasPrefix(rest, "locations/"):
		writeErr(w, gErr{Code: 403, Status: "PERMISSION_DENIED", Message: "The caller does not have permission"})
	default:
		writeErr(w, notFound())
	}
}

// authorize checks the Bearer access token.
func (s *Server) authorize(w http.ResponseWriter, r *http.Request) bool {
	if !s.BearerValid(r, AccessToken) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="https://accounts.google.com/", error="invalid_token"`)
		writeErr(w, gErr{Code: 401, Status: "UNAUTHENTICATED",
			Message: "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."})
		return false
	}
	return true
}

// token is Google's token endpoint for the refresh_token and
// authorization_code grants, with the client's id and secret in the form.
func (s *Server) token(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		writeJSON(w, 400, map[string]string{"error": "invalid_request", "error_description": "Bad form"})
		return
	}
	f := r.PostForm
	if f.Get("client_id") != ClientID || f.Get("client_secret") != ClientSecret {
		writeJSON(w, 401, map[string]string{"error": "invalid_client", "error_description": "Unauthorized"})
		return
	}
	expired := s.TokenExpired()
	s.mu.Lock()
	challenge, codeOK := s.codes[f.Get("code")]
	delete(s.codes, f.Get("code")) // a code is good once
	s.mu.Unlock()
	switch f.Get("grant_type") {
	case "refresh_token":
		if f.Get("refresh_token") != RefreshToken || expired {
			writeJSON(w, 400, map[string]string{"error": "invalid_grant", "error_description": "Token has been expired or revoked."})
			return
		}
		writeJSON(w, 200, map[string]any{"access_token": AccessToken, "expires_in": 3599, "scope": "https://www.googleapis.com/auth/business.manage", "token_type": "Bearer"})
	case "authorization_code":
		if !codeOK || f.Get("redirect_uri") == "" || challengeOf(f.Get("code_verifier")) != challenge {
			writeJSON(w, 400, map[string]string{"error": "invalid_grant", "error_description": "Bad Request"})
			return
		}
		writeJSON(w, 200, map[string]any{"access_token": AccessToken, "expires_in": 3599, "refresh_token": RefreshToken,
			"scope": "https://www.googleapis.com/auth/business.manage", "token_type": "Bearer"})
	default:
		writeJSON(w, 400, map[string]string{"error": "unsupported_grant_type", "error_description": "Invalid grant_type: " + f.Get("grant_type")})
	}
}
