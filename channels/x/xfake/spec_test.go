package xfake_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"sort"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/x/xfake"
	"github.com/practicepost/practicepost/internal/testshared"
	"github.com/practicepost/practicepost/post"
)

type spec struct {
	Components struct {
		Schemas map[string]schema `json:"schemas"`
	} `json:"components"`
}

type schema struct {
	Ref        string            `json:"$ref"`
	Type       string            `json:"type"`
	Required   []string          `json:"required"`
	Properties map[string]schema `json:"properties"`
	Items      *schema           `json:"items"`
	OneOf      []schema          `json:"oneOf"`
}

func loadSpec(t *testing.T) spec {
	// X's OpenAPI spec (v2.167), shipped read-only with the design docs.
	b := testshared.ReadFile(t, "data/x-openapi.json")
	var s spec
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

func (s spec) resolve(sc schema) schema {
	for sc.Ref != "" {
		sc = s.Components.Schemas[strings.TrimPrefix(sc.Ref, "#/components/schemas/")]
	}
	return sc
}

// check reports where v breaks sc: required fields missing, JSON types
// wrong, recursively through properties and array items.
func (s spec) check(t *testing.T, where string, sc schema, v any) {
	t.Helper()
	sc = s.resolve(sc)
	if len(sc.OneOf) > 0 {
		return // Problem variants: checked through checkProblem
	}
	switch sc.Type {
	case "object":
		obj, ok := v.(map[string]any)
		if !ok {
			t.Errorf("%s: want an object, got %T", where, v)
			return
		}
		for _, r := range sc.Required {
			if _, ok := obj[r]; !ok {
				t.Errorf("%s: required field %q missing", where, r)
			}
		}
		for k, pv := range obj {
			if ps, ok := sc.Properties[k]; ok {
				s.check(t, where+"."+k, ps, pv)
			}
		}
	case "array":
		arr, ok := v.([]any)
		if !ok {
			t.Errorf("%s: want an array, got %T", where, v)
			return
		}
		for i, item := range arr {
			if sc.Items != nil {
				s.check(t, where+"["+string(rune('0'+i%10))+"]", *sc.Items, item)
			}
		}
	case "string":
		if _, ok := v.(string); !ok {
			t.Errorf("%s: want a string, got %T", where, v)
		}
	case "integer", "number":
		if _, ok := v.(float64); !ok {
			t.Errorf("%s: want a number, got %T", where, v)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			t.Errorf("%s: want a boolean, got %T", where, v)
		}
	}
}

func call(t *testing.T, fake *xfake.Server, method, path, body string) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), method, fake.URL()+path, bytes.NewBufferString(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+xfake.BearerToken)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	for _, h := range []string{"x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset"} {
		if resp.Header.Get(h) == "" {
			t.Errorf("%s %s: no %s header", method, path, h)
		}
	}
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("%s %s: body is not JSON: %v", method, path, err)
	}
	return resp.StatusCode, out
}

