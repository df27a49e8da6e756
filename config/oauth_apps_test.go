package config

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels/facebook"
)

// TestConnectAppSettings covers the app credentials the web UI's "connect"
// flows need: app_id (Facebook) and client_id/client_secret (LinkedIn).
func TestConnectAppSettings(t *testing.T) {
	const head = "[practice]\nname = \"Maple\"\ntimezone = \"America/New_York\"\nstate = \"NY\"\n[[channels]]\n"
	const fb = "id = \"fb\"\nkind = \"facebook\"\npage_id = \"1001\"\npage_access_token = \"tok\"\ngraph_version = \"v24.0\"\n"
	const li = "id = \"li\"\nkind = \"linkedin\"\norganization_id = \"42\"\naccess_token = \"tok\"\napi_version = \"202611\"\n"
	tests := []struct {
		name, channel string
		want          string // "" for no problem, else part of the message
	}{
		{"facebook app", fb + "app_id = \"990011\"\napp_secret = \"s\"\n", ""},
		{"facebook app id without secret", fb + "app_id = \"990011\"\n", "app_secret: is required with app_id"},
		{"facebook app id not digits", fb + "app_id = \"my-app\"\napp_secret = \"s\"\n", `"my-app" is not a Meta app id`},
		{"linkedin client", li + "client_id = \"86abc\"\nclient_secret = \"s\"\n", ""},
		{"linkedin client id only", li + "client_id = \"86abc\"\n", "needs both client_id and client_secret"},
		{"linkedin secret only", li + "client_secret = \"s\"\n", "needs both client_id and client_secret"},
		{"app_id on linkedin", li + "app_id = \"990011\"\n", "app_id is a facebook and instagram setting"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(head+tt.channel), "test.toml", t.TempDir())
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("unexpected problem: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("got %v, want a problem containing %q", err, tt.want)
			case tt.want == "" && tt.channel[:9] == "id = \"fb\"" && c.Channels[0].Options.(*facebook.Options).AppID != "990011":
				t.Errorf("app_id not read: %+v", c.Channels[0])
			}
		})
	}
}
