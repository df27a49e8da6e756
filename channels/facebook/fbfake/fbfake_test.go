package fbfake_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/practicepost/practicepost/channels/facebook/fbfake"
)

// call sends a form request and returns the status and the Graph error code
// (0 for none).
func call(t *testing.T, method, u, token string, form url.Values) (int, int, map[string]any) {
	t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("%s %s: body is not JSON: %v", method, u, err)
	}
	code := 0
	if e, ok := out["error"].(map[string]any); ok {
		code = int(e["code"].(float64))
	}
	return resp.StatusCode, code, out
}

func TestContract(t *testing.T) {
	fake := fbfake.New()
	t.Cleanup(fake.Close)
	feed := fake.URL() + "/v25.0/" + fbfake.PageID + "/feed"
	cases := []struct {
		name     string
		method   string
		url      string
		token    string
		form     url.Values
		wantCode int
	}{
		{"unversioned", "POST", fake.URL() + "/" + fbfake.PageID + "/feed", fbfake.PageToken, url.Values{"message": {"a"}}, 2500},
		{"retired version", "POST", fake.URL() + "/v19.0/" + fbfake.PageID + "/feed", fbfake.PageToken, url.Values{"message": {"a"}}, 2635},
		{"no token", "POST", feed, "", url.Values{"message": {"a"}}, 104},
		{"unknown token", "POST", feed, "EAAnope", url.Values{"message": {"a"}}, 190},
		{"user token", "POST", feed, fbfake.UserToken, url.Values{"message": {"a"}}, 200},
		{"empty post", "POST", feed, fbfake.PageToken, url.Values{}, 100},
		{"bad attached media", "POST", feed, fbfake.PageToken, url.Values{"message": {"a"}, "attached_media": {`[{"media_fbid":"999"}]`}}, 100},
		{"deprecated insights metric", "GET", fake.URL() + "/v25.0/" + fbfake.PageID + "_1/insights?metric=post_impressions,post_clicks", fbfake.PageToken, nil, 100},
		{"published_posts with user token", "GET", fake.URL() + "/v25.0/" + fbfake.PageID + "/published_posts", fbfake.UserToken, nil, 190},
		{"ok", "POST", feed, fbfake.PageToken, url.Values{"message": {"hello"}}, 0},
		{"consecutive duplicate", "POST", feed, fbfake.PageToken, url.Values{"message": {"hello"}}, 506},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, code, _ := call(t, tc.method, tc.url, tc.token, tc.form)
			if code != tc.wantCode {
				t.Errorf("error code %d, want %d", code, tc.wantCode)
			}
		})
	}
	if n := len(fake.Accepted()); n != 1 {
		t.Errorf("accepted %d posts, want 1", n)
	}
}

func TestConcurrentCreatesAreCountedExactly(t *testing.T) {
	fake := fbfake.New()
	t.Cleanup(fake.Close)
	const n = 50
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			_, code, _ := call(t, "POST", fake.URL()+"/v25.0/"+fbfake.PageID+"/feed", fbfake.PageToken, url.Values{"message": {fmt.Sprintf("post %d", i)}})
			if code != 0 {
				t.Errorf("post %d: code %d", i, code)
			}
		})
	}
	wg.Wait()
	got := fake.Accepted()
	seen := map[string]bool{}
	for _, a := range got {
		seen[a.RemoteID] = true
	}
	if len(got) != n || len(seen) != n {
		t.Errorf("accepted %d posts with %d distinct ids, want %d", len(got), len(seen), n)
	}
}
