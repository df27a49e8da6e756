package calendar

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/media/mediatest"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// A post with images cannot be scheduled on a network that fetches images
// from a public address (Google: its kind NeedsPublicMedia) while the
// config sets no [web] public_base_url: compose, edit, approve, import and
// the API all go through the calendar, which refuses with the fix, and
// nothing is stored. Text-only posts, and image posts to networks that
// take uploads, are not affected; with a public address nothing is refused.
func TestImagePostsNeedPublicLinksOnGoogle(t *testing.T) {
	ctx := context.Background()
	e := newEnvWith(t, []ChannelInfo{
		{ID: "gbp", Kind: "google", Slots: []string{"0 9 * * 1-5"}},
		{ID: "preview", Kind: "preview", Slots: []string{"0 9 * * 1-5"}},
	}, nil)
	img, err := e.db.SaveMedia(ctx, bytes.NewReader(mediatest.PNG(8, 8, 0)), post.Media{Name: "room.png", ContentType: "image/png", AltText: "Our waiting room"})
	if err != nil {
		t.Fatal(err)
	}
	at := now.Add(3 * time.Hour)
	const text = "Our new waiting room is open."
	wantRefusal := func(t *testing.T, err error) {
		t.Helper()
		if post.ErrorCode(err) != post.EInvalid || !strings.Contains(err.Error(), "gbp (Google Business Profile) needs public media links") ||
			!strings.Contains(err.Error(), "public_base_url") {
			t.Fatalf("got %v, want a refusal naming the channel and public_base_url", err)
		}
	}

	adds := []struct {
		name    string
		req     AddPost
		refused bool
	}{
		{"image to Google at a time", AddPost{Channels: []string{"gbp", "preview"}, At: at, Media: []post.Media{img}}, true},
		{"image to Google at the next slot", AddPost{Channels: []string{"gbp"}, NextSlot: true, Media: []post.Media{img}}, true},
		{"image to the preview only", AddPost{Channels: []string{"preview"}, At: at, Media: []post.Media{img}}, false},
		{"text only to Google", AddPost{Channels: []string{"gbp"}, At: at}, false},
		{"image to Google, no time yet", AddPost{Channels: []string{"gbp"}, Media: []post.Media{img}}, false},
	}
	for _, tc := range adds {
		t.Run("add/"+tc.name, func(t *testing.T) {
			var before int
			e.db.View(ctx, func(tx store.Tx) error {
				return tx.EachPost("", func(*post.Post) error { before++; return nil })
			})
			req := tc.req
			req.Actor, req.Body = staff, text
			_, err := e.svc.AddPost(ctx, req)
			if tc.refused {
				wantRefusal(t, err)
				var after int
				e.db.View(ctx, func(tx store.Tx) error {
					return tx.EachPost("", func(*post.Post) error { after++; return nil })
				})
				if after != before {
					t.Errorf("%d posts stored by a refused add", after-before)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			_, err = e.svc.AddPosts(ctx, staff, []AddPost{req}, "post.import")
			if tc.refused {
				wantRefusal(t, err)
			} else if err != nil {
				t.Fatalf("import: %v", err)
			}
		})
	}

	t.Run("edit: a time for an image post to Google", func(t *testing.T) {
		p := e.add(t, text, func(r *AddPost) { r.Channels, r.At, r.Media = []string{"gbp"}, time.Time{}, []post.Media{img} })
		_, err := e.svc.EditPost(ctx, EditPost{Actor: staff, ID: p.ID, At: &at})
		wantRefusal(t, err)
		// An image added to a scheduled text post on Google.
		q := e.add(t, text, func(r *AddPost) { r.Channels = []string{"gbp"} })
		_, err = e.svc.EditPost(ctx, EditPost{Actor: staff, ID: q.ID, Media: &[]post.Media{img}})
		wantRefusal(t, err)
		if got := e.get(t, q.ID); got.Status != post.StatusScheduled || len(got.Media) != 0 {
			t.Errorf("after the refused edit the post is %s with %d images", got.Status, len(got.Media))
		}
	})

	t.Run("approve: the public address removed while a doctor was deciding", func(t *testing.T) {
		e.svc.publicMedia = true
		p := e.add(t, guarantee, func(r *AddPost) { r.Channels, r.Media = []string{"gbp"}, []post.Media{img} })
		e.svc.publicMedia = false
		if p.Status != post.StatusNeedsReview {
			t.Fatalf("post %s, want needs_review", p.Status)
		}
		_, err := e.svc.Review(ctx, ReviewPost{Actor: doctor, ID: p.ID, Decision: post.DecisionApprove,
			Overrides: map[string]string{"CLAIM-01": "wording checked with the practice lawyer"}})
		wantRefusal(t, err)
		if got := e.get(t, p.ID); got.Status != post.StatusNeedsReview {
			t.Errorf("after the refused approval the post is %s", got.Status)
		}
	})

	t.Run("with a public address", func(t *testing.T) {
		e.svc.publicMedia = true
		defer func() { e.svc.publicMedia = false }()
		p := e.add(t, text, func(r *AddPost) { r.Channels, r.Media = []string{"gbp", "preview"}, []post.Media{img} })
		if p.Status != post.StatusScheduled {
			t.Errorf("post %s, want scheduled", p.Status)
		}
	})
}

func (e *env) get(t *testing.T, id post.ID) *post.Post {
	t.Helper()
	var p *post.Post
	if err := e.db.View(context.Background(), func(tx store.Tx) error {
		var err error
		p, err = tx.Post(id)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return p
}
