package config

import (
	"errors"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels/facebook"
	"github.com/practicepost/practicepost/channels/linkedin"
	"github.com/practicepost/practicepost/channels/preview"
	"github.com/practicepost/practicepost/channels/x"
)

// setTestEnv provides the environment variables the testdata files name.
func setTestEnv(t *testing.T) {
	t.Helper()
	for _, k := range []string{"PP_TEST_X_CONSUMER_KEY", "PP_TEST_X_CONSUMER_SECRET", "PP_TEST_X_ACCESS_TOKEN",
		"PP_TEST_X_REFRESH", "PP_TEST_LINKEDIN_TOKEN", "PP_TEST_SMTP_PASSWORD"} {
		t.Setenv(k, "value-of-"+k)
	}
	t.Setenv("PP_TEST_WEBHOOK", "https://hooks.example/T0/secret-path")
	t.Setenv("PP_TEST_DSN", "host=db.example user=practicepost dbname=practicepost")
}

// problems flattens the error Load returns into its *Errors.
func problems(t *testing.T, err error) []*Error {
	t.Helper()
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else {
		errs = []error{err}
	}
	out := make([]*Error, 0, len(errs))
	for _, e := range errs {
		var ce *Error
		if !errors.As(e, &ce) {
			t.Fatalf("problem %v is a %T, want *config.Error", e, e)
		}
		out = append(out, ce)
	}
	return out
}

func TestExampleLoadsWithoutWarnings(t *testing.T) {
	data, err := os.ReadFile("../config.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Parse(data, "config.example.toml", t.TempDir())
	if err != nil {
		t.Fatalf("example does not load:\n%v", err)
	}
	// Its only warnings are that its practice details are the example's.
	for _, w := range c.Warnings() {
		if !strings.Contains(w, "still the example's") {
			t.Errorf("example has a warning: %q", w)
		}
	}
	if len(c.Channels) != 1 {
		t.Fatalf("example has %d active channels, want exactly 1", len(c.Channels))
	}
	ch := c.Channels[0]
	if ch.ID != "preview" || ch.Kind != "preview" {
		t.Errorf("active channel = %s/%s, want preview/preview", ch.ID, ch.Kind)
	}
	if got := strings.Join(ch.Slots, "|"); got != "0 9 * * 1-5|30 12 * * 1-5" {
		t.Errorf("slots = %q", got)
	}
	if c.Practice.Location().String() != "America/Chicago" {
		t.Errorf("location = %v", c.Practice.Location())
	}
}

func TestGoodFilesLoad(t *testing.T) {
	setTestEnv(t)
	files, err := filepath.Glob("testdata/good-*.toml")
	if err != nil || len(files) < 3 {
		t.Fatalf("good files: %v %v", files, err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			c, err := Load(f)
			if err != nil {
				t.Fatalf("Load:\n%v", err)
			}
			if c.Path != f {
				t.Errorf("Path = %q, want %q", c.Path, f)
			}
		})
	}
}

