package calendar

import (
	"maps"
	"slices"

	"github.com/practicepost/practicepost/post"
)

// goneOutOn names a channel on which the post has been (or may have been)
// published, or "" when nothing has left the practice yet. A post held in
// the middle of publishing is still Editable by status, but its words are
// already public on that channel.
func goneOutOn(p *post.Post) string {
	for _, c := range slices.Sorted(maps.Keys(p.Deliveries)) {
		switch p.Deliveries[c].State {
		case post.DeliveryPublished, post.DeliveryPublishing, post.DeliveryUnknown, post.DeliveryTask:
			return c
		}
	}
	return ""
}

// changesWords reports whether req would change what the post says or where
// it goes: the text, a channel's text, the channels, the media or the linked
// authorization. Schedule, tags, audience and the evergreen flag are not words.
func changesWords(p *post.Post, req EditPost) bool {
	if req.Body != nil && *req.Body != p.Body {
		return true
	}
	if req.Variants != nil && !maps.Equal(*req.Variants, p.Variants) {
		return true
	}
	if req.Channels != nil {
		a, b := dedupe(*req.Channels), slices.Clone(p.Channels)
		slices.Sort(a)
		slices.Sort(b)
		if !slices.Equal(a, b) {
			return true
		}
	}
	if req.Media != nil && !slices.EqualFunc(*req.Media, p.Media, func(x, y post.Media) bool {
		return x.Hash == y.Hash && x.AltText == y.AltText && x.ShowsPatient == y.ShowsPatient
	}) {
		return true
	}
	return req.AuthorizationID != nil && *req.AuthorizationID != p.AuthorizationID
}
