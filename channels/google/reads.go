package google

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// maxPages bounds one listing, so a location with years of posts or
// reviews cannot keep a call going for ever.
const maxPages = 20

// listPosts returns the location's posts created since since, newest
// first. Google lists local posts newest first, at most 100 a page.
func (c *Channel) listPosts(ctx context.Context, since time.Time) ([]localPost, error) {
	return listSince(ctx, c, "/localPosts", url.Values{"pageSize": {"100"}}, "localPosts", "a list of posts",
		func(p localPost) time.Time { return parseTime(p.CreateTime, time.Time{}) }, since)
}

// listSince pages through a newest-first v4 list of the location (path
// below it, the items in the answer's field) and returns the items whose
// time is at or after since. It stops at the first page that reaches an
// older item, or after maxPages.
func listSince[T any](ctx context.Context, c *Channel, path string, q url.Values, field, what string, at func(T) time.Time, since time.Time) ([]T, error) {
	var out []T
	for range maxPages {
		r, err := c.call(ctx, http.MethodGet, c.cfg.APIBase+"/v4/"+c.location+path+"?"+q.Encode(), nil, false)
		if err != nil {
			return nil, err
		}
		var page map[string]json.RawMessage
		var items []T
		var next string
		if err := decode(r, &page, what); err != nil {
			return nil, err
		}
		if _, failed := page["error"]; failed {
			// An error body under 200 is no page: read as one it
			// would be an empty list, and the duplicate look before a
			// create would find nothing.
			return nil, &channels.Error{Class: channels.Retryable, Reason: fmt.Sprintf("Google answered an error in place of %s", what), Status: r.Status}
		}
		if raw, ok := page[field]; ok {
			if err := decode(response{Status: r.Status, Body: raw}, &items, what); err != nil {
				return nil, err
			}
		}
		if raw, ok := page["nextPageToken"]; ok {
			if err := decode(response{Status: r.Status, Body: raw}, &next, what); err != nil {
				return nil, err
			}
		}
		older := false
		for _, it := range items {
			if at(it).Before(since) {
				older = true
				continue
			}
			out = append(out, it)
		}
		if older || next == "" {
			return out, nil
		}
		q.Set("pageToken", next)
	}
	return out, nil
}

// Recent lists the location's posts since since, and the practice's review
// replies changed since then (RemoteID the review's name + "/reply"), so a
// lost answer to either is reconciled by looking.
func (c *Channel) Recent(ctx context.Context, since time.Time) ([]post.Receipt, error) {
	posts, err := c.listPosts(ctx, since)
	if err != nil {
		return nil, err
	}
	out := make([]post.Receipt, 0, len(posts))
	for _, p := range posts {
		if !c.owns(p.Name, "/localPosts/") {
			continue
		}
		out = append(out, post.Receipt{RemoteID: p.Name, URL: p.SearchURL, PublishedAt: parseTime(p.CreateTime, time.Time{}),
			Text: p.Summary, Moderation: moderation(p.State)})
	}
	reviews, err := c.Reviews(ctx, since)
	if err != nil {
		return nil, err
	}
	for _, rv := range reviews {
		if rv.Reply != "" && !rv.ReplyAt.Before(since) {
			out = append(out, post.Receipt{RemoteID: rv.RemoteID + "/reply", PublishedAt: rv.ReplyAt, Text: rv.Reply})
		}
	}
	return out, nil
}

// Engagement reads each post's views in Search and button clicks through
// localPosts:reportInsights. Google serves no reactions, comments or
// shares for local posts: those stay nil ("not available").
func (c *Channel) Engagement(ctx context.Context, remoteIDs []string) ([]post.Metrics, error) {
	var ids []string
	for _, id := range remoteIDs {
		if c.owns(id, "/localPosts/") {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	now := c.cfg.Now().UTC()
	var out []post.Metrics
	for start := 0; start < len(ids); start += 100 {
		batch := ids[start:min(start+100, len(ids))]
		body := map[string]any{
			"localPostNames": batch,
			"basicRequest": map[string]any{
				"metricRequests": []map[string]any{{"metric": "LOCAL_POST_VIEWS_SEARCH"}, {"metric": "LOCAL_POST_ACTIONS_CALL_TO_ACTION"}},
				// Google keeps 18 months of insights.
				"timeRange": map[string]string{"startTime": now.AddDate(0, -18, 0).Format(time.RFC3339), "endTime": now.Format(time.RFC3339)},
			},
		}
		r, err := c.call(ctx, http.MethodPost, c.cfg.APIBase+"/v4/"+c.location+"/localPosts:reportInsights", body, false)
		if err != nil {
			return out, err
		}
		var ans struct {
			LocalPostMetrics []struct {
				LocalPostName string `json:"localPostName"`
				MetricValues  []struct {
					Metric     string `json:"metric"`
					TotalValue struct {
						Value string `json:"value"`
					} `json:"totalValue"`
				} `json:"metricValues"`
			} `json:"localPostMetrics"`
		}
		if err := decode(r, &ans, "post insights"); err != nil {
			return out, err
		}
		for _, pm := range ans.LocalPostMetrics {
			m := post.Metrics{RemoteID: pm.LocalPostName, At: now}
			for _, mv := range pm.MetricValues {
				n, err := strconv.ParseInt(mv.TotalValue.Value, 10, 64)
				if err != nil {
					continue // no figure is "not available", not zero
				}
				switch mv.Metric {
				case "LOCAL_POST_VIEWS_SEARCH":
					m.Impressions = &n
				case "LOCAL_POST_ACTIONS_CALL_TO_ACTION":
					m.Clicks = &n
				}
			}
			out = append(out, m)
		}
	}
	return out, nil
}

// Comments returns nothing: Google's local posts take no comments. What
// patients write about the practice on Google are reviews (Reviews).
func (c *Channel) Comments(context.Context, string, time.Time) ([]post.Comment, error) {
	return nil, nil
}

// Verify reads the location's title through the Business Information API,
// which proves the token opens this location.
func (c *Channel) Verify(ctx context.Context) (post.Account, error) {
	r, err := c.call(ctx, http.MethodGet, c.cfg.InfoAPIBase+"/v1/locations/"+c.cfg.LocationID+"?readMask=name,title,metadata", nil, false)
	if err != nil {
		return post.Account{}, err
	}
	var loc struct {
		Name     string `json:"name"`
		Title    string `json:"title"`
		Metadata struct {
			MapsURI string `json:"mapsUri"`
		} `json:"metadata"`
	}
	if err := decode(r, &loc, "the location"); err != nil {
		return post.Account{}, err
	}
	if loc.Name != "locations/"+c.cfg.LocationID || loc.Title == "" {
		return post.Account{}, channels.Errorf(channels.Retryable, "Google answered for a location other than %s", c.cfg.LocationID)
	}
	// Google's refresh tokens do not expire on a schedule.
	return post.Account{ID: c.cfg.LocationID, Name: loc.Title, URL: loc.Metadata.MapsURI}, nil
}

// parseTime reads Google's RFC 3339 timestamps; def when absent or bad.
func parseTime(s string, def time.Time) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return def
	}
	return t.UTC()
}

// moderation is a listed post's Receipt.Moderation.
func moderation(state string) string {
	if state == stateLive {
		return ""
	}
	return post.InModeration
}
