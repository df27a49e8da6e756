package config

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/practicepost/practicepost/channels"
)

var channelID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,31}$`)

// channel checks one [[channels]] block: the keys every channel has here,
// its own keys through its kind's Options.Check. seen maps ids to their
// index for the uniqueness check.
func (v *validator) channel(i int, ch *Channel, seen map[string]int) {
	key := fmt.Sprintf("channels[%d]", i)
	switch j, dup := seen[ch.ID]; {
	case ch.ID == "":
		v.add(key+".id", "is required")
	case !channelID.MatchString(ch.ID):
		v.add(key+".id", "%q is not a channel id (lowercase letters, digits and '-', at most 32)", ch.ID)
	case dup:
		v.add(key+".id", "%q is already the id of channels[%d]", ch.ID, j)
	default:
		seen[ch.ID] = i
	}
	if ch.APIBase != "" && !isHTTPURL(ch.APIBase) {
		v.add(key+".api_base", "%q is not an absolute http(s) URL", ch.APIBase)
	}
	for j, s := range ch.Slots {
		v.cron(fmt.Sprintf("%s.slots[%d]", key, j), s)
	}
	if _, ok := channels.Lookup(ch.Kind); !ok || ch.Options == nil {
		kinds := strings.Join(channels.KindNames(), ", ")
		if ch.Kind == "" {
			v.add(key+".kind", "is required (%s)", kinds)
		} else {
			v.add(key+".kind", "%q is not a channel kind (%s)", ch.Kind, kinds)
		}
		return
	}
	for _, p := range ch.Options.Check() {
		k := key
		if p.Key != "" {
			k += "." + p.Key
		}
		v.add(k, "%s", p.Message)
	}
}
