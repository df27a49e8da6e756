// Package instagram publishes photos and carousels to an Instagram
// professional account through the Instagram API with Facebook Login (the
// Graph API at graph.facebook.com), using github.com/huandu/facebook/v2 for
// the HTTP plumbing. The account is the one linked to the practice's
// Facebook Page (GET /{page-id}?fields=instagram_business_account), and every
// call carries that Page's token.
//
// Instagram takes no uploaded bytes for feed photos: it fetches each image
// from a public address (image_url) when a media container is created. The
// adapter asks Config.PublicMedia for a short-lived signed link to each
// image; Instagram takes JPEG only, so the link serves a JPEG copy of a PNG,
// GIF or WebP upload (PublicImage, which the kind registers).
//
// Publishing is two steps with no idempotency key, so exactly once rests on
// three things, in order:
//   - a record per post and channel, kept encrypted in the secret store,
//     that names the container before media_publish is called and the
//     published media after: a later attempt for the same post finds it
//     and never publishes a second container;
//   - a look at the account's media of the last day before creating
//     anything: a caption already there is a Duplicate naming that media;
//   - Recent, which lists the account's media with their captions for the
//     scheduler's reconciliation of an answer that was lost.
//
// The daily publishing limit (50 posts in a rolling 24 hours) is read
// before each post: a post beyond it is RateLimited until the oldest post
// of the window leaves it, never failed. Errors are classified on the Graph
// code and Instagram's subcode; the adapter never retries a write.
package instagram

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"time"

	fb "github.com/huandu/facebook/v2"

	"github.com/practicepost/practicepost/channels"
)

// DefaultAPIBase is the Graph API host the Instagram API with Facebook
// Login lives on.
const DefaultAPIBase = "https://graph.facebook.com"

// DefaultGraphVersion is the Graph API version practicepost is tested
// against (PLATFORMS.md §3.1).
const DefaultGraphVersion = "v25.0"

// Instagram's limits for one feed post (PLATFORMS.md §9).
const (
	MaxCaptionChars = 2200
	MaxHashtags     = 30
	MaxMentions     = 20
	MaxImages       = 10 // a carousel holds 2 to 10
	// DailyPosts is what content_publishing_limit says when it cannot be
	// read: 50 posts through the API in a rolling 24 hours.
	DailyPosts = 50
)

var graphVersionPattern = regexp.MustCompile(`^v[0-9]+\.[0-9]+$`)

// Config is one Instagram account channel.
type Config struct {
	// ID is the practicepost channel id, in logs and record names.
	ID string
	// APIBase is the Graph API base URL; DefaultAPIBase when empty.
	APIBase string
	// GraphVersion pins the API version; DefaultGraphVersion when empty.
	GraphVersion string
	// IGUserID is the Instagram professional account's id (the Page's
	// instagram_business_account).
	IGUserID string
	// AccessToken is the linked Facebook Page's token.
	AccessToken string
	// AppID and AppSecret, when set, add appsecret_proof to every call.
	AppID, AppSecret string
	// PublicMedia makes the public links Instagram fetches images from.
	// Nil: every post is refused, since Instagram posts need an image.
	PublicMedia channels.PublicMedia
	// Records keeps the container and media of each post, encrypted, so
	// an attempt after a crash finds what the one before did. Nil only in
	// tests of single calls: the daemon always passes its store.
	Records channels.SecretStore
	// PollInterval is the first wait between two looks at a container
	// still IN_PROGRESS (doubling up to 8 s); PollFor bounds the whole
	// wait. 1 s and 60 s when zero.
	PollInterval, PollFor time.Duration
	// HTTPClient is used for every call; a client with a 30 s timeout when
	// nil.
	HTTPClient *http.Client
	// Logger receives ids, codes and classes, never captions or tokens;
	// discarded when nil.
	Logger *slog.Logger
	// Now is the clock; time.Now when nil.
	Now func() time.Time
}

