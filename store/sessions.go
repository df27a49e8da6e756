package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/practicepost/practicepost/post"
)

// Session is a signed-in browser. It is stored under the SHA-256 of its
// cookie token, so a copy of the database does not hand out live sessions.
type Session struct {
	User    string    `json:"user"`
	CSRF    string    `json:"csrf"` // the per-session form token
	Created time.Time `json:"created"`
	Expires time.Time `json:"expires"`
}

// APIToken is a per-user bearer token for the JSON API, stored under the
// SHA-256 of the token itself. ID names it on the users page.
type APIToken struct {
	ID      string    `json:"id"`
	User    string    `json:"user"`
	Name    string    `json:"name"`
	Created time.Time `json:"created"`
}

// Revision is a copy of a post's text as a reviewer saw it, so the next
// review can show what changed since. Only the latest is kept per post.
type Revision struct {
	PostID      post.ID           `json:"post_id"`
	ContentHash string            `json:"content_hash"`
	Body        string            `json:"body"`
	Variants    map[string]string `json:"variants,omitempty"`
	By          string            `json:"by"`
	At          time.Time         `json:"at"`
}

// CreateSession stores a new session for token.
func (db *DB) CreateSession(ctx context.Context, token string, s Session) error {
	return db.update(ctx, func(tx *boltTx) error {
		return tx.putJSON(bucketSessions, TokenKey(token), s)
	})
}

// Session returns the live session for token, or an ENotFound error when
// there is none or it has expired (expired ones are left for PruneSessions).
func (db *DB) Session(ctx context.Context, token string) (*Session, error) {
	var s Session
	var ok bool
	err := db.view(ctx, func(tx *boltTx) error {
		var err error
		ok, err = tx.getJSON(bucketSessions, TokenKey(token), &s)
		return err
	})
	if err != nil {
		return nil, err
	}
	if !ok || !db.now().Before(s.Expires) {
		return nil, post.Errorf(post.ENotFound, "no such session")
	}
	return &s, nil
}

// DeleteSession removes token's session (sign-out); a missing one is fine.
func (db *DB) DeleteSession(ctx context.Context, token string) error {
	return db.update(ctx, func(tx *boltTx) error {
		return tx.bucket(bucketSessions).Delete(TokenKey(token))
	})
}

// RevokeUser deletes every web session and API token of user, in tx, so a
// password reset or a disabled account locks out whoever held them at
// once. It returns how many of each went.
func (tx *boltTx) RevokeUser(user string) (sessions, tokens int, err error) {
	for _, b := range []struct {
		bucket []byte
		n      *int
	}{{bucketSessions, &sessions}, {bucketAPITokens, &tokens}} {
		// Keys first, deletes after: deleting under a bbolt cursor can skip keys.
		var keys [][]byte
		err := eachJSON(tx, b.bucket, nil, func(k []byte, v *struct {
			User string `json:"user"`
		}) error {
			if v.User == user {
				keys = append(keys, bytes.Clone(k))
			}
			return nil
		})
		if err != nil {
			return 0, 0, err
		}
		for _, k := range keys {
			if err := tx.bucket(b.bucket).Delete(k); err != nil {
				return 0, 0, fmt.Errorf("store: revoke %s: %w", user, err)
			}
		}
		*b.n = len(keys)
	}
	return sessions, tokens, nil
}

// PruneSessions removes expired sessions and returns how many went.
func (db *DB) PruneSessions(ctx context.Context) (int, error) {
	now := db.now()
	return db.deleteSessionsWhere(ctx, func(s *Session) bool { return !now.Before(s.Expires) })
}

