package calendar

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

func topicEnv(t *testing.T) *env {
	return newEnvWith(t, []ChannelInfo{
		{ID: "preview", Kind: "preview", Slots: []string{"0 9 * * 1-5"}},
		{ID: "gbp", Kind: "google", Slots: []string{"0 9 * * 1-5"}},
	}, nil)
}

const walkIn = "Flu shots are in. Walk in Monday to Friday, 8 to 5."

var fluClinic = post.Topic{Type: post.TopicEvent, Title: "Flu shot clinic", StartDate: "2027-03-10", StartTime: "09:00", EndDate: "2027-03-10", EndTime: "17:00",
	Button: post.ButtonSignUp, ButtonURL: "https://clinic.example/flu"}

// TestAddPostTopics: a post's type and details are taken for Google
// channels, stored as typed (trimmed, capitals), and refused with a clear
// error for a channel that takes none, a channel the post does not go
// to, or details that break Google's rules; a refused post stores nothing.
func TestAddPostTopics(t *testing.T) {
	ctx := context.Background()
	lower := fluClinic
	lower.Type, lower.Button, lower.Title = "event", "sign_up", "  Flu shot clinic "
	cases := []struct {
		name     string
		channels []string
		topics   map[string]post.Topic
		want     string // "" = stored
	}{
		{"event on google", []string{"preview", "gbp"}, map[string]post.Topic{"gbp": lower}, ""},
		{"an empty topic is none", []string{"gbp"}, map[string]post.Topic{"gbp": {}}, ""},
		{"topic on a channel without them", []string{"preview", "gbp"}, map[string]post.Topic{"preview": fluClinic}, "channel preview takes no post type"},
		{"topic on a channel the post skips", []string{"preview"}, map[string]post.Topic{"gbp": fluClinic}, `post type for channel "gbp" but the post does not go there`},
		{"book without a link", []string{"gbp"}, map[string]post.Topic{"gbp": {Type: post.TopicStandard, Button: post.ButtonBook}}, "gbp: the Book button needs a link"},
		{"call with a link", []string{"gbp"}, map[string]post.Topic{"gbp": {Type: post.TopicStandard, Button: post.ButtonCall, ButtonURL: "https://clinic.example"}}, "the Call button takes no link"},
		{"end before start", []string{"gbp"}, map[string]post.Topic{"gbp": {Type: post.TopicOffer, Title: "Physicals", StartDate: "2027-06-30", EndDate: "2027-06-01"}}, "the offer ends (2027-06-01) before it starts (2027-06-30)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := topicEnv(t)
			p, err := e.svc.AddPost(ctx, AddPost{Actor: staff, Body: walkIn, Channels: tc.channels, At: now.Add(3 * time.Hour), Topics: tc.topics})
			if tc.want != "" {
				if err == nil || post.ErrorCode(err) != post.EInvalid || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("AddPost: %v, want an invalid-input error with %q", err, tc.want)
				}
				if n := countPosts(t, e); n != 0 {
					t.Fatalf("a refused post left %d posts stored", n)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got, err := e.svc.GetPost(ctx, PostRef{ID: p.ID})
			if err != nil {
				t.Fatal(err)
			}
			want, ok := tc.topics["gbp"]
			want = want.Normalize()
			if stored, has := got.Post.TopicFor("gbp"); has != !want.IsZero() || (ok && stored != want) {
				t.Fatalf("stored topic %+v (%v), want %+v", stored, has, want)
			}
			if !want.IsZero() && got.Post.Approval != nil && got.Post.Approval.ContentHash != got.Post.ContentHash() {
				t.Fatal("the approval does not cover the stored topic")
			}
		})
	}
}

