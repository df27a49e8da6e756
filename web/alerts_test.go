package web

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

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
