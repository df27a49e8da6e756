// Package mastodonfake is an in-process fake of one Mastodon instance and
// one account on it, for tests of the mastodon channel and of the
// scheduler.
//
// It enforces Mastodon's contract as PLATFORMS.md section 5.2 and the API
// documentation record it: a Bearer access token (401 {"error": "The
// access token is invalid"} otherwise), POST /api/v1/statuses as JSON or
// form with status, visibility, spoiler_text, media_ids and
// in_reply_to_id, validation refusals as 422 {"error": "Validation
// failed: ..."} (text over the instance's max_characters, every URL
// counting 23), the Idempotency-Key kept for one hour (the same key
// answers the first status again, creating nothing), X-RateLimit-Limit,
// -Remaining and -Reset (an ISO 8601 time) on every answer and 429 when
// told, media uploads that are processed asynchronously (202, then 206
// until ready), status content as HTML, and the account's statuses
// newest first with max_id paging. It keeps state until Reset and is safe
// for concurrent use.
//
// One answer is not stock Mastodon: channeltest's FaultDuplicate is a 422
// "Validation failed: Text has already been posted", as anti-spam rules on
// some servers answer; stock Mastodon refuses no duplicate text.
package mastodonfake

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/post"
)

// The fake's account and token.
const (
	AccountID   = "109382715004251903"
	Username    = "riversideclinic"
	DisplayName = "Riverside Family Clinic"
	AccessToken = "zv8KpQ2fake-mastodon-token-0123456789abcdef"
	// IdempotencyTTL is how long the instance remembers a key.
	IdempotencyTTL = time.Hour
	// DefaultMaxChars is the instance's status length until SetMaxChars.
	DefaultMaxChars = 500
)

// Server is the fake instance.
//
// ExpireToken revokes the token: every call answers 401 until Reset. The
// clock (SetClock) decides when idempotency keys expire.
type Server struct {
	channeltest.FakeServer // URL, Close, Fail, LoseResponses, Lost, ExpireToken, SetClock

	mu       sync.Mutex
	seq      int64
	statuses []*fStatus // oldest first
	media    map[string]*fMedia
	keys     map[string]idem // Idempotency-Key → the status it made
	hide     bool            // the account's listing shows nothing
	lag      time.Duration   // the listing leaves out statuses younger than this
	replays  int             // creates answered from a stored Idempotency-Key
	maxChars int
	requests int       // in the current rate-limit window
	creates  []string  // the Idempotency-Key of every status POST, in order
	readyIn  int       // polls before an upload is processed
	windowAt time.Time // start of the rate-limit window

	// OAuth: registered apps, codes waiting, tokens issued, and who is
	// signed in to the instance's consent page.
	apps     map[string]*fApp
	appOrder []string
	codes    map[string]grant
	tokens   map[string]fToken
	signedIn string
}

type idem struct {
	id string
	at time.Time
}

type fStatus struct {
	id, text, spoiler, visibility, inReplyTo string
	accountID, authorName, authorAcct        string
	media                                    int
	created                                  time.Time
	favourites, reblogs, replies             int64
}

type fMedia struct {
	id, description string
	polls           int
	attached        bool
}

// New starts a fake. Close it when done.
func New() *Server {
	s := &Server{}
	s.reset()
	s.Start(s.serve) // URL is the instance's address
	return s
}

// Reset forgets statuses, media, keys, faults, settings, apps and the
// tokens they were given.
func (s *Server) Reset() {
	s.ResetShared()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reset()
}

// reset sets the initial state; callers hold s.mu (or own s).
func (s *Server) reset() {
	s.statuses, s.creates = nil, nil
	s.media, s.keys = map[string]*fMedia{}, map[string]idem{}
	s.hide, s.lag, s.replays = false, 0, 0
	s.maxChars, s.readyIn, s.requests = DefaultMaxChars, 1, 0
	s.windowAt = time.Time{}
	s.apps, s.appOrder, s.codes = map[string]*fApp{}, nil, map[string]grant{}
	// AccessToken is the account's own token, as Preferences → Development
	// makes it: read and write.
	s.tokens = map[string]fToken{AccessToken: {account: AccountID, scopes: []string{"read", "write"}}}
	s.signedIn = AccountID
}

