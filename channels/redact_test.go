package channels

import (
	"errors"
	"net/url"
	"strings"
	"testing"
)

func TestRedactURLError(t *testing.T) {
	err := &url.Error{Op: "Get", URL: "https://graph.example/v25.0/me?access_token=SECRET#frag", Err: errors.New("timeout")}
	got := RedactURLError(err).Error()
	if strings.Contains(got, "SECRET") || strings.Contains(got, "frag") || !strings.Contains(got, "graph.example/v25.0/me") {
		t.Fatalf("redacted error %q", got)
	}
	plain := errors.New("not a URL error")
	if RedactURLError(plain) != plain {
		t.Fatal("other errors must come back unchanged")
	}
}

func TestAPIBase(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"", "https://api.example", true},
		{"http://127.0.0.1:8080/", "http://127.0.0.1:8080", true},
		{" https://proxy.example/x/ ", "https://proxy.example/x", true},
		{"ftp://files.example", "", false},
		{"api.example", "", false},
	}
	for _, tc := range tests {
		got, err := APIBase(tc.in, "https://api.example")
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("APIBase(%q) = %q, %v", tc.in, got, err)
		}
	}
}
