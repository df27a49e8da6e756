// Package google publishes to a Google Business Profile location through
// the Business Profile APIs (v4 localPosts and reviews, v1 business
// information), with net/http and golang.org/x/oauth2: Google keeps no
// maintained Go client for v4 (PLATFORMS.md section 9).
//
// What makes Google different from the other networks:
//   - a created post may come back PROCESSING (Google moderates it) and
//     later LIVE or REJECTED: Publish then returns a receipt with Moderation
//     set to post.InModeration, and Moderation says where it stands (channels.Moderated);
//   - there is no idempotency key and Google refuses no duplicate, so
//     Publish looks at the location's recent posts first and answers
//     Duplicate for a summary already posted in the last day;
//   - photos are fetched by Google from a public address: the adapter needs
//     Config.PublicMedia to sign one, and refuses image posts without it;
//   - links go in the post's button (LEARN_MORE), not in the text, and a
//     summary with a phone number is refused by Google (use CALL);
//   - reviews belong to the location: Reviews reads them
//     (channels.Reviewer) and a reply to one is Publish with ReplyTo set
//     to the review's name, sent as PUT …/reviews/{id}/reply.
//
// Errors are Google's JSON ({"error":{"code","message","status"}}); the
// access token lasts an hour and is refreshed from the stored refresh
// token.
package google

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// Google's API hosts and OAuth endpoints.
const (
	DefaultAPIBase         = "https://mybusiness.googleapis.com"
	DefaultInfoAPIBase     = "https://mybusinessbusinessinformation.googleapis.com"
	DefaultAccountsAPIBase = "https://mybusinessaccountmanagement.googleapis.com"
	DefaultTokenURL        = "https://oauth2.googleapis.com/token"
	DefaultAuthURL         = "https://accounts.google.com/o/oauth2/v2/auth"
	// Scope is the one OAuth scope the Business Profile APIs take.
	Scope = "https://www.googleapis.com/auth/business.manage"
)

// MaxSummaryChars is the longest post summary Google accepts, counted in
// characters (Unicode code points).
const MaxSummaryChars = 1500

// MaxImages is how many photos practicepost sends with one local post.
const MaxImages = 1

// ImageLimits is what the adapter enforces of Google's photo rules before
// sending: none by size (Google's sizes are recommendations, and Google
// itself fetches and judges the photo), but the image must be readable.
var ImageLimits = channels.ImageLimits{}

// Call-to-action buttons a post can carry (CALL has no URL); the whole
// list is post.Buttons.
const (
	ButtonLearnMore = post.ButtonLearnMore
	ButtonCall      = post.ButtonCall
)

// Config is one Google Business Profile location channel.
type Config struct {
	// ID is the practicepost channel id, used in logs.
	ID string
	// APIBase is the v4 API (localPosts, reviews); DefaultAPIBase when
	// empty. InfoAPIBase (locations) and AccountsAPIBase (accounts, for
	// the location picker) default to Google's hosts.
	APIBase, InfoAPIBase, AccountsAPIBase string
	// TokenURL is Google's token endpoint; DefaultTokenURL when empty.
	TokenURL string
	// AccountID and LocationID name the location: accounts/{a}/locations/{l}.
	AccountID, LocationID string
	// ClientID and ClientSecret are the Google Cloud project's OAuth client.
	ClientID, ClientSecret string
	// RefreshToken is the stored offline token from Connect.
	RefreshToken string
	// LanguageCode is the posts' language (BCP 47); "en-US" when empty.
	LanguageCode string
	// Button is the call-to-action of posts without a link: "" for none
	// or ButtonCall (the location's phone number). A post with a link
	// always carries LEARN_MORE with it.
	Button string
	// PublicMedia makes the public, short-lived address Google fetches a
	// post's photo from (media[].sourceUrl). Nil: image posts are
	// refused, as Google cannot fetch an image from a practice's private
	// network.
	PublicMedia channels.PublicMedia
	// HTTPClient is used for every call, token refreshes included; a
	// 30 s client when nil.
	HTTPClient *http.Client
	// Logger receives debug and warning lines (ids and codes only); a
	// discard logger when nil.
	Logger *slog.Logger
	// Now is the clock; time.Now when nil.
	Now func() time.Time
}

var numericID = regexp.MustCompile(`^\d+$`)

func (cfg Config) withDefaults() (Config, error) {
	var errs []error
	if cfg.ID == "" {
		errs = append(errs, errors.New("channel id is empty"))
	}
	if !numericID.MatchString(cfg.AccountID) {
		errs = append(errs, errors.New("account_id must be the Business Profile account's numeric id"))
	}
	if !numericID.MatchString(cfg.LocationID) {
		errs = append(errs, errors.New("location_id must be the location's numeric id"))
	}
	if cfg.ClientID == "" || cfg.ClientSecret == "" {
		errs = append(errs, errors.New("client_id and client_secret of the Google Cloud project are required"))
	}
	if cfg.RefreshToken == "" {
		errs = append(errs, errors.New("no refresh token; connect Google first"))
	}
	switch cfg.Button {
	case "", ButtonCall:
	default:
		errs = append(errs, fmt.Errorf("button %q: use \"\" or %q (a post with a link gets %s)", cfg.Button, ButtonCall, ButtonLearnMore))
	}
	for _, b := range []struct {
		v   *string
		def string
	}{{&cfg.APIBase, DefaultAPIBase}, {&cfg.InfoAPIBase, DefaultInfoAPIBase}, {&cfg.AccountsAPIBase, DefaultAccountsAPIBase}, {&cfg.TokenURL, DefaultTokenURL}} {
		base, err := channels.APIBase(*b.v, b.def)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		*b.v = base
	}
	if cfg.LanguageCode == "" {
		cfg.LanguageCode = "en-US"
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if err := errors.Join(errs...); err != nil {
		return cfg, fmt.Errorf("google: config: %w", err)
	}
	return cfg, nil
}
