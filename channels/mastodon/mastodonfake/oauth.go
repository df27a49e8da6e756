package mastodonfake

import (
	"crypto/sha256"
	"encoding/base64"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// The second account on the instance, which the consent page signs in as
// after SignInAs(OtherUsername): connecting it to a channel meant for
// Username must be refused.
const (
	OtherAccountID   = "109382715004259999"
	OtherUsername    = "someoneelse"
	OtherDisplayName = "Someone Else"
)

// codeTTL is how long an authorization code works (Doorkeeper's default).
const codeTTL = 10 * time.Minute

// fApp is an application registered with POST /api/v1/apps.
type fApp struct {
	name, secret string
	redirectURIs []string
	scopes       []string
}

// grant is an authorization code waiting to be exchanged.
type grant struct {
	clientID, redirectURI, challenge, account string
	scopes                                    []string
	issued                                    time.Time
}

// fToken is an access token the fake issued: whose, with which scopes.
type fToken struct {
	account string
	scopes  []string
}

// Apps returns the names of the registered apps, oldest first: a
// connector registers once and then reuses what it stored.
func (s *Server) Apps() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, id := range s.appOrder {
		out = append(out, s.apps[id].name)
	}
	return out
}

// SignInAs makes the consent page grant codes for username (Username or
// OtherUsername), as if that person were signed in to the instance.
func (s *Server) SignInAs(username string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.signedIn = AccountID
	if username == OtherUsername {
		s.signedIn = OtherAccountID
	}
}

// Mastodon's scopes: "read" and "write" grant every read:… and write:…
// scope; the granular ones arrived in 2.4.3.
var knownScopes = []string{"read", "write", "push", "profile", "follow",
	"read:accounts", "read:statuses", "read:notifications", "read:favourites", "read:lists", "read:search",
	"write:statuses", "write:media", "write:favourites", "write:conversations", "write:accounts"}

func splitScopes(s string) []string { return strings.Fields(strings.ReplaceAll(s, "+", " ")) }

// covers says granted scopes include want (directly or by its top scope).
func covers(granted []string, want string) bool {
	top, _, _ := strings.Cut(want, ":")
	return slices.Contains(granted, want) || slices.Contains(granted, top)
}

// registerApp is POST /api/v1/apps (JSON or form): client_name and
// redirect_uris are required, scopes default to "read".
func (s *Server) registerApp(w http.ResponseWriter, r *http.Request) {
	p, err := params(r)
	if err != nil {
		writeErr(w, 400, "Bad request")
		return
	}
	name, scopes := p.Get("client_name"), splitScopes(p.Get("scopes"))
	var uris []string
	for _, u := range append(strings.Split(p.Get("redirect_uris"), "\n"), p["redirect_uris[]"]...) {
		if u = strings.TrimSpace(u); u != "" {
			uris = append(uris, u)
		}
	}
	if len(scopes) == 0 {
		scopes = []string{"read"}
	}
	switch {
	case name == "":
		writeErr(w, 422, "Validation failed: Application name can't be blank")
		return
	case len(uris) == 0:
		writeErr(w, 422, "Validation failed: Redirect URI can't be blank")
		return
	}
	for _, u := range uris {
		if pu, err := url.Parse(u); err != nil || !pu.IsAbs() || pu.Fragment != "" {
			writeErr(w, 422, "Validation failed: Redirect URI must be an absolute URI.")
			return
		}
	}
	for _, sc := range scopes {
		if !slices.Contains(knownScopes, sc) {
			writeErr(w, 422, "Validation failed: Scopes must be a subset of the available scopes")
			return
		}
	}
	s.mu.Lock()
	id := "fake-client-" + s.nextID()
	app := &fApp{name: name, secret: "fake-secret-" + s.nextID(), redirectURIs: uris, scopes: scopes}
	s.apps[id] = app
	s.appOrder = append(s.appOrder, id)
	s.mu.Unlock()
	writeJSON(w, 200, map[string]any{"id": id, "name": name, "website": p.Get("website"), "scopes": scopes,
		"redirect_uri": strings.Join(uris, "\n"), "redirect_uris": uris, "client_id": id, "client_secret": app.secret,
		"client_secret_expires_at": 0})
}

