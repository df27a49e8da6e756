package localapi

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
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

// maxSocketPath is the longest socket path the kernel takes: sun_path
// less its NUL.
func maxSocketPath() int {
	if runtime.GOOS == "linux" {
		return 107
	}
	return 103
}

// Listen opens the socket at path, private to the daemon's account. A
// stale socket left by a killed daemon is replaced; a live one is an error.
func Listen(path string) (net.Listener, error) {
	// The kernel keeps a Unix socket's path in sun_path: 108 bytes on
	// Linux, 104 on the BSDs and macOS, with its NUL. Past it bind says
	// only "invalid argument".
	if len(path) > maxSocketPath() {
		return nil, fmt.Errorf("the socket path %s is %d bytes, too long for a Unix socket (at most %d): put the data directory on a shorter path", path, len(path), maxSocketPath())
	}
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
