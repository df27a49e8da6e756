package linkedin

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// Engagement reads likes and comments from socialActions and impressions,
// clicks and shares from the organization's share statistics. A post
// LinkedIn no longer has is skipped; a figure it does not give stays nil.
func (c *Channel) Engagement(ctx context.Context, remoteIDs []string) ([]post.Metrics, error) {
	out := make([]post.Metrics, 0, len(remoteIDs))
	for _, id := range remoteIDs {
		m, err := c.socialActions(ctx, id)
		if err != nil {
			var ce *channels.Error
			if errors.As(err, &ce) && ce.Class == channels.Permanent {
				c.log.Warn("engagement unavailable for post", "remote_id", id, "status", ce.Status)
				continue
			}
			return out, fmt.Errorf("linkedin: engagement: %w", err)
		}
		out = append(out, m)
	}
	if len(out) == 0 {
		return out, nil
	}
	stats, err := c.shareStatistics(ctx, out)
	if err != nil {
		// Statistics need rw_organization_admin; without it the figures
		// are simply not available.
		c.log.Debug("share statistics unavailable", "class", channels.ClassOf(err).String())
		return out, nil
	}
	for i := range out {
		if s, ok := stats[out[i].RemoteID]; ok {
			out[i].Impressions, out[i].Clicks, out[i].Shares = s.ImpressionCount, s.ClickCount, s.ShareCount
		}
	}
	return out, nil
}

func (c *Channel) socialActions(ctx context.Context, urn string) (post.Metrics, error) {
	if !strings.HasPrefix(urn, "urn:li:") {
		return post.Metrics{}, channels.Errorf(channels.Permanent, "%q is not a LinkedIn post URN", urn)
	}
	r, err := c.call(ctx, http.MethodGet, "/rest/socialActions/"+escapeURN(urn), nil, false)
	if err != nil {
		return post.Metrics{}, err
	}
	var sa struct {
		LikesSummary *struct {
			TotalLikes *int64 `json:"totalLikes"`
		} `json:"likesSummary"`
		CommentsSummary *struct {
			TotalFirstLevelComments *int64 `json:"totalFirstLevelComments"`
			AggregatedTotalComments *int64 `json:"aggregatedTotalComments"`
		} `json:"commentsSummary"`
	}
	if err := decode(r, &sa, "post counters"); err != nil {
		return post.Metrics{}, err
	}
	m := post.Metrics{RemoteID: urn, At: c.cfg.Now().UTC()}
	if sa.LikesSummary != nil {
		m.Reactions = sa.LikesSummary.TotalLikes
	}
	if cs := sa.CommentsSummary; cs != nil {
		m.Comments = cs.AggregatedTotalComments
		if m.Comments == nil {
			m.Comments = cs.TotalFirstLevelComments
		}
	}
	return m, nil
}

// shareStats are the lifetime figures of one post.
type shareStats struct {
	ImpressionCount *int64 `json:"impressionCount"`
	ClickCount      *int64 `json:"clickCount"`
	ShareCount      *int64 `json:"shareCount"`
}

// shareStatistics asks for all posts' statistics in one call: shares and
// ugcPosts go in separate Rest.li List(...) parameters.
func (c *Channel) shareStatistics(ctx context.Context, ms []post.Metrics) (map[string]shareStats, error) {
	var shares, ugc []string
	for _, m := range ms {
		switch {
		case strings.HasPrefix(m.RemoteID, "urn:li:share:"):
			shares = append(shares, escapeURN(m.RemoteID))
		case strings.HasPrefix(m.RemoteID, "urn:li:ugcPost:"):
			ugc = append(ugc, escapeURN(m.RemoteID))
		}
	}
	q := "/rest/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity=" + escapeURN(c.orgURN)
	if len(shares) > 0 {
		q += "&shares=List(" + strings.Join(shares, ",") + ")"
	}
	if len(ugc) > 0 {
		q += "&ugcPosts=List(" + strings.Join(ugc, ",") + ")"
	}
	r, err := c.call(ctx, http.MethodGet, q, nil, false)
	if err != nil {
		return nil, err
	}
	var list struct {
		Elements []struct {
			Share                string     `json:"share"`
			UGCPost              string     `json:"ugcPost"`
			TotalShareStatistics shareStats `json:"totalShareStatistics"`
		} `json:"elements"`
	}
	if err := decode(r, &list, "share statistics"); err != nil {
		return nil, err
	}
	out := map[string]shareStats{}
	for _, e := range list.Elements {
		id := e.Share
		if id == "" {
			id = e.UGCPost
		}
		out[id] = e.TotalShareStatistics
	}
	return out, nil
}
