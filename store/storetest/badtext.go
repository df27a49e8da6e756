package storetest

import (
	"testing"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// badTexts are strings some backends cannot keep as text: PostgreSQL
// refuses a NUL byte and bytes that are not UTF-8 in a text column. They
// reach the store from a URL (a post id typed by hand), a form or a CSV
// (a tag), or a network's answer (a comment's id, "\u0000" in JSON).
//
// whole: a backend that stores it must give back the same bytes. Not so
// for bytes that are not UTF-8: bbolt keeps records as JSON, which writes
// them as U+FFFD; the calendar refuses such text before it reaches a store.
var badTexts = []struct {
	name, s string
	whole   bool
}{
	{"NUL", "c\x00d", true},
	{"not UTF-8", "c\xffd", false},
}

// testBadText: a lookup by a key holding a bad text finds nothing
// (ENotFound) or is refused (EInvalid); a write holding one is stored and
// read back whole, or refused with EInvalid, changing nothing. Never an
// internal error, and the transaction it happened in still works.
func testBadText(t *testing.T, e *env) {
	okCode := func(what string, err error, codes ...string) {
		t.Helper()
		if err == nil && len(codes) == 0 {
			return
		}
		for _, c := range codes {
			if post.ErrorCode(err) == c {
				return
			}
		}
		t.Errorf("%s: got %v (code %q), want one of %v", what, err, post.ErrorCode(err), codes)
	}
	p := scheduledPost(T0, "x")
	e.insert(p)
	for _, bad := range badTexts {
		e.view(func(tx store.Tx) error {
			_, err := tx.Post(bad.s)
			okCode(bad.name+": Post", err, post.ENotFound, post.EInvalid)
			_, err = tx.User(bad.s)
			okCode(bad.name+": User", err, post.ENotFound, post.EInvalid)
			_, err = tx.Comment(p.ID, "x", bad.s)
			okCode(bad.name+": Comment", err, post.ENotFound, post.EInvalid)
			// The transaction still answers after a refused lookup.
			if _, err := tx.Post(p.ID); err != nil {
				t.Errorf("%s: the post after a bad lookup: %v", bad.name, err)
			}
			return nil
		})
		_, err := e.s.LoadSecret(e.ctx, bad.s)
		okCode(bad.name+": LoadSecret", err, "", post.EInvalid)
		err = e.s.DeleteAPIToken(e.ctx, bad.s, "ann")
		okCode(bad.name+": DeleteAPIToken", err, post.ENotFound, post.EInvalid)

		// A tag: stored whole, or refused leaving the post as it was.
		err = e.s.Update(e.ctx, func(tx store.Tx) error {
			q, err := tx.Post(p.ID)
			if err != nil {
				return err
			}
			q.Tags = []string{bad.s}
			return tx.PutPost(q, store.Audit{Actor: "ann", Action: "post.edit"})
		})
		okCode(bad.name+": a tag", err, "", post.EInvalid)
		got := e.get(p.ID)
		switch {
		case err == nil && bad.whole && (len(got.Tags) != 1 || got.Tags[0] != bad.s):
			t.Errorf("%s: the tag was stored as %q", bad.name, got.Tags)
		case err != nil && got.Version != p.Version:
			t.Errorf("%s: a refused write changed the post to version %d", bad.name, got.Version)
		}
		p = got

		// A comment's id, as a network sent it.
		err = e.s.Update(e.ctx, func(tx store.Tx) error {
			_, err := tx.PutComment(&store.StoredComment{PostID: p.ID, Channel: "x", Comment: post.Comment{RemoteID: bad.s, Text: "hi"}})
			return err
		})
		okCode(bad.name+": a comment", err, "", post.EInvalid)
		if err == nil && bad.whole {
			e.view(func(tx store.Tx) error {
				c, err := tx.Comment(p.ID, "x", bad.s)
				if err != nil || c.Comment.RemoteID != bad.s {
					t.Errorf("%s: the comment stored: %+v %v", bad.name, c, err)
				}
				return nil
			})
		}
	}
	if brk, _ := e.verify(); brk != nil {
		t.Errorf("audit: %+v", brk)
	}
}
