package instagram

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	fb "github.com/huandu/facebook/v2"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// graphTime is how the Graph API writes timestamps.
const graphTime = "2006-01-02T15:04:05-0700"

// maxPages bounds how many pages of a listing one call reads.
const maxPages = 5

type cursors struct {
	Cursors struct {
		After string `json:"after"`
	} `json:"cursors"`
	Next string `json:"next"`
}

// Recent lists the account's media published since since, newest first,
// with their captions, for the scheduler's reconciliation.
func (c *Channel) Recent(ctx context.Context, since time.Time) ([]post.Receipt, error) {
	out, err := c.media(ctx, since)
	if err != nil {
		return nil, fmt.Errorf("instagram: recent: %w", err)
	}
	return out, nil
}

// media lists /{ig-user-id}/media since since, newest first.
func (c *Channel) media(ctx context.Context, since time.Time) ([]post.Receipt, error) {
	params := fb.Params{"fields": "id,caption,timestamp,permalink", "since": strconv.FormatInt(since.Unix(), 10), "limit": "50"}
	var out []post.Receipt
	for range maxPages {
		res, err := c.call(ctx, fb.GET, "/"+c.cfg.IGUserID+"/media", params, false)
		if err != nil {
			return nil, err
		}
		var page struct {
			Data []struct {
				ID        string `json:"id"`
				Caption   string `json:"caption"`
				Timestamp string `json:"timestamp"`
				Permalink string `json:"permalink"`
			} `json:"data"`
			Paging cursors `json:"paging"`
		}
		if err := res.Decode(&page); err != nil {
			return nil, &channels.Error{Class: channels.Retryable, Reason: "Instagram sent a media list practicepost cannot read", Err: err}
		}
		older := false
		for _, m := range page.Data {
			at, err := time.Parse(graphTime, m.Timestamp)
			if err != nil {
				continue
			}
			if at.Before(since) {
				older = true
				continue
			}
			out = append(out, post.Receipt{RemoteID: m.ID, URL: permalink(m.Permalink), PublishedAt: at.UTC(), Text: m.Caption})
		}
		if older || page.Paging.Next == "" || page.Paging.Cursors.After == "" {
			break
		}
		params["after"] = page.Paging.Cursors.After
	}
	return out, nil
}

// Engagement reads likes and comments of each media, and its views and
// shares from the media's insights where Instagram gives them (they need
// instagram_manage_insights; a figure Instagram does not give stays nil,
// "not available"). Clicks are not available on Instagram. A media that no
// longer exists is skipped.
func (c *Channel) Engagement(ctx context.Context, remoteIDs []string) ([]post.Metrics, error) {
	out := make([]post.Metrics, 0, len(remoteIDs))
	for _, id := range remoteIDs {
		res, err := c.call(ctx, fb.GET, "/"+id, fb.Params{"fields": "like_count,comments_count"}, false)
		if err != nil {
			var ce *channels.Error
			if errors.As(err, &ce) && ce.Class == channels.Permanent {
				c.log.Warn("engagement unavailable for media", "remote_id", id, "status", ce.Status)
				continue
			}
			return out, fmt.Errorf("instagram: engagement: %w", err)
		}
		var counts struct {
			Likes    *int64 `json:"like_count"`
			Comments *int64 `json:"comments_count"`
		}
		if err := res.Decode(&counts); err != nil {
			return out, fmt.Errorf("instagram: engagement: %w", &channels.Error{Class: channels.Retryable, Reason: "Instagram sent media counters practicepost cannot read", Err: err})
		}
		m := post.Metrics{RemoteID: id, At: c.cfg.Now().UTC(), Reactions: counts.Likes, Comments: counts.Comments}
		c.insights(ctx, &m)
		out = append(out, m)
	}
	return out, nil
}

// insights fills views and shares. One metric Instagram does not know
// fails the whole call, so only current ones are asked; any failure
// leaves them nil.
func (c *Channel) insights(ctx context.Context, m *post.Metrics) {
	res, err := c.call(ctx, fb.GET, "/"+m.RemoteID+"/insights", fb.Params{"metric": "views,shares"}, false)
	if err != nil {
		c.log.Debug("insights unavailable", "remote_id", m.RemoteID, "class", channels.ClassOf(err).String())
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
	if res.Decode(&ins) != nil {
		return
	}
	for _, d := range ins.Data {
		if len(d.Values) == 0 {
			continue
		}
		switch v := d.Values[len(d.Values)-1].Value; d.Name {
		case "views":
			m.Impressions = v
		case "shares":
			m.Shares = v
		}
	}
}

// Comments returns the comments on a media made since since, newest first.
func (c *Channel) Comments(ctx context.Context, remoteID string, since time.Time) ([]post.Comment, error) {
	if remoteID == "" {
		return nil, fmt.Errorf("instagram: comments: %w", channels.Errorf(channels.Permanent, "no media id given"))
	}
	params := fb.Params{"fields": "id,text,timestamp,username,from", "limit": "50"}
	var out []post.Comment
	for range maxPages {
		res, err := c.call(ctx, fb.GET, "/"+remoteID+"/comments", params, false)
		if err != nil {
			return nil, fmt.Errorf("instagram: comments: %w", err)
		}
		var page struct {
			Data []struct {
				ID        string `json:"id"`
				Text      string `json:"text"`
				Timestamp string `json:"timestamp"`
				Username  string `json:"username"`
				From      struct {
					ID       string `json:"id"`
					Username string `json:"username"`
				} `json:"from"`
			} `json:"data"`
			Paging cursors `json:"paging"`
		}
		if err := res.Decode(&page); err != nil {
			return nil, fmt.Errorf("instagram: comments: %w", &channels.Error{Class: channels.Retryable, Reason: "Instagram sent a comment list practicepost cannot read", Err: err})
		}
		for _, d := range page.Data {
			at, err := time.Parse(graphTime, d.Timestamp)
			if err != nil || at.Before(since) {
				continue
			}
			name := d.From.Username
			if name == "" {
				name = d.Username
			}
			out = append(out, post.Comment{RemoteID: d.ID, PostRemoteID: remoteID, Author: name, AuthorID: d.From.ID, Text: d.Text, At: at.UTC()})
		}
		if page.Paging.Next == "" || page.Paging.Cursors.After == "" {
			break
		}
		params["after"] = page.Paging.Cursors.After
	}
	return out, nil
}

// Verify reads the account the token opens: the Instagram professional
// account's id and username.
func (c *Channel) Verify(ctx context.Context) (post.Account, error) {
	res, err := c.call(ctx, fb.GET, "/"+c.cfg.IGUserID, fb.Params{"fields": "id,username"}, false)
	if err != nil {
		return post.Account{}, fmt.Errorf("instagram: verify: %w", err)
	}
	var a struct {
		ID       string `json:"id"`
		Username string `json:"username"`
	}
	if err := res.Decode(&a); err != nil || a.ID == "" {
		return post.Account{}, fmt.Errorf("instagram: verify: %w", &channels.Error{Class: channels.Retryable, Reason: "Instagram sent an account practicepost cannot read", Err: err})
	}
	return post.Account{ID: a.ID, Name: a.Username, URL: "https://www.instagram.com/" + a.Username}, nil
}
