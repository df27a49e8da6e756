package facebook

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	fb "github.com/huandu/facebook/v2"

	"github.com/practicepost/practicepost/channels"
)

// Connector runs the token exchanges of the web UI's "connect a Facebook
// Page" flow: short-lived user token → long-lived user token → Page token.
// Page tokens obtained from a long-lived user token do not expire.
type Connector struct {
	// APIBase is the Graph API base URL; DefaultAPIBase when empty.
	APIBase string
	// GraphVersion pins the version; DefaultGraphVersion when empty.
	GraphVersion string
	// AppID and AppSecret are the Meta app's credentials (required).
	AppID, AppSecret string
	// HTTPClient is used for every call; a 30 s client when nil.
	HTTPClient *http.Client
	// Now is the clock for expiry times; time.Now when nil.
	Now func() time.Time
}

// Page is a Page the user manages, with its Page token.
type Page struct {
	ID          string
	Name        string
	AccessToken string
}

func (cn Connector) graph() (graph, error) {
	if cn.AppID == "" || cn.AppSecret == "" {
		return graph{}, errors.New("facebook: connect: the Meta app id and app secret are required")
	}
	base, version, hc := cn.APIBase, cn.GraphVersion, cn.HTTPClient
	if base == "" {
		base = DefaultAPIBase
	}
	if version == "" {
		version = DefaultGraphVersion
	}
	if !graphVersionPattern.MatchString(version) {
		return graph{}, fmt.Errorf("facebook: connect: graph_version %q is not of the form v25.0", version)
	}
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	return newGraph(base, version, cn.AppID, cn.AppSecret, hc, slog.New(slog.DiscardHandler)), nil
}

// LongLivedUserToken exchanges a short-lived user token for a long-lived
// one (about 60 days) and returns it with its expiry (zero when Facebook
// does not say).
func (cn Connector) LongLivedUserToken(ctx context.Context, shortToken string) (string, time.Time, error) {
	g, err := cn.graph()
	if err != nil {
		return "", time.Time{}, err
	}
	if shortToken == "" {
		return "", time.Time{}, errors.New("facebook: connect: the user token is empty")
	}
	// POST keeps the app secret and the token out of the URL.
	res, err := g.call(ctx, "", fb.POST, "/oauth/access_token", fb.Params{
		"grant_type":        "fb_exchange_token",
		"client_id":         cn.AppID,
		"client_secret":     cn.AppSecret,
		"fb_exchange_token": shortToken,
	}, false)
	if err != nil {
		return "", time.Time{}, fmt.Errorf("facebook: connect: exchange user token: %w", err)
	}
	var out struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int64  `json:"expires_in"`
	}
	if err := res.Decode(&out); err != nil || out.AccessToken == "" {
		return "", time.Time{}, fmt.Errorf("facebook: connect: exchange user token: %w", &channels.Error{Class: channels.Permanent, Reason: "Facebook answered without a token", Err: err})
	}
	var expires time.Time
	if out.ExpiresIn > 0 {
		expires = cn.now().Add(time.Duration(out.ExpiresIn) * time.Second).UTC()
	}
	return out.AccessToken, expires, nil
}

// PageToken reads the Page token of pageID with a (long-lived) user token.
// The user must have a task on the Page that allows posting.
func (cn Connector) PageToken(ctx context.Context, userToken, pageID string) (Page, error) {
	g, err := cn.graph()
	if err != nil {
		return Page{}, err
	}
	if userToken == "" || pageID == "" {
		return Page{}, errors.New("facebook: connect: the user token and the Page id are required")
	}
	res, err := g.call(ctx, userToken, fb.GET, "/"+pageID, fb.Params{"fields": "id,name,access_token"}, false)
	if err != nil {
		return Page{}, fmt.Errorf("facebook: connect: page token: %w", err)
	}
	var p struct {
		ID          string `json:"id"`
		Name        string `json:"name"`
		AccessToken string `json:"access_token"`
	}
	if err := res.Decode(&p); err != nil || p.AccessToken == "" {
		return Page{}, fmt.Errorf("facebook: connect: page token: %w", &channels.Error{Class: channels.AuthExpired, Reason: "Facebook gave no Page token; the user must be an admin of the Page and grant pages_manage_posts", Err: err})
	}
	return Page{ID: p.ID, Name: p.Name, AccessToken: p.AccessToken}, nil
}

// Pages lists the Pages the user manages, with their Page tokens, from
// /me/accounts.
func (cn Connector) Pages(ctx context.Context, userToken string) ([]Page, error) {
	g, err := cn.graph()
	if err != nil {
		return nil, err
	}
	if userToken == "" {
		return nil, errors.New("facebook: connect: the user token is empty")
	}
	params := fb.Params{"fields": "id,name,access_token", "limit": "100"}
	var out []Page
	for range maxPages {
		res, err := g.call(ctx, userToken, fb.GET, "/me/accounts", params, false)
		if err != nil {
			return nil, fmt.Errorf("facebook: connect: pages: %w", err)
		}
		var page struct {
			Data []struct {
				ID          string `json:"id"`
				Name        string `json:"name"`
				AccessToken string `json:"access_token"`
			} `json:"data"`
			Paging paging `json:"paging"`
		}
		if err := res.Decode(&page); err != nil {
			return nil, fmt.Errorf("facebook: connect: pages: %w", &channels.Error{Class: channels.Retryable, Reason: "Facebook sent a Page list practicepost cannot read", Err: err})
		}
		for _, p := range page.Data {
			out = append(out, Page{ID: p.ID, Name: p.Name, AccessToken: p.AccessToken})
		}
		if page.Paging.Next == "" || page.Paging.Cursors.After == "" {
			break
		}
		params["after"] = page.Paging.Cursors.After
	}
	return out, nil
}

func (cn Connector) now() time.Time {
	if cn.Now != nil {
		return cn.Now()
	}
	return time.Now()
}
