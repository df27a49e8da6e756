package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels/x"
)

const (
	hidden   = "sk-live-DO-NOT-PRINT"
	redacted = "[redacted]" // what channels.Secret prints
)

func TestSecretNeverPrints(t *testing.T) {
	s := Secret(hidden)
	opts := &x.Options{AccessToken: s}
	ch := Channel{ID: "x-main", Kind: "x", Options: opts}
	c := &Config{Alerts: Alerts{Webhook: s}, Channels: []Channel{ch}}

	var logs bytes.Buffer
	text := slog.New(slog.NewTextHandler(&logs, nil))
	text.Info("t", "secret", s, "channel", ch, "options", opts, "config", c)
	jsonLog := slog.New(slog.NewJSONHandler(&logs, nil))
	jsonLog.Info("t", "secret", s, "channel", ch, "options", opts, "config", c)

	js, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	mt, err := s.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	outputs := map[string]string{
		"%v":          fmt.Sprintf("%v", s),
		"%s":          fmt.Sprintf("%s", s),
		"%+v":         fmt.Sprintf("%+v", s),
		"%#v":         fmt.Sprintf("%#v", s),
		"%q":          fmt.Sprintf("%q", s),
		"%x":          fmt.Sprintf("%x", s),
		"%d":          fmt.Sprintf("%d", s),
		"Println":     fmt.Sprintln(s),
		"struct %+v":  fmt.Sprintf("%+v", *opts),
		"struct %#v":  fmt.Sprintf("%#v", *opts),
		"config %+v":  fmt.Sprintf("%+v", *c),
		"pointer %+v": fmt.Sprintf("%+v", opts),
		"json":        string(js),
		"text":        string(mt),
		"slog":        logs.String(),
		"error":       fmt.Errorf("wrap %v", s).Error(),
	}
	for name, out := range outputs {
		if strings.Contains(out, hidden) {
			t.Errorf("%s leaks the secret: %s", name, out)
		}
		if !strings.Contains(out, redacted) {
			t.Errorf("%s does not say %s: %s", name, redacted, out)
		}
	}
	if s.Reveal() != hidden {
		t.Errorf("Reveal = %q", s.Reveal())
	}
}

func TestSecretSources(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("token", "from-file\n")
	write("empty", "\n")
	if err := os.Mkdir(filepath.Join(dir, "folder"), 0o700); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PP_TEST_SET", "from-env")
	t.Setenv("PP_TEST_EMPTY", "")

	tests := []struct {
		raw, want, wantErr string
		literal            bool
	}{
		{raw: "literal-value", want: "literal-value", literal: true},
		{raw: "", want: ""},
		{raw: "env:PP_TEST_SET", want: "from-env"},
		{raw: "env:PP_TEST_EMPTY", wantErr: "environment variable PP_TEST_EMPTY is empty"},
		{raw: "env:PP_TEST_UNSET_FOR_SURE", wantErr: "environment variable PP_TEST_UNSET_FOR_SURE is not set"},
		{raw: "env:", wantErr: "env: needs a variable name"},
		{raw: "file:token", want: "from-file"},
		{raw: "file:" + filepath.Join(dir, "token"), want: "from-file"},
		{raw: "file:empty", wantErr: "is empty"},
		{raw: "file:folder", wantErr: "is not a regular file"},
		{raw: "file:missing", wantErr: "does not exist"},
		{raw: "file:", wantErr: "file: needs a path"},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			c := &Config{Alerts: Alerts{SMTP: SMTP{Password: Secret(tt.raw)}}}
			literals, errs := resolveSecrets(c, dir)
			if tt.wantErr != "" {
				if len(errs) != 1 || !strings.Contains(errs[0].msg, tt.wantErr) || errs[0].key != "alerts.smtp.password" {
					t.Fatalf("errs = %+v, want one on alerts.smtp.password containing %q", errs, tt.wantErr)
				}
				return
			}
			if len(errs) != 0 {
				t.Fatalf("errs = %+v", errs)
			}
			if got := c.Alerts.SMTP.Password.Reveal(); got != tt.want {
				t.Errorf("value = %q, want %q", got, tt.want)
			}
			if (len(literals) == 1) != tt.literal {
				t.Errorf("literals = %q, literal %v", literals, tt.literal)
			}
		})
	}
}
