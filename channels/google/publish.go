package google

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// localPost is the v4 LocalPost, as sent and as answered. Only the fields
// practicepost sends or reads are here; unknown ones in an answer are
// ignored, unknown ones in a request are refused by Google.
type localPost struct {
	Name         string        `json:"name,omitempty"`
	LanguageCode string        `json:"languageCode,omitempty"`
	Summary      string        `json:"summary,omitempty"`
	CallToAction *callToAction `json:"callToAction,omitempty"`
	CreateTime   string        `json:"createTime,omitempty"`
	UpdateTime   string        `json:"updateTime,omitempty"`
	State        string        `json:"state,omitempty"`
	Media        []mediaItem   `json:"media,omitempty"`
	SearchURL    string        `json:"searchUrl,omitempty"`
	TopicType    string        `json:"topicType,omitempty"`
	AlertType    string        `json:"alertType,omitempty"`
	Event        *event        `json:"event,omitempty"`
	Offer        *offer        `json:"offer,omitempty"`
}

// event is the v4 LocalPostEvent: required for EVENT and OFFER posts.
// Its schedule is the location's wall clock (Google's Date and
// TimeOfDay), with no time zone.
type event struct {
	Title    string   `json:"title"`
	Schedule schedule `json:"schedule"`
}

type schedule struct {
	StartDate date       `json:"startDate"`
	StartTime *timeOfDay `json:"startTime,omitempty"`
	EndDate   date       `json:"endDate"`
	EndTime   *timeOfDay `json:"endTime,omitempty"`
}

type date struct {
	Year  int `json:"year"`
	Month int `json:"month"`
	Day   int `json:"day"`
}

type timeOfDay struct {
	Hours   int `json:"hours"`
	Minutes int `json:"minutes"`
}

// offer is the v4 LocalPostOffer, sent only with OFFER posts.
type offer struct {
	CouponCode      string `json:"couponCode,omitempty"`
	RedeemOnlineURL string `json:"redeemOnlineUrl,omitempty"`
	TermsConditions string `json:"termsConditions,omitempty"`
}

// alertCOVID19 is the only alertType Google defines: an ALERT post goes
// out as Google's COVID-19 update (PLATFORMS.md section 9).
const alertCOVID19 = "COVID_19"

type callToAction struct {
	ActionType string `json:"actionType"`
	URL        string `json:"url,omitempty"`
}

type mediaItem struct {
	MediaFormat string `json:"mediaFormat"`
	SourceURL   string `json:"sourceUrl"`
}

// firstLink finds a link in a post's text, without the punctuation that
// ends a sentence after it.
var firstLink = regexp.MustCompile(`(?i)\bhttps?://[^\s<>"']*[^\s<>"'.,;:!?)]`)

// Local post states.
const (
	stateLive       = "LIVE"
	stateProcessing = "PROCESSING"
	stateRejected   = "REJECTED"
)

// duplicateWindow is how far back Publish looks for the same summary:
// Google has no idempotency key and refuses no duplicate, so a retry after
// a lost answer would post twice without this look.
const duplicateWindow = 24 * time.Hour

