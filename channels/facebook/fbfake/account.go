package fbfake

import (
	"net/http"
	"slices"
	"time"
)

// pageScopes are the permissions the fake's tokens were granted.
var pageScopes = []string{"pages_show_list", "pages_manage_posts", "pages_read_engagement", "pages_read_user_engagement", "read_insights"}

// getPage is GET /{page-id}. The Page token field is only served to the
// Page's admin (the user token) or the Page itself.
func (s *Server) getPage(w http.ResponseWriter, r *http.Request, who caller) {
	fields := fieldSet(r.Form.Get("fields"), "id,name")
	out := map[string]any{"id": PageID}
	for name := range fields {
		switch name {
		case "name":
			out["name"] = PageName
		case "link":
			out["link"] = PageLink
		case "access_token":
			if who == callerApp {
				writeErr(w, http.StatusBadRequest, graphErr{Code: 190, Message: "(#190) This method must be called with a user access token"})
				return
			}
			// Someone without a task on the Page sees the Page, not its token.
			if who != callerStranger {
				out["access_token"] = PageToken
			}
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// meAccounts is GET /me/accounts: the Pages the user manages.
func (s *Server) meAccounts(w http.ResponseWriter, who caller) {
	if who == callerStranger {
		writeJSON(w, http.StatusOK, map[string]any{"data": []any{}})
		return
	}
	if who != callerUser {
		writeErr(w, http.StatusBadRequest, errParam("Tried accessing nonexisting field (accounts) on node type (Page)"))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"data":   []map[string]any{{"id": PageID, "name": PageName, "access_token": PageToken, "category": "Medical & Health", "tasks": []string{"ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE"}}},
		"paging": map[string]any{"cursors": map[string]string{"before": "cursor-0", "after": "cursor-1"}},
	})
}

// debugToken is GET /debug_token?input_token=…: what Facebook knows about a
// token. An invalid input token is a 200 with is_valid false.
func (s *Server) debugToken(w http.ResponseWriter, r *http.Request, who caller, token string) {
	input := r.Form.Get("input_token")
	if input == "" {
		writeErr(w, http.StatusBadRequest, errParam("The parameter input_token is required"))
		return
	}
	s.mu.Lock()
	expired, now, declined := s.TokenExpired(), s.Now(), s.declined
	s.mu.Unlock()
	// Only the app, or a token inspecting itself, may look.
	if who != callerApp && input != token {
		writeErr(w, http.StatusBadRequest, graphErr{Code: 100, Message: "(#100) You must provide an app access token, or a user access token that is an owner or developer of the app"})
		return
	}
	scopes := pageScopes
	if declined {
		scopes = slices.DeleteFunc(slices.Clone(pageScopes), func(s string) bool { return s == "pages_manage_posts" })
	}
	data := map[string]any{"app_id": AppID, "application": "practicepost", "is_valid": !expired, "scopes": scopes}
	switch input {
	case PageToken:
		data["type"] = "PAGE"
		data["profile_id"] = PageID
		data["expires_at"] = 0
	case UserToken:
		data["type"] = "USER"
		data["expires_at"] = now.Add(60 * 24 * time.Hour).Unix()
	default:
		data = map[string]any{"is_valid": false, "error": map[string]any{"code": 190, "message": "Invalid OAuth access token."}, "scopes": []string{}}
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": data})
}

// exchangeToken is /oauth/access_token with grant_type=fb_exchange_token.
func (s *Server) exchangeToken(w http.ResponseWriter, r *http.Request) {
	expired := s.TokenExpired()
	switch {
	case r.Form.Get("grant_type") != "fb_exchange_token":
		writeErr(w, http.StatusBadRequest, errParam("Invalid grant_type"))
	case r.Form.Get("client_id") != AppID:
		writeErr(w, http.StatusBadRequest, graphErr{Code: 101, Message: "Error validating application. Invalid application ID."})
	case r.Form.Get("client_secret") != AppSecret:
		writeErr(w, http.StatusBadRequest, graphErr{Code: 1, Message: "Error validating client secret."})
	case r.Form.Get("fb_exchange_token") == StaleShortToken:
		writeErr(w, http.StatusBadRequest, graphErr{Code: 190, Subcode: 463, Message: "Error validating access token: Session has expired."})
	case r.Form.Get("fb_exchange_token") == StrangerShortToken:
		writeJSON(w, http.StatusOK, map[string]any{"access_token": StrangerUserToken, "token_type": "bearer", "expires_in": 5183944})
	case r.Form.Get("fb_exchange_token") != ShortUserToken && r.Form.Get("fb_exchange_token") != UserToken:
		writeErr(w, http.StatusBadRequest, errBadToken())
	case expired:
		writeErr(w, http.StatusBadRequest, errExpired())
	default:
		writeJSON(w, http.StatusOK, map[string]any{"access_token": UserToken, "token_type": "bearer", "expires_in": 5183944})
	}
}
