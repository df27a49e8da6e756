package lifake

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

func notFound(w http.ResponseWriter) {
	writeErr(w, apiErr{Status: 404, ServiceErrorCode: 0, Message: "Not Found"})
}

// socialActions is GET /rest/socialActions/{urn}.
func (s *Server) socialActions(w http.ResponseWriter, urn string) {
	s.mu.Lock()
	p := s.findPost(urn)
	if p == nil {
		s.mu.Unlock()
		notFound(w)
		return
	}
	m := served(p)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{
		"target":          urn,
		"likesSummary":    map[string]any{"totalLikes": *m.Reactions, "aggregatedTotalLikes": *m.Reactions, "likedByCurrentUser": false},
		"commentsSummary": map[string]any{"totalFirstLevelComments": *m.Comments, "aggregatedTotalComments": *m.Comments},
	})
}

// listComments is GET /rest/socialActions/{urn}/comments, oldest first.
func (s *Server) listComments(w http.ResponseWriter, r *http.Request, urn string) {
	s.mu.Lock()
	p := s.findPost(urn)
	var items []map[string]any
	if p != nil {
		for _, c := range p.comments {
			ms := c.At.UnixMilli()
			id := strings.TrimSuffix(c.RemoteID[strings.LastIndexByte(c.RemoteID, ',')+1:], ")")
			msg := map[string]any{"text": c.Text}
			if c.Mentions {
				msg["attributes"] = []map[string]any{{"start": 0, "length": len(OrgName), "value": map[string]any{"com.linkedin.common.CompanyAttributedEntity": map[string]string{"company": OrgURN}}}}
			}
			items = append(items, map[string]any{
				"id": id, "commentUrn": c.RemoteID, "actor": c.AuthorID, "object": urn, "message": msg,
				"created": map[string]any{"time": ms, "actor": c.AuthorID}, "lastModified": map[string]any{"time": ms, "actor": c.AuthorID},
			})
		}
	}
	s.mu.Unlock()
	if p == nil {
		notFound(w)
		return
	}
	q := r.URL.Query()
	start, _ := strconv.Atoi(q.Get("start")) // absent: 0
	count, err := strconv.Atoi(q.Get("count"))
	if err != nil || count <= 0 || count > 100 {
		count = 10
	}
	start = min(max(start, 0), len(items))
	end := min(start+count, len(items))
	page := items[start:end]
	if page == nil {
		page = []map[string]any{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"elements": page, "paging": map[string]any{"start": start, "count": count, "total": len(items)}})
}

// restliList reads a Rest.li 2.0 List(a,b) parameter from the raw query;
// the items are URL-encoded, the parentheses and commas are not.
func restliList(rawQuery, name string) ([]string, bool) {
	for _, part := range strings.Split(rawQuery, "&") {
		v, ok := strings.CutPrefix(part, name+"=")
		if !ok {
			continue
		}
		inner, ok := strings.CutPrefix(v, "List(")
		if !ok || !strings.HasSuffix(inner, ")") {
			return nil, false
		}
		var out []string
		for _, item := range strings.Split(strings.TrimSuffix(inner, ")"), ",") {
			if strings.Contains(item, ":") {
				return nil, false // an unencoded URN
			}
			u, err := url.QueryUnescape(item)
			if err != nil {
				return nil, false
			}
			out = append(out, u)
		}
		return out, true
	}
	return nil, true
}