// Publish creates a local post, or replies to a review when o.ReplyTo is
// set.
func (c *Channel) Publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	if o.ReplyTo != "" {
		return c.reply(ctx, o)
	}
	// Counted as the registered kind counts, so the checklist and the
	// adapter agree.
	if n, _ := channels.UTF16(o.Text, MaxSummaryChars); n > MaxSummaryChars {
		return post.Receipt{}, channels.Errorf(channels.Permanent, "the text is %d characters; Google takes at most %d", n, MaxSummaryChars)
	}
	if strings.TrimSpace(o.Text) == "" {
		return post.Receipt{}, channels.Errorf(channels.Permanent, "the text is empty; Google needs a summary")
	}
	lp := localPost{LanguageCode: c.cfg.LanguageCode, Summary: o.Text, TopicType: string(post.TopicStandard)}
	if o.Topic != nil {
		if err := c.applyTopic(&lp, *o.Topic); err != nil {
			return post.Receipt{}, err
		}
	}
	if lp.CallToAction == nil && lp.TopicType != string(post.TopicOffer) {
		link := o.Link
		if link == "" {
			// Google shows no clickable link in a post's text (the
			// checklist says so, PLAT-04): the text's first link is the
			// post's button.
			link = firstLink.FindString(o.Text)
		}
		switch {
		case link != "":
			lp.CallToAction = &callToAction{ActionType: ButtonLearnMore, URL: link}
		case c.cfg.Button == ButtonCall:
			lp.CallToAction = &callToAction{ActionType: ButtonCall}
		}
	}
	media, err := c.media(ctx, o)
	if err != nil {
		return post.Receipt{}, err
	}
	lp.Media = media
	if existing, err := c.findSummary(ctx, o.Text, c.cfg.Now().Add(-duplicateWindow)); err != nil {
		return post.Receipt{}, err
	} else if existing != "" {
		return post.Receipt{}, &channels.Error{Class: channels.Duplicate, Reason: "the location already has a post with this text from the last day", ExistingID: existing}
	}
	r, err := c.call(ctx, http.MethodPost, c.cfg.APIBase+"/v4/"+c.location+"/localPosts", lp, true)
	if err != nil {
		return post.Receipt{}, err
	}
	var got localPost
	if err := decodeWrite(r, &got); err != nil {
		return post.Receipt{}, err
	}
	if !c.owns(got.Name, "/localPosts/") {
		return post.Receipt{}, unreadableWrite(r.Status, fmt.Errorf("google: created post name %q is not under %s", got.Name, c.location))
	}
	rec := post.Receipt{RemoteID: got.Name, URL: got.SearchURL, PublishedAt: parseTime(got.CreateTime, c.cfg.Now()), Text: got.Summary}
	switch got.State {
	case stateLive:
	case stateProcessing:
		rec.Moderation = post.InModeration
		c.log.Info("google is reviewing the post", "remote_id", got.Name)
	case stateRejected:
		return post.Receipt{}, channels.Errorf(channels.Permanent, "Google rejected the post (it breaks Google's content policy for posts)")
	default:
		// The post exists, but Google said nothing about its state:
		// treat it as still under review and ask again.
		rec.Moderation = post.InModeration
		c.log.Warn("google answered a post without a known state", "remote_id", got.Name, "state", got.State)
	}
	return rec, nil
}

// applyTopic puts the post's type, button and event or offer into lp as
// Google names them. The topic was checked when the post was saved; it is
// checked again here, since a post stored by hand or by an older build
// must not reach Google half right.
func (c *Channel) applyTopic(lp *localPost, t post.Topic) error {
	if err := t.Validate(c.cfg.ID); err != nil {
		return &channels.Error{Class: channels.Permanent, Reason: post.ErrorMessage(err), Err: err}
	}
	lp.TopicType = string(t.Type)
	if t.Button != "" {
		lp.CallToAction = &callToAction{ActionType: t.Button, URL: t.ButtonURL}
	}
	switch t.Type {
	case post.TopicEvent, post.TopicOffer:
		sch, err := scheduleOf(t)
		if err != nil {
			return &channels.Error{Class: channels.Permanent, Reason: "the event's dates could not be read", Err: err}
		}
		lp.Event = &event{Title: t.Title, Schedule: sch}
	case post.TopicAlert:
		lp.AlertType = alertCOVID19
	}
	if t.Type == post.TopicOffer && (t.Coupon != "" || t.Terms != "" || t.RedeemURL != "") {
		lp.Offer = &offer{CouponCode: t.Coupon, RedeemOnlineURL: t.RedeemURL, TermsConditions: t.Terms}
	}
	return nil
}

