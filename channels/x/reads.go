package x

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// apiPost is a post as GET endpoints return it.
type apiPost struct {
	ID             string     `json:"id"`
	Text           string     `json:"text"`
	CreatedAt      time.Time  `json:"created_at"`
	AuthorID       string     `json:"author_id"`
	ConversationID string     `json:"conversation_id"`
	PublicMetrics  *pubMetric `json:"public_metrics"`
	NonPublic      *struct {
		Impressions *int64 `json:"impression_count"`
		LinkClicks  *int64 `json:"url_link_clicks"`
	} `json:"non_public_metrics"`
}

// pubMetric decodes public_metrics under both names X has used for reposts:
// retweet_count (docs, spec v2.159) and repost_count (spec v2.167). A
// missing figure stays nil.
type pubMetric struct {
	Retweets    *int64 `json:"retweet_count"`
	Reposts     *int64 `json:"repost_count"`
	Replies     *int64 `json:"reply_count"`
	Likes       *int64 `json:"like_count"`
	Quotes      *int64 `json:"quote_count"`
	Impressions *int64 `json:"impression_count"`
}

type listAnswer struct {
	Data     []apiPost `json:"data"`
	Includes struct {
		Users []struct{ ID, Name, Username string } `json:"users"`
	} `json:"includes"`
	Meta struct {
		NextToken string `json:"next_token"`
	} `json:"meta"`
}

// unescapeText undoes the escaping X's v2 API applies to the "text" of
// posts it returns: &amp; &lt; &gt; for & < > and nothing else. One pass,
// left to right, so a post that really says "&amp;" (listed as
// "&amp;amp;") comes back as "&amp;". Without it a listed post never
// matched the text sent, and reconciliation after a lost answer posted
// it again.
var unescapeText = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">").Replace

// maxPages bounds pagination so a busy account cannot make a read run long
// (and cost money: X bills reads per post).
const maxPages = 5

// Verify reads /2/users/me.
func (c *Channel) Verify(ctx context.Context) (post.Account, error) {
	var me struct {
		Data struct{ ID, Name, Username string } `json:"data"`
	}
	if err := c.getJSON(ctx, "/2/users/me", nil, &me); err != nil {
		return post.Account{}, fmt.Errorf("x: verify: %w", err)
	}
	if me.Data.ID == "" {
		return post.Account{}, fmt.Errorf("x: verify: %w", channels.Errorf(channels.Retryable, "X's users/me answer had no user id"))
	}
	c.mu.Lock()
	c.userID, c.username = me.Data.ID, me.Data.Username
	c.mu.Unlock()
	return post.Account{ID: me.Data.ID, Name: me.Data.Username, URL: "https://x.com/" + me.Data.Username}, nil
}

// user returns the account's user id, asking X once.
func (c *Channel) user(ctx context.Context) (string, error) {
	c.mu.Lock()
	id := c.userID
	c.mu.Unlock()
	if id != "" {
		return id, nil
	}
	acct, err := c.Verify(ctx)
	return acct.ID, err
}

// Recent lists the account's own posts since since, newest first, from
// GET /2/users/{id}/tweets (an "owned read", X's cheapest).
func (c *Channel) Recent(ctx context.Context, since time.Time) ([]post.Receipt, error) {
	uid, err := c.user(ctx)
	if err != nil {
		return nil, fmt.Errorf("x: recent: %w", err)
	}
	q := url.Values{"start_time": {since.UTC().Format(time.RFC3339)}, "max_results": {"100"}, "tweet.fields": {"created_at"}}
	var out []post.Receipt
	for range maxPages {
		var page listAnswer
		if err := c.getJSON(ctx, "/2/users/"+url.PathEscape(uid)+"/tweets", q, &page); err != nil {
			return nil, fmt.Errorf("x: recent: %w", err)
		}
		for _, p := range page.Data {
			out = append(out, post.Receipt{RemoteID: p.ID, URL: statusURL(p.ID), PublishedAt: p.CreatedAt, Text: unescapeText(p.Text)})
		}
		if page.Meta.NextToken == "" {
			break
		}
		q.Set("pagination_token", page.Meta.NextToken)
	}
	return out, nil
}

