package facebook

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"

	fb "github.com/huandu/facebook/v2"

	"github.com/practicepost/practicepost/channels"
)

// Channel is one Facebook Page. It is safe for concurrent use.
type Channel struct {
	cfg Config
	g   graph
	log *slog.Logger
}

// New checks cfg and returns the Page channel. It makes no network call;
// Verify does.
func New(cfg Config) (*Channel, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	log := cfg.Logger.With("channel", cfg.ID, "platform", "facebook")
	return &Channel{cfg: cfg, g: newGraph(cfg.APIBase, cfg.GraphVersion, cfg.AppID, cfg.AppSecret, cfg.HTTPClient, log), log: log}, nil
}

// call makes one Graph request with the Page token. write marks a request
// that may create something, whose lost answer is OutcomeUnknown rather
// than Retryable.
func (c *Channel) call(ctx context.Context, method fb.Method, path string, params fb.Params, write bool) (fb.Result, error) {
	return c.g.call(ctx, c.cfg.PageAccessToken, method, path, params, write)
}

// graph is what every Graph call needs besides the token.
type graph struct {
	base    string // with a trailing slash, as the library requires
	version string
	app     *fb.App // nil without an app secret: no appsecret_proof then
	hc      *http.Client
	log     *slog.Logger
}

func newGraph(base, version, appID, appSecret string, hc *http.Client, log *slog.Logger) graph {
	g := graph{base: strings.TrimRight(base, "/") + "/", version: version, hc: hc, log: log}
	if appSecret != "" {
		g.app = fb.New(appID, appSecret)
		g.app.EnableAppsecretProof = true
	}
	return g
}

// call makes one Graph request with token (none when empty) and turns every
// failure into a *channels.Error.
func (g graph) call(ctx context.Context, token string, method fb.Method, path string, params fb.Params, write bool) (fb.Result, error) {
	s, rec := g.session(ctx, token)
	res, err := s.Api(path, method, params)
	if cerr := classify(rec, err, write); cerr != nil {
		g.log.Debug("graph call failed", "path", redactPath(path), "class", cerr.Class.String(), "status", cerr.Status)
		return nil, cerr
	}
	return res, nil
}

// session builds a Session for one call. It is built by hand because
// App.Session copies neither the HTTP client, the base URL nor the version.
func (g graph) session(ctx context.Context, token string) (*fb.Session, *recorder) {
	var s *fb.Session
	if g.app != nil && token != "" {
		s = g.app.Session(token)
	} else {
		s = &fb.Session{}
		s.SetAccessToken(token)
	}
	rec := &recorder{inner: g.hc}
	s.HttpClient = rec
	s.BaseURL = g.base
	s.Version = g.version
	if token != "" {
		// The token goes in a header, so it never sits in a URL that a
		// proxy logs or an error message quotes.
		s.UseAuthorizationHeader()
	}
	return s.WithContext(ctx), rec
}

// redactPath keeps the path of a Graph call for logs without its query.
func redactPath(p string) string {
	if i := strings.IndexByte(p, '?'); i >= 0 {
		return p[:i]
	}
	return p
}

// recorder is the HttpClient handed to the library. It keeps what the
// library throws away (status, headers, whether the request left the
// machine) and strips the query from transport errors, where a token could
// otherwise appear.
type recorder struct {
	inner *http.Client

	mu       sync.Mutex
	status   int
	header   http.Header
	written  func() bool // whether the request left the machine
	transErr error
}

// Do sends req and records the outcome.
func (r *recorder) Do(req *http.Request) (*http.Response, error) {
	req, written := channels.Written(req)
	resp, err := r.inner.Do(req)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.written = written
	if err != nil {
		err = channels.RedactURLError(err)
		r.transErr = err
		return nil, err
	}
	r.status = resp.StatusCode
	r.header = resp.Header.Clone()
	// The library reads the body after Do returns; a failure then (a
	// connection cut mid-answer) is a transport failure too.
	resp.Body = &bodyRecorder{ReadCloser: resp.Body, r: r}
	return resp, nil
}

// Get is required by fb.HttpClient; the library only calls Do.
func (r *recorder) Get(u string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, channels.RedactURLError(err)
	}
	return r.Do(req)
}

// Post is required by fb.HttpClient; the library only calls Do.
func (r *recorder) Post(u, contentType string, body io.Reader) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, u, body)
	if err != nil {
		return nil, channels.RedactURLError(err)
	}
	req.Header.Set("Content-Type", contentType)
	return r.Do(req)
}

func (r *recorder) snapshot() (status int, header http.Header, wrote bool, transErr error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	wrote = r.written != nil && r.written()
	return r.status, r.header, wrote, r.transErr
}

type bodyRecorder struct {
	io.ReadCloser
	r *recorder
}

func (b *bodyRecorder) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil && !errors.Is(err, io.EOF) {
		b.r.mu.Lock()
		b.r.transErr = channels.RedactURLError(err)
		b.r.mu.Unlock()
	}
	return n, err
}

// publishError wraps a classified error for the Publish path.
func publishError(err error) error {
	return fmt.Errorf("facebook: publish: %w", err)
}

// Interface guards.
var _ channels.Channel = (*Channel)(nil)
var _ fb.HttpClient = (*recorder)(nil)
