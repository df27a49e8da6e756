package instagram

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	fb "github.com/huandu/facebook/v2"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// Container states (GET /{container}?fields=status_code).
const (
	stateInProgress = "IN_PROGRESS"
	stateFinished   = "FINISHED"
	statePublished  = "PUBLISHED"
	stateError      = "ERROR"
	stateExpired    = "EXPIRED"
)

// window is the rolling period of the daily publishing limit, and how far
// back a caption already on the account counts as this post's duplicate.
const window = 24 * time.Hour

// maxPoll bounds one wait between two looks at a container.
const maxPoll = 8 * time.Second

// hashtagRE and mentionRE count what Instagram limits in a caption.
var (
	hashtagRE = regexp.MustCompile(`(?:^|[^\p{L}\p{N}_&])#[\p{L}\p{N}_]+`)
	mentionRE = regexp.MustCompile(`(?:^|[^\p{L}\p{N}_.@])@[A-Za-z0-9_.]+`)
)

// Publish posts o's images with its text as the caption: one photo, or a
// carousel of 2 to 10. See the package comment for how it stays exactly
// once.
func (c *Channel) Publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	if err := c.check(o); err != nil {
		return post.Receipt{}, publishError(err)
	}
	log := c.log.With("post_id", string(o.PostID), "attempt_id", o.AttemptID)
	r, err := c.publish(ctx, o)
	if err != nil {
		log.Info("publish failed", "class", channels.ClassOf(err).String())
		return post.Receipt{}, publishError(err)
	}
	log.Info("published", "remote_id", r.RemoteID)
	return r, nil
}

func (c *Channel) publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	rec, err := c.loadRecord(ctx, o)
	if err != nil {
		return post.Receipt{}, err
	}
	if rec.Media != "" {
		// An earlier attempt published it; its answer never reached the
		// scheduler.
		c.log.Info("already published by an earlier attempt", "post_id", string(o.PostID), "remote_id", rec.Media)
		return c.receipt(ctx, rec.Media), nil
	}
	container := ""
	if rec.Container != "" && rec.Sum == sum(o) {
		var published string
		if container, published, err = c.resume(ctx, o, rec); err != nil {
			return post.Receipt{}, err
		}
		if published != "" {
			return c.receipt(ctx, published), nil
		}
	}
	recent, err := c.media(ctx, c.cfg.Now().Add(-window))
	if err != nil {
		return post.Receipt{}, err
	}
	for _, m := range recent {
		if m.Text == o.Text {
			return post.Receipt{}, &channels.Error{Class: channels.Duplicate, ExistingID: m.RemoteID,
				Reason: "the Instagram account already has a post with this caption from the last day"}
		}
	}
	if err := c.checkQuota(ctx, recent); err != nil {
		return post.Receipt{}, err
	}
	if container == "" {
		if container, err = c.createContainer(ctx, o); err != nil {
			return post.Receipt{}, err
		}
		// The container is named before anything can be published, so
		// an attempt after a crash finds it instead of making another.
		rec = record{Container: container, Sum: sum(o), At: c.cfg.Now().UTC()}
		if err := c.saveRecord(ctx, o, rec); err != nil {
			return post.Receipt{}, err
		}
	}
	if err := c.waitFinished(ctx, container); err != nil {
		return post.Receipt{}, err
	}
	res, err := c.call(ctx, fb.POST, "/"+c.cfg.IGUserID+"/media_publish", fb.Params{"creation_id": container}, true)
	if err != nil {
		return post.Receipt{}, err
	}
	id, err := resultID(res)
	if err != nil {
		return post.Receipt{}, err
	}
	rec.Media = id
	if err := c.writeRecord(ctx, o, rec); err != nil {
		// The post is out: the scheduler records the receipt; the record
		// only guards a later attempt, which the receipt prevents.
		c.log.Warn("the published media could not be recorded", "remote_id", id, "error", err)
	}
	return c.receipt(ctx, id), nil
}

