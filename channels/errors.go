package channels

import (
	"errors"
	"fmt"
	"time"
)

// Class says what kind of failure an adapter saw, which decides what the
// scheduler does next.
type Class int

// Error classes. The zero value is deliberately not a valid class.
const (
	_ Class = iota
	// Retryable: a temporary failure (5xx, connection refused before the
	// request was sent). Try again after RetryAfter or a backoff.
	Retryable
	// RateLimited: the platform said slow down. Try again no earlier than
	// RetryAfter (from the reset headers).
	RateLimited
	// Permanent: this post will never go through as it is (bad request,
	// too long, policy refusal, 402 credits depleted). Fail it with Reason.
	Permanent
	// AuthExpired: the token is revoked or expired. Stop the channel and
	// ask a person to reconnect it.
	AuthExpired
	// OutcomeUnknown: the request may have reached the platform but no
	// answer came back (timeout after sending, connection reset). Never
	// retry blindly: reconcile with Recent.
	OutcomeUnknown
	// Duplicate: the platform refused the post as a duplicate of one it
	// already has. Evidence, not proof, of an earlier success: reconcile.
	Duplicate
)

func (c Class) String() string {
	switch c {
	case Retryable:
		return "retryable"
	case RateLimited:
		return "rate_limited"
	case Permanent:
		return "permanent"
	case AuthExpired:
		return "auth_expired"
	case OutcomeUnknown:
		return "outcome_unknown"
	case Duplicate:
		return "duplicate"
	}
	return fmt.Sprintf("class(%d)", int(c))
}

// Error is the error every adapter returns. Reason is plain words a clinic
// user can act on; it never holds a token or the post's text.
type Error struct {
	Class      Class
	Reason     string
	Status     int           // HTTP status, 0 when none
	RetryAfter time.Duration // when the platform said when to come back
	// ExistingID is the remote id of the post a Duplicate error points to,
	// when the platform names it (LinkedIn does, X and Facebook do not).
	ExistingID string
	Err        error
}

func (e *Error) Error() string {
	msg := e.Class.String() + ": " + e.Reason
	if e.Status != 0 {
		msg = fmt.Sprintf("%s (HTTP %d)", msg, e.Status)
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error of class c with a formatted reason.
func Errorf(c Class, format string, args ...any) *Error {
	return &Error{Class: c, Reason: fmt.Sprintf(format, args...)}
}

// ClassOf returns the class of the first *Error in err's chain, or
// OutcomeUnknown for an error no adapter classified: not knowing what
// happened is the safe assumption for a publish.
func ClassOf(err error) Class {
	var e *Error
	if errors.As(err, &e) {
		return e.Class
	}
	return OutcomeUnknown
}

// RetryAfterOf returns the platform's retry-after hint in err, or zero.
func RetryAfterOf(err error) time.Duration {
	var e *Error
	if errors.As(err, &e) {
		return e.RetryAfter
	}
	return 0
}
