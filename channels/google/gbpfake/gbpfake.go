// Package gbpfake is an in-process fake of the Google Business Profile
// APIs for one account and location, for tests of the google channel and
// of the scheduler.
//
// It enforces Google's contract as PLATFORMS.md section 9 records it: a
// Bearer access token issued by its token endpoint (refresh_token and
// authorization_code grants, client id and secret in the form), Google's
// error body {"error":{"code","message","status"}}, unknown JSON fields
// refused as INVALID_ARGUMENT, summaries of at most 1,500 characters and
// without a phone number, CALL buttons without a URL and other buttons
// with one, an event (a title and a schedule of real dates, times paired,
// ending after it starts) on EVENT and OFFER posts only, an offer on OFFER
// posts only (whose button Google ignores), alertType COVID_19 on ALERT
// posts only, photos fetched from their public sourceUrl, 429
// RESOURCE_EXHAUSTED, posts that are LIVE at once or PROCESSING until the
// test moves them to LIVE or REJECTED, and reviews with and without
// replies (PUT …/reviews/{id}/reply). It keeps state until Reset and is
// safe for concurrent use.
package gbpfake

import (
	"encoding/json"
	"net"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/post"
)

// The fake's account, location and credentials.
const (
	AccountID     = "1098765432101234567"
	LocationID    = "4412345678901234567"
	LocationTitle = "Riverside Family Clinic"
	// LocationStreet and LocationCity are its storefront address.
	LocationStreet = "120 River Rd"
	LocationCity   = "Springfield"
	MapsURI        = "https://maps.google.com/maps?cid=4412345678901234567"
	ClientID       = "123456789012-fakeclient.apps.googleusercontent.com"
	ClientSecret   = "GOCSPX-fake-client-secret-7c1e"
	RefreshToken   = "1//0fakeREFRESHtoken-0123456789"
	// AccessToken is what the token endpoint issues.
	AccessToken = "ya29.fakeACCESStoken-0123456789"
)

// Location is the location's resource name in the v4 API.
const Location = "accounts/" + AccountID + "/locations/" + LocationID

// Server is the fake Business Profile API.
//
// ExpireToken revokes the grant: the access token answers 401
// UNAUTHENTICATED and the refresh token invalid_grant, until Reset.
type Server struct {
	channeltest.FakeServer // URL, Close, Fail, LoseResponses, Lost, ExpireToken, SetClock
	// fetch is the client the fake fetches photos with: loopback
	// addresses only.
	fetch *http.Client

	mu      sync.Mutex
	seq     int
	posts   []*gPost // oldest first
	reviews []*gReview
	// hangAfterWrite: a create or reply takes effect, then the answer
	// never comes (the client's deadline ends the request).
	hangAfterWrite bool
	// initial is the state new posts get: LIVE, or PROCESSING.
	initial string
	// replyPuts counts every reply PUT that changed a review.
	replyPuts map[string]int
	bodies    [][]byte
	fetched   []string          // photo addresses fetched and found to be images
	codes     map[string]string // authorization code → its PKCE challenge
	// more are the account's locations beside Location (AddLocation):
	// they show in the location picker, but the fake's posts, reviews
	// and insights are Location's only.
	more []fakeLocation
}

// fakeLocation is a location as Business Information lists it.
type fakeLocation struct {
	id, title, street, city string
}

func (l *fakeLocation) json() map[string]any {
	out := map[string]any{"name": "locations/" + l.id, "title": l.title,
		"metadata": map[string]any{"mapsUri": "https://maps.google.com/maps?cid=" + l.id}}
	if l.street != "" {
		out["storefrontAddress"] = map[string]any{"regionCode": "US", "addressLines": []string{l.street}, "locality": l.city}
	}
	return out
}

// AddLocation adds a location to the account (id digits only), so
// connecting has several to pick from.
func (s *Server) AddLocation(id, title, street, city string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.more = append(s.more, fakeLocation{id: id, title: title, street: street, city: city})
}

