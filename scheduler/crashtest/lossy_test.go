package crashtest

import (
	"bytes"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// lossyProxy stands in front of a fake platform and, for a share of post
// creations, passes the request on (so the platform makes the post) and
// then drops the connection without an answer. Unlike the fakes' own
// LoseResponses it remembers which posts lost their answer, so the crash
// test can allow "unknown" exactly there and nowhere else.
type lossyProxy struct {
	target string
	p      float64
	srv    *httptest.Server
	client *http.Client

	mu   sync.Mutex
	lost map[string]bool // post text whose answer was dropped
}

func newLossyProxy(t *testing.T, target string, p float64) *lossyProxy {
	t.Helper()
	lp := &lossyProxy{target: strings.TrimRight(target, "/"), p: p, lost: map[string]bool{},
		client: &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	lp.srv = httptest.NewServer(lp)
	t.Cleanup(lp.srv.Close)
	return lp
}

// URL is the proxy's address, for the daemon's config.
func (lp *lossyProxy) URL() string { return lp.srv.URL }

// Lost reports whether the answer to the post with this text was dropped.
func (lp *lossyProxy) Lost(text string) bool {
	lp.mu.Lock()
	defer lp.mu.Unlock()
	return lp.lost[text]
}

// Count is how many answers were dropped.
func (lp *lossyProxy) Count() int {
	lp.mu.Lock()
	defer lp.mu.Unlock()
	return len(lp.lost)
}

func (lp *lossyProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "proxy: read body", http.StatusBadGateway)
		return
	}
	out, err := http.NewRequestWithContext(r.Context(), r.Method, lp.target+r.URL.RequestURI(), bytes.NewReader(body))
	if err != nil {
		http.Error(w, "proxy: "+err.Error(), http.StatusBadGateway)
		return
	}
	out.Header = r.Header.Clone()
	resp, err := lp.client.Do(out)
	if err != nil {
		http.Error(w, "proxy: "+err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	answer, _ := io.ReadAll(resp.Body)
	create := r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/feed")
	if create && resp.StatusCode == http.StatusOK && rand.Float64() < lp.p {
		if text := formValue(r, body, "message"); text != "" {
			lp.mu.Lock()
			lp.lost[text] = true
			lp.mu.Unlock()
			// The platform made the post; the answer never arrives.
			panic(http.ErrAbortHandler)
		}
	}
	for k, vs := range resp.Header {
		w.Header()[k] = vs
	}
	w.WriteHeader(resp.StatusCode)
	w.Write(answer)
}

// formValue reads one field of a form or multipart request body.
func formValue(r *http.Request, body []byte, key string) string {
	c := r.Clone(r.Context())
	c.Body = io.NopCloser(bytes.NewReader(body))
	c.Form, c.PostForm, c.MultipartForm = nil, nil, nil
	// A url-encoded body is parsed before ErrNotMultipart comes back.
	if err := c.ParseMultipartForm(1 << 20); err != nil && c.Form == nil {
		return ""
	}
	return c.Form.Get(key)
}
