package calendar

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// AddAuthorization records a patient's written authorization.
type AddAuthorization struct {
	Actor      Actor      `json:"actor"`
	PatientRef string     `json:"patient_ref"`
	Uses       []post.Use `json:"uses"`
	Granted    time.Time  `json:"granted"`
	Expires    time.Time  `json:"expires,omitzero"`
	Note       string     `json:"note,omitempty"`
}

// AddAuthorization stores an authorization.
func (s *Service) AddAuthorization(ctx context.Context, req AddAuthorization) (*post.Authorization, error) {
	if err := require(req.Actor, post.RoleStaff, "recording an authorization"); err != nil {
		return nil, err
	}
	ref := strings.TrimSpace(req.PatientRef)
	switch {
	case ref == "":
		return nil, post.Errorf(post.EInvalid, "give the patient reference (a chart or form number, not the patient's name)")
	case len(ref) > 64:
		return nil, post.Errorf(post.EInvalid, "the patient reference is longer than 64 characters; use a chart or form number")
	case len(req.Uses) == 0:
		return nil, post.Errorf(post.EInvalid, "say what the authorization covers: testimonial, photo and/or story")
	case req.Granted.IsZero():
		return nil, post.Errorf(post.EInvalid, "give the date the patient signed")
	case !req.Expires.IsZero() && !req.Expires.After(req.Granted):
		return nil, post.Errorf(post.EInvalid, "the expiry date must be after the date it was signed")
	}
	for _, u := range req.Uses {
		if !post.ValidUse(u) {
			return nil, post.Errorf(post.EInvalid, "%q is not a use an authorization covers (testimonial, photo, story)", u)
		}
	}
	now := s.db.Now()
	a := &post.Authorization{ID: post.NewID(now), PatientRef: ref, Uses: slices.Compact(slices.Sorted(slices.Values(req.Uses))),
		Granted: req.Granted, Expires: req.Expires, Note: req.Note, CreatedBy: req.Actor.Name, CreatedAt: now}
	err := s.db.Update(ctx, func(tx store.Tx) error {
		return tx.PutAuthorization(a, store.Audit{Actor: req.Actor.auditName(), Action: "authorization.add"})
	})
	return a, err
}

// ListAuthorizations lists every authorization.
func (s *Service) ListAuthorizations(ctx context.Context, _ struct{}) ([]post.Authorization, error) {
	var out []post.Authorization
	err := s.db.View(ctx, func(tx store.Tx) error {
		var err error
		out, err = tx.Authorizations()
		return err
	})
	return out, err
}

// RevokeResult says what a revocation held, and which posts relying on the
// authorization are already out (or may be): those cannot be held, and staff
// must decide whether to take them down on the networks.
type RevokeResult struct {
	Authorization *post.Authorization `json:"authorization"`
	Held          []post.ID           `json:"held"`
	Live          []post.ID           `json:"live,omitempty"`
}

// RevokeAuthorization marks an authorization revoked and, in the same
// transaction, holds every unpublished post that links to it.
func (s *Service) RevokeAuthorization(ctx context.Context, req PostRef) (*RevokeResult, error) {
	if err := require(req.Actor, post.RoleStaff, "revoking an authorization"); err != nil {
		return nil, err
	}
	res := &RevokeResult{}
	err := s.db.Update(ctx, func(tx store.Tx) error {
		a, err := tx.Authorization(req.ID)
		if err != nil {
			return err
		}
		if a.Revoked {
			return post.Errorf(post.EConflict, "authorization %s was already revoked on %s", a.ID, a.RevokedAt.In(s.loc).Format("2 Jan 2006"))
		}
		a.Revoked, a.RevokedAt, a.RevokedBy = true, tx.Now(), req.Actor.Name
		if err := tx.PutAuthorization(a, store.Audit{Actor: req.Actor.auditName(), Action: "authorization.revoke", Detail: req.Reason}); err != nil {
			return err
		}
		res.Authorization = a
		linked, err := tx.LinkedPostIDs(a.ID)
		if err != nil {
			return err
		}
		for _, id := range linked {
			p, err := tx.Post(id)
			if err != nil {
				return err
			}
			if goneOutOn(p) != "" {
				res.Live = append(res.Live, p.ID)
			}
			if !post.CanTransition(p.Status, post.StatusHeld) || p.Status == post.StatusHeld {
				continue
			}
			if err := holdPost(p, "the patient authorization "+a.ID+" was revoked"); err != nil {
				return err
			}
			if err := tx.PutPost(p, store.Audit{Actor: req.Actor.auditName(), Action: "post.hold", Detail: "authorization revoked"}); err != nil {
				return err
			}
			res.Held = append(res.Held, p.ID)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	s.notify(ctx)
	return res, nil
}
