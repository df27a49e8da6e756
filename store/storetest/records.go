package storetest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// testAuditChain: entries are numbered from 1 without gaps, each points at
// the one before, the chain verifies, and it goes on across a reopen.
func testAuditChain(t *testing.T, e *env) {
	var appended []post.AuditEntry
	for i := range 5 {
		e.clock.Add(time.Second)
		e.update(func(tx store.Tx) error {
			a, err := tx.AppendAudit(store.Audit{Actor: "ann", Action: "note", Subject: fmt.Sprint("s", i), Detail: "d"})
			appended = append(appended, a)
			return err
		})
	}
	e.insert(scheduledPost(T0, "x"))
	e.reopen()
	e.update(func(tx store.Tx) error {
		_, err := tx.AppendAudit(store.Audit{Actor: "bob", Action: "after.reopen"})
		return err
	})
	all := e.auditEntries()
	if len(all) != 7 {
		t.Fatalf("%d audit entries, want 7", len(all))
	}
	prev := ""
	for i, a := range all {
		if a.Seq != uint64(i+1) || a.Prev != prev || a.Hash == "" {
			t.Errorf("entry %d: seq %d prev %.8s hash %.8s; want seq %d pointing at %.8s", i, a.Seq, a.Prev, a.Hash, i+1, prev)
		}
		prev = a.Hash
	}
	for i, a := range appended {
		if all[i] != a {
			t.Errorf("AppendAudit returned %+v, stored %+v", a, all[i])
		}
		if !a.At.Equal(T0.Add(time.Duration(i+1)*time.Second)) || a.Actor != "ann" || a.Subject != fmt.Sprint("s", i) {
			t.Errorf("entry %d: %+v, want the transaction's time and the caller's fields", i, a)
		}
	}
	var from []uint64
	if err := e.s.AuditEntries(e.ctx, 6, func(a post.AuditEntry) error { from = append(from, a.Seq); return nil }); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(from, []uint64{6, 7}) {
		t.Errorf("AuditEntries from 6: %v", from)
	}
	if brk, n := e.verify(); brk != nil || n != 7 {
		t.Errorf("VerifyAudit: %+v after %d entries, want nil after 7", brk, n)
	}
}

// testAuditTamper: a changed, removed or bypassed record is found.
func testAuditTamper(t *testing.T, open func(*testing.T, func() time.Time) *Backend) {
	seed := func(t *testing.T) (*env, post.ID) {
		e := &env{t: t, ctx: t.Context(), clock: &clock{at: T0}}
		e.b = open(t, e.clock.Now)
		e.s = e.b.Store
		p := scheduledPost(T0.Add(time.Hour), "x")
		e.insert(p)
		for i := range 4 {
			e.update(func(tx store.Tx) error {
				_, err := tx.AppendAudit(store.Audit{Actor: "ann", Action: "note", Detail: fmt.Sprint(i)})
				return err
			})
		}
		if brk, n := e.verify(); brk != nil || n != 5 {
			t.Fatalf("before tampering: %+v after %d", brk, n)
		}
		return e, p.ID
	}
	for _, tc := range []struct {
		name    string
		tamper  func(e *env, id post.ID) error
		wantSeq uint64 // 0: any
	}{
		{"changed detail", func(e *env, _ post.ID) error {
			return e.b.Raw.EditAuditEntry(e.s, 3, func(a *post.AuditEntry) { a.Detail = "nothing happened" })
		}, 3},
		{"changed actor", func(e *env, _ post.ID) error {
			return e.b.Raw.EditAuditEntry(e.s, 1, func(a *post.AuditEntry) { a.Actor = "someone else" })
		}, 1},
		{"changed and rehashed", func(e *env, _ post.ID) error {
			return e.b.Raw.RehashAuditEntry(e.s, 2, func(a *post.AuditEntry) { a.Detail = "nothing happened" })
		}, 3},
		{"removed from the middle", func(e *env, _ post.ID) error { return e.b.Raw.DeleteAuditEntry(e.s, 2) }, 0},
		{"removed at the end", func(e *env, _ post.ID) error { return e.b.Raw.DeleteAuditEntry(e.s, 5) }, 0},
		{"post edited outside", func(e *env, id post.ID) error {
			return e.b.Raw.EditPost(e.s, id, func(p *post.Post) { p.Body = "Changed behind the audit's back." })
		}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, id := seed(t)
			if err := tc.tamper(e, id); err != nil {
				t.Fatal(err)
			}
			brk, _ := e.verify()
			if brk == nil {
				t.Fatal("VerifyAudit found nothing wrong")
			}
			if tc.wantSeq != 0 && brk.Seq != tc.wantSeq {
				t.Errorf("break at %d (%s), want %d", brk.Seq, brk.Reason, tc.wantSeq)
			}
		})
	}
}

