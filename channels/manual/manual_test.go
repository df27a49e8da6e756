package manual_test

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/manual"
	"github.com/practicepost/practicepost/post"
)

func TestConformance(t *testing.T) {
	channeltest.Run(t, channeltest.Opt{
		Name:   "manual",
		Manual: true,
		New: func(t *testing.T, _ string) channels.Channel {
			c, err := manual.New(manual.Config{ID: "doximity", Network: "Doximity", URL: "https://www.doximity.com/"})
			if err != nil {
				t.Fatal(err)
			}
			return c
		},
	})
}

func TestInstructionsAndConfig(t *testing.T) {
	c, err := manual.New(manual.Config{ID: "sermo", Network: "Sermo", URL: "https://www.sermo.com/"})
	if err != nil {
		t.Fatal(err)
	}
	got := c.Instructions(post.Outgoing{Text: "secret-ish text", Link: "https://example.org/a", Media: []post.MediaFile{{}}})
	for _, want := range []string{"Sermo", "https://www.sermo.com/", "1 image", "https://example.org/a", "paste the address"} {
		if !strings.Contains(got, want) {
			t.Errorf("Instructions %q lacks %q", got, want)
		}
	}
	_, err = c.Publish(t.Context(), post.Outgoing{Text: "secret-ish text"})
	if channels.ClassOf(err) != channels.Permanent || !strings.Contains(err.Error(), "posted by hand") || strings.Contains(err.Error(), "secret-ish") {
		t.Errorf("Publish error %v", err)
	}
	for _, cfg := range []manual.Config{{Network: "X"}, {ID: "a"}, {ID: "a", Network: "N", URL: "javascript:alert(1)"}} {
		if _, err := manual.New(cfg); err == nil {
			t.Errorf("New(%+v) succeeded", cfg)
		}
	}
}
