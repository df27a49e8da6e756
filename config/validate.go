package config

import (
	"fmt"
	"net"
	"net/mail"
	"net/netip"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/robfig/cron/v3"
)

// validator collects problems by key path; Parse gives them lines.
type validator struct {
	errs []keyError
}

func (v *validator) add(key, format string, args ...any) {
	v.errs = append(v.errs, keyError{key, fmt.Sprintf(format, args...)})
}

// validate checks everything that can be checked without the network.
func (c *Config) validate() []keyError {
	v := &validator{}
	c.validatePractice(v)
	c.validateService(v)
	c.validateCompliance(v)
	seen := map[string]int{}
	for i := range c.Channels {
		v.channel(i, &c.Channels[i], seen)
	}
	return v.errs
}

func (c *Config) validatePractice(v *validator) {
	p := &c.Practice
	if strings.TrimSpace(p.Name) == "" {
		v.add("practice.name", "is required (the practice's name as patients know it)")
	}
	switch loc, err := time.LoadLocation(p.Timezone); {
	case p.Timezone == "":
		v.add("practice.timezone", `is required (an IANA time zone such as "America/Chicago")`)
	case err != nil || p.Timezone == "Local":
		v.add("practice.timezone", `%q is not an IANA time zone (such as "America/Chicago")`, p.Timezone)
	default:
		p.loc = loc
	}
	p.State = strings.ToUpper(p.State)
	switch {
	case p.State == "":
		v.add("practice.state", `is required (the two-letter US state code, such as "IL"): state rules change the checklist`)
	case !usStates[p.State]:
		v.add("practice.state", "%q is not a US state, DC or territory code", p.State)
	}
	for i, d := range p.Domains {
		if d == "" || strings.ContainsAny(d, "/: ") {
			v.add(fmt.Sprintf("practice.domains[%d]", i), `%q is not a domain name (write it like "maplestreetfamily.example")`, d)
		}
	}
	seenCommunity := map[string]int{}
	for i, n := range p.CommunityNames {
		key := fmt.Sprintf("practice.community_names[%d]", i)
		norm := strings.ToLower(strings.Join(strings.Fields(n), " "))
		switch j, dup := seenCommunity[norm]; {
		case !strings.ContainsFunc(n, unicode.IsLetter):
			v.add(key, `%q has no letters (write a place or partner, like "Lincoln Elementary")`, n)
		case strings.ContainsFunc(n, unicode.IsControl):
			v.add(key, "%q holds a control character", n)
		case len(n) > 100:
			v.add(key, "is %d bytes; a name is at most 100", len(n))
		case dup:
			v.add(key, "%q is already practice.community_names[%d]", n, j)
		default:
			seenCommunity[norm] = i
		}
	}
	v.url("practice.website", p.Website)
	v.url("practice.booking_url", p.BookingURL)
}

