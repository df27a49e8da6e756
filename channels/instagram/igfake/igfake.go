// Package igfake is an in-process fake of the Instagram API with Facebook
// Login (the Graph API's Instagram edges) for one professional account
// linked to one Facebook Page, for tests of the instagram channel and of
// the scheduler.
//
// It enforces what the real API enforces and a naive client gets wrong: a
// pinned, current version in every path; the Page token; containers that
// Instagram fills by fetching image_url itself (from loopback only, as the
// fake runs with no network), JPEG only, 4:5 to 1.91:1; a container
// IN_PROGRESS for a while before FINISHED, refused by media_publish until
// then ("Media ID is not available"), ERROR when its image cannot be
// processed, PUBLISHED once published and never published twice; carousels
// of 2 to 10 finished children; captions of at most 2,200 characters, 30
// hashtags and 20 mentions; 50 published posts in a rolling 24 hours
// (content_publishing_limit, then subcode 2207042); Graph error bodies with
// the real codes. It records every media it published, exactly, and is
// safe for concurrent use.
package igfake

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"syscall"
	"time"

	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/post"
)

// The fake's account, Page and credentials.
const (
	PageID    = "104857600777"
	PageName  = "Riverside Family Clinic"
	IGUserID  = "17841400000000777"
	Username  = "riversidefamilyclinic"
	PageToken = "EAAigfakePAGEtoken0123456789"
	// UserToken is the long-lived user token of the Page's admin;
	// ShortUserToken is what the login dialog hands the browser.
	UserToken      = "EAAigfakeUSERtoken0123456789"
	ShortUserToken = "EAAigfakeSHORTtoken0123456789"
	AppID          = "990011223377"
	AppSecret      = "igfake-app-secret-7a1d"
	// DailyLimit is content_publishing_limit's quota_total.
	DailyLimit = 50
)

// Versions are the Graph API versions the fake serves.
var Versions = []string{"v23.0", "v24.0", "v25.0", "v26.0"}

// Server is the fake.
type Server struct {
	srv   *httptest.Server
	done  chan struct{}
	fetch *http.Client
	channeltest.FaultQueue

	mu         sync.Mutex
	now        func() time.Time
	seq        int
	containers map[string]*container
	media      []*media // oldest first
	fetched    [][]byte // every image fetched, in order
	expired    bool
	processing int // status reads a container stays IN_PROGRESS
	failNext   int // containers that end in ERROR
	limit      int
	unlinked   bool // the Page has no Instagram account
	noPublish  bool // the dialog's grant lacks instagram_content_publish
	lost       int
	lostText   map[string]bool // captions whose publish answer was dropped
}

type container struct {
	id       string
	state    string
	reads    int
	item     bool // is_carousel_item
	children []string
	caption  string
	altText  string
	images   int
	why      string // ERROR's status
	created  time.Time
}

type media struct {
	id, caption, permalink string
	images                 int
	api                    bool // published through the API (counts toward the limit)
	created                time.Time
	comments               []post.Comment
	metrics                *post.Metrics
}

// New starts a fake. Close it when done.
func New() *Server {
	// Instagram fetches image_url from the internet; the fake runs where
	// there is none, and must never reach beyond this machine.
	dialer := &net.Dialer{Timeout: 5 * time.Second, Control: func(_, address string, _ syscall.RawConn) error {
		host, _, err := net.SplitHostPort(address)
		if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
			return errors.New("igfake: fetches images from loopback only")
		}
		return nil
	}}
	s := &Server{done: make(chan struct{}), now: time.Now, containers: map[string]*container{}, processing: 1, limit: DailyLimit, lostText: map[string]bool{},
		fetch: &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DialContext: dialer.DialContext},
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// URL is the base URL to hand the adapter (no trailing slash).
func (s *Server) URL() string { return s.srv.URL }

// Close stops the server, releasing requests held by a timeout fault.
func (s *Server) Close() {
	select {
	case <-s.done:
	default:
		close(s.done)
	}
	s.srv.Close()
}

// Reset forgets containers, media, fetched images, faults and settings.
func (s *Server) Reset() {
	s.ResetFaults()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.containers, s.media, s.fetched, s.lostText = map[string]*container{}, nil, nil, map[string]bool{}
	s.expired, s.processing, s.failNext, s.limit, s.unlinked, s.noPublish, s.lost = false, 1, 0, DailyLimit, false, false, 0
}

// Accepted lists the media the fake published, oldest first (those added
// with AddMedia included).
func (s *Server) Accepted() []channeltest.Accepted {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]channeltest.Accepted, len(s.media))
	for i, m := range s.media {
		out[i] = channeltest.Accepted{RemoteID: m.id, Text: m.caption, MediaCount: m.images, At: m.created}
	}
	return out
}

