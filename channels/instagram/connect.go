package instagram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	fb "github.com/huandu/facebook/v2"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// DefaultAuthSite is where Facebook's login dialog lives: the Instagram
// API with Facebook Login signs in through it.
const DefaultAuthSite = "https://www.facebook.com"

// ConnectScopes are the permissions asked for (PLATFORMS.md §9): the Page
// the account is linked to, and the account's posts, comments and
// insights.
var ConnectScopes = []string{"pages_show_list", "pages_read_engagement", "instagram_basic",
	"instagram_content_publish", "instagram_manage_comments", "instagram_manage_insights"}

// GrantSecretName is where the connect flow keeps a channel's grant (the
// Page token and the Instagram account id), encrypted.
func GrantSecretName(channelID string) string { return "instagram/" + channelID + "/grant" }

// grant is what the connect flow stores and the kind's New reads.
type grant struct {
	Token    string `json:"token"`
	IGUserID string `json:"ig_user_id"`
	Username string `json:"username,omitempty"`
}

// Connector connects a channel's Instagram account through Facebook's
// login: the dialog hands the browser a short-lived user token (in the
// URL fragment), which is traded for a long-lived one, then for the
// configured Page's token and the Instagram professional account linked to
// that Page. A Page token got from a long-lived user token does not
// expire. It implements channels.Connector.
type Connector struct {
	ChannelID string
	PageID    string
	// IGUserID, when set in the config, is the only account accepted.
	IGUserID string
	// APIBase and GraphVersion as in Config; AuthSite is the dialog's site
	// (DefaultAuthSite when empty).
	APIBase, GraphVersion, AuthSite string
	AppID, AppSecret                string
	HTTPClient                      *http.Client
}

func (cn Connector) version() string {
	if cn.GraphVersion == "" {
		return DefaultGraphVersion
	}
	return cn.GraphVersion
}

// AuthorizeURL is the login dialog, asking for the token in the fragment.
func (cn Connector) AuthorizeURL(redirectURI, state, _ string) string {
	site := cn.AuthSite
	if site == "" {
		site = DefaultAuthSite
	}
	return strings.TrimRight(site, "/") + "/" + cn.version() + "/dialog/oauth?" + url.Values{
		"client_id": {cn.AppID}, "redirect_uri": {redirectURI}, "state": {state},
		"response_type": {"token"}, "scope": {strings.Join(ConnectScopes, ",")},
	}.Encode()
}

// TokenInFragment is true: the dialog puts the token after "#".
func (cn Connector) TokenInFragment() bool { return true }

// SecretName is GrantSecretName.
func (cn Connector) SecretName() string { return GrantSecretName(cn.ChannelID) }

