package post

import (
	"errors"
	"fmt"
)

// Error codes shared by every layer. The CLI turns them into exit codes and
// the web layer into HTTP statuses, so a caller never parses message text.
const (
	EInvalid   = "invalid"   // the input is wrong; the message says how
	ENotFound  = "not_found" // no such post, channel, user, ...
	EConflict  = "conflict"  // the object changed or is in a state that forbids this
	EForbidden = "forbidden" // the actor's role does not allow this
	ELocked    = "locked"    // the database is held by another practicepost process
	EInternal  = "internal"  // anything else
)

// Error is an error whose Message is safe to show a clinic user: it never
// contains post text, patient details or secrets.
type Error struct {
	Code    string
	Message string
	Err     error // the wrapped cause, for logs at debug level
}

func (e *Error) Error() string {
	if e.Err != nil && e.Message == "" {
		return e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
// A %w verb in format is wrapped as the cause.
func Errorf(code, format string, args ...any) *Error {
	err := fmt.Errorf(format, args...)
	return &Error{Code: code, Message: err.Error(), Err: errors.Unwrap(err)}
}

// ErrorCode returns the code of the first *Error in err's chain, EInternal for
// any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the user-safe message of err's first *Error, or
// err.Error() for other errors.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Error()
	}
	return err.Error()
}