// Fetched returns the bytes of every image the fake fetched from an
// image_url, in order, so a test can check what Instagram received.
func (s *Server) Fetched() [][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.fetched)
}

// Containers says how many containers were made, children included.
func (s *Server) Containers() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.containers)
}

// LostCaption says whether the answer to publishing a post with this
// caption was dropped (LoseResponses).
func (s *Server) LostCaption(caption string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lostText[caption]
}

// Lost says how many answers LoseResponses dropped.
func (s *Server) Lost() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lost
}

// ExpireToken makes every token invalid (code 190, subcode 460), until
// Reset.
func (s *Server) ExpireToken() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.expired = true
}

// SetProcessing makes each new container answer IN_PROGRESS to its first n
// status reads (1 by default).
func (s *Server) SetProcessing(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.processing = n
}

// FailProcessing makes the next n containers end in ERROR, as when
// Instagram cannot process an image it fetched.
func (s *Server) FailProcessing(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failNext = n
}

// SetDailyLimit changes quota_total (DailyLimit by default).
func (s *Server) SetDailyLimit(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limit = n
}

// Unlink makes the Page have no Instagram account linked.
func (s *Server) Unlink(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.unlinked = on
}

// DeclinePublishing makes the login grant everything but
// instagram_content_publish, as when the person unticks it.
func (s *Server) DeclinePublishing(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.noPublish = on
}

// SetClock replaces the fake's clock (time.Now by default).
func (s *Server) SetClock(now func() time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.now = now
}

// AddMedia stores a media published outside practicepost (in the app), at
// at, and returns its id.
func (s *Server) AddMedia(caption string, at time.Time) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.newMedia(caption, 1, at, false).id
}

// Account is what Verify reports for the fake's account.
func (s *Server) Account() post.Account {
	return post.Account{ID: IGUserID, Name: Username, URL: "https://www.instagram.com/" + Username}
}

// SetMetrics stores figures for a media and returns what a correct adapter
// reports: likes and comments always, views and shares from the insights,
// and no clicks (Instagram has none).
func (s *Server) SetMetrics(remoteID string, m post.Metrics) post.Metrics {
	s.mu.Lock()
	defer s.mu.Unlock()
	md := s.findMedia(remoteID)
	if md == nil {
		return post.Metrics{RemoteID: remoteID}
	}
	stored := m
	md.metrics = &stored
	return s.served(md)
}

func (s *Server) served(md *media) post.Metrics {
	var st post.Metrics
	if md.metrics != nil {
		st = *md.metrics
	}
	comments := st.Comments
	if comments == nil {
		comments = ptr(int64(len(md.comments)))
	}
	return post.Metrics{RemoteID: md.id, Reactions: orZero(st.Reactions), Comments: comments,
		Impressions: orZero(st.Impressions), Shares: orZero(st.Shares)}
}

// AddComment stores a comment by someone else on a media and returns it as
// a correct adapter reports it.
func (s *Server) AddComment(postRemoteID string, c post.Comment) post.Comment {
	s.mu.Lock()
	defer s.mu.Unlock()
	md := s.findMedia(postRemoteID)
	if md == nil {
		return post.Comment{}
	}
	s.seq++
	c.RemoteID = "1791" + itoa(s.seq)
	c.PostRemoteID = md.id
	c.At = s.now().UTC().Truncate(time.Second)
	md.comments = append(md.comments, c)
	return c
}

// newMedia stores a published media, through the API or not; callers hold
// s.mu.
func (s *Server) newMedia(caption string, images int, at time.Time, api bool) *media {
	s.seq++
	id := "1789" + itoa(s.seq)
	m := &media{id: id, caption: caption, images: images, created: at.UTC().Truncate(time.Second), api: api,
		permalink: "https://www.instagram.com/p/igf" + itoa(s.seq) + "/"}
	s.media = append(s.media, m)
	return m
}

func (s *Server) findMedia(id string) *media {
	for _, m := range s.media {
		if m.id == id {
			return m
		}
	}
	return nil
}

// publishedSince counts the media published through the API since t;
// callers hold s.mu.
func (s *Server) publishedSince(t time.Time) int {
	n := 0
	for _, m := range s.media {
		if m.api && !m.created.Before(t) {
			n++
		}
	}
	return n
}

// get fetches an image_url as Instagram does.
func (s *Server) get(ctx context.Context, u string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	resp, err := s.fetch.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, errors.New(resp.Status)
	}
	return readAll(resp, 9<<20)
}

func orZero(p *int64) *int64 {
	if p == nil {
		return ptr(0)
	}
	return p
}

func ptr(n int64) *int64 { return &n }

// Interface guard.
var _ channeltest.Fake = (*Server)(nil)