var consentPage = template.Must(template.New("consent").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Authorization required - Fake instance</title></head>
<body><h1>Authorization required</h1>
<p id="app">{{.App}} would like permission to access your account @{{.Username}}</p>
<ul>{{range .Scopes}}<li>{{.}}</li>{{end}}</ul>
<form method="post" action="/oauth/authorize">
{{range $k, $v := .Hidden}}<input type="hidden" name="{{$k}}" value="{{$v}}">{{end}}
<button type="submit" name="decision" value="allow" id="allow">Authorize</button>
<button type="submit" name="decision" value="deny" id="deny">Deny</button>
</form></body></html>`))

// checkAuthorize checks an authorize request as Doorkeeper does and
// returns the app, or a message for the error page.
func (s *Server) checkAuthorize(q url.Values) (*fApp, string) {
	app := s.apps[q.Get("client_id")]
	switch {
	case app == nil:
		return nil, "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method."
	case q.Get("response_type") != "code":
		return nil, "The authorization server does not support this response type."
	case !slices.Contains(app.redirectURIs, q.Get("redirect_uri")):
		return nil, "The redirect uri included is not valid."
	case q.Get("code_challenge") != "" && q.Get("code_challenge_method") != "S256":
		return nil, "The code challenge method must be S256."
	}
	scopes := splitScopes(q.Get("scope"))
	if len(scopes) == 0 {
		scopes = []string{"read"}
	}
	for _, sc := range scopes {
		if !slices.Contains(app.scopes, sc) {
			return nil, "The requested scope is invalid, unknown, or malformed."
		}
	}
	return app, ""
}

// authorizeGet is GET /oauth/authorize: the consent page of the account
// signed in to the instance.
func (s *Server) authorizeGet(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	s.mu.Lock()
	app, msg := s.checkAuthorize(q)
	username := Username
	if s.signedIn == OtherAccountID {
		username = OtherUsername
	}
	s.mu.Unlock()
	if msg != "" {
		http.Error(w, "An error has occurred: "+msg, http.StatusBadRequest)
		return
	}
	hidden := map[string]string{}
	for _, k := range []string{"client_id", "redirect_uri", "response_type", "scope", "state", "code_challenge", "code_challenge_method"} {
		hidden[k] = q.Get(k)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = consentPage.Execute(w, map[string]any{"App": app.name, "Username": username, "Scopes": splitScopes(q.Get("scope")), "Hidden": hidden})
}

// authorizePost is the consent form's answer: back to the redirect URI
// with a code and the state, or with error=access_denied.
func (s *Server) authorizePost(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "malformed form", http.StatusBadRequest)
		return
	}
	form := r.PostForm
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, msg := s.checkAuthorize(form); msg != "" {
		http.Error(w, "An error has occurred: "+msg, http.StatusBadRequest)
		return
	}
	back, _ := url.Parse(form.Get("redirect_uri")) // checked: registered
	q := back.Query()
	if st := form.Get("state"); st != "" {
		q.Set("state", st)
	}
	if form.Get("decision") == "allow" {
		scopes := splitScopes(form.Get("scope"))
		if len(scopes) == 0 {
			scopes = []string{"read"}
		}
		code := "fake-code-" + s.nextID()
		s.codes[code] = grant{clientID: form.Get("client_id"), redirectURI: form.Get("redirect_uri"), challenge: form.Get("code_challenge"),
			account: s.signedIn, scopes: scopes, issued: s.Now()}
		q.Set("code", code)
	} else {
		q.Set("error", "access_denied")
		q.Set("error_description", "The resource owner or authorization server denied the request.")
	}
	back.RawQuery = q.Encode()
	http.Redirect(w, r, back.String(), http.StatusFound)
}

// token is POST /oauth/token with grant_type authorization_code: the
// client authenticates with its secret, the code works once, within ten
// minutes, for the redirect URI it was issued for, and with the PKCE
// verifier of its challenge.
func (s *Server) token(w http.ResponseWriter, r *http.Request) {
	p, err := params(r)
	if err != nil {
		writeErr(w, 400, "Bad request")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	app := s.apps[p.Get("client_id")]
	if app == nil || p.Get("client_secret") != app.secret {
		writeJSON(w, 401, map[string]string{"error": "invalid_client",
			"error_description": "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method."})
		return
	}
	if p.Get("grant_type") != "authorization_code" {
		writeJSON(w, 400, map[string]string{"error": "unsupported_grant_type", "error_description": "The authorization grant type is not supported by the authorization server."})
		return
	}
	code := p.Get("code")
	g, ok := s.codes[code]
	delete(s.codes, code) // a code is spent by any attempt to use it
	if !ok || g.clientID != p.Get("client_id") || g.redirectURI != p.Get("redirect_uri") || s.Now().Sub(g.issued) > codeTTL ||
		(g.challenge != "" && challengeOf(p.Get("code_verifier")) != g.challenge) {
		writeJSON(w, 400, map[string]string{"error": "invalid_grant",
			"error_description": "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."})
		return
	}
	tok := "fake-token-" + s.nextID()
	s.tokens[tok] = fToken{account: g.account, scopes: g.scopes}
	writeJSON(w, 200, map[string]any{"access_token": tok, "token_type": "Bearer", "scope": strings.Join(g.scopes, " "),
		"created_at": s.Now().Unix()})
}

func challengeOf(verifier string) string {
	sum := sha256.Sum256([]byte(verifier))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}
