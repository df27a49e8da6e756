package compliance

import (
	"github.com/practicepost/practicepost/channels"
	_ "github.com/practicepost/practicepost/channels/all" // the networks the daemon registers
)

// target is the Target of a channel of a registered kind, with the kind's
// limit and counting, as calendar.Target builds it for the daemon.
func target(id, kind string) Target {
	k, _ := channels.Lookup(kind)
	l := k.Limits
	return Target{ID: id, Kind: kind, Network: k.Title, Limit: l.MaxChars, Measure: k.Measure,
		NoPhoneInText: l.NoPhoneInText, CallButton: l.CallButton, LinkButton: l.LinkButton,
		MaxHashtags: l.MaxHashtags, MaxMentions: l.MaxMentions, NeedsImage: l.NeedsImage, LinkTip: l.LinkTip}
}

// length is text's length as the kind's network counts it.
func length(kind, text string) int {
	fit, _ := measure(target(kind, kind), "", text)
	return fit.WeightedLength
}
