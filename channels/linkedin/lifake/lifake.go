// Package lifake is an in-process fake of LinkedIn's versioned REST API for
// one organization Page, for tests of the linkedin channel and of the
// scheduler.
//
// It enforces the real contract: an active LinkedIn-Version header (426
// NONEXISTENT_VERSION otherwise), X-Restli-Protocol-Version 2.0.0, a Bearer
// member token of a Page admin, URL-encoded URNs, the Posts API body shape,
// 201 with the id only in x-restli-id, 422 DUPLICATE_POST naming the
// existing URN, 429 without any rate-limit header, LinkedIn's error bodies,
// and the little-text rule: the stored commentary is cut at the first
// unescaped reserved character, exactly as LinkedIn does while still
// answering 201, so a client that forgets an escape loses text here too.
// It records every post it accepted and keeps state until Reset. It is safe
// for concurrent use.
package lifake

import (
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/post"
)

// The fake's organization and credentials.
const (
	OrganizationID = "5515715"
	OrgName        = "Riverside Family Clinic"
	VanityName     = "riverside-family-clinic"
	// AccessToken is a Page administrator's member token.
	AccessToken = "AQVfakeADMINmemberTOKEN0123456789"
	// MemberToken is a valid token of a member who is not a Page admin.
	MemberToken  = "AQVfakeMEMBERnotADMIN0123456789"
	ClientID     = "86fakeclientid"
	ClientSecret = "lifake-client-secret-9d2e"
	RedirectURI  = "https://practice.example/connect/linkedin/callback"
	AuthCode     = "AQTfakeAUTHcode"
	RefreshToken = "AQXfakeREFRESHtoken0123456789"
)

// OrgURN is the organization's URN.
const OrgURN = "urn:li:organization:" + OrganizationID

// Versions are the active LinkedIn-Version months; any other is answered
// with 426 NONEXISTENT_VERSION.
var Versions = []string{"202512", "202601", "202602", "202603", "202604", "202605", "202606", "202607", "202608", "202609", "202610", "202611"}

// maxCommentary is LinkedIn's limit on a post's text.
const maxCommentary = 3000

// Server is the fake LinkedIn API.
//
// ExpireToken makes the tokens expired (401 EXPIRED_ACCESS_TOKEN) until
// Reset.
type Server struct {
	channeltest.FakeServer // URL, Close, Fail, LoseResponses, Lost, ExpireToken, SetClock

	mu     sync.Mutex
	seq    int
	posts  []*liPost // oldest first
	images map[string]bool
	// received holds the bytes of every image upload, in order.
	received [][]byte
	bodies   [][]byte // every create body, as sent
	// The consent page: codes it issued, and who it signs in.
	codes      map[string]grant
	member     bool
	staleCodes bool
}

type liPost struct {
	urn       string
	sent      string // commentary as sent (little text)
	stored    string // commentary as LinkedIn keeps it (cut at an unescaped reserved character)
	link      string
	media     int
	published time.Time
	comments  []post.Comment
	metrics   *post.Metrics
}

// New starts a fake. Close it when done.
func New() *Server {
	s := &Server{images: map[string]bool{}, codes: map[string]grant{}}
	s.Start(s.serve) // one URL for both the REST API and OAuth
	return s
}

// Accepted lists the posts the fake created, oldest first, with their text
// as LinkedIn shows it: cut at the first unescaped reserved character, then
// unescaped.
func (s *Server) Accepted() []channeltest.Accepted {
	s.mu.Lock()
	defer s.mu.Unlock()
	return channeltest.AcceptedOf(s.posts, func(p *liPost) channeltest.Accepted {
		return channeltest.Accepted{RemoteID: p.urn, Text: unescapeLittle(p.stored), Link: p.link, MediaCount: p.media, At: p.published}
	})
}

// CreateBodies returns the raw JSON bodies of every accepted create
// request, in order.
func (s *Server) CreateBodies() [][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([][]byte(nil), s.bodies...)
}

// Images returns the bytes of every image uploaded, in order, so a test
// can check what LinkedIn received.
func (s *Server) Images() [][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.received)
}

// Reset forgets posts, images, comments, metrics, faults, expiry and the
// consent page's codes and settings.
func (s *Server) Reset() {
	s.ResetShared()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.posts, s.bodies = nil, nil
	s.images = map[string]bool{}
	s.received = nil
	s.codes, s.member, s.staleCodes = map[string]grant{}, false, false
}

// Account is what Verify reports for the fake's organization.
func (s *Server) Account() post.Account {
	return post.Account{ID: OrganizationID, Name: OrgName, URL: "https://www.linkedin.com/company/" + VanityName}
}

// SetMetrics stores figures for a post and returns what a correct adapter
// reports: LinkedIn serves every figure (zero when unset) for its own posts.
func (s *Server) SetMetrics(remoteID string, m post.Metrics) post.Metrics {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.findPost(remoteID)
	if p == nil {
		return post.Metrics{RemoteID: remoteID}
	}
	stored := m
	p.metrics = &stored
	return served(p)
}

func served(p *liPost) post.Metrics {
	var st post.Metrics
	if p.metrics != nil {
		st = *p.metrics
	}
	comments := st.Comments
	if comments == nil {
		comments = channeltest.Figure(int64(len(p.comments)))
	}
	return post.Metrics{RemoteID: p.urn, Impressions: channeltest.OrZero(st.Impressions), Reactions: channeltest.OrZero(st.Reactions), Comments: comments, Shares: channeltest.OrZero(st.Shares), Clicks: channeltest.OrZero(st.Clicks)}
}

// AddComment stores a comment by a member on a post and returns it as a
// correct adapter reports it: LinkedIn names the commenter by URN only.
func (s *Server) AddComment(postRemoteID string, c post.Comment) post.Comment {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.findPost(postRemoteID)
	if p == nil {
		return post.Comment{}
	}
	s.seq++
	id := strconv.Itoa(7100000000000000000 + s.seq)
	out := post.Comment{
		RemoteID:     "urn:li:comment:(" + p.urn + "," + id + ")",
		PostRemoteID: p.urn,
		AuthorID:     "urn:li:person:" + c.AuthorID,
		Text:         c.Text,
		At:           s.Now().UTC().Truncate(time.Second),
		Mentions:     c.Mentions,
	}
	p.comments = append(p.comments, out)
	return out
}

func (s *Server) findPost(urn string) *liPost {
	return channeltest.Find(s.posts, func(p *liPost) bool { return p.urn == urn })
}

// Interface guard.
var _ channeltest.Fake = (*Server)(nil)
