package facebook

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// DefaultAuthSite is where Facebook's login dialog lives.
const DefaultAuthSite = "https://www.facebook.com"

// ConnectScopes are the permissions practicepost asks for when connecting
// a Page (PLATFORMS.md §3.2).
var ConnectScopes = []string{"pages_show_list", "pages_read_engagement", "pages_manage_posts", "pages_read_user_content", "pages_manage_engagement"}

// PageTokenSecretName is where a channel's Page token from the web UI's
// connect flow is kept.
func PageTokenSecretName(channelID string) string { return "facebook/" + channelID + "/page-token" }

// PageConnector connects a channel's Facebook Page: the login dialog hands
// the browser a short-lived user token (in the URL fragment), which is
// traded for a long-lived one and then for the configured Page's token.
// It implements channels.Connector.
type PageConnector struct {
	Connector
	ChannelID string
	PageID    string
	// AuthSite is the site of the login dialog; DefaultAuthSite when empty.
	AuthSite string
}

// AuthorizeURL is the login dialog, asking for the token in the fragment.
func (pc PageConnector) AuthorizeURL(redirectURI, state, _ string) string {
	site, version := pc.AuthSite, pc.GraphVersion
	if site == "" {
		site = DefaultAuthSite
	}
	if version == "" {
		version = DefaultGraphVersion
	}
	return strings.TrimRight(site, "/") + "/" + version + "/dialog/oauth?" + url.Values{
		"client_id": {pc.AppID}, "redirect_uri": {redirectURI}, "state": {state},
		"response_type": {"token"}, "scope": {strings.Join(ConnectScopes, ",")},
	}.Encode()
}

// TokenInFragment is true: the dialog puts the token after "#".
func (pc PageConnector) TokenInFragment() bool { return true }

// SecretName is PageTokenSecretName.
func (pc PageConnector) SecretName() string { return PageTokenSecretName(pc.ChannelID) }

// Connect trades the dialog's user token for the configured Page's token.
// A user who cannot manage that Page gets no Page token, and so stores
// nothing.
func (pc PageConnector) Connect(ctx context.Context, _ string, back channels.Returned) (channels.Connected, error) {
	if strings.TrimSpace(back.Token) == "" {
		return channels.Connected{}, channels.ConnectFailed("Facebook sent no token; start again from the Channels page and approve the app", nil)
	}
	long, _, err := pc.LongLivedUserToken(ctx, back.Token)
	if err != nil {
		return channels.Connected{}, channels.ConnectFailed(exchangeProblem(err), err)
	}
	page, err := pc.PageToken(ctx, long, pc.PageID)
	if err != nil {
		if reachable(err) {
			return channels.Connected{}, channels.ConnectFailed(fmt.Sprintf("the Facebook account you signed in with cannot post as Page %s (it must manage the Page and allow pages_manage_posts); sign in as one of the Page's admins and connect again", pc.PageID), err)
		}
		return channels.Connected{}, channels.ConnectFailed("Facebook could not be reached to finish the sign-in; try again in a few minutes", err)
	}
	if page.ID != pc.PageID {
		return channels.Connected{}, channels.ConnectFailed(fmt.Sprintf("Facebook answered for another Page than %s; start again", pc.PageID), nil)
	}
	// The dialog lets the person untick permissions; a Page token without
	// pages_manage_posts reads the Page and fails at the first post.
	if err := pc.checkScopes(ctx, page.AccessToken); err != nil {
		return channels.Connected{}, err
	}
	return channels.Connected{Secret: []byte(page.AccessToken), Account: post.Account{ID: page.ID, Name: page.Name}}, nil
}

// checkScopes asks /debug_token (with the app token) what the Page token
// may do, and refuses one that may not post.
func (pc PageConnector) checkScopes(ctx context.Context, pageToken string) error {
	ch, err := New(Config{ID: pc.ChannelID, APIBase: pc.APIBase, PageID: pc.PageID, PageAccessToken: pageToken,
		GraphVersion: pc.GraphVersion, AppID: pc.AppID, AppSecret: pc.AppSecret, HTTPClient: pc.HTTPClient, Now: pc.Now})
	if err != nil {
		return err
	}
	info, err := ch.inspectToken(ctx)
	switch {
	case err != nil:
		return channels.ConnectFailed("Facebook could not say what the new Page token may do; try again in a few minutes", err)
	case !info.IsValid:
		return channels.ConnectFailed("Facebook says the new Page token is not valid; start again from the Channels page", nil)
	case !slices.Contains(info.Scopes, "pages_manage_posts"):
		return channels.ConnectFailed("you did not allow practicepost to post as the Page (pages_manage_posts); start again and keep that permission ticked", nil)
	}
	return nil
}

// exchangeProblem says in plain words why the user token was not traded.
func exchangeProblem(err error) string {
	var ce *channels.Error
	switch {
	case !errors.As(err, &ce):
		return "Facebook's answer could not be used; start again from the Channels page"
	case ce.Class == channels.AuthExpired:
		return "Facebook did not accept the sign-in it sent back (the short-lived user token is invalid or expired); start again from the Channels page"
	case ce.Class == channels.Permanent:
		return "Facebook refused the app's credentials; check app_id and app_secret in the channel's config"
	}
	return "Facebook could not be reached to finish the sign-in; try again in a few minutes"
}

// reachable says Facebook answered (as opposed to a network failure or a
// rate limit).
func reachable(err error) bool {
	var ce *channels.Error
	return errors.As(err, &ce) && ce.Class != channels.Retryable && ce.Class != channels.RateLimited && ce.Class != channels.OutcomeUnknown
}

var _ channels.Connector = PageConnector{}
