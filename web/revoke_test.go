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

// TestRevokePageNamesHeldAndLivePosts: after a revocation the page lists
// the posts it held and, apart, those already out that staff may need to
// take down; a revocation touching no post just says so.
func TestRevokePageNamesHeldAndLivePosts(t *testing.T) {
	ctx := context.Background()
	e := newTestEnv(t, storeOpts())
	sam := calendar.Actor{Name: "sam", Role: post.RoleStaff}
	add := func() *post.Authorization {
		a, err := e.cal.AddAuthorization(ctx, calendar.AddAuthorization{Actor: sam, PatientRef: "CHART-1",
			Uses: []post.Use{post.UseTestimonial}, Granted: time.Now().AddDate(0, -1, 0)})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	used, unused := add(), add()
	newPost := func() *post.Post {
		p, err := e.cal.AddPost(ctx, calendar.AddPost{Actor: sam, Body: "Flu shots are available this week.",
			Channels: []string{"x", "preview"}, At: time.Now().Add(time.Hour), AuthorizationID: used.ID})
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	waiting, out := newPost(), newPost()
	err := e.db.Update(ctx, func(tx store.Tx) error {
		p, err := tx.Post(out.ID)
		if err != nil {
			return err
		}
		p.Status = post.StatusPublished
		for _, d := range p.Deliveries {
			d.State = post.DeliveryPublished
		}
		return tx.PutPost(p, store.Audit{Actor: "practicepost", Action: "delivery.receipt"})
	})
	if err != nil {
		t.Fatal(err)
	}
	token, csrf := e.session("sam")
	resp := e.do(http.MethodPost, "/authorizations/"+used.ID+"/revoke", token, url.Values{"csrf": {csrf}})
	page := readBody(t, resp)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, page)
	}
	held := page[strings.Index(page, "Held, so"):strings.Index(page, "Already out")]
	live := page[strings.Index(page, "Already out"):]
	if !strings.Contains(held, waiting.ID) || strings.Contains(held, out.ID) || !strings.Contains(live, `href="/posts/`+out.ID+`"`) {
		t.Fatalf("the page does not tell held from live posts:\n%s", page)
	}
	resp = e.do(http.MethodPost, "/authorizations/"+unused.ID+"/revoke", token, url.Values{"csrf": {csrf}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("revoking an unused authorization: status %d, want a redirect", resp.StatusCode)
	}
}