// Accepted lists the account's statuses the fake created, oldest first
// (replies by others, from AddComment, are not the account's).
func (s *Server) Accepted() []channeltest.Accepted {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []channeltest.Accepted
	for _, st := range s.statuses {
		if st.accountID == AccountID {
			out = append(out, channeltest.Accepted{RemoteID: st.id, Text: st.text, MediaCount: st.media, ReplyTo: st.inReplyTo, At: st.created})
		}
	}
	return out
}

// Status returns a status's spoiler text and visibility, false when there
// is no such status.
func (s *Server) Status(id string) (spoiler, visibility string, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st := s.find(id); st != nil {
		return st.spoiler, st.visibility, true
	}
	return "", "", false
}

// SetVisibility changes a status's visibility (public, unlisted, private
// or direct), as its author could have chosen it.
func (s *Server) SetVisibility(id, visibility string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st := s.find(id); st != nil {
		st.visibility = visibility
	}
}

// CreateKeys is the Idempotency-Key of every status POST that reached the
// create step, in order ("" for one without a key).
func (s *Server) CreateKeys() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.creates...)
}

// HideStatuses makes the account's status listing answer empty (on), as a
// listing served from a lagging replica does right after a create.
func (s *Server) HideStatuses(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hide = on
}

// LagListing makes the account's listing leave out statuses younger than
// d, as a listing served from a lagging replica does: a look at the
// account right after a lost answer does not show the status, and only
// the Idempotency-Key stops a retry from making a second one.
func (s *Server) LagListing(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lag = d
}

// Replays is how many creates were answered with the status an earlier
// create with the same Idempotency-Key made.
func (s *Server) Replays() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.replays
}

// SetMaxChars sets the instance's max_characters.
func (s *Server) SetMaxChars(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.maxChars = n
}

// Account is what Verify reports for the fake's token.
func (s *Server) Account() post.Account {
	return post.Account{ID: AccountID, Name: "@" + Username, URL: s.URL() + "/@" + Username}
}

// SetMetrics stores counts on a status and returns what a correct adapter
// reports: favourites as reactions, boosts as shares, replies as comments;
// Mastodon has no impressions or clicks.
func (s *Server) SetMetrics(remoteID string, m post.Metrics) post.Metrics {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.find(remoteID)
	if st == nil {
		return post.Metrics{RemoteID: remoteID}
	}
	st.favourites, st.reblogs, st.replies = val(m.Reactions), val(m.Shares), val(m.Comments)
	f, r, c := st.favourites, st.reblogs, st.replies
	return post.Metrics{RemoteID: remoteID, Reactions: &f, Shares: &r, Comments: &c}
}

// AddComment stores a reply by another account to a status and returns it
// as a correct adapter reports it.
func (s *Server) AddComment(postRemoteID string, c post.Comment) post.Comment {
	s.mu.Lock()
	defer s.mu.Unlock()
	parent := s.find(postRemoteID)
	if parent == nil {
		return post.Comment{}
	}
	parent.replies++
	now := s.Now().UTC().Truncate(time.Second)
	st := &fStatus{id: s.nextID(), text: c.Text, visibility: "public", inReplyTo: postRemoteID,
		accountID: c.AuthorID, authorName: c.Author, authorAcct: "user" + c.AuthorID + "@example.social", created: now}
	s.statuses = append(s.statuses, st)
	return post.Comment{RemoteID: st.id, PostRemoteID: postRemoteID, Author: c.Author, AuthorID: c.AuthorID, Text: c.Text, At: now,
		Mentions: strings.Contains(strings.ToLower(c.Text), "@"+Username)}
}

func (s *Server) nextID() string {
	s.seq++
	return strconv.FormatInt(109400000000000000+s.seq, 10)
}

func (s *Server) find(id string) *fStatus {
	return channeltest.Find(s.statuses, func(st *fStatus) bool { return st.id == id })
}

func val(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

// Interface guard.
var _ channeltest.Fake = (*Server)(nil)
