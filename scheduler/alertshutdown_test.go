package scheduler

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/store"
)

// TestShutdownDoesNotWaitForAnAlertResend: Run's context ends while the
// start-up pass resends an alert to a webhook or a mail server that
// hangs. Run returns at once: the alert stays unsent and goes out at the
// next start. Before, the resend ran on a context shutdown did not end,
// and Run waited out its 10 s timeout (20 s with both targets hanging),
// past ShutdownGrace.
func TestShutdownDoesNotWaitForAnAlertResend(t *testing.T) {
	for _, target := range []string{"webhook", "mail"} {
		t.Run(target, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			db, err := store.Open(ctx, t.TempDir(), store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			reached := make(chan struct{}, 1)
			release := make(chan struct{})
			opt := alert.Options{DB: db}
			switch target {
			case "webhook":
				srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
					reached <- struct{}{}
					<-release
				}))
				defer srv.Close()
				opt.Webhook = srv.URL
			case "mail": // accepts and never greets
				ln, err := net.Listen("tcp", "127.0.0.1:0")
				if err != nil {
					t.Fatal(err)
				}
				defer ln.Close()
				go func() {
					c, err := ln.Accept()
					if err != nil {
						return
					}
					defer c.Close()
					reached <- struct{}{}
					<-release
				}()
				opt.SMTP = config.SMTP{Host: "127.0.0.1", Port: ln.Addr().(*net.TCPAddr).Port, From: "pp@clinic.test", To: []string{"ann@clinic.test"}}
			}
			defer close(release) // before the servers close: they wait for their handlers
			n, err := alert.New(opt)
			if err != nil {
				t.Fatal(err)
			}
			// Stored unsent by an earlier life, killed before it sent it.
			if err := db.Update(ctx, func(tx store.Tx) error {
				_, err := n.RaiseIn(tx, &alert.Alert{Kind: alert.KindHeld, PostID: "01JABCDEFGHJKMNPQRSTVWXYZ0", Channel: "c", Message: "Post held on c."})
				return err
			}); err != nil {
				t.Fatal(err)
			}
			cal, err := calendar.New(db, passChecker{}, calendar.Options{Location: time.UTC})
			if err != nil {
				t.Fatal(err)
			}
			s, err := New(Options{DB: db, Location: time.UTC, Alerts: n, ChannelInterval: -1, Pauser: cal, ShutdownGrace: time.Second})
			if err != nil {
				t.Fatal(err)
			}
			time.Sleep(10 * time.Millisecond) // the alert is older than the start
			done := make(chan error, 1)
			go func() { done <- s.Run(ctx) }()
			select {
			case <-reached:
			case <-time.After(10 * time.Second):
				t.Fatal("the start-up pass never tried the " + target)
			}
			cancel()
			start := time.Now()
			select {
			case err := <-done:
				if err != nil {
					t.Fatal(err)
				}
			case <-time.After(15 * time.Second):
				t.Fatal("Run has not returned 15 s after its context ended")
			}
			if took := time.Since(start); took > 3*time.Second {
				t.Errorf("Run returned %s after its context ended, waiting for the %s; want under 3 s", took.Round(time.Millisecond), target)
			}
			all, err := db.Alerts(context.Background(), false)
			if err != nil || len(all) != 1 || !all[0].Unsent {
				t.Errorf("alerts %+v, %v; want the one, still unsent", all, err)
			}
		})
	}
}
