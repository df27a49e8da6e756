package x

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/internal/twittertext"
	"github.com/practicepost/practicepost/post"
)

// MaxWeightedLength is X's post length limit in twitter-text v3 counting.
const MaxWeightedLength = 280

// maxImages is how many media ids one post may carry.
const maxImages = 4

// Limits is what X allows in one post.
var Limits = channels.Limits{MaxChars: MaxWeightedLength, Counting: "twitter-text-v3", MaxImages: maxImages}

// createBody is the POST /2/tweets request (CreatePostsRequest); only the
// fields practicepost uses, since X rejects unknown ones.
type createBody struct {
	Text  string       `json:"text"`
	Media *createMedia `json:"media,omitempty"`
	Reply *createReply `json:"reply,omitempty"`
}

type createMedia struct {
	MediaIDs []string `json:"media_ids"`
}

type createReply struct {
	InReplyToTweetID string `json:"in_reply_to_tweet_id"`
}

var tweetIDPattern = regexp.MustCompile(`^[0-9]{1,19}$`)

// Publish posts o. Images are uploaded first (an upload failure posts
// nothing); then one POST /2/tweets. X has no link attachments, so o.Link
// only shows if it is in the text, where X turns it into a card.
func (c *Channel) Publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	if err := checkOutgoing(o); err != nil {
		return post.Receipt{}, err
	}
	log := c.log.With("post_id", o.PostID, "attempt_id", o.AttemptID)
	body := createBody{Text: o.Text}
	if o.ReplyTo != "" {
		body.Reply = &createReply{InReplyToTweetID: o.ReplyTo}
	}
	for i, m := range o.Media {
		id, err := c.uploadImage(ctx, m, i+1)
		if err != nil {
			return post.Receipt{}, fmt.Errorf("x: publish: image %d: %w", i+1, err)
		}
		if body.Media == nil {
			body.Media = &createMedia{}
		}
		body.Media.MediaIDs = append(body.Media.MediaIDs, id)
	}
	payload, err := json.Marshal(body)
	if err != nil {
		return post.Receipt{}, &channels.Error{Class: channels.Permanent, Reason: "could not encode the post", Err: err}
	}
	b, _, err := c.do(ctx, request{method: http.MethodPost, path: "/2/tweets", body: payload,
		contentType: "application/json", creates: true})
	if err != nil {
		log.Warn("x: publish failed", "class", channels.ClassOf(err).String(), "error", err)
		return post.Receipt{}, fmt.Errorf("x: publish: %w", err)
	}
	var resp struct {
		Data struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		} `json:"data"`
	}
	if err := json.Unmarshal(b, &resp); err != nil || resp.Data.ID == "" {
		// X answered success but we cannot tell which post it made.
		return post.Receipt{}, fmt.Errorf("x: publish: %w", &channels.Error{Class: channels.OutcomeUnknown, Status: http.StatusCreated,
			Reason: "X accepted the post but its answer had no post id", Err: err})
	}
	log.Info("x: published", "remote_id", resp.Data.ID)
	return post.Receipt{
		RemoteID:    resp.Data.ID,
		URL:         statusURL(resp.Data.ID),
		PublishedAt: c.now().UTC(),
		Text:        unescapeText(resp.Data.Text),
	}, nil
}

// checkOutgoing refuses, before any call, what X would refuse anyway.
func checkOutgoing(o post.Outgoing) error {
	perm := func(format string, args ...any) error {
		return fmt.Errorf("x: publish: %w", channels.Errorf(channels.Permanent, format, args...))
	}
	if len(o.Media) > maxImages {
		return perm("X allows at most %d images in a post; this one has %d", maxImages, len(o.Media))
	}
	if strings.TrimSpace(o.Text) == "" && len(o.Media) == 0 {
		return perm("the post has no text and no image")
	}
	if n := WeightedLength(o.Text); n > MaxWeightedLength {
		return perm("the post is %d characters as X counts them; X allows %d", n, MaxWeightedLength)
	}
	if o.ReplyTo != "" && !tweetIDPattern.MatchString(o.ReplyTo) {
		return perm("the post replies to %q, which is not an X post id", o.ReplyTo)
	}
	return nil
}

func statusURL(id string) string { return "https://x.com/i/web/status/" + id }

// WeightedLength is text's length as X counts it (twitter-text v3: links
// 23, emoji sequences and CJK 2, most Latin text 1).
func WeightedLength(text string) int { return twittertext.WeightedLength(text) }
