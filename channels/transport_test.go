package channels_test

import (
	"bytes"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels"
)

// TestHTTPDo checks how HTTP.Do tells a lost answer from a request that
// never arrived and hands refusals to the adapter's classifier.
func TestHTTPDo(t *testing.T) {
	drop := func(w http.ResponseWriter, _ *http.Request) {
		conn, _, err := http.NewResponseController(w).Hijack()
		if err != nil {
			panic(http.ErrAbortHandler)
		}
		_ = conn.Close()
	}
	cut := func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Length", "100")
		_, _ = io.WriteString(w, `{"id":`)
		_ = http.NewResponseController(w).Flush()
		drop(w, nil)
	}
	created := func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusCreated)
		_, _ = io.WriteString(w, `{"id":"1"}`)
	}
	refused := func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("X-Request-Id", "req-7")
		w.WriteHeader(http.StatusUnprocessableEntity)
		_, _ = io.WriteString(w, `{"error":"duplicate"}`)
	}
	long := func(w http.ResponseWriter, _ *http.Request) {
		_, _ = io.WriteString(w, strings.Repeat("x", 100))
	}
	cases := []struct {
		name      string
		handler   http.HandlerFunc
		closed    bool // the server is gone before the call: nothing was written
		write     bool
		wantClass channels.Class // 0: no error
		wantBody  string
	}{
		{name: "created", handler: created, write: true, wantBody: `{"id":"1"}`},
		{name: "refused", handler: refused, write: true, wantClass: channels.Duplicate, wantBody: `{"error":"duplicate"}`},
		{name: "write lost after sending", handler: drop, write: true, wantClass: channels.OutcomeUnknown},
		{name: "read lost after sending", handler: drop, write: false, wantClass: channels.Retryable},
		{name: "write cut mid-answer", handler: cut, write: true, wantClass: channels.OutcomeUnknown},
		{name: "read cut mid-answer", handler: cut, write: false, wantClass: channels.Retryable},
		{name: "write never sent", handler: created, closed: true, write: true, wantClass: channels.Retryable},
		{name: "answer capped", handler: long, wantBody: strings.Repeat("x", 64)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(tc.handler)
			defer srv.Close()
			if tc.closed {
				srv.Close()
			}
			var logs bytes.Buffer
			var refusedWith channels.Answer
			h := channels.HTTP{
				Client: srv.Client(), Network: "Example", MaxBody: 64,
				Lost: "lost", Unreachable: "unreachable",
				Refused: func(a channels.Answer) *channels.Error {
					refusedWith = a
					return &channels.Error{Class: channels.Duplicate, Reason: "dup", Status: a.Status}
				},
				Log:        slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
				LogHeaders: map[string]string{"request_id": "X-Request-Id"},
			}
			req, err := http.NewRequest(http.MethodPost, srv.URL+"/posts?access_token=secret", strings.NewReader(`{}`))
			if err != nil {
				t.Fatal(err)
			}
			a, err := h.Do(req, tc.write)
			if tc.wantClass == 0 {
				if err != nil {
					t.Fatalf("Do: %v", err)
				}
			} else {
				var ce *channels.Error
				if !errors.As(err, &ce) {
					t.Fatalf("Do: %v, want a *channels.Error of class %v", err, tc.wantClass)
				}
				if ce.Class != tc.wantClass {
					t.Fatalf("class %v, want %v (%v)", ce.Class, tc.wantClass, err)
				}
				if strings.Contains(ce.Error(), "secret") || (ce.Err != nil && strings.Contains(ce.Err.Error(), "secret")) {
					t.Errorf("the error quotes the query: %v / %v", ce, ce.Err)
				}
			}
			if string(a.Body) != tc.wantBody {
				t.Errorf("body %q, want %q", a.Body, tc.wantBody)
			}
			if tc.wantClass == channels.Duplicate {
				if refusedWith.Status != http.StatusUnprocessableEntity || string(refusedWith.Body) != tc.wantBody {
					t.Errorf("Refused got %d %q", refusedWith.Status, refusedWith.Body)
				}
				line := logs.String()
				for _, want := range []string{"example call failed", "path=/posts", "status=422", "class=duplicate", "request_id=req-7"} {
					if !strings.Contains(line, want) {
						t.Errorf("log %q lacks %q", line, want)
					}
				}
				if strings.Contains(line, "secret") {
					t.Errorf("log quotes the query: %q", line)
				}
			}
		})
	}
}

func TestHTTPJSON(t *testing.T) {
	h := channels.HTTP{Network: "Example"}
	buf, err := h.JSON(map[string]string{"text": "a <b> & c"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "{\"text\":\"a <b> & c\"}\n"; got != want {
		t.Errorf("JSON %q, want %q (HTML left as it is)", got, want)
	}
	_, err = h.JSON(func() {})
	var ce *channels.Error
	if !errors.As(err, &ce) || ce.Class != channels.Permanent || ce.Reason != "the request to Example could not be built" {
		t.Errorf("JSON of a func: %v, want Permanent with the network named", err)
	}
}
