package alert

import (
	"context"
	"fmt"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// countedStore counts the alert records the notifier reads from the store.
type countedStore struct {
	*store.DB
	read atomic.Int64
}

func (c *countedStore) Alerts(ctx context.Context, onlyOpen bool) ([]store.Alert, error) {
	all, err := c.DB.Alerts(ctx, onlyOpen)
	c.read.Add(int64(len(all)))
	return all, err
}

func (c *countedStore) UnsentAlerts(ctx context.Context) ([]store.Alert, error) {
	all, err := c.DB.UnsentAlerts(ctx)
	c.read.Add(int64(len(all)))
	return all, err
}

// putSentAndUnsent stores sent alerts marked sent and unsent ones marked
// unsent, each about a post of its own, in one transaction.
func putSentAndUnsent(t testing.TB, db *store.DB, sent, unsent int) []post.ID {
	t.Helper()
	at := time.Now().Add(-time.Hour)
	var ids []post.ID
	err := db.Update(context.Background(), func(tx store.Tx) error {
		for i := range sent + unsent {
			a := store.Alert{Kind: KindHeld, Severity: SeverityWarning, At: at.Add(time.Duration(i) * time.Millisecond),
				PostID: post.ID(fmt.Sprintf("01JPOST%019d", i)), Channel: "x", Message: "Post held on x.", Unsent: i >= sent}
			if _, err := tx.PutAlert(&a); err != nil {
				return err
			}
			if a.Unsent {
				ids = append(ids, a.ID)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// TestResendReadsOnlyUnsentAlerts: the start-up resend (SendUnsent) and
// the retry pass (RetryFailed) read the alerts still to be sent, not every
// alert ever stored: with 10,000 sent alerts and 3 unsent, reading all of
// them at each start and each minute's retry grew with the practice's
// whole history.
func TestResendReadsOnlyUnsentAlerts(t *testing.T) {
	ctx := context.Background()
	const sent, unsent = 10000, 3
	db := &countedStore{DB: openStore(t)}
	putSentAndUnsent(t, db.DB, sent, unsent)
	hook := &hookRecorder{}
	srv := httptest.NewServer(hook)
	defer srv.Close()
	n, err := New(Options{DB: db, Webhook: srv.URL})
	if err != nil {
		t.Fatal(err)
	}

	got, err := n.SendUnsent(ctx, time.Now())
	if err != nil || got != unsent {
		t.Fatalf("SendUnsent sent %d (%v), want %d", got, err, unsent)
	}
	if r := db.read.Load(); r > unsent {
		t.Errorf("SendUnsent read %d alert records to find %d unsent among %d, want at most %d", r, unsent, sent+unsent, unsent)
	}

	// One send fails, so the retry pass has something to look up.
	hook.setStatus(502)
	raise(t, n, Alert{Kind: KindPublishFailed, PostID: "01JABCDEFGHJKMNPQRSTVWXYZ0", Channel: "x", Message: "Post failed on x."})
	hook.setStatus(0)
	db.read.Store(0)
	if got, err := n.RetryFailed(ctx); err != nil || got != 1 {
		t.Fatalf("RetryFailed sent %d (%v), want 1", got, err)
	}
	if r := db.read.Load(); r > 1 {
		t.Errorf("RetryFailed read %d alert records to send 1 again, want at most 1", r)
	}
}
