package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels"
)

// TestChannelsAddRefusalSaysWhereAndHow: a refused `channels add` leaves
// the config as it was and explains that the line numbers belong to the
// block it would have appended, and how settings are given.
func TestChannelsAddRefusalSaysWhereAndHow(t *testing.T) {
	cfg := mustInit(t)
	before, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	code, _, errs := cli(t, "", "--config", cfg, "channels", "add", "--id", "nd", "--kind", "manual")
	if code != exitInvalid {
		t.Fatalf("exit %d, want %d: %s", code, exitInvalid, errs)
	}
	for _, want := range []string{"was not added", "appended to " + cfg + " at line", "--set KEY=VALUE", "network"} {
		if !strings.Contains(errs, want) {
			t.Errorf("the refusal does not say %q: %s", want, errs)
		}
	}
	if after, _ := os.ReadFile(cfg); !bytes.Equal(before, after) {
		t.Error("a refused channel changed the config")
	}
}

// passwordOptions are the settings of a network registered only by this
// test: its credential has a name no built-in network uses.
type passwordOptions struct {
	Login    string          `toml:"login"`
	Password channels.Secret `toml:"app_password"`
}

func (*passwordOptions) Check() []channels.Problem { return nil }

func init() {
	channels.Register(channels.Kind{Name: "addtest-password", Title: "Password network", Measure: channels.UTF16,
		Options: func() channels.Options { return new(passwordOptions) },
		New: func(context.Context, channels.Setup) (channels.Channel, error) {
			return nil, errors.New("not built in this test")
		}})
}

// TestChannelsAddRefusesAnyKindsLiteralCredential: `channels add` knows a
// credential by its type in the kind's options (channels.Secret), not by a
// list of names, so a new network's credential is refused written out too.
func TestChannelsAddRefusesAnyKindsLiteralCredential(t *testing.T) {
	cfg := mustInit(t)
	before, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	code, _, errs := cli(t, "", "--config", cfg, "channels", "add", "--id", "pw", "--kind", "addtest-password",
		"--set", "login=maple", "--set", "app_password=hunter2")
	if code != exitInvalid || !strings.Contains(errs, "app_password is a credential") {
		t.Fatalf("exit %d, want %d refusing app_password: %s", code, exitInvalid, errs)
	}
	if after, _ := os.ReadFile(cfg); !bytes.Equal(before, after) {
		t.Error("a refused channel changed the config")
	}
	t.Setenv("PW_PASSWORD", "hunter2")
	code, _, errs = cli(t, "", "--config", cfg, "channels", "add", "--id", "pw", "--kind", "addtest-password",
		"--set", "login=maple", "--set", "app_password=env:PW_PASSWORD")
	if code != exitOK {
		t.Fatalf("an env: reference was refused: exit %d: %s", code, errs)
	}
}
