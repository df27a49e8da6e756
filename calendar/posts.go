package calendar

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// AddPost is a request to queue a new post.
type AddPost struct {
	Actor    Actor             `json:"actor"`
	Body     string            `json:"body"`
	Variants map[string]string `json:"variants,omitempty"`
	// Options are per-channel choices beyond the text (visibility, a
	// content warning), where the channel's network offers them.
	Options map[string]post.ChannelOptions `json:"options,omitempty"`
	// Topics: channel id → the post's type, button and event or offer
	// there, for channels whose network takes them (Google Business
	// Profile); see post.Topic.
	Topics          map[string]post.Topic `json:"topics,omitempty"`
	Channels        []string              `json:"channels"`
	At              time.Time             `json:"at,omitzero"` // exact time; zero with NextSlot false = unscheduled draft
	NextSlot        bool                  `json:"next_slot,omitempty"`
	Grace           time.Duration         `json:"grace,omitempty"`
	Tags            []string              `json:"tags,omitempty"`
	Audience        post.Audience         `json:"audience,omitempty"`
	Media           []post.Media          `json:"media,omitempty"` // already saved with store.SaveMedia
	AuthorizationID post.ID               `json:"authorization_id,omitempty"`
	Reply           *post.ReplyTarget     `json:"reply,omitempty"`
	Evergreen       bool                  `json:"evergreen,omitempty"`
	Template        string                `json:"template,omitempty"`
}

// AddPost validates, checks and stores a new post. A clean post with a time
// is scheduled at once; one with findings waits in the review queue.
func (s *Service) AddPost(ctx context.Context, req AddPost) (*post.Post, error) {
	if err := require(req.Actor, post.RoleStaff, "adding a post"); err != nil {
		return nil, err
	}
	p, err := s.newPost(req)
	if err != nil {
		return nil, err
	}
	err = s.db.Update(ctx, func(tx store.Tx) error { return s.insertNew(ctx, tx, p, req.Actor) })
	if err != nil {
		return nil, err
	}
	s.log.Info("post added", "post_id", p.ID, "status", p.Status, "actor", req.Actor.Name)
	s.notify(ctx)
	return p, nil
}

// newPost builds and validates the post req asks for, not yet stored.
func (s *Service) newPost(req AddPost) (*post.Post, error) {
	now := s.db.Now()
	p := &post.Post{
		ID: post.NewID(now), Body: req.Body, Variants: req.Variants, Options: cleanOptions(req.Options), Topics: normalTopics(req.Topics), Channels: dedupe(req.Channels),
		Schedule: post.Schedule{At: req.At, NextSlot: req.NextSlot, Grace: req.Grace},
		Tags:     cleanTags(req.Tags), Audience: req.Audience, Media: req.Media,
		AuthorizationID: req.AuthorizationID, Reply: req.Reply, Evergreen: req.Evergreen,
		Template: req.Template, Author: req.Actor.Name, CreatedAt: now, Status: post.StatusDraft,
	}
	if !p.Schedule.At.IsZero() {
		p.Schedule.At = p.Schedule.At.UTC().Truncate(time.Second)
	}
	if err := s.validate(p, now); err != nil {
		return nil, err
	}
	p.Deliveries = map[string]*post.Delivery{}
	for _, c := range p.Channels {
		p.Deliveries[c] = &post.Delivery{Channel: c, State: post.DeliveryPending}
	}
	return p, nil
}

// insertNew runs the checklist on a new post, routes it and stores it, in
// the caller's transaction.
func (s *Service) insertNew(ctx context.Context, tx store.Tx, p *post.Post, actor Actor) error {
	if err := s.route(ctx, tx, p, map[string]bool{}); err != nil {
		return err
	}
	return tx.InsertPost(p, store.Audit{Actor: actor.Name, Action: "post.create", Detail: routeDetail(p)})
}

// MaxDaysAhead bounds how far ahead a post may be scheduled: two years. A
// time far beyond (9999-12-31) is a typo, and would sit in the time index
// for good.
const MaxDaysAhead = 2 * 365

