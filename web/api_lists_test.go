package web

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"
)

// TestAPIEmptyListsAreArrays: an empty answer is [] not null, so a script's
// `jq '.posts[]'` or `for p in d["posts"]` works on a quiet day too.
func TestAPIEmptyListsAreArrays(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	staff, _ := e.session("sam")
	reviewer, _ := e.session("drlee")
	p := e.addPost("Flu shots this week.", time.Now().Add(48*time.Hour))
	from := time.Now().AddDate(2, 0, 0).UTC().Format(time.RFC3339)
	to := time.Now().AddDate(2, 1, 0).UTC().Format(time.RFC3339)
	cases := []struct {
		name, path, token, list string
		wantLen                 int
	}{
		{"no posts with that status", "/api/posts?status=failed", staff, "posts", 0},
		{"posts after the last one", "/api/posts?after=" + p.ID, staff, "posts", 0},
		{"empty review queue", "/api/review-queue", reviewer, "posts", 0},
		{"empty calendar month", "/api/calendar?from=" + from + "&to=" + to, staff, "entries", 0},
		{"a post nobody reviewed", "/api/posts/" + p.ID, staff, "reviews", 0},
		{"one post", "/api/posts", staff, "posts", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp := e.do("GET", c.path, c.token, nil)
			body := readBody(t, resp)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %s", resp.StatusCode, body)
			}
			var got map[string]json.RawMessage
			if err := json.Unmarshal([]byte(body), &got); err != nil {
				t.Fatal(err)
			}
			var list []json.RawMessage
			if err := json.Unmarshal(got[c.list], &list); err != nil || list == nil {
				t.Fatalf("%q is %s, want an array", c.list, got[c.list])
			}
			if len(list) != c.wantLen {
				t.Errorf("%q has %d items, want %d", c.list, len(list), c.wantLen)
			}
		})
	}
}