// locations lists the account's locations, Location first.
func (s *Server) locations() []fakeLocation {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]fakeLocation{{id: LocationID, title: LocationTitle, street: LocationStreet, city: LocationCity}}, s.more...)
}

// location is one of the account's locations, nil when it has none by id.
func (s *Server) location(id string) *fakeLocation {
	for _, l := range s.locations() {
		if l.id == id {
			return &l
		}
	}
	return nil
}

type gPost struct {
	name      string
	summary   string
	link      string
	button    string
	media     int
	created   time.Time
	state     string
	views     *int64
	clicks    *int64
	topicType string
	alertType string
	event     map[string]any // title and schedule, as sent
	offer     *gOffer
}

type gReview struct {
	name, id  string
	author    string
	stars     int
	comment   string
	created   time.Time
	updated   time.Time
	reply     string
	replyAt   time.Time
	anonymous bool
}

// New starts a fake. Close it when done.
func New() *Server {
	dialer := &net.Dialer{Timeout: 5 * time.Second, Control: loopbackOnly}
	s := &Server{initial: "LIVE", replyPuts: map[string]int{}, codes: map[string]string{},
		fetch: &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{DialContext: dialer.DialContext}}}
	s.Start(s.serve)
	return s
}

// TokenURL is the fake's OAuth token endpoint (URL is the base URL of
// every API host and of OAuth).
func (s *Server) TokenURL() string { return s.URL() + "/token" }

// Accepted lists the local posts the fake created, oldest first.
func (s *Server) Accepted() []channeltest.Accepted {
	s.mu.Lock()
	defer s.mu.Unlock()
	return channeltest.AcceptedOf(s.posts, func(p *gPost) channeltest.Accepted {
		return channeltest.Accepted{RemoteID: p.name, Text: p.summary, Link: p.link, MediaCount: p.media, At: p.created}
	})
}

// LocalPost returns a created post as Google answers it (JSON decoded
// into maps: topicType, callToAction, event, offer, alertType …), and
// false when there is no such post.
func (s *Server) LocalPost(name string) (map[string]any, bool) {
	s.mu.Lock()
	p := s.findPost(name)
	var out map[string]any
	if p != nil {
		out = p.json()
	}
	s.mu.Unlock()
	if out == nil {
		return nil, false
	}
	// Through JSON, so the caller sees what a client of Google would.
	b, err := json.Marshal(out)
	if err != nil {
		return nil, false
	}
	var back map[string]any
	if json.Unmarshal(b, &back) != nil {
		return nil, false
	}
	return back, true
}

// CreateBodies returns the raw JSON of every accepted create, in order.
func (s *Server) CreateBodies() [][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([][]byte(nil), s.bodies...)
}

// Fetched lists the photo addresses the fake fetched and found to be
// images, in order.
func (s *Server) Fetched() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.fetched...)
}

// HangAfterWrite makes creates and reply PUTs take effect and then hang
// without answering until the client gives up (on) or answer (off).
func (s *Server) HangAfterWrite(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hangAfterWrite = on
}

// hangIfAsked holds a written request's answer back while HangAfterWrite
// is on; it reports whether it did.
func (s *Server) hangIfAsked(r *http.Request) bool {
	s.mu.Lock()
	hang := s.hangAfterWrite
	s.mu.Unlock()
	if hang {
		s.Hang(r)
	}
	return hang
}

// HoldForReview makes new posts come back PROCESSING (true) or LIVE
// (false, the default) until Moderate moves them.
func (s *Server) HoldForReview(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.initial = "LIVE"
	if on {
		s.initial = "PROCESSING"
	}
}

// Moderate sets a post's state (LIVE, PROCESSING or REJECTED), as Google's
// review does; false when there is no such post.
func (s *Server) Moderate(name, state string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.findPost(name)
	if p == nil {
		return false
	}
	p.state = state
	return true
}

