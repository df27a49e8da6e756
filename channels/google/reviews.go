package google

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// review is the v4 Review.
type review struct {
	Name     string `json:"name"`
	ReviewID string `json:"reviewId"`
	Reviewer struct {
		DisplayName string `json:"displayName"`
		IsAnonymous bool   `json:"isAnonymous"`
	} `json:"reviewer"`
	StarRating  string       `json:"starRating"`
	Comment     string       `json:"comment"`
	CreateTime  string       `json:"createTime"`
	UpdateTime  string       `json:"updateTime"`
	ReviewReply *reviewReply `json:"reviewReply"`
}

type reviewReply struct {
	Comment    string `json:"comment"`
	UpdateTime string `json:"updateTime,omitempty"`
}

// maxReplyChars is the longest review reply Google takes, in characters.
const maxReplyChars = 4096

var stars = map[string]int{"ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5}

// Reviews returns the location's reviews changed since since, newest
// first, each once (Google pages by update time and a review edited while
// the pages are read may show up twice).
func (c *Channel) Reviews(ctx context.Context, since time.Time) ([]channels.Review, error) {
	list, err := listSince(ctx, c, "/reviews", url.Values{"pageSize": {"50"}, "orderBy": {"updateTime desc"}}, "reviews", "a list of reviews",
		func(rv review) time.Time { return parseTime(rv.UpdateTime, time.Time{}) }, since)
	if err != nil {
		return nil, err
	}
	out := make([]channels.Review, 0, len(list))
	seen := map[string]bool{}
	for _, rv := range list {
		if !c.owns(rv.Name, "/reviews/") || seen[rv.Name] {
			continue
		}
		seen[rv.Name] = true
		out = append(out, c.toReview(rv))
	}
	return out, nil
}

func (c *Channel) toReview(rv review) channels.Review {
	out := channels.Review{
		Comment: post.Comment{RemoteID: rv.Name, Author: rv.Reviewer.DisplayName, AuthorID: rv.ReviewID,
			Text: rv.Comment, At: parseTime(rv.UpdateTime, parseTime(rv.CreateTime, time.Time{}))},
		Rating: stars[rv.StarRating],
	}
	if rv.Reviewer.IsAnonymous && out.Author == "" {
		out.Author = "A Google user"
	}
	if rv.ReviewReply != nil {
		out.Reply, out.ReplyAt = rv.ReviewReply.Comment, parseTime(rv.ReviewReply.UpdateTime, time.Time{})
	}
	return out
}

// reply answers the review o.ReplyTo. The review is read first: a reply
// already there with the same words is this reply, sent before (its answer
// lost), and is not sent again; a different reply is not overwritten, as
// Google keeps one reply per review and replacing it is a new reviewed
// post's decision, not a retry's.
func (c *Channel) reply(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	name := o.ReplyTo
	if !c.owns(name, "/reviews/") {
		return post.Receipt{}, channels.Errorf(channels.Permanent, "the reply is not to a review of this location")
	}
	if n := utf8.RuneCountInString(o.Text); n > maxReplyChars || strings.TrimSpace(o.Text) == "" {
		return post.Receipt{}, channels.Errorf(channels.Permanent, "a reply to a Google review takes 1 to %d characters; this one has %d", maxReplyChars, n)
	}
	if len(o.Media) > 0 || o.Link != "" {
		return post.Receipt{}, channels.Errorf(channels.Permanent, "a reply to a Google review is text only")
	}
	r, err := c.call(ctx, http.MethodGet, c.cfg.APIBase+"/v4/"+name, nil, false)
	if err != nil {
		return post.Receipt{}, reviewGone(err)
	}
	var rv review
	if err := decode(r, &rv, "the review"); err != nil {
		return post.Receipt{}, err
	}
	if rv.Name != name {
		return post.Receipt{}, channels.Errorf(channels.Retryable, "Google answered for a review other than the one replied to")
	}
	if rr := rv.ReviewReply; rr != nil {
		if rr.Comment == o.Text {
			return post.Receipt{RemoteID: name + "/reply", PublishedAt: parseTime(rr.UpdateTime, c.cfg.Now()), Text: rr.Comment}, nil
		}
		return post.Receipt{}, channels.Errorf(channels.Permanent, "the review already has a different reply on Google; practicepost does not overwrite it (delete it on Google first to replace it)")
	}
	r, err = c.call(ctx, http.MethodPut, c.cfg.APIBase+"/v4/"+name+"/reply", reviewReply{Comment: o.Text}, true)
	if err != nil {
		return post.Receipt{}, reviewGone(err)
	}
	var got reviewReply
	if err := decodeWrite(r, &got); err != nil {
		return post.Receipt{}, err
	}
	if got.Comment != o.Text {
		return post.Receipt{}, unreadableWrite(r.Status, fmt.Errorf("google: the reply answer holds other text (%d characters)", utf8.RuneCountInString(got.Comment)))
	}
	return post.Receipt{RemoteID: name + "/reply", PublishedAt: parseTime(got.UpdateTime, c.cfg.Now()), Text: got.Comment}, nil
}

// reviewGone says so when err is Google answering that the review does
// not exist (its author deleted it, or Google removed it, after the inbox
// read it): nothing can be replied to, now or later. Other errors are
// returned as they are.
func reviewGone(err error) error {
	if !gone(err) {
		return err
	}
	return &channels.Error{Class: channels.Permanent, Status: http.StatusNotFound, Err: err,
		Reason: "the review is no longer on Google (its author deleted it, or Google removed it): there is nothing to reply to"}
}