// TestResponsesMatchSpec checks the fake's answers against the response
// schemas of X's OpenAPI spec.
func TestResponsesMatchSpec(t *testing.T) {
	s := loadSpec(t)
	fake := xfake.New()
	t.Cleanup(fake.Close)
	sc := s.Components.Schemas

	st, created := call(t, fake, "POST", "/2/tweets", `{"text":"Flu shots this week at example.org/flu"}`)
	if st != http.StatusCreated {
		t.Fatalf("create: HTTP %d", st)
	}
	s.check(t, "POST /2/tweets", sc["CreatePostsResponse"], created)
	s.check(t, "POST /2/tweets data", sc["CreatePostsResponseData"], created["data"])
	id := created["data"].(map[string]any)["id"].(string)
	fake.SetMetrics(id, post.Metrics{})

	fake.SetRepostCountName(true) // the v2.167 spec's name
	_, got := call(t, fake, "GET", "/2/tweets?ids="+id+"&tweet.fields=public_metrics,created_at,author_id", "")
	s.check(t, "GET /2/tweets", sc["GetPostsByIdsResponse"], got)
	if data, _ := got["data"].([]any); len(data) != 1 {
		t.Fatalf("GET /2/tweets data = %v", got["data"])
	}
	pm := got["data"].([]any)[0].(map[string]any)["public_metrics"]
	s.check(t, "public_metrics", sc["PostPublicMetrics"], pm)

	_, me := call(t, fake, "GET", "/2/users/me", "")
	s.check(t, "GET /2/users/me", sc["GetUsersMeResponse"], me)
	for _, f := range []string{"id", "name", "username"} {
		if _, ok := me["data"].(map[string]any)[f]; !ok {
			t.Errorf("users/me data lacks %s", f)
		}
	}

	_, list := call(t, fake, "GET", "/2/users/"+xfake.UserID+"/tweets?max_results=5", "")
	s.check(t, "GET /2/users/{id}/tweets", sc["GetUsersPostsResponse"], list)
}

// TestProblemsMatchSpec checks error bodies carry the Problem fields.
func TestProblemsMatchSpec(t *testing.T) {
	s := loadSpec(t)
	required := s.resolve(s.Components.Schemas["InvalidRequestProblem"]).Required // type, title, detail
	fake := xfake.New()
	t.Cleanup(fake.Close)
	cases := []struct {
		name   string
		prep   func()
		body   string
		status int
	}{
		{"unknown field", func() {}, `{"text":"hi","colour":"red"}`, 400},
		{"duplicate", func() {}, `{"text":"same"}`, 403},
		{"rate limit", func() { fake.Fail(1, channeltest.Fault{Kind: channeltest.FaultRateLimit}) }, `{"text":"rl"}`, 429},
		{"server error", func() { fake.Fail(1, channeltest.Fault{Kind: channeltest.FaultServerError}) }, `{"text":"5xx"}`, 503},
		{"credits", func() { fake.SetCreditsDepleted(true) }, `{"text":"money"}`, 402},
		{"expired", func() { fake.SetCreditsDepleted(false); fake.ExpireToken() }, `{"text":"expired"}`, 401},
	}
	call(t, fake, "POST", "/2/tweets", `{"text":"same"}`)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.prep()
			st, body := call(t, fake, "POST", "/2/tweets", tc.body)
			if st != tc.status {
				t.Fatalf("HTTP %d, want %d", st, tc.status)
			}
			for _, f := range required {
				if v, ok := body[f].(string); !ok || v == "" {
					t.Errorf("problem lacks string %q: %v", f, body)
				}
			}
			if n, _ := body["status"].(float64); int(n) != tc.status {
				t.Errorf("problem status %v, want %d", body["status"], tc.status)
			}
		})
	}
}

// TestCreateKeysMatchSpec checks the fake's additionalProperties lists
// are the spec's, by sending each spec property and one unknown key.
func TestCreateKeysMatchSpec(t *testing.T) {
	s := loadSpec(t)
	props := s.resolve(s.Components.Schemas["CreatePostsRequest"]).Properties
	var names []string
	for k := range props {
		names = append(names, k)
	}
	sort.Strings(names)
	fake := xfake.New()
	t.Cleanup(fake.Close)
	for _, k := range names {
		// Each known key passes the unknown-field check (it may fail later
		// validation, but never as "not defined in the schema").
		_, body := call(t, fake, "POST", "/2/tweets", `{"text":"key `+k+`","`+k+`":null}`)
		if strings.Contains(toJSON(body), "not defined in the schema") {
			t.Errorf("the fake refuses spec field %q", k)
		}
	}
	_, body := call(t, fake, "POST", "/2/tweets", `{"text":"x","link":"https://example.org"}`)
	if !strings.Contains(toJSON(body), "not defined in the schema") {
		t.Errorf("an unknown field was not refused: %v", body)
	}
}

func toJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
