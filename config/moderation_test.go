package config

import (
	"strings"
	"testing"
	"time"
)

// [scheduler] moderation_every is how often a post a network still
// reviews is asked about: 5 minutes unless set, 1s to 1h.
func TestModerationEvery(t *testing.T) {
	const practice = "[practice]\nname = \"Oak Hollow Clinic\"\ntimezone = \"America/Chicago\"\nstate = \"IL\"\n\n[scheduler]\n"
	for _, tc := range []struct {
		line string
		want time.Duration
		err  string
	}{
		{"", 5 * time.Minute, ""},
		{`moderation_every = "2s"`, 2 * time.Second, ""},
		{`moderation_every = "1h"`, time.Hour, ""},
		{`moderation_every = "500ms"`, 0, "c.toml:7: scheduler.moderation_every: is 500ms; want 1s to 1h"},
		{`moderation_every = "2h"`, 0, "c.toml:7: scheduler.moderation_every: is 2h0m0s; want 1s to 1h"},
		{`moderation_every = 5`, 0, "c.toml:7: scheduler.moderation_every: wrong type"},
	} {
		c, err := Parse([]byte(practice+tc.line+"\n"), "c.toml", t.TempDir())
		switch {
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%q: got %v, want %q", tc.line, err, tc.err)
		case tc.err == "" && err != nil:
			t.Errorf("%q: %v", tc.line, err)
		case tc.err == "" && c.Scheduler.ModerationEvery.Duration != tc.want:
			t.Errorf("%q: moderation_every = %s, want %s", tc.line, c.Scheduler.ModerationEvery.Duration, tc.want)
		}
	}
}