// validate checks what a post must satisfy before it is stored at all.
func (s *Service) validate(p *post.Post, now time.Time) error {
	if err := post.ValidateText("the post text", p.Body); err != nil {
		return err
	}
	if len(p.Channels) == 0 {
		return post.Errorf(post.EInvalid, "pick at least one channel (configured: %s)", strings.Join(s.order, ", "))
	}
	for _, c := range p.Channels {
		if _, ok := s.channels[c]; !ok {
			return post.Errorf(post.EInvalid, "unknown channel %q (configured: %s)", c, strings.Join(s.order, ", "))
		}
	}
	for c, v := range p.Variants {
		if !p.HasChannel(c) {
			return post.Errorf(post.EInvalid, "there is a text for channel %q but the post does not go there", c)
		}
		if err := post.ValidateText("the text for "+c, v); err != nil {
			return err
		}
	}
	for i, tag := range p.Tags {
		if err := post.CheckBytes(fmt.Sprintf("the tag %d", i+1), tag); err != nil {
			return err
		}
	}
	if err := s.validateOptions(p); err != nil {
		return err
	}
	if err := s.validateTopics(p); err != nil {
		return err
	}
	if !p.Schedule.At.IsZero() && p.Schedule.NextSlot {
		return post.Errorf(post.EInvalid, "give either an exact time or the next free slot, not both")
	}
	if !p.Schedule.At.IsZero() && p.Schedule.At.Before(now.Add(-time.Minute)) {
		return post.Errorf(post.EInvalid, "%s is in the past (it is now %s)",
			p.Schedule.At.In(s.loc).Format("Mon 2 Jan 2006 15:04 MST"), now.In(s.loc).Format("15:04 MST"))
	}
	if limit := now.AddDate(0, 0, MaxDaysAhead); p.Schedule.At.After(limit) {
		return post.Errorf(post.EInvalid, "%s is more than 2 years ahead; pick a time before %s",
			p.Schedule.At.In(s.loc).Format("Mon 2 Jan 2006 15:04 MST"), limit.In(s.loc).Format("2 Jan 2006"))
	}
	if at := p.Schedule.At; !at.IsZero() && s.blackout != nil && s.blackout(at.In(s.loc)) {
		return s.blackoutError(p)
	}
	if !p.Schedule.IsZero() {
		if err := s.imagesReach(p); err != nil {
			return err
		}
	}
	if p.Schedule.Grace < 0 {
		return post.Errorf(post.EInvalid, "the grace window cannot be negative")
	}
	switch p.Audience {
	case "", post.AudiencePatients, post.AudiencePeers, post.AudienceCommunity:
	default:
		return post.Errorf(post.EInvalid, "audience %q is not one of patients, peers, community", p.Audience)
	}
	for _, t := range p.Tags {
		if len(t) > 64 {
			return post.Errorf(post.EInvalid, "tag %.20q… is longer than 64 characters", t)
		}
	}
	if p.AuthorizationID != "" && !post.ValidID(p.AuthorizationID) {
		return post.Errorf(post.EInvalid, "%q is not an authorization id", p.AuthorizationID)
	}
	return nil
}

// imagesReach refuses to schedule a post with images on a channel whose
// network fetches images from a public address (Google Business Profile,
// Instagram) while the practice has none: refused now, with the fix,
// rather than failing at the slot when nobody may be watching. Channels
// the post has already gone out on are not asked about again.
func (s *Service) imagesReach(p *post.Post) error {
	for _, c := range p.Channels {
		if d := p.Deliveries[c]; d != nil && d.State != post.DeliveryPending {
			continue
		}
		if err := s.imageReach(c, p); err != nil {
			return err
		}
	}
	return nil
}

// validateTopics checks each channel's post type and details: only for a
// channel the post goes to, only where the network takes them, and each
// by the network's rules (post.Topic.Validate).
func (s *Service) validateTopics(p *post.Post) error {
	for _, c := range slices.Sorted(maps.Keys(p.Topics)) {
		t := p.Topics[c]
		if t.IsZero() {
			continue
		}
		if !p.HasChannel(c) {
			return post.Errorf(post.EInvalid, "there is a post type for channel %q but the post does not go there", c)
		}
		if k, _ := channels.Lookup(s.channels[c].Kind); !k.Topics {
			return post.Errorf(post.EInvalid, "channel %s takes no post type, button or event (only Google Business Profile channels do); clear them for it", c)
		}
		if err := t.Validate(c); err != nil {
			return err
		}
		if p.Evergreen && (t.Type == post.TopicEvent || t.Type == post.TopicOffer) {
			// A copy re-posted weeks later would announce days gone by.
			return post.Errorf(post.EInvalid, "%s: an event or offer runs on set days, so it cannot be evergreen (re-posted later); make it an update, or untick evergreen", c)
		}
	}
	return nil
}

// imageReach is imagesReach for one channel.
func (s *Service) imageReach(channel string, p *post.Post) error {
	if len(p.Media) == 0 || s.publicMedia {
		return nil
	}
	k, ok := channels.Lookup(s.channels[channel].Kind)
	if !ok || !k.NeedsPublicMedia {
		return nil
	}
	return post.Errorf(post.EInvalid, "%s (%s) needs public media links: it fetches a post's images from a public address, and practicepost has none; "+
		"ask the admin to set [web] public_base_url in the config, or take the images off, or leave %s out of this post", channel, k.Title, channel)
}

// normalTopics returns topics with each one's words trimmed and its type
// and button in capitals, and without empty ones; nil when none is left.
func normalTopics(topics map[string]post.Topic) map[string]post.Topic {
	var out map[string]post.Topic
	for c, t := range topics {
		if t = t.Normalize(); !t.IsZero() {
			if out == nil {
				out = map[string]post.Topic{}
			}
			out[c] = t
		}
	}
	return out
}

