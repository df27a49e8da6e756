// Package config reads practicepost's TOML configuration file.
//
// Load decodes the file strictly (an unknown key is an error, not a silent
// typo), fills in defaults, resolves secrets written as env:NAME or
// file:PATH, and validates everything it can check without the network.
// Every problem is reported with the file name and line, all of them at
// once, so a practice's admin can fix the file in one pass.
package config

import (
	"os"
	"path/filepath"
	"time"
	_ "time/tzdata" // so time.LoadLocation works on machines without zoneinfo
)

// Config is the whole configuration file.
type Config struct {
	Practice   Practice   `toml:"practice"`
	Store      Store      `toml:"store"`
	Web        Web        `toml:"web"`
	Scheduler  Scheduler  `toml:"scheduler"`
	Alerts     Alerts     `toml:"alerts"`
	Compliance Compliance `toml:"compliance"`
	Templates  Templates  `toml:"templates"`
	Channels   []Channel  `toml:"-"` // decoded through document, by kind

	Path string `toml:"-"` // the file it was loaded from

	// Filled by Load and Parse for Warnings; go-toml ignores unexported fields.
	lines          map[string]int   // key path -> line, see keyLines
	literalSecrets []string         // key paths of secrets written in the file
	fileMode       os.FileMode      // permission bits of Path; 0 when not loaded from a file
	now            func() time.Time // clock for the token expiry warning
	baseDir        string           // the config file's folder, for the channels' relative paths
}

// Practice describes the medical practice whose accounts are run. The
// checklist uses the phones, addresses, domains, names and handles as an
// allowlist: they are the practice's own, not a patient's.
type Practice struct {
	Name       string   `toml:"name"`
	Timezone   string   `toml:"timezone"` // IANA name, required
	State      string   `toml:"state"`    // two-letter US state code
	Phones     []string `toml:"phones"`
	Addresses  []string `toml:"addresses"`
	Domains    []string `toml:"domains"`
	StaffNames []string `toml:"staff_names"`
	Handles    []string `toml:"handles"`
	// CommunityNames are the practice's town, neighbourhoods, schools and
	// partners: the checklist never takes their words for a person's name.
	CommunityNames []string `toml:"community_names"`
	Website        string   `toml:"website"`
	BookingURL     string   `toml:"booking_url"`
	Hours          string   `toml:"hours"`

	loc *time.Location // loaded once during validation
}

// Location returns the practice's time zone. Slots, blackouts and reports
// are all in this zone. It falls back to loading Timezone (and then to UTC)
// for a Practice that did not come through Load or Parse.
func (p Practice) Location() *time.Location {
	if p.loc != nil {
		return p.loc
	}
	if loc, err := time.LoadLocation(p.Timezone); err == nil && p.Timezone != "" {
		return loc
	}
	return time.UTC
}

// Store says where the database and its backups live.
type Store struct {
	// Backend is "bbolt" (the default: one file in Dir, one daemon) or
	// "postgres" (a database several replicas share, reached through DSN;
	// Dir still holds the secrets key, which every replica needs).
	Backend string `toml:"backend"`
	// DSN is the PostgreSQL connection string (libpq key=value or a
	// postgres:// URL), usually "env:PRACTICEPOST_DSN"; only with
	// backend = "postgres".
	DSN            Secret `toml:"dsn"`
	Dir            string `toml:"dir"`             // data folder, relative to the config file; default "data"
	BackupDir      string `toml:"backup_dir"`      // nightly backups; default Dir/backups
	BackupKeep     int    `toml:"backup_keep"`     // backups kept; default 14
	BackupSchedule string `toml:"backup_schedule"` // cron; default "30 2 * * *"
}

// Store backends.
const (
	BackendBbolt    = "bbolt"
	BackendPostgres = "postgres"
)

// DBPath is the bbolt database file inside Dir.
func (s Store) DBPath() string { return filepath.Join(s.Dir, "practicepost.db") }

// Web configures the staff web interface.
type Web struct {
	Listen       string `toml:"listen"`        // host:port; default "127.0.0.1:8080"
	BaseURL      string `toml:"base_url"`      // public URL for OAuth callbacks; default http://<listen>
	TLSCert      string `toml:"tls_cert"`      // both or neither of TLSCert and TLSKey
	TLSKey       string `toml:"tls_key"`       //
	SessionHours int    `toml:"session_hours"` // default 12
	// TrustedProxies are the reverse proxies (CIDR ranges or addresses)
	// whose X-Forwarded-For names the client, for the sign-in limiter.
	TrustedProxies []string `toml:"trusted_proxies"`
	// MetricsToken, when set, is the bearer token /metrics asks for.
	MetricsToken Secret `toml:"metrics_token"`
	// PublicBaseURL is an address the internet reaches this server at
	// (https, or http on a loopback address for tests), for networks that
	// fetch a post's images themselves (Google Business Profile,
	// Instagram): they get short-lived signed links under
	// <PublicBaseURL>/media/signed/. Empty: posts with images cannot be
	// scheduled on such networks.
	PublicBaseURL string `toml:"public_base_url"`
	// PublicLinkMinutes is how long a signed image link works; default 15.
	PublicLinkMinutes int `toml:"public_link_minutes"`
}

