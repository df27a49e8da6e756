package xfake

import (
	"net/http"
	"net/url"
	"testing"
)

// TestAuthorizePageChecksTheRequest: X's consent page refuses what X
// refuses: an unknown client, no PKCE challenge or a plain one, no state.
func TestAuthorizePageChecksTheRequest(t *testing.T) {
	s := New()
	defer s.Close()
	good := url.Values{"response_type": {"code"}, "client_id": {ClientID}, "redirect_uri": {"https://clinic.example/connect/x/callback"},
		"scope": {"tweet.read"}, "state": {"st"}, "code_challenge": {"abc"}, "code_challenge_method": {"S256"}}
	tests := []struct {
		name, key, value string
		want             int
	}{
		{"good", "", "", http.StatusOK},
		{"unknown client", "client_id", "someone-else", http.StatusBadRequest},
		{"plain challenge", "code_challenge_method", "plain", http.StatusBadRequest},
		{"no challenge", "code_challenge", "", http.StatusBadRequest},
		{"no state", "state", "", http.StatusBadRequest},
		{"relative redirect", "redirect_uri", "/connect/x/callback", http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := url.Values{}
			for k, v := range good {
				q[k] = v
			}
			if tt.key != "" {
				q.Set(tt.key, tt.value)
			}
			resp, err := http.Get(s.URL() + AuthorizePath + "?" + q.Encode())
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.want)
			}
		})
	}
}
