package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

// TestComposeChannelOptions: a channel whose network offers a content
// warning and a choice of visibility (Mastodon) gets those fields on the
// compose page, and no other channel does; the checklist suggests a
// warning for a health topic there, and not once one is typed; what is
// saved is kept per channel and shown again on the edit page; a
// visibility the network does not offer is refused with words.
func TestComposeChannelOptions(t *testing.T) {
	e := newTestEnvWith(t, storeOpts(), []calendar.ChannelInfo{{ID: "md", Kind: "mastodon", Name: "Mastodon"}, {ID: "fb", Kind: "facebook", Name: "Facebook"}})
	token, csrf := e.session("sam")
	page := readBody(t, e.do(http.MethodGet, "/posts/new", token, nil))
	for _, want := range []string{`name="cw_md"`, `name="visibility_md"`, `data-options="md"`, `<option value="unlisted"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the compose page lacks %s", want)
		}
	}
	if strings.Contains(page, `cw_fb`) || strings.Contains(page, `visibility_fb`) {
		t.Error("a Facebook channel is offered a content warning or a visibility")
	}

	check := func(warnings string) []string {
		t.Helper()
		body := `{"body":"Flu shots this week at the clinic.","channels":["md","fb"]` + warnings + `}`
		resp := e.postJSON(http.MethodPost, "/api/check", token, csrf, body)
		defer resp.Body.Close()
		var out struct {
			Findings []struct{ Rule, Channel string } `json:"findings"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("check: %d %v", resp.StatusCode, err)
		}
		var got []string
		for _, f := range out.Findings {
			if f.Rule == "PLAT-05" {
				got = append(got, f.Channel)
			}
		}
		return got
	}
	if got := check(""); len(got) != 1 || got[0] != "md" {
		t.Errorf("PLAT-05 without a warning: %v, want it on md only", got)
	}
	if got := check(`,"content_warnings":{"md":"Health: flu shots"}`); len(got) != 0 {
		t.Errorf("PLAT-05 with a warning: %v", got)
	}

	form := url.Values{"csrf": {csrf}, "body": {"Flu shots this week at the clinic."}, "channel": {"md", "fb"}, "when": {""},
		"cw_md": {"Health: flu shots"}, "visibility_md": {"unlisted"}}
	resp := postMultipart(t, e, "/posts", token, form)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("saving: %d %s", resp.StatusCode, readBody(t, resp))
	}
	id := strings.TrimPrefix(strings.TrimPrefix(resp.Header.Get("Location"), e.ts.URL), "/posts/")
	id, _, _ = strings.Cut(id, "?")
	v, err := e.cal.GetPost(context.Background(), calendar.PostRef{ID: id})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]post.ChannelOptions{"md": {Visibility: "unlisted", ContentWarning: "Health: flu shots"}}
	if len(v.Post.Options) != 1 || v.Post.Options["md"] != want["md"] {
		t.Errorf("stored options %+v, want %+v", v.Post.Options, want)
	}
	edit := readBody(t, e.do(http.MethodGet, "/posts/"+id+"/edit", token, nil))
	if !strings.Contains(edit, `value="Health: flu shots"`) || !strings.Contains(edit, `<option value="unlisted" selected>`) {
		t.Error("the edit page does not show the saved options")
	}

	// What the page does not offer, a crafted form cannot set either.
	for field, words := range map[string]string{"visibility_md": "use public or unlisted", "cw_fb": "channel fb cannot show a content warning"} {
		bad := url.Values{}
		for k, v := range form {
			bad[k] = v
		}
		bad.Set(field, "direct")
		resp = postMultipart(t, e, "/posts", token, bad)
		if body := readBody(t, resp); resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, words) || !strings.Contains(body, "Flu shots this week") {
			t.Errorf("%s=direct: %d, want 400 saying %q with the text kept", field, resp.StatusCode, words)
		}
	}
}