// deleteSessionsWhere collects the matching keys first and deletes after,
// since deleting under a bbolt cursor can skip keys.
func (db *DB) deleteSessionsWhere(ctx context.Context, match func(*Session) bool) (int, error) {
	var n int
	err := db.update(ctx, func(tx *boltTx) error {
		var keys [][]byte
		err := eachJSON(tx, bucketSessions, nil, func(k []byte, s *Session) error {
			if match(s) {
				keys = append(keys, bytes.Clone(k))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range keys {
			if err := tx.bucket(bucketSessions).Delete(k); err != nil {
				return fmt.Errorf("store: delete session: %w", err)
			}
		}
		n = len(keys)
		return nil
	})
	return n, err
}

// CreateAPIToken stores a new API token and audits it (never the token).
func (db *DB) CreateAPIToken(ctx context.Context, token string, t APIToken, actor string) error {
	return db.update(ctx, func(tx *boltTx) error {
		if err := tx.putJSON(bucketAPITokens, TokenKey(token), t); err != nil {
			return err
		}
		_, err := tx.AppendAudit(Audit{Actor: actor, Action: "apitoken.create", Subject: t.User, Detail: "token " + t.ID})
		return err
	})
}

// APITokenFor returns the API token record for a bearer token, or ENotFound.
func (db *DB) APITokenFor(ctx context.Context, token string) (*APIToken, error) {
	var t APIToken
	var ok bool
	err := db.view(ctx, func(tx *boltTx) error {
		var err error
		ok, err = tx.getJSON(bucketAPITokens, TokenKey(token), &t)
		return err
	})
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, post.Errorf(post.ENotFound, "no such API token")
	}
	return &t, nil
}

// APITokens lists the API tokens of user ("" for everyone's).
func (db *DB) APITokens(ctx context.Context, user string) ([]APIToken, error) {
	var out []APIToken
	err := db.view(ctx, func(tx *boltTx) error {
		return eachJSON(tx, bucketAPITokens, nil, func(_ []byte, t *APIToken) error {
			if user == "" || t.User == user {
				out = append(out, *t)
			}
			return nil
		})
	})
	return out, err
}

// DeleteAPIToken revokes the token with id; ENotFound when there is none.
func (db *DB) DeleteAPIToken(ctx context.Context, id, actor string) error {
	return db.update(ctx, func(tx *boltTx) error {
		var key []byte
		var owner string
		err := eachJSON(tx, bucketAPITokens, nil, func(k []byte, t *APIToken) error {
			if t.ID == id {
				key, owner = bytes.Clone(k), t.User
			}
			return nil
		})
		if err != nil {
			return err
		}
		if key == nil {
			return post.Errorf(post.ENotFound, "no API token with id %q", id)
		}
		if err := tx.bucket(bucketAPITokens).Delete(key); err != nil {
			return fmt.Errorf("store: delete API token: %w", err)
		}
		_, err = tx.AppendAudit(Audit{Actor: actor, Action: "apitoken.revoke", Subject: owner, Detail: "token " + id})
		return err
	})
}

// SaveRevision keeps r as the latest reviewed text of its post.
func (db *DB) SaveRevision(ctx context.Context, r Revision) error {
	return db.update(ctx, func(tx *boltTx) error {
		b, err := tx.tx.CreateBucketIfNotExists(bucketRevisions)
		if err != nil {
			return fmt.Errorf("store: revisions: %w", err)
		}
		v, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("store: encode revision: %w", err)
		}
		return b.Put([]byte(r.PostID), v)
	})
}

// LastRevision returns the latest reviewed text of a post, or nil.
func (db *DB) LastRevision(ctx context.Context, postID post.ID) (*Revision, error) {
	var r *Revision
	err := db.view(ctx, func(tx *boltTx) error {
		b := tx.tx.Bucket(bucketRevisions)
		if b == nil {
			return nil
		}
		v := b.Get([]byte(postID))
		if v == nil {
			return nil
		}
		r = &Revision{}
		if err := json.Unmarshal(v, r); err != nil {
			return fmt.Errorf("store: revision of %s is not readable: %w", postID, err)
		}
		return nil
	})
	return r, err
}
