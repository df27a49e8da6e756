package x_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/x"
	"github.com/practicepost/practicepost/channels/x/xfake"
	"github.com/practicepost/practicepost/post"
)

// broken wraps the real adapter with one defect, to show the suite fails
// when an adapter gets something wrong.
type broken struct {
	*x.Channel
	defect string
}

func (b broken) Publish(ctx context.Context, o post.Outgoing) (post.Receipt, error) {
	r, err := b.Channel.Publish(ctx, o)
	var ce *channels.Error
	switch {
	case b.defect == "everything-permanent" && errors.As(err, &ce):
		ce.Class = channels.Permanent
	case b.defect == "no-retry-after" && errors.As(err, &ce):
		ce.RetryAfter = 0
	case b.defect == "leak" && errors.As(err, &ce):
		ce.Reason += " (token " + xfake.AccessTokenSecret + ")"
	case b.defect == "wrong-id" && err == nil:
		r.RemoteID += "0"
	}
	return r, err
}

func (b broken) Recent(ctx context.Context, since time.Time) ([]post.Receipt, error) {
	if b.defect == "recent-empty" {
		return nil, nil
	}
	return b.Channel.Recent(ctx, since)
}

func (b broken) Engagement(ctx context.Context, ids []string) ([]post.Metrics, error) {
	ms, err := b.Channel.Engagement(ctx, ids)
	if b.defect == "clicks-missing" {
		for i := range ms {
			ms[i].Clicks = nil
		}
	}
	return ms, err
}

// TestBrokenAdapter runs the suite on one broken adapter; it only runs as
// the child process of TestSuiteCatchesDefects.
func TestBrokenAdapter(t *testing.T) {
	defect := os.Getenv("CHANNELTEST_DEFECT")
	if defect == "" {
		t.Skip("runs only under TestSuiteCatchesDefects")
	}
	fake := xfake.New()
	t.Cleanup(fake.Close)
	channeltest.Run(t, channeltest.Opt{
		Name: "broken", Fake: fake, MaxLen: x.MaxWeightedLength,
		Secrets: []string{xfake.AccessTokenSecret},
		New: func(t *testing.T, base string) channels.Channel {
			c, err := x.New(oauth1Config(base, nil))
			if err != nil {
				t.Fatal(err)
			}
			return broken{c, defect}
		},
	})
}

// TestSuiteCatchesDefects checks each defect makes the suite fail, in the
// subtest that covers it.
func TestSuiteCatchesDefects(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child test processes")
	}
	cases := map[string]string{
		"everything-permanent": "--- FAIL: TestBrokenAdapter/errors/rate_limit",
		"no-retry-after":       "--- FAIL: TestBrokenAdapter/errors/rate_limit",
		"leak":                 "--- FAIL: TestBrokenAdapter/secrets",
		"wrong-id":             "--- FAIL: TestBrokenAdapter/publish/text",
		"recent-empty":         "--- FAIL: TestBrokenAdapter/reconcile/lost-response",
		"clicks-missing":       "--- FAIL: TestBrokenAdapter/engagement",
	}
	for defect, want := range cases {
		t.Run(defect, func(t *testing.T) {
			t.Parallel()
			cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestBrokenAdapter$", "-test.v")
			cmd.Env = append(os.Environ(), "CHANNELTEST_DEFECT="+defect)
			out, err := cmd.CombinedOutput()
			if err == nil {
				t.Fatalf("the suite passed an adapter with defect %q", defect)
			}
			if !strings.Contains(string(out), want) {
				t.Errorf("defect %q: output lacks %q:\n%s", defect, want, out)
			}
		})
	}
}
