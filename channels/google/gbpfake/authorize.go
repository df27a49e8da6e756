package gbpfake

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"net/http"
	"net/url"
	"strings"
)

// AuthorizePath is the fake's consent page (Google's
// accounts.google.com/o/oauth2/v2/auth).
const AuthorizePath = "/o/oauth2/v2/auth"

// authorizePage checks the request a Connect flow sends the browser with
// and, as a user who consents, sends it back with a one-time code. Google
// hands out a refresh token only for access_type=offline.
func (s *Server) authorizePage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	redirect, err := url.Parse(q.Get("redirect_uri"))
	switch {
	case q.Get("client_id") != ClientID:
		http.Error(w, "Error 401: invalid_client", http.StatusUnauthorized)
		return
	case err != nil || redirect.Host == "" || q.Get("response_type") != "code":
		http.Error(w, "Error 400: invalid_request", http.StatusBadRequest)
		return
	case !strings.Contains(" "+q.Get("scope")+" ", " https://www.googleapis.com/auth/business.manage "):
		http.Error(w, "Error 400: invalid_scope", http.StatusBadRequest)
		return
	case q.Get("code_challenge") == "" || q.Get("code_challenge_method") != "S256":
		http.Error(w, "Error 400: practicepost sends a PKCE S256 challenge", http.StatusBadRequest)
		return
	case q.Get("access_type") != "offline":
		http.Error(w, "Error 400: practicepost needs access_type=offline for a refresh token", http.StatusBadRequest)
		return
	}
	b := make([]byte, 12)
	_, _ = rand.Read(b) // crypto/rand never fails on supported platforms
	code := "4/0fakeCODE" + hex.EncodeToString(b)
	s.mu.Lock()
	s.codes[code] = q.Get("code_challenge")
	s.mu.Unlock()
	back := redirect.Query()
	back.Set("code", code)
	back.Set("state", q.Get("state"))
	back.Set("scope", "https://www.googleapis.com/auth/business.manage")
	redirect.RawQuery = back.Encode()
	http.Redirect(w, r, redirect.String(), http.StatusFound)
}

// challengeOf is the S256 PKCE challenge of a verifier.
func challengeOf(verifier string) string {
	sum := sha256.Sum256([]byte(verifier))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}
