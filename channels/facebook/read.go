package facebook

import (
	"context"
	"fmt"
	"strconv"
	"time"

	fb "github.com/huandu/facebook/v2"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// graphTime is how the Graph API writes created_time.
const graphTime = "2006-01-02T15:04:05-0700"

// maxPages bounds how many pages of a listing one call reads.
const maxPages = 5

// graphPost is a Page post as published_posts lists it.
type graphPost struct {
	ID           string `json:"id"`
	Message      string `json:"message"`
	CreatedTime  string `json:"created_time"`
	PermalinkURL string `json:"permalink_url"`
}

type paging struct {
	Cursors struct {
		After string `json:"after"`
	} `json:"cursors"`
	Next string `json:"next"`
}

// Recent lists the Page's posts published since since, newest first.
func (c *Channel) Recent(ctx context.Context, since time.Time) ([]post.Receipt, error) {
	params := fb.Params{
		"fields": "id,message,created_time,permalink_url",
		"since":  strconv.FormatInt(since.Unix(), 10),
		"limit":  "100",
	}
	var out []post.Receipt
	for range maxPages {
		res, err := c.call(ctx, fb.GET, "/"+c.cfg.PageID+"/published_posts", params, false)
		if err != nil {
			return nil, fmt.Errorf("facebook: recent: %w", err)
		}
		var page struct {
			Data   []graphPost `json:"data"`
			Paging paging      `json:"paging"`
		}
		if err := res.Decode(&page); err != nil {
			return nil, fmt.Errorf("facebook: recent: %w", &channels.Error{Class: channels.Retryable, Reason: "Facebook sent a post list practicepost cannot read", Err: err})
		}
		for _, p := range page.Data {
			at, err := time.Parse(graphTime, p.CreatedTime)
			if err != nil || at.Before(since) {
				continue
			}
			url := p.PermalinkURL
			if url == "" {
				url = postURL(p.ID)
			}
			out = append(out, post.Receipt{RemoteID: p.ID, URL: url, PublishedAt: at.UTC(), Text: p.Message})
		}
		if page.Paging.Next == "" || page.Paging.Cursors.After == "" {
			break
		}
		params["after"] = page.Paging.Cursors.After
	}
	return out, nil
}

// Comments returns the comments on a Page post made since since, newest
// first.
func (c *Channel) Comments(ctx context.Context, remoteID string, since time.Time) ([]post.Comment, error) {
	if remoteID == "" {
		return nil, fmt.Errorf("facebook: comments: %w", channels.Errorf(channels.Permanent, "no post id given"))
	}
	params := fb.Params{
		"fields": "id,message,created_time,from,message_tags",
		"filter": "stream",
		"order":  "reverse_chronological",
		"since":  strconv.FormatInt(since.Unix(), 10),
		"limit":  "100",
	}
	var out []post.Comment
	for range maxPages {
		res, err := c.call(ctx, fb.GET, "/"+remoteID+"/comments", params, false)
		if err != nil {
			return nil, fmt.Errorf("facebook: comments: %w", err)
		}
		var page struct {
			Data []struct {
				ID          string `json:"id"`
				Message     string `json:"message"`
				CreatedTime string `json:"created_time"`
				From        struct {
					ID   string `json:"id"`
					Name string `json:"name"`
				} `json:"from"`
				MessageTags []struct {
					ID string `json:"id"`
				} `json:"message_tags"`
			} `json:"data"`
			Paging paging `json:"paging"`
		}
		if err := res.Decode(&page); err != nil {
			return nil, fmt.Errorf("facebook: comments: %w", &channels.Error{Class: channels.Retryable, Reason: "Facebook sent a comment list practicepost cannot read", Err: err})
		}
		for _, d := range page.Data {
			at, err := time.Parse(graphTime, d.CreatedTime)
			if err != nil || at.Before(since) {
				continue
			}
			cm := post.Comment{RemoteID: d.ID, PostRemoteID: remoteID, Author: d.From.Name, AuthorID: d.From.ID, Text: d.Message, At: at.UTC()}
			for _, tag := range d.MessageTags {
				if tag.ID == c.cfg.PageID {
					cm.Mentions = true
				}
			}
			out = append(out, cm)
		}
		if page.Paging.Next == "" || page.Paging.Cursors.After == "" {
			break
		}
		params["after"] = page.Paging.Cursors.After
	}
	return out, nil
}

// Verify reads the Page with the configured token and, where Facebook
// allows it, the token's expiry from /debug_token.
func (c *Channel) Verify(ctx context.Context) (post.Account, error) {
	res, err := c.call(ctx, fb.GET, "/"+c.cfg.PageID, fb.Params{"fields": "id,name,link"}, false)
	if err != nil {
		return post.Account{}, fmt.Errorf("facebook: verify: %w", err)
	}
	var page struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		Link string `json:"link"`
	}
	if err := res.Decode(&page); err != nil || page.ID == "" {
		return post.Account{}, fmt.Errorf("facebook: verify: %w", &channels.Error{Class: channels.Retryable, Reason: "Facebook sent a Page practicepost cannot read", Err: err})
	}
	acct := post.Account{ID: page.ID, Name: page.Name, URL: page.Link}
	info, err := c.inspectToken(ctx)
	if err != nil {
		// Facebook only lets app tokens (or the app's developers) inspect
		// tokens; without one the expiry is simply not known.
		c.log.Debug("token inspection unavailable", "class", channels.ClassOf(err).String())
		return acct, nil
	}
	switch {
	case !info.IsValid:
		return acct, fmt.Errorf("facebook: verify: %w", channels.Errorf(channels.AuthExpired, "the Facebook Page token is no longer valid; reconnect the Facebook Page"))
	case info.Type != "" && info.Type != "PAGE":
		return acct, fmt.Errorf("facebook: verify: %w", channels.Errorf(channels.AuthExpired, "the configured Facebook token is a %s token, not a Page token; reconnect the Facebook Page", info.Type))
	case info.ProfileID != "" && info.ProfileID != c.cfg.PageID:
		return acct, fmt.Errorf("facebook: verify: %w", channels.Errorf(channels.AuthExpired, "the configured Facebook token belongs to another Page; reconnect the Facebook Page"))
	}
	if info.ExpiresAt > 0 {
		acct.TokenExpires = time.Unix(info.ExpiresAt, 0).UTC()
	}
	return acct, nil
}

// tokenInfo is the part of /debug_token's answer Verify uses.
type tokenInfo struct {
	Type      string   `json:"type"`
	IsValid   bool     `json:"is_valid"`
	ExpiresAt int64    `json:"expires_at"` // 0: never
	ProfileID string   `json:"profile_id"`
	Scopes    []string `json:"scopes"`
}

// inspectToken asks /debug_token about the Page token, with the app token
// when the app id and secret are known and the Page token itself otherwise.
func (c *Channel) inspectToken(ctx context.Context) (tokenInfo, error) {
	token := c.cfg.PageAccessToken
	if c.cfg.AppID != "" && c.cfg.AppSecret != "" {
		token = c.cfg.AppID + "|" + c.cfg.AppSecret
	}
	res, err := c.g.call(ctx, token, fb.GET, "/debug_token", fb.Params{"input_token": c.cfg.PageAccessToken}, false)
	if err != nil {
		return tokenInfo{}, err
	}
	var info tokenInfo
	if err := res.DecodeField("data", &info); err != nil {
		return tokenInfo{}, &channels.Error{Class: channels.Retryable, Reason: "Facebook sent a token report practicepost cannot read", Err: err}
	}
	return info, nil
}
