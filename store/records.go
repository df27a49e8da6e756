package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/practicepost/practicepost/post"
)

// getJSON decodes the value at key into v; it reports false when absent.
func (tx *boltTx) getJSON(bucket, key []byte, v any) (bool, error) {
	b := tx.bucket(bucket).Get(key)
	if b == nil {
		return false, nil
	}
	if err := json.Unmarshal(b, v); err != nil {
		return true, fmt.Errorf("store: %s/%s is not readable: %w", bucket, key, err)
	}
	return true, nil
}

func (tx *boltTx) putJSON(bucket, key []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: encode %s: %w", bucket, err)
	}
	return tx.bucket(bucket).Put(key, b)
}

// eachJSON decodes every value under prefix into a fresh T and calls fn.
func eachJSON[T any](tx *boltTx, bucket, prefix []byte, fn func(key []byte, v *T) error) error {
	c := tx.bucket(bucket).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var t T
		if err := json.Unmarshal(v, &t); err != nil {
			return fmt.Errorf("store: %s/%s is not readable: %w", bucket, k, err)
		}
		if err := fn(k, &t); err != nil {
			return err
		}
	}
	return nil
}

// AddReview stores a review decision (append-only) and audits it.
func (tx *boltTx) AddReview(r *post.Review) error {
	if err := tx.putJSON(bucketReviews, concat(r.PostID, r.ID), r); err != nil {
		return err
	}
	_, err := tx.AppendAudit(ReviewAudit(r))
	return err
}

// reviewDetail is the audit line of a review: each overridden rule with
// the reviewer's reason, in rule order, and the authorization relied on.
func reviewDetail(r *post.Review) string {
	if len(r.Overrides) == 0 {
		return ""
	}
	var b bytes.Buffer
	b.WriteString("overrides:")
	for i, rule := range slices.Sorted(maps.Keys(r.Overrides)) {
		if i > 0 {
			b.WriteString(";")
		}
		fmt.Fprintf(&b, " %s (%s)", rule, strings.Join(strings.Fields(r.Overrides[rule]), " "))
	}
	if r.Authorization != "" {
		b.WriteString("; patient authorization " + r.Authorization)
	}
	return b.String()
}

// Reviews lists a post's review decisions, oldest first.
func (tx *boltTx) Reviews(postID post.ID) ([]post.Review, error) {
	var out []post.Review
	err := eachJSON(tx, bucketReviews, []byte(postID), func(_ []byte, r *post.Review) error {
		out = append(out, *r)
		return nil
	})
	return out, err
}

// Authorization returns the authorization with id, or ENotFound.
func (tx *boltTx) Authorization(id post.ID) (*post.Authorization, error) {
	var a post.Authorization
	ok, err := tx.getJSON(bucketAuths, []byte(id), &a)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, post.Errorf(post.ENotFound, "no patient authorization with id %q", id)
	}
	return &a, nil
}

// PutAuthorization stores an authorization and audits the change. The
// audit entry names the authorization, never the patient.
func (tx *boltTx) PutAuthorization(a *post.Authorization, audit Audit) error {
	if err := tx.putJSON(bucketAuths, []byte(a.ID), a); err != nil {
		return err
	}
	audit.Subject = a.ID
	_, err := tx.AppendAudit(audit)
	return err
}

// Authorizations lists every authorization, oldest first.
func (tx *boltTx) Authorizations() ([]post.Authorization, error) {
	var out []post.Authorization
	err := eachJSON(tx, bucketAuths, nil, func(_ []byte, a *post.Authorization) error {
		out = append(out, *a)
		return nil
	})
	return out, err
}

// User returns the user called name, or ENotFound.
func (tx *boltTx) User(name string) (*post.User, error) {
	var u post.User
	ok, err := tx.getJSON(bucketUsers, []byte(name), &u)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, post.Errorf(post.ENotFound, "no user called %q", name)
	}
	return &u, nil
}

// PutUser stores a user and audits the change (never the password hash).
func (tx *boltTx) PutUser(u *post.User, audit Audit) error {
	if err := tx.putJSON(bucketUsers, []byte(u.Name), u); err != nil {
		return err
	}
	audit.Subject = "user:" + u.Name
	_, err := tx.AppendAudit(audit)
	return err
}

// Users lists every user by name.
func (tx *boltTx) Users() ([]post.User, error) {
	var out []post.User
	err := eachJSON(tx, bucketUsers, nil, func(_ []byte, u *post.User) error {
		out = append(out, *u)
		return nil
	})
	return out, err
}

// Setting decodes the practice-wide setting key into v; false when unset.
func (tx *boltTx) Setting(key string, v any) (bool, error) {
	return tx.getJSON(bucketSettings, []byte(key), v)
}

// PutSetting stores a practice-wide setting and audits the change.
func (tx *boltTx) PutSetting(key string, v any, audit Audit) error {
	if err := tx.putJSON(bucketSettings, []byte(key), v); err != nil {
		return err
	}
	audit.Subject = "setting:" + key
	_, err := tx.AppendAudit(audit)
	return err
}
