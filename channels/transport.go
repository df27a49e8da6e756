package channels

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptrace"
	"strings"
	"sync/atomic"
)

// HTTP is what every adapter that speaks JSON over HTTP does around one
// call, written once: it tells a lost answer from a refused request (a
// trace notes whether the request was written to the network: a write that
// was sent and got no complete answer may have taken effect, anything else
// changed nothing), reads the answer up to a limit, and hands an answer of
// status 300 or more to the adapter's own classifier, which knows its
// network's error body. Every failure it returns is an *Error.
type HTTP struct {
	Client *http.Client
	// Network names the platform in reasons and logs ("LinkedIn").
	Network string
	// MaxBody bounds how much of an answer is read.
	MaxBody int64
	// Lost is the Reason of the OutcomeUnknown a write gets when it was
	// written to the network and no complete answer came back.
	Lost string
	// Unreachable is the Reason of the Retryable every other call without
	// a complete answer gets.
	Unreachable string
	// Refused classifies an answer of status 300 or more.
	Refused func(Answer) *Error
	// Log gets a debug line for each refused call: method, path (no
	// query), status and class, and the answer headers LogHeaders names
	// (log key → header, e.g. the network's request id).
	Log        *slog.Logger
	LogHeaders map[string]string
}

// Answer is a complete answer to one call.
type Answer struct {
	Status int
	Header http.Header
	Body   []byte
}

// JSON encodes v as a request body. HTML characters stay as they are: a
// post's text is not HTML, and some networks count "\u003c" as six
// characters. A value that cannot be encoded is Permanent.
func (h HTTP) JSON(v any) (*bytes.Buffer, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, h.Unbuildable(err)
	}
	return &buf, nil
}

// Unbuildable is the Permanent error of a request that could not be built
// (the same request will never build).
func (h HTTP) Unbuildable(err error) *Error {
	return &Error{Class: Permanent, Reason: "the request to " + h.Network + " could not be built", Err: RedactURLError(err)}
}

// Do sends req and reads the whole answer. write marks a request that may
// change something at the network. A refused call returns its Answer with
// Refused's error.
func (h HTTP) Do(req *http.Request, write bool) (Answer, error) {
	req, written := Written(req)
	resp, err := h.Client.Do(req)
	if err != nil {
		return Answer{}, h.lost(err, write && written())
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, h.MaxBody))
	if err != nil {
		// The answer was cut: the request certainly arrived.
		return Answer{}, h.lost(err, write)
	}
	a := Answer{Status: resp.StatusCode, Header: resp.Header, Body: body}
	if a.Status < 300 {
		return a, nil
	}
	ce := h.Refused(a)
	if h.Log != nil {
		attrs := []any{"method", req.Method, "path", req.URL.Path, "status", a.Status, "class", ce.Class.String()}
		for key, header := range h.LogHeaders {
			attrs = append(attrs, key, a.Header.Get(header))
		}
		h.Log.Debug(strings.ToLower(h.Network)+" call failed", attrs...)
	}
	return a, ce
}

// lost classifies a call that got no complete answer: OutcomeUnknown when
// it may have taken effect, Retryable when it cannot have.
func (h HTTP) lost(err error, mayHaveActed bool) *Error {
	err = RedactURLError(err)
	if mayHaveActed {
		return &Error{Class: OutcomeUnknown, Reason: h.Lost, Err: err}
	}
	return &Error{Class: Retryable, Reason: h.Unreachable, Err: err}
}

// Written returns req carrying a trace that notes when the request has
// been written to the network, and a func that says whether it has. The
// trace fires on the transport's goroutine; the func is safe anywhere.
// Adapters that build their own round trip (a library's client) use it to
// tell a lost answer from a request that never left.
func Written(req *http.Request) (*http.Request, func() bool) {
	var wrote atomic.Bool
	trace := &httptrace.ClientTrace{WroteRequest: func(httptrace.WroteRequestInfo) { wrote.Store(true) }}
	return req.WithContext(httptrace.WithClientTrace(req.Context(), trace)), wrote.Load
}
