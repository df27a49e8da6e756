// Package storetest states the storage contract (store.Store and store.Tx)
// as a suite every backend must pass, the way channeltest does for
// networks. A backend's test calls Run with a function that opens a fresh,
// empty store:
//
//	func TestContract(t *testing.T) {
//		storetest.Run(t, func(t *testing.T, now func() time.Time) *storetest.Backend {
//			db := open(t, t.TempDir(), now)
//			return &storetest.Backend{Store: db, Reopen: ..., Raw: ...}
//		})
//	}
//
// The suite only goes through the interfaces, except where a property is
// about what lies on disk (secrets encrypted at rest, tampering found by
// the audit check): there it asks the backend's Raw hooks, which write and
// read as someone holding the data files or the database would.
package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// Backend is one freshly opened, empty store under test.
type Backend struct {
	Store store.Store
	// Reopen closes Store and opens the same data again, as a restart
	// would, returning the new handle (with the same clock).
	Reopen func(t *testing.T) store.Store
	// Raw reaches under the contract; every backend provides it.
	Raw Raw
}

// Raw writes and reads stored data directly, as someone with the files
// (or database) would, bypassing the store's rules.
type Raw interface {
	// EditAuditEntry rewrites the stored audit entry seq with edit applied,
	// keeping its stored hash.
	EditAuditEntry(s store.Store, seq uint64, edit func(*post.AuditEntry)) error
	// RehashAuditEntry is EditAuditEntry by someone who also recomputes the
	// entry's own hash, so only the next entry's link to it can tell.
	RehashAuditEntry(s store.Store, seq uint64, edit func(*post.AuditEntry)) error
	// DeleteAuditEntry removes audit entry seq and nothing else.
	DeleteAuditEntry(s store.Store, seq uint64) error
	// EditPost rewrites a stored post with edit applied, with no audit
	// entry and no index change.
	EditPost(s store.Store, id post.ID, edit func(*post.Post)) error
	// SecretBytes returns the bytes stored for secret name.
	// CorruptAlert overwrites the stored alert id with bytes that are not
	// an alert, as a torn write or a bad disk would.
	CorruptAlert(s store.Store, id post.ID) error
	SecretBytes(s store.Store, name string) ([]byte, error)
}

// Open opens a fresh, empty store whose clock is now; it registers its own
// cleanup with t.
type Open func(t *testing.T, now func() time.Time) *Backend

// Run runs the whole suite against backend open.
func Run(t *testing.T, open Open) {
	for _, tc := range []struct {
		name string
		fn   func(*testing.T, *env)
	}{
		{"PostLifecycle", testPostLifecycle},
		{"Rollback", testRollback},
		{"ClaimExclusivity", testClaimExclusivity},
		{"IndexConsistency", testIndexConsistency},
		{"DueOrderAndBounds", testDueOrderAndBounds},
		{"AuditChain", testAuditChain},
		{"ReviewsAndAuthorizations", testReviewsAndAuthorizations},
		{"Users", testUsers},
		{"Sessions", testSessions},
		{"APITokens", testAPITokens},
		{"Secrets", testSecrets},
		{"Media", testMedia},
		{"Engagement", testEngagement},
		{"Comments", testComments},
		{"Settings", testSettings},
		{"Alerts", testAlerts},
		{"UnreadableAlert", testUnreadableAlert},
		{"UnsentAlerts", testUnsentAlerts},
		{"EvergreenImportsRevisions", testEvergreenImportsRevisions},
		{"ClaimSurvivesReopen", testClaimSurvivesReopen},
		{"BadText", testBadText},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := &env{t: t, ctx: context.Background(), clock: &clock{at: T0}}
			e.b = open(t, e.clock.Now)
			if e.b == nil || e.b.Store == nil || e.b.Reopen == nil || e.b.Raw == nil {
				t.Fatal("storetest: Open must return a Backend with Store, Reopen and Raw")
			}
			e.s = e.b.Store
			tc.fn(t, e)
		})
	}
	t.Run("AuditTamper", func(t *testing.T) { testAuditTamper(t, open) })
}

// T0 is the suite's starting time.
var T0 = time.Date(2027, 3, 1, 15, 0, 0, 0, time.UTC)

// env is one test's store and clock.
type env struct {
	t     *testing.T
	ctx   context.Context
	clock *clock
	b     *Backend
	s     store.Store
}

func (e *env) reopen() { e.s = e.b.Reopen(e.t) }

func (e *env) update(fn func(store.Tx) error) {
	e.t.Helper()
	if err := e.s.Update(e.ctx, fn); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) view(fn func(store.Tx) error) {
	e.t.Helper()
	if err := e.s.View(e.ctx, fn); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) insert(p *post.Post) {
	e.t.Helper()
	e.update(func(tx store.Tx) error { return tx.InsertPost(p, store.Audit{Actor: "ann", Action: "post.create"}) })
}

func (e *env) get(id post.ID) *post.Post {
	e.t.Helper()
	var p *post.Post
	e.view(func(tx store.Tx) error {
		var err error
		p, err = tx.Post(id)
		return err
	})
	return p
}

// change reads post id, applies fn and writes it back in one transaction.
func (e *env) change(id post.ID, fn func(*post.Post)) {
	e.t.Helper()
	e.update(func(tx store.Tx) error {
		p, err := tx.Post(id)
		if err != nil {
			return err
		}
		fn(p)
		return tx.PutPost(p, store.Audit{Actor: "ann", Action: "post.edit"})
	})
}

func (e *env) verify() (*store.AuditBreak, uint64) {
	e.t.Helper()
	brk, n, err := e.s.VerifyAudit(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return brk, n
}

func (e *env) auditEntries() []post.AuditEntry {
	e.t.Helper()
	var out []post.AuditEntry
	if err := e.s.AuditEntries(e.ctx, 1, func(a post.AuditEntry) error { out = append(out, a); return nil }); err != nil {
		e.t.Fatal(err)
	}
	return out
}

// scheduledPost is a post scheduled at at on channels, each delivery pending.
func scheduledPost(at time.Time, channels ...string) *post.Post {
	p := &post.Post{ID: post.NewID(at), Body: "Flu shots this week.", Channels: channels, Author: "ann",
		Status: post.StatusScheduled, Schedule: post.Schedule{At: at}, Deliveries: map[string]*post.Delivery{}}
	for _, c := range channels {
		p.Deliveries[c] = &post.Delivery{Channel: c, State: post.DeliveryPending, DueAt: at}
	}
	return p
}

func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if post.ErrorCode(err) != code {
		t.Errorf("%s: got %v (code %s), want a %s error", what, err, post.ErrorCode(err), code)
	}
}

var errRollback = errors.New("storetest: roll back")
