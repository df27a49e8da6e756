package facebook

import (
	"bytes"
	"context"
	"fmt"
	"unicode/utf8"

	fb "github.com/huandu/facebook/v2"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// MaxImages is how many photos one post carries here; Facebook allows more,
// but a clinic post rarely needs them and each is one more upload that can
// fail.
const MaxImages = 10

// Publish posts o to the Page: a feed post for text and link, a photo post
// for one image, and unpublished photos attached to a feed post for several.
func (c *Channel) Publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	if err := checkOutgoing(o); err != nil {
		return post.Receipt{}, publishError(err)
	}
	log := c.log.With("post_id", string(o.PostID), "attempt_id", o.AttemptID)
	var (
		id  string
		err error
	)
	switch len(o.Media) {
	case 0:
		id, err = c.postFeed(ctx, o, nil)
	case 1:
		id, err = c.postPhoto(ctx, o)
	default:
		id, err = c.postMultiPhoto(ctx, o)
	}
	if err != nil {
		log.Info("publish failed", "class", channels.ClassOf(err).String())
		return post.Receipt{}, publishError(err)
	}
	log.Info("published", "remote_id", id)
	return post.Receipt{RemoteID: id, URL: postURL(id), PublishedAt: c.cfg.Now().UTC()}, nil
}

// checkOutgoing refuses what Facebook would refuse, before any call.
func checkOutgoing(o post.Outgoing) error {
	if o.Text == "" && o.Link == "" && len(o.Media) == 0 {
		return channels.Errorf(channels.Permanent, "the post is empty")
	}
	if n := utf8.RuneCountInString(o.Text); n > MaxMessageChars {
		return channels.Errorf(channels.Permanent, "the post has %d characters; a Facebook Page post holds at most %d", n, MaxMessageChars)
	}
	if len(o.Media) > MaxImages {
		return channels.Errorf(channels.Permanent, "the post has %d images; practicepost posts at most %d to Facebook", len(o.Media), MaxImages)
	}
	for i, m := range o.Media {
		if len(m.Data) == 0 {
			// By number, not file name: the reason reaches alerts, and
			// a file name can name a patient.
			return channels.Errorf(channels.Permanent, "image %d has no data", i+1)
		}
	}
	if o.ReplyTo != "" {
		// Replies on Facebook are comments, which this channel does not
		// write: refusing is better than posting the answer on the Page.
		return channels.Errorf(channels.Permanent, "replying to a Facebook comment is not supported; answer it on Facebook")
	}
	return nil
}

// postFeed creates a feed post with optional attached (unpublished) photos.
func (c *Channel) postFeed(ctx context.Context, o post.Outgoing, photoIDs []string) (string, error) {
	params := fb.Params{}
	if o.Text != "" {
		params["message"] = o.Text
	}
	if o.Link != "" {
		params["link"] = o.Link
	}
	if len(photoIDs) > 0 {
		media := make([]map[string]string, len(photoIDs))
		for i, id := range photoIDs {
			media[i] = map[string]string{"media_fbid": id}
		}
		// The library JSON-encodes non-string values into the form.
		params["attached_media"] = media
	}
	res, err := c.call(ctx, fb.POST, "/"+c.cfg.PageID+"/feed", params, true)
	if err != nil {
		return "", err
	}
	return resultID(res, "id")
}

// postPhoto creates a photo post with the text as its caption.
func (c *Channel) postPhoto(ctx context.Context, o post.Outgoing) (string, error) {
	params := photoParams(o.Media[0], true)
	if o.Text != "" {
		params["message"] = o.Text
	}
	res, err := c.call(ctx, fb.POST, "/"+c.cfg.PageID+"/photos", params, true)
	if err != nil {
		return "", err
	}
	// post_id is the feed post; id is the photo object.
	return resultID(res, "post_id")
}

// postMultiPhoto uploads each image unpublished, then attaches them all to
// one feed post. Unpublished photos left behind by a failure are invisible.
func (c *Channel) postMultiPhoto(ctx context.Context, o post.Outgoing) (string, error) {
	ids := make([]string, 0, len(o.Media))
	for _, m := range o.Media {
		// An upload that gets no answer created at most an invisible
		// photo, so it is an ordinary retryable failure, not unknown.
		res, err := c.call(ctx, fb.POST, "/"+c.cfg.PageID+"/photos", photoParams(m, false), false)
		if err != nil {
			return "", err
		}
		id, err := resultID(res, "id")
		if err != nil {
			return "", err
		}
		ids = append(ids, id)
	}
	return c.postFeed(ctx, o, ids)
}

func photoParams(m post.MediaFile, published bool) fb.Params {
	// The file's own name may name a patient; Graph only needs a name,
	// the type comes with the content type.
	const name = "image"
	p := fb.Params{
		"source":    fb.DataWithContentType(name, bytes.NewReader(m.Data), m.ContentType),
		"published": published,
	}
	if m.AltText != "" {
		p["alt_text_custom"] = m.AltText
	}
	return p
}

// resultID reads an id field from a successful answer. A success without an
// id means the post may exist but cannot be tracked.
func resultID(res fb.Result, field string) (string, error) {
	var id string
	if err := res.DecodeField(field, &id); err != nil || id == "" {
		return "", &channels.Error{Class: channels.OutcomeUnknown, Reason: fmt.Sprintf("Facebook answered without a %s; check the Page before trying again", field), Err: err}
	}
	return id, nil
}

// postURL is the public address of a Page post id ("{page}_{post}").
func postURL(id string) string {
	return "https://www.facebook.com/" + id
}
