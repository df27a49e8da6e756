package alert

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/practicepost/practicepost/store"
)

// TestSendUnsent: an alert is stored marked unsent and the mark is cleared
// once the webhook took it; what a killed process (or a failed send) left
// unsent goes out at the next start, once.
func TestSendUnsent(t *testing.T) {
	ctx := context.Background()
	held := Alert{Kind: KindHeld, PostID: "01JABCDEFGHJKMNPQRSTVWXYZ0", Channel: "x", Message: "Post held on x."}
	for _, tc := range []struct {
		name string
		// before runs before the restart: it stores held its own way.
		before     func(t *testing.T, n *Notifier, db *store.DB, hook *hookRecorder)
		noHook     bool
		since      time.Duration // SendUnsent sends what was stored before now+since
		wantResent int           // webhook posts by SendUnsent
		wantUnsent bool          // held is still marked unsent at the end
	}{
		{"sent when raised", func(t *testing.T, n *Notifier, _ *store.DB, _ *hookRecorder) {
			raise(t, n, held)
		}, false, time.Hour, 0, false},
		{"killed between the commit and the send", func(t *testing.T, n *Notifier, db *store.DB, _ *hookRecorder) {
			raiseInOnly(t, n, db, held)
		}, false, time.Hour, 1, false},
		{"webhook down when raised", func(t *testing.T, n *Notifier, _ *store.DB, hook *hookRecorder) {
			hook.setStatus(http.StatusBadGateway)
			raise(t, n, held)
			hook.setStatus(0)
		}, false, time.Hour, 1, false},
		{"acknowledged before the restart", func(t *testing.T, n *Notifier, db *store.DB, _ *hookRecorder) {
			a := raiseInOnly(t, n, db, held)
			if _, err := db.AckAlert(ctx, a.ID, "ann"); err != nil {
				t.Fatal(err)
			}
		}, false, time.Hour, 0, false},
		{"stored after the start", func(t *testing.T, n *Notifier, db *store.DB, _ *hookRecorder) {
			raiseInOnly(t, n, db, held) // another replica's, being sent by it
		}, false, -time.Hour, 0, true},
		{"nothing to send to", func(t *testing.T, n *Notifier, db *store.DB, _ *hookRecorder) {
			raiseInOnly(t, n, db, held)
		}, true, time.Hour, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := openStore(t)
			hook := &hookRecorder{}
			srv := httptest.NewServer(hook)
			defer srv.Close()
			opt := Options{DB: db, Webhook: srv.URL}
			if tc.noHook {
				opt.Webhook = ""
			}
			n, err := New(opt)
			if err != nil {
				t.Fatal(err)
			}
			tc.before(t, n, db, hook)
			posted := len(hook.alerts())
			for range 2 { // a second start finds nothing left
				if _, err := n.SendUnsent(ctx, time.Now().Add(tc.since)); err != nil {
					t.Fatal(err)
				}
			}
			if got := len(hook.alerts()) - posted; got != tc.wantResent {
				t.Errorf("SendUnsent posted %d alerts, want %d", got, tc.wantResent)
			}
			all, err := db.Alerts(ctx, false)
			if err != nil || len(all) != 1 {
				t.Fatalf("alerts %+v, %v; want the one", all, err)
			}
			if all[0].Unsent != tc.wantUnsent {
				t.Errorf("unsent %v, want %v", all[0].Unsent, tc.wantUnsent)
			}
			for _, a := range hook.alerts() {
				if a.Unsent {
					t.Error("the webhook was told about the store's unsent mark")
				}
			}
		})
	}
}

func (h *hookRecorder) setStatus(code int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.status = code
}

func raise(t *testing.T, n *Notifier, a Alert) {
	t.Helper()
	if stored, err := n.Raise(context.Background(), a); err != nil || !stored {
		t.Fatalf("Raise = %v, %v", stored, err)
	}
}

// raiseInOnly stores a as the scheduler does, with its state, and never
// calls Notify: the process was killed right after the commit.
func raiseInOnly(t *testing.T, n *Notifier, db *store.DB, a Alert) Alert {
	t.Helper()
	if err := db.Update(context.Background(), func(tx store.Tx) error {
		_, err := n.RaiseIn(tx, &a)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return a
}
