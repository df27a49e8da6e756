package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// withGoogle adds a Google Business Profile channel "gbp" to the practice
// mustInit made.
func withGoogle(t *testing.T) string {
	t.Helper()
	cfg := mustInit(t)
	f, err := os.OpenFile(cfg, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.WriteString("\n[[channels]]\nid = \"gbp\"\nkind = \"google\"\nclient_id = \"123-x.apps.googleusercontent.com\"\nclient_secret = \"GOCSPX-test\"\nslots = [\"0 9 * * 1-5\"]\n")
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestPostAddTopic: post add takes the post type, the button and the
// event's title and times for the post's Google channels, as the compose
// form and the JSON API do, and refuses what the calendar refuses with
// its words, storing nothing.
func TestPostAddTopic(t *testing.T) {
	cfg := withGoogle(t)
	at := time.Now().Add(48 * time.Hour).UTC().Format(time.RFC3339)
	base := []string{"--config", cfg, "post", "add", "--text", "Walk in for your flu shot, Monday to Friday.", "--at", at}
	code, out, errs := cli(t, "", append(base, "--channel", "gbp", "--channel", "preview", "--json", "--post-type", "event",
		"--event-title", "Flu shot clinic", "--start", "2027-01-14 09:00", "--end", "2027-01-14T17:00",
		"--button", "sign_up", "--button-url", "https://clinic.example/flu")...)
	if code != 0 {
		t.Fatalf("post add: exit %d: %s", code, errs)
	}
	var p post.Post
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatal(err)
	}
	want := post.Topic{Type: post.TopicEvent, Title: "Flu shot clinic", StartDate: "2027-01-14", StartTime: "09:00", EndDate: "2027-01-14", EndTime: "17:00",
		Button: post.ButtonSignUp, ButtonURL: "https://clinic.example/flu"}
	if got, ok := p.TopicFor("gbp"); !ok || got != want {
		t.Fatalf("topic on gbp: %+v, want %+v", got, want)
	}
	if _, ok := p.TopicFor("preview"); ok {
		t.Fatal("the preview channel got a post type")
	}

	refused := []struct {
		name string
		args []string
		want string
	}{
		{"no google channel", []string{"--channel", "preview", "--post-type", "EVENT"}, "no --channel is one"},
		{"end before start", []string{"--channel", "gbp", "--post-type", "OFFER", "--event-title", "Physicals", "--start", "2027-06-30", "--end", "2027-06-01"}, "before it starts"},
		{"button without its link", []string{"--channel", "gbp", "--button", "BOOK"}, "choose the post type"},
		{"book without a link", []string{"--channel", "gbp", "--post-type", "STANDARD", "--button", "BOOK"}, "the Book button needs a link"},
		{"call with a link", []string{"--channel", "gbp", "--post-type", "STANDARD", "--button", "CALL", "--button-url", "https://clinic.example"}, "takes no link"},
	}
	for _, tc := range refused {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := cli(t, "", append(base, tc.args...)...)
			if code != exitInvalid || !strings.Contains(errs+out, tc.want) {
				t.Fatalf("exit %d (want %d), output %q, want %q", code, exitInvalid, errs+out, tc.want)
			}
		})
	}
	code, out, _ = cli(t, "", "--config", cfg, "post", "list", "--json")
	var list []post.Post
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list) != 1 {
		t.Fatalf("refused posts were stored: %s", out)
	}
}
