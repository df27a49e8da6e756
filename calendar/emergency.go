package calendar

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// EmergencyStop is the practice-wide "pause all" switch, e.g. after a
// local tragedy. It is a typed store setting: calendar is its only writer,
// and the scheduler reads it from the store inside its claim transaction.
type EmergencyStop = store.EmergencyStop

// PauseAll holds everything scheduled and records the stop.
func (s *Service) PauseAll(ctx context.Context, req PostRef) (*EmergencyStop, error) {
	if err := require(req.Actor, post.RoleStaff, "the emergency stop"); err != nil {
		return nil, err
	}
	stop := &EmergencyStop{}
	err := s.db.Update(ctx, func(tx store.Tx) error {
		cur, err := tx.EmergencyStop()
		if err != nil {
			return err
		}
		*stop = cur
		if stop.Active {
			// Pressing stop again (someone else, or a script) holds what was
			// scheduled since, but keeps who stopped, when and why; a new
			// reason is added beside the first, with who gave it.
			if r := strings.TrimSpace(req.Reason); r != "" && !strings.Contains(stop.Reason, r) {
				stop.Reason += "; then " + req.Actor.Name + ": " + r
			}
		} else {
			*stop = EmergencyStop{Active: true, By: req.Actor.Name, At: tx.Now(), Reason: nonEmpty(req.Reason, "emergency stop"), Held: stop.Held}
		}
		for _, st := range []post.Status{post.StatusScheduled, post.StatusApproved, post.StatusPublishing} {
			posts, err := tx.PostsByStatus(st)
			if err != nil {
				return err
			}
			for _, p := range posts {
				if err := holdPost(p, "emergency stop by "+req.Actor.Name+": "+stop.Reason); err != nil {
					return err
				}
				if err := tx.PutPost(p, store.Audit{Actor: req.Actor.auditName(), Action: "post.hold", Detail: "emergency stop"}); err != nil {
					return err
				}
				stop.Held = append(stop.Held, p.ID)
			}
		}
		return tx.PutEmergencyStop(*stop, store.Audit{Actor: req.Actor.auditName(), Action: "emergency.stop", Detail: stop.Reason})
	})
	if err != nil {
		return nil, err
	}
	s.log.Warn("emergency stop", "actor", req.Actor.Name, "held", len(stop.Held))
	s.notify(ctx)
	return stop, nil
}

// ResumeAll is how the emergency stop ends. Posts whose time passed while
// stopped are not sent late by surprise: Late says what to do with them.
type ResumeAll struct {
	Actor Actor `json:"actor"`
	// Late is "hold" (keep them held for a person), "next-slot" (move them
	// to each channel's next free slot) or "cancel".
	Late string `json:"late"`
}

// ResumeResult lists what resuming did.
type ResumeResult struct {
	Released    []post.ID `json:"released"`
	Rescheduled []post.ID `json:"rescheduled"`
	StillHeld   []post.ID `json:"still_held"`
	Cancelled   []post.ID `json:"cancelled"`
}

