package calendar

import (
	"context"
	"sort"
	"strings"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// ReviewPost is a reviewer's decision on a post in the review queue.
type ReviewPost struct {
	Actor    Actor         `json:"actor"`
	ID       post.ID       `json:"id"`
	Decision post.Decision `json:"decision"`
	Comment  string        `json:"comment,omitempty"`
	// Overrides gives a reason per overridable block finding the reviewer
	// accepts (rule id → reason). Hard identifiers cannot be overridden.
	Overrides map[string]string `json:"overrides,omitempty"`
	// ContentHash, when set, must match the post: the reviewer decided on
	// exactly what they saw.
	ContentHash string `json:"content_hash,omitempty"`
}

// Review records a reviewer's decision. Approval is bound to the content
// hash and ruleset it saw; a later edit sends the post back to the checklist.
func (s *Service) Review(ctx context.Context, req ReviewPost) (*post.Post, error) {
	if err := require(req.Actor, post.RoleReviewer, "reviewing a post"); err != nil {
		return nil, err
	}
	switch req.Decision {
	case post.DecisionApprove, post.DecisionReject, post.DecisionRequestChanges:
	default:
		return nil, post.Errorf(post.EInvalid, "decision %q is not approve, reject or request_changes", req.Decision)
	}
	if req.Decision != post.DecisionApprove && strings.TrimSpace(req.Comment) == "" {
		return nil, post.Errorf(post.EInvalid, "say why (a comment) when you %s, so the author knows what to change", strings.ReplaceAll(string(req.Decision), "_", " "))
	}
	var p *post.Post
	err := s.db.Update(ctx, func(tx *store.Tx) error {
		var err error
		if p, err = tx.Post(req.ID); err != nil {
			return err
		}
		if p.Status != post.StatusNeedsReview {
			return post.Errorf(post.EConflict, "post %s is %s, not waiting for review", p.ID, p.Status)
		}
		hash := p.ContentHash()
		if req.ContentHash != "" && req.ContentHash != hash {
			return post.Errorf(post.EConflict, "post %s changed while you were reviewing it; look at it again", p.ID)
		}
		if p.Check == nil || p.Check.ContentHash != hash {
			return post.Errorf(post.EConflict, "post %s has not been checked since its last edit", p.ID)
		}
		r := &post.Review{ID: post.NewID(tx.Now()), PostID: p.ID, Reviewer: req.Actor.Name, Decision: req.Decision,
			Comment: req.Comment, ContentHash: hash, Ruleset: p.Check.Ruleset, At: tx.Now()}
		switch req.Decision {
		case post.DecisionApprove:
			overrides, err := checkOverrides(p.Check.Findings, req.Overrides)
			if err != nil {
				return err
			}
			// Approving a post whose time has already gone by would only
			// have the scheduler hold it as too late: say so now.
			if at := p.Schedule.At; !at.IsZero() && tx.Now().After(at.Add(s.graceOf(p))) {
				return post.Errorf(post.EConflict, "post %s was due %s, which has passed: give it a new time (edit it, or request changes) and approve that",
					p.ID, at.In(s.loc).Format("Mon 2 Jan 15:04"))
			}
			r.Overrides = overrides
			if err := p.Transition(post.StatusApproved); err != nil {
				return err
			}
			p.Approval = &post.Approval{By: req.Actor.Name, At: tx.Now(), ContentHash: hash, Ruleset: p.Check.Ruleset, Overrides: overrides}
			if err := s.scheduleApproved(tx, p, map[string]bool{}); err != nil {
				return err
			}
		case post.DecisionReject:
			if err := p.Transition(post.StatusRejected); err != nil {
				return err
			}
		case post.DecisionRequestChanges:
			if err := p.Transition(post.StatusDraft); err != nil {
				return err
			}
		}
		if err := tx.AddReview(r); err != nil {
			return err
		}
		return tx.PutPost(p, store.Audit{Actor: req.Actor.Name, Action: "post." + string(p.Status), Detail: "after review"})
	})
	if err != nil {
		return nil, err
	}
	s.notify(ctx)
	return p, nil
}

// checkOverrides makes sure every block finding is either overridable and
// given a reason, and that no reason is given for a rule that did not fire.
func checkOverrides(findings []post.Finding, given map[string]string) (map[string]string, error) {
	need := map[string]bool{}
	var hard []string
	for _, f := range findings {
		if f.Severity != post.SeverityBlock {
			continue
		}
		if !f.Overridable {
			hard = append(hard, f.Rule)
			continue
		}
		need[f.Rule] = true
	}
	if len(hard) > 0 {
		sort.Strings(hard)
		return nil, post.Errorf(post.EConflict, "%s cannot be approved: %s must be edited out of the post (these cannot be overridden)", "this post", strings.Join(uniq(hard), ", "))
	}
	out := map[string]string{}
	var missing []string
	for rule := range need {
		reason := strings.TrimSpace(given[rule])
		if reason == "" {
			missing = append(missing, rule)
			continue
		}
		out[rule] = reason
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return nil, post.Errorf(post.EInvalid, "give a reason for each blocking finding you override: %s (e.g. --override %s=\"reason\")", strings.Join(missing, ", "), missing[0])
	}
	for rule, reason := range given {
		if !need[rule] && strings.TrimSpace(reason) != "" {
			warnOnly := false
			for _, f := range findings {
				if f.Rule == rule {
					warnOnly = true
				}
			}
			if !warnOnly {
				return nil, post.Errorf(post.EInvalid, "%s is not among this post's findings", rule)
			}
			out[rule] = reason // a reason for a warning is kept, not required
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

func uniq(in []string) []string {
	var out []string
	for i, s := range in {
		if i == 0 || s != in[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// ReviewQueue lists posts waiting for a doctor, oldest first.
func (s *Service) ReviewQueue(ctx context.Context, _ struct{}) ([]*post.Post, error) {
	var out []*post.Post
	err := s.db.View(ctx, func(tx *store.Tx) error {
		var err error
		out, err = tx.PostsByStatus(post.StatusNeedsReview)
		return err
	})
	return out, err
}
