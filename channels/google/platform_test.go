package google_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/google"
	"github.com/practicepost/practicepost/channels/google/gbpfake"
	"github.com/practicepost/practicepost/post"
)

func setup(t *testing.T) (*gbpfake.Server, *google.Channel) {
	t.Helper()
	fake := gbpfake.New()
	t.Cleanup(fake.Close)
	return fake, newChannel(t, config(fake.URL(), &channeltest.LogBuffer{}, newMediaHost(t)))
}

func out(text string) post.Outgoing {
	return post.Outgoing{PostID: post.NewID(time.Now()), Channel: "google-test", AttemptID: post.NewID(time.Now()), Text: text}
}

func wantClass(t *testing.T, err error, want channels.Class) *channels.Error {
	t.Helper()
	var ce *channels.Error
	if !errors.As(err, &ce) {
		t.Fatalf("error %v is not a *channels.Error (want %v)", err, want)
	}
	if ce.Class != want {
		t.Fatalf("error %q has class %v, want %v", err, ce.Class, want)
	}
	return ce
}

func TestPublishRefusals(t *testing.T) {
	cases := []struct {
		name   string
		text   string
		media  bool
		noHost bool
		want   string
	}{
		{"phone number in the summary", "Call us at (555) 010-1234 for a flu shot.", false, false, "CALL button"},
		{"image without a public address", "Flu shots this week.", true, true, "public_base_url"},
		{"over 1,500 characters", strings.Repeat("é", 1501), false, false, "at most 1500"},
		{"empty", "  ", false, false, "empty"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fake := gbpfake.New()
			t.Cleanup(fake.Close)
			cfg := config(fake.URL(), &channeltest.LogBuffer{}, newMediaHost(t))
			if tc.noHost {
				cfg.PublicMedia = nil
			}
			c := newChannel(t, cfg)
			o := out(tc.text)
			if tc.media {
				o.Media = []post.MediaFile{channeltest.TestImage()}
			}
			_, err := c.Publish(t.Context(), o)
			ce := wantClass(t, err, channels.Permanent)
			if !strings.Contains(ce.Reason, tc.want) {
				t.Errorf("reason %q does not say %q", ce.Reason, tc.want)
			}
			if strings.Contains(ce.Reason, "010-1234") {
				t.Errorf("reason quotes the post: %q", ce.Reason)
			}
			if n := len(fake.Accepted()); n != 0 {
				t.Errorf("fake stored %d posts", n)
			}
		})
	}
}

func TestButtons(t *testing.T) {
	fake, c := setup(t)
	o := out("Book your flu shot online.")
	o.Link = "https://clinic.example/book?from=google"
	if _, err := c.Publish(t.Context(), o); err != nil {
		t.Fatal(err)
	}
	cfg := config(fake.URL(), &channeltest.LogBuffer{}, nil)
	cfg.Button = google.ButtonCall
	if _, err := newChannel(t, cfg).Publish(t.Context(), out("Questions about flu shots? Call us.")); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Publish(t.Context(), out("New hours: see https://clinic.example/hours.")); err != nil {
		t.Fatal(err)
	}
	bodies := fake.CreateBodies()
	if len(bodies) != 3 {
		t.Fatalf("%d creates", len(bodies))
	}
	if !strings.Contains(string(bodies[0]), `"callToAction":{"actionType":"LEARN_MORE","url":"https://clinic.example/book?from=google"}`) {
		t.Errorf("link post body %s", bodies[0])
	}
	if !strings.Contains(string(bodies[1]), `"callToAction":{"actionType":"CALL"}`) {
		t.Errorf("call post body %s", bodies[1])
	}
	if !strings.Contains(string(bodies[2]), `"callToAction":{"actionType":"LEARN_MORE","url":"https://clinic.example/hours"}`) {
		t.Errorf("a link in the text is not the button: %s", bodies[2])
	}
}

