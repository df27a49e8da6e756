package alert

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// TestResendAtStartIsCapped: a start that finds thousands of alerts left
// unsent (mail was down for weeks) must not send thousands of e-mails: it
// sends the newest few one by one and one summary alert for the rest,
// which it marks sent with the summary. Nothing is left unsent, and the
// next start sends nothing again. Before, every one went out, one e-mail
// and one webhook post each.
func TestResendAtStartIsCapped(t *testing.T) {
	ctx := context.Background()
	const stored = 150
	tests := []struct {
		name     string
		cap      int // Options.ResendAtStart; 0: the default
		wantEach int // alerts sent one by one
	}{
		{"default cap", 0, DefaultResendAtStart},
		{"cap of 5", 5, 5},
		{"cap above the count", 1000, stored},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := openStore(t)
			ids := putSentAndUnsent(t, db, 0, stored)
			hook := &hookRecorder{}
			srv := httptest.NewServer(hook)
			defer srv.Close()
			n, err := New(Options{DB: db, Webhook: srv.URL, ResendAtStart: tc.cap})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := n.SendUnsent(ctx, time.Now()); err != nil {
				t.Fatal(err)
			}
			got := hook.alerts()
			wantPosts := tc.wantEach
			if tc.wantEach < stored {
				wantPosts++ // the summary
			}
			if len(got) != wantPosts {
				t.Fatalf("the webhook got %d posts for %d unsent alerts, want %d", len(got), stored, wantPosts)
			}
			each := map[string]bool{}
			for _, a := range got {
				if a.Kind == KindUnsentSummary {
					if !strings.Contains(a.Message, fmt.Sprintf("%d older alerts", stored-tc.wantEach)) || a.Severity != SeverityWarning {
						t.Errorf("summary %q (%s) does not say how many it stands for", a.Message, a.Severity)
					}
					continue
				}
				each[string(a.ID)] = true
			}
			// The newest are the ones sent one by one.
			for _, id := range ids[stored-tc.wantEach:] {
				if !each[string(id)] {
					t.Errorf("alert %s, among the newest %d, was not sent one by one", id, tc.wantEach)
				}
			}
			left, err := db.UnsentAlerts(ctx)
			if err != nil || len(left) != 0 {
				t.Errorf("%d alerts still unsent after the start (%v), want 0: the summary stands for the rest", len(left), err)
			}
			if again, err := n.SendUnsent(ctx, time.Now()); err != nil || again != 0 {
				t.Errorf("the next start sent %d (%v), want 0", again, err)
			}
		})
	}
}

// TestResendCapWithASummaryStillOpen: while the last start's summary is
// open (nobody acknowledged it), a new one cannot be stored, so the older
// alerts beyond the cap are left unsent for a later start: still at most
// the cap one by one, and nothing marked sent that no message told of.
func TestResendCapWithASummaryStillOpen(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	hook := &hookRecorder{}
	srv := httptest.NewServer(hook)
	defer srv.Close()
	n, err := New(Options{DB: db, Webhook: srv.URL, ResendAtStart: 5})
	if err != nil {
		t.Fatal(err)
	}
	putSentAndUnsent(t, db, 0, 8)
	if _, err := n.SendUnsent(ctx, time.Now()); err != nil {
		t.Fatal(err)
	}
	if got := len(hook.alerts()); got != 6 {
		t.Fatalf("first start: %d posts, want 5 and a summary", got)
	}
	// 12 more pile up (other posts), the summary still open.
	if err := db.Update(ctx, func(tx store.Tx) error {
		for i := range 12 {
			a := Alert{Kind: KindPublishFailed, At: time.Now().Add(-time.Minute), PostID: post.ID(fmt.Sprintf("01JMORE%019d", i)), Channel: "x", Message: "Post failed on x.", Unsent: true}
			if _, err := tx.PutAlert(&a); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []struct{ sent, left int }{{5, 7}, {5, 2}, {2, 0}} {
		sent, err := n.SendUnsent(ctx, time.Now())
		left, lerr := db.UnsentAlerts(ctx)
		if err != nil || lerr != nil || sent != want.sent || len(left) != want.left {
			t.Errorf("a start sent %d and left %d unsent (%v, %v), want %d and %d", sent, len(left), err, lerr, want.sent, want.left)
		}
	}
}
