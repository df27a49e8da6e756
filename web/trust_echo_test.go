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
		// Pages with a filter form: what was typed may stand in its own
		// field, but never in the page's own words.
		{"/reports?from=" + url.QueryEscape(bait), admin},
		{"/reports?to=" + url.QueryEscape(bait), admin},
		{"/reports?channel=" + url.QueryEscape(bait), admin},
		{"/reports/view?from=" + url.QueryEscape(bait), admin},
		{"/reports/export/" + url.PathEscape(bait), admin},
		{"/audit?before=" + url.QueryEscape(bait), admin},
		{"/audit?kind=" + url.QueryEscape(bait), admin},
		{"/audit?from=" + url.QueryEscape(bait), admin},
	} {
		html := readBody(t, e.do("GET", c.path, c.token, nil))
		inText := strings.Count(html, "locked call 555") - strings.Count(html, `value="`+bait)
		if inText > 0 {
			t.Errorf("GET %s shows the text from the address", c.path)
		}
	}
}
