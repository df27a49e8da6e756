package calendar

import (
	"context"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
)

// TestPreviewAndChecklistCountAlike: the preview (channels.Looks, drawn by
// the preview card and page) and the checklist (through Target) count a
// text the same way on every registered network, so a post the preview
// shows as fitting is never refused by the checklist for its length, and
// the reverse. Emoji are where counting differs: X weighs each 2, UTF-16
// counts a skin-toned emoji 4, runes would count them 1 and 2.
func TestPreviewAndChecklistCountAlike(t *testing.T) {
	chk, err := compliance.New(compliance.Profile{PracticeName: "Maple Street Family Medicine", State: "IL"})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, k := range channels.Kinds() {
		limit := k.Limits.MaxChars
		if limit == 0 || limit > 5000 {
			continue // no limit; or a limit (Facebook's) that a post body cannot reach
		}
		for _, unit := range []string{"😀", "👍🏽", "é😀 ", "🏥 Flu shots "} {
			// The longest run of unit that fits, and one unit more.
			n := 0
			for fit := k.Fit(strings.Repeat(unit, n+1)); fit.Fits; fit = k.Fit(strings.Repeat(unit, n+1)) {
				n++
			}
			for _, text := range []string{strings.Repeat(unit, n), strings.Repeat(unit, n+1)} {
				var look *channels.Look
				for _, l := range channels.Looks(text) {
					if l.Name == k.Title {
						look = &l
					}
				}
				if look == nil {
					t.Fatalf("%s: the preview shows no look for it", k.Name)
				}
				rep := chk.Check(context.Background(), compliance.Draft{Text: text, Channels: []compliance.Target{Target("c", k.Name)}})
				fit := rep.Channels["c"]
				if look.TooLong == fit.Fits || look.Count != fit.WeightedLength || look.Max != fit.Limit {
					t.Errorf("%s, %d × %q: preview %d of %d (too long %v), checklist %d of %d (fits %v)",
						k.Name, len([]rune(text)), unit, look.Count, look.Max, look.TooLong, fit.WeightedLength, fit.Limit, fit.Fits)
				}
				checked++
			}
		}
	}
	if checked < 8 {
		t.Fatalf("compared %d texts; the registered networks with a limit are missing", checked)
	}
}

// TestInstagramCaptionIsFlaggedBeforeScheduling: a post for an Instagram
// channel with 31 hashtags and no image is held for review with the
// network's own findings (PLAT-06, PLAT-07), through the kind's limits, not
// scheduled to fail at its time.
func TestInstagramCaptionIsFlaggedBeforeScheduling(t *testing.T) {
	e := newEnvWith(t, []ChannelInfo{{ID: "ig", Kind: "instagram", Slots: []string{"0 9 * * 1-5"}}}, nil)
	body := "Flu shots are in. " + strings.TrimSpace(strings.Repeat("#flushot ", 31))
	p := e.add(t, body, func(r *AddPost) { r.Channels = []string{"ig"} })
	if p.Status == post.StatusScheduled || p.Check.Verdict != post.VerdictBlock {
		t.Fatalf("status %s, verdict %s; want held with a block", p.Status, p.Check.Verdict)
	}
	found := map[string]bool{}
	for _, f := range p.Check.Findings {
		if f.Channel == "ig" {
			found[f.Rule] = true
		}
	}
	if !found["PLAT-06"] || !found["PLAT-07"] {
		t.Errorf("findings on ig: %v; want PLAT-06 (31 hashtags) and PLAT-07 (no image)", found)
	}
}
