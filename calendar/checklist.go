package calendar

import (
	"context"
	"fmt"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
)

// ComplianceChecker runs the compliance checklist on posts: it turns a post
// and its linked authorization into the checklist's Draft.
type ComplianceChecker struct {
	Checker  *compliance.Checker
	Channels map[string]ChannelInfo
}

// NewChecker adapts a compiled compliance checker for the calendar.
func NewChecker(c *compliance.Checker, chs []ChannelInfo) *ComplianceChecker {
	m := make(map[string]ChannelInfo, len(chs))
	for _, ch := range chs {
		m[ch.ID] = ch
	}
	return &ComplianceChecker{Checker: c, Channels: m}
}

// Draft builds the checklist input for p.
func (c *ComplianceChecker) Draft(p *post.Post, auth *post.Authorization, now time.Time) compliance.Draft {
	d := compliance.Draft{Text: p.Body, Variants: p.Variants, Media: p.Media, Topics: p.Topics, Authorization: auth,
		Audience: p.Audience, Now: now}
	for _, id := range p.Channels {
		d.Channels = append(d.Channels, Target(id, c.Channels[id].Kind))
		if w := p.OptionsFor(id).ContentWarning; w != "" {
			if d.ContentWarnings == nil {
				d.ContentWarnings = map[string]string{}
			}
			d.ContentWarnings[id] = w
		}
	}
	if p.Reply != nil {
		d.ReviewText = p.Reply.Text
	}
	return d
}

// CheckPost runs the checklist and records what it saw.
func (c *ComplianceChecker) CheckPost(ctx context.Context, p *post.Post, auth *post.Authorization, now time.Time) post.CheckResult {
	r := c.Checker.Check(ctx, c.Draft(p, auth, now))
	return post.CheckResult{Verdict: r.Verdict, Ruleset: r.Ruleset, Findings: r.Findings,
		ContentHash: p.ContentHash(), CheckedAt: now}
}

// Target is the checklist's view of a channel: its id and kind with the
// kind's limit, counting and rules for the text, as the kind registered
// them. The compose page and the preview count with the same
// channels.Kind, so they agree with the checklist. An unknown kind gets no
// check of length or text rules.
func Target(id, kind string) compliance.Target {
	k, _ := channels.Lookup(kind)
	l := k.Limits
	return compliance.Target{ID: id, Kind: kind, Network: k.Title, Limit: l.MaxChars, Measure: k.Measure, ContentWarnings: l.ContentWarning,
		NoPhoneInText: l.NoPhoneInText, CallButton: l.CallButton, LinkButton: l.LinkButton,
		MaxHashtags: l.MaxHashtags, MaxMentions: l.MaxMentions, NeedsImage: l.NeedsImage, LinkTip: l.LinkTip}
}

// checkFinished returns an error when ctx ended while the checklist ran:
// the checklist stops between rules then, and a report of the rules that
// ran is no verdict (a post with an SSN was once approved with a plain
// pass when its client hung up during the save). The caller stores
// nothing.
func checkFinished(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("the checklist did not finish, nothing was saved: %w", err)
	}
	return nil
}
