package calendar

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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
	// NextSlot approves a post whose time passed while it waited for
	// the next free posting slot instead. It changes nothing for a post
	// whose time is still ahead.
	NextSlot bool `json:"next_slot,omitempty"`
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
	err := s.db.Update(ctx, func(tx store.Tx) error {
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
		// Approving a post whose time has already gone by would only have
		// the scheduler hold it as too late, or publish it hours after the
		// moment it was written for: say so now and offer the next slot.
		if req.Decision == post.DecisionApprove && s.TooLate(p, tx.Now()) {
			at := p.Schedule.At
			if !req.NextSlot {
				return post.Errorf(post.EConflict, "post %s was due %s, which has passed: approve it for the next free slot instead, or give it a new time (edit it, or request changes)",
					p.ID, at.In(s.loc).Format("Mon 2 Jan 15:04"))
			}
			if err := s.moveToNextSlot(ctx, tx, p); err != nil {
				return err
			}
			hash = p.ContentHash()
		}
		r := &post.Review{ID: post.NewID(tx.Now()), PostID: p.ID, Reviewer: req.Actor.Name, Via: req.Actor.Via, Decision: req.Decision,
			Comment: req.Comment, ContentHash: hash, Ruleset: p.Check.Ruleset, At: tx.Now()}
		switch req.Decision {
		case post.DecisionApprove:
			var auth *post.Authorization
			if p.AuthorizationID != "" {
				if auth, err = tx.Authorization(p.AuthorizationID); err != nil {
					return err
				}
			}
			overrides, relied, err := checkOverrides(p.Check.Findings, req.Overrides, auth, tx.Now())
			if err != nil {
				return err
			}
			if relied {
				r.Authorization = auth.ID
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
		return tx.PutPost(p, store.Audit{Actor: req.Actor.auditName(), Action: "post." + string(p.Status), Detail: "after review"})
	})
	if err != nil {
		return nil, err
	}
	s.keepRevision(ctx, p, req.Actor)
	s.notify(ctx)
	return p, nil
}

// keepRevision stores the text a reviewer decided on, for the diff the next
// review shows. Failing to keep it only costs that diff, so it is logged
// rather than failing a decision already stored.
func (s *Service) keepRevision(ctx context.Context, p *post.Post, by Actor) {
	err := s.db.SaveRevision(ctx, store.Revision{PostID: p.ID, ContentHash: p.ContentHash(),
		Body: p.Body, Variants: p.Variants, By: by.Name, At: s.db.Now()})
	if err != nil {
		s.log.Warn("keep reviewed text", "post_id", p.ID, "error", err)
	}
}

// TooLate reports whether p's exact time and its grace window have passed
// at now: approving it then means choosing the next free slot.
func (s *Service) TooLate(p *post.Post, now time.Time) bool {
	at := p.Schedule.At
	return !at.IsZero() && now.After(at.Add(s.graceOf(p)))
}

// moveToNextSlot gives a late post "the next free slot" as its schedule
// and checks it again: the schedule is part of what a doctor approves (and
// of the content hash), and a dated message may read differently later.
func (s *Service) moveToNextSlot(ctx context.Context, tx store.Tx, p *post.Post) error {
	var auth *post.Authorization
	if p.AuthorizationID != "" {
		a, err := tx.Authorization(p.AuthorizationID)
		if err != nil {
			return err
		}
		auth = a
	}
	p.Schedule = post.Schedule{NextSlot: true, Grace: p.Schedule.Grace}
	for _, d := range p.Deliveries {
		if d.State == post.DeliveryPending {
			d.DueAt = time.Time{}
		}
	}
	res := s.check.CheckPost(ctx, p, auth, tx.Now())
	if err := checkFinished(ctx); err != nil {
		return err
	}
	p.Check = &res
	return nil
}

// checkOverrides makes sure every block finding is either overridable and
// given a reason that says why, that a finding identifying a patient is
// covered by the linked authorization (auth, nil for none) at now, and that
// no reason is given for a rule that did not fire. It returns the reasons
// to record and whether the authorization was relied on.
func checkOverrides(findings []post.Finding, given map[string]string, auth *post.Authorization, now time.Time) (map[string]string, bool, error) {
	need := map[string]bool{}
	var hard []string
	var identifying []post.Finding
	for _, f := range findings {
		if f.Severity != post.SeverityBlock {
			continue
		}
		if !f.Overridable {
			hard = append(hard, f.Rule)
			continue
		}
		need[f.Rule] = true
		if len(f.Authorize) > 0 && !slices.ContainsFunc(f.Authorize, func(u post.Use) bool { return auth.Covers(u, now) }) {
			identifying = append(identifying, f)
		}
	}
	if len(hard) > 0 {
		sort.Strings(hard)
		return nil, false, post.Errorf(post.EConflict, "%s cannot be approved: %s must be edited out of the post (these cannot be overridden)", "this post", strings.Join(uniq(hard), ", "))
	}
	if len(identifying) > 0 {
		return nil, false, post.Errorf(post.EConflict, "this post cannot be approved: %s identify a patient, and %s; link the patient's signed authorization for %s, or request changes so the text no longer identifies them",
			describeFindings(identifying), authorizationProblem(auth, now), usesOf(identifying))
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
		return nil, false, post.Errorf(post.EInvalid, "give a reason for each blocking finding you override: %s (e.g. --override %s=\"reason\")", strings.Join(missing, ", "), missing[0])
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
				return nil, false, post.Errorf(post.EInvalid, "%s is not among this post's findings", rule)
			}
			out[rule] = reason // a reason for a warning is kept, not required
		}
	}
	for _, rule := range slices.Sorted(maps.Keys(out)) {
		reason, err := overrideReason(rule, out[rule])
		if err != nil {
			return nil, false, err
		}
		out[rule] = reason
	}
	if len(out) == 0 {
		return nil, false, nil
	}
	relied := false
	for _, f := range findings {
		relied = relied || (f.Severity == post.SeverityBlock && len(f.Authorize) > 0)
	}
	return out, relied, nil
}

