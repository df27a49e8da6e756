package localapi

import (
	"bytes"
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"time"
)

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }

// SocketClient returns a client that reaches the daemon's Unix socket.
func SocketClient(path string) *Client {
	tr := &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "unix", path)
		},
		DisableKeepAlives: true,
	}
	return &Client{HTTP: &http.Client{Transport: tr, Timeout: 5 * time.Minute}}
}

// InProcess returns a client that serves calls with h directly, for the CLI
// when no daemon is running.
func InProcess(h http.Handler) *Client {
	return &Client{HTTP: &http.Client{Transport: handlerTransport{h}}}
}

type handlerTransport struct{ h http.Handler }

func (t handlerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	rec := httptest.NewRecorder()
	t.h.ServeHTTP(rec, r)
	return rec.Result(), nil
}

// Listen opens the socket at path, private to the daemon's account. A
// stale socket left by a killed daemon is replaced; a live one is an error.
func Listen(path string) (net.Listener, error) {
	if c, err := net.DialTimeout("unix", path, 200*time.Millisecond); err == nil {
		c.Close()
		return nil, &os.PathError{Op: "listen", Path: path, Err: os.ErrExist}
	}
	os.Remove(path)
	// The umask makes the socket 0600 from birth; chmod afterwards would
	// leave a window in which others could connect.
	old := umask(0o177)
	l, err := net.Listen("unix", path)
	umask(old)
	if err != nil {
		return nil, err
	}
	return l, os.Chmod(path, 0o600)
}
