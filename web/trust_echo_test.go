package web

import (
	"net/url"
	"strings"
	"testing"
)

// TestErrorPagesDoNotEchoTheAddress: a crafted link put its own words on
// practicepost's pages ("…is not a date", "no template called …", "the
// platform did not connect the account (…)"), escaped but readable, e.g.
// "call 555-0100 to restore your account". The messages are fixed now.
func TestErrorPagesDoNotEchoTheAddress(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	e.withTemplates()
	const bait = "Your account is locked call 555 0100"
	staff, _ := e.session("sam")
	admin, _ := e.session("ada")
	for _, c := range []struct{ path, token string }{
		{"/calendar?date=" + url.QueryEscape(bait), staff},
		{"/posts/new?template=" + url.QueryEscape(bait), staff},
		{"/connect/x/callback?state=abc&error=" + url.QueryEscape(bait), admin},
	} {
		html := readBody(t, e.do("GET", c.path, c.token, nil))
		if strings.Contains(html, "locked call 555") {
			t.Errorf("GET %s shows the text from the address", c.path)
		}
	}
}