// withDefaults fills in the optional fields and checks the required ones.
func (cfg Config) withDefaults() (Config, error) {
	var errs []error
	if cfg.ID == "" {
		errs = append(errs, errors.New("channel id is empty"))
	}
	if !digits.MatchString(cfg.IGUserID) {
		errs = append(errs, errors.New("the Instagram account id is missing or not numeric; connect the account from the Channels page"))
	}
	if cfg.AccessToken == "" {
		errs = append(errs, errors.New("the access token is empty; connect the account from the Channels page"))
	}
	if cfg.GraphVersion == "" {
		cfg.GraphVersion = DefaultGraphVersion
	}
	if !graphVersionPattern.MatchString(cfg.GraphVersion) {
		errs = append(errs, fmt.Errorf("graph_version %q is not of the form v25.0", cfg.GraphVersion))
	}
	if base, err := channels.APIBase(cfg.APIBase, DefaultAPIBase); err != nil {
		errs = append(errs, err)
	} else {
		cfg.APIBase = base
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.PollFor <= 0 {
		cfg.PollFor = time.Minute
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if err := errors.Join(errs...); err != nil {
		return cfg, fmt.Errorf("instagram: config: %w", err)
	}
	return cfg, nil
}

// Channel is one Instagram professional account. It is safe for concurrent
// use.
type Channel struct {
	cfg Config
	api api
	log *slog.Logger
}

// New checks cfg and returns the channel. It makes no network call.
func New(cfg Config) (*Channel, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	log := cfg.Logger.With("channel", cfg.ID, "platform", "instagram")
	return &Channel{cfg: cfg, api: newAPI(cfg.APIBase, cfg.GraphVersion, cfg.AppID, cfg.AppSecret, cfg.HTTPClient, log), log: log}, nil
}

// api makes Graph calls on Sessions built by hand: App.Session copies
// neither the HTTP client, the base URL nor the version, and would call the
// real host unversioned.
type api struct {
	base, version string
	app           *fb.App // nil without an app secret
	hc            *http.Client
	log           *slog.Logger
}

func newAPI(base, version, appID, appSecret string, hc *http.Client, log *slog.Logger) api {
	a := api{base: strings.TrimRight(base, "/") + "/", version: version, hc: hc, log: log}
	if appSecret != "" {
		a.app = fb.New(appID, appSecret)
		a.app.EnableAppsecretProof = true
	}
	return a
}

// do makes one call with token and classifies any failure. write marks a
// call that may make something public (media_publish), whose lost answer
// is OutcomeUnknown rather than Retryable.
func (a api) do(ctx context.Context, token string, method fb.Method, path string, params fb.Params, write bool) (fb.Result, error) {
	var s *fb.Session
	if a.app != nil && token != "" {
		s = a.app.Session(token)
	} else {
		s = &fb.Session{}
		s.SetAccessToken(token)
	}
	w := &wire{inner: a.hc}
	s.HttpClient, s.BaseURL, s.Version = w, a.base, a.version
	if token != "" {
		// In a header, the token never sits in a URL a proxy logs.
		s.UseAuthorizationHeader()
	}
	res, err := s.WithContext(ctx).Api(path, method, params)
	if ce := classify(w, err, write); ce != nil {
		a.log.Debug("graph call failed", "path", path, "class", ce.Class.String(), "status", ce.Status)
		return nil, ce
	}
	return res, nil
}

// wire is the HttpClient handed to the library: it keeps what the library
// drops (the status, the headers, whether the request was sent) and strips
// queries from transport errors.
type wire struct {
	inner *http.Client

	mu     sync.Mutex
	status int
	header http.Header
	sent   func() bool // whether the request left the machine
	err    error
}

// Do sends req and records the outcome.
func (w *wire) Do(req *http.Request) (*http.Response, error) {
	req, sent := channels.Written(req)
	resp, err := w.inner.Do(req)
	w.mu.Lock()
	defer w.mu.Unlock()
	w.sent = sent
	if err != nil {
		w.err = channels.RedactURLError(err)
		return nil, w.err
	}
	w.status, w.header = resp.StatusCode, resp.Header.Clone()
	resp.Body = &wireBody{ReadCloser: resp.Body, w: w}
	return resp, nil
}

// Get is required by fb.HttpClient; the library calls Do.
func (w *wire) Get(u string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, channels.RedactURLError(err)
	}
	return w.Do(req)
}

// Post is required by fb.HttpClient; the library calls Do.
func (w *wire) Post(u, contentType string, body io.Reader) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, u, body)
	if err != nil {
		return nil, channels.RedactURLError(err)
	}
	req.Header.Set("Content-Type", contentType)
	return w.Do(req)
}

func (w *wire) outcome() (status int, header http.Header, sent bool, err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.status, w.header, w.sent != nil && w.sent(), w.err
}

// maxAnswer bounds how much of one Graph answer is read: the largest
// (a page of the account's media with their captions) is tens of KiB, and
// the library reads a whole answer into memory, so an endless or
// enormous one from a broken proxy must not take the daemon's.
const maxAnswer = 4 << 20

// errAnswerTooLarge is the read error of an answer over maxAnswer.
var errAnswerTooLarge = fmt.Errorf("the answer is larger than %d MiB, which no Graph answer is", maxAnswer>>20)

// wireBody records a connection cut while the library reads the answer,
// and cuts an answer over maxAnswer.
type wireBody struct {
	io.ReadCloser
	w    *wire
	read int64
}

func (b *wireBody) Read(p []byte) (int, error) {
	if b.read >= maxAnswer {
		// An answer of exactly maxAnswer bytes ends here.
		var probe [1]byte
		if n, err := b.ReadCloser.Read(probe[:]); n == 0 && errors.Is(err, io.EOF) {
			return 0, io.EOF
		}
		b.w.mu.Lock()
		b.w.err = errAnswerTooLarge
		b.w.mu.Unlock()
		return 0, errAnswerTooLarge
	}
	if rest := maxAnswer - b.read; int64(len(p)) > rest {
		p = p[:rest]
	}
	n, err := b.ReadCloser.Read(p)
	b.read += int64(n)
	if err != nil && !errors.Is(err, io.EOF) {
		b.w.mu.Lock()
		b.w.err = channels.RedactURLError(err)
		b.w.mu.Unlock()
	}
	return n, err
}

// Interface guards.
var (
	_ channels.Channel = (*Channel)(nil)
	_ fb.HttpClient    = (*wire)(nil)
)
