package compliance

import (
	"net/url"
	"strings"
	"testing"
)

// TestPlainHost holds plainHost to url.Parse of the link with "http://"
// before it, as checkNetAddress parsed every link before.
func TestPlainHost(t *testing.T) {
	for _, raw := range []string{"maplefamilymed.com", "cdc.gov.", "Maple-Family.COM", "a.b", "x", "...", "", "ex.com/flu", "ex.com:8080",
		"user@ex.com", "https://ex.com", "ex.com?q=1", "ex.com#top", "ex%41.com", "ex_1.com", "exé.com", "ex.com!", "ex.com,", "[::1]", "a..b"} {
		host, ok := plainHost(raw)
		u, err := url.Parse(strings.TrimRight("http://"+raw, ".,;:!?"))
		if strings.Contains(raw, "://") {
			u, err = url.Parse(strings.TrimRight(raw, ".,;:!?"))
		}
		if !ok {
			continue // parsed by url.Parse
		}
		if err != nil || u.Hostname() != host {
			t.Errorf("plainHost(%q) = %q; url.Parse gives %q (error %v)", raw, host, u.Hostname(), err)
		}
	}
	for _, raw := range []string{"ex.com/flu", "ex.com:8080", "user@ex.com", "https://ex.com", "ex%41.com", "exé.com"} {
		if _, ok := plainHost(raw); ok {
			t.Errorf("plainHost(%q) answers; it is url.Parse's to read", raw)
		}
	}
}
