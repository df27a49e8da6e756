package lifake_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"testing"

	"github.com/practicepost/practicepost/channels/linkedin/lifake"
)

func postBody(text string) []byte {
	b, _ := json.Marshal(map[string]any{
		"author": lifake.OrgURN, "commentary": text, "visibility": "PUBLIC", "lifecycleState": "PUBLISHED",
		"distribution": map[string]any{"feedDistribution": "MAIN_FEED", "targetEntities": []string{}, "thirdPartyDistributionChannels": []string{}},
	})
	return b
}

func do(t *testing.T, method, url string, headers map[string]string, body []byte) (int, map[string]any, http.Header) {
	t.Helper()
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out) // 201 has an empty body
	return resp.StatusCode, out, resp.Header
}

func good() map[string]string {
	return map[string]string{"Authorization": "Bearer " + lifake.AccessToken, "LinkedIn-Version": "202609", "X-Restli-Protocol-Version": "2.0.0", "Content-Type": "application/json"}
}

func TestContract(t *testing.T) {
	fake := lifake.New()
	t.Cleanup(fake.Close)
	with := func(k, v string) map[string]string {
		h := good()
		if v == "" {
			delete(h, k)
		} else {
			h[k] = v
		}
		return h
	}
	posts := fake.URL() + "/rest/posts"
	cases := []struct {
		name     string
		method   string
		url      string
		headers  map[string]string
		body     []byte
		status   int
		wantCode string
	}{
		{"no version", "POST", posts, with("LinkedIn-Version", ""), postBody("a"), 400, "VERSION_MISSING"},
		{"retired version", "POST", posts, with("LinkedIn-Version", "202401"), postBody("a"), 426, "NONEXISTENT_VERSION"},
		{"no restli header", "POST", posts, with("X-Restli-Protocol-Version", ""), postBody("a"), 400, "ILLEGAL_ARGUMENT"},
		{"no token", "POST", posts, with("Authorization", ""), postBody("a"), 401, ""},
		{"bad token", "POST", posts, with("Authorization", "Bearer nope"), postBody("a"), 401, "INVALID_ACCESS_TOKEN"},
		{"not an admin", "POST", posts, with("Authorization", "Bearer "+lifake.MemberToken), postBody("a"), 403, "ACCESS_DENIED"},
		{"malformed json", "POST", posts, good(), []byte("{"), 400, "ILLEGAL_ARGUMENT"},
		{"missing author", "POST", posts, good(), []byte(`{"commentary":"a"}`), 422, ""},
		{"raw urn in path", "GET", fake.URL() + "/rest/socialActions/urn:li:share:1", good(), nil, 400, "ILLEGAL_ARGUMENT"},
		{"created", "POST", posts, good(), postBody("hello"), 201, ""},
		{"duplicate", "POST", posts, good(), postBody("hello"), 422, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, out, _ := do(t, tc.method, tc.url, tc.headers, tc.body)
			if status != tc.status {
				t.Errorf("status %d, want %d (%v)", status, tc.status, out)
			}
			if code, _ := out["code"].(string); code != tc.wantCode {
				t.Errorf("code %q, want %q", code, tc.wantCode)
			}
		})
	}
	if n := len(fake.Accepted()); n != 1 {
		t.Errorf("accepted %d posts, want 1", n)
	}
}

func TestConcurrentCreatesAreCountedExactly(t *testing.T) {
	fake := lifake.New()
	t.Cleanup(fake.Close)
	const n = 50
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			status, _, h := do(t, "POST", fake.URL()+"/rest/posts", good(), postBody(fmt.Sprintf("post %d", i)))
			if status != http.StatusCreated || h.Get("X-Restli-Id") == "" {
				t.Errorf("post %d: status %d", i, status)
			}
		})
	}
	wg.Wait()
	seen := map[string]bool{}
	for _, a := range fake.Accepted() {
		seen[a.RemoteID] = true
	}
	if len(fake.Accepted()) != n || len(seen) != n {
		t.Errorf("accepted %d posts with %d distinct ids, want %d", len(fake.Accepted()), len(seen), n)
	}
}
