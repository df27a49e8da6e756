package xfake

import (
	"html/template"
	"net/http"
	"net/url"
	"time"
)

// OtherUserID and OtherUsername are a second X account, which the
// authorize page signs in as after SignInAs(OtherUsername): connecting it
// to a channel meant for Username must be refused.
const (
	OtherUserID   = "1452000000000000777"
	OtherUsername = "someoneelse"
	OtherUserName = "Someone Else"
)

// AuthorizePath is where X's consent page lives on its site.
const AuthorizePath = "/i/oauth2/authorize"

// SignInAs makes the authorize page grant codes for username (Username or
// OtherUsername), as if that person were signed in to X in the browser.
func (s *Server) SignInAs(username string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for id, u := range s.users {
		if u.Username == username {
			s.signedIn = id
		}
	}
}

// SlowApproval makes the authorize page hand out codes that are already
// older than X's 30 seconds, as when the browser comes back too late.
func (s *Server) SlowApproval(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.slowApproval = on
}

var consentPage = template.Must(template.New("consent").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Authorize app / X</title></head>
<body><h1>{{.Client}} wants to access your X account</h1>
<p id="signed-in">Signed in as @{{.Username}}</p>
<form method="post" action="` + AuthorizePath + `">
{{range $k, $v := .Hidden}}<input type="hidden" name="{{$k}}" value="{{$v}}">{{end}}
<button type="submit" name="decision" value="allow" id="allow">Authorize app</button>
<button type="submit" name="decision" value="deny" id="deny">Cancel</button>
</form></body></html>`))

// authorizeGet is GET /i/oauth2/authorize: X's consent page. It checks
// the request as X does (a known client, a redirect URI, an S256 PKCE
// challenge, a state) and asks the signed-in person to allow or cancel.
func (s *Server) authorizeGet(w http.ResponseWriter, r *http.Request, _ []byte) action {
	q := r.URL.Query()
	if msg := checkAuthorize(q); msg != "" {
		http.Error(w, "Something went wrong: "+msg, http.StatusBadRequest)
		return answered
	}
	hidden := map[string]string{}
	for _, k := range []string{"redirect_uri", "state", "code_challenge"} {
		hidden[k] = q.Get(k)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = consentPage.Execute(w, map[string]any{"Client": "practicepost", "Username": s.users[s.signedIn].Username, "Hidden": hidden})
	return answered
}

func checkAuthorize(q url.Values) string {
	redirect, err := url.Parse(q.Get("redirect_uri"))
	switch {
	case q.Get("response_type") != "code":
		return "response_type must be code"
	case q.Get("client_id") != ClientID:
		return "unknown client_id"
	case err != nil || !redirect.IsAbs():
		return "redirect_uri must be an absolute URL"
	case q.Get("code_challenge") == "" || q.Get("code_challenge_method") != "S256":
		return "a code_challenge with code_challenge_method S256 is required"
	case q.Get("state") == "":
		return "state is required"
	case q.Get("scope") == "":
		return "scope is required"
	}
	return ""
}

// authorizePost is the consent form's answer: back to the app's redirect
// URI with a code, or with error=access_denied when the person cancelled.
func (s *Server) authorizePost(w http.ResponseWriter, r *http.Request, body []byte) action {
	form, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "malformed form", http.StatusBadRequest)
		return answered
	}
	back, err := url.Parse(form.Get("redirect_uri"))
	if err != nil || !back.IsAbs() {
		http.Error(w, "redirect_uri must be an absolute URL", http.StatusBadRequest)
		return answered
	}
	q := back.Query()
	q.Set("state", form.Get("state"))
	if form.Get("decision") == "allow" {
		issued := s.now()
		if s.slowApproval {
			issued = issued.Add(-time.Minute)
		}
		code := "xfake-code-" + s.newID()
		s.tokens.codes[code] = codeGrant{form.Get("code_challenge"), form.Get("redirect_uri"), issued, s.signedIn}
		q.Set("code", code)
	} else {
		q.Set("error", "access_denied")
	}
	back.RawQuery = q.Encode()
	http.Redirect(w, r, back.String(), http.StatusFound)
	return answered
}
