package web

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// TestPostPageOffersOnlyAllowedActions: a published post's page offers no
// reschedule, hold or cancel (each could only be refused); a scheduled
// post's page offers all three.
func TestPostPageOffersOnlyAllowedActions(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	token, _ := e.session("sam")
	scheduled := e.addPost("Flu shots are in. Walk in Monday to Friday, 8 to 5.", e.db.Now().Add(48*time.Hour))
	published := e.addPost("Our office is closed Friday for staff training.", e.db.Now().Add(72*time.Hour))
	err := e.db.Update(context.Background(), func(tx store.Tx) error {
		p, err := tx.Post(published.ID)
		if err != nil {
			return err
		}
		for _, d := range p.Deliveries {
			d.State, d.PublishedAt, d.RemoteID = post.DeliveryPublished, tx.Now(), "r1"
		}
		p.Status = post.StatusPublished
		return tx.PutPost(p, store.Audit{Action: "test.publish"})
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		p    *post.Post
		want bool
	}{{scheduled, true}, {published, false}} {
		resp := e.do(http.MethodGet, "/posts/"+tc.p.ID, token, nil)
		body := readBody(t, resp)
		for _, action := range []string{"/reschedule", "/hold", "/cancel"} {
			if got := strings.Contains(body, "/posts/"+tc.p.ID+action); got != tc.want {
				t.Errorf("%s post: form %s shown = %v, want %v", tc.p.Status, action, got, tc.want)
			}
		}
	}
}
