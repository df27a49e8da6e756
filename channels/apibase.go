package channels

import (
	"fmt"
	"net/url"
	"strings"
)

// APIBase returns the base URL an adapter calls: the configured api_base
// (the real platform, a proxy, or a test fake) without a trailing slash,
// or def when none is configured. Anything but an absolute http(s) URL is
// an error naming the value.
func APIBase(configured, def string) (string, error) {
	base := strings.TrimRight(strings.TrimSpace(configured), "/")
	if base == "" {
		base = def
	}
	if u, err := url.Parse(base); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return "", fmt.Errorf("api_base %q is not an http(s) URL", configured)
	}
	return base, nil
}

// IsHTTPURL reports whether s is an absolute http(s) URL, for kinds that
// check URL settings in Options.Check.
func IsHTTPURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
