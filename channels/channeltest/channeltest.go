// Package channeltest is the conformance suite every channel adapter passes.
//
// An adapter plugs in from its own _test.go file:
//
//	func TestConformance(t *testing.T) {
//		fake := xfake.New()
//		t.Cleanup(fake.Close)
//		channeltest.Run(t, channeltest.Opt{
//			Name: "x",
//			Fake: fake,
//			New: func(t *testing.T, baseURL string) channels.Channel {
//				c, err := x.New(x.Config{ID: "x-test", APIBase: baseURL, ...})
//				if err != nil {
//					t.Fatal(err)
//				}
//				return c
//			},
//			Secrets: []string{"consumer-secret", "token-secret"},
//			MaxLen:  280,
//		})
//	}
//
// Run calls New once per subtest with Fake.URL() (or "" when Fake is nil) and
// calls Fake.Reset before each subtest, so subtests do not share state. The
// subtests are, by name:
//
//	publish/text, publish/link, publish/image
//	length/at-limit, length/over-limit           (MaxLen > 0)
//	errors/<fault kind>                          (Fake)
//	auth/expired-token                           (Fake)
//	context/cancel, context/deadline             (Fake)
//	duplicate                                    (Fake)
//	reconcile/lost-response                      (Fake)
//	engagement, comments, verify
//	secrets                                      (after all others)
//
// For a network that takes no post without an image (Opt.NeedsImage),
// every post carries TestImage, the text subtests included.
//
// What the suite asserts, exactly:
//   - a successful Publish returns a receipt with RemoteID and PublishedAt,
//     and the fake recorded one post with that id, the sent text, the link
//     (attachment or in the text), the media count;
//   - every failure is a *channels.Error of the class the platform's answer
//     means: 429 → RateLimited with RetryAfter within 2 s of what the fake
//     said (or > 0 when Opt.NoRetryAfterHeaders); 5xx → Retryable; 401 /
//     expired token → AuthExpired; policy 4xx and over-length → Permanent;
//     duplicate content → Duplicate (ExistingID, when set, names the first
//     post); a hang cut by cancel or deadline → OutcomeUnknown, returned
//     within 2 s, wrapping context.Canceled for a cancel;
//   - a failed create stores nothing at the fake;
//   - after a lost response, Recent(since) lists a receipt with the fake's
//     id whose text matches the sent text (SameText: URLs ignored);
//   - Engagement and Comments return exactly what the fake says a correct
//     adapter returns; Verify returns the fake's account id and name;
//   - no string in Opt.Secrets appears in any error text the suite saw, nor
//     in Opt.Logs().
//
// Channels without a fake (preview) leave Fake nil: the suite then checks
// publishing through Recent and skips fault injection. Manual channels set
// Manual: the suite checks that Publish refuses (Permanent), that
// Instructions names the network, and that the read calls answer empty.
package channeltest

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
)

// Opt configures one run of the suite for one adapter.
type Opt struct {
	// Name is used in failure messages.
	Name string
	// New builds the adapter under test against baseURL (Fake.URL(), or ""
	// when Fake is nil). It is called once per subtest.
	New func(t *testing.T, baseURL string) channels.Channel
	// Fake is the platform fake, nil for channels that call no API.
	Fake Fake
	// Secrets are strings (tokens, client secrets) that must never appear in
	// an error or a log line.
	Secrets []string
	// Logs returns everything the adapters built by New logged so far; nil
	// when the adapter takes no logger.
	Logs func() string
	// MaxLen is the platform's text limit in its own counting, using plain
	// ASCII letters (weight 1 everywhere); 0 skips the length subtests.
	MaxLen int
	// NoRetryAfterHeaders is set for platforms whose rate-limit answer says
	// nothing about when to come back (LinkedIn): the suite then only needs
	// RetryAfter > 0.
	NoRetryAfterHeaders bool
	// RetryAfterUnit is the granularity of the platform's rate-limit wait
	// (Facebook says whole minutes in estimated_time_to_regain_access): the
	// fake rounds the injected wait up to it, so the suite accepts a
	// RetryAfter up to one unit above what was injected. Zero: exact.
	RetryAfterUnit time.Duration
	// Manual marks a channel that is posted by hand (channels.Manual).
	Manual bool
	// NeedsImage marks a network that takes no post without an image
	// (Instagram): every post the suite publishes then carries TestImage.
	NeedsImage bool
}

// suite carries one run's state.
type suite struct {
	opt Opt

	mu   sync.Mutex
	errs []string // every error text the suite saw, for the secrets check
	seq  int
}

// Run runs the conformance suite as subtests of t.
func Run(t *testing.T, opt Opt) {
	t.Helper()
	if opt.New == nil {
		t.Fatal("channeltest: Opt.New is nil")
	}
	s := &suite{opt: opt}
	if opt.Manual {
		s.runManual(t)
	} else {
		s.runPublish(t)
		s.runLength(t)
		if opt.Fake != nil {
			s.runErrors(t)
			s.runContext(t)
			s.runDuplicate(t)
			s.runReconcile(t)
		}
		s.runReads(t)
	}
	t.Run("secrets", s.checkSecrets)
}

// newChannel resets the fake and builds a fresh adapter for one subtest.
func (s *suite) newChannel(t *testing.T) channels.Channel {
	t.Helper()
	url := ""
	if s.opt.Fake != nil {
		s.opt.Fake.Reset()
		url = s.opt.Fake.URL()
	}
	c := s.opt.New(t, url)
	if c == nil {
		t.Fatalf("%s: Opt.New returned nil", s.opt.Name)
	}
	return c
}

// saw records an error's text for the secrets check.
func (s *suite) saw(err error) {
	if err == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.errs = append(s.errs, err.Error())
	// Reason is what the web layer shows; check it too even if Error()
	// formats it differently.
	var ce *channels.Error
	if errors.As(err, &ce) {
		s.errs = append(s.errs, ce.Reason)
	}
}

// nextText returns a unique post text, so no two publishes of a run look
// like duplicates to a platform.
func (s *suite) nextText(what string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	return "practicepost conformance " + what + " number " + strconv.Itoa(s.seq) + ": flu shots this week, walk-ins welcome."
}

func (s *suite) checkSecrets(t *testing.T) {
	s.mu.Lock()
	texts := append([]string(nil), s.errs...)
	s.mu.Unlock()
	if s.opt.Logs != nil {
		texts = append(texts, s.opt.Logs())
	}
	if len(s.opt.Secrets) == 0 {
		t.Skip("no Opt.Secrets given")
	}
	for _, secret := range s.opt.Secrets {
		if secret == "" {
			continue
		}
		for _, txt := range texts {
			if strings.Contains(txt, secret) {
				t.Errorf("%s: a secret appears in an error or log line: %q", s.opt.Name, redact(txt, secret))
			}
		}
	}
}

// redact shows where a secret leaked without printing it.
func redact(text, secret string) string {
	return strings.ReplaceAll(text, secret, "<SECRET>")
}

// background is the context for calls that should not hang.
func background(t *testing.T) context.Context {
	return t.Context()
}
