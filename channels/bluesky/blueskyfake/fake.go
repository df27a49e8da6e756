// Package blueskyfake is an in-process fake of a Bluesky PDS holding one
// account (and the accounts of people who reply), with an app view beside
// it, for tests of the bluesky channel and of the scheduler.
//
// It enforces the AT Protocol's contract as PLATFORMS.md section 5.1 and
// the lexicons record it: createSession with the handle (or DID) and the
// app password, access tokens that expire (400 ExpiredToken) and are
// renewed with refreshSession's refresh token (which rotates), XRPC errors
// as {"error": Name, "message"}, RateLimit-Limit, -Remaining, -Reset (a
// Unix time) and -Policy headers on every answer and 429
// RateLimitExceeded when told (createSession: 30 per 5 minutes);
// createRecord of app.bsky.feed.post records checked against the lexicon
// (text at most 300 graphemes and 3,000 bytes, createdAt a datetime,
// facets with byte ranges inside the text and known features, image
// embeds of 1 to 4 uploaded blobs of an image type and at most 1,000,000
// bytes, replies naming root and parent by uri and cid), a client-chosen
// rkey that must be a TID and may not be taken, getRecord (400
// RecordNotFound), listRecords newest first with a cursor, uploadBlob
// answering a blob with its CID, and resolveHandle. app.bsky.* methods are
// the app view's, served under AppViewURL; the PDS answers them 501
// MethodNotImplemented as a PDS without an app view does. It keeps state
// until Reset and is safe for concurrent use.
//
// Two answers are the fake's own. A create at a taken record key is a bare
// 500 InternalServerError, as the reference PDS 0.4.217 answers it
// (measured by ../pds_test.go); channeltest's FaultDuplicate, which no
// Bluesky server has (it refuses no text as a duplicate), is a 400
// InvalidRequest "Record already exists at <uri>", which the adapter takes
// for a duplicate once getRecord shows nothing there.
package blueskyfake

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/post"
)

// The fake's account.
const (
	DID         = "did:plc:riversideclinic7xq2m4"
	Handle      = "riversideclinic.bsky.social"
	DisplayName = "Riverside Family Clinic"
	AppPassword = "k3xq-9vbw-2mtr-p7ld"
	// AccessTTL is how long an access token works.
	AccessTTL = 2 * time.Hour
	// SessionLimit is how many sessions createSession makes per window.
	SessionLimit = 30
)

// Rate limit of all calls: 3,000 per 5 minutes per account.
const (
	rateLimit  = 3000
	rateWindow = 5 * time.Minute
)

// Server is the fake PDS and app view.
//
// ExpireToken revokes the app password and every session: tokens answer
// 400 ExpiredToken and createSession 401, until Reset. The clock
// (SetClock) decides when access tokens expire.
type Server struct {
	channeltest.FakeServer // URL (the PDS's address), Close, Fail, LoseResponses, Lost, ExpireToken, SetClock

	mu      sync.Mutex
	posts   []*fPost          // every account's posts, oldest first
	blobs   map[string]fBlob  // CID → blob
	access  map[string]token  // access token → its session
	refresh map[string]token  // refresh token → its session
	handles map[string]string // handle → DID, for resolveHandle
	names   map[string]string // DID → display name
	// failCommitted is how many next creates store the post and then
	// answer 500, as a PDS whose error comes after the commit does.
	failCommitted int
	sessions      []time.Time // createSession calls in the window
	created       int         // createSession calls that made a session
	requests      int
	windowAt      time.Time
}

type token struct {
	issued time.Time
}

type fPost struct {
	did, rkey, cid string
	raw            json.RawMessage // the record as sent
	text           string
	replyTo        string // parent uri
	parentCID      string
	rootURI        string // the thread's first post, for replies
	rootCID        string
	media          int
	created        time.Time
	likes, reposts int64
	quotes         int64
}

func (p *fPost) uri() string { return "at://" + p.did + "/app.bsky.feed.post/" + p.rkey }

type fBlob struct {
	mime string
	size int
}

// New starts a fake. Close it when done.
func New() *Server {
	s := &Server{}
	s.reset()
	s.Start(s.serve)
	return s
}

// AppViewURL is the app view's address.
func (s *Server) AppViewURL() string { return s.URL() + "/appview" }

// Reset forgets posts, blobs, sessions, faults and settings.
func (s *Server) Reset() {
	s.ResetShared()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reset()
}

func (s *Server) reset() {
	s.posts = nil
	s.blobs, s.access, s.refresh = map[string]fBlob{}, map[string]token{}, map[string]token{}
	s.handles = map[string]string{Handle: DID}
	s.names = map[string]string{DID: DisplayName}
	s.sessions, s.created, s.requests, s.failCommitted = nil, 0, 0, 0
	s.windowAt = time.Time{}
}

// AddAccount makes another account that posts can mention, and returns
// its DID.
func (s *Server) AddAccount(handle string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	sum := sha256.Sum256([]byte(handle))
	did := "did:plc:" + strings.ToLower(base32.StdEncoding.EncodeToString(sum[:15]))
	s.handles[handle] = did
	return did
}