// ResumeAll lifts the emergency stop.
func (s *Service) ResumeAll(ctx context.Context, req ResumeAll) (*ResumeResult, error) {
	if err := require(req.Actor, post.RoleReviewer, "lifting the emergency stop"); err != nil {
		return nil, err
	}
	switch req.Late {
	case "hold", "next-slot", "cancel":
	default:
		return nil, post.Errorf(post.EInvalid, "say what to do with posts whose time passed during the stop: hold, next-slot or cancel")
	}
	res := &ResumeResult{}
	err := s.db.Update(ctx, func(tx store.Tx) error {
		stop, err := tx.EmergencyStop()
		if err != nil {
			return err
		}
		if !stop.Active {
			return post.Errorf(post.EConflict, "the emergency stop is not on")
		}
		// Lift the stop first: releasing a post schedules it again, and a
		// post scheduled while the stop is on is held by it.
		held := stop.Held
		if err := tx.PutEmergencyStop(EmergencyStop{}, store.Audit{Actor: req.Actor.auditName(), Action: "emergency.resume", Detail: "late posts: " + req.Late}); err != nil {
			return err
		}
		taken := map[string]bool{}
		for _, id := range held {
			p, err := tx.Post(id)
			if err != nil || p.Status != post.StatusHeld {
				continue // gone or already dealt with by hand
			}
			if err := s.resumeOne(ctx, tx, p, req.Late, taken, res); err != nil {
				return err
			}
			if err := tx.PutPost(p, store.Audit{Actor: req.Actor.auditName(), Action: "post.release", Detail: "emergency stop lifted"}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	s.notify(ctx)
	return res, nil
}

func (s *Service) resumeOne(ctx context.Context, tx store.Tx, p *post.Post, late string, taken map[string]bool, res *ResumeResult) error {
	passed := false
	for _, d := range p.Deliveries {
		if d.State == post.DeliveryHeld && !d.DueAt.IsZero() && tx.Now().After(d.DueAt.Add(s.graceOf(p))) {
			passed = true
		}
	}
	if !passed {
		if err := s.release(ctx, tx, p); err != nil {
			return err
		}
		res.Released = append(res.Released, p.ID)
		return nil
	}
	if c := publishingOn(p); c != "" {
		// Routing or cancelling it now would hide that attempt from the
		// scheduler's look-up; it settles within minutes, then a person
		// gives the rest a new time.
		p.HoldReason = "its time passed during the emergency stop while it was being published on " + c + ": give the rest a new time once that is settled"
		res.StillHeld = append(res.StillHeld, p.ID)
		return nil
	}
	switch late {
	case "cancel":
		for _, d := range p.Deliveries {
			if d.State == post.DeliveryHeld {
				d.State = post.DeliveryCancelled
			}
		}
		res.Cancelled = append(res.Cancelled, p.ID)
		return p.Transition(post.StatusCancelled)
	case "next-slot":
		p.Schedule.At, p.Schedule.NextSlot = time.Time{}, true
		for _, d := range p.Deliveries {
			if d.State == post.DeliveryHeld {
				d.State, d.DueAt = post.DeliveryPending, time.Time{}
			}
		}
		// The schedule is part of the approved content: it goes back
		// through the checklist and, if flagged, to a doctor.
		if err := s.route(ctx, tx, p, taken); err != nil {
			return err
		}
		res.Rescheduled = append(res.Rescheduled, p.ID)
		return nil
	}
	p.HoldReason = "its time passed during the emergency stop: give it a new time"
	res.StillHeld = append(res.StillHeld, p.ID)
	return nil
}

// holdDuringStop holds a post that was just scheduled while the emergency
// stop is on, and adds it to the stop's list, so that lifting the stop deals
// with it like the posts the stop itself held (the scheduler would otherwise
// hold it at its time, outside that list, and it would stay held).
func (s *Service) holdDuringStop(tx store.Tx, p *post.Post) error {
	stop, err := tx.EmergencyStop()
	if err != nil || !stop.Active {
		return err
	}
	if err := holdPost(p, "emergency stop by "+stop.By+": "+stop.Reason); err != nil {
		return err
	}
	if slices.Contains(stop.Held, p.ID) {
		return nil
	}
	stop.Held = append(stop.Held, p.ID)
	return tx.PutEmergencyStop(stop, store.Audit{Actor: "practicepost", Action: "emergency.hold", Detail: string(p.ID)})
}

// Emergency returns the state of the emergency stop.
func (s *Service) Emergency(ctx context.Context, _ struct{}) (EmergencyStop, error) {
	var stop EmergencyStop
	err := s.db.View(ctx, func(tx store.Tx) error {
		var err error
		stop, err = EmergencyIn(tx)
		return err
	})
	return stop, err
}

// EmergencyIn reads the emergency stop inside a transaction the caller
// already holds, so a decision taken in it cannot race the switch.
func EmergencyIn(tx store.Tx) (EmergencyStop, error) {
	return tx.EmergencyStop()
}
