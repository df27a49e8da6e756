package calendar

import (
	"context"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// StatusCounts counts the posts in each of statuses, in that order, from
// the status index: the header's badges cost a few index lookups, not a
// read of the calendar.
func (s *Service) StatusCounts(ctx context.Context, statuses ...post.Status) ([]int, error) {
	var n []int
	err := s.db.View(ctx, func(tx store.Tx) error {
		var err error
		n, err = store.CountStatuses(tx, statuses...)
		return err
	})
	return n, err
}

// Authorization returns one stored patient authorization.
func (s *Service) Authorization(ctx context.Context, id post.ID) (*post.Authorization, error) {
	var a *post.Authorization
	err := s.db.View(ctx, func(tx store.Tx) error {
		var err error
		a, err = tx.Authorization(id)
		return err
	})
	return a, err
}

// Comment returns one stored comment on a published post, for the reply
// page.
func (s *Service) Comment(ctx context.Context, postID post.ID, channel, remoteID string) (*store.StoredComment, error) {
	var c *store.StoredComment
	err := s.db.View(ctx, func(tx store.Tx) error {
		var err error
		c, err = tx.Comment(postID, channel, remoteID)
		return err
	})
	return c, err
}