// Scheduler tunes publishing.
type Scheduler struct {
	Grace              Duration `toml:"grace"`                // how late a slot may still publish; default 30m
	MaxAttempts        int      `toml:"max_attempts"`         // default 5
	Blackouts          []string `toml:"blackouts"`            // "2026-12-25" or "2026-12-24..2026-12-26"
	EngagementSchedule string   `toml:"engagement_schedule"`  // cron; default "17 * * * *"
	TokenCheckSchedule string   `toml:"token_check_schedule"` // cron; default "0 8 * * *"
	// ReconcileSettle is how long after an interrupted attempt started the
	// account's post list is trusted to show it; default 2m.
	ReconcileSettle Duration `toml:"reconcile_settle"`
	// CallTimeout bounds one call to a network; default 1m. With replicas
	// on one database, an attempt another replica left publishing is
	// decided only once this and then reconcile_settle have passed.
	CallTimeout Duration `toml:"call_timeout"`
	// ModerationEvery is how often a post a network is still reviewing
	// (Google's PROCESSING) is asked about again; default 5m.
	ModerationEvery Duration `toml:"moderation_every"`
}

// Alerts says where failures that need a person are sent.
type Alerts struct {
	Webhook Secret `toml:"webhook"` // URL that gets a JSON POST per alert
	SMTP    SMTP   `toml:"smtp"`
	// ReviewWarnBefore is how long before its time a post still waiting
	// for a doctor raises a review_overdue alert; default 4h.
	ReviewWarnBefore Duration `toml:"review_warn_before"`
	// ResendAtStart is how many alerts left unsent by an earlier run
	// (mail or the webhook down, the daemon killed) are sent one by one at
	// start, the newest; the older ones are summed up in one alert, so a
	// long outage does not end in thousands of e-mails. Default 20.
	ResendAtStart int `toml:"resend_at_start"`
}

// SMTP is the mail server for alert emails; an empty Host turns mail off.
type SMTP struct {
	Host     string   `toml:"host"`
	Port     int      `toml:"port"` // default 587
	Username string   `toml:"username"`
	Password Secret   `toml:"password"`
	From     string   `toml:"from"`
	To       []string `toml:"to"`
}

// Compliance adjusts the checklist for this practice.
type Compliance struct {
	ReadingWarnGrade float64           `toml:"reading_warn_grade"` // default 8
	ReadingInfoGrade float64           `toml:"reading_info_grade"` // default 6
	Disabled         []string          `toml:"disabled"`           // rule ids switched off, e.g. "PROF-03"
	Severity         map[string]string `toml:"severity"`           // rule id -> block|warn|info
	ExtraRules       string            `toml:"extra_rules"`        // path to the practice's own phrase file
}

// Templates configures post templates.
type Templates struct {
	Dir               string   `toml:"dir"`                // the practice's own template folder
	Disabled          []string `toml:"disabled"`           // shipped template names switched off
	EvergreenInterval Duration `toml:"evergreen_interval"` // default 2160h (90 days)
	// EvergreenDaysAhead is how far ahead the daily evergreen job fills
	// free slots with copies of evergreen posts; 0 turns it off. Default 7.
	EvergreenDaysAhead int `toml:"evergreen_days_ahead"`
}

// Default returns a Config holding only the defaults. It does not validate:
// Practice.Name, Timezone and State have no default.
func Default() *Config {
	return &Config{
		Store: Store{
			Backend:        BackendBbolt,
			Dir:            "data",
			BackupKeep:     14,
			BackupSchedule: "30 2 * * *",
		},
		Web: Web{
			Listen:            "127.0.0.1:8080",
			SessionHours:      12,
			PublicLinkMinutes: 15,
		},
		Scheduler: Scheduler{
			Grace:              Duration{30 * time.Minute},
			MaxAttempts:        5,
			EngagementSchedule: "17 * * * *",
			TokenCheckSchedule: "0 8 * * *",
			ReconcileSettle:    Duration{2 * time.Minute},
			CallTimeout:        Duration{time.Minute},
			ModerationEvery:    Duration{5 * time.Minute},
		},
		Alerts:     Alerts{SMTP: SMTP{Port: 587}, ReviewWarnBefore: Duration{4 * time.Hour}, ResendAtStart: 20},
		Compliance: Compliance{ReadingWarnGrade: 8, ReadingInfoGrade: 6},
		Templates:  Templates{EvergreenInterval: Duration{90 * 24 * time.Hour}, EvergreenDaysAhead: 7},
		now:        time.Now,
	}
}

// Channel returns the channel with the given id.
func (c *Config) Channel(id string) (*Channel, bool) {
	for i := range c.Channels {
		if c.Channels[i].ID == id {
			return &c.Channels[i], true
		}
	}
	return nil, false
}
