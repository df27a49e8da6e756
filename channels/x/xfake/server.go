// Package xfake is an in-process fake of the X API v2 for tests: posts,
// media upload, lookups, search, users/me and the OAuth 2.0 token endpoint.
// It enforces the real contract (paths, Authorization, Content-Type, the
// request body schema with additionalProperties false, the weighted length
// limit) and answers with X's real statuses, headers and error bodies, so an
// adapter that passes against it parses what X sends.
//
// It implements channeltest.Fake. It is safe for concurrent use and keeps
// its state until Reset, so a crash test can count posts with Accepted.
package xfake

import (
	"encoding/json"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/practicepost/practicepost/channels/channeltest"
)

// Credentials the fake accepts. Adapters under test use these.
const (
	ConsumerKey       = "xfake-consumer-key"
	ConsumerSecret    = "xfake-consumer-secret-5f2c"
	AccessToken       = "1452000000000000001-xfakeaccesstoken"
	AccessTokenSecret = "xfake-access-token-secret-9d1e"
	ClientID          = "xfake-client-id"
	ClientSecret      = "xfake-client-secret-77aa"
	// BearerToken is an OAuth 2.0 user access token valid from the start.
	BearerToken = "xfake-bearer-0"
	// RefreshToken is the first refresh token of the fake's token family.
	RefreshToken = "xfake-refresh-0"
)

// The account the credentials open.
const (
	UserID   = "1452000000000000001"
	Username = "springfieldclinic"
	UserName = "Springfield Family Clinic"
)

// MaxWeightedLength is X's post length limit.
const MaxWeightedLength = 280

// Server is a running fake X API.
type Server struct {
	srv *httptest.Server

	mu      sync.Mutex
	now     func() time.Time
	rng     *rand.Rand
	nextID  int64
	posts   []*tweet // the practice's own posts, oldest first
	replies []*tweet // other people's replies
	users   map[string]user
	uploads map[string]*upload
	images  [][]byte // the bytes of every finalized upload, in order
	// processingFails makes GIF processing end "failed".
	processingFails bool
	faults          []channeltest.Fault
	lossP           float64
	expired         bool
	credits         bool // true when credits are depleted
	dailyCap        time.Time
	legacy          bool   // answer errors in the legacy {"errors":[...]} shape
	metric          string // "retweet_count" or "repost_count"
	tokens          tokenState
	// signedIn is who the authorize page grants codes for;
	// slowApproval makes those codes stale at once.
	signedIn     string
	slowApproval bool
	requests     map[string]int // "METHOD /path" → count
	window       rateWindow
}

type user struct{ ID, Username, Name string }

// rateWindow is the fake's 15-minute per-user counter, reported in the
// x-rate-limit-* headers of every response.
type rateWindow struct {
	reset time.Time
	used  int
}

// New starts a fake X API; Close it when done.
func New() *Server {
	s := &Server{now: time.Now}
	s.reset()
	s.srv = httptest.NewServer(s.Handler())
	return s
}

// URL is the base URL to give the adapter (its APIBase).
func (s *Server) URL() string { return s.srv.URL }

// Close stops the server, ending any hanging request.
func (s *Server) Close() {
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// Reset forgets posts, replies, uploads, faults, token expiry and
// issued OAuth 2.0 tokens.
func (s *Server) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reset()
}

func (s *Server) reset() {
	s.rng = rand.New(rand.NewPCG(1, 2))
	s.nextID = 1880000000000000000
	s.posts, s.replies = nil, nil
	s.users = map[string]user{UserID: {UserID, Username, UserName}, OtherUserID: {OtherUserID, OtherUsername, OtherUserName}}
	s.signedIn, s.slowApproval = UserID, false
	s.uploads = map[string]*upload{}
	s.images, s.processingFails = nil, false
	s.faults, s.lossP, s.expired, s.credits = nil, 0, false, false
	s.dailyCap, s.legacy, s.metric = time.Time{}, false, "retweet_count"
	s.tokens = newTokenState()
	s.requests = map[string]int{}
	s.window = rateWindow{}
}

// Accepted lists the posts the fake created, oldest first.
func (s *Server) Accepted() []channeltest.Accepted {
	s.mu.Lock()
	defer s.mu.Unlock()
	return channeltest.AcceptedOf(s.posts, func(t *tweet) channeltest.Accepted {
		return channeltest.Accepted{RemoteID: t.ID, Text: t.SentText, MediaCount: len(t.MediaIDs), ReplyTo: t.ReplyTo, At: t.CreatedAt}
	})
}

// Images returns the bytes of every image uploaded (finalized), in order,
// so a test can check what X received.
func (s *Server) Images() [][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.images)
}

// SetMediaProcessingFails makes the processing of uploaded GIFs end in
// state "failed".
func (s *Server) SetMediaProcessingFails(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.processingFails = on
}

// Fail makes the next n create requests fail with f.
func (s *Server) Fail(n int, f channeltest.Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.faults = append(s.faults, f)
	}
}

// LoseResponses makes creates store the post and then drop the connection,
// with probability p.
func (s *Server) LoseResponses(p float64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lossP = p
}

// ExpireToken makes every later call answer 401, as X does for a revoked
// or expired token.
func (s *Server) ExpireToken() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.expired = true
}

// SetCreditsDepleted makes creates answer 402 credits-depleted while on.
func (s *Server) SetCreditsDepleted(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.credits = on
}

// SetDailyCap makes creates answer 429 with x-user-limit-24hour-remaining 0
// and the 24-hour reset at reset, until reset passes (zero turns it off).
func (s *Server) SetDailyCap(reset time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dailyCap = reset
}

// SetLegacyErrors makes error answers use the legacy {"errors":[{code,
// message}]} body instead of problem details.
func (s *Server) SetLegacyErrors(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.legacy = on
}

// SetRepostCountName makes public_metrics use "repost_count" (spec v2.167)
// instead of "retweet_count" (v2.159 and the docs).
func (s *Server) SetRepostCountName(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.metric = "retweet_count"
	if on {
		s.metric = "repost_count"
	}
}

// Requests returns how many requests reached "METHOD /path" (path without
// ids, e.g. "POST /2/oauth2/token").
func (s *Server) Requests(route string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[route]
}

// newID returns the next snowflake-like id. Callers hold s.mu.
func (s *Server) newID() string {
	s.nextID += 1 + int64(s.rng.IntN(1000))
	return strconv.FormatInt(s.nextID, 10)
}

// rateHeaders sets the x-rate-limit-* headers every X response carries.
// Callers hold s.mu.
func (s *Server) rateHeaders(w http.ResponseWriter) {
	now := s.now()
	if !now.Before(s.window.reset) {
		s.window = rateWindow{reset: now.Add(15 * time.Minute)}
	}
	s.window.used++
	h := w.Header()
	h.Set("x-rate-limit-limit", "900")
	h.Set("x-rate-limit-remaining", strconv.Itoa(max(0, 900-s.window.used)))
	h.Set("x-rate-limit-reset", strconv.FormatInt(s.window.reset.Unix(), 10))
}

// writeJSON answers status with v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	writeBody(w, v)
}

// writeBody writes v as JSON after the status line was written.
func writeBody(w http.ResponseWriter, v any) {
	_ = json.NewEncoder(w).Encode(v) // the client went away; nothing to do
}
