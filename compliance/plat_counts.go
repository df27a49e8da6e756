package compliance

import (
	"regexp"
	"strconv"

	"github.com/practicepost/practicepost/post"
)

// Rules for networks that count more than characters (Instagram: 30
// hashtags and 20 @tags a caption, an image on every post, no clickable
// links in captions; docs/PLATFORMS.md section 10). The network's kind says
// so through the Target (MaxHashtags, MaxMentions, NeedsImage, LinkTip):
// the checklist names no network.

var (
	// hashtagRE is a #hashtag as Instagram counts it: not the # of an
	// HTML entity (&#39;) or one glued to a word.
	hashtagRE = regexp.MustCompile(`(?:^|[^\p{L}\p{N}_&])(#[\p{L}\p{N}_]+)`)
	// tagRE is an @tag: not the @ of an e-mail address.
	tagRE = regexp.MustCompile(`(?:^|[^\p{L}\p{N}_.@])(@[A-Za-z0-9_.]+)`)
)

// checkTagCounts is PLAT-06: more hashtags or @tags than the network
// takes; the network refuses the post, so it would fail at its time. The
// finding spans the tags past the limit.
func checkTagCounts(s *scan) []post.Finding {
	var out []post.Finding
	for _, t := range s.d.Channels {
		text := textFor(s.d, t.ID)
		for _, c := range []struct {
			re    *regexp.Regexp
			max   int
			what  string
			where string
		}{
			{hashtagRE, t.MaxHashtags, "hashtags", "Keep the few that people search for"},
			{tagRE, t.MaxMentions, "@tags", "Tag fewer accounts"},
		} {
			if c.max == 0 {
				continue
			}
			ms := c.re.FindAllStringSubmatchIndex(text, -1)
			if len(ms) <= c.max {
				continue
			}
			n := strconv.Itoa(len(ms))
			out = append(out, post.Finding{Start: ms[c.max][2], End: ms[len(ms)-1][3], Channel: t.ID,
				Message:    "The text for " + t.ID + " has " + n + " " + c.what + "; " + network(t) + " takes at most " + strconv.Itoa(c.max) + " in a post, so it would refuse this one.",
				Suggestion: c.where + ", or write a version of the text for " + t.ID + " with fewer " + c.what + "."})
		}
	}
	return out
}

// checkNeedsImage is PLAT-07: a network that takes no post without an
// image would refuse this one.
func checkNeedsImage(s *scan) []post.Finding {
	if len(s.d.Media) > 0 {
		return nil
	}
	var out []post.Finding
	for _, t := range s.d.Channels {
		if t.NeedsImage {
			out = append(out, post.Finding{Channel: t.ID,
				Message:    "A post on " + t.ID + " needs an image: " + network(t) + " takes no post without one.",
				Suggestion: "Add an image, or take " + t.ID + " off this post."})
		}
	}
	return out
}

// checkUnclickableLinks is PLAT-08: a network that shows a post's links as
// plain text; the kind's LinkTip says what to do instead ("link in bio").
func checkUnclickableLinks(s *scan) []post.Finding {
	var out []post.Finding
	for _, t := range s.d.Channels {
		if t.LinkTip == "" {
			continue
		}
		text := textFor(s.d, t.ID)
		for _, m := range linkInTextRE.FindAllStringIndex(text, -1) {
			out = append(out, post.Finding{Start: m[0], End: m[1], Channel: t.ID,
				Message:    "Links in the text for " + t.ID + " are not clickable on " + network(t) + "; people would have to copy this one by hand.",
				Suggestion: t.LinkTip})
		}
	}
	return out
}

// network is the target's network as people read it ("Instagram"), or
// "its network" when the caller did not say.
func network(t Target) string {
	if t.Network == "" {
		return "its network"
	}
	return t.Network
}
