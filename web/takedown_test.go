package web

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// A post Google took down after it was live says so on its page: the
// delivery is "published, then removed by Google Business Profile", with
// Google's reason among the post's alerts.
func TestPostPageShowsATakedown(t *testing.T) {
	ctx := context.Background()
	e := newTestEnvWith(t, storeOpts(), []calendar.ChannelInfo{{ID: "gbp", Kind: "google", Name: "Google profile"}})
	now := e.db.Now()
	p := &post.Post{ID: post.NewID(now), Body: "Our new waiting room.", Channels: []string{"gbp"}, Status: post.StatusPublished, Author: "sam",
		Deliveries: map[string]*post.Delivery{"gbp": {Channel: "gbp", State: post.DeliveryPublished, RemoteID: "accounts/1/locations/2/localPosts/3",
			PublishedAt: now.Add(-48 * time.Hour), Removed: &post.Removal{At: now, Reason: "Google rejected the post after reviewing it <policy>"}}}}
	if err := e.db.Update(ctx, func(tx store.Tx) error {
		return tx.InsertPost(p, store.Audit{Actor: "test", Action: "post.create"})
	}); err != nil {
		t.Fatal(err)
	}
	staff, _ := e.session("sam")
	resp := e.do(http.MethodGet, "/posts/"+p.ID, staff, nil)
	body := readBody(t, resp)
	for _, want := range []string{"published, then removed by Google Business Profile", "Google rejected the post after reviewing it &lt;policy&gt;"} {
		if resp.StatusCode != http.StatusOK || !strings.Contains(body, want) {
			t.Errorf("post page (%d) does not say %q", resp.StatusCode, want)
		}
	}
}
