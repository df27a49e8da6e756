package post

import (
	"slices"
	"time"
	"unicode/utf8"
)

// MaxBodyBytes bounds a post's text. The longest network limit practicepost
// publishes to is Facebook's 63,206 characters; 64 KiB of UTF-8 leaves room for
// that and refuses pasted documents that would never be a post.
const MaxBodyBytes = 64 << 10

// Audience says who a post is written for.
type Audience string

// Audiences a post can be written for.
const (
	AudiencePatients  Audience = "patients"
	AudiencePeers     Audience = "peers"
	AudienceCommunity Audience = "community"
)

// Post is one piece of content queued in the calendar, with one Delivery per
// target channel.
type Post struct {
	ID       ID                `json:"id"`
	Body     string            `json:"body"`
	Variants map[string]string `json:"variants,omitempty"` // channel id → text that replaces Body there
	// Options are how the post goes out on a channel beyond its text,
	// where the network offers the choice (Mastodon's visibility and
	// content warning): channel id → options.
	Options map[string]ChannelOptions `json:"options,omitempty"`
	// Topics holds, for channels whose network files posts by type
	// (Google Business Profile), the post's type, button and event or
	// offer there; a channel without one gets a plain update.
	Topics   map[string]Topic `json:"topics,omitempty"` // channel id → its post type and details
	Channels []string         `json:"channels"`
	Schedule Schedule         `json:"schedule"`
	Tags     []string         `json:"tags,omitempty"`
	Audience Audience         `json:"audience,omitempty"`
	Media    []Media          `json:"media,omitempty"`
	// AuthorizationID links a patient authorization (HIPAA 164.508) that
	// covers a testimonial, story or photo in this post.
	AuthorizationID ID `json:"authorization_id,omitempty"`
	// Reply is set when the post is a reply to a comment or review rather
	// than a post of its own.
	Reply     *ReplyTarget `json:"reply,omitempty"`
	Evergreen bool         `json:"evergreen,omitempty"`
	Template  string       `json:"template,omitempty"` // the template it was made from, if any

	Author    string    `json:"author"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	// Version grows by one on every stored change, so an edit based on an
	// old copy is refused instead of silently overwriting a newer one.
	Version int `json:"version"`

	Status     Status `json:"status"`
	HoldReason string `json:"hold_reason,omitempty"`
	// HeldBy and HeldByRole say who put the hold on (empty for a hold the
	// scheduler or a revoked authorization put on): a reviewer's hold
	// needs a reviewer to lift it.
	HeldBy     string `json:"held_by,omitempty"`
	HeldByRole Role   `json:"held_by_role,omitempty"`
	// HeldFrom is the status a held post returns to when the hold is lifted.
	HeldFrom Status `json:"held_from,omitempty"`

	Check      *CheckResult         `json:"check,omitempty"`
	Approval   *Approval            `json:"approval,omitempty"`
	Deliveries map[string]*Delivery `json:"deliveries,omitempty"` // channel id → delivery
}

// Schedule says when a post goes out: at an exact instant, or in the next
// free posting slot of each channel (then each Delivery.DueAt holds the slot
// that was picked).
type Schedule struct {
	At       time.Time `json:"at,omitzero"`
	NextSlot bool      `json:"next_slot,omitempty"`
	// Grace is how late the post may still go out; zero means the practice
	// default. "Flu clinic today" must not go out at 9 pm.
	Grace time.Duration `json:"grace,omitempty"`
}

// Due is when p is meant to go out: its exact time, or the earliest slot a
// delivery holds; zero for a post with no time yet (a draft, or a "next
// free slot" post before its approval picks the slot).
func (p *Post) Due() time.Time {
	if !p.Schedule.At.IsZero() {
		return p.Schedule.At
	}
	var first time.Time
	for _, d := range p.Deliveries {
		if !d.DueAt.IsZero() && (first.IsZero() || d.DueAt.Before(first)) {
			first = d.DueAt
		}
	}
	return first
}

// IsZero reports whether no schedule has been set (an unscheduled draft).
func (s Schedule) IsZero() bool { return s.At.IsZero() && !s.NextSlot }

// Media is an image attached to a post. The file lives in the data folder
// under its content hash; this is its metadata.
type Media struct {
	Hash        string `json:"hash"` // hex SHA-256 of the file
	Name        string `json:"name"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	// Width and Height are the pixel size after the orientation was
	// applied (media.Clean); 0 for images stored before it was recorded.
	Width   int    `json:"width,omitempty"`
	Height  int    `json:"height,omitempty"`
	AltText string `json:"alt_text,omitempty"`
	// ShowsPatient is the author's answer to "does this show a patient?".
	// When true the post needs an authorization covering UsePhoto.
	ShowsPatient bool `json:"shows_patient"`
}

