package templates

import (
	"github.com/practicepost/practicepost/channels"
	_ "github.com/practicepost/practicepost/channels/all" // the networks the daemon registers
	"github.com/practicepost/practicepost/compliance"
)

// target is the checklist's Target of a channel of a registered kind, as
// calendar.Target builds it for the daemon.
func target(id, kind string) compliance.Target {
	k, _ := channels.Lookup(kind)
	return compliance.Target{ID: id, Kind: kind, Limit: k.Limits.MaxChars, Measure: k.Measure}
}
