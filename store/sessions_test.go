package store

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

func TestSessionsLiveExpireAndDelete(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	sessions := []struct {
		token string
		s     Session
		live  bool
	}{
		{"live-a", Session{User: "ann", CSRF: "c1", Expires: t0.Add(time.Hour)}, true},
		{"live-b", Session{User: "bob", CSRF: "c2", Expires: t0.Add(time.Hour)}, true},
		{"gone", Session{User: "ann", CSRF: "c3", Expires: t0.Add(-time.Second)}, false},
	}
	for _, c := range sessions {
		if err := db.CreateSession(ctx, c.token, c.s); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range sessions {
		got, err := db.Session(ctx, c.token)
		if c.live && (err != nil || got.User != c.s.User || got.CSRF != c.s.CSRF) {
			t.Errorf("Session(%s) = %+v, %v; want %+v", c.token, got, err, c.s)
		}
		if !c.live && post.ErrorCode(err) != post.ENotFound {
			t.Errorf("expired Session(%s) err = %v, want not_found", c.token, err)
		}
	}
	if _, err := db.Session(ctx, "never-issued"); post.ErrorCode(err) != post.ENotFound {
		t.Errorf("unknown token err = %v", err)
	}
	if n, err := db.PruneSessions(ctx); err != nil || n != 1 {
		t.Errorf("PruneSessions = %d, %v; want 1", n, err)
	}
	var revoked int
	if err := db.Update(ctx, func(tx Tx) error {
		var err error
		revoked, _, err = tx.RevokeUser("ann")
		return err
	}); err != nil || revoked != 1 {
		t.Errorf("RevokeUser(ann) = %d sessions, %v; want 1", revoked, err)
	}
	if err := db.DeleteSession(ctx, "live-b"); err != nil {
		t.Fatal(err)
	}
	for _, tok := range []string{"live-a", "live-b"} {
		if _, err := db.Session(ctx, tok); err == nil {
			t.Errorf("session %s survived deletion", tok)
		}
	}
}

func TestSessionTokensAreStoredHashed(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	if err := db.CreateSession(ctx, "plain-secret-token", Session{User: "ann", Expires: t0.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if err := db.CreateAPIToken(ctx, "plain-api-token", APIToken{ID: "t1", User: "ann"}, "ann"); err != nil {
		t.Fatal(err)
	}
	err := db.view(ctx, func(tx *boltTx) error {
		for _, b := range [][]byte{bucketSessions, bucketAPITokens} {
			c := tx.bucket(b).Cursor()
			for k, _ := c.First(); k != nil; k, _ = c.Next() {
				if string(k) == "plain-secret-token" || string(k) == "plain-api-token" {
					t.Errorf("%s holds a token in the clear", b)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestAPITokens(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	for i, u := range []string{"ann", "ann", "bob"} {
		tok := APIToken{ID: string(rune('a' + i)), User: u, Name: "script", Created: t0}
		if err := db.CreateAPIToken(ctx, "tok-"+tok.ID, tok, "admin"); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := db.APITokenFor(ctx, "tok-c"); err != nil || got.User != "bob" {
		t.Errorf("APITokenFor(tok-c) = %+v, %v", got, err)
	}
	if ts, _ := db.APITokens(ctx, "ann"); len(ts) != 2 {
		t.Errorf("ann has %d tokens, want 2", len(ts))
	}
	if err := db.DeleteAPIToken(ctx, "a", "admin"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.APITokenFor(ctx, "tok-a"); post.ErrorCode(err) != post.ENotFound {
		t.Errorf("revoked token still works: %v", err)
	}
	if err := db.DeleteAPIToken(ctx, "a", "admin"); post.ErrorCode(err) != post.ENotFound {
		t.Errorf("second revoke err = %v, want not_found", err)
	}
}

func TestRevisionKeepsTheLatest(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	if r, err := db.LastRevision(ctx, "01HZZZZZZZZZZZZZZZZZZZZZZZ"); r != nil || err != nil {
		t.Fatalf("LastRevision on empty store = %+v, %v", r, err)
	}
	for _, body := range []string{"first words", "second words"} {
		if err := db.SaveRevision(ctx, Revision{PostID: "01HZZZZZZZZZZZZZZZZZZZZZZZ", Body: body, By: "dr"}); err != nil {
			t.Fatal(err)
		}
	}
	r, err := db.LastRevision(ctx, "01HZZZZZZZZZZZZZZZZZZZZZZZ")
	if err != nil || r == nil || r.Body != "second words" {
		t.Fatalf("LastRevision = %+v, %v", r, err)
	}
}
