package fbfake

import (
	"html/template"
	"net/http"
	"net/url"
	"strconv"
)

// Tokens of a Facebook user who does not manage the Page: the login
// dialog hands StrangerShortToken after SignInAsStranger(true), and
// exchanging it gives StrangerUserToken, with which the Page has no token.
const (
	StrangerShortToken = "EAAfbfakeSTRANGERshort0123"
	StrangerUserToken  = "EAAfbfakeSTRANGERuser0123"
	// StaleShortToken is what the dialog hands after StaleDialogTokens:
	// a short-lived token already past its hour.
	StaleShortToken = "EAAfbfakeSTALEshort0123"
)

// SignInAsStranger makes the login dialog sign in a user who does not
// manage the Page (on), or the Page's admin (off, the default).
func (s *Server) SignInAsStranger(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stranger = on
}

// StaleDialogTokens makes the login dialog hand out a short-lived user
// token that has already expired, as when the browser comes back late.
func (s *Server) StaleDialogTokens(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.staleDialog = on
}

// DeclinePosting makes the login dialog grant everything but
// pages_manage_posts, as when the person unticks it: /debug_token then
// lists the Page token's scopes without it.
func (s *Server) DeclinePosting(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.declined = on
}

var dialogPage = template.Must(template.New("dialog").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Log in with Facebook</title></head>
<body><h1>practicepost is requesting access to your Pages</h1>
<p id="signed-in">Continuing as {{.Who}}</p>
<form method="post" action="{{.Action}}">
{{range $k, $v := .Hidden}}<input type="hidden" name="{{$k}}" value="{{$v}}">{{end}}
<button type="submit" name="decision" value="allow" id="allow">Continue</button>
<button type="submit" name="decision" value="deny" id="deny">Cancel</button>
</form></body></html>`))

// dialog is /{version}/dialog/oauth, the login dialog of the implicit
// flow: the token comes back in the redirect URI's fragment, an error in
// its query.
func (s *Server) dialog(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		s.dialogAnswer(w, r)
		return
	}
	q := r.URL.Query()
	redirect, err := url.Parse(q.Get("redirect_uri"))
	switch {
	case q.Get("client_id") != AppID:
		http.Error(w, "Invalid App ID: the provided app ID does not look like a valid app ID", http.StatusBadRequest)
		return
	case err != nil || !redirect.IsAbs() || redirect.Fragment != "":
		http.Error(w, "URL Blocked: the redirect_uri is not an absolute URL without a fragment", http.StatusBadRequest)
		return
	case q.Get("response_type") != "token":
		http.Error(w, "fbfake: only response_type=token is served", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	who := "the Page's admin"
	if s.stranger {
		who = "someone who does not manage the Page"
	}
	s.mu.Unlock()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = dialogPage.Execute(w, map[string]any{"Who": who, "Action": r.URL.Path,
		"Hidden": map[string]string{"redirect_uri": q.Get("redirect_uri"), "state": q.Get("state")}})
}

func (s *Server) dialogAnswer(w http.ResponseWriter, r *http.Request) {
	back, err := url.Parse(r.PostForm.Get("redirect_uri"))
	if err != nil || !back.IsAbs() {
		http.Error(w, "redirect_uri must be an absolute URL", http.StatusBadRequest)
		return
	}
	state := r.PostForm.Get("state")
	if r.PostForm.Get("decision") != "allow" {
		q := back.Query()
		q.Set("error", "access_denied")
		q.Set("error_code", "200")
		q.Set("error_description", "Permissions error")
		q.Set("error_reason", "user_denied")
		q.Set("state", state)
		back.RawQuery = q.Encode()
		http.Redirect(w, r, back.String(), http.StatusFound)
		return
	}
	s.mu.Lock()
	token := ShortUserToken
	switch {
	case s.staleDialog:
		token = StaleShortToken
	case s.stranger:
		token = StrangerShortToken
	}
	s.mu.Unlock()
	back.Fragment = ""
	frag := url.Values{"access_token": {token}, "expires_in": {strconv.Itoa(5400)}, "state": {state}}.Encode()
	http.Redirect(w, r, back.String()+"#"+frag, http.StatusFound)
}
