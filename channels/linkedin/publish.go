package linkedin

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// postBody is the Posts API create request.
type postBody struct {
	Author                    string       `json:"author"`
	Commentary                string       `json:"commentary"`
	Visibility                string       `json:"visibility"`
	Distribution              distribution `json:"distribution"`
	Content                   *content     `json:"content,omitempty"`
	LifecycleState            string       `json:"lifecycleState"`
	IsReshareDisabledByAuthor bool         `json:"isReshareDisabledByAuthor"`
}

type distribution struct {
	FeedDistribution               string   `json:"feedDistribution"`
	TargetEntities                 []string `json:"targetEntities"`
	ThirdPartyDistributionChannels []string `json:"thirdPartyDistributionChannels"`
}

type content struct {
	Article    *article    `json:"article,omitempty"`
	Media      *media      `json:"media,omitempty"`
	MultiImage *multiImage `json:"multiImage,omitempty"`
}

type article struct {
	Source string `json:"source"`
	Title  string `json:"title"`
}

type media struct {
	ID      string `json:"id"`
	AltText string `json:"altText,omitempty"`
}

type multiImage struct {
	Images []media `json:"images"`
}

// Publish posts o as the organization. Images are uploaded first; a link
// becomes an article card when there is no image (LinkedIn allows one kind
// of content per post; the link stays in the text either way).
func (c *Channel) Publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	log := c.log.With("post_id", string(o.PostID), "attempt_id", o.AttemptID)
	if err := checkOutgoing(o); err != nil {
		return post.Receipt{}, publishError(err)
	}
	body := postBody{
		Author:         c.orgURN,
		Commentary:     EscapeLittleText(o.Text),
		Visibility:     "PUBLIC",
		Distribution:   distribution{FeedDistribution: "MAIN_FEED", TargetEntities: []string{}, ThirdPartyDistributionChannels: []string{}},
		LifecycleState: "PUBLISHED",
	}
	switch {
	case len(o.Media) > 0:
		images := make([]media, 0, len(o.Media))
		for _, m := range o.Media {
			urn, err := c.uploadImage(ctx, m)
			if err != nil {
				log.Info("image upload failed", "class", channels.ClassOf(err).String())
				return post.Receipt{}, publishError(err)
			}
			images = append(images, media{ID: urn, AltText: m.AltText})
		}
		if len(images) == 1 {
			body.Content = &content{Media: &images[0]}
		} else {
			body.Content = &content{MultiImage: &multiImage{Images: images}}
		}
	case o.Link != "":
		body.Content = &content{Article: &article{Source: o.Link, Title: articleTitle(o.Text, o.Link)}}
	}
	r, err := c.call(ctx, http.MethodPost, "/rest/posts", body, true)
	if err != nil {
		log.Info("publish failed", "class", channels.ClassOf(err).String())
		return post.Receipt{}, publishError(err)
	}
	id := r.Header.Get("X-Restli-Id")
	if id == "" {
		id = r.Header.Get("X-Linkedin-Id")
	}
	if id == "" {
		return post.Receipt{}, publishError(channels.Errorf(channels.OutcomeUnknown, "LinkedIn accepted the post without naming it (no x-restli-id); check the Page before trying again"))
	}
	log.Info("published", "remote_id", id)
	return post.Receipt{RemoteID: id, URL: postURL(id), PublishedAt: c.cfg.Now().UTC()}, nil
}

func publishError(err error) error {
	return fmt.Errorf("linkedin: publish: %w", err)
}

// checkOutgoing refuses what LinkedIn would refuse, before any call.
func checkOutgoing(o post.Outgoing) error {
	if strings.TrimSpace(o.Text) == "" && len(o.Media) == 0 {
		return channels.Errorf(channels.Permanent, "the post has no text")
	}
	if n := utf8.RuneCountInString(o.Text); n > MaxCommentaryChars {
		return channels.Errorf(channels.Permanent, "the post has %d characters; LinkedIn allows at most %d", n, MaxCommentaryChars)
	}
	if len(o.Media) > MaxImages {
		return channels.Errorf(channels.Permanent, "the post has %d images; LinkedIn allows at most %d", len(o.Media), MaxImages)
	}
	for i, m := range o.Media {
		if len(m.Data) == 0 {
			// By number, not file name: the reason reaches alerts, and
			// a file name can name a patient.
			return channels.Errorf(channels.Permanent, "image %d has no data", i+1)
		}
		if err := channels.CheckImage("LinkedIn", ImageLimits, i+1, m.Data); err != nil {
			return err
		}
	}
	if o.Link != "" {
		if u, err := url.Parse(o.Link); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return channels.Errorf(channels.Permanent, "the link is not an http(s) URL")
		}
	}
	if o.ReplyTo != "" {
		return channels.Errorf(channels.Permanent, "replying to a LinkedIn comment is not supported; answer it on LinkedIn")
	}
	return nil
}

// articleTitle is the link card's title: the post's first line, or the
// link's host. The Posts API does not scrape the page for one.
func articleTitle(text, link string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	line = strings.TrimSpace(line)
	if line == "" {
		if u, err := url.Parse(link); err == nil {
			return u.Host
		}
		return link
	}
	if utf8.RuneCountInString(line) > 200 {
		line = string([]rune(line)[:199]) + "…"
	}
	return line
}

// postURL is the public address of a post URN.
func postURL(urn string) string {
	return "https://www.linkedin.com/feed/update/" + urn
}

// uploadImage registers an image with the Images API and uploads its
// bytes. Nothing is visible until a post uses the image, so a lost answer
// here is an ordinary retryable failure.
func (c *Channel) uploadImage(ctx context.Context, m post.MediaFile) (string, error) {
	init := map[string]any{"initializeUploadRequest": map[string]string{"owner": c.orgURN}}
	r, err := c.call(ctx, http.MethodPost, "/rest/images?action=initializeUpload", init, false)
	if err != nil {
		return "", err
	}
	var out struct {
		Value struct {
			UploadURL string `json:"uploadUrl"`
			Image     string `json:"image"`
		} `json:"value"`
	}
	if err := decode(r, &out, "an image upload answer"); err != nil {
		return "", err
	}
	if out.Value.UploadURL == "" || !strings.HasPrefix(out.Value.Image, "urn:li:image:") {
		return "", channels.Errorf(channels.Retryable, "LinkedIn gave no upload address for the image")
	}
	req, err := c.newRequest(ctx, http.MethodPut, out.Value.UploadURL, m.Data)
	if err != nil {
		return "", err
	}
	if m.ContentType != "" {
		req.Header.Set("Content-Type", m.ContentType)
	}
	if _, err := c.api.Do(req, false); err != nil {
		return "", err
	}
	return out.Value.Image, nil
}
