package crashtest

import (
	"bytes"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// lossyProxy stands in front of a fake platform and, for a share of post
// creations, passes the request on (so the platform makes the post) and
// then drops the connection without an answer. Unlike the fakes' own
// LoseResponses it remembers which posts lost their answer, so the crash
// test can allow "unknown" exactly there and nowhere else.
type lossyProxy struct {
	target string
	p      float64
	create creation
	srv    *httptest.Server
	client *http.Client
	// latency, when set, holds every request up to this long (a random
	// share of it) before passing it on, as a platform far away does: it
	// widens the moments a kill lands mid-publish.
	latency time.Duration
	// slowShare of the post creations wait slowFor more before they go
	// on, as a platform sometimes takes seconds to take a post.
	slowShare float64
	slowFor   time.Duration

	mu      sync.Mutex
	slow    int             // creations held up slowFor
	refused map[int]int     // creations the platform answered with an error, by status
	lost    map[string]bool // post text whose answer was dropped
	seen    []seenRequest
}

// seenRequest is one request the proxy passed on.
type seenRequest struct {
	method, path string
	at           time.Time
}

// creation tells a platform's post creations apart and reads their text.
type creation struct {
	method, pathSuffix string
	// text reads the post's text from the request body.
	text func(r *http.Request, body []byte) string
}

// Facebook's Page post (POST /{page}/feed, form field message),
// Mastodon's status (POST /api/v1/statuses, JSON field status), X's post
// (POST /2/tweets, JSON field text) and Bluesky's post record
// (com.atproto.repo.createRecord, record.text).
var (
	facebookPost   = creation{http.MethodPost, "/feed", func(r *http.Request, body []byte) string { return formValue(r, body, "message") }}
	mastodonStatus = creation{http.MethodPost, "/api/v1/statuses", jsonText("status")}
	xPost          = creation{http.MethodPost, "/2/tweets", jsonText("text")}
	blueskyRecord  = creation{http.MethodPost, "/xrpc/com.atproto.repo.createRecord", func(_ *http.Request, body []byte) string {
		var v struct {
			Record struct {
				Text string `json:"text"`
			} `json:"record"`
		}
		_ = json.Unmarshal(body, &v) // not JSON: no text, never dropped
		return v.Record.Text
	}}
)

func newLossyProxy(t *testing.T, target string, p float64, create creation) *lossyProxy {
	t.Helper()
	lp := &lossyProxy{target: strings.TrimRight(target, "/"), p: p, create: create, lost: map[string]bool{},
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

// Seen lists when the requests with this method and path suffix arrived.
func (lp *lossyProxy) Seen(method, pathSuffix string) []time.Time {
	lp.mu.Lock()
	defer lp.mu.Unlock()
	var out []time.Time
	for _, r := range lp.seen {
		if r.method == method && strings.HasSuffix(r.path, pathSuffix) {
			out = append(out, r.at)
		}
	}
	return out
}

// Refused is how many post creations the platform answered with this
// error status.
func (lp *lossyProxy) Refused(status int) int {
	lp.mu.Lock()
	defer lp.mu.Unlock()
	return lp.refused[status]
}

// Slow is how many post creations were held up slowFor.
func (lp *lossyProxy) Slow() int {
	lp.mu.Lock()
	defer lp.mu.Unlock()
	return lp.slow
}

// Count is how many answers were dropped.
func (lp *lossyProxy) Count() int {
	lp.mu.Lock()
	defer lp.mu.Unlock()
	return len(lp.lost)
}

func (lp *lossyProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	lp.mu.Lock()
	lp.seen = append(lp.seen, seenRequest{r.Method, r.URL.Path, time.Now()})
	lp.mu.Unlock()
	if lp.latency > 0 {
		time.Sleep(rand.N(lp.latency))
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "proxy: read body", http.StatusBadGateway)
		return
	}
	create := r.Method == lp.create.method && strings.HasSuffix(r.URL.Path, lp.create.pathSuffix)
	if create && rand.Float64() < lp.slowShare {
		lp.mu.Lock()
		lp.slow++
		lp.mu.Unlock()
		time.Sleep(lp.slowFor)
	}
	out, err := http.NewRequestWithContext(r.Context(), r.Method, lp.target+r.URL.RequestURI(), bytes.NewReader(body))
	if err != nil {
		http.Error(w, "proxy: "+err.Error(), http.StatusBadGateway)
		return
	}
	out.Header = r.Header.Clone()
	// As a network in between does: X's OAuth 1.0a signature covers the
	// host the daemon addressed.
	out.Host = r.Host
	resp, err := lp.client.Do(out)
	if err != nil {
		http.Error(w, "proxy: "+err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	answer, _ := io.ReadAll(resp.Body)
	if create && resp.StatusCode >= 400 {
		lp.mu.Lock()
		if lp.refused == nil {
			lp.refused = map[int]int{}
		}
		lp.refused[resp.StatusCode]++
		lp.mu.Unlock()
	}
	if create && resp.StatusCode == http.StatusOK && rand.Float64() < lp.p {
		if text := lp.create.text(r, body); text != "" {
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

// jsonText reads the string field of a JSON object body ("" when the body
// is not JSON: no text, never dropped).
func jsonText(field string) func(*http.Request, []byte) string {
	return func(_ *http.Request, body []byte) string {
		var v map[string]any
		_ = json.Unmarshal(body, &v)
		text, _ := v[field].(string)
		return text
	}
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