// scheduleOf turns a topic's wall-clock dates and times into Google's.
func scheduleOf(t post.Topic) (schedule, error) {
	var out schedule
	for _, part := range []struct {
		d, clock string
		day      *date
		tod      **timeOfDay
	}{{t.StartDate, t.StartTime, &out.StartDate, &out.StartTime}, {t.EndDate, t.EndTime, &out.EndDate, &out.EndTime}} {
		d, err := time.Parse(post.TopicDate, part.d)
		if err != nil {
			return out, err
		}
		*part.day = date{Year: d.Year(), Month: int(d.Month()), Day: d.Day()}
		if part.clock == "" {
			continue
		}
		tm, err := time.Parse(post.TopicTime, part.clock)
		if err != nil {
			return out, err
		}
		*part.tod = &timeOfDay{Hours: tm.Hour(), Minutes: tm.Minute()}
	}
	return out, nil
}

// media turns o's images into public addresses Google fetches.
func (c *Channel) media(ctx context.Context, o post.Outgoing) ([]mediaItem, error) {
	files := o.Media
	if len(files) == 0 {
		return nil, nil
	}
	if len(files) > MaxImages {
		return nil, channels.Errorf(channels.Permanent, "the post has %d images; practicepost sends at most %d to Google", len(files), MaxImages)
	}
	if c.cfg.PublicMedia == nil {
		return nil, channels.Errorf(channels.Permanent, "Google fetches a post's photo from a public address, and none is set: set [web] public_base_url, or post without the image")
	}
	out := make([]mediaItem, 0, len(files))
	for i, f := range files {
		if err := channels.CheckImage("Google", ImageLimits, i+1, f.Data); err != nil {
			return nil, err
		}
		u, err := c.cfg.PublicMedia.PublicURL(ctx, o, f)
		if err != nil {
			return nil, &channels.Error{Class: channels.Permanent, Reason: fmt.Sprintf("image %d could not be given a public address for Google", i+1), Err: err}
		}
		out = append(out, mediaItem{MediaFormat: "PHOTO", SourceURL: u})
	}
	return out, nil
}

// findSummary returns the name of a post created since since whose summary
// is text, or "".
func (c *Channel) findSummary(ctx context.Context, text string, since time.Time) (string, error) {
	posts, err := c.listPosts(ctx, since)
	if err != nil {
		return "", err
	}
	for _, p := range posts {
		if p.Summary == text {
			return p.Name, nil
		}
	}
	return "", nil
}

// owns reports whether name is a resource of this location of the given
// kind ("/localPosts/", "/reviews/").
func (c *Channel) owns(name, kind string) bool {
	rest, ok := strings.CutPrefix(name, c.location+kind)
	return ok && rest != "" && !strings.Contains(rest, "/")
}

// decodeWrite reads the answer to a write. A 2xx answer practicepost
// cannot read says nothing about what Google did: the outcome is unknown
// and must be looked up, never sent again blindly.
func decodeWrite(r response, v any) error {
	if err := json.Unmarshal(r.Body, v); err != nil {
		return unreadableWrite(r.Status, err)
	}
	return nil
}

func unreadableWrite(status int, err error) error {
	return &channels.Error{Class: channels.OutcomeUnknown, Reason: "Google answered the request in a form practicepost cannot read; check the profile before trying again", Status: status, Err: err}
}

// Moderation reads a post's state: PROCESSING, LIVE or REJECTED.
func (c *Channel) Moderation(ctx context.Context, remoteID string) (channels.Moderation, string, error) {
	if !c.owns(remoteID, "/localPosts/") {
		return 0, "", channels.Errorf(channels.Permanent, "%q is not a post of this location", remoteID)
	}
	r, err := c.call(ctx, http.MethodGet, c.cfg.APIBase+"/v4/"+remoteID, nil, false)
	if gone(err) {
		// Deleted from the profile, by its owner or by Google: it is not
		// up, whatever it was before, and asking again changes nothing.
		return channels.ModerationRejected, "the post is no longer on the profile: Google says it does not exist (deleted in the Business Profile, or removed by Google)", nil
	}
	if err != nil {
		return 0, "", err
	}
	var lp localPost
	if err := decode(r, &lp, "a post"); err != nil {
		return 0, "", err
	}
	switch lp.State {
	case stateLive:
		return channels.ModerationLive, "", nil
	case stateRejected:
		return channels.ModerationRejected, "Google rejected the post after reviewing it (it breaks Google's content policy for posts)", nil
	}
	return channels.ModerationPending, "", nil
}
