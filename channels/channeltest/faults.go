package channeltest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
)

// promptly is how long a cancelled or timed-out Publish may take to return
// after its context ends.
const promptly = 2 * time.Second

func (s *suite) runErrors(t *testing.T) {
	cases := []struct {
		fault Fault
		want  channels.Class
	}{
		{Fault{Kind: FaultRateLimit, RetryAfter: 90 * time.Second}, channels.RateLimited},
		{Fault{Kind: FaultServerError}, channels.Retryable},
		{Fault{Kind: FaultPermanent}, channels.Permanent},
		{Fault{Kind: FaultDuplicate}, channels.Duplicate},
		{Fault{Kind: FaultAuth}, channels.AuthExpired},
	}
	t.Run("errors", func(t *testing.T) {
		for _, tc := range cases {
			t.Run(tc.fault.Kind.String(), func(t *testing.T) {
				c := s.newChannel(t)
				s.opt.Fake.Fail(1, tc.fault)
				_, err := c.Publish(background(t), s.outgoing(s.nextText("fault "+tc.fault.Kind.String())))
				s.saw(err)
				ce := s.wantClass(t, err, tc.want)
				if tc.want == channels.RateLimited {
					s.wantRetryAfter(t, ce, tc.fault.RetryAfter)
				}
				s.wantAccepted(t, 0)

				// The fault was for one request only: the next publish works.
				o := s.outgoing(s.nextText("after " + tc.fault.Kind.String()))
				if _, err := c.Publish(background(t), o); err != nil {
					s.saw(err)
					t.Fatalf("%s: Publish after a one-off %v: %v", s.opt.Name, tc.fault.Kind, err)
				}
				s.wantAccepted(t, 1)
			})
		}
	})
	t.Run("auth/expired-token", func(t *testing.T) {
		c := s.newChannel(t)
		s.opt.Fake.ExpireToken()
		_, err := c.Publish(background(t), s.outgoing(s.nextText("expired")))
		s.saw(err)
		s.wantClass(t, err, channels.AuthExpired)
		s.wantAccepted(t, 0)
		_, err = c.Verify(background(t))
		s.saw(err)
		s.wantClass(t, err, channels.AuthExpired)
	})
}

func (s *suite) wantRetryAfter(t *testing.T, ce *channels.Error, said time.Duration) {
	t.Helper()
	if said == 0 {
		said = time.Minute
	}
	if s.opt.NoRetryAfterHeaders {
		if ce.RetryAfter <= 0 {
			t.Errorf("%s: RateLimited without a RetryAfter", s.opt.Name)
		}
		return
	}
	if u := s.opt.RetryAfterUnit; u > 0 {
		if ce.RetryAfter < said-2*time.Second || ce.RetryAfter > said+u+2*time.Second {
			t.Errorf("%s: RetryAfter %v, the platform said %v rounded up to a multiple of %v", s.opt.Name, ce.RetryAfter, said, u)
		}
		return
	}
	if d := ce.RetryAfter - said; d < -2*time.Second || d > 2*time.Second {
		t.Errorf("%s: RetryAfter %v, the platform said %v", s.opt.Name, ce.RetryAfter, said)
	}
}

func (s *suite) runContext(t *testing.T) {
	t.Run("context", func(t *testing.T) {
		t.Run("cancel", func(t *testing.T) {
			c := s.newChannel(t)
			s.opt.Fake.Fail(1, Fault{Kind: FaultTimeout})
			ctx, cancel := context.WithCancel(background(t))
			defer cancel()
			cutAt := time.Now().Add(150 * time.Millisecond)
			time.AfterFunc(150*time.Millisecond, cancel)
			_, err := c.Publish(ctx, s.outgoing(s.nextText("cancel")))
			s.saw(err)
			if late := time.Since(cutAt); late > promptly {
				t.Errorf("%s: Publish returned %v after its context was cancelled", s.opt.Name, late)
			}
			s.wantClass(t, err, channels.OutcomeUnknown)
			if !errors.Is(err, context.Canceled) {
				t.Errorf("%s: a cancelled Publish should wrap context.Canceled, got %q", s.opt.Name, err)
			}
			s.wantAccepted(t, 0)
		})
		t.Run("deadline", func(t *testing.T) {
			c := s.newChannel(t)
			s.opt.Fake.Fail(1, Fault{Kind: FaultTimeout})
			ctx, cancel := context.WithTimeout(background(t), 300*time.Millisecond)
			defer cancel()
			start := time.Now()
			_, err := c.Publish(ctx, s.outgoing(s.nextText("deadline")))
			s.saw(err)
			if took := time.Since(start); took > 300*time.Millisecond+promptly {
				t.Errorf("%s: Publish took %v with a 300ms deadline", s.opt.Name, took)
			}
			s.wantClass(t, err, channels.OutcomeUnknown)
			s.wantAccepted(t, 0)
		})
	})
}

func (s *suite) runDuplicate(t *testing.T) {
	t.Run("duplicate", func(t *testing.T) {
		c := s.newChannel(t)
		text := s.nextText("duplicate")
		first, err := c.Publish(background(t), s.outgoing(text))
		s.saw(err)
		if err != nil {
			t.Fatalf("%s: first Publish: %v", s.opt.Name, err)
		}
		// A second attempt with the same text, as after a crash.
		_, err = c.Publish(background(t), s.outgoing(text))
		s.saw(err)
		ce := s.wantClass(t, err, channels.Duplicate)
		if ce.ExistingID != "" && ce.ExistingID != first.RemoteID {
			t.Errorf("%s: Duplicate names %q, the first post is %q", s.opt.Name, ce.ExistingID, first.RemoteID)
		}
		s.wantAccepted(t, 1)
	})
}