// Engagement reads public and (for own posts under 30 days) non-public
// metrics of up to 100 posts per call. Ids X no longer has are skipped.
func (c *Channel) Engagement(ctx context.Context, remoteIDs []string) ([]post.Metrics, error) {
	var out []post.Metrics
	for start := 0; start < len(remoteIDs); start += 100 {
		ids := remoteIDs[start:min(start+100, len(remoteIDs))]
		q := url.Values{"ids": {strings.Join(ids, ",")}, "tweet.fields": {"public_metrics,non_public_metrics"}}
		var ans listAnswer
		if err := c.getJSON(ctx, "/2/tweets", q, &ans); err != nil {
			return nil, fmt.Errorf("x: engagement: %w", err)
		}
		at := c.now().UTC()
		for _, p := range ans.Data {
			out = append(out, metricsOf(p, at))
		}
	}
	return out, nil
}

func metricsOf(p apiPost, at time.Time) post.Metrics {
	m := post.Metrics{RemoteID: p.ID, At: at}
	if pm := p.PublicMetrics; pm != nil {
		m.Impressions, m.Reactions, m.Comments = pm.Impressions, pm.Likes, pm.Replies
		m.Shares = pm.Retweets
		if m.Shares == nil {
			m.Shares = pm.Reposts
		}
	}
	if np := p.NonPublic; np != nil {
		m.Clicks = np.LinkClicks
		if m.Impressions == nil {
			m.Impressions = np.Impressions
		}
	}
	return m
}

// Comments lists replies in remoteID's conversation since since, through
// recent search (X keeps 7 days there), newest first as X lists them. The account's own
// replies are left out.
func (c *Channel) Comments(ctx context.Context, remoteID string, since time.Time) ([]post.Comment, error) {
	if !tweetIDPattern.MatchString(remoteID) {
		return nil, fmt.Errorf("x: comments: %w", channels.Errorf(channels.Permanent, "%q is not an X post id", remoteID))
	}
	uid, err := c.user(ctx)
	if err != nil {
		return nil, fmt.Errorf("x: comments: %w", err)
	}
	// Search refuses a start_time older than 7 days.
	if floor := c.now().Add(-7*24*time.Hour + time.Minute); since.Before(floor) {
		since = floor
	}
	q := url.Values{
		"query":        {"conversation_id:" + remoteID},
		"start_time":   {since.UTC().Format(time.RFC3339)},
		"max_results":  {"100"},
		"tweet.fields": {"author_id,created_at,conversation_id"},
		"expansions":   {"author_id"},
	}
	var out []post.Comment
	for range maxPages {
		var page listAnswer
		if err := c.getJSON(ctx, "/2/tweets/search/recent", q, &page); err != nil {
			return nil, fmt.Errorf("x: comments: %w", err)
		}
		names := map[string]struct{ name, handle string }{}
		for _, u := range page.Includes.Users {
			names[u.ID] = struct{ name, handle string }{u.Name, u.Username}
		}
		for _, p := range page.Data {
			if p.AuthorID == uid {
				continue
			}
			text := unescapeText(p.Text)
			out = append(out, post.Comment{
				RemoteID: p.ID, PostRemoteID: remoteID, AuthorID: p.AuthorID, Author: names[p.AuthorID].name,
				Text: text, At: p.CreatedAt, Mentions: mentions(text, c.handle()),
			})
		}
		if page.Meta.NextToken == "" {
			break
		}
		q.Set("next_token", page.Meta.NextToken)
	}
	return out, nil
}

// handle returns the account's @name once Verify has run ("" before).
func (c *Channel) handle() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.username
}

// mentions reports whether text @-mentions handle (X: case-insensitive,
// the handle ends at a character that cannot be part of one).
func mentions(text, handle string) bool {
	if handle == "" {
		return false
	}
	lower, at := strings.ToLower(text), "@"+strings.ToLower(handle)
	for i := strings.Index(lower, at); i >= 0; {
		end := i + len(at)
		if end == len(lower) || !isHandleChar(lower[end]) {
			return true
		}
		next := strings.Index(lower[end:], at)
		if next < 0 {
			break
		}
		i = end + next
	}
	return false
}

func isHandleChar(b byte) bool {
	return b == '_' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}