// shareStatistics is GET /rest/organizationalEntityShareStatistics.
func (s *Server) shareStatistics(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("q") != "organizationalEntity" || q.Get("organizationalEntity") != OrgURN {
		writeErr(w, apiErr{Status: 400, Code: "ILLEGAL_ARGUMENT", Message: "Invalid organizationalEntity"})
		return
	}
	if !isAdmin(r) {
		writeErr(w, errAccessDenied("organizationalEntityShareStatistics.FINDER-organizationalEntity"))
		return
	}
	shares, ok1 := restliList(r.URL.RawQuery, "shares")
	ugc, ok2 := restliList(r.URL.RawQuery, "ugcPosts")
	if !ok1 || !ok2 {
		writeErr(w, apiErr{Status: 400, Code: "ILLEGAL_ARGUMENT", Message: "Invalid query parameters passed to request"})
		return
	}
	s.mu.Lock()
	var elements []map[string]any
	for _, urn := range append(shares, ugc...) {
		p := s.findPost(urn)
		if p == nil {
			continue
		}
		m := served(p)
		key := "share"
		if strings.HasPrefix(urn, "urn:li:ugcPost:") {
			key = "ugcPost"
		}
		elements = append(elements, map[string]any{
			key: urn, "organizationalEntity": OrgURN,
			"totalShareStatistics": map[string]any{
				"impressionCount": *m.Impressions, "uniqueImpressionsCount": *m.Impressions, "clickCount": *m.Clicks,
				"shareCount": *m.Shares, "likeCount": *m.Reactions, "commentCount": *m.Comments, "engagement": 0.0,
			},
		})
	}
	s.mu.Unlock()
	if elements == nil {
		elements = []map[string]any{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"elements": elements, "paging": map[string]any{"start": 0, "count": 10, "links": []any{}}})
}

// organization is GET /rest/organizations/{id}.
func (s *Server) organization(w http.ResponseWriter, id string) {
	if id != OrganizationID {
		writeErr(w, errAccessDenied("organizations.GET"))
		return
	}
	n, _ := strconv.ParseInt(OrganizationID, 10, 64)
	writeJSON(w, http.StatusOK, map[string]any{"id": n, "localizedName": OrgName, "vanityName": VanityName, "$URN": OrgURN})
}

// accessToken is POST /oauth/v2/accessToken.
func (s *Server) accessToken(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		writeJSON(w, 400, map[string]string{"error": "invalid_request", "error_description": "malformed form"})
		return
	}
	f := r.PostForm
	fail := func(status int, code, desc string) {
		writeJSON(w, status, map[string]string{"error": code, "error_description": desc})
	}
	switch {
	case f.Get("client_id") != ClientID || f.Get("client_secret") != ClientSecret:
		fail(401, "invalid_client", "Client authentication failed")
	case f.Get("grant_type") == "authorization_code":
		// AuthCode is good for RedirectURI, again and again; the consent
		// page's codes work once, for their redirect URI, for 30 minutes.
		token := AccessToken
		s.mu.Lock()
		g, issued := s.codes[f.Get("code")]
		delete(s.codes, f.Get("code"))
		now := s.Now()
		s.mu.Unlock()
		switch {
		case issued && f.Get("redirect_uri") == g.redirect && now.Sub(g.issued) < codeLife:
			token = g.token
		case f.Get("code") != AuthCode || f.Get("redirect_uri") != RedirectURI:
			fail(400, "invalid_request", "Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired.")
			return
		}
		writeJSON(w, 200, map[string]any{"access_token": token, "expires_in": int64(60 * 24 * time.Hour / time.Second), "refresh_token": RefreshToken, "refresh_token_expires_in": int64(365 * 24 * time.Hour / time.Second), "scope": "r_organization_social,rw_organization_admin,w_organization_social"})
	case f.Get("grant_type") == "refresh_token":
		if f.Get("refresh_token") != RefreshToken {
			fail(400, "invalid_request", "The provided authorization grant or refresh token is invalid, expired or revoked.")
			return
		}
		// The refresh token is not rotated and its life keeps running.
		writeJSON(w, 200, map[string]any{"access_token": AccessToken, "expires_in": int64(60 * 24 * time.Hour / time.Second), "refresh_token": RefreshToken, "refresh_token_expires_in": int64(300 * 24 * time.Hour / time.Second), "scope": "r_organization_social,rw_organization_admin,w_organization_social"})
	default:
		fail(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token")
	}
}