func testReviewsAndAuthorizations(t *testing.T, e *env) {
	p := scheduledPost(T0, "x")
	e.insert(p)
	for i, d := range []post.Decision{post.DecisionReject, post.DecisionApprove} {
		r := &post.Review{ID: post.NewID(T0.Add(time.Duration(i) * time.Second)), PostID: p.ID, Reviewer: "doc", Decision: d,
			ContentHash: p.ContentHash(), Overrides: map[string]string{"r2": "ok", "r1": "fine"}}
		e.update(func(tx store.Tx) error { return tx.AddReview(r) })
	}
	other := scheduledPost(T0, "x")
	e.insert(other)
	e.view(func(tx store.Tx) error {
		rs, err := tx.Reviews(p.ID)
		if err != nil {
			return err
		}
		if len(rs) != 2 || rs[0].Decision != post.DecisionReject || rs[1].Decision != post.DecisionApprove {
			t.Errorf("reviews: %+v, want both, oldest first", rs)
		}
		if rs, err := tx.Reviews(other.ID); err != nil || len(rs) != 0 {
			t.Errorf("another post's reviews: %v %v", rs, err)
		}
		return nil
	})
	all := e.auditEntries()
	last := all[len(all)-2]
	if last.Action != "review."+string(post.DecisionApprove) || last.Subject != p.ID || !strings.Contains(last.Detail, "r1 (fine); r2 (ok)") {
		t.Errorf("review audit: %+v", last)
	}

	a1 := &post.Authorization{ID: post.NewID(T0), PatientRef: "chart 7", Uses: []post.Use{post.UsePhoto}, Granted: T0, CreatedBy: "ann"}
	a2 := &post.Authorization{ID: post.NewID(T0), PatientRef: "chart 8", Granted: T0, CreatedBy: "ann"}
	for _, a := range []*post.Authorization{a1, a2} {
		e.update(func(tx store.Tx) error {
			return tx.PutAuthorization(a, store.Audit{Actor: "ann", Action: "authorization.create"})
		})
	}
	a1.Revoked = true
	e.update(func(tx store.Tx) error {
		return tx.PutAuthorization(a1, store.Audit{Actor: "ann", Action: "authorization.revoke"})
	})
	e.view(func(tx store.Tx) error {
		got, err := tx.Authorization(a1.ID)
		if err != nil || !got.Revoked || got.PatientRef != "chart 7" {
			t.Errorf("authorization: %+v %v", got, err)
		}
		_, err = tx.Authorization(post.NewID(T0))
		wantCode(t, "unknown authorization", err, post.ENotFound)
		list, err := tx.Authorizations()
		if err != nil || len(list) != 2 || list[0].ID != a1.ID {
			t.Errorf("authorizations: %+v %v", list, err)
		}
		return nil
	})
	if a := e.auditEntries(); a[len(a)-1].Subject != a1.ID || strings.Contains(fmt.Sprint(a[len(a)-1]), "chart 7") {
		t.Errorf("authorization audit names %q, want the id and never the patient", a[len(a)-1].Subject)
	}
}

func testUsers(t *testing.T, e *env) {
	for _, name := range []string{"zoe", "ann", "doc"} {
		e.update(func(tx store.Tx) error {
			return tx.PutUser(&post.User{Name: name, Role: post.RoleStaff, PasswordHash: "$2a$hash", CreatedAt: T0}, store.Audit{Actor: "admin", Action: "user.create"})
		})
	}
	e.update(func(tx store.Tx) error {
		return tx.PutUser(&post.User{Name: "doc", Role: post.RoleReviewer, CreatedAt: T0}, store.Audit{Actor: "admin", Action: "user.role"})
	})
	e.view(func(tx store.Tx) error {
		u, err := tx.User("doc")
		if err != nil || u.Role != post.RoleReviewer {
			t.Errorf("user: %+v %v", u, err)
		}
		_, err = tx.User("nobody")
		wantCode(t, "unknown user", err, post.ENotFound)
		us, err := tx.Users()
		var names []string
		for _, u := range us {
			names = append(names, u.Name)
		}
		if err != nil || !slices.Equal(names, []string{"ann", "doc", "zoe"}) {
			t.Errorf("users: %v %v, want by name", names, err)
		}
		return nil
	})
	for _, a := range e.auditEntries() {
		if strings.Contains(fmt.Sprint(a), "$2a$hash") {
			t.Errorf("an audit entry holds the password hash: %+v", a)
		}
	}
	if a := e.auditEntries(); a[len(a)-1].Subject != "user:doc" {
		t.Errorf("user audit subject %q", a[len(a)-1].Subject)
	}
}

