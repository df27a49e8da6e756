package linkedin

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// pageSize and maxPages bound a listing.
const (
	pageSize = 50
	maxPages = 5
)

// Recent lists the organization's posts published since since, newest
// first, with their text as readers see it (little text unescaped).
func (c *Channel) Recent(ctx context.Context, since time.Time) ([]post.Receipt, error) {
	sinceMS := since.UnixMilli()
	var out []post.Receipt
	for page := range maxPages {
		q := "/rest/posts?q=author&author=" + escapeURN(c.orgURN) + "&count=" + strconv.Itoa(pageSize) +
			"&start=" + strconv.Itoa(page*pageSize) + "&sortBy=LAST_MODIFIED"
		r, err := c.call(ctx, http.MethodGet, q, nil, false)
		if err != nil {
			return nil, fmt.Errorf("linkedin: recent: %w", err)
		}
		var list struct {
			Elements []struct {
				ID             string `json:"id"`
				Commentary     string `json:"commentary"`
				PublishedAt    int64  `json:"publishedAt"`
				LastModifiedAt int64  `json:"lastModifiedAt"`
				LifecycleState string `json:"lifecycleState"`
			} `json:"elements"`
		}
		if err := decode(r, &list, "a post list"); err != nil {
			return nil, fmt.Errorf("linkedin: recent: %w", err)
		}
		older := 0
		for _, e := range list.Elements {
			if e.LastModifiedAt != 0 && e.LastModifiedAt < sinceMS {
				older++
			}
			if e.LifecycleState != "PUBLISHED" || e.PublishedAt < sinceMS {
				continue
			}
			out = append(out, post.Receipt{RemoteID: e.ID, URL: postURL(e.ID), PublishedAt: time.UnixMilli(e.PublishedAt).UTC(), Text: UnescapeLittleText(e.Commentary)})
		}
		// Sorted by last change, newest first: once a whole page is older
		// than since, later pages are too.
		if len(list.Elements) < pageSize || older == len(list.Elements) {
			break
		}
	}
	slices.SortStableFunc(out, func(a, b post.Receipt) int { return b.PublishedAt.Compare(a.PublishedAt) })
	return out, nil
}

// Comments returns comments on a post made since since, newest first.
// LinkedIn names commenters by URN only, so Author is left empty and
// AuthorID holds the URN.
func (c *Channel) Comments(ctx context.Context, remoteID string, since time.Time) ([]post.Comment, error) {
	if !strings.HasPrefix(remoteID, "urn:li:") {
		return nil, fmt.Errorf("linkedin: comments: %w", channels.Errorf(channels.Permanent, "%q is not a LinkedIn post URN", remoteID))
	}
	sinceMS := since.UnixMilli()
	var out []post.Comment
	for page := range maxPages {
		q := "/rest/socialActions/" + escapeURN(remoteID) + "/comments?count=" + strconv.Itoa(pageSize) + "&start=" + strconv.Itoa(page*pageSize)
		r, err := c.call(ctx, http.MethodGet, q, nil, false)
		if err != nil {
			return nil, fmt.Errorf("linkedin: comments: %w", err)
		}
		var list struct {
			Elements []struct {
				ID         string `json:"id"`
				CommentURN string `json:"commentUrn"`
				Actor      string `json:"actor"`
				Message    struct {
					Text       string `json:"text"`
					Attributes []struct {
						Value map[string]map[string]string `json:"value"`
					} `json:"attributes"`
				} `json:"message"`
				Created struct {
					Time int64 `json:"time"`
				} `json:"created"`
			} `json:"elements"`
		}
		if err := decode(r, &list, "a comment list"); err != nil {
			return nil, fmt.Errorf("linkedin: comments: %w", err)
		}
		for _, e := range list.Elements {
			if e.Created.Time < sinceMS {
				continue
			}
			id := e.CommentURN
			if id == "" {
				id = e.ID
			}
			cm := post.Comment{RemoteID: id, PostRemoteID: remoteID, AuthorID: e.Actor, Text: e.Message.Text, At: time.UnixMilli(e.Created.Time).UTC()}
			for _, a := range e.Message.Attributes {
				for _, entity := range a.Value {
					if entity["organization"] == c.orgURN || entity["company"] == c.orgURN {
						cm.Mentions = true
					}
				}
			}
			out = append(out, cm)
		}
		if len(list.Elements) < pageSize {
			break
		}
	}
	slices.SortStableFunc(out, func(a, b post.Comment) int { return b.At.Compare(a.At) })
	return out, nil
}

// Verify reads the organization with the token and reports the token's
// expiry from the config (LinkedIn tokens live 60 days).
func (c *Channel) Verify(ctx context.Context) (post.Account, error) {
	now := c.cfg.Now()
	if exp := c.cfg.TokenExpires; !exp.IsZero() && !now.Before(exp) {
		return post.Account{}, fmt.Errorf("linkedin: verify: %w", channels.Errorf(channels.AuthExpired, "the LinkedIn token expired on %s; reconnect LinkedIn", exp.UTC().Format("2006-01-02")))
	}
	r, err := c.call(ctx, http.MethodGet, "/rest/organizations/"+c.cfg.OrganizationID, nil, false)
	if err != nil {
		return post.Account{}, fmt.Errorf("linkedin: verify: %w", err)
	}
	var org struct {
		ID            int64  `json:"id"`
		LocalizedName string `json:"localizedName"`
		VanityName    string `json:"vanityName"`
	}
	if err := decode(r, &org, "an organization"); err != nil {
		return post.Account{}, fmt.Errorf("linkedin: verify: %w", err)
	}
	acct := post.Account{ID: strconv.FormatInt(org.ID, 10), Name: org.LocalizedName, TokenExpires: c.cfg.TokenExpires}
	if org.VanityName != "" {
		acct.URL = "https://www.linkedin.com/company/" + org.VanityName
	}
	return acct, nil
}