// TestEditPostTopic: changing the event's dates is a change of content:
// the approval bound to the old hash goes, the checklist runs again, and
// an edit that breaks a rule is refused and keeps the post as it was.
func TestEditPostTopic(t *testing.T) {
	ctx := context.Background()
	e := topicEnv(t)
	p, err := e.svc.AddPost(ctx, AddPost{Actor: staff, Body: walkIn, Channels: []string{"gbp"}, At: now.Add(3 * time.Hour),
		Topics: map[string]post.Topic{"gbp": fluClinic}})
	if err != nil {
		t.Fatal(err)
	}
	before := p.ContentHash()
	later := fluClinic
	later.EndDate = "2027-03-11"
	edited, err := e.svc.EditPost(ctx, EditPost{Actor: staff, ID: p.ID, Version: p.Version, Topics: &map[string]post.Topic{"gbp": later}})
	if err != nil {
		t.Fatal(err)
	}
	if edited.ContentHash() == before {
		t.Fatal("a new end date kept the content hash")
	}
	if edited.Approval != nil && edited.Approval.ContentHash != edited.ContentHash() {
		t.Fatal("the approval still vouches for the old dates")
	}
	bad := fluClinic
	bad.EndDate = "2027-03-09"
	if _, err := e.svc.EditPost(ctx, EditPost{Actor: staff, ID: p.ID, Version: edited.Version, Topics: &map[string]post.Topic{"gbp": bad}}); err == nil || !strings.Contains(err.Error(), "before it starts") {
		t.Fatalf("edit to an end before the start: %v", err)
	}
	got, err := e.svc.GetPost(ctx, PostRef{ID: p.ID})
	if err != nil {
		t.Fatal(err)
	}
	if tp, _ := got.Post.TopicFor("gbp"); tp.EndDate != "2027-03-11" {
		t.Fatalf("after a refused edit the end date is %q", tp.EndDate)
	}
	cleared, err := e.svc.EditPost(ctx, EditPost{Actor: staff, ID: p.ID, Version: got.Post.Version, Topics: &map[string]post.Topic{}})
	if err != nil {
		t.Fatal(err)
	}
	if _, has := cleared.TopicFor("gbp"); has || cleared.Topics != nil {
		t.Fatalf("an empty map left topics %v", cleared.Topics)
	}
}

// countPosts is how many posts the store holds.
func countPosts(t *testing.T, e *env) int {
	t.Helper()
	n := 0
	err := e.db.View(context.Background(), func(tx store.Tx) error {
		return tx.EachPost("", func(*post.Post) error { n++; return nil })
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestTopicsInBulkAndEvergreen: AddPosts (plans, imports) keeps each
// post's topics as AddPost does; an evergreen event or offer is refused
// (its copy would announce days gone by), and an evergreen update's copy
// keeps its button.
func TestTopicsInBulkAndEvergreen(t *testing.T) {
	ctx := context.Background()
	e := topicEnv(t)
	book := post.Topic{Type: post.TopicStandard, Button: post.ButtonBook, ButtonURL: "https://clinic.example/book"}
	made, err := e.svc.AddPosts(ctx, staff, []AddPost{{Body: walkIn, Channels: []string{"gbp"}, At: now.Add(10 * time.Minute), Evergreen: true,
		Topics: map[string]post.Topic{"gbp": book}}}, "test.bulk")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := made[0].TopicFor("gbp"); got != book {
		t.Fatalf("AddPosts stored topic %+v, want %+v", got, book)
	}
	_, err = e.svc.AddPost(ctx, AddPost{Actor: staff, Body: walkIn, Channels: []string{"gbp"}, Evergreen: true, Topics: map[string]post.Topic{"gbp": fluClinic}})
	if err == nil || !strings.Contains(err.Error(), "cannot be evergreen") {
		t.Fatalf("an evergreen event: %v", err)
	}

	src := made[0]
	err = e.db.Update(ctx, func(tx store.Tx) error {
		p, err := tx.Post(src.ID)
		if err != nil {
			return err
		}
		p.Deliveries["gbp"].State, p.Deliveries["gbp"].PublishedAt = post.DeliveryPublished, now.Add(10*time.Minute)
		p.Status = post.StatusPublished
		return tx.PutPost(p, store.Audit{Action: "test.publish"})
	})
	if err != nil {
		t.Fatal(err)
	}
	*e.clock = now.Add(time.Hour)
	copies, err := e.svc.FillEvergreen(ctx, FillEvergreen{Actor: staff, Days: 3, Interval: 48 * time.Hour})
	if err != nil || len(copies) == 0 {
		t.Fatalf("evergreen copies: %d, %v", len(copies), err)
	}
	for _, c := range copies {
		if got, _ := c.TopicFor("gbp"); got != book {
			t.Errorf("the copy's topic is %+v, want %+v", got, book)
		}
	}
}

// TestTopicDetailsAreChecked: Google publishes an event's or offer's title,
// coupon and terms beside the text, so the checklist reads them: a patient
// named there with a health detail holds the post for review like one
// named in the body (an outsider's title "Maria Lopez's 95th birthday
// after her hip surgery" once went out with a plain pass).
func TestTopicDetailsAreChecked(t *testing.T) {
	ctx := context.Background()
	e := topicEnv(t)
	named := fluClinic
	named.Title = "Maria Lopez's 95th birthday after her hip surgery"
	p, err := e.svc.AddPost(ctx, AddPost{Actor: staff, Body: walkIn, Channels: []string{"gbp"}, At: now.Add(3 * time.Hour),
		Topics: map[string]post.Topic{"gbp": named}})
	if err != nil {
		t.Fatal(err)
	}
	if p.Check == nil || p.Check.Verdict != post.VerdictBlock || p.Status != post.StatusNeedsReview {
		t.Fatalf("a patient in the event title: status %s, check %+v", p.Status, p.Check)
	}
}