func testSessions(t *testing.T, e *env) {
	ctx := e.ctx
	for i, user := range []string{"ann", "ann", "bob"} {
		s := store.Session{User: user, CSRF: "c", Created: T0, Expires: T0.Add(time.Duration(i+1) * time.Hour)}
		if err := e.s.CreateSession(ctx, fmt.Sprint("token-", i), s); err != nil {
			t.Fatal(err)
		}
	}
	s, err := e.s.Session(ctx, "token-0")
	if err != nil || s.User != "ann" || s.CSRF != "c" {
		t.Errorf("session: %+v %v", s, err)
	}
	_, err = e.s.Session(ctx, "no-such-token")
	wantCode(t, "unknown session", err, post.ENotFound)

	e.clock.Add(time.Hour) // token-0 expires now
	_, err = e.s.Session(ctx, "token-0")
	wantCode(t, "expired session", err, post.ENotFound)
	if n, err := e.s.PruneSessions(ctx); err != nil || n != 1 {
		t.Errorf("pruned %d (%v), want the 1 expired", n, err)
	}
	if _, err := e.s.Session(ctx, "token-1"); err != nil {
		t.Errorf("a live session went with the prune: %v", err)
	}
	if err := e.s.DeleteSession(ctx, "token-1"); err != nil {
		t.Fatal(err)
	}
	_, err = e.s.Session(ctx, "token-1")
	wantCode(t, "deleted session", err, post.ENotFound)

	if err := e.s.CreateAPIToken(ctx, "api-bob", store.APIToken{ID: "t1", User: "bob", Name: "cli", Created: T0}, "bob"); err != nil {
		t.Fatal(err)
	}
	var sessions, tokens int
	e.update(func(tx store.Tx) error {
		var err error
		sessions, tokens, err = tx.RevokeUser("bob")
		return err
	})
	if sessions != 1 || tokens != 1 {
		t.Errorf("RevokeUser(bob): %d sessions, %d tokens, want 1 and 1", sessions, tokens)
	}
	_, err = e.s.Session(ctx, "token-2")
	wantCode(t, "a revoked user's session", err, post.ENotFound)
	_, err = e.s.APITokenFor(ctx, "api-bob")
	wantCode(t, "a revoked user's token", err, post.ENotFound)
}

func testAPITokens(t *testing.T, e *env) {
	ctx := e.ctx
	for i, user := range []string{"ann", "bob", "ann"} {
		if err := e.s.CreateAPIToken(ctx, fmt.Sprint("secret-", i), store.APIToken{ID: fmt.Sprint("id", i), User: user, Name: "n", Created: T0}, user); err != nil {
			t.Fatal(err)
		}
	}
	tok, err := e.s.APITokenFor(ctx, "secret-1")
	if err != nil || tok.ID != "id1" || tok.User != "bob" {
		t.Errorf("APITokenFor: %+v %v", tok, err)
	}
	_, err = e.s.APITokenFor(ctx, "id1")
	wantCode(t, "a token looked up by its id, not its secret", err, post.ENotFound)
	if ts, err := e.s.APITokens(ctx, "ann"); err != nil || len(ts) != 2 {
		t.Errorf("ann's tokens: %+v %v", ts, err)
	}
	if ts, err := e.s.APITokens(ctx, ""); err != nil || len(ts) != 3 {
		t.Errorf("everyone's tokens: %+v %v", ts, err)
	}
	if err := e.s.DeleteAPIToken(ctx, "id0", "admin"); err != nil {
		t.Fatal(err)
	}
	_, err = e.s.APITokenFor(ctx, "secret-0")
	wantCode(t, "a deleted token", err, post.ENotFound)
	wantCode(t, "deleting an unknown token", e.s.DeleteAPIToken(ctx, "id0", "admin"), post.ENotFound)
	a := e.auditEntries()
	if last := a[len(a)-1]; last.Action != "apitoken.revoke" || last.Subject != "ann" || strings.Contains(fmt.Sprint(a), "secret-") {
		t.Errorf("token audit: %+v (never the token itself)", a)
	}
}

