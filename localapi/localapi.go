// Package localapi lets the practicepost CLI work while the daemon holds the
// database. bbolt lets one process open the file, so `practicepost serve`
// listens on a Unix socket in the data folder (0600: only the account that
// runs the daemon can connect) and every CLI command sends its request
// there. With no daemon running, the CLI serves the same handler in-process
// over the store it opened itself, so both paths run the same code and give
// the same results.
//
// The protocol is one POST per call: /call/<Method> with the request as
// JSON; the answer is the result as JSON, or {"code","message"} with a
// non-2xx status.
package localapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"

	"github.com/practicepost/practicepost/post"
)

// SocketName is the socket's file name in the data folder.
const SocketName = "practicepost.sock"

// maxRequest bounds a request body: a CSV import of 100,000 short rows.
const maxRequest = 64 << 20

// Mux collects the callable methods.
type Mux struct {
	mux *http.ServeMux
	log *slog.Logger
}

// NewMux returns an empty Mux.
func NewMux(log *slog.Logger) *Mux {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Mux{mux: http.NewServeMux(), log: log}
}

// ServeHTTP serves the calls.
func (m *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) { m.mux.ServeHTTP(w, r) }

// Handle registers fn as method name.
func Handle[Req, Resp any](m *Mux, name string, fn func(context.Context, Req) (Resp, error)) {
	m.mux.HandleFunc("POST /call/"+name, func(w http.ResponseWriter, r *http.Request) {
		var req Req
		dec := json.NewDecoder(io.LimitReader(r.Body, maxRequest))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			writeError(w, post.Errorf(post.EInvalid, "bad request to %s: %v", name, err))
			return
		}
		resp, err := fn(r.Context(), req)
		if err != nil {
			if post.ErrorCode(err) == post.EInternal {
				m.log.Error("local api call failed", "method", name, "error", err)
			}
			writeError(w, err)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(resp); err != nil {
			m.log.Debug("local api: write answer", "method", name, "error", err)
		}
	})
}

type wireError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

var statusOf = map[string]int{
	post.EInvalid: http.StatusBadRequest, post.ENotFound: http.StatusNotFound, post.EConflict: http.StatusConflict,
	post.EForbidden: http.StatusForbidden, post.ELocked: http.StatusServiceUnavailable,
}

func writeError(w http.ResponseWriter, err error) {
	code := post.ErrorCode(err)
	status, ok := statusOf[code]
	if !ok {
		status = http.StatusInternalServerError
	}
	msg := post.ErrorMessage(err)
	if code == post.EInternal {
		// Internal errors may carry details that are not safe to show.
		msg = "internal error: " + msg
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	// The status is sent; a client gone by now has nothing left to tell.
	_ = json.NewEncoder(w).Encode(wireError{Code: code, Message: msg})
}

// Client calls methods over an http.Client whose transport reaches the
// daemon's socket, or a Mux in-process.
type Client struct {
	HTTP *http.Client
}

// Call invokes method name with req and decodes the answer into a Resp.
func Call[Req, Resp any](ctx context.Context, c *Client, name string, req Req) (Resp, error) {
	var resp Resp
	body, err := json.Marshal(req)
	if err != nil {
		return resp, fmt.Errorf("localapi: encode %s: %w", name, err)
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://practicepost/call/"+name, bytesReader(body))
	if err != nil {
		return resp, err
	}
	hreq.Header.Set("Content-Type", "application/json")
	hresp, err := c.HTTP.Do(hreq)
	if err != nil {
		return resp, fmt.Errorf("localapi: the daemon did not answer %s: %w", name, err)
	}
	defer hresp.Body.Close()
	if hresp.StatusCode/100 != 2 {
		var we wireError
		if err := json.NewDecoder(hresp.Body).Decode(&we); err != nil || we.Code == "" {
			return resp, fmt.Errorf("localapi: %s: HTTP %d", name, hresp.StatusCode)
		}
		return resp, &post.Error{Code: we.Code, Message: we.Message}
	}
	if err := json.NewDecoder(hresp.Body).Decode(&resp); err != nil {
		return resp, fmt.Errorf("localapi: decode %s answer: %w", name, err)
	}
	return resp, nil
}

// IsUnreachable reports whether err means no daemon answered at all.
func IsUnreachable(err error) bool {
	var pe *post.Error
	return err != nil && !errors.As(err, &pe)
}