// blackoutError refuses an exact time on a blackout day, naming the day
// and offering the first slot after it: the scheduler would only hold the
// post on the morning itself, when nobody may be in to move it.
func (s *Service) blackoutError(p *post.Post) error {
	at := p.Schedule.At.In(s.loc)
	var offers []string
	for _, c := range p.Channels {
		if next := s.slots.firstAfter(c, at); !next.IsZero() {
			offers = append(offers, next.In(s.loc).Format("Mon 2 Jan 15:04")+" on "+c)
		}
	}
	offer := "choose the next free slot"
	if len(offers) > 0 {
		offer += " (the first after it: " + strings.Join(offers, ", ") + ")"
	}
	return post.Errorf(post.EInvalid, "%s is a blackout day (the [scheduler] blackouts in the config): nothing is published on it; pick another day, or %s",
		at.Format("Mon 2 Jan 2006"), offer)
}

// route runs the checklist on a post whose content is new or changed and
// moves it as far along as the result allows: approved and scheduled when
// clean, the review queue otherwise.
func (s *Service) route(ctx context.Context, tx store.Tx, p *post.Post, taken map[string]bool) error {
	media, err := storedMedia(tx, p.Media)
	if err != nil {
		return err
	}
	p.Media = media
	var auth *post.Authorization
	if p.AuthorizationID != "" {
		a, err := tx.Authorization(p.AuthorizationID)
		if err != nil {
			return err
		}
		auth = a
	}
	if p.Status != post.StatusDraft {
		if err := p.Transition(post.StatusDraft); err != nil {
			return err
		}
	}
	// An exact time shows on the calendar while the post waits for review;
	// only the due index (scheduled posts) makes it go out.
	if !p.Schedule.At.IsZero() {
		for _, d := range p.Deliveries {
			if d.State == post.DeliveryPending {
				d.DueAt = p.Schedule.At
			}
		}
	}
	res := s.check.CheckPost(ctx, p, auth, tx.Now())
	if err := checkFinished(ctx); err != nil {
		return err
	}
	p.Check = &res
	p.Approval = nil
	if err := p.Transition(post.StatusChecked); err != nil {
		return err
	}
	if res.Verdict != post.VerdictPass {
		return p.Transition(post.StatusNeedsReview)
	}
	p.Approval = &post.Approval{By: "checklist", At: tx.Now(), ContentHash: p.ContentHash(), Ruleset: res.Ruleset}
	if err := p.Transition(post.StatusApproved); err != nil {
		return err
	}
	return s.scheduleApproved(tx, p, taken)
}

// scheduleApproved gives every delivery of an approved post its time and
// marks it scheduled; a post with no schedule stays approved.
func (s *Service) scheduleApproved(tx store.Tx, p *post.Post, taken map[string]bool) error {
	if p.Schedule.IsZero() {
		return nil
	}
	if err := s.imagesReach(p); err != nil {
		return err
	}
	if err := s.assignDueTimes(tx, p, taken); err != nil {
		return err
	}
	if err := p.Transition(post.StatusScheduled); err != nil {
		return err
	}
	return s.holdDuringStop(tx, p)
}

// assignDueTimes gives each pending delivery its time: the exact time, or
// for "next slot" posts the channel's next free slot unless it already has
// one still ahead.
func (s *Service) assignDueTimes(tx store.Tx, p *post.Post, taken map[string]bool) error {
	if p.Schedule.IsZero() {
		return nil
	}
	for _, c := range p.Channels {
		d := p.Deliveries[c]
		if d.State != post.DeliveryPending {
			continue
		}
		if !p.Schedule.NextSlot {
			d.DueAt = p.Schedule.At
			continue
		}
		if !d.DueAt.IsZero() && d.DueAt.After(tx.Now()) {
			continue // keeps the slot it already has
		}
		at, err := s.slots.next(tx, c, tx.Now(), taken)
		if err != nil {
			return err
		}
		d.DueAt = at.UTC()
	}
	return nil
}

func routeDetail(p *post.Post) string {
	if p.Check == nil {
		return string(p.Status)
	}
	return string(p.Status) + " (checklist: " + string(p.Check.Verdict) + ")"
}

func dedupe(in []string) []string {
	out := make([]string, 0, len(in))
	for _, c := range in {
		c = strings.TrimSpace(c)
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// cleanTags trims, lowercases and dedupes tags. A tag with bytes
// post.CheckBytes refuses is kept as given, for validate to refuse with
// the offset the person typed it at (lowercasing would turn bytes that are
// not UTF-8 into U+FFFD, and a stored tag into something nobody wrote).
func cleanTags(in []string) []string {
	var out []string
	for _, t := range in {
		if post.CheckBytes("", t) == nil {
			t = strings.ToLower(strings.TrimSpace(t))
		}
		if t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}
