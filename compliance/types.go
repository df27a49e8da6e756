package compliance

import (
	"time"

	"github.com/practicepost/practicepost/post"
)

// Profile is the practice's side of the checklist, mapped from config by the
// caller.
type Profile struct {
	PracticeName string
	State        string // two-letter US state
	// The allowlist: the practice's own identifiers are never patient
	// identifiers.
	Phones, Addresses, Domains, StaffNames, Handles []string
	// CommunityNames are the names of the practice's town, schools and
	// partners ("Springfield", "Lincoln Elementary", "Riverside YMCA"):
	// words of them are never taken for a person's name.
	CommunityNames []string
	// ReadingWarnGrade and ReadingInfoGrade are the READ-01 thresholds;
	// 0 means the defaults 8 and 6.
	ReadingWarnGrade, ReadingInfoGrade float64
	Disabled                           []string                 // rule ids switched off
	Severity                           map[string]post.Severity // rule id -> severity override (hard identifiers cannot be lowered)
	// ExtraRules is a practice's own phrase file (same format as the
	// embedded data); nil for none.
	ExtraRules []byte
}

// Target is one channel the draft goes to, with its network's rules for
// the text. The caller fills everything but ID and Kind from the channel's
// registered kind (calendar.Target), so the checklist counts exactly as the
// compose page and the preview do; the checklist itself knows no network.
type Target struct {
	ID, Kind string
	// Network is the network's name as people read it, in findings.
	Network string
	Limit   int // in the network's own counting; 0 for none
	// Measure counts text as the network does and returns the byte offset
	// where it passes max (len(text) when it fits). Nil: the length is
	// not checked.
	Measure func(text string, max int) (n, over int) `json:"-"`
	// ContentWarnings says the network can hide a post's text behind a
	// content warning (Mastodon): PLAT-05 suggests one for a health topic.
	ContentWarnings bool
	// NoPhoneInText: the network refuses a post whose text holds a phone
	// number (PLAT-03 blocks it); CallButton says what dials the practice
	// instead, for the suggestion.
	NoPhoneInText bool
	CallButton    string
	// LinkButton, when set, means the network makes no link in a post's
	// text clickable: the post's one link goes in the button it names
	// (PLAT-04 says so).
	LinkButton string
	// MaxHashtags and MaxMentions, when not 0, are how many #hashtags and
	// @tags the network takes in one post (PLAT-06 blocks more).
	MaxHashtags, MaxMentions int
	// NeedsImage: the network takes no post without an image (PLAT-07).
	NeedsImage bool
	// LinkTip, when set, means the network shows links in a post's text
	// as plain text; it is what to do instead (PLAT-08's suggestion).
	LinkTip string
}

// Draft is everything the checklist looks at.
type Draft struct {
	Text     string
	Variants map[string]string // channel id -> text replacing Text on that channel
	// ContentWarnings are the content warnings set per channel (channel
	// id -> warning).
	ContentWarnings map[string]string
	// Topics are the post types per channel (channel id -> topic): an
	// event's or offer's title, coupon and terms are published beside the
	// text on networks that file posts by type (Google Business Profile).
	Topics   map[string]post.Topic
	Channels []Target
	Media    []post.Media // ShowsPatient answers "does this show a patient?"
	// Authorization is the linked patient authorization, or nil.
	Authorization *post.Authorization
	// ReviewText, when non-empty, puts the checklist in reply-to-review
	// mode (REV rules); it is the review being answered.
	ReviewText string
	Audience   post.Audience
	Now        time.Time // for authorization expiry; zero = time.Now()
}

// ChannelFit is how a channel's text measures against the channel's limit.
type ChannelFit struct {
	WeightedLength int  `json:"weighted_length"`
	Limit          int  `json:"limit"` // 0 = no limit (preview, manual)
	Fits           bool `json:"fits"`
}

// Readability is the reading level of the draft's main text.
type Readability struct {
	Grade         float64 `json:"grade"` // the mean of the two grades below (COMPLIANCE.md READ-01)
	FleschKincaid float64 `json:"flesch_kincaid"`
	ColemanLiau   float64 `json:"coleman_liau"`
	Words         int     `json:"words"`
	Sentences     int     `json:"sentences"`
}

// Report is the checklist's answer for one draft.
type Report struct {
	Verdict     post.Verdict          `json:"verdict"`
	Ruleset     string                `json:"ruleset"` // "<version>+<short hash of rule data and profile settings>"
	Findings    []post.Finding        `json:"findings"`
	Channels    map[string]ChannelFit `json:"channels"`
	Readability Readability           `json:"readability"`
}

// Blocking returns the block findings: the draft cannot go out while any
// remain, unless a doctor overrides the overridable ones.
func (r Report) Blocking() []post.Finding {
	var out []post.Finding
	for _, f := range r.Findings {
		if f.Severity == post.SeverityBlock {
			out = append(out, f)
		}
	}
	return out
}

// Unoverridable returns the block findings that can only be edited out (the
// hard identifiers: SSN, phone, e-mail, record and card numbers, confirming
// a reviewer is a patient, inviting PHI).
func (r Report) Unoverridable() []post.Finding {
	var out []post.Finding
	for _, f := range r.Findings {
		if f.Severity == post.SeverityBlock && !f.Overridable {
			out = append(out, f)
		}
	}
	return out
}

// hardRules are the identifiers COMPLIANCE.md says can never be overridden:
// their findings stay block and are not overridable.
var hardRules = map[string]bool{
	"PRIV-01": true, "PRIV-02": true, "PRIV-03": true, "PRIV-08": true,
	"PRIV-09": true, "REV-01": true, "PROF-06": true,
}
