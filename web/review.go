package web

import (
	"maps"
	"net/http"
	"slices"
	"strings"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

type reviewQueueData struct {
	Posts []*post.Post
}

// reviewQueue lists the posts waiting for a doctor, oldest first.
func (s *Server) reviewQueue(w http.ResponseWriter, r *http.Request) {
	ps, err := s.cal.ReviewQueue(r.Context(), struct{}{})
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "queue", "Review queue", reviewQueueData{Posts: ps}, "")
}

type reviewData struct {
	View        *calendar.PostView
	Last        *store.Revision
	BodyDiff    []diffPart
	Changed     bool
	Variants    []variantView
	Hard        []post.Finding // cannot be overridden: must be edited out
	Overridable []post.Finding
	// NeedsAuthorization is set when an overridable finding identifies a
	// patient: the decision then depends on a linked authorization.
	NeedsAuthorization bool
	// Typed is what the reviewer typed (override reasons by rule, and
	// "comment") when the decision was refused, so nothing is lost.
	Typed map[string]string
}

type variantView struct {
	Channel string
	Text    string
	Diff    []diffPart
}

// reviewPage shows a flagged post to a doctor: the text with each finding
// marked, what changed since they last reviewed it, and the decision form.
func (s *Server) reviewPage(w http.ResponseWriter, r *http.Request) {
	s.showReview(w, r, http.StatusOK, "", nil)
}

func (s *Server) showReview(w http.ResponseWriter, r *http.Request, status int, errMsg string, typed map[string]string) {
	ctx := r.Context()
	v, err := s.cal.GetPost(ctx, calendar.PostRef{ID: r.PathValue("id")})
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	last, err := s.db.LastRevision(ctx, v.Post.ID)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	d := &reviewData{View: v, Last: last, Typed: typed}
	if last != nil {
		d.BodyDiff = wordDiff(last.Body, v.Post.Body)
		d.Changed = changed(d.BodyDiff)
	}
	for _, c := range slices.Sorted(maps.Keys(v.Post.Variants)) {
		text := v.Post.Variants[c]
		vv := variantView{Channel: c, Text: text}
		if last != nil {
			vv.Diff = wordDiff(last.Variants[c], text)
			d.Changed = d.Changed || changed(vv.Diff)
		}
		d.Variants = append(d.Variants, vv)
	}
	if v.Post.Check != nil {
		seen := map[string]bool{}
		for _, f := range v.Post.Check.Findings {
			if f.Severity != post.SeverityBlock || seen[f.Rule] {
				continue
			}
			seen[f.Rule] = true
			if f.Overridable {
				d.Overridable = append(d.Overridable, f)
				d.NeedsAuthorization = d.NeedsAuthorization || len(f.Authorize) > 0
			} else {
				d.Hard = append(d.Hard, f)
			}
		}
	}
	s.render(w, r, status, "review", "Review", d, errMsg)
}

// reviewPost records a doctor's decision. The reviewed text is kept so the
// next review can show what changed.
func (s *Server) reviewPost(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id := r.PathValue("id")
	if err := r.ParseForm(); err != nil {
		s.errorPage(w, r, post.Errorf(post.EInvalid, "the form could not be read"))
		return
	}
	overrides := map[string]string{}
	for k, vs := range r.PostForm {
		if rule, ok := strings.CutPrefix(k, "override_"); ok && len(vs) > 0 && strings.TrimSpace(vs[0]) != "" {
			overrides[rule] = strings.TrimSpace(vs[0])
		}
	}
	// "approve_next_slot" is the button a late post shows instead of Approve.
	decision, nextSlot := post.Decision(r.PostFormValue("decision")), false
	if decision == "approve_next_slot" {
		decision, nextSlot = post.DecisionApprove, true
	}
	_, err := s.cal.Review(ctx, calendar.ReviewPost{Actor: who(r).actor(), ID: id, NextSlot: nextSlot,
		Decision: decision, Comment: r.PostFormValue("comment"),
		Overrides: overrides, ContentHash: r.PostFormValue("content_hash")})
	if err != nil {
		typed := map[string]string{"comment": r.PostFormValue("comment")}
		for rule, reason := range overrides {
			typed["override_"+rule] = reason
		}
		s.showReview(w, r, httpStatus(err), s.userMessage(r, err), typed)
		return
	}
	redirectDone(w, r, "/review", "reviewed")
}