// ChannelOptions are one channel's choices beyond the text. An empty field
// leaves the channel's own setting (its config) in force.
type ChannelOptions struct {
	// Visibility is who sees the post, in the network's words ("public",
	// "unlisted").
	Visibility string `json:"visibility,omitempty"`
	// ContentWarning is shown in place of the text until a reader chooses
	// to open it (Mastodon's spoiler_text).
	ContentWarning string `json:"content_warning,omitempty"`
}

// IsZero reports whether o leaves everything to the channel.
func (o ChannelOptions) IsZero() bool { return o == ChannelOptions{} }

// OptionsFor returns the post's options on channel (zero when none).
func (p *Post) OptionsFor(channel string) ChannelOptions { return p.Options[channel] }

// ReplyTarget is what a reply post answers.
type ReplyTarget struct {
	Channel  string `json:"channel"`
	RemoteID string `json:"remote_id"` // the comment or post replied to
	// Text is the comment or review being answered, so the checklist can
	// apply the reply-to-review rules (never confirm someone is a patient).
	Text string `json:"text"`
}

// TextFor returns the text to publish on channel: its variant if there is
// one, the body otherwise.
func (p *Post) TextFor(channel string) string {
	if v, ok := p.Variants[channel]; ok && v != "" {
		return v
	}
	return p.Body
}

// HasChannel reports whether channel is one of the post's targets.
func (p *Post) HasChannel(channel string) bool {
	for _, c := range p.Channels {
		if c == channel {
			return true
		}
	}
	return false
}

// ValidateText checks what every piece of post text must satisfy, whatever
// the channel and whichever way it came in (CLI, web form, JSON API,
// import): valid UTF-8 with no control characters but tab, line feed and
// carriage return, not empty, not absurdly long. A bad byte is named by its
// offset and nothing is rewritten: U+FFFD in place of a byte, or a NUL
// carried to a network, would publish something nobody wrote.
func ValidateText(what, s string) error {
	if err := CheckBytes(what, s); err != nil {
		return err
	}
	switch {
	case len(s) > MaxBodyBytes:
		return Errorf(EInvalid, "%s is %d bytes; the most a post may hold is %d bytes", what, len(s), MaxBodyBytes)
	case isBlank(s):
		return Errorf(EInvalid, "%s is empty", what)
	}
	return nil
}

// CheckBytes refuses text that is not valid UTF-8 or holds a control
// character other than tab, line feed and carriage return, naming the byte
// offset of the first one. ValidateText runs it on every post text; the
// JSON API runs it on a request body before Go's decoder can turn bad bytes
// into U+FFFD.
func CheckBytes(what, s string) error {
	i, r, bad := badRune(s)
	switch {
	case !bad:
		return nil
	case r == utf8.RuneError:
		return Errorf(EInvalid, "%s is not valid UTF-8 at byte offset %d (byte 0x%02X); save it as UTF-8 and try again", what, i, s[i])
	case r == 0:
		return Errorf(EInvalid, "%s has a control character (U+0000, NUL) at byte offset %d; remove it (tab and line breaks are fine)", what, i)
	}
	return Errorf(EInvalid, "%s has a control character (U+%04X) at byte offset %d; remove it (tab and line breaks are fine)", what, r, i)
}

// badRune finds the first byte of s that is not valid UTF-8 (reported as
// utf8.RuneError) or starts a control character other than tab, line feed
// and carriage return (C0 and DEL).
func badRune(s string) (int, rune, bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f {
				return i, rune(c), true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return i, r, true
		}
		i += n
	}
	return 0, 0, false
}

func isBlank(s string) bool {
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\u00a0', '\u200b', '\ufeff':
		default:
			return false
		}
	}
	return true
}

// SampleTag marks the made-up posts `serve --demo` seeds so Reports and
// the Inbox can be tried on first run. Every page and export that shows
// such a post says it is sample data.
const SampleTag = "sample-data"

// Sample reports whether p is one of the demo's made-up posts.
func (p *Post) Sample() bool { return slices.Contains(p.Tags, SampleTag) }
