package web

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/calendar"
)

// TestAPICheckReadsWhatIsPublished: the compose page's check (POST
// /api/check) reads every field the stored post's check reads, so a draft
// the page calls clean is not held when it is saved: an image's alt text
// and a Google event's title, coupon and terms go out with the post.
func TestAPICheckReadsWhatIsPublished(t *testing.T) {
	e := newTestEnvWith(t, storeOpts(), []calendar.ChannelInfo{{ID: "gbp", Kind: "google", Name: "Google"}})
	token, csrf := e.session("sam")
	for _, tc := range []struct {
		name, extra, want string
	}{
		{"plain", ``, "pass"},
		{"alt text", `,"alt_texts":["Our patient Maria Lopez, DOB 03/14/1985, after her knee surgery"]`, "block"},
		{"event title", `,"topics":{"gbp":{"type":"EVENT","title":"Maria Lopez's 95th birthday after her hip surgery"}}`, "block"},
		{"offer terms", `,"topics":{"gbp":{"type":"OFFER","title":"Physicals","terms":"Only for SSN 536-22-1234"}}`, "block"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := `{"body":"Join us this Saturday at the clinic.","channels":["gbp"]` + tc.extra + `}`
			resp := e.postJSON(http.MethodPost, "/api/check", token, csrf, body)
			defer resp.Body.Close()
			var out struct {
				Verdict string `json:"verdict"`
			}
			if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != http.StatusOK {
				t.Fatalf("check: %d %v", resp.StatusCode, err)
			}
			if out.Verdict != tc.want {
				t.Errorf("verdict %s, want %s", out.Verdict, tc.want)
			}
		})
	}
}

// TestAPICheckRefusesEscapedControls: the live check refuses a control
// character written as a JSON escape, like the posts API does, naming the
// field and byte offset: the raw-byte check runs before decoding, so
// "\u0000" reached the checklist and the page showed a verdict on text
// that could never be saved.
func TestAPICheckRefusesEscapedControls(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	token, csrf := e.session("sam")
	for _, tc := range []struct{ name, body, want string }{
		{"body", `{"body":"Flu shots\u0000 are in","channels":["preview"]}`,
			"the post text has a control character (U+0000, NUL) at byte offset 9"},
		{"variant", `{"body":"Flu shots","channels":["preview"],"variants":{"preview":"Flu\u001b[1m"}}`,
			"the text for preview has a control character (U+001B) at byte offset 3"},
		{"alt text", `{"body":"Flu shots","channels":["preview"],"alt_texts":["a\u0007"]}`,
			"image 1's description has a control character (U+0007) at byte offset 1"},
		{"reply", `{"body":"Thank you","channels":["preview"],"reply_text":"great\u0008"}`,
			"the review has a control character (U+0008) at byte offset 5"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, _, msg := e.apiJSON(http.MethodPost, "/api/check", token, csrf, tc.body)
			if status != http.StatusBadRequest || !strings.Contains(msg, tc.want) {
				t.Fatalf("status %d %q; want 400 with %q", status, msg, tc.want)
			}
		})
	}
}