func TestModeration(t *testing.T) {
	fake, c := setup(t)
	fake.HoldForReview(true)
	for _, final := range []struct {
		state string
		want  channels.Moderation
	}{{"LIVE", channels.ModerationLive}, {"REJECTED", channels.ModerationRejected}} {
		rec, err := c.Publish(t.Context(), out("Flu shots this week, moderated "+final.state))
		if err != nil {
			t.Fatal(err)
		}
		if rec.Moderation != post.InModeration {
			t.Fatalf("receipt of a PROCESSING post: moderation %q", rec.Moderation)
		}
		m, _, err := c.Moderation(t.Context(), rec.RemoteID)
		if err != nil || m != channels.ModerationPending {
			t.Fatalf("Moderation while PROCESSING = %v, %v", m, err)
		}
		fake.Moderate(rec.RemoteID, final.state)
		m, reason, err := c.Moderation(t.Context(), rec.RemoteID)
		if err != nil || m != final.want {
			t.Fatalf("Moderation after %s = %v, %v", final.state, m, err)
		}
		if final.want == channels.ModerationRejected && !strings.Contains(reason, "rejected") {
			t.Errorf("rejection reason %q", reason)
		}
	}
	if _, _, err := c.Moderation(t.Context(), "accounts/1/locations/2/localPosts/3"); err == nil {
		t.Error("Moderation of another location's post: no error")
	}
}

func TestReviews(t *testing.T) {
	fake, c := setup(t)
	start := time.Now().Add(-time.Minute)
	want := []channels.Review{
		fake.AddReview("Jane Roe", 5, "Dr. Reyes was wonderful with my knee.", ""),
		fake.AddReview("Sam Poe", 2, "", "Thank you for the feedback."),
	}
	got, err := c.Reviews(t.Context(), start)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("Reviews = %d, want %d", len(got), len(want))
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			if g.RemoteID == w.RemoteID {
				found = true
				if g.Author != w.Author || g.Text != w.Text || g.Rating != w.Rating || g.Reply != w.Reply || !g.At.Equal(w.At) {
					t.Errorf("review %s = %+v, want %+v", w.RemoteID, g, w)
				}
			}
		}
		if !found {
			t.Errorf("review %s missing", w.RemoteID)
		}
	}
	if later, err := c.Reviews(t.Context(), time.Now().Add(time.Hour)); err != nil || len(later) != 0 {
		t.Errorf("Reviews since the future = %d, %v", len(later), err)
	}
}

func TestReplyOnce(t *testing.T) {
	fake, c := setup(t)
	rv := fake.AddReview("Jane Roe", 4, "Friendly front desk.", "")
	o := out("Thank you for your kind words about our front desk team.")
	o.ReplyTo = rv.RemoteID
	rec, err := c.Publish(t.Context(), o)
	if err != nil {
		t.Fatal(err)
	}
	if rec.RemoteID != rv.RemoteID+"/reply" {
		t.Errorf("receipt id %q", rec.RemoteID)
	}
	// A second attempt (a retry after a crash) finds the reply there.
	if _, err := c.Publish(t.Context(), o); err != nil {
		t.Fatal(err)
	}
	if n := fake.ReplyPuts(rv.RemoteID); n != 1 {
		t.Errorf("reply PUT %d times, want 1", n)
	}
	got, _ := fake.Review(rv.RemoteID)
	if got.Reply != o.Text {
		t.Errorf("review reply %q", got.Reply)
	}
	// A different reply is never overwritten.
	o2 := o
	o2.Text = "Another answer."
	_, err = c.Publish(t.Context(), o2)
	wantClass(t, err, channels.Permanent)
	if n := fake.ReplyPuts(rv.RemoteID); n != 1 {
		t.Errorf("reply PUT %d times after a refused overwrite", n)
	}
	// A review of another location is refused before any call.
	o.ReplyTo = "accounts/1/locations/2/reviews/x"
	_, err = c.Publish(t.Context(), o)
	wantClass(t, err, channels.Permanent)
}

