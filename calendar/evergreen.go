package calendar

import (
	"context"
	"errors"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/templates"
)

// FillEvergreen re-queues copies of published evergreen posts into the
// channels' free slots of the next Days days, never the same post twice
// within Interval. Each copy is a new post: it goes through the checklist
// again and is scheduled only if it passes (else it waits for review).
type FillEvergreen struct {
	Actor    Actor         `json:"actor"`
	Days     int           `json:"days"`
	Interval time.Duration `json:"interval"`
	DryRun   bool          `json:"dry_run,omitempty"` // say what would be queued, store nothing
}

// EvergreenCopyPrefix marks a copy's Template field with the post it copies.
const EvergreenCopyPrefix = "evergreen:"

var errDryRun = errors.New("dry run")

// FillEvergreen queues the copies and returns them.
func (s *Service) FillEvergreen(ctx context.Context, req FillEvergreen) ([]*post.Post, error) {
	if err := require(req.Actor, post.RoleStaff, "queueing evergreen posts"); err != nil {
		return nil, err
	}
	if req.Days < 1 || req.Days > 90 {
		return nil, post.Errorf(post.EInvalid, "look 1 to 90 days ahead, not %d", req.Days)
	}
	if req.Interval <= 0 {
		return nil, post.Errorf(post.EInvalid, "give the least time between two copies of one post")
	}
	var made []*post.Post
	err := s.db.Update(ctx, func(tx store.Tx) error {
		made = nil
		now := tx.Now()
		var sources []*post.Post
		var history []templates.Use
		ids, err := tx.EvergreenPostIDs()
		if err != nil {
			return err
		}
		for _, id := range ids {
			p, err := tx.Post(id)
			if err != nil {
				return err
			}
			sources = append(sources, p)
			t, err := tx.EvergreenLastUse(id)
			if err != nil {
				return err
			}
			if !t.IsZero() {
				history = append(history, templates.Use{Key: id, At: t})
			}
		}
		if len(sources) == 0 {
			return nil
		}
		taken := map[string]bool{}
		for _, ch := range s.Channels() {
			if kind, _ := channels.Lookup(ch.Kind); ch.Paused || kind.ByHand {
				continue
			}
			var cands []string
			for _, p := range sources {
				// A copy that could not be scheduled there (images
				// on a network that fetches them, and no public
				// address) is not offered.
				if p.HasChannel(ch.ID) && s.imageReach(ch.ID, p) == nil {
					cands = append(cands, p.ID)
				}
			}
			if len(cands) == 0 {
				continue
			}
			// Slots from a minute ahead: a copy is never due the moment it is made.
			for _, slot := range s.slots.SlotsBetween(ch.ID, now.Add(time.Minute), now.AddDate(0, 0, req.Days)) {
				busy, err := slotTaken(tx, ch.ID, slot)
				if err != nil {
					return err
				}
				if busy || taken[ch.ID+"@"+slot.UTC().Format(time.RFC3339)] {
					continue
				}
				id, ok := templates.PickEvergreen(cands, history, slot, req.Interval)
				if !ok {
					continue // every candidate was used too recently for this slot
				}
				cp, err := s.evergreenCopy(ctx, tx, req.Actor, sourceByID(sources, id), ch.ID, slot, taken)
				if err != nil {
					return err
				}
				history = append(history, templates.Use{Key: id, At: slot})
				if err := tx.SetEvergreenUse(id, slot); err != nil {
					return err
				}
				made = append(made, cp)
			}
		}
		if req.DryRun {
			return errDryRun
		}
		return nil
	})
	if errors.Is(err, errDryRun) {
		err = nil
	}
	if err != nil {
		return nil, err
	}
	if len(made) > 0 && !req.DryRun {
		s.log.Info("evergreen posts queued", "count", len(made))
		s.notify(ctx)
	}
	return made, nil
}

func (s *Service) evergreenCopy(ctx context.Context, tx store.Tx, actor Actor, src *post.Post, channel string, at time.Time, taken map[string]bool) (*post.Post, error) {
	cp := &post.Post{
		ID: post.NewID(tx.Now()), Body: src.TextFor(channel), Channels: []string{channel},
		Schedule: post.Schedule{At: at.UTC()}, Tags: src.Tags, Audience: src.Audience, Media: src.Media,
		AuthorizationID: src.AuthorizationID, Template: EvergreenCopyPrefix + src.ID,
		Author: actor.Name, CreatedAt: tx.Now(), Status: post.StatusDraft,
		Deliveries: map[string]*post.Delivery{channel: {Channel: channel, State: post.DeliveryPending}},
	}
	if t, ok := src.TopicFor(channel); ok {
		// Its button and type go with it (an evergreen post has no dates:
		// validateTopics refuses an evergreen event or offer).
		cp.Topics = map[string]post.Topic{channel: t}
	}
	taken[channel+"@"+at.UTC().Format(time.RFC3339)] = true
	if err := s.route(ctx, tx, cp, taken); err != nil {
		return nil, err
	}
	return cp, tx.InsertPost(cp, store.Audit{Actor: actor.Name, Action: "post.evergreen", Detail: "copy of " + src.ID})
}

func sourceByID(ps []*post.Post, id post.ID) *post.Post {
	for _, p := range ps {
		if p.ID == id {
			return p
		}
	}
	return nil
}
