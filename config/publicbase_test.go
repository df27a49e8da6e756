package config

import (
	"fmt"
	"strings"
	"testing"
)

// [web] public_base_url is where networks fetch images from over the
// internet: https, or plain http only on a loopback address (the tests'
// fakes); public_link_minutes bounds a signed link's life.
func TestPublicBaseURL(t *testing.T) {
	const practice = "[practice]\nname = \"Maple Street Family Medicine\"\ntimezone = \"America/Chicago\"\nstate = \"IL\"\n\n[web]\n"
	for _, tc := range []struct {
		web  string
		want string // "" = valid
	}{
		{``, ""},
		{`public_base_url = "https://posts.clinic.example"`, ""},
		{`public_base_url = "https://clinic.example/practicepost/"`, ""},
		{`public_base_url = "http://127.0.0.1:8080"`, ""},
		{`public_base_url = "http://[::1]:8080"`, ""},
		{`public_base_url = "http://localhost:8080"`, ""},
		{`public_base_url = "http://posts.clinic.example"`, "web.public_base_url: \"http://posts.clinic.example\" is plain http"},
		{`public_base_url = "http://10.0.0.5"`, "is plain http"},
		{`public_base_url = "posts.clinic.example"`, "is not an absolute https URL"},
		{`public_base_url = "/media"`, "is not an absolute https URL"},
		{`public_base_url = "ftp://clinic.example"`, "is not an absolute https URL"},
		{`public_base_url = "https://user:pw@clinic.example"`, "carries a user, query or fragment"},
		{`public_base_url = "https://clinic.example/?x=1"`, "carries a user, query or fragment"},
		{`public_base_url = "https://clinic.example/a/b-c_d.e~f"`, ""},
		// The daemon answers the links under the address's path too,
		// so the path must be one the web server can route as given.
		{`public_base_url = "https://clinic.example/{x}"`, "path may hold only"},
		{`public_base_url = "https://clinic.example/p%20p"`, "path may hold only"},
		{`public_base_url = "https://clinic.example/a//b"`, "path may hold only"},
		{"public_link_minutes = 0", "web.public_link_minutes: is 0; want 1 to 60"},
		{"public_link_minutes = 61", "web.public_link_minutes: is 61; want 1 to 60"},
		{"public_link_minutes = 5", ""},
	} {
		t.Run(tc.web, func(t *testing.T) {
			c, err := Parse([]byte(practice+tc.web+"\n"), "c.toml", t.TempDir())
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), "c.toml:7: ") || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("got %v, want %q at line 7", err, tc.want)
			case tc.want == "" && c.Web.PublicLinkMinutes < 1:
				t.Errorf("public_link_minutes = %d", c.Web.PublicLinkMinutes)
			}
		})
	}
}

// A channel whose network fetches images (Google) without [web]
// public_base_url is warned about: its image posts cannot be scheduled.
func TestPublicBaseURLWarning(t *testing.T) {
	const doc = "[practice]\nname = \"Oak Hollow Clinic\"\ntimezone = \"America/Chicago\"\nstate = \"IL\"\n\n[web]\n%s\n\n" +
		"[[channels]]\nid = \"gbp\"\nkind = \"google\"\nclient_id = \"1-x.apps.googleusercontent.com\"\nclient_secret = \"env:PP_TEST_GOOGLE_SECRET\"\n"
	t.Setenv("PP_TEST_GOOGLE_SECRET", "s3cret")
	for _, tc := range []struct {
		web  string
		want bool
	}{{"", true}, {`public_base_url = "https://posts.oakhollow.example"`, false}} {
		c, err := Parse([]byte(fmt.Sprintf(doc, tc.web)), "c.toml", t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(c.Warnings(), "\n")
		if want := "channels[0]: Google Business Profile fetches a post's images from a public address, and [web] public_base_url is not set"; strings.Contains(got, want) != tc.want {
			t.Errorf("with %q: warnings %q, want the public_base_url warning: %v", tc.web, got, tc.want)
		}
	}
}
