package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/practicepost/practicepost/store"
)

var alertCount = regexp.MustCompile(`id="alert-count"[^>]*>(\d+)<`)

func TestAlertsPageListsAndAcknowledges(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	p := e.addPost("Flu shots are available this week.", time.Now().Add(48*time.Hour))
	raised := []*store.Alert{
		{Kind: "publish_failed", Severity: "warning", PostID: p.ID, Channel: "x", Message: "Post could not be published on x: the token was refused."},
		{Kind: "scheduler_stalled", Severity: "critical", Message: "The scheduler has not ticked for 90 seconds."},
	}
	err := e.db.Update(context.Background(), func(tx store.Tx) error {
		for _, a := range raised {
			if _, err := tx.PutAlert(a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	token, csrf := e.session("drlee")
	count := func() string {
		m := alertCount.FindStringSubmatch(readBody(t, e.do(http.MethodGet, "/calendar", token, nil)))
		if m == nil {
			t.Fatal("no alert count in the header")
		}
		return m[1]
	}
	if c := count(); c != "2" {
		t.Errorf("header count %s, want 2", c)
	}
	page := readBody(t, e.do(http.MethodGet, "/alerts", token, nil))
	for _, want := range []string{"the token was refused", "has not ticked", `href="/posts/` + p.ID + `"`, `action="/alerts/` + raised[0].ID + `/ack"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the alerts page lacks %q", want)
		}
	}

	steps := []struct {
		name   string
		form   url.Values
		id     string
		status int
	}{
		{"without the form token", url.Values{}, raised[0].ID, http.StatusForbidden},
		{"acknowledge", url.Values{"csrf": {csrf}}, raised[0].ID, http.StatusSeeOther},
		{"twice", url.Values{"csrf": {csrf}}, raised[0].ID, http.StatusConflict},
		{"unknown id", url.Values{"csrf": {csrf}}, "01ZZZZZZZZZZZZZZZZZZZZZZZZ", http.StatusNotFound},
	}
	for _, st := range steps {
		if resp := e.do(http.MethodPost, "/alerts/"+st.id+"/ack", token, st.form); resp.StatusCode != st.status {
			t.Errorf("%s: status %d, want %d", st.name, resp.StatusCode, st.status)
		}
	}
	if c := count(); c != "1" {
		t.Errorf("header count %s after acknowledging, want 1", c)
	}
	page = readBody(t, e.do(http.MethodGet, "/alerts", token, nil))
	open, acked, _ := strings.Cut(page, "<h2>Acknowledged</h2>")
	if strings.Contains(open, "the token was refused") || !strings.Contains(acked, "the token was refused") || !strings.Contains(acked, "drlee") {
		t.Error("the acknowledged alert is not listed as acknowledged by drlee")
	}

	staff, _ := e.session("sam")
	if resp := e.do(http.MethodGet, "/alerts", staff, nil); resp.StatusCode != http.StatusForbidden {
		t.Errorf("staff opened the alerts: %d", resp.StatusCode)
	}
	if strings.Contains(readBody(t, e.do(http.MethodGet, "/calendar", staff, nil)), "alert-count") {
		t.Error("staff see the alert count")
	}
}

// TestAlertsPageListsTheReadableAroundACorruptRecord: one alert record
// that cannot be read (a torn write) must not hide the others. The store
// returns the readable alerts with an *store.UnreadableError naming the
// bad record (TestContract/UnreadableAlert, bbolt and PostgreSQL); the page
// showed an error page instead. Now it lists them, with a notice naming
// the unreadable record by id and nothing of its bytes, for a reviewer and
// an admin; staff are still refused, and the header still counts the
// readable open alerts.
func TestAlertsPageListsTheReadableAroundACorruptRecord(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := store.Open(ctx, dir, storeOpts())
	if err != nil {
		t.Fatal(err)
	}
	raised := []*store.Alert{
		{Kind: "held", Severity: "warning", Channel: "x", Message: "Post held on x: the slot had passed."},
		{Kind: "publish_failed", Severity: "warning", Channel: "x", Message: "SECRET-TORN-TEXT never to be shown."},
		{Kind: "scheduler_stalled", Severity: "critical", Message: "The scheduler has not ticked for 90 seconds."},
	}
	err = db.Update(ctx, func(tx store.Tx) error {
		for _, a := range raised {
			if _, err := tx.PutAlert(a); err != nil {
				return err
			}
		}
		return nil
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	torn := raised[1].ID
	tearAlert(t, dir, torn)

	e := newTestEnvIn(t, dir, storeOpts(), testChannels())
	for _, user := range []string{"drlee", "ada"} {
		t.Run(user, func(t *testing.T) {
			token, _ := e.session(user)
			resp := e.do(http.MethodGet, "/alerts", token, nil)
			page := readBody(t, resp)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d, want 200 with the readable alerts listed:\n%s", resp.StatusCode, page)
			}
			for _, want := range []string{"the slot had passed", "has not ticked", `id="unreadable-alerts"`, torn} {
				if !strings.Contains(page, want) {
					t.Errorf("the alerts page lacks %q", want)
				}
			}
			if strings.Contains(page, "SECRET-TORN") || strings.Contains(page, "{torn") {
				t.Error("the page shows the bytes of the unreadable record")
			}
			if strings.Contains(page, markupKey) || !strings.Contains(page, "&lt;b&gt;torn&lt;/b&gt;") {
				t.Error("the page does not escape the key of an unreadable record")
			}
			m := alertCount.FindStringSubmatch(readBody(t, e.do(http.MethodGet, "/calendar", token, nil)))
			if m == nil || m[1] != "2" {
				t.Errorf("header alert count %v, want the 2 readable open alerts", m)
			}
		})
	}
	staff, _ := e.session("sam")
	if resp := e.do(http.MethodGet, "/alerts", staff, nil); resp.StatusCode != http.StatusForbidden {
		t.Errorf("staff opened the alerts: %d", resp.StatusCode)
	}
}

// markupKey is the key of a torn record that is no alert id.
const markupKey = "<b>torn</b>"

// tearAlert overwrites alert id in the closed bbolt store in dir with the
// start of a JSON record, as a torn write leaves it, and adds a torn
// record under markupKey.
func tearAlert(t *testing.T, dir string, id string) {
	t.Helper()
	bdb, err := bolt.Open(filepath.Join(dir, store.DBFileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	err = bdb.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("alerts"))
		if b == nil || b.Get([]byte(id)) == nil {
			return fmt.Errorf("no alert %s to tear", id)
		}
		if err := b.Put([]byte(id), []byte(`{"id":"`+id+`","message":"SECRET-TORN`)); err != nil {
			return err
		}
		// A record under a key no alert has, which the page must escape.
		return b.Put([]byte(markupKey), []byte(`{"message":"SECRET-TORN`))
	})
	if err != nil {
		t.Fatal(err)
	}
}