func TestReplyLostAnswerReconciles(t *testing.T) {
	fake, c := setup(t)
	rv := fake.AddReview("Sam Poe", 3, "Long wait.", "")
	o := out("We are sorry about the wait and are working on it.")
	o.ReplyTo = rv.RemoteID
	start := time.Now()
	fake.LoseResponses(1)
	_, err := c.Publish(t.Context(), o)
	wantClass(t, err, channels.OutcomeUnknown)
	fake.LoseResponses(0)
	recent, err := c.Recent(t.Context(), start.Add(-time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range recent {
		if r.RemoteID == rv.RemoteID+"/reply" && r.Text == o.Text {
			found = true
		}
	}
	if !found {
		t.Errorf("Recent does not list the reply: %+v", recent)
	}
	if n := fake.ReplyPuts(rv.RemoteID); n != 1 {
		t.Errorf("reply PUT %d times", n)
	}
}

func TestRevokedGrant(t *testing.T) {
	fake, c := setup(t)
	fake.ExpireToken()
	_, err := c.Publish(t.Context(), out("Flu shots."))
	ce := wantClass(t, err, channels.AuthExpired)
	if !strings.Contains(ce.Reason, "reconnect") {
		t.Errorf("reason %q", ce.Reason)
	}
	_, err = c.Verify(t.Context())
	wantClass(t, err, channels.AuthExpired)
}

// The fake refuses what Google refuses; a client that sends an unknown
// field or no token is told so in Google's error JSON.
func TestFakeContract(t *testing.T) {
	fake := gbpfake.New()
	t.Cleanup(fake.Close)
	tok := "Bearer " + gbpfake.AccessToken
	cases := []struct {
		name, auth, body string
		status           int
		gstatus          string
	}{
		{"no token", "", `{"languageCode":"en","summary":"x"}`, 401, "UNAUTHENTICATED"},
		{"unknown field", "Bearer " + gbpfake.AccessToken, `{"languageCode":"en","summary":"x","text":"y"}`, 400, "INVALID_ARGUMENT"},
		{"CALL with a URL", "Bearer " + gbpfake.AccessToken, `{"languageCode":"en","summary":"x","callToAction":{"actionType":"CALL","url":"https://a.example"}}`, 400, "INVALID_ARGUMENT"},
		{"event without a schedule", "Bearer " + gbpfake.AccessToken, `{"languageCode":"en","summary":"x","topicType":"EVENT"}`, 400, "INVALID_ARGUMENT"},
		{"event without an end date", tok, `{"languageCode":"en","summary":"x","topicType":"EVENT","event":{"title":"t","schedule":{"startDate":{"year":2027,"month":1,"day":14}}}}`, 400, "INVALID_ARGUMENT"},
		{"event ending before it starts", tok, `{"languageCode":"en","summary":"x","topicType":"EVENT","event":{"title":"t","schedule":{"startDate":{"year":2027,"month":1,"day":14},"endDate":{"year":2027,"month":1,"day":13}}}}`, 400, "INVALID_ARGUMENT"},
		{"event on 30 February", tok, `{"languageCode":"en","summary":"x","topicType":"EVENT","event":{"title":"t","schedule":{"startDate":{"year":2027,"month":2,"day":30},"endDate":{"year":2027,"month":3,"day":1}}}}`, 400, "INVALID_ARGUMENT"},
		{"event with one time", tok, `{"languageCode":"en","summary":"x","topicType":"EVENT","event":{"title":"t","schedule":{"startDate":{"year":2027,"month":1,"day":14},"startTime":{"hours":9},"endDate":{"year":2027,"month":1,"day":14}}}}`, 400, "INVALID_ARGUMENT"},
		{"unknown schedule field", tok, `{"languageCode":"en","summary":"x","topicType":"EVENT","event":{"title":"t","schedule":{"startDate":{"year":2027,"month":1,"day":14},"endDate":{"year":2027,"month":1,"day":14},"timeZone":"UTC"}}}`, 400, "INVALID_ARGUMENT"},
		{"event on a standard post", tok, `{"languageCode":"en","summary":"x","topicType":"STANDARD","event":{"title":"t","schedule":{"startDate":{"year":2027,"month":1,"day":14},"endDate":{"year":2027,"month":1,"day":14}}}}`, 400, "INVALID_ARGUMENT"},
		{"offer on an event", tok, `{"languageCode":"en","summary":"x","topicType":"EVENT","event":{"title":"t","schedule":{"startDate":{"year":2027,"month":1,"day":14},"endDate":{"year":2027,"month":1,"day":14}}},"offer":{"couponCode":"A"}}`, 400, "INVALID_ARGUMENT"},
		{"unknown offer field", tok, `{"languageCode":"en","summary":"x","topicType":"OFFER","event":{"title":"t","schedule":{"startDate":{"year":2027,"month":1,"day":14},"endDate":{"year":2027,"month":1,"day":14}}},"offer":{"discount":"10%"}}`, 400, "INVALID_ARGUMENT"},
		{"alert without its type", tok, `{"languageCode":"en","summary":"x","topicType":"ALERT"}`, 400, "INVALID_ARGUMENT"},
		{"alert type on a standard post", tok, `{"languageCode":"en","summary":"x","alertType":"COVID_19"}`, 400, "INVALID_ARGUMENT"},
		{"BOOK without a URL", tok, `{"languageCode":"en","summary":"x","callToAction":{"actionType":"BOOK"}}`, 400, "INVALID_ARGUMENT"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, fake.URL()+"/v4/"+gbpfake.Location+"/localPosts", strings.NewReader(tc.body))
			if tc.auth != "" {
				req.Header.Set("Authorization", tc.auth)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var b strings.Builder
			_, _ = io.Copy(&b, resp.Body)
			if resp.StatusCode != tc.status || !strings.Contains(b.String(), `"status":"`+tc.gstatus+`"`) {
				t.Errorf("HTTP %d %s, want %d %s", resp.StatusCode, b.String(), tc.status, tc.gstatus)
			}
		})
	}
	if n := len(fake.Accepted()); n != 0 {
		t.Errorf("fake stored %d posts", n)
	}
}

// fixedLink is a channels.PublicMedia that hands out one address.
type fixedLink string

func (f fixedLink) PublicURL(context.Context, post.Outgoing, post.MediaFile) (string, error) {
	return string(f), nil
}

// A photo goes to Google as media[].sourceUrl from the channel's
// PublicMedia, asked for with the post, the channel and the image's hash;
// Google (the fake) fetches it and takes only an image it can reach.
func TestPhotoByPublicLink(t *testing.T) {
	fake := gbpfake.New()
	t.Cleanup(fake.Close)
	host := newMediaHost(t)
	o := out("Our new waiting room is open.")
	img := channeltest.TestImage()
	img.Hash = strings.Repeat("ab", 32)
	o.Media = []post.MediaFile{img}
	if _, err := newChannel(t, config(fake.URL(), &channeltest.LogBuffer{}, host)).Publish(t.Context(), o); err != nil {
		t.Fatal(err)
	}
	if want := []string{o.PostID + " google-test " + img.Hash}; !slices.Equal(host.asked, want) {
		t.Errorf("PublicURL asked for %q, want %q", host.asked, want)
	}
	bodies, fetched := fake.CreateBodies(), fake.Fetched()
	if len(bodies) != 1 || len(fetched) != 1 || !strings.HasPrefix(fetched[0], host.srv.URL+"/") ||
		!strings.Contains(string(bodies[0]), `"media":[{"mediaFormat":"PHOTO","sourceUrl":"`+fetched[0]+`"}]`) {
		t.Fatalf("creates %s, fetched %q", bodies, fetched)
	}

	html := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		_, _ = io.WriteString(w, "<html>sign in</html>")
	}))
	t.Cleanup(html.Close)
	notImage := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		_, _ = io.WriteString(w, "not a picture at all")
	}))
	t.Cleanup(notImage.Close)
	for _, tc := range []struct{ name, link string }{
		{"a sign-in page", html.URL + "/media/signed/x"},
		{"bytes that are no image", notImage.URL + "/media/signed/x"},
		{"a missing image", host.srv.URL + "/" + strings.Repeat("cd", 32)},
		// The fake runs without a network: it never dials out.
		{"an address off this machine", "https://photos.clinic.example/flu.png"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChannel(t, config(fake.URL(), &channeltest.LogBuffer{}, fixedLink(tc.link)))
			_, err := c.Publish(t.Context(), withImage(out("Flu shots: "+tc.name)))
			ce := wantClass(t, err, channels.Permanent)
			if !strings.Contains(ce.Reason, "media[0].source_url") || !strings.Contains(ce.Reason, "public_base_url") {
				t.Errorf("reason %q does not say the photo could not be fetched from its link", ce.Reason)
			}
		})
	}
	if n := len(fake.Accepted()); n != 1 {
		t.Errorf("Google holds %d posts, want only the first", n)
	}
}

func withImage(o post.Outgoing) post.Outgoing {
	o.Media = []post.MediaFile{channeltest.TestImage()}
	return o
}
