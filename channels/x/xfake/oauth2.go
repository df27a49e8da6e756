package xfake

import (
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// tokenState is the fake's OAuth 2.0 token family: refresh tokens rotate
// and are single use, and reusing a rotated one revokes the whole family,
// as X does.
type tokenState struct {
	access    map[string]time.Time // access token → expiry
	owner     map[string]string    // access token → user id; UserID when absent
	current   string               // the one valid refresh token; "" once revoked
	rotated   map[string]bool      // refresh tokens already used
	codes     map[string]codeGrant // authorization code → its PKCE challenge
	n         int
	refreshes int
}

type codeGrant struct {
	challenge, redirect string
	issued              time.Time
	user                string // who approved; UserID when empty
}

func newTokenState() tokenState {
	return tokenState{
		access:  map[string]time.Time{BearerToken: time.Now().Add(100 * 365 * 24 * time.Hour)},
		current: RefreshToken,
		owner:   map[string]string{},
		rotated: map[string]bool{},
		codes:   map[string]codeGrant{},
	}
}

// IssueCode records an authorization code as if a user approved the app
// with this S256 PKCE challenge and redirect URI; Exchange must present
// the matching verifier within 30 seconds.
func (s *Server) IssueCode(challenge, redirectURI string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	code := "xfake-code-" + s.newID()
	s.tokens.codes[code] = codeGrant{challenge, redirectURI, s.now(), UserID}
	return code
}

// Refreshes returns how many refresh grants succeeded.
func (s *Server) Refreshes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tokens.refreshes
}

// CurrentRefreshToken returns the refresh token the fake would accept next,
// "" once the family was revoked.
func (s *Server) CurrentRefreshToken() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tokens.current
}

// ExpireAccessTokens makes every access token issued so far stale.
func (s *Server) ExpireAccessTokens() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k := range s.tokens.access {
		s.tokens.access[k] = s.now().Add(-time.Second)
	}
}

// oauth2Token is POST /2/oauth2/token for the authorization_code and
// refresh_token grants of a confidential client (HTTP Basic required).
func (s *Server) oauth2Token(w http.ResponseWriter, r *http.Request, body []byte) action {
	oauthErr := func(status int, code, desc string) action {
		writeJSON(w, status, map[string]string{"error": code, "error_description": desc})
		return answered
	}
	id, secret, ok := r.BasicAuth()
	if !ok || id != ClientID || secret != ClientSecret {
		return oauthErr(http.StatusUnauthorized, "unauthorized_client", "Missing valid authorization header")
	}
	if r.Header.Get("Content-Type") != "application/x-www-form-urlencoded" {
		return oauthErr(http.StatusBadRequest, "invalid_request", "Content-Type must be application/x-www-form-urlencoded")
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return oauthErr(http.StatusBadRequest, "invalid_request", "malformed form body")
	}
	ts := &s.tokens
	owner := UserID
	switch form.Get("grant_type") {
	case "refresh_token":
		rt := form.Get("refresh_token")
		if ts.rotated[rt] {
			// Reuse of a rotated token: assume theft, revoke the family.
			ts.current = ""
			clear(ts.access)
		}
		if rt == "" || rt != ts.current {
			return oauthErr(http.StatusBadRequest, "invalid_request", "Value passed for the token was invalid.")
		}
		ts.rotated[rt] = true
		ts.refreshes++
	case "authorization_code":
		g, ok := ts.codes[form.Get("code")]
		delete(ts.codes, form.Get("code"))
		sum := sha256.Sum256([]byte(form.Get("code_verifier")))
		switch {
		case !ok || s.now().Sub(g.issued) > 30*time.Second:
			return oauthErr(http.StatusBadRequest, "invalid_request", "Value passed for the authorization code was invalid.")
		case base64.RawURLEncoding.EncodeToString(sum[:]) != g.challenge:
			return oauthErr(http.StatusBadRequest, "invalid_request", "Value passed for the code verifier did not match the code challenge.")
		case form.Get("redirect_uri") != g.redirect:
			return oauthErr(http.StatusBadRequest, "invalid_request", "Value passed for the redirect uri did not match the uri of the authorization code.")
		}
		if g.user != "" {
			owner = g.user
		}
	default:
		return oauthErr(http.StatusBadRequest, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token")
	}
	ts.n++
	access := "xfake-bearer-" + strconv.Itoa(ts.n)
	ts.access[access] = s.now().Add(2 * time.Hour)
	ts.owner[access] = owner
	ts.current = "xfake-refresh-" + strconv.Itoa(ts.n)
	writeJSON(w, http.StatusOK, map[string]any{
		"token_type": "bearer", "expires_in": 7200, "access_token": access, "refresh_token": ts.current,
		"scope": "tweet.read tweet.write users.read media.write offline.access",
	})
	return answered
}