func testSecrets(t *testing.T, e *env) {
	ctx := e.ctx
	value := []byte("access-token-value-1234")
	for _, name := range []string{"token/x", "token/fb", "oauth/state1"} {
		if err := e.s.SaveSecret(ctx, name, value); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := e.b.Raw.SecretBytes(e.s, "token/x")
	if err != nil {
		t.Fatal(err)
	}
	if len(raw) == 0 || bytes.Contains(raw, value) {
		t.Errorf("the secret is stored in the clear (or not at all): %q", raw)
	}
	e.reopen()
	got, err := e.s.LoadSecret(ctx, "token/x")
	if err != nil || !bytes.Equal(got, value) {
		t.Errorf("LoadSecret after reopen: %q %v", got, err)
	}
	if got, err := e.s.LoadSecret(ctx, "token/none"); got != nil || err != nil {
		t.Errorf("an unset secret: %q %v, want nil and no error", got, err)
	}
	names, err := e.s.SecretNames(ctx, "token/")
	if err != nil || !slices.Equal(names, []string{"token/fb", "token/x"}) {
		t.Errorf("SecretNames(token/): %v %v", names, err)
	}

	// Of two callers taking a one-time secret, one gets it.
	var wg sync.WaitGroup
	var mu sync.Mutex
	took := 0
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := e.s.TakeSecret(ctx, "oauth/state1")
			if err != nil {
				t.Error(err)
			}
			if v != nil {
				mu.Lock()
				took++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if took != 1 {
		t.Errorf("%d callers took the one-time secret, want 1", took)
	}
	if err := e.s.DeleteSecret(ctx, "token/fb"); err != nil {
		t.Fatal(err)
	}
	if got, err := e.s.LoadSecret(ctx, "token/fb"); got != nil || err != nil {
		t.Errorf("a deleted secret: %q %v", got, err)
	}
}

func testMedia(t *testing.T, e *env) {
	ctx := e.ctx
	img := image.NewRGBA(image.Rect(0, 0, 3, 2))
	img.Set(1, 1, color.RGBA{200, 10, 10, 255})
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	m, err := e.s.SaveMedia(ctx, bytes.NewReader(buf.Bytes()), post.Media{Name: "a.png", ContentType: "image/png", ShowsPatient: true})
	if err != nil {
		t.Fatal(err)
	}
	if m.Width != 3 || m.Height != 2 || m.Size == 0 || !store.ValidMediaHash(m.Hash) {
		t.Errorf("saved media record: %+v", m)
	}
	b, err := e.s.ReadMedia(m.Hash)
	if err != nil {
		t.Fatal(err)
	}
	if sum := sha256.Sum256(b); hex.EncodeToString(sum[:]) != m.Hash || int64(len(b)) != m.Size {
		t.Errorf("ReadMedia returned %d bytes not matching the hash", len(b))
	}
	// Saving it again without the answer keeps "shows a patient".
	again, err := e.s.SaveMedia(ctx, bytes.NewReader(buf.Bytes()), post.Media{Name: "b.png", ContentType: "image/png"})
	if err != nil || again.Hash != m.Hash {
		t.Fatalf("second save: %+v %v", again, err)
	}
	e.view(func(tx store.Tx) error {
		rec, err := tx.Media(m.Hash)
		if err != nil || !rec.ShowsPatient || rec.Width != 3 {
			t.Errorf("media record after a second save: %+v %v", rec, err)
		}
		_, err = tx.Media(strings.Repeat("ab", 32))
		wantCode(t, "unknown image", err, post.ENotFound)
		_, err = tx.Media("../../etc/passwd")
		wantCode(t, "a hash that is not one", err, post.EInvalid)
		return nil
	})
	_, err = e.s.ReadMedia("../x")
	wantCode(t, "reading a bad hash", err, post.EInvalid)
	_, err = e.s.ReadMedia(strings.Repeat("cd", 32))
	wantCode(t, "reading an unknown image", err, post.ENotFound)
	_, err = e.s.SaveMedia(ctx, bytes.NewReader(nil), post.Media{ContentType: "image/png"})
	wantCode(t, "an empty upload", err, post.EInvalid)
	_, err = e.s.SaveMedia(ctx, bytes.NewReader(make([]byte, store.MaxMediaBytes+1)), post.Media{ContentType: "image/png"})
	wantCode(t, "an upload over the limit", err, post.EInvalid)
	if err := e.s.WriteProbe(); err != nil {
		t.Errorf("WriteProbe on a healthy store: %v", err)
	}
}

func int64p(v int64) *int64 { return &v }

func testEngagement(t *testing.T, e *env) {
	p := scheduledPost(T0, "x", "xy")
	e.insert(p)
	e.update(func(tx store.Tx) error {
		for i, ch := range []string{"x", "xy", "x"} {
			if err := tx.PutSnapshot(p.ID, ch, post.Metrics{RemoteID: "r", At: T0.Add(time.Duration(i)*time.Hour + 300*time.Millisecond), Reactions: int64p(int64(i))}); err != nil {
				return err
			}
		}
		return tx.PutSnapshot(p.ID, "x", post.Metrics{RemoteID: "r", Reactions: int64p(9)}) // at the transaction's time
	})
	err := e.s.Update(e.ctx, func(tx store.Tx) error { return tx.PutSnapshot("not-an-id", "x", post.Metrics{}) })
	wantCode(t, "a snapshot without a post id", err, post.EInvalid)
	e.view(func(tx store.Tx) error {
		m, ok, err := tx.LatestSnapshot(p.ID, "x")
		if err != nil || !ok || *m.Reactions != 2 || !m.At.Equal(T0.Add(2*time.Hour)) {
			t.Errorf("latest on x: %+v %v %v, want the one at +2h, to the second", m, ok, err)
		}
		if _, ok, _ := tx.LatestSnapshot(p.ID, "fb"); ok {
			t.Error("a snapshot on a channel that has none")
		}
		var got []string
		err = tx.EachSnapshot(p.ID, "x", func(s store.Snapshot) error {
			got = append(got, fmt.Sprint(s.Channel, " ", s.Metrics.At.Sub(T0), " ", *s.Metrics.Reactions))
			return nil
		})
		if err != nil || !slices.Equal(got, []string{"x 0s 9", "x 2h0m0s 2"}) {
			t.Errorf("x's snapshots: %q %v (one per second: the later write at T0 replaced the first)", got, err)
		}
		got = nil
		if err := tx.EachSnapshot(p.ID, "", func(s store.Snapshot) error { got = append(got, s.Channel); return nil }); err != nil {
			return err
		}
		if !slices.Equal(got, []string{"x", "x", "xy"}) {
			t.Errorf("every channel's snapshots: %v", got)
		}
		return nil
	})
	if n, err := e.s.SnapshotCount(e.ctx); err != nil || n != 3 {
		t.Errorf("SnapshotCount %d %v, want 3", n, err)
	}

	// The collection schedule: the due entry moves with Next.
	c := &store.Collect{PostID: p.ID, Channel: "x", RemoteID: "r", PublishedAt: T0, Next: T0.Add(time.Hour)}
	e.update(func(tx store.Tx) error { return tx.PutCollection(c) })
	dueAt := func(now time.Time) []*store.Collect {
		var out []*store.Collect
		e.view(func(tx store.Tx) error {
			var err error
			out, err = tx.DueCollections(now, 10)
			return err
		})
		return out
	}
	if got := dueAt(T0.Add(time.Hour)); len(got) != 1 || got[0].RemoteID != "r" {
		t.Errorf("due collections at +1h: %+v", got)
	}
	c.Step, c.Next = 1, T0.Add(24*time.Hour)
	e.update(func(tx store.Tx) error { return tx.PutCollection(c) })
	if got := dueAt(T0.Add(2 * time.Hour)); len(got) != 0 {
		t.Errorf("the old due entry was left behind: %+v", got)
	}
	if got := dueAt(T0.Add(24 * time.Hour)); len(got) != 1 || got[0].Step != 1 {
		t.Errorf("due collections at +24h: %+v", got)
	}
	c.Next = time.Time{}
	e.update(func(tx store.Tx) error { return tx.PutCollection(c) })
	if got := dueAt(T0.Add(100 * time.Hour)); len(got) != 0 {
		t.Errorf("a finished schedule is still due: %+v", got)
	}
	e.view(func(tx store.Tx) error {
		got, ok, err := tx.Collection(p.ID, "x")
		if err != nil || !ok || got.Step != 1 {
			t.Errorf("collection state: %+v %v %v", got, ok, err)
		}
		return nil
	})
}

func testComments(t *testing.T, e *env) {
	p := scheduledPost(T0, "x", "fb")
	e.insert(p)
	put := func(ch, remote, text string) bool {
		var isNew bool
		e.update(func(tx store.Tx) error {
			var err error
			isNew, err = tx.PutComment(&store.StoredComment{PostID: p.ID, Channel: ch, Comment: post.Comment{RemoteID: remote, Text: text}})
			return err
		})
		return isNew
	}
	if !put("x", "c2", "first") || !put("x", "c1", "second") || !put("fb", "c1", "third") {
		t.Fatal("new comments were not stored as new")
	}
	if put("x", "c2", "edited") {
		t.Error("a known comment was stored again")
	}
	reply := post.NewID(T0)
	e.update(func(tx store.Tx) error { return tx.LinkReply(p.ID, "x", "c2", reply) })
	e.view(func(tx store.Tx) error {
		c, err := tx.Comment(p.ID, "x", "c2")
		if err != nil || c.Comment.Text != "first" || c.ReplyPostID != reply || !c.FetchedAt.Equal(T0) {
			t.Errorf("comment: %+v %v", c, err)
		}
		_, err = tx.Comment(p.ID, "x", "c9")
		wantCode(t, "unknown comment", err, post.ENotFound)
		var got []string
		if err := tx.PostComments(p.ID, "x", func(c *store.StoredComment) error { got = append(got, c.Comment.RemoteID); return nil }); err != nil {
			return err
		}
		if !slices.Equal(got, []string{"c1", "c2"}) {
			t.Errorf("x's comments: %v", got)
		}
		got = nil
		if err := tx.PostComments(p.ID, "", func(c *store.StoredComment) error { got = append(got, c.Channel+"/"+c.Comment.RemoteID); return nil }); err != nil {
			return err
		}
		if !slices.Equal(got, []string{"fb/c1", "x/c1", "x/c2"}) {
			t.Errorf("the post's comments: %v", got)
		}
		return nil
	})
	wantCode(t, "linking a reply to an unknown comment",
		e.s.Update(e.ctx, func(tx store.Tx) error { return tx.LinkReply(p.ID, "x", "c9", reply) }), post.ENotFound)
	n := 0
	if err := e.s.EachComment(e.ctx, func(*store.StoredComment) error { n++; return nil }); err != nil || n != 3 {
		t.Errorf("EachComment: %d %v", n, err)
	}
}

func testSettings(t *testing.T, e *env) {
	e.view(func(tx store.Tx) error {
		var v map[string]int
		if ok, err := tx.Setting("anything", &v); ok || err != nil {
			t.Errorf("an unset setting: %v %v", ok, err)
		}
		stop, err := tx.EmergencyStop()
		if err != nil || stop.Active {
			t.Errorf("the stop before it was ever set: %+v %v", stop, err)
		}
		return nil
	})
	stop := store.EmergencyStop{Active: true, By: "doc", At: T0, Reason: "local tragedy", Held: []post.ID{post.NewID(T0)}}
	e.update(func(tx store.Tx) error {
		if err := tx.PutSetting("digest", map[string]int{"hour": 7}, store.Audit{Actor: "admin", Action: "setting.set"}); err != nil {
			return err
		}
		if err := tx.PutChannelPause("x", store.ChannelPause{Paused: true, Reason: "token expired", At: T0, By: "practicepost"}, store.Audit{Actor: "practicepost", Action: "channel.pause"}); err != nil {
			return err
		}
		return tx.PutEmergencyStop(stop, store.Audit{Actor: "doc", Action: "emergency.stop"})
	})
	e.reopen()
	e.view(func(tx store.Tx) error {
		var v map[string]int
		if ok, err := tx.Setting("digest", &v); !ok || err != nil || v["hour"] != 7 {
			t.Errorf("setting: %v %v %v", v, ok, err)
		}
		got, err := tx.EmergencyStop()
		if err != nil || !got.Active || got.Reason != stop.Reason || !slices.Equal(got.Held, stop.Held) || !got.At.Equal(T0) {
			t.Errorf("the stop: %+v %v", got, err)
		}
		pause, err := tx.ChannelPause("x")
		if err != nil || !pause.Paused || pause.Reason != "token expired" {
			t.Errorf("x's pause: %+v %v", pause, err)
		}
		if pause, err := tx.ChannelPause("fb"); err != nil || pause.Paused {
			t.Errorf("fb's pause, never set: %+v %v", pause, err)
		}
		return nil
	})
	var subjects []string
	for _, a := range e.auditEntries() {
		subjects = append(subjects, a.Subject)
	}
	if len(subjects) != 3 || subjects[0] != "setting:digest" || !strings.HasPrefix(subjects[1], "setting:") || !strings.HasPrefix(subjects[2], "setting:") {
		t.Errorf("settings audit subjects: %v", subjects)
	}
}

func testAlerts(t *testing.T, e *env) {
	ctx := e.ctx
	postID := post.NewID(T0)
	raise := func(a store.Alert) bool {
		var stored bool
		e.update(func(tx store.Tx) error {
			var err error
			stored, err = tx.PutAlert(&a)
			return err
		})
		return stored
	}
	if !raise(store.Alert{Kind: "failed", Severity: "high", PostID: postID, Channel: "x", Message: "Post failed on x."}) {
		t.Fatal("the first alert was not stored")
	}
	e.clock.Add(time.Second)
	if raise(store.Alert{Kind: "failed", PostID: postID, Channel: "x", Message: "Post failed on x again."}) {
		t.Error("a second open alert of the same kind, post and channel was stored")
	}
	e.clock.Add(time.Second)
	if !raise(store.Alert{Kind: "failed", PostID: postID, Channel: "fb", Message: "Post failed on fb."}) {
		t.Error("an alert about another channel was refused")
	}
	wantCode(t, "an alert without a message", e.s.Update(ctx, func(tx store.Tx) error {
		_, err := tx.PutAlert(&store.Alert{Kind: "failed"})
		return err
	}), post.EInvalid)
	open, err := e.s.Alerts(ctx, true)
	if err != nil || len(open) != 2 || open[0].Channel != "fb" || !open[1].At.Equal(T0) || open[1].ID == "" {
		t.Fatalf("open alerts, newest first: %+v %v", open, err)
	}
	var found *store.Alert
	e.view(func(tx store.Tx) error {
		var ok bool
		found, ok, err = tx.OpenAlert("failed", postID, "x")
		if !ok || err != nil {
			t.Errorf("OpenAlert: %v %v", ok, err)
		}
		return err
	})
	if kinds, err := e.s.AlertKinds(ctx); err != nil || kinds["failed"] != 2 {
		t.Errorf("AlertKinds: %v %v", kinds, err)
	}
	acked, err := e.s.AckAlert(ctx, found.ID, "doc")
	if err != nil || !acked.Acknowledged || acked.AckBy != "doc" {
		t.Fatalf("ack: %+v %v", acked, err)
	}
	_, err = e.s.AckAlert(ctx, found.ID, "doc")
	wantCode(t, "acknowledging twice", err, post.EConflict)
	_, err = e.s.AckAlert(ctx, post.NewID(T0), "doc")
	wantCode(t, "acknowledging an unknown alert", err, post.ENotFound)
	if open, _ := e.s.Alerts(ctx, true); len(open) != 1 {
		t.Errorf("open after an ack: %+v", open)
	}
	if all, _ := e.s.Alerts(ctx, false); len(all) != 2 {
		t.Errorf("all alerts: %+v", all)
	}
	if !raise(store.Alert{Kind: "failed", PostID: postID, Channel: "x", Message: "Post failed on x again."}) {
		t.Error("after the ack, the same problem could not raise a new alert")
	}
	if a := e.auditEntries(); len(a) != 1 || a[0].Action != "alert.ack" || a[0].Actor != "doc" {
		t.Errorf("alert audit: %+v", a)
	}

	// Unsent is kept with the alert until AlertSent clears it, once.
	unsent := store.Alert{Kind: "held", PostID: postID, Channel: "x", Message: "Post held on x.", Unsent: true}
	e.update(func(tx store.Tx) error { _, err := tx.PutAlert(&unsent); return err })
	pending := func() (n int) {
		all, err := e.s.Alerts(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range all {
			if a.Unsent {
				n++
			}
		}
		return n
	}
	if n := pending(); n != 1 {
		t.Fatalf("%d unsent alerts after storing one, want 1", n)
	}
	for range 2 { // the second time finds it sent already
		e.update(func(tx store.Tx) error { return tx.AlertSent(unsent.ID) })
	}
	if n := pending(); n != 0 {
		t.Errorf("%d unsent alerts after AlertSent, want 0", n)
	}
	wantCode(t, "AlertSent on an unknown alert", e.s.Update(ctx, func(tx store.Tx) error {
		return tx.AlertSent(post.NewID(T0))
	}), post.ENotFound)
}

func testEvergreenImportsRevisions(t *testing.T, e *env) {
	id := post.NewID(T0)
	e.view(func(tx store.Tx) error {
		if at, err := tx.EvergreenLastUse(id); err != nil || !at.IsZero() {
			t.Errorf("last use of a post never planned: %v %v", at, err)
		}
		if _, ok, err := tx.Import("abc"); ok || err != nil {
			t.Errorf("an import never made: %v %v", ok, err)
		}
		return nil
	})
	e.update(func(tx store.Tx) error {
		if err := tx.SetEvergreenUse(id, T0.Add(time.Hour)); err != nil {
			return err
		}
		return tx.PutImport(store.ImportRecord{ID: "abc", Name: "march.csv", Actor: "ann", At: T0, Posts: 3, First: id})
	})
	e.view(func(tx store.Tx) error {
		if at, err := tx.EvergreenLastUse(id); err != nil || !at.Equal(T0.Add(time.Hour)) {
			t.Errorf("last use: %v %v", at, err)
		}
		r, ok, err := tx.Import("abc")
		if err != nil || !ok || r.Posts != 3 || r.First != id {
			t.Errorf("import record: %+v %v %v", r, ok, err)
		}
		return nil
	})
	if r, err := e.s.LastRevision(e.ctx, id); r != nil || err != nil {
		t.Errorf("a revision never saved: %+v %v", r, err)
	}
	for _, body := range []string{"v1", "v2"} {
		if err := e.s.SaveRevision(e.ctx, store.Revision{PostID: id, Body: body, By: "doc", At: T0}); err != nil {
			t.Fatal(err)
		}
	}
	if r, err := e.s.LastRevision(e.ctx, id); err != nil || r == nil || r.Body != "v2" {
		t.Errorf("last revision: %+v %v", r, err)
	}
}

// testClaimSurvivesReopen: a claim committed before the platform call is
// what the next start sees, and the audit chain holds across the restart.
func testClaimSurvivesReopen(t *testing.T, e *env) {
	p := scheduledPost(T0, "x", "fb")
	e.insert(p)
	var took bool
	if err := e.s.Batch(e.ctx, func(tx store.Tx) error {
		var err error
		took, err = claim(tx, p.ID, "x", "attempt-1")
		return err
	}); err != nil || !took {
		t.Fatalf("claim: %v %v", took, err)
	}
	e.reopen()
	got := e.get(p.ID)
	if d := got.Deliveries["x"]; d.State != post.DeliveryPublishing || d.AttemptID != "attempt-1" || !d.AttemptStarted.Equal(T0) {
		t.Errorf("after reopen the claimed delivery is %+v, want publishing with its attempt", d)
	}
	e.view(func(tx store.Tx) error {
		due, err := tx.Due(T0.Add(time.Hour), 10)
		if len(due) != 1 || due[0].Channel != "fb" {
			t.Errorf("due after reopen: %v, want only the unclaimed fb", due)
		}
		return err
	})
	if brk, n := e.verify(); brk != nil || n != 2 {
		t.Errorf("audit after reopen: %+v, %d entries, want intact with 2", brk, n)
	}
}

// testUnreadableAlert: one alert record that cannot be read (a torn write)
// is skipped by the listing, which returns the others and an
// *store.UnreadableError naming it. Before, the whole listing failed, and
// with it the re-sending of unsent alerts at start.
func testUnreadableAlert(t *testing.T, e *env) {
	var ids []post.ID
	for i, kind := range []string{"held", "publish_failed", "manual_task"} {
		a := store.Alert{Kind: kind, PostID: post.NewID(T0.Add(time.Duration(i) * time.Second)), Channel: "x", Message: "m", Unsent: true}
		e.update(func(tx store.Tx) error {
			_, err := tx.PutAlert(&a)
			return err
		})
		ids = append(ids, a.ID)
	}
	if err := e.b.Raw.CorruptAlert(e.s, ids[1]); err != nil {
		t.Fatal(err)
	}
	for _, onlyOpen := range []bool{false, true} {
		got, err := e.s.Alerts(e.ctx, onlyOpen)
		var bad *store.UnreadableError
		if !errors.As(err, &bad) || len(bad.Keys) != 1 || bad.Keys[0] != string(ids[1]) {
			t.Fatalf("Alerts(%v) error %v, want an UnreadableError naming %s", onlyOpen, err, ids[1])
		}
		var gotIDs []post.ID
		for _, a := range got {
			gotIDs = append(gotIDs, a.ID)
		}
		slices.Sort(gotIDs)
		if want := []post.ID{min(ids[0], ids[2]), max(ids[0], ids[2])}; !slices.Equal(gotIDs, want) {
			t.Errorf("Alerts(%v) listed %v, want the two readable alerts %v", onlyOpen, gotIDs, want)
		}
	}
}

// testUnsentAlerts: UnsentAlerts lists exactly the alerts still marked
// unsent, oldest first, an acknowledged one included (the resend marks it
// sent without sending it), none that went out, after a restart as before,
// and skips a torn one with an *store.UnreadableError naming it. The
// resend at start and the retry pass read these instead of every alert
// ever stored.
func testUnsentAlerts(t *testing.T, e *env) {
	var ids []post.ID
	for i, unsent := range []bool{true, false, true, true, true} {
		a := store.Alert{Kind: "held", At: T0.Add(time.Duration(i) * time.Second), PostID: post.NewID(T0.Add(time.Duration(i) * time.Second)),
			Channel: "x", Message: "m", Unsent: unsent}
		e.update(func(tx store.Tx) error {
			_, err := tx.PutAlert(&a)
			return err
		})
		ids = append(ids, a.ID)
	}
	e.update(func(tx store.Tx) error { return tx.AlertSent(ids[2]) })
	if _, err := e.s.AckAlert(e.ctx, ids[3], "ann"); err != nil {
		t.Fatal(err)
	}
	unsentIDs := func() ([]post.ID, error) {
		got, err := e.s.UnsentAlerts(e.ctx)
		var out []post.ID
		for _, a := range got {
			if !a.Unsent {
				t.Errorf("UnsentAlerts listed %s, which is not marked unsent", a.ID)
			}
			out = append(out, a.ID)
		}
		return out, err
	}
	want := []post.ID{ids[0], ids[3], ids[4]}
	for _, when := range []string{"before", "after"} {
		got, err := unsentIDs()
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("UnsentAlerts %s a restart: %v (%v), want %v: unsent, oldest first, the acknowledged one included", when, got, err, want)
		}
		if when == "before" {
			e.reopen()
		}
	}
	if err := e.b.Raw.CorruptAlert(e.s, ids[0]); err != nil {
		t.Fatal(err)
	}
	got, err := unsentIDs()
	var bad *store.UnreadableError
	if !errors.As(err, &bad) || len(bad.Keys) != 1 || bad.Keys[0] != string(ids[0]) {
		t.Errorf("UnsentAlerts with a torn record: error %v, want an UnreadableError naming %s", err, ids[0])
	}
	if !slices.Equal(got, want[1:]) {
		t.Errorf("UnsentAlerts with a torn record listed %v, want %v", got, want[1:])
	}
}
