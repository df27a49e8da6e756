package calendar

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// maxContentWarning bounds a content warning, in characters: it is a
// line that stands in for the post, and counts toward its length.
const maxContentWarning = 200

// cleanOptions trims the options and drops the empty ones, so a form that
// sends every field does not store (or hash) options nobody set. Nil when
// none is left.
func cleanOptions(in map[string]post.ChannelOptions) map[string]post.ChannelOptions {
	var out map[string]post.ChannelOptions
	for c, o := range in {
		o.Visibility, o.ContentWarning = strings.TrimSpace(o.Visibility), strings.TrimSpace(o.ContentWarning)
		if o.IsZero() {
			continue
		}
		if out == nil {
			out = map[string]post.ChannelOptions{}
		}
		out[c] = o
	}
	return out
}

// validateOptions checks each channel's options against what its network
// offers (channels.Limits): a content warning only where the network can
// show one, a visibility only from the network's list.
func (s *Service) validateOptions(p *post.Post) error {
	for c, o := range p.Options {
		if !p.HasChannel(c) {
			return post.Errorf(post.EInvalid, "there are options for channel %q but the post does not go there", c)
		}
		k, _ := channels.Lookup(s.channels[c].Kind)
		if o.ContentWarning != "" {
			if !k.Limits.ContentWarning {
				return post.Errorf(post.EInvalid, "channel %s cannot show a content warning", c)
			}
			if err := post.CheckBytes("the content warning for "+c, o.ContentWarning); err != nil {
				return err
			}
			if strings.ContainsAny(o.ContentWarning, "\r\n") {
				return post.Errorf(post.EInvalid, "the content warning for %s is one line", c)
			}
			if n := utf8.RuneCountInString(o.ContentWarning); n > maxContentWarning {
				return post.Errorf(post.EInvalid, "the content warning for %s is %d characters; keep it under %d", c, n, maxContentWarning)
			}
		}
		if o.Visibility != "" && !slices.Contains(k.Limits.Visibilities, o.Visibility) {
			if len(k.Limits.Visibilities) == 0 {
				return post.Errorf(post.EInvalid, "channel %s offers no choice of who sees a post", c)
			}
			return post.Errorf(post.EInvalid, "visibility %q for %s: use %s", o.Visibility, c, strings.Join(k.Limits.Visibilities, " or "))
		}
	}
	return nil
}