// Connect trades the dialog's user token for the Page token and the linked
// Instagram account, and checks that the token may publish. Anything wrong
// stores nothing, so a working connection is never replaced by a broken
// one.
func (cn Connector) Connect(ctx context.Context, _ string, back channels.Returned) (channels.Connected, error) {
	if strings.TrimSpace(back.Token) == "" {
		return channels.Connected{}, channels.ConnectFailed("Facebook sent no token; start again from the Channels page and approve the app", nil)
	}
	if cn.AppID == "" || cn.AppSecret == "" || !graphVersionPattern.MatchString(cn.version()) {
		return channels.Connected{}, errors.New("instagram: connect: the Meta app id, app secret and a valid graph_version are required")
	}
	base, err := channels.APIBase(cn.APIBase, DefaultAPIBase)
	if err != nil {
		return channels.Connected{}, fmt.Errorf("instagram: connect: %w", err)
	}
	hc := cn.HTTPClient
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	a := newAPI(base, cn.version(), cn.AppID, cn.AppSecret, hc, slog.New(slog.DiscardHandler))

	// POST keeps the app secret and the token out of the URL.
	res, err := a.do(ctx, "", fb.POST, "/oauth/access_token", fb.Params{"grant_type": "fb_exchange_token",
		"client_id": cn.AppID, "client_secret": cn.AppSecret, "fb_exchange_token": back.Token}, false)
	var long struct {
		AccessToken string `json:"access_token"`
	}
	if err == nil {
		err = res.Decode(&long)
	}
	if err != nil || long.AccessToken == "" {
		return channels.Connected{}, channels.ConnectFailed("Facebook did not accept the sign-in it sent back; start again from the Channels page", err)
	}

	res, err = a.do(ctx, long.AccessToken, fb.GET, "/"+cn.PageID, fb.Params{"fields": "id,name,access_token,instagram_business_account{id,username}"}, false)
	var page struct {
		ID          string `json:"id"`
		AccessToken string `json:"access_token"`
		IG          *struct {
			ID       string `json:"id"`
			Username string `json:"username"`
		} `json:"instagram_business_account"`
	}
	if err == nil {
		err = res.Decode(&page)
	}
	switch {
	case err != nil && channels.ClassOf(err) == channels.Retryable:
		return channels.Connected{}, channels.ConnectFailed("Facebook could not be reached to finish the sign-in; try again in a few minutes", err)
	case err != nil || page.AccessToken == "" || page.ID != cn.PageID:
		return channels.Connected{}, channels.ConnectFailed(fmt.Sprintf("the Facebook account you signed in with cannot manage Page %s; sign in as one of the Page's admins and connect again", cn.PageID), err)
	case page.IG == nil || page.IG.ID == "":
		return channels.Connected{}, channels.ConnectFailed(fmt.Sprintf("Page %s has no Instagram professional account linked to it; link one in the Page's settings (Linked accounts) and connect again", cn.PageID), nil)
	case cn.IGUserID != "" && page.IG.ID != cn.IGUserID:
		return channels.Connected{}, channels.ConnectFailed(fmt.Sprintf("Page %s is linked to Instagram account %s, not to %s as the channel's ig_user_id says; fix the config or the Page's linked account", cn.PageID, page.IG.ID, cn.IGUserID), nil)
	}

	res, err = a.do(ctx, cn.AppID+"|"+cn.AppSecret, fb.GET, "/debug_token", fb.Params{"input_token": page.AccessToken}, false)
	var info struct {
		Data struct {
			IsValid bool     `json:"is_valid"`
			Scopes  []string `json:"scopes"`
		} `json:"data"`
	}
	if err == nil {
		err = res.Decode(&info)
	}
	switch {
	case err != nil:
		return channels.Connected{}, channels.ConnectFailed("Facebook could not say what the new token may do; try again in a few minutes", err)
	case !info.Data.IsValid:
		return channels.Connected{}, channels.ConnectFailed("Facebook says the new token is not valid; start again from the Channels page", nil)
	case !slices.Contains(info.Data.Scopes, "instagram_content_publish"):
		return channels.Connected{}, channels.ConnectFailed("you did not allow practicepost to publish to Instagram (instagram_content_publish); start again and keep that permission ticked", nil)
	}
	b, err := json.Marshal(grant{Token: page.AccessToken, IGUserID: page.IG.ID, Username: page.IG.Username})
	if err != nil {
		return channels.Connected{}, fmt.Errorf("instagram: connect: %w", err)
	}
	return channels.Connected{Secret: b, Account: post.Account{ID: page.IG.ID, Name: page.IG.Username,
		URL: "https://www.instagram.com/" + page.IG.Username}}, nil
}

// parseGrant reads what Connect stored.
func parseGrant(b []byte) (grant, error) {
	var g grant
	if err := json.Unmarshal(b, &g); err != nil || g.Token == "" || !digits.MatchString(g.IGUserID) {
		return g, &channels.Error{Class: channels.AuthExpired, Reason: "the stored Instagram connection is unreadable; reconnect the Instagram account", Err: err}
	}
	return g, nil
}

var _ channels.Connector = Connector{}