// validateService checks the store, web, scheduler, alert and template
// settings.
func (c *Config) validateService(v *validator) {
	if c.Store.Dir == "" {
		v.add("store.dir", "must not be empty")
	}
	switch c.Store.Backend {
	case BackendBbolt:
		if c.Store.DSN != "" {
			v.add("store.dsn", `is only for backend = "postgres" (the backend is "bbolt", which keeps the database in store.dir)`)
		}
	case BackendPostgres:
		if c.Store.DSN == "" {
			v.add("store.dsn", `must be set with backend = "postgres" (for example "env:PRACTICEPOST_DSN", holding "host=db.example user=practicepost dbname=practicepost")`)
		}
	default:
		v.add("store.backend", `is %q; want "bbolt" or "postgres"`, c.Store.Backend)
	}
	if c.Store.BackupKeep < 1 {
		v.add("store.backup_keep", "is %d; keep at least 1 backup", c.Store.BackupKeep)
	}
	v.cron("store.backup_schedule", c.Store.BackupSchedule)

	w := c.Web
	if host, port, err := net.SplitHostPort(w.Listen); err != nil || !validPort(port, 0) || strings.Contains(host, "/") {
		v.add("web.listen", `%q is not host:port (such as "127.0.0.1:8080")`, w.Listen)
	}
	v.url("web.base_url", w.BaseURL)
	if (w.TLSCert == "") != (w.TLSKey == "") {
		v.add("web", "tls_cert and tls_key go together: set both or neither")
	}
	if w.SessionHours < 1 || w.SessionHours > 720 {
		v.add("web.session_hours", "is %d; want 1 to 720", w.SessionHours)
	}
	if msg := publicBaseProblem(w.PublicBaseURL); msg != "" {
		v.add("web.public_base_url", "%s", msg)
	}
	if w.PublicLinkMinutes < 1 || w.PublicLinkMinutes > 60 {
		v.add("web.public_link_minutes", "is %d; want 1 to 60 (minutes a signed image link works)", w.PublicLinkMinutes)
	}
	for i, p := range w.TrustedProxies {
		if _, err := netip.ParsePrefix(p); err != nil {
			if _, err := netip.ParseAddr(p); err != nil {
				v.add(fmt.Sprintf("web.trusted_proxies[%d]", i), "%q is not an IP address or a CIDR range (such as 10.0.0.0/8)", p)
			}
		}
	}

	s := c.Scheduler
	if s.Grace.Duration < 0 {
		v.add("scheduler.grace", "must not be negative")
	}
	if s.ReconcileSettle.Duration < time.Second || s.ReconcileSettle.Duration > time.Hour {
		v.add("scheduler.reconcile_settle", "is %s; want 1s to 1h", s.ReconcileSettle.Duration)
	}
	if s.CallTimeout.Duration < 5*time.Second || s.CallTimeout.Duration > 10*time.Minute {
		v.add("scheduler.call_timeout", "is %s; want 5s to 10m", s.CallTimeout.Duration)
	}
	if s.ModerationEvery.Duration < time.Second || s.ModerationEvery.Duration > time.Hour {
		v.add("scheduler.moderation_every", "is %s; want 1s to 1h", s.ModerationEvery.Duration)
	}
	if s.MaxAttempts < 1 || s.MaxAttempts > 100 {
		v.add("scheduler.max_attempts", "is %d; want 1 to 100", s.MaxAttempts)
	}
	for i, b := range s.Blackouts {
		if _, _, err := parseBlackout(b); err != nil {
			v.add(fmt.Sprintf("scheduler.blackouts[%d]", i), "%s", err)
		}
	}
	v.cron("scheduler.engagement_schedule", s.EngagementSchedule)
	v.cron("scheduler.token_check_schedule", s.TokenCheckSchedule)

	if c.Alerts.Webhook != "" && !isHTTPURL(c.Alerts.Webhook.Reveal()) {
		// Never echo the value: webhook URLs often carry a token.
		v.add("alerts.webhook", "is not an absolute http(s) URL")
	}
	if w := c.Alerts.ReviewWarnBefore.Duration; w < time.Minute || w > 7*24*time.Hour {
		v.add("alerts.review_warn_before", "is %s; want 1m to 168h", w)
	}
	if r := c.Alerts.ResendAtStart; r < 1 || r > 1000 {
		v.add("alerts.resend_at_start", "is %d; want 1 to 1000", r)
	}
	m := c.Alerts.SMTP
	switch {
	case m.Host == "" && (m.From != "" || len(m.To) > 0 || m.Username != "" || m.Password != ""):
		v.add("alerts.smtp.host", "is required when other smtp settings are set")
	case m.Host != "":
		if !validPort(strconv.Itoa(m.Port), 1) {
			v.add("alerts.smtp.port", "is %d; want 1 to 65535", m.Port)
		}
		if _, err := mail.ParseAddress(m.From); err != nil {
			v.add("alerts.smtp.from", "%q is not an email address", m.From)
		}
		if len(m.To) == 0 {
			v.add("alerts.smtp.to", "needs at least one address")
		}
		for i, to := range m.To {
			if _, err := mail.ParseAddress(to); err != nil {
				v.add(fmt.Sprintf("alerts.smtp.to[%d]", i), "%q is not an email address", to)
			}
		}
	}

	if c.Templates.EvergreenInterval.Duration <= 0 {
		v.add("templates.evergreen_interval", "must be positive")
	}
	if d := c.Templates.EvergreenDaysAhead; d < 0 || d > 90 {
		v.add("templates.evergreen_days_ahead", "%d is out of range (0 turns the evergreen queue off; at most 90)", d)
	}
}

