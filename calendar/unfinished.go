package calendar

import (
	"context"
	"slices"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// Unfinished is a post the calendar cannot show because it has no time yet,
// or that waits on its author: a draft, a post a doctor sent back, a post
// without a time waiting for review or for a time.
type Unfinished struct {
	Post *post.Post `json:"post"`
	// Returned is the doctor's "request changes" or "reject" decision when
	// that is the post's latest review and the post is still a draft or
	// rejected: what the author must read before changing it.
	Returned *post.Review `json:"returned,omitempty"`
}

// UnfinishedQuery selects unfinished posts; Author "" means everyone's.
type UnfinishedQuery struct {
	Author string `json:"author,omitempty"`
}

// unfinishedStatuses are the statuses where a post may have no time. Drafts
// and rejected posts are listed whether dated or not: they go nowhere until
// their author acts.
var unfinishedStatuses = []post.Status{post.StatusDraft, post.StatusRejected, post.StatusChecked,
	post.StatusNeedsReview, post.StatusApproved, post.StatusHeld}

// Unfinished lists drafts, posts a doctor returned, and posts with no time
// that wait for review or for a time: the posts no calendar page shows.
// Approved evergreen posts without a time are the evergreen library, not
// unfinished work, and are left out. Oldest first.
func (s *Service) Unfinished(ctx context.Context, q UnfinishedQuery) ([]Unfinished, error) {
	var out []Unfinished
	err := s.db.View(ctx, func(tx store.Tx) error {
		for _, st := range unfinishedStatuses {
			err := tx.PostIDsByStatus(st, func(id post.ID) error {
				p, err := tx.Post(id)
				if err != nil {
					return err
				}
				if q.Author != "" && p.Author != q.Author {
					return nil
				}
				if !isUnfinished(p) {
					return nil
				}
				u := Unfinished{Post: p}
				if p.Status == post.StatusDraft || p.Status == post.StatusRejected {
					rs, err := tx.Reviews(p.ID)
					if err != nil {
						return err
					}
					if n := len(rs); n > 0 && rs[n-1].Decision != post.DecisionApprove {
						u.Returned = &rs[n-1]
					}
				}
				out = append(out, u)
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	slices.SortFunc(out, func(a, b Unfinished) int { return a.Post.CreatedAt.Compare(b.Post.CreatedAt) })
	return out, err
}

// isUnfinished decides whether p belongs on the drafts page.
func isUnfinished(p *post.Post) bool {
	switch p.Status {
	case post.StatusDraft, post.StatusRejected:
		return true
	case post.StatusApproved:
		return !dated(p) && !p.Evergreen
	case post.StatusHeld:
		return !dated(p) && p.HeldFrom != post.StatusPublishing
	}
	return !dated(p) // checked, needs review
}

// dated reports whether p shows on the calendar: it has an exact time or a
// delivery with a slot. A "next free slot" post gets its slot only when it
// is approved, so until then it is as undated as a draft.
func dated(p *post.Post) bool {
	if !p.Schedule.At.IsZero() {
		return true
	}
	for _, d := range p.Deliveries {
		if !d.DueAt.IsZero() || !d.PublishedAt.IsZero() {
			return true
		}
	}
	return false
}