// Accepted lists the account's posts, oldest first (replies by others,
// from AddComment, are not the account's).
func (s *Server) Accepted() []channeltest.Accepted {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []channeltest.Accepted
	for _, p := range s.posts {
		if p.did == DID {
			out = append(out, channeltest.Accepted{RemoteID: p.uri(), Text: p.text, MediaCount: p.media, ReplyTo: p.replyTo, At: p.created})
		}
	}
	return out
}

// Record returns a post's record as the adapter sent it, false when there
// is none.
func (s *Server) Record(uri string) (json.RawMessage, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p := s.find(uri); p != nil {
		return slices.Clone(p.raw), true
	}
	return nil, false
}

// FailAfterCommit makes the next n creates store their post and answer
// 500 InternalServerError anyway.
func (s *Server) FailAfterCommit(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failCommitted = n
}

// SessionsCreated is how many sessions createSession made.
func (s *Server) SessionsCreated() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.created
}

// Account is what Verify reports for the fake's app password.
func (s *Server) Account() post.Account {
	return post.Account{ID: DID, Name: "@" + Handle, URL: "https://bsky.app/profile/" + Handle}
}

// SetMetrics stores counts on a post and returns what a correct adapter
// reports: likes as reactions, reposts and quotes as shares, replies as
// comments; Bluesky has no impressions or clicks. Replies are counted
// from the thread, so Comments is what AddComment made.
func (s *Server) SetMetrics(remoteID string, m post.Metrics) post.Metrics {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.find(remoteID)
	if p == nil {
		return post.Metrics{RemoteID: remoteID}
	}
	// Shares split in reposts and quotes, to see that both are counted.
	shares := val(m.Shares)
	p.likes, p.reposts, p.quotes = val(m.Reactions), shares-shares/3, shares/3
	for range val(m.Comments) - s.replyCount(p.uri()) {
		r := &fPost{did: "did:plc:someoneelse", rkey: s.tid(), cid: randomCID(), text: "reply", created: s.Now().UTC()}
		s.setReply(r, p)
		s.posts = append(s.posts, r)
	}
	l, sh, r := p.likes, p.reposts+p.quotes, s.replyCount(p.uri())
	return post.Metrics{RemoteID: remoteID, Reactions: &l, Shares: &sh, Comments: &r}
}

// AddComment stores a reply by another account to a post and returns it
// as a correct adapter reports it.
func (s *Server) AddComment(postRemoteID string, c post.Comment) post.Comment {
	s.mu.Lock()
	defer s.mu.Unlock()
	parent := s.find(postRemoteID)
	if parent == nil {
		return post.Comment{}
	}
	did := "did:plc:user" + strings.ToLower(c.AuthorID)
	s.handles["user"+c.AuthorID+".bsky.social"] = did
	s.names[did] = c.Author
	now := s.Now().UTC().Truncate(time.Second)
	p := &fPost{did: did, rkey: s.tid(), cid: randomCID(), text: c.Text, created: now}
	s.setReply(p, parent)
	s.posts = append(s.posts, p)
	return post.Comment{RemoteID: p.uri(), PostRemoteID: postRemoteID, Author: c.Author, AuthorID: did, Text: c.Text, At: now}
}

// setReply makes p a reply to parent.
func (s *Server) setReply(p, parent *fPost) {
	p.replyTo, p.parentCID = parent.uri(), parent.cid
	p.rootURI, p.rootCID = parent.uri(), parent.cid
	if parent.rootURI != "" {
		p.rootURI, p.rootCID = parent.rootURI, parent.rootCID
	}
}

func (s *Server) replyCount(uri string) int64 {
	var n int64
	for _, p := range s.posts {
		if p.replyTo == uri {
			n++
		}
	}
	return n
}

// find is the post at uri, nil when there is none; callers hold s.mu.
func (s *Server) find(uri string) *fPost {
	return channeltest.Find(s.posts, func(p *fPost) bool { return p.uri() == uri })
}

// tid makes a record key for a post the fake writes itself.
func (s *Server) tid() string {
	const alphabet = "234567abcdefghijklmnopqrstuvwxyz"
	var b [2]byte
	_, _ = rand.Read(b[:])
	v := uint64(s.Now().UnixMicro())<<10 | uint64(b[0])<<2 | uint64(b[1]&3)
	out := make([]byte, 13)
	for i := 12; i >= 0; i-- {
		out[i] = alphabet[v&31]
		v >>= 5
	}
	return string(out)
}

// cidOf is the CID (v1, sha-256, base32) of data under codec: raw (0x55)
// for blobs, as the PDS makes them; dag-cbor (0x71) for records, of whose
// encoding the fake hashes the JSON, which is enough for a fake.
func cidOf(codec byte, data []byte) string {
	sum := sha256.Sum256(data)
	b := append([]byte{0x01, codec, 0x12, 0x20}, sum[:]...)
	return "b" + strings.ToLower(strings.TrimRight(base32.StdEncoding.EncodeToString(b), "="))
}

// Codecs of the CIDs the fake makes.
const (
	rawCodec     = 0x55
	dagCBORCodec = 0x71
)

func randomCID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return cidOf(dagCBORCodec, []byte(hex.EncodeToString(b[:])))
}

func val(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

// Interface guard.
var _ channeltest.Fake = (*Server)(nil)
