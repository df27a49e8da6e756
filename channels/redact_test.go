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
