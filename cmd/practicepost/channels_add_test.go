package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
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
