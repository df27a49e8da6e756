// Package fbfake is an in-process fake of the Facebook Graph API for one
// Page, for tests of the facebook channel and of the scheduler.
//
// It enforces what the real API enforces and a naive client gets wrong: a
// pinned, current version in every path; the Page token for everything the
// Page does (the user token is refused as Facebook refuses it); Graph error
// bodies with the real codes and the X-Business-Use-Case-Usage header;
// Facebook's "(#506) Duplicate status message" for a post identical to the
// Page's previous one; and one invalid insights metric failing the whole
// insights call. It records every post it accepted, exactly, and keeps
// state across requests until Reset. It is safe for concurrent use.
package fbfake

import (
	"slices"
	"sync"
	"time"

	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/post"
)

// The fake's credentials and Page.
const (
	PageID    = "104857600123"
	PageName  = "Riverside Family Clinic"
	PageLink  = "https://www.facebook.com/riversidefamilyclinic"
	PageToken = "EAAfbfakePAGEtoken0123456789"
	// UserToken is the long-lived user token of the Page's admin.
	UserToken = "EAAfbfakeUSERtoken0123456789"
	// ShortUserToken is what the login dialog hands the web UI.
	ShortUserToken = "EAAfbfakeSHORTtoken0123456789"
	AppID          = "990011223344"
	AppSecret      = "fbfake-app-secret-5f3c"
)

// Versions are the Graph API versions the fake serves; any other version
// is refused as retired.
var Versions = []string{"v23.0", "v24.0", "v25.0", "v26.0"}

// Request is one request the fake saw, for tests that check how a client
// calls the API.
type Request struct {
	Method string
	Path   string
	// TokenInQuery is true when an access_token (or input_token) was in the
	// URL rather than in the Authorization header or the form body.
	TokenInQuery bool
}

// Server is the fake Graph API.
//
// ExpireToken makes the Page and user tokens invalid, as after the admin
// changed their password (code 190, subcode 460), until Reset.
type Server struct {
	channeltest.FakeServer // URL, Close, Fail, LoseResponses, Lost, ExpireToken, SetClock

	mu           sync.Mutex
	seq          int
	posts        []*fbPost // oldest first
	photos       map[string]*photo
	images       [][]byte // bytes of every uploaded photo file, in order
	requireProof bool
	requests     []Request
	stranger     bool // the login dialog signs in StrangerShortToken
	staleDialog  bool // the login dialog hands StaleShortToken
	declined     bool // the login dialog's grant lacks pages_manage_posts
}

type fbPost struct {
	id       string
	message  string
	link     string
	media    int
	created  time.Time
	comments []post.Comment
	metrics  *post.Metrics
}

type photo struct {
	id        string
	published bool
	attached  bool
}

// New starts a fake. Close it when done.
func New() *Server {
	s := &Server{photos: map[string]*photo{}}
	s.Start(s.serve)
	return s
}

// Accepted lists the posts the fake created, oldest first.
func (s *Server) Accepted() []channeltest.Accepted {
	s.mu.Lock()
	defer s.mu.Unlock()
	return channeltest.AcceptedOf(s.posts, func(p *fbPost) channeltest.Accepted {
		return channeltest.Accepted{RemoteID: p.id, Text: p.message, Link: p.link, MediaCount: p.media, At: p.created}
	})
}

// RequireAppSecretProof makes every call with a token carry a valid
// appsecret_proof, as the app setting "Require App Secret" does.
func (s *Server) RequireAppSecretProof(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requireProof = on
}

// Requests lists every request the fake saw, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Reset forgets posts, photos, comments, metrics, faults, requests and token
// expiry.
func (s *Server) Reset() {
	s.ResetShared()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.posts, s.requests = nil, nil
	s.photos = map[string]*photo{}
	s.images = nil
	s.requireProof = false
	s.stranger, s.staleDialog, s.declined = false, false, false
}

// Images returns the bytes of every photo file uploaded (the multipart
// source field), in order, so a test can check what Facebook received.
func (s *Server) Images() [][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.images)
}

// Account is what Verify reports for the fake's Page.
func (s *Server) Account() post.Account {
	return post.Account{ID: PageID, Name: PageName, URL: PageLink}
}

// SetMetrics stores figures for a post and returns what a correct adapter
// reports: Facebook omits shares when nobody shared, so zero shares read as
// nil; reactions and comments always have a summary, zero when unset.
func (s *Server) SetMetrics(remoteID string, m post.Metrics) post.Metrics {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.findPost(remoteID)
	if p == nil {
		return post.Metrics{RemoteID: remoteID}
	}
	stored := m
	p.metrics = &stored
	return s.servedMetrics(p)
}

// servedMetrics is what the fake's answers say about p.
func (s *Server) servedMetrics(p *fbPost) post.Metrics {
	m := post.Metrics{RemoteID: p.id}
	var st post.Metrics
	if p.metrics != nil {
		st = *p.metrics
	}
	m.Reactions = channeltest.OrZero(st.Reactions)
	if st.Comments != nil {
		m.Comments = st.Comments
	} else {
		m.Comments = channeltest.Figure(int64(len(p.comments)))
	}
	if st.Shares != nil && *st.Shares > 0 {
		m.Shares = st.Shares
	}
	m.Impressions = channeltest.OrZero(st.Impressions)
	m.Clicks = channeltest.OrZero(st.Clicks)
	return m
}

// AddComment stores a comment by someone else on a post and returns it as
// a correct adapter reports it.
func (s *Server) AddComment(postRemoteID string, c post.Comment) post.Comment {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.findPost(postRemoteID)
	if p == nil {
		return post.Comment{}
	}
	s.seq++
	c.RemoteID = p.id[len(PageID)+1:] + "_" + itoa(s.seq)
	c.PostRemoteID = p.id
	c.At = s.Now().UTC().Truncate(time.Second)
	p.comments = append(p.comments, c)
	return c
}

func (s *Server) findPost(id string) *fbPost {
	return channeltest.Find(s.posts, func(p *fbPost) bool { return p.id == id })
}

// Interface guard.
var _ channeltest.Fake = (*Server)(nil)
