package post

import "time"

// Outgoing is what a channel adapter publishes: one channel's text of one
// post, with its images, for one attempt.
type Outgoing struct {
	PostID    ID     `json:"post_id"`
	Channel   string `json:"channel"`
	AttemptID string `json:"attempt_id"`
	Text      string `json:"text"`
	// Link is a URL to attach as a link preview where the network supports
	// it; it is usually also in Text.
	Link  string      `json:"link,omitempty"`
	Media []MediaFile `json:"media,omitempty"`
	// ReplyTo is the remote id of the post or comment this answers.
	ReplyTo string `json:"reply_to,omitempty"`
	// Visibility and ContentWarning are the post's options on this
	// channel ("" leaves the channel's own setting), for networks that
	// offer them (channels.Limits says which).
	Visibility     string `json:"visibility,omitempty"`
	ContentWarning string `json:"content_warning,omitempty"`
	// Topic is the post's type, button and event or offer on this
	// channel (Post.Topics); nil for a plain post.
	Topic *Topic `json:"topic,omitempty"`
}

// MediaFile is an image with its bytes, ready to upload.
type MediaFile struct {
	// Hash is the stored image's content hash (post.Media.Hash): what a
	// signed public link to it names (channels.PublicMedia).
	Hash        string `json:"hash,omitempty"`
	Name        string `json:"name"`
	ContentType string `json:"content_type"`
	AltText     string `json:"alt_text,omitempty"`
	Data        []byte `json:"-"`
}

// Receipt is a platform's answer to a successful publish, or a post found
// on the account during reconciliation.
type Receipt struct {
	RemoteID    string    `json:"remote_id"`
	URL         string    `json:"url,omitempty"`
	PublishedAt time.Time `json:"published_at"`
	// Text is the text as the platform holds it (Recent fills it in so
	// reconciliation can match on it; links may be rewritten).
	Text string `json:"text,omitempty"`
	// Moderation is "" for a post the network shows at once, and
	// InModeration when the network accepted the post but shows it only
	// once its own review passes it (Google's PROCESSING): the post exists
	// and must not be sent again, but it is not public yet.
	Moderation string `json:"moderation,omitempty"`
}

// InModeration is Receipt.Moderation for a post the network is still
// reviewing.
const InModeration = "pending"

// Metrics is one engagement snapshot of one remote post. A nil figure means
// the platform gave none ("not available"), which is not the same as zero.
type Metrics struct {
	RemoteID    string    `json:"remote_id"`
	At          time.Time `json:"at"`
	Impressions *int64    `json:"impressions"`
	Reactions   *int64    `json:"reactions"` // likes, reactions
	Comments    *int64    `json:"comments"`
	Shares      *int64    `json:"shares"` // shares, reposts
	Clicks      *int64    `json:"clicks"`
}

// Comment is a comment or reply on one of the practice's posts.
type Comment struct {
	RemoteID     string    `json:"remote_id"`
	PostRemoteID string    `json:"post_remote_id"`
	Author       string    `json:"author"`    // display name or handle
	AuthorID     string    `json:"author_id"` // platform id
	Text         string    `json:"text"`
	At           time.Time `json:"at"`
	// Mentions is true where the commenter mentioned the practice's
	// account, which X requires before the practice may reply.
	Mentions bool `json:"mentions,omitempty"`
}

// Account is what a channel's credentials give access to.
type Account struct {
	ID   string `json:"id"`   // the platform's user, page or organization id
	Name string `json:"name"` // handle or page name
	URL  string `json:"url,omitempty"`
	// TokenExpires is when the credentials stop working; zero when the
	// platform does not say or the token does not expire.
	TokenExpires time.Time `json:"token_expires,omitzero"`
}
