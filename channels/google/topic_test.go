package google_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/google/gbpfake"
	"github.com/practicepost/practicepost/post"
)

// TestPublishTopics: a post's type, button and event or offer reach
// Google as topicType, callToAction, event and offer, and the fake (which
// refuses what Google refuses) keeps them as sent.
func TestPublishTopics(t *testing.T) {
	event := post.Topic{Type: post.TopicEvent, Button: post.ButtonSignUp, ButtonURL: "https://clinic.example/flu",
		Title: "Flu shot clinic", StartDate: "2027-01-14", StartTime: "09:00", EndDate: "2027-01-14", EndTime: "17:30"}
	cases := []struct {
		name  string
		text  string
		topic *post.Topic
		want  string // the LocalPost's fields, as JSON, that must match
	}{
		{"plain post", "Flu shots this week.", nil,
			`{"topicType":"STANDARD"}`},
		{"plain post, link in the text", "Flu shots: https://clinic.example/flu", nil,
			`{"topicType":"STANDARD","callToAction":{"actionType":"LEARN_MORE","url":"https://clinic.example/flu"}}`},
		{"update with a Book button", "Book your checkup.", &post.Topic{Type: post.TopicStandard, Button: post.ButtonBook, ButtonURL: "https://clinic.example/book"},
			`{"topicType":"STANDARD","callToAction":{"actionType":"BOOK","url":"https://clinic.example/book"}}`},
		{"the topic's button wins over a link in the text", "See https://clinic.example/a", &post.Topic{Type: post.TopicStandard, Button: post.ButtonCall},
			`{"topicType":"STANDARD","callToAction":{"actionType":"CALL"}}`},
		{"event with times", "Walk in for your flu shot.", &event,
			`{"topicType":"EVENT","callToAction":{"actionType":"SIGN_UP","url":"https://clinic.example/flu"},
			  "event":{"title":"Flu shot clinic","schedule":{"startDate":{"year":2027,"month":1,"day":14},"startTime":{"hours":9},
			  "endDate":{"year":2027,"month":1,"day":14},"endTime":{"hours":17,"minutes":30}}}}`},
		{"all-day offer with its details", "Sports physicals for the season: https://clinic.example/ignored",
			&post.Topic{Type: post.TopicOffer, Title: "Sports physicals", StartDate: "2027-06-01", EndDate: "2027-06-30", Coupon: "SPORTS27", Terms: "Ages 12 to 18.", RedeemURL: "https://clinic.example/sports"},
			`{"topicType":"OFFER","event":{"title":"Sports physicals","schedule":{"startDate":{"year":2027,"month":6,"day":1},"endDate":{"year":2027,"month":6,"day":30}}},
			  "offer":{"couponCode":"SPORTS27","redeemOnlineUrl":"https://clinic.example/sports","termsConditions":"Ages 12 to 18."}}`},
		{"alert", "We are closed today for snow.", &post.Topic{Type: post.TopicAlert},
			`{"topicType":"ALERT","alertType":"COVID_19"}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fake, c := setup(t)
			o := out(tc.text)
			o.Topic = tc.topic
			rec, err := c.Publish(t.Context(), o)
			if err != nil {
				t.Fatal(err)
			}
			got, ok := fake.LocalPost(rec.RemoteID)
			if !ok {
				t.Fatalf("the fake has no post %s", rec.RemoteID)
			}
			var want map[string]any
			if err := json.Unmarshal([]byte(tc.want), &want); err != nil {
				t.Fatal(err)
			}
			for k, w := range want {
				wb, _ := json.Marshal(w)
				gb, _ := json.Marshal(got[k])
				if string(wb) != string(gb) {
					t.Errorf("%s = %s, want %s", k, gb, wb)
				}
			}
			for _, k := range []string{"callToAction", "event", "offer", "alertType"} {
				if _, sent := got[k]; sent && want[k] == nil {
					t.Errorf("%s sent: %v", k, got[k])
				}
			}
		})
	}
}

// TestPublishTopicRefused: a topic that breaks Google's rules (stored by
// an older build, or by hand) is refused before anything is sent, in the
// words the compose form uses.
func TestPublishTopicRefused(t *testing.T) {
	fake, c := setup(t)
	o := out("Flu clinic.")
	o.Topic = &post.Topic{Type: post.TopicEvent, Title: "Flu", StartDate: "2027-01-14", EndDate: "2027-01-13"}
	_, err := c.Publish(t.Context(), o)
	ce := wantClass(t, err, channels.Permanent)
	if !strings.Contains(ce.Reason, "ends (2027-01-13) before it starts (2027-01-14)") {
		t.Errorf("reason %q", ce.Reason)
	}
	if n := len(fake.Accepted()); n != 0 {
		t.Errorf("fake stored %d posts", n)
	}
	if _, ok := fake.LocalPost(gbpfake.Location + "/localPosts/1"); ok {
		t.Error("LocalPost found a post that does not exist")
	}
}
