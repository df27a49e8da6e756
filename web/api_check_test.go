package web

import (
	"encoding/json"
	"net/http"
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
