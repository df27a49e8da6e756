package lifake

import (
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// AuthorizePath is LinkedIn's consent page.
const AuthorizePath = "/oauth/v2/authorization"

// codeLife is how long LinkedIn's authorization codes live.
const codeLife = 30 * time.Minute

// grant is an authorization code the consent page issued.
type grant struct {
	redirect, token string
	issued          time.Time
}

// SignInAsMember makes the consent page sign in a member who is not an
// admin of the Page (on), or the Page's admin (off, the default).
func (s *Server) SignInAsMember(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.member = on
}

// StaleCodes makes the consent page hand out codes that are already past
// their 30 minutes.
func (s *Server) StaleCodes(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.staleCodes = on
}

var consentPage = template.Must(template.New("consent").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LinkedIn</title></head>
<body><h1>practicepost would like to manage your organization's pages</h1>
<p id="signed-in">Signed in as {{.Who}}</p>
<form method="post" action="` + AuthorizePath + `">
{{range $k, $v := .Hidden}}<input type="hidden" name="{{$k}}" value="{{$v}}">{{end}}
<button type="submit" name="decision" value="allow" id="allow">Allow</button>
<button type="submit" name="decision" value="cancel" id="deny">Cancel</button>
</form></body></html>`))

// authorizeGet is GET /oauth/v2/authorization: LinkedIn's consent page.
func (s *Server) authorizeGet(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	redirect, err := url.Parse(q.Get("redirect_uri"))
	switch {
	case q.Get("response_type") != "code", q.Get("client_id") != ClientID:
		http.Error(w, "Bummer, something went wrong: invalid client_id or response_type", http.StatusBadRequest)
		return
	case err != nil || !redirect.IsAbs() || q.Get("state") == "" || q.Get("scope") == "":
		http.Error(w, "Bummer, something went wrong: redirect_uri, state and scope are required", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	who := "a Page administrator"
	if s.member {
		who = "a member without a role on the Page"
	}
	s.mu.Unlock()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = consentPage.Execute(w, map[string]any{"Who": who, "Hidden": map[string]string{"redirect_uri": q.Get("redirect_uri"), "state": q.Get("state")}})
}

// authorizePost answers the consent form: back to the redirect URI with a
// code, or with error=user_cancelled_authorize.
func (s *Server) authorizePost(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "malformed form", http.StatusBadRequest)
		return
	}
	back, err := url.Parse(r.PostForm.Get("redirect_uri"))
	if err != nil || !back.IsAbs() {
		http.Error(w, "redirect_uri must be an absolute URL", http.StatusBadRequest)
		return
	}
	q := back.Query()
	q.Set("state", r.PostForm.Get("state"))
	if r.PostForm.Get("decision") == "allow" {
		s.mu.Lock()
		s.seq++
		code := AuthCode + "-" + strconv.Itoa(s.seq)
		g := grant{redirect: back.String(), token: AccessToken, issued: s.Now()}
		if s.member {
			g.token = MemberToken
		}
		if s.staleCodes {
			g.issued = g.issued.Add(-codeLife - time.Minute)
		}
		s.codes[code] = g
		s.mu.Unlock()
		q.Set("code", code)
	} else {
		q.Set("error", "user_cancelled_authorize")
		q.Set("error_description", "The user cancelled the authorization")
	}
	back.RawQuery = q.Encode()
	http.Redirect(w, r, back.String(), http.StatusFound)
}

// organizationAcls is GET /rest/organizationAcls?q=roleAssignee: the
// token's member's roles. Only the admin token has one, on the Page.
func (s *Server) organizationAcls(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("q") != "roleAssignee" {
		writeErr(w, apiErr{Status: 400, Code: "ILLEGAL_ARGUMENT", Message: "Invalid query parameters passed to request"})
		return
	}
	elements := []map[string]string{}
	if isAdmin(r) && (q.Get("role") == "" || q.Get("role") == "ADMINISTRATOR") && (q.Get("state") == "" || q.Get("state") == "APPROVED") {
		elements = append(elements, map[string]string{"roleAssignee": "urn:li:person:fakeADMIN", "role": "ADMINISTRATOR", "state": "APPROVED", "organization": OrgURN})
	}
	writeJSON(w, http.StatusOK, map[string]any{"elements": elements, "paging": map[string]int{"count": 100, "start": 0}})
}
