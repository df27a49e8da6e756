package alert

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

func openStore(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

type hookRecorder struct {
	mu     sync.Mutex
	got    []Alert
	status int
}

func (h *hookRecorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Source string `json:"source"`
		Alert
	}
	if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/json" {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.Source != "practicepost" {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.got = append(h.got, body.Alert)
	if h.status != 0 {
		w.WriteHeader(h.status)
	}
}

func (h *hookRecorder) alerts() []Alert {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]Alert(nil), h.got...)
}

func TestEveryKindIsStoredMailedAndPosted(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	mailer := newSMTPD(t)
	hook := &hookRecorder{}
	srv := httptest.NewServer(hook)
	defer srv.Close()
	n, err := New(Options{DB: db, Webhook: srv.URL + "/hook?token=s3cret", Practice: "Riverside",
		SMTP: config.SMTP{Host: "127.0.0.1", Port: mailer.port(), From: "pp@clinic.test", To: []string{"ann@clinic.test", "bob@clinic.test"}}})
	if err != nil {
		t.Fatal(err)
	}
	for i, kind := range Kinds {
		stored, err := n.Raise(ctx, Alert{Kind: kind, PostID: "01JABCDEFGHJKMNPQRSTVWXY" + string(rune('A'+i)) + "0", Channel: "x", Message: "plain words about " + kind})
		if err != nil || !stored {
			t.Fatalf("Raise(%s) = %v, %v", kind, stored, err)
		}
	}
	stored, _ := db.Alerts(ctx, true)
	mails, hooks := mailer.messages(), hook.alerts()
	if len(stored) != len(Kinds) || len(mails) != len(Kinds) || len(hooks) != len(Kinds) {
		t.Fatalf("stored %d, mailed %d, posted %d; want %d of each", len(stored), len(mails), len(hooks), len(Kinds))
	}
	for i, kind := range Kinds {
		m, h := mails[i], hooks[i]
		if !strings.Contains(m.Data, "plain words about "+kind) || !strings.Contains(m.Data, "Subject: [practicepost]") || len(m.To) != 2 {
			t.Errorf("mail %d for %s: %+v", i, kind, m)
		}
		if h.Kind != kind || h.Severity == "" || h.ID == "" {
			t.Errorf("webhook %d: %+v, want kind %s with a severity and id", i, h, kind)
		}
	}
}

func TestDuplicateWhileOpenIsNotSentAgain(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	hook := &hookRecorder{}
	srv := httptest.NewServer(hook)
	defer srv.Close()
	n, _ := New(Options{DB: db, Webhook: srv.URL})
	a := Alert{Kind: KindPublishFailed, PostID: "01JABCDEFGHJKMNPQRSTVWXYZ0", Channel: "fb", Message: "gave up"}
	for range 3 {
		if _, err := n.Raise(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if got := len(hook.alerts()); got != 1 {
		t.Errorf("webhook got %d alerts, want 1", got)
	}
}

func TestSendFailureKeepsTheStoredAlert(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	hook := &hookRecorder{status: http.StatusInternalServerError}
	srv := httptest.NewServer(hook)
	defer srv.Close()
	// A port nothing listens on: the mail cannot be sent.
	dead := newSMTPD(t)
	port := dead.port()
	dead.ln.Close()
	n, _ := New(Options{DB: db, Webhook: srv.URL,
		SMTP: config.SMTP{Host: "127.0.0.1", Port: port, From: "pp@clinic.test", To: []string{"ann@clinic.test"}}})
	start := time.Now()
	stored, err := n.Raise(ctx, Alert{Kind: KindSchedulerStalled, Message: "the scheduler has not ticked for 2m"})
	if err != nil || !stored {
		t.Fatalf("Raise = %v, %v; want stored despite failed sends", stored, err)
	}
	if time.Since(start) > sendTimeout {
		t.Errorf("Raise took %v", time.Since(start))
	}
	if all, _ := db.Alerts(ctx, false); len(all) != 1 {
		t.Errorf("stored alerts = %d, want 1", len(all))
	}
}

func TestNewRefusesHalfConfiguredMail(t *testing.T) {
	db := openStore(t)
	if _, err := New(Options{DB: db, SMTP: config.SMTP{Host: "mail.clinic.test"}}); err == nil {
		t.Error("mail host without from/to: no error")
	}
	if _, err := New(Options{}); err == nil {
		t.Error("no store: no error")
	}
}

// An alert about a post links to the post's page, where its text is; the
// alert itself carries only the ids.
func TestAlertsLinkToThePostPage(t *testing.T) {
	cases := []struct {
		name, base string
		postID     string
		want       string
	}{
		{"base url", "https://pp.clinic.test/", "01JABCDEFGHJKMNPQRSTVWXYZ0", "https://pp.clinic.test/posts/01JABCDEFGHJKMNPQRSTVWXYZ0"},
		{"no base url: the web UI's path", "", "01JABCDEFGHJKMNPQRSTVWXYZ1", "/posts/01JABCDEFGHJKMNPQRSTVWXYZ1"},
		{"about no post: no link", "https://pp.clinic.test", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			mailer := newSMTPD(t)
			hook := &linkRecorder{}
			srv := httptest.NewServer(hook)
			defer srv.Close()
			n, err := New(Options{DB: openStore(t), Webhook: srv.URL, BaseURL: tc.base,
				SMTP: config.SMTP{Host: "127.0.0.1", Port: mailer.port(), From: "pp@clinic.test", To: []string{"ann@clinic.test"}}})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := n.Raise(ctx, Alert{Kind: KindManualTask, PostID: post.ID(tc.postID), Channel: "sermo", Message: "Post is due by hand."}); err != nil {
				t.Fatal(err)
			}
			mails := mailer.messages()
			if len(mails) != 1 {
				t.Fatalf("%d mails", len(mails))
			}
			hasLine := strings.Contains(mails[0].Data, "Open: ")
			if tc.want != "" && !strings.Contains(mails[0].Data, "Open: "+tc.want+"\r\n") || tc.want == "" && hasLine {
				t.Errorf("mail body %q, want link %q", mails[0].Data, tc.want)
			}
			if got := hook.link(); got != tc.want {
				t.Errorf("webhook link %q, want %q", got, tc.want)
			}
		})
	}
}

// linkRecorder keeps the link field of the last webhook body.
type linkRecorder struct {
	mu   sync.Mutex
	last string
}

func (h *linkRecorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Link string `json:"link"`
	}
	json.NewDecoder(r.Body).Decode(&body)
	h.mu.Lock()
	h.last = body.Link
	h.mu.Unlock()
}

func (h *linkRecorder) link() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.last
}
