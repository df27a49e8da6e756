package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// TestConfirmAnUnknownDeliveryFromThePostPage: the post page tells staff to
// check the account when a publish's outcome is unknown; it offers the form
// to record what they found, and the post settles accordingly.
func TestConfirmAnUnknownDeliveryFromThePostPage(t *testing.T) {
	tests := []struct {
		name       string
		form       url.Values
		wantStatus int
		wantState  post.DeliveryState
	}{
		{"found on the account", url.Values{"channel": {"x"}, "outcome": {"posted"}, "url": {"https://x.com/clinic/status/1"}}, http.StatusSeeOther, post.DeliveryPublished},
		{"not on the account", url.Values{"channel": {"x"}, "outcome": {"not_posted"}}, http.StatusSeeOther, post.DeliveryFailed},
		{"no answer", url.Values{"channel": {"x"}}, http.StatusBadRequest, post.DeliveryUnknown},
		{"no address", url.Values{"channel": {"x"}, "outcome": {"posted"}}, http.StatusBadRequest, post.DeliveryUnknown},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEnv(t, storeOpts())
			ctx := context.Background()
			p := e.addPost("Flu shots are available this week.", time.Now().Add(time.Hour))
			err := e.db.Update(ctx, func(tx store.Tx) error {
				q, err := tx.Post(p.ID)
				if err != nil {
					return err
				}
				q.Status = post.StatusUnknown
				q.Deliveries["x"].State = post.DeliveryUnknown
				q.Deliveries["preview"].State = post.DeliveryPublished
				return tx.PutPost(q, store.Audit{Actor: "practicepost", Action: "delivery.unknown"})
			})
			if err != nil {
				t.Fatal(err)
			}
			token, csrf := e.session("sam")
			page := readBody(t, e.do(http.MethodGet, "/posts/"+p.ID, token, nil))
			if !strings.Contains(page, `action="/posts/`+p.ID+`/confirm"`) || !strings.Contains(page, `value="not_posted"`) {
				t.Fatal("the post page offers no way to record what was found on the account")
			}
			form := tc.form
			form.Set("csrf", csrf)
			resp := e.do(http.MethodPost, "/posts/"+p.ID+"/confirm", token, form)
			if resp.StatusCode != tc.wantStatus {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.wantStatus, readBody(t, resp))
			}
			var got *post.Post
			if err := e.db.View(ctx, func(tx store.Tx) (err error) { got, err = tx.Post(p.ID); return err }); err != nil {
				t.Fatal(err)
			}
			if got.Deliveries["x"].State != tc.wantState {
				t.Fatalf("x is %s, want %s", got.Deliveries["x"].State, tc.wantState)
			}
		})
	}
}
