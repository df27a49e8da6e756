package channeltest

import (
	"time"

	"github.com/practicepost/practicepost/post"
)

// Fake is a fake platform API that the suite drives. xfake, fbfake and lifake
// implement it; each answers exactly as its platform does (status, headers,
// error body), so the suite checks the adapter's parsing, not the fake's.
//
// A Fake must be safe for concurrent use and keep its state across requests
// until Reset.
type Fake interface {
	// URL is the base URL to hand the adapter (no trailing slash).
	URL() string
	// Accepted lists the posts the fake created, oldest first. It must be
	// exact: the scheduler's crash test counts posts with it.
	Accepted() []Accepted
	// Fail makes the next `next` create requests (publishes) fail with f.
	// A failed create stores nothing.
	Fail(next int, f Fault)
	// LoseResponses makes a create store the post and then drop the
	// connection without answering, with probability p (0..1).
	LoseResponses(p float64)
	// ExpireToken makes every later call answer as the platform does for an
	// expired or revoked token, until Reset.
	ExpireToken()
	// Reset forgets posts, comments, metrics, faults and token expiry.
	Reset()

	// SetMetrics stores engagement figures for a created post and returns
	// the metrics a correct adapter reports for it: the figures the platform
	// serves, nil for those it does not (RemoteID set, At zero).
	SetMetrics(remoteID string, m post.Metrics) post.Metrics
	// AddComment stores a reply or comment by someone else on a created post
	// and returns it as a correct adapter reports it (RemoteID assigned,
	// PostRemoteID set, At truncated to the second), or the zero Comment,
	// storing nothing, for a network whose posts take no comments.
	AddComment(postRemoteID string, c post.Comment) post.Comment
	// Account is what Verify must report for the fake's credentials (at
	// least ID and Name).
	Account() post.Account
}

// Accepted is one post a fake created.
type Accepted struct {
	RemoteID string
	Text     string // the text as sent by the adapter (before any link rewriting)
	// Link is the link attachment the request carried; platforms without
	// link attachments (X) leave it empty.
	Link       string
	MediaCount int
	ReplyTo    string
	At         time.Time
}

// FaultKind is a failure a fake can inject into create requests.
type FaultKind int

// Fault kinds. Each fake answers with its own platform's real status,
// headers and error body for each.
const (
	_ FaultKind = iota
	// FaultRateLimit: 429 (or the platform's equivalent) with reset headers
	// saying to come back after Fault.RetryAfter.
	FaultRateLimit
	// FaultServerError: a 5xx.
	FaultServerError
	// FaultTimeout: accept the request, store nothing, and never answer
	// until the client gives up (hang until the request's context ends).
	FaultTimeout
	// FaultDuplicate: the platform's duplicate-content refusal.
	FaultDuplicate
	// FaultPermanent: a policy or validation refusal (4xx) that will never
	// succeed as is.
	FaultPermanent
	// FaultAuth: a 401 (or the platform's invalid-token answer) for this
	// request only.
	FaultAuth
)

// String names the fault kind for subtest names.
func (k FaultKind) String() string {
	switch k {
	case FaultRateLimit:
		return "rate_limit"
	case FaultServerError:
		return "server_error"
	case FaultTimeout:
		return "timeout"
	case FaultDuplicate:
		return "duplicate"
	case FaultPermanent:
		return "permanent"
	case FaultAuth:
		return "auth"
	}
	return "fault(?)"
}

// Fault is one injected failure.
type Fault struct {
	Kind FaultKind
	// RetryAfter is how long the fake tells the client to wait for
	// FaultRateLimit (through its platform's headers); zero means 60 s.
	RetryAfter time.Duration
}

// Wait is how long a FaultRateLimit tells the client to wait: RetryAfter,
// or a minute when it is zero.
func (f Fault) Wait() time.Duration {
	if f.RetryAfter == 0 {
		return time.Minute
	}
	return f.RetryAfter
}