// describeFindings names findings by rule and matched text, once per rule:
// PRIV-05 "03/14/1935", PRIV-10 "Maria Lopez".
func describeFindings(fs []post.Finding) string {
	seen := map[string]bool{}
	var parts []string
	for _, f := range fs {
		if seen[f.Rule] {
			continue
		}
		seen[f.Rule] = true
		parts = append(parts, fmt.Sprintf("%s %q", f.Rule, f.Match))
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}

// usesOf lists the authorization uses any of which would cover fs.
func usesOf(fs []post.Finding) string {
	var uses []string
	for _, f := range fs {
		for _, u := range f.Authorize {
			if !slices.Contains(uses, string(u)) {
				uses = append(uses, string(u))
			}
		}
	}
	return strings.Join(uses, " or ")
}

// authorizationProblem says why auth does not cover a use at now.
func authorizationProblem(auth *post.Authorization, now time.Time) string {
	switch {
	case auth == nil:
		return "no patient authorization is linked to the post"
	case auth.Revoked:
		return "the linked authorization " + auth.ID + " was revoked"
	case now.Before(auth.Granted):
		return "the linked authorization " + auth.ID + " is dated in the future"
	case !auth.Expires.IsZero() && !now.Before(auth.Expires):
		return "the linked authorization " + auth.ID + " has expired"
	}
	uses := make([]string, len(auth.Uses))
	for i, u := range auth.Uses {
		uses[i] = string(u)
	}
	return "the linked authorization " + auth.ID + " covers only " + strings.Join(uses, ", ")
}

// Override reasons: long enough to say something, and made of words that
// are not what a hurried reviewer types to get past the box.
const (
	minReasonRunes = 15
	maxReasonRunes = 1000
)

// fillerWords say nothing about why a finding may stay.
var fillerWords = map[string]bool{
	"ok": true, "okay": true, "okey": true, "oke": true, "okie": true, "k": true, "kk": true, "o": true,
	"fine": true, "yes": true, "yep": true, "yeah": true, "ya": true, "yup": true, "y": true, "sure": true,
	"good": true, "great": true, "approve": true, "approved": true, "override": true, "overridden": true,
	"overriding": true, "lgtm": true, "na": true, "n": true, "a": true, "none": true, "nothing": true,
	"whatever": true, "reason": true, "test": true, "testing": true, "asdf": true, "qwerty": true,
	"x": true, "xx": true, "xxx": true, "no": true, "go": true, "done": true, "thanks": true,
	"thx": true, "pass": true, "accept": true, "accepted": true, "alright": true, "allright": true, "right": true,
}

// overrideReason tidies a reviewer's reason (runs of spaces and line
// breaks become one space, for the audit line) and refuses one that does not
// say why: under 15 characters, or without two different words beyond
// "ok", "fine", "approved" and the like ("ok ok ok ok ok", "okokokokokok",
// "...............", "yes yes yes yes").
func overrideReason(rule, reason string) (string, error) {
	reason = strings.Join(strings.Fields(reason), " ")
	n := utf8.RuneCountInString(reason)
	if n > maxReasonRunes {
		return "", post.Errorf(post.EInvalid, "the reason to override %s is %d characters; keep it under %d", rule, n, maxReasonRunes)
	}
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(reason), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if meaningfulWord(w) {
			words[w] = true
		}
	}
	if n < minReasonRunes || len(words) < 2 {
		return "", post.Errorf(post.EInvalid, "the reason to override %s (%q) does not say why it may stay: write at least %d characters in your own words, such as \"wording checked with our lawyer\", not \"ok\"",
			rule, reason, minReasonRunes)
	}
	return reason, nil
}

// meaningfulWord reports whether w (lower case letters) is a word that
// says something: not a filler, not one letter, not a stretched filler
// ("okkkk", "yesss") and not a syllable typed over and over ("okokok",
// "asdfasdf", "aaaa").
func meaningfulWord(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 || fillerWords[w] || fillerWords[squeeze(rs)] {
		return false
	}
	for d := 1; d <= len(rs)/2; d++ {
		if len(rs)%d == 0 && string(rs) == strings.Repeat(string(rs[:d]), len(rs)/d) {
			return false
		}
	}
	return true
}

// squeeze drops repeated letters: "okkkk" → "ok", "yesss" → "yes".
func squeeze(rs []rune) string {
	var b strings.Builder
	for i, r := range rs {
		if i == 0 || r != rs[i-1] {
			b.WriteRune(r)
		}
	}
	return b.String()
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
	err := s.db.View(ctx, func(tx store.Tx) error {
		var err error
		out, err = tx.PostsByStatus(post.StatusNeedsReview)
		return err
	})
	return out, err
}
