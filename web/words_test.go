package web

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestPlainWordsOnPages: the words issue 14 (item 9) found odd are gone: no
// red badge that says 0, no "finding(s)", no "Review needs review".
func TestPlainWordsOnPages(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	reviewer, _ := e.session("drlee")
	if page := readBody(t, e.do(http.MethodGet, "/calendar", reviewer, nil)); strings.Contains(page, `class="count"`) {
		t.Errorf("with nothing waiting and no alert, the header still shows a count badge:\n%s", page)
	}
	p := e.addPost("Thanks to our patient for the kind review!", time.Now().Add(48*time.Hour))
	tests := []struct {
		user, path string
		want       []string
		not        []string
	}{
		{"drlee", "/calendar", []string{`aria-label="1 waiting">1<`}, []string{`id="alert-count"`}},
		{"drlee", "/review/" + p.ID, []string{"<h1>Review this post</h1>"}, []string{"<h1>Review <span"}},
		{"sam", "/posts/" + p.ID + "/edit", []string{"The last check found one thing to look at."}, []string{"finding(s)"}},
		{"ada", "/channels", []string{"Every day at 9:00; Weekdays at 15:00", "Every day at 10:30"}, []string{"0 9 * * *", "30 10 * * *"}},
	}
	for _, tt := range tests {
		token, _ := e.session(tt.user)
		page := readBody(t, e.do(http.MethodGet, tt.path, token, nil))
		for _, w := range tt.want {
			if !strings.Contains(page, w) {
				t.Errorf("%s as %s lacks %q", tt.path, tt.user, w)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(page, n) {
				t.Errorf("%s as %s still has %q", tt.path, tt.user, n)
			}
		}
	}
}