// resume decides what an earlier attempt's container means: a container
// still processing or finished is published now; one published already is
// looked up on the account (published names the media); one that failed,
// expired or is gone gives neither, and the post starts again.
func (c *Channel) resume(ctx context.Context, o post.Outgoing, rec record) (container, published string, err error) {
	state, _, err := c.status(ctx, rec.Container)
	if err != nil {
		var ce *channels.Error
		if errors.As(err, &ce) && ce.Class == channels.Permanent {
			return "", "", nil // gone: Instagram no longer knows it
		}
		return "", "", err
	}
	switch state {
	case stateInProgress, stateFinished:
		return rec.Container, "", nil
	case statePublished:
		recent, err := c.media(ctx, rec.At.Add(-time.Minute))
		if err != nil {
			return "", "", err
		}
		for _, m := range recent {
			if m.Text == o.Text {
				return "", m.RemoteID, nil
			}
		}
		return "", "", &channels.Error{Class: channels.Duplicate,
			Reason: "Instagram says an earlier attempt published this post, but the account does not list it; check the account"}
	}
	return "", "", nil
}

// check refuses what Instagram would refuse, before any call.
func (c *Channel) check(o post.Outgoing) error {
	switch {
	case o.ReplyTo != "":
		return channels.Errorf(channels.Permanent, "replying to an Instagram comment is not supported; answer it in the Instagram app")
	case len(o.Media) == 0:
		return channels.Errorf(channels.Permanent, "an Instagram post needs an image; add one")
	case len(o.Media) > MaxImages:
		return channels.Errorf(channels.Permanent, "the post has %d images; an Instagram carousel holds at most %d", len(o.Media), MaxImages)
	case c.cfg.PublicMedia == nil:
		return channels.Errorf(channels.Permanent, "Instagram fetches a post's images from a public address, and none is set: set [web] public_base_url")
	}
	if n, _ := channels.UTF16(o.Text, 0); n > MaxCaptionChars {
		return channels.Errorf(channels.Permanent, "the caption has %d characters; Instagram takes at most %d", n, MaxCaptionChars)
	}
	if n := len(hashtagRE.FindAllStringIndex(o.Text, -1)); n > MaxHashtags {
		return channels.Errorf(channels.Permanent, "the caption has %d hashtags; Instagram takes at most %d", n, MaxHashtags)
	}
	if n := len(mentionRE.FindAllStringIndex(o.Text, -1)); n > MaxMentions {
		return channels.Errorf(channels.Permanent, "the caption tags %d accounts; Instagram takes at most %d", n, MaxMentions)
	}
	for i, m := range o.Media {
		// By number, never by file name: a name can name a patient.
		if err := checkImage(i+1, m.Data); err != nil {
			return err
		}
	}
	return nil
}

// createContainer makes the photo's container, or the carousel's: one
// child per image, then the CAROUSEL holding them. Containers are private
// until published, so a lost answer here is only Retryable.
func (c *Channel) createContainer(ctx context.Context, o post.Outgoing) (string, error) {
	if len(o.Media) == 1 {
		params, err := c.imageParams(ctx, o, o.Media[0], 1)
		if err != nil {
			return "", err
		}
		params["caption"] = o.Text
		return c.create(ctx, params)
	}
	children := make([]string, 0, len(o.Media))
	for i, m := range o.Media {
		params, err := c.imageParams(ctx, o, m, i+1)
		if err != nil {
			return "", err
		}
		params["is_carousel_item"] = "true"
		id, err := c.create(ctx, params)
		if err != nil {
			return "", err
		}
		children = append(children, id)
	}
	// Each child must be ready before the carousel is made of them; they
	// are looked at together, so a carousel waits about as long as a
	// photo.
	if err := c.waitFinished(ctx, children...); err != nil {
		return "", err
	}
	return c.create(ctx, fb.Params{"media_type": "CAROUSEL", "children": strings.Join(children, ","), "caption": o.Text})
}

func (c *Channel) imageParams(ctx context.Context, o post.Outgoing, m post.MediaFile, n int) (fb.Params, error) {
	u, err := c.cfg.PublicMedia.PublicURL(ctx, o, m)
	if err != nil {
		return nil, &channels.Error{Class: channels.Permanent, Reason: fmt.Sprintf("image %d could not be given a public address for Instagram", n), Err: err}
	}
	p := fb.Params{"image_url": u}
	if m.AltText != "" {
		p["alt_text"] = m.AltText
	}
	return p, nil
}

