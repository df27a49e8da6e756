// Package linkedin publishes to a LinkedIn organization (company) Page
// through the versioned REST Posts API, with a small net/http client: there
// is no maintained Go SDK.
//
// Every call carries LinkedIn-Version (a YYYYMM version that LinkedIn
// retires after about a year, answering 426 NONEXISTENT_VERSION to every
// call from then on), X-Restli-Protocol-Version 2.0.0 and the member's
// Bearer token. Post text is "little text": every reserved character is
// escaped, because LinkedIn silently cuts a post at the first unescaped one
// while still answering 201. URNs in paths and queries are URL-encoded.
package linkedin

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"time"

	"github.com/practicepost/practicepost/channels"
)

// DefaultAPIBase is LinkedIn's REST API host.
const DefaultAPIBase = "https://api.linkedin.com"

// MaxCommentaryChars is the longest post text LinkedIn accepts.
const MaxCommentaryChars = 3000

// ImageLimits is LinkedIn's pixel rule: an image must have fewer than
// 36,152,320 pixels (LinkedIn's Images API, as restated by posting
// services' media guidelines).
var ImageLimits = channels.ImageLimits{MaxPixels: 36152320 - 1}

// MaxImages is the most images one multi-image post may carry.
const MaxImages = 20

// versionWarnAge is how old (in months) an API version may get before
// VersionWarning speaks up: LinkedIn supports each for at least 12 months.
const versionWarnAge = 10

// Config is one LinkedIn organization channel.
type Config struct {
	// ID is the practicepost channel id, used in logs.
	ID string
	// APIBase is the REST API base URL; DefaultAPIBase when empty.
	APIBase string
	// OrganizationID is the numeric id of the company Page.
	OrganizationID string
	// AccessToken is a Page administrator's member token with
	// w_organization_social (and r_organization_social,
	// rw_organization_admin for reading).
	AccessToken string
	// APIVersion is the LinkedIn-Version to send, YYYYMM (required: LinkedIn
	// has no default version).
	APIVersion string
	// TokenExpires is when AccessToken stops working (60 days after it was
	// issued); zero when unknown.
	TokenExpires time.Time
	// HTTPClient is used for every call; a 30 s client when nil.
	HTTPClient *http.Client
	// Logger receives debug and warning lines (ids and codes only); a
	// discard logger when nil.
	Logger *slog.Logger
	// Now is the clock; time.Now when nil.
	Now func() time.Time
}

var versionPattern = regexp.MustCompile(`^(\d{4})(\d{2})(\.\d{2})?$`)
var numericID = regexp.MustCompile(`^\d+$`)

func (cfg Config) withDefaults() (Config, error) {
	var errs []error
	if cfg.ID == "" {
		errs = append(errs, errors.New("channel id is empty"))
	}
	if !numericID.MatchString(cfg.OrganizationID) {
		errs = append(errs, errors.New("organization_id must be the company Page's numeric id"))
	}
	if cfg.AccessToken == "" {
		errs = append(errs, errors.New("access token is empty; connect LinkedIn first"))
	}
	if _, err := parseVersion(cfg.APIVersion); err != nil {
		errs = append(errs, err)
	}
	if base, err := channels.APIBase(cfg.APIBase, DefaultAPIBase); err != nil {
		errs = append(errs, err)
	} else {
		cfg.APIBase = base
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
		return cfg, fmt.Errorf("linkedin: config: %w", err)
	}
	return cfg, nil
}

// parseVersion reads a YYYYMM (or YYYYMM.RR) version as its month.
func parseVersion(v string) (time.Time, error) {
	m := versionPattern.FindStringSubmatch(v)
	if m == nil {
		return time.Time{}, fmt.Errorf("api_version %q is not of the form YYYYMM (for example 202609)", v)
	}
	t, err := time.Parse("200601", m[1]+m[2])
	if err != nil {
		return time.Time{}, fmt.Errorf("api_version %q is not a valid month", v)
	}
	return t, nil
}

// VersionWarning says, in words for the settings page, when the configured
// API version is 10 months old or more and LinkedIn will soon retire it;
// "" when it is current.
func (c *Channel) VersionWarning() string {
	return versionWarning(c.cfg.APIVersion, c.cfg.Now())
}

func versionWarning(version string, now time.Time) string {
	month, err := parseVersion(version)
	if err != nil {
		return err.Error()
	}
	now = now.UTC()
	age := (now.Year()-month.Year())*12 + int(now.Month()) - int(month.Month())
	if age < versionWarnAge {
		return ""
	}
	return fmt.Sprintf("LinkedIn API version %s is %d months old; LinkedIn retires versions after about 12 months, then every call fails. Set api_version to a current YYYYMM (for example %s).",
		version, age, now.AddDate(0, -1, 0).Format("200601"))
}
