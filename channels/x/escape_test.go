package x_test

import (
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels/x/xfake"
)

// TestListedTextMatchesSentText: X answers &, < and > as &amp; &lt; &gt;;
// the receipt and the listing used for reconciliation give back the text
// as sent, even when the text itself spells an entity.
func TestListedTextMatchesSentText(t *testing.T) {
	fake := xfake.New()
	t.Cleanup(fake.Close)
	c := newOAuth1(t, fake)
	texts := []string{
		"Flu & COVID shots: ages <12 & >65 first",
		"We write &amp; as &amp;amp; and &lt; as &lt;",
		"a<b>c&d \"quoted\" 'single'",
	}
	since := time.Now().Add(-time.Minute)
	for _, text := range texts {
		r, err := c.Publish(t.Context(), outgoing(text))
		if err != nil {
			t.Fatal(err)
		}
		if r.Text != text {
			t.Errorf("receipt text %q, want %q", r.Text, text)
		}
	}
	listed, err := c.Recent(t.Context(), since)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, r := range listed {
		got[r.Text] = true
	}
	for _, text := range texts {
		if !got[text] {
			t.Errorf("%q is not listed as sent; listed: %q", text, listed)
		}
	}
}