var ruleID = regexp.MustCompile(`^[A-Z]+-[0-9]{2}$`)

func (c *Config) validateCompliance(v *validator) {
	cp := c.Compliance
	for _, g := range []struct {
		key   string
		grade float64
	}{{"compliance.reading_warn_grade", cp.ReadingWarnGrade}, {"compliance.reading_info_grade", cp.ReadingInfoGrade}} {
		if g.grade < 1 || g.grade > 20 {
			v.add(g.key, "is %g; want a school grade from 1 to 20", g.grade)
		}
	}
	if cp.ReadingInfoGrade > cp.ReadingWarnGrade {
		v.add("compliance.reading_info_grade", "is %g, above reading_warn_grade %g", cp.ReadingInfoGrade, cp.ReadingWarnGrade)
	}
	for i, id := range cp.Disabled {
		if !ruleID.MatchString(id) {
			v.add(fmt.Sprintf("compliance.disabled[%d]", i), `%q is not a rule id (such as "PROF-03")`, id)
		}
	}
	for id, sev := range cp.Severity {
		key := "compliance.severity." + id
		if !ruleID.MatchString(id) {
			v.add(key, `%q is not a rule id (such as "PROF-03")`, id)
		}
		if sev != "block" && sev != "warn" && sev != "info" {
			v.add(key, "%q is not a severity; want block, warn or info", sev)
		}
	}
}

const cronHelp = "5 fields: minute hour day month weekday"

// cron checks a 5-field cron expression. Descriptors such as @daily and
// TZ= prefixes are refused: schedules are always in the practice's zone.
func (v *validator) cron(key, expr string) {
	if len(strings.Fields(expr)) != 5 || strings.Contains(expr, "TZ=") {
		v.add(key, "%q is not a cron expression (%s)", expr, cronHelp)
		return
	}
	if _, err := cron.ParseStandard(expr); err != nil {
		v.add(key, "%q is not a cron expression (%s): %s", expr, cronHelp, err)
	}
}

// url checks an optional absolute http(s) URL.
func (v *validator) url(key, s string) {
	if s != "" && !isHTTPURL(s) {
		v.add(key, "%q is not an absolute http(s) URL", s)
	}
}

// publicBaseProblem says what is wrong with [web] public_base_url, or "".
// The networks fetch images from it over the internet, so it must be
// https; plain http is allowed only on a loopback address, where the
// local fakes of the tests fetch from.
func publicBaseProblem(s string) string {
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	switch {
	case err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http"):
		return fmt.Sprintf("%q is not an absolute https URL (such as \"https://posts.maplestreetfamily.example\")", s)
	case u.User != nil || u.RawQuery != "" || u.Fragment != "":
		return fmt.Sprintf("%q carries a user, query or fragment; give the address only", s)
	case !plainPath(u.EscapedPath()):
		return fmt.Sprintf("%q: its path may hold only letters, digits and - . _ ~ between single slashes (the daemon answers the links under it)", s)
	case u.Scheme == "http" && !loopbackHost(u.Hostname()):
		return fmt.Sprintf("%q is plain http: networks fetch images from it over the internet, so it must be https (http only on a loopback address, for tests)", s)
	}
	return ""
}

// plainPath reports whether p ("", "/", "/pp/") is made of plain
// segments: a web route can then be built from it as written.
func plainPath(p string) bool {
	p = strings.TrimSuffix(p, "/")
	if p == "" {
		return true
	}
	for _, seg := range strings.Split(p, "/")[1:] {
		if seg == "" || seg == "." || seg == ".." {
			return false
		}
		for _, r := range seg {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-._~", r)) {
				return false
			}
		}
	}
	return true
}

func loopbackHost(h string) bool {
	if h == "localhost" {
		return true
	}
	a, err := netip.ParseAddr(h)
	return err == nil && a.IsLoopback()
}

func isHTTPURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func validPort(port string, lowest int) bool {
	n, err := strconv.Atoi(port)
	return err == nil && n >= lowest && n <= 65535
}

// usStates holds the USPS codes of the states, DC and the inhabited
// territories.
var usStates = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Fields(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD
		MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY
		DC AS GU MP PR VI`) {
		m[s] = true
	}
	return m
}()
