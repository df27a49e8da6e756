package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestMetricsToken: /metrics was open to anyone who reached the web
// address; with [web] metrics_token set it asks for that bearer token.
func TestMetricsToken(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("practicepost_up 1\n")) })
	cases := []struct {
		name, token, header string
		want                int
	}{
		{"no token configured", "", "", http.StatusOK},
		{"token configured, none sent", "s3cret-token", "", http.StatusUnauthorized},
		{"wrong token", "s3cret-token", "Bearer guess", http.StatusUnauthorized},
		{"token as basic", "s3cret-token", "Basic s3cret-token", http.StatusUnauthorized},
		{"right token", "s3cret-token", "Bearer s3cret-token", http.StatusOK},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			req := httptest.NewRequest("GET", "/metrics", nil)
			if c.header != "" {
				req.Header.Set("Authorization", c.header)
			}
			rec := httptest.NewRecorder()
			metricsGuard(c.token, ok).ServeHTTP(rec, req)
			if rec.Code != c.want {
				t.Errorf("status %d, want %d", rec.Code, c.want)
			}
		})
	}
}