func (c *Channel) create(ctx context.Context, params fb.Params) (string, error) {
	res, err := c.call(ctx, fb.POST, "/"+c.cfg.IGUserID+"/media", params, false)
	if err != nil {
		return "", err
	}
	var id string
	if err := res.DecodeField("id", &id); err != nil || id == "" {
		return "", &channels.Error{Class: channels.Retryable, Reason: "Instagram made a container without saying its id", Err: err}
	}
	return id, nil
}

// status reads a container's status_code and, for ERROR, Instagram's
// words.
func (c *Channel) status(ctx context.Context, container string) (state, why string, err error) {
	res, err := c.call(ctx, fb.GET, "/"+container, fb.Params{"fields": "status_code,status"}, false)
	if err != nil {
		return "", "", err
	}
	var st struct {
		Code   string `json:"status_code"`
		Status string `json:"status"`
	}
	if err := res.Decode(&st); err != nil || st.Code == "" {
		return "", "", &channels.Error{Class: channels.Retryable, Reason: "Instagram sent a container status practicepost cannot read", Err: err}
	}
	return st.Code, st.Status, nil
}

// waitFinished looks at the containers until Instagram has fetched and
// processed their images: FINISHED goes on, ERROR fails the post with
// Instagram's reason, EXPIRED and a wait longer than PollFor are Retryable
// (the next attempt resumes or starts over).
func (c *Channel) waitFinished(ctx context.Context, containers ...string) error {
	deadline := c.cfg.Now().Add(c.cfg.PollFor)
	wait := c.cfg.PollInterval
	pending := containers
	for {
		var still []string
		for _, id := range pending {
			state, why, err := c.status(ctx, id)
			if err != nil {
				return err
			}
			switch state {
			case stateFinished:
			case stateError:
				if strings.TrimSpace(why) == "" {
					// Instagram may leave status empty: the reason
					// must still tell the person something.
					return channels.Errorf(channels.Permanent, "Instagram could not use the post's image and gave no reason; check that the image opens and is a photo, then try again")
				}
				return channels.Errorf(channels.Permanent, "Instagram could not use the post's image: %s", clip(why, 200))
			case stateExpired:
				return channels.Errorf(channels.Retryable, "Instagram's container for the post expired before it was published; a new one is made next time")
			case statePublished:
				return &channels.Error{Class: channels.Duplicate, Reason: "Instagram says this container was published already"}
			default:
				still = append(still, id)
			}
		}
		if pending = still; len(pending) == 0 {
			return nil
		}
		if !c.cfg.Now().Add(wait).Before(deadline) {
			return channels.Errorf(channels.Retryable, "Instagram was still processing the post's image after %s", c.cfg.PollFor)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return &channels.Error{Class: channels.Retryable, Reason: "stopped while Instagram was processing the post's image", Err: ctx.Err()}
		case <-t.C:
		}
		wait = min(2*wait, maxPoll)
	}
}

// checkQuota reads content_publishing_limit and defers a post beyond it
// until the oldest post in the window (recent lists the account's media of
// the last 24 hours) leaves it.
func (c *Channel) checkQuota(ctx context.Context, recent []post.Receipt) error {
	res, err := c.call(ctx, fb.GET, "/"+c.cfg.IGUserID+"/content_publishing_limit", fb.Params{"fields": "quota_usage,config"}, false)
	if err != nil {
		return err
	}
	var lim struct {
		Data []struct {
			Usage  int `json:"quota_usage"`
			Config struct {
				Total    int   `json:"quota_total"`
				Duration int64 `json:"quota_duration"`
			} `json:"config"`
		} `json:"data"`
	}
	if err := res.Decode(&lim); err != nil || len(lim.Data) == 0 {
		return &channels.Error{Class: channels.Retryable, Reason: "Instagram sent a publishing limit practicepost cannot read", Err: err}
	}
	d := lim.Data[0]
	total, span := d.Config.Total, time.Duration(d.Config.Duration)*time.Second
	if total <= 0 {
		total = DailyPosts
	}
	if span <= 0 {
		span = window
	}
	if d.Usage < total {
		return nil
	}
	wait := dailyLimitWait
	if len(recent) > 0 {
		// recent is newest first: its last is the oldest of the window.
		wait = max(recent[len(recent)-1].PublishedAt.Add(span).Sub(c.cfg.Now()), time.Minute)
	}
	return &channels.Error{Class: channels.RateLimited, RetryAfter: wait,
		Reason: fmt.Sprintf("Instagram's limit of %d posts a day through the API is reached (%d in the last %s); the post waits", total, d.Usage, span)}
}