// Remove deletes a post or a review, as its owner deleting it, or Google
// removing it, does: it is no longer listed and answers NOT_FOUND. False
// when there is no such post or review.
func (s *Server) Remove(name string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(s.posts) + len(s.reviews)
	s.posts = slices.DeleteFunc(s.posts, func(p *gPost) bool { return p.name == name })
	s.reviews = slices.DeleteFunc(s.reviews, func(rv *gReview) bool { return rv.name == name })
	return len(s.posts)+len(s.reviews) < n
}

// State is a post's current state, "" when there is no such post.
func (s *Server) State(name string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p := s.findPost(name); p != nil {
		return p.state
	}
	return ""
}

// Reset forgets posts, reviews, faults, expiry and settings.
func (s *Server) Reset() {
	s.ResetShared()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.posts, s.reviews, s.bodies, s.fetched = nil, nil, nil, nil
	s.initial, s.hangAfterWrite = "LIVE", false
	s.replyPuts = map[string]int{}
	s.codes = map[string]string{}
	s.more = nil
}

// Account is what Verify reports for the fake's location.
func (s *Server) Account() post.Account {
	return post.Account{ID: LocationID, Name: LocationTitle, URL: MapsURI}
}

// SetMetrics stores figures for a post and returns what a correct adapter
// reports: views in Search as impressions and button clicks as clicks
// (zero when unset); Google has no reactions, comments or shares.
func (s *Server) SetMetrics(remoteID string, m post.Metrics) post.Metrics {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.findPost(remoteID)
	if p == nil {
		return post.Metrics{RemoteID: remoteID}
	}
	p.views, p.clicks = channeltest.OrZero(m.Impressions), channeltest.OrZero(m.Clicks)
	return post.Metrics{RemoteID: remoteID, Impressions: p.views, Clicks: p.clicks}
}

// AddComment stores nothing and returns the zero Comment: Google's local
// posts take no comments (what patients write are reviews: AddReview).
func (s *Server) AddComment(string, post.Comment) post.Comment {
	return post.Comment{}
}

// AddReview stores a review of the location (stars 1 to 5, reply "" for an
// unanswered one) and returns it as a correct adapter reports it.
func (s *Server) AddReview(author string, stars int, comment, reply string) channels.Review {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	now := s.Now().UTC().Truncate(time.Second)
	id := "AbFvOq" + strconv.Itoa(1000000+s.seq)
	rv := &gReview{name: Location + "/reviews/" + id, id: id, author: author, stars: stars, comment: comment, created: now, updated: now}
	if reply != "" {
		rv.reply, rv.replyAt = reply, now
	}
	s.reviews = append(s.reviews, rv)
	return rv.asReview()
}

// AddReviewAt is AddReview with an update time and review id of the test's
// choosing (a duplicate id models Google listing one review twice).
func (s *Server) AddReviewAt(id, author string, stars int, comment string, at time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	at = at.UTC().Truncate(time.Second)
	s.reviews = append(s.reviews, &gReview{name: Location + "/reviews/" + id, id: id, author: author, stars: stars, comment: comment, created: at, updated: at})
}

// Review returns a review as a correct adapter reports it, and false when
// there is none.
func (s *Server) Review(name string) (channels.Review, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, rv := range s.reviews {
		if rv.name == name {
			return rv.asReview(), true
		}
	}
	return channels.Review{}, false
}

// ReplyPuts is how many reply PUTs changed the review's reply.
func (s *Server) ReplyPuts(name string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.replyPuts[name]
}

func (rv *gReview) asReview() channels.Review {
	out := channels.Review{
		Comment: post.Comment{RemoteID: rv.name, Author: rv.author, AuthorID: rv.id, Text: rv.comment, At: rv.updated},
		Rating:  rv.stars, Reply: rv.reply, ReplyAt: rv.replyAt,
	}
	if rv.anonymous {
		out.Author = "A Google user"
	}
	return out
}

func (s *Server) findPost(name string) *gPost {
	return channeltest.Find(s.posts, func(p *gPost) bool { return p.name == name })
}

// Interface guard.
var _ channeltest.Fake = (*Server)(nil)
