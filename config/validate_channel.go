package config

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"
)

var (
	channelID    = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,31}$`)
	digits       = regexp.MustCompile(`^[0-9]+$`)
	graphVersion = regexp.MustCompile(`^v[0-9]+\.[0-9]+$`)
	xHandle      = regexp.MustCompile(`^@?[A-Za-z0-9_]{1,15}$`)
	// LinkedIn versions are YYYYMM, from 2020 on.
	linkedInVersion = regexp.MustCompile(`^20[2-9][0-9](0[1-9]|1[0-2])$`)
)

var kinds = []string{KindX, KindFacebook, KindLinkedIn, KindPreview, KindManual}

// channel checks one [[channels]] block; seen maps ids to their index for
// the uniqueness check.
func (v *validator) channel(i int, ch *Channel, seen map[string]int) {
	key := fmt.Sprintf("channels[%d]", i)
	switch j, dup := seen[ch.ID]; {
	case ch.ID == "":
		v.add(key+".id", "is required")
	case !channelID.MatchString(ch.ID):
		v.add(key+".id", "%q is not a channel id (lowercase letters, digits and '-', at most 32)", ch.ID)
	case dup:
		v.add(key+".id", "%q is already the id of channels[%d]", ch.ID, j)
	default:
		seen[ch.ID] = i
	}
	if ch.APIBase != "" && !isHTTPURL(ch.APIBase) {
		v.add(key+".api_base", "%q is not an absolute http(s) URL", ch.APIBase)
	}
	if ch.AuthBase != "" && !isHTTPURL(ch.AuthBase) {
		v.add(key+".auth_base", "%q is not an absolute http(s) URL", ch.AuthBase)
	}
	if ch.Handle != "" && !xHandle.MatchString(ch.Handle) {
		v.add(key+".handle", "%q is not an X handle (up to 15 letters, digits or '_', with or without @)", ch.Handle)
	}
	for j, s := range ch.Slots {
		v.cron(fmt.Sprintf("%s.slots[%d]", key, j), s)
	}
	if !slices.Contains(kinds, ch.Kind) {
		if ch.Kind == "" {
			v.add(key+".kind", "is required (%s)", strings.Join(kinds, ", "))
		} else {
			v.add(key+".kind", "%q is not a channel kind (%s)", ch.Kind, strings.Join(kinds, ", "))
		}
		return
	}

	set := ch.kindSettings()
	for _, field := range slices.Sorted(maps.Keys(kindFields)) {
		if owners := kindFields[field]; set[field] && !slices.Contains(owners, ch.Kind) {
			article := "a"
			if owners[0] == KindX {
				article = "an"
			}
			v.add(key+"."+field, "%s is %s %s setting; channel %q is kind %s",
				field, article, strings.Join(owners, " and "), ch.ID, ch.Kind)
		}
	}
	need := func(field string) {
		if !set[field] {
			v.add(key+"."+field, "is required for a %s channel", ch.Kind)
		}
	}

	switch ch.Kind {
	case KindX:
		v.xCredentials(key, set)
	case KindFacebook:
		need("page_id")
		need("graph_version")
		// Without a token in the file, the Page is connected from the web
		// UI, which needs the app (app_id and app_secret).
		if !set["page_access_token"] && !set["app_id"] {
			v.add(key+".page_access_token", "is required for a facebook channel, unless app_id and app_secret are set so an admin can connect the Page from the web UI")
		}
		if ch.PageID != "" && !digits.MatchString(ch.PageID) {
			v.add(key+".page_id", "%q is not a Facebook Page id (digits only)", ch.PageID)
		}
		if ch.GraphVersion != "" && !graphVersion.MatchString(ch.GraphVersion) {
			v.add(key+".graph_version", `%q is not a Graph API version (such as "v24.0")`, ch.GraphVersion)
		}
		if ch.AppID != "" && !digits.MatchString(ch.AppID) {
			v.add(key+".app_id", "%q is not a Meta app id (digits only)", ch.AppID)
		}
		// Connecting the Page from the web UI needs the app's id and secret.
		if set["app_id"] && !set["app_secret"] {
			v.add(key+".app_secret", "is required with app_id, to connect the Page from the web UI")
		}
	case KindLinkedIn:
		need("organization_id")
		need("api_version")
		if !set["access_token"] && !set["client_id"] {
			v.add(key+".access_token", "is required for a linkedin channel, unless client_id and client_secret are set so an admin can connect the page from the web UI")
		}
		if ch.OrganizationID != "" && !digits.MatchString(ch.OrganizationID) {
			v.add(key+".organization_id", "%q is not a LinkedIn organization id (digits only)", ch.OrganizationID)
		}
		if ch.APIVersion != "" && !linkedInVersion.MatchString(ch.APIVersion) {
			v.add(key+".api_version", `%q is not a LinkedIn API version (YYYYMM, such as "202611")`, ch.APIVersion)
		}
		if _, err := time.Parse(time.DateOnly, ch.TokenExpires); ch.TokenExpires != "" && err != nil {
			v.add(key+".token_expires", "%q is not a date (YYYY-MM-DD)", ch.TokenExpires)
		}
		// The app that connects the page from the web UI: both or neither.
		if set["client_id"] != set["client_secret"] {
			v.add(key, "linkedin needs both client_id and client_secret to connect the page from the web UI, or neither")
		}
	case KindManual:
		need("network")
		if ch.URL != "" && !isHTTPURL(ch.URL) {
			v.add(key+".url", "%q is not an absolute http(s) URL", ch.URL)
		}
	}
}

// xCredentials accepts exactly one of the two ways X authenticates a user.
func (v *validator) xCredentials(key string, set map[string]bool) {
	oauth1 := []string{"consumer_key", "consumer_secret", "access_token", "access_token_secret"}
	// OAuth 2.0 needs the client id; the refresh token comes from the file
	// or from connecting the account in the web UI.
	oauth2 := []string{"client_id"}
	missing := func(fields []string) (out []string) {
		for _, f := range fields {
			if !set[f] {
				out = append(out, f)
			}
		}
		return out
	}
	m1, m2 := missing(oauth1), missing(oauth2)
	switch {
	case len(m1) == 0 && len(m2) == 0:
		v.add(key, "x channel has both OAuth 1.0a keys and client_id/refresh_token; keep one")
	case len(m1) > 0 && len(m2) > 0:
		// Name what is missing from the set the admin seems to have started.
		started := m1
		if len(m2) < len(oauth2) && len(m1) == len(oauth1) {
			started = m2
		}
		v.add(key, "x needs consumer_key, consumer_secret, access_token and access_token_secret (OAuth 1.0a) "+
			"or client_id (OAuth 2.0, with refresh_token or connected from the web UI); missing %s", strings.Join(started, ", "))
	}
}