// receipt is the receipt of a published media, with its permalink when
// Instagram says it (a failure to read it loses only the link).
func (c *Channel) receipt(ctx context.Context, id string) post.Receipt {
	r := post.Receipt{RemoteID: id, PublishedAt: c.cfg.Now().UTC()}
	res, err := c.call(ctx, fb.GET, "/"+id, fb.Params{"fields": "permalink,timestamp"}, false)
	if err != nil {
		c.log.Debug("permalink unavailable", "remote_id", id)
		return r
	}
	var m struct {
		Permalink string `json:"permalink"`
	}
	if res.Decode(&m) == nil {
		r.URL = permalink(m.Permalink)
	}
	return r
}

// permalink keeps an answered permalink only if it is an http(s) address:
// it becomes a link in the web UI and reports, where a javascript: or
// data: address from a broken or hostile answer must never land.
func permalink(s string) string {
	if !channels.IsHTTPURL(s) {
		return ""
	}
	return s
}

func resultID(res fb.Result) (string, error) {
	var id string
	if err := res.DecodeField("id", &id); err != nil || id == "" {
		return "", &channels.Error{Class: channels.OutcomeUnknown, Reason: "Instagram answered the publish without a media id; practicepost looks at the account before trying again", Err: err}
	}
	return id, nil
}

func (c *Channel) call(ctx context.Context, method fb.Method, path string, params fb.Params, write bool) (fb.Result, error) {
	return c.api.do(ctx, c.cfg.AccessToken, method, path, params, write)
}

func publishError(err error) error { return fmt.Errorf("instagram: publish: %w", err) }

// record is what an attempt leaves for the next attempt of the same post
// on the same channel.
type record struct {
	Container string    `json:"container,omitempty"`
	Media     string    `json:"media,omitempty"`
	Sum       string    `json:"sum"` // of the caption and images the container holds
	At        time.Time `json:"at"`
}

// recordName is where the record of post id on channel is kept.
func recordName(channel string, id post.ID) string {
	return "instagram/" + channel + "/post/" + string(id)
}

func (c *Channel) loadRecord(ctx context.Context, o post.Outgoing) (record, error) {
	var rec record
	if c.cfg.Records == nil {
		return rec, nil
	}
	b, err := c.cfg.Records.LoadSecret(ctx, recordName(c.cfg.ID, o.PostID))
	if err != nil {
		return rec, &channels.Error{Class: channels.Retryable, Reason: "the record of earlier attempts could not be read", Err: err}
	}
	if len(b) == 0 {
		return rec, nil
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		// Never guess past a record that cannot be read: a person looks.
		return rec, &channels.Error{Class: channels.OutcomeUnknown, Reason: "the record of an earlier attempt is unreadable; check the Instagram account", Err: err}
	}
	return rec, nil
}

// saveRecord records the container before anything is published; a
// failure stops the attempt.
func (c *Channel) saveRecord(ctx context.Context, o post.Outgoing, rec record) error {
	if err := c.writeRecord(ctx, o, rec); err != nil {
		return &channels.Error{Class: channels.Retryable, Reason: "the container could not be recorded, so nothing was published", Err: err}
	}
	return nil
}

// writeRecord stores rec; its error is the store's own, so the log after
// a publish says what failed rather than saveRecord's reason, which
// would claim nothing was published.
func (c *Channel) writeRecord(ctx context.Context, o post.Outgoing, rec record) error {
	if c.cfg.Records == nil {
		return nil
	}
	b, err := json.Marshal(rec)
	if err == nil {
		err = c.cfg.Records.SaveSecret(ctx, recordName(c.cfg.ID, o.PostID), b)
	}
	return err
}

// sum identifies what a container holds: the caption and the images.
func sum(o post.Outgoing) string {
	h := sha256.New()
	h.Write([]byte(o.Text))
	for _, m := range o.Media {
		d := sha256.Sum256(m.Data)
		h.Write(d[:])
		h.Write([]byte(m.AltText))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32] + "-" + strconv.Itoa(len(o.Media))
}