func TestAllKindsResolved(t *testing.T) {
	setTestEnv(t)
	c, err := Load("testdata/good-all-kinds.toml")
	if err != nil {
		t.Fatal(err)
	}
	get := func(id string) *Channel {
		ch, ok := c.Channel(id)
		if !ok {
			t.Fatalf("no channel %q", id)
		}
		return ch
	}
	tests := []struct {
		name, got, want string
	}{
		{"env secret", get("x-main").Options.(*x.Options).AccessToken.Reveal(), "value-of-PP_TEST_X_ACCESS_TOKEN"},
		{"file secret, CRLF trimmed", get("x-main").Options.(*x.Options).AccessTokenSecret.Reveal(), "x-secret-from-file"},
		{"file secret, LF trimmed", get("facebook").Options.(*facebook.Options).PageAccessToken.Reveal(), "fb-page-token-value"},
		{"webhook", c.Alerts.Webhook.Reveal(), "https://hooks.example/T0/secret-path"},
		{"name defaults to id", get("preview").Name, "preview"},
		{"name kept", get("doximity").Name, "Doximity"},
		{"preview dir default", get("preview").Options.(*preview.Options).Folder(c.Setup(get("preview"))), "/var/lib/practicepost/preview"},
		{"backup dir default", c.Store.BackupDir, "/var/lib/practicepost/backups"},
		{"db path", c.Store.DBPath(), "/var/lib/practicepost/practicepost.db"},
		{"tls cert relative to file", c.Web.TLSCert, filepath.Join("testdata", "tls", "cert.pem")},
		{"base url from listen", c.Web.BaseURL, "https://localhost:8443"},
		{"grace", c.Scheduler.Grace.String(), "1h0m0s"},
		{"token expiry", get("linkedin").Options.(*linkedin.Options).TokenExpiry().Format(time.RFC3339), "2027-01-20T00:00:00Z"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	if c.Scheduler.MaxAttempts != 5 || c.Alerts.SMTP.Port != 587 || c.Store.BackupKeep != 14 {
		t.Errorf("defaults lost: %+v %+v %+v", c.Scheduler, c.Alerts.SMTP, c.Store)
	}
	if _, ok := c.Channel("nope"); ok {
		t.Error("Channel(nope) found something")
	}
}

func TestBadFiles(t *testing.T) {
	setTestEnv(t)
	const cronMsg = `"0 9 * *" is not a cron expression (5 fields: minute hour day month weekday)`
	type want struct {
		line int
		text string // "key: message", or a prefix of it
	}
	tests := []struct {
		file string
		want []want
	}{
		{"bad-unknown-key.toml", []want{{5, `practice.phone: unknown key "phone"`}}},
		{"bad-unknown-key-channel.toml", []want{{13, `channels[1].slot: unknown key "slot"`}}},
		{"bad-wrong-type.toml", []want{{7, "web.session_hours: wrong type: found a TOML string, want a whole number"}}},
		{"bad-timezone.toml", []want{{3, `practice.timezone: "America/Chicagoo" is not an IANA time zone`}}},
		{"bad-cron.toml", []want{
			{15, "channels[1].slots[0]: " + cronMsg},
			{16, `channels[1].slots[1]: "61 9 * * *" is not a cron expression`},
		}},
		{"bad-duplicate-id.toml", []want{{11, `channels[1].id: "preview" is already the id of channels[0]`}}},
		{"bad-missing-credential.toml", []want{
			{6, "channels[0]: x needs consumer_key, consumer_secret, access_token and access_token_secret (OAuth 1.0a) or client_id (OAuth 2.0, with refresh_token or connected from the web UI); missing access_token_secret"},
			{13, "channels[1].page_access_token: is required for a facebook channel"},
		}},
		{"bad-other-kind.toml", []want{{11, `channels[0].page_id: page_id is a facebook and instagram setting; channel "x-main" is kind x`}}},
		{"bad-missing-env.toml", []want{{10, "channels[0].access_token: environment variable PP_TEST_NEVER_SET is not set"}}},
		{"bad-missing-file.toml", []want{{7, "alerts.webhook: secret file " + filepath.Join("testdata", "secrets", "no-such-file") + " does not exist"}}},
		{"bad-blackout.toml", []want{
			{9, `scheduler.blackouts[1]: "2026-12-26..2026-12-24" ends before it starts`},
			{10, `scheduler.blackouts[2]: "2026-02-30" is not a date`},
		}},
		{"bad-proxies.toml", []want{
			{7, `web.trusted_proxies[1]: "10.0.0.0/33" is not an IP address or a CIDR range`},
			{7, `web.trusted_proxies[2]: "proxy.example" is not an IP address or a CIDR range`},
		}},
		{"bad-state.toml", []want{{4, `practice.state: "XX" is not a US state, DC or territory code`}}},
		{"bad-store-backend.toml", []want{{7, `store.backend: is "mysql"; want "bbolt" or "postgres"`}}},
		{"bad-store-dsn.toml", []want{{7, `store.dsn: is only for backend = "postgres"`}}},
		{"bad-resend-at-start.toml", []want{{7, "alerts.resend_at_start: is 0; want 1 to 1000"}}},
		{"bad-community.toml", []want{
			{5, `practice.community_names[1]: "  " has no letters`},
			{5, `practice.community_names[2]: "springfield" is already practice.community_names[0]`},
		}},
		{"bad-syntax.toml", []want{{3, "basic strings cannot have new lines"}}},
		{"bad-several.toml", []want{
			{2, "practice.name: is required"},
			{7, `web.listen: "8080" is not host:port`},
			{11, "compliance.reading_info_grade: is 9, above reading_warn_grade 6"},
			{12, `compliance.severity.PROF-04: "loud" is not a severity`},
			{15, `channels[0].id: "Main X" is not a channel id`},
			{16, `channels[0].kind: "twitter" is not a channel kind`},
		}},
	}
	files, _ := filepath.Glob("testdata/bad-*.toml")
	if len(files) != len(tests) {
		t.Errorf("%d bad files in testdata, %d in the table", len(files), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			c, err := Load(path)
			if err == nil {
				t.Fatalf("Load succeeded: %+v", c)
			}
			got := problems(t, err)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d problems, want %d:\n%v", len(got), len(tt.want), err)
			}
			for i, w := range tt.want {
				line := strings.Split(err.Error(), "\n")[i]
				prefix := path + ":" + strconv.Itoa(w.line) + ": " + w.text
				if got[i].Line != w.line || !strings.HasPrefix(line, prefix) {
					t.Errorf("problem %d:\n got %s\nwant %s...", i, line, prefix)
				}
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		doc, want string
	}{
		{"practice = 1", "c.toml:1: practice: wrong type: found a TOML integer, want a table ([...] section)"},
		{"channels = 1", "c.toml:1: channels: wrong type: found a TOML integer, want an array of tables"},
		{"[scheduler]\ngrace = 5", `c.toml:2: scheduler.grace: wrong type: found a TOML integer, want a duration string like "30m"`},
		{"\n[templates]\nevergreen_interval = 1.5", `c.toml:3: templates.evergreen_interval: wrong type: found a TOML float, want a duration`},
		{"[scheduler]\ngrace = \"5 minutes\"", `c.toml:2: scheduler.grace: "5 minutes" is not a duration`},
		{"[[channels]]\npaused = 'yes'", "c.toml:2: channels[0].paused: wrong type: found a TOML string, want true or false"},
		{"[foo]\nbar = 1", `c.toml:1: foo: unknown key "foo"`},
		// A channel's own keys are decoded by its kind, with the same words.
		{"[[channels]]\nid = 'x'\nkind = 'x'\nhandle = 5", "c.toml:4: channels[0].handle: wrong type: found a TOML integer, want a quoted string"},
		{"[[channels]]\nid = 'x'\nkind = 'x'\nconsumer_key = ['a']", "c.toml:4: channels[0].consumer_key: wrong type: found a TOML array, want a quoted string"},
		{"[[channels]]\nid = 'x'\nkind = 'x'\n\nhandel = '@a'", `c.toml:5: channels[0].handel: unknown key "handel"`},
		{"[[channels]]\nid = 'x'\nkind = 'twiter'\nhandel = '@a'", `c.toml:4: channels[0].handel: unknown key "handel"`},
		{"[[channels]]\nid = 'x'\nkind = 'x'\ndir = 'out'", `c.toml:4: channels[0].dir: dir is a preview setting; channel "x" is kind x`},
		{"[[channels]]\nid = 'p'\nkind = 'preview'\nauth_base = 'https://a.example'", `c.toml:4: channels[0].auth_base: auth_base is a facebook and instagram and linkedin and x setting; channel "p" is kind preview`},
		{"[practice]\nname = 'a'\nname = 'b'", "c.toml:3: "},
		{"[practice", "c.toml:1: "},
		{strings.Repeat("#", maxFileSize+1), "c.toml: is 1048577 bytes"},
	}
	for _, tt := range tests {
		_, err := Parse([]byte(tt.doc), "c.toml", "")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Parse(%.40q):\n got %v\nwant %s...", tt.doc, err, tt.want)
		}
	}
}

// TestDurationKeys keeps durationKeys in step with the Duration fields.
func TestDurationKeys(t *testing.T) {
	found := map[string]bool{}
	var walk func(rt reflect.Type, prefix string)
	walk = func(rt reflect.Type, prefix string) {
		for i := range rt.NumField() {
			f := rt.Field(i)
			name := f.Tag.Get("toml")
			switch {
			case f.Type == reflect.TypeFor[Duration]():
				found[joinKey(prefix, name)] = true
			case f.Type.Kind() == reflect.Struct && f.IsExported():
				walk(f.Type, joinKey(prefix, name))
			case f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.Struct:
				walk(f.Type.Elem(), joinKey(prefix, name))
			}
		}
	}
	walk(reflect.TypeFor[Config](), "")
	if !maps.Equal(found, durationKeys) {
		t.Errorf("Duration fields %v, durationKeys %v", found, durationKeys)
	}
}

// TestStoreBackend: the backend defaults to bbolt, postgres takes its
// connection string from the environment, and postgres without one is
// refused with the key named.
func TestStoreBackend(t *testing.T) {
	setTestEnv(t)
	c, err := Load(filepath.Join("testdata", "good-postgres.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Store.Backend != BackendPostgres || c.Store.DSN.Reveal() != "host=db.example user=practicepost dbname=practicepost" {
		t.Errorf("store: backend %q, dsn resolved to %q", c.Store.Backend, c.Store.DSN.Reveal())
	}
	if c, err := Load(filepath.Join("testdata", "good-minimal.toml")); err != nil || c.Store.Backend != BackendBbolt {
		t.Errorf("default backend: %v %v", c, err)
	}
	const practice = "[practice]\nname = \"Maple Street Family Medicine\"\ntimezone = \"America/Chicago\"\nstate = \"IL\"\n[store]\n"
	_, err = Parse([]byte(practice+"backend = \"postgres\"\n"), "c.toml", t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "store.dsn: must be set with backend = \"postgres\"") {
		t.Errorf("postgres without a dsn: %v", err)
	}
}
