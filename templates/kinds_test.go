package templates

import (
	"testing"

	"github.com/practicepost/practicepost/channels"
	_ "github.com/practicepost/practicepost/channels/all" // the networks the daemon registers
	"github.com/practicepost/practicepost/compliance"
)

// target is the checklist's Target of a channel of a registered kind, as
// calendar.Target builds it for the daemon.
func target(id, kind string) compliance.Target {
	k, _ := channels.Lookup(kind)
	l := k.Limits
	return compliance.Target{ID: id, Kind: kind, Network: k.Title, Limit: l.MaxChars, Measure: k.Measure,
		NoPhoneInText: l.NoPhoneInText, CallButton: l.CallButton, LinkButton: l.LinkButton}
}

// TestTextForKinds: a channel's text is picked by its network's limit, and
// for the registered networks that is what it always was: the short text
// for X, the long one everywhere else.
func TestTextForKinds(t *testing.T) {
	r := Rendered{Short: "short", Long: "long"}
	want := map[string]string{"x": "short", "facebook": "long", "linkedin": "long", "google": "long",
		"mastodon": "long", "manual": "long", "preview": "long"}
	for kind, text := range want {
		if got := r.TextFor(target(kind, kind).Limit); got != text {
			t.Errorf("%s (limit %d): %q, want %q", kind, target(kind, kind).Limit, got, text)
		}
	}
	for _, tc := range []struct {
		limit int
		want  string
	}{{0, "long"}, {1, "short"}, {ShortMax, "short"}, {ShortMax + 1, "long"}, {500, "long"}} {
		if got := r.TextFor(tc.limit); got != tc.want {
			t.Errorf("TextFor(%d) = %q, want %q", tc.limit, got, tc.want)
		}
	}
}
