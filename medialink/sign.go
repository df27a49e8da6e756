// Package medialink makes and checks short-lived signed public links to
// stored images, for networks that fetch a post's images themselves
// (Google Business Profile, Instagram): practicepost cannot upload the
// bytes to them, so it hands them an address under [web] public_base_url
// that works for minutes.
//
// A link is /media/signed/<token>. The token carries the image's content
// hash, the post and channel it is being published on and its expiry,
// with an HMAC-SHA256 over them under a key the store derives from its
// secrets key (store.DB.DeriveKey), so no new key file exists and nothing
// in a link can be changed or made up without the key. Signer makes
// links (it is the channels.PublicMedia adapters get); Opener checks one
// and reads the image, and opens it only while that post is being
// published on that channel and the channel's network needs it. The web
// server only serves what Opener returns: there is no listing, no folder
// and no session.
package medialink

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// KeyPurpose is what the daemon asks store.DB.DeriveKey for.
const KeyPurpose = "media-links"

// PathPrefix is the web route the links point at.
const PathPrefix = "/media/signed/"

// DefaultTTL is how long a link works when the config says nothing
// ([web] public_link_minutes): long enough for a network to fetch the
// image while the post is created, short enough that a leaked link is
// soon dead.
const DefaultTTL = 15 * time.Minute

// MaxTTL bounds a link's life whatever the config says.
const MaxTTL = time.Hour

// The token: version, expiry (Unix seconds), image hash (32 bytes),
// post id (length-prefixed), channel id (the rest), then the MAC.
const (
	version  = 1
	macSize  = sha256.Size
	hashSize = sha256.Size
	fixed    = 1 + 8 + hashSize + 1
	// maxToken bounds what is decoded at all: a post id is 26
	// characters and a channel id at most 64.
	maxToken = 256
)

// ErrRefused is wrapped by the error of every link that opens nothing. That
// error is a *post.Error whose message says why, for the log, never for
// the requester; it names the post and channel at most, never the token.
// Its code is post.EInvalid for a token practicepost never made (malformed,
// too long, a signature that does not match: anyone on the internet can
// send those, so the web server logs them below info level) and
// post.ENotFound for a link it signed and now refuses (expired, the post
// no longer being published), which is what explains a photo the network
// could not fetch. The web server answers the same bare 404 to both.
var ErrRefused = errors.New("medialink: link refused")

func refused(format string, args ...any) error {
	return &post.Error{Code: post.ENotFound, Message: "signed image link refused: " + fmt.Sprintf(format, args...), Err: ErrRefused}
}

// notOurs is the refusal of a token practicepost did not make.
func notOurs(format string, args ...any) error {
	return &post.Error{Code: post.EInvalid, Message: "signed image link refused: " + fmt.Sprintf(format, args...), Err: ErrRefused}
}

// Signer makes and verifies links. It is safe for concurrent use.
type Signer struct {
	key  []byte
	base string // public_base_url without a trailing slash
	ttl  time.Duration
	now  func() time.Time
}

// NewSigner returns a Signer whose links start with base (the config's
// [web] public_base_url, already validated) and work for ttl (DefaultTTL
// when 0). key is store.DB.DeriveKey(KeyPurpose); now is the clock
// (time.Now when nil).
func NewSigner(key []byte, base string, ttl time.Duration, now func() time.Time) (*Signer, error) {
	u, err := url.Parse(base)
	switch {
	case len(key) < 32:
		return nil, errors.New("medialink: the signing key is shorter than 32 bytes")
	case err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.RawQuery != "" || u.Fragment != "":
		return nil, fmt.Errorf("medialink: %q is not an absolute http(s) base address", base)
	case ttl < 0 || (ttl > 0 && ttl < time.Minute) || ttl > MaxTTL:
		return nil, fmt.Errorf("medialink: a link's life of %s is not between 1 minute and %s", ttl, MaxTTL)
	}
	if ttl == 0 {
		ttl = DefaultTTL
	}
	if now == nil {
		now = time.Now
	}
	return &Signer{key: append([]byte(nil), key...), base: strings.TrimRight(base, "/"), ttl: ttl, now: now}, nil
}

// Claim is what a valid token says.
type Claim struct {
	PostID  post.ID
	Channel string
	Hash    string // the image's content hash, hex
	Expires time.Time
}

// PublicURL implements channels.PublicMedia: a link to image m of the post
// being published as o, working for the Signer's ttl.
func (s *Signer) PublicURL(_ context.Context, o post.Outgoing, m post.MediaFile) (string, error) {
	tok, err := s.token(Claim{PostID: o.PostID, Channel: o.Channel, Hash: m.Hash, Expires: s.now().Add(s.ttl)})
	if err != nil {
		return "", err
	}
	return s.base + PathPrefix + tok, nil
}

func (s *Signer) token(c Claim) (string, error) {
	raw, err := hex.DecodeString(c.Hash)
	switch {
	case err != nil || len(raw) != hashSize || strings.ToLower(c.Hash) != c.Hash:
		return "", fmt.Errorf("medialink: %.20q is not a stored image's hash", c.Hash)
	case !post.ValidID(c.PostID):
		return "", fmt.Errorf("medialink: %.30q is not a post id", c.PostID)
	case c.Channel == "" || len(c.Channel) > 64:
		return "", fmt.Errorf("medialink: the channel id %.70q is empty or too long", c.Channel)
	}
	b := make([]byte, 0, fixed+len(c.PostID)+len(c.Channel)+macSize)
	b = append(b, version)
	b = binary.BigEndian.AppendUint64(b, uint64(c.Expires.Unix()))
	b = append(b, raw...)
	b = append(b, byte(len(c.PostID)))
	b = append(b, c.PostID...)
	b = append(b, c.Channel...)
	b = append(b, s.mac(b)...)
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func (s *Signer) mac(b []byte) []byte {
	h := hmac.New(sha256.New, s.key)
	h.Write(b)
	return h.Sum(nil)
}

// Verify checks token's MAC (in constant time) and expiry and returns what
// it says. Every failure wraps ErrRefused.
func (s *Signer) Verify(token string) (Claim, error) {
	if len(token) > maxToken {
		return Claim{}, notOurs("the token is %d characters long", len(token))
	}
	b, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil || len(b) < fixed+macSize {
		return Claim{}, notOurs("the token is malformed")
	}
	body, sum := b[:len(b)-macSize], b[len(b)-macSize:]
	if !hmac.Equal(sum, s.mac(body)) {
		return Claim{}, notOurs("the token's signature does not match")
	}
	idLen := int(body[fixed-1])
	if body[0] != version || len(body) < fixed+idLen+1 {
		return Claim{}, notOurs("the token is of an unknown form")
	}
	c := Claim{
		Expires: time.Unix(int64(binary.BigEndian.Uint64(body[1:9])), 0).UTC(),
		Hash:    hex.EncodeToString(body[9 : 9+hashSize]),
		PostID:  post.ID(body[fixed : fixed+idLen]),
		Channel: string(body[fixed+idLen:]),
	}
	if now := s.now(); !now.Before(c.Expires) {
		return Claim{}, refused("the link to post %s on %s expired %s ago", c.PostID, c.Channel, now.Sub(c.Expires).Round(time.Second))
	}
	return c, nil
}

// Interface guard.
var _ channels.PublicMedia = (*Signer)(nil)
