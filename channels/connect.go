package channels

import (
	"context"
	"errors"

	"github.com/practicepost/practicepost/post"
)

// Connector is what the web UI needs to connect one channel's account by
// OAuth: where to send the admin's browser, how to turn what the network
// sends back into a token, which account that token opens, and where the
// token is kept. Each network's package builds one from the channel's
// settings; the web layer dispatches through it and names no network.
type Connector interface {
	// AuthorizeURL is the network's sign-in and consent page for one flow:
	// redirectURI is where the network sends the browser back, state ties
	// that return to the flow, verifier is the flow's PKCE verifier
	// (oauth2.GenerateVerifier), which networks without PKCE ignore.
	AuthorizeURL(redirectURI, state, verifier string) string
	// TokenInFragment says the network hands its token back in the URL
	// fragment (Facebook's login dialog), which only the browser sees.
	TokenInFragment() bool
	// Connect trades what the network sent back for a token and checks
	// that it opens the account the channel is for. A wrong account is a
	// *ConnectError and yields no token, so it never replaces a working one.
	Connect(ctx context.Context, redirectURI string, back Returned) (Connected, error)
	// SecretName is the name the token is stored under (encrypted); the
	// channel's adapter reads it back from there on every call.
	SecretName() string
}

// Returned is what the network sent back to the redirect URI.
type Returned struct {
	Code     string // the authorization code (X, LinkedIn)
	Verifier string // the flow's PKCE verifier, kept on the server
	Token    string // a user token handed over directly (Facebook)
}

// Connected is a checked token, ready to store, or (for a Chooser) the
// list the admin must pick from first.
type Connected struct {
	// Secret is the token in the form the channel's adapter reads.
	Secret []byte
	// Account is who the token opens, with the token's expiry when known.
	Account post.Account

	// Choices, when not empty, says the account holds several things the
	// channel could post to (Google's locations) and none is configured:
	// nothing is stored yet. The web UI keeps Pending on the server
	// (encrypted, never in the browser), asks the admin to pick one of
	// Choices, and calls the connector's Choose.
	Choices []Choice
	Pending []byte
}

// Choice is one thing an account holds that a channel could post to.
type Choice struct {
	Value string // what Choose gets back; opaque to the web UI
	Label string // what the admin reads: the location's name and address
}

// Chooser is a Connector whose network may need the admin to pick what
// the channel posts to after signing in (Google's location picker).
type Chooser interface {
	// Choose finishes a connection Connect answered with Choices: value
	// is the picked Choice.Value, pending the Connected.Pending it came
	// with. A value that is not one of the choices is a *ConnectError.
	Choose(ctx context.Context, pending []byte, value string) (Connected, error)
}

// ConnectError is a connection that failed for a reason the admin can act
// on. Reason is plain, fixed words (never the network's raw text or a
// token); Err keeps the detail for the log.
type ConnectError struct {
	Reason string
	Err    error
}

func (e *ConnectError) Error() string {
	if e.Err == nil {
		return e.Reason
	}
	return e.Reason + ": " + e.Err.Error()
}

func (e *ConnectError) Unwrap() error { return e.Err }

// ConnectFailed returns a *ConnectError with reason, wrapping err.
func ConnectFailed(reason string, err error) error {
	return &ConnectError{Reason: reason, Err: err}
}

// ConnectReason returns the plain reason of a failed connection, and false
// when err carries none (an unexpected failure, to be told in general
// words and logged).
func ConnectReason(err error) (string, bool) {
	var ce *ConnectError
	if errors.As(err, &ce) {
		return ce.Reason, true
	}
	return "", false
}

// Preparer is a Connector that has work to do on the network before it can
// name its consent page: Mastodon has no central developer portal, so
// practicepost registers itself as an OAuth app on the admin's instance
// (POST /api/v1/apps) the first time, with the redirect URI it will use.
// The web UI calls Prepare, then AuthorizeURL with the same redirect URI;
// a failure is shown with ConnectReason like one from Connect.
type Preparer interface {
	Prepare(ctx context.Context, redirectURI string) error
}
