package facebook

import (
	"context"
	"errors"
	"fmt"
	"strings"

	fb "github.com/huandu/facebook/v2"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// insightMetrics is the fixed set of post insights requested. One invalid
// metric fails the whole call, and Meta removed the post_impressions*
// family in 2026, so only current metrics are listed; post_media_view is
// the replacement for post_impressions.
var insightMetrics = []string{"post_media_view", "post_clicks"}

// Engagement reads reactions, comments and shares of each post, and the
// insights figures where the Page has them. A post that no longer exists is
// skipped; a figure Facebook does not give stays nil.
func (c *Channel) Engagement(ctx context.Context, remoteIDs []string) ([]post.Metrics, error) {
	out := make([]post.Metrics, 0, len(remoteIDs))
	for _, id := range remoteIDs {
		m, err := c.postMetrics(ctx, id)
		if err != nil {
			var ce *channels.Error
			if errors.As(err, &ce) && ce.Class == channels.Permanent {
				c.log.Warn("engagement unavailable for post", "remote_id", id, "status", ce.Status)
				continue
			}
			return out, fmt.Errorf("facebook: engagement: %w", err)
		}
		out = append(out, m)
	}
	return out, nil
}

func (c *Channel) postMetrics(ctx context.Context, id string) (post.Metrics, error) {
	res, err := c.call(ctx, fb.GET, "/"+id, fb.Params{
		"fields": "id,shares,reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0)",
	}, false)
	if err != nil {
		return post.Metrics{}, err
	}
	var counts struct {
		Shares *struct {
			Count *int64 `json:"count"`
		} `json:"shares"`
		Reactions *summary `json:"reactions"`
		Comments  *summary `json:"comments"`
	}
	if err := res.Decode(&counts); err != nil {
		return post.Metrics{}, &channels.Error{Class: channels.Retryable, Reason: "Facebook sent post counters practicepost cannot read", Err: err}
	}
	m := post.Metrics{RemoteID: id, At: c.cfg.Now().UTC()}
	// shares is absent when nobody shared, which Facebook means as zero
	// only for posts it has counted; absent stays "not available".
	if counts.Shares != nil {
		m.Shares = counts.Shares.Count
	}
	m.Reactions = counts.Reactions.total()
	m.Comments = counts.Comments.total()
	c.addInsights(ctx, id, &m)
	return m, nil
}

type summary struct {
	Summary *struct {
		TotalCount *int64 `json:"total_count"`
	} `json:"summary"`
}

func (s *summary) total() *int64 {
	if s == nil || s.Summary == nil {
		return nil
	}
	return s.Summary.TotalCount
}

// addInsights fills the insights figures. Insights need read_insights and a
// Page with 100+ likes; any failure leaves the figures nil.
func (c *Channel) addInsights(ctx context.Context, id string, m *post.Metrics) {
	res, err := c.call(ctx, fb.GET, "/"+id+"/insights", fb.Params{
		"metric": strings.Join(insightMetrics, ","),
		"period": "lifetime",
	}, false)
	if err != nil {
		c.log.Debug("insights unavailable", "remote_id", id, "class", channels.ClassOf(err).String())
		return
	}
	var ins struct {
		Data []struct {
			Name   string `json:"name"`
			Values []struct {
				Value *int64 `json:"value"`
			} `json:"values"`
		} `json:"data"`
	}
	if err := res.Decode(&ins); err != nil {
		c.log.Debug("insights unreadable", "remote_id", id)
		return
	}
	for _, d := range ins.Data {
		if len(d.Values) == 0 || d.Values[len(d.Values)-1].Value == nil {
			continue
		}
		v := d.Values[len(d.Values)-1].Value
		switch d.Name {
		case "post_media_view":
			m.Impressions = v
		case "post_clicks":
			m.Clicks = v
		}
	}
}
