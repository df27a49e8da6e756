package alert

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/store"
)

// TestRetryFailedSendsToTheTargetThatFailed: an e-mail or a webhook that
// failed is sent again by RetryFailed, without a restart, to the target
// that failed only (the one that took it does not get it twice), and the
// alert is then marked sent.
func TestRetryFailedSendsToTheTargetThatFailed(t *testing.T) {
	ctx := context.Background()
	held := Alert{Kind: KindHeld, PostID: "01JABCDEFGHJKMNPQRSTVWXYZ0", Channel: "x", Message: "Post held on x."}
	for _, tc := range []struct {
		name      string
		mailDrops int  // connections the mail server drops at the raise
		hookDown  bool // the webhook answers 500 at the raise
		ack       bool // a person acknowledges the alert before the retry
		wantMails int  // messages the mail server took, over both
		wantHooks int  // webhook posts that answered 2xx, over both
	}{
		{"mail server dropped the connection", 1, false, false, 1, 1},
		{"webhook answered 500", 0, true, false, 1, 1},
		{"both failed", 1, true, false, 1, 1},
		{"both failed, acknowledged before the retry", 1, true, true, 0, 0},
		{"nothing failed", 0, false, false, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := openStore(t)
			mailer := newSMTPD(t)
			hook := &hookRecorder{}
			srv := httptest.NewServer(hook)
			defer srv.Close()
			n, err := New(Options{DB: db, Webhook: srv.URL,
				SMTP: config.SMTP{Host: "127.0.0.1", Port: mailer.port(), From: "pp@clinic.test", To: []string{"ann@clinic.test"}}})
			if err != nil {
				t.Fatal(err)
			}
			mailer.dropNext(tc.mailDrops)
			if tc.hookDown {
				hook.setStatus(http.StatusInternalServerError)
			}
			raise(t, n, held)
			failedHooks := 0 // the recorder keeps the posts it answered 500 too
			if tc.hookDown {
				failedHooks = 1
			}
			hook.setStatus(0)
			if tc.ack {
				all, _ := db.Alerts(ctx, false)
				if _, err := db.AckAlert(ctx, all[0].ID, "ann"); err != nil {
					t.Fatal(err)
				}
			}
			for range 2 { // the second pass finds nothing left
				if _, err := n.RetryFailed(ctx); err != nil {
					t.Fatal(err)
				}
			}
			if got := len(mailer.messages()); got != tc.wantMails {
				t.Errorf("the mail server took %d messages, want %d", got, tc.wantMails)
			}
			if got := len(hook.alerts()) - failedHooks; got != tc.wantHooks {
				t.Errorf("the webhook took %d posts, want %d", got, tc.wantHooks)
			}
			all, err := db.Alerts(ctx, false)
			if err != nil || len(all) != 1 {
				t.Fatalf("alerts %+v, %v; want the one", all, err)
			}
			if all[0].Unsent {
				t.Error("the alert is still marked unsent after the retry")
			}
		})
	}
}

// TestUnsentPileWithTheWebhookDown: many alerts left unsent and a webhook
// that hangs at start. The start-up pass tries the webhook once, not once
// per alert (each would wait out the timeout: hours for thousands, and as
// many error lines), still mails every alert, and leaves them for the
// retry, which sends each to the webhook once it is back.
func TestUnsentPileWithTheWebhookDown(t *testing.T) {
	const pile = 60
	ctx := context.Background()
	db := openStore(t)
	mailer := newSMTPD(t)
	hook := &hookRecorder{}
	hang := make(chan struct{})
	var hanging atomic.Bool
	hanging.Store(true)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hanging.Load() {
			<-hang
			return
		}
		hook.ServeHTTP(w, r)
	}))
	defer srv.Close()
	defer close(hang)
	// The pile is sent one by one (no summary): this is about a target
	// that is down, not the cap (TestResendAtStartIsCapped).
	n, err := New(Options{DB: db, Webhook: srv.URL, HTTPClient: &http.Client{Timeout: 200 * time.Millisecond}, ResendAtStart: pile,
		SMTP: config.SMTP{Host: "127.0.0.1", Port: mailer.port(), From: "pp@clinic.test", To: []string{"ann@clinic.test"}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(ctx, func(tx store.Tx) error {
		for i := range pile {
			a := Alert{Kind: KindHeld, PostID: "01JABCDEFGHJKMNPQRSTVWXYZ0", Channel: fmt.Sprintf("c%d", i), Message: "Post held."}
			if _, err := n.RaiseIn(tx, &a); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := n.SendUnsent(ctx, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > pile*200*time.Millisecond/2 {
		t.Errorf("the start-up pass took %s with the webhook hanging: it waited for it alert after alert", took)
	}
	if got := len(mailer.messages()); got != pile {
		t.Errorf("mailed %d alerts at start, want %d", got, pile)
	}
	hanging.Store(false)
	if sent, err := n.RetryFailed(ctx); err != nil || sent != pile {
		t.Errorf("RetryFailed = %d, %v; want %d", sent, err, pile)
	}
	if got := len(hook.alerts()); got != pile {
		t.Errorf("the webhook got %d alerts, want %d", got, pile)
	}
	if got := len(mailer.messages()); got != pile {
		t.Errorf("mailed %d alerts in all, want %d: the retry mailed again", got, pile)
	}
	all, _ := db.Alerts(ctx, false)
	for _, a := range all {
		if a.Unsent {
			t.Fatalf("alert %s still unsent", a.ID)
		}
	}
}
