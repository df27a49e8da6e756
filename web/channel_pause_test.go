package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

func TestChannelPauseAndResume(t *testing.T) {
	e, sch, clk, _ := newSchedulerEnv(t)
	ctx := context.Background()
	token, csrf := e.session("ada")
	staff, staffCSRF := e.session("sam")

	steps := []struct {
		name       string
		token      string
		path       string
		form       url.Values
		wantStatus int
		wantPaused bool
	}{
		{"staff may not pause", staff, "/channels/preview/pause", url.Values{"csrf": {staffCSRF}, "reason": {"x"}}, http.StatusForbidden, false},
		{"no csrf", token, "/channels/preview/pause", url.Values{"reason": {"x"}}, http.StatusForbidden, false},
		{"a reason is required", token, "/channels/preview/pause", url.Values{"csrf": {csrf}, "reason": {"  "}}, http.StatusBadRequest, false},
		{"unknown channel", token, "/channels/nope/pause", url.Values{"csrf": {csrf}, "reason": {"x"}}, http.StatusNotFound, false},
		{"admin pauses", token, "/channels/preview/pause", url.Values{"csrf": {csrf}, "reason": {"page under review"}}, http.StatusSeeOther, true},
	}
	for _, st := range steps {
		resp := e.do(http.MethodPost, st.path, st.token, st.form)
		if resp.StatusCode != st.wantStatus {
			t.Fatalf("%s: status %d, want %d: %s", st.name, resp.StatusCode, st.wantStatus, readBody(t, resp))
		}
		p, err := e.cal.ChannelPaused(ctx, "preview")
		if err != nil {
			t.Fatal(err)
		}
		if p.Paused != st.wantPaused {
			t.Fatalf("%s: paused %v, want %v", st.name, p.Paused, st.wantPaused)
		}
	}
	page := readBody(t, e.do(http.MethodGet, "/channels", token, nil))
	if !strings.Contains(page, "page under review") || !strings.Contains(page, `action="/channels/preview/resume"`) {
		t.Errorf("the channels page does not show the pause and its resume button")
	}

	// The scheduler honours it: a due post stays unpublished on the paused channel.
	p, err := e.cal.AddPost(ctx, calendar.AddPost{Actor: calendar.Actor{Name: "sam", Role: post.RoleStaff},
		Body: "Flu shots are available this week.", Channels: []string{"preview"}, At: clk.Now().Add(10 * time.Minute)})
	if err != nil {
		t.Fatal(err)
	}
	clk.Set(clk.Now().Add(11 * time.Minute))
	if err := sch.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if d := e.delivery(p.ID, "preview"); d.State != post.DeliveryHeld {
		t.Fatalf("on a paused channel the due delivery is %s, want held", d.State)
	}

	resp := e.do(http.MethodPost, "/channels/preview/resume", token, url.Values{"csrf": {csrf}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("resume: status %d", resp.StatusCode)
	}
	if p, _ := e.cal.ChannelPaused(ctx, "preview"); p.Paused || p.By != "ada" {
		t.Errorf("after resume: %+v", p)
	}
	audit := readBody(t, e.do(http.MethodGet, "/audit", token, nil))
	for _, action := range []string{"channel.pause", "channel.resume"} {
		if !strings.Contains(audit, action) {
			t.Errorf("the audit log has no %s", action)
		}
	}
}

// delivery reads one delivery of a post from the store.
func (e *testEnv) delivery(id post.ID, channel string) post.Delivery {
	e.t.Helper()
	var p *post.Post
	err := e.db.View(context.Background(), func(tx store.Tx) error {
		var err error
		p, err = tx.Post(id)
		return err
	})
	if err != nil {
		e.t.Fatal(err)
	}
	d := p.Deliveries[channel]
	if d == nil {
		e.t.Fatalf("post %s has no %s delivery", id, channel)
	}
	return *d
}
