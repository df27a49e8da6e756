package alert

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/store"
)

// oneTornAlert is a store with one alert record that cannot be read: its
// listings return the readable alerts with the *store.UnreadableError the
// store contract says (TestContract/UnreadableAlert, bbolt and PostgreSQL).
type oneTornAlert struct{ *store.DB }

const tornKey = "01JTORNTORNTORNTORNTORNTOR"

func (s oneTornAlert) Alerts(ctx context.Context, onlyOpen bool) ([]store.Alert, error) {
	all, err := s.DB.Alerts(ctx, onlyOpen)
	if err != nil {
		return nil, err
	}
	return all, torn()
}

func (s oneTornAlert) UnsentAlerts(ctx context.Context) ([]store.Alert, error) {
	all, err := s.DB.UnsentAlerts(ctx)
	if err != nil {
		return nil, err
	}
	return all, torn()
}

func torn() error {
	return &store.UnreadableError{What: "alert", Keys: []string{tornKey}, Err: errors.New("unexpected end of JSON input")}
}

// TestSendUnsentSkipsAnUnreadableAlert: one corrupt alert record among
// unsent ones is skipped with an error logged that names it (and holds no
// alert text), and the others still go out at start. Before, the whole
// listing failed, so no unsent alert was sent at all.
func TestSendUnsentSkipsAnUnreadableAlert(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	hook := &hookRecorder{}
	srv := httptest.NewServer(hook)
	defer srv.Close()
	var logged bytes.Buffer
	n, err := New(Options{DB: oneTornAlert{db}, Webhook: srv.URL, Logger: slog.New(slog.NewTextHandler(&logged, nil))})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []Alert{
		{Kind: KindHeld, PostID: "01JABCDEFGHJKMNPQRSTVWXYZ0", Channel: "x", Message: "Post held on x."},
		{Kind: KindPublishFailed, PostID: "01JABCDEFGHJKMNPQRSTVWXYZ1", Channel: "x", Message: "Post failed on x."},
	} {
		raiseInOnly(t, n, db, a)
	}
	logged.Reset() // what RaiseIn logged is not the point
	sent, err := n.SendUnsent(ctx, time.Now().Add(time.Hour))
	if err != nil {
		t.Fatalf("SendUnsent: %v, want the unreadable record skipped", err)
	}
	if sent != 2 || len(hook.alerts()) != 2 {
		t.Errorf("SendUnsent sent %d, the webhook got %d; want the 2 readable alerts", sent, len(hook.alerts()))
	}
	out := logged.String()
	if !strings.Contains(out, "level=ERROR") || !strings.Contains(out, tornKey) {
		t.Errorf("no error logged naming the unreadable alert %s:\n%s", tornKey, out)
	}
	if strings.Contains(out, "Post held") || strings.Contains(out, "Post failed") {
		t.Errorf("the log holds alert text:\n%s", out)
	}
}
