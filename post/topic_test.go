package post

import (
	"strings"
	"testing"
)

func TestTopicValidate(t *testing.T) {
	event := Topic{Type: TopicEvent, Title: "Flu shot clinic", StartDate: "2027-01-14", StartTime: "09:00", EndDate: "2027-01-14", EndTime: "17:00"}
	offer := Topic{Type: TopicOffer, Title: "Free sports physicals", StartDate: "2027-06-01", EndDate: "2027-06-30"}
	with := func(t Topic, f func(*Topic)) Topic { f(&t); return t }
	tests := []struct {
		name  string
		topic Topic
		want  string // "" = valid; else a part of the message
	}{
		{"standard, no button", Topic{Type: TopicStandard}, ""},
		{"standard with book", Topic{Type: TopicStandard, Button: ButtonBook, ButtonURL: "https://clinic.example/book"}, ""},
		{"standard with call", Topic{Type: TopicStandard, Button: ButtonCall}, ""},
		{"alert", Topic{Type: TopicAlert, Button: ButtonLearnMore, ButtonURL: "https://clinic.example/hours"}, ""},
		{"event", event, ""},
		{"event with sign up", with(event, func(t *Topic) { t.Button, t.ButtonURL = ButtonSignUp, "https://clinic.example/flu" }), ""},
		{"all-day event", with(event, func(t *Topic) { t.StartTime, t.EndTime = "", "" }), ""},
		{"offer", offer, ""},
		{"offer with details", with(offer, func(t *Topic) {
			t.Coupon, t.Terms, t.RedeemURL = "SPORTS27", "Ages 12-18.", "https://clinic.example/sports"
		}), ""},
		{"one-day offer", with(offer, func(t *Topic) { t.EndDate = t.StartDate }), ""},

		{"no type", Topic{Button: ButtonCall}, "choose the post type"},
		{"unknown type", Topic{Type: "PROMO"}, `"PROMO" is not one of`},
		{"unknown button", Topic{Type: TopicStandard, Button: "DONATE", ButtonURL: "https://x.example"}, `button "DONATE" is not one of`},
		{"book without url", Topic{Type: TopicStandard, Button: ButtonBook}, "the Book button needs a link"},
		{"learn more without url", Topic{Type: TopicStandard, Button: ButtonLearnMore}, "the Learn more button needs a link"},
		{"call with url", Topic{Type: TopicStandard, Button: ButtonCall, ButtonURL: "https://clinic.example"}, "the Call button takes no link"},
		{"url without button", Topic{Type: TopicStandard, ButtonURL: "https://clinic.example"}, "no button"},
		{"url not web", Topic{Type: TopicStandard, Button: ButtonBook, ButtonURL: "javascript:alert(1)"}, "not a web address"},
		{"offer with button", with(offer, func(t *Topic) { t.Button, t.ButtonURL = ButtonShop, "https://clinic.example" }), "an offer has no button"},
		{"event without title", with(event, func(t *Topic) { t.Title = "" }), "an event needs a title"},
		{"offer without end", with(offer, func(t *Topic) { t.EndDate = "" }), "an offer needs its start and end dates"},
		{"end before start", with(event, func(t *Topic) { t.EndDate = "2027-01-13" }), "the event ends (2027-01-13 17:00) before it starts (2027-01-14 09:00)"},
		{"end time before start time", with(event, func(t *Topic) { t.EndTime = "08:00" }), "ends (2027-01-14 08:00) before it starts"},
		{"ends as it starts", with(event, func(t *Topic) { t.EndTime = "09:00" }), "before it starts"},
		{"offer ends before it starts", with(offer, func(t *Topic) { t.EndDate = "2027-05-31" }), "the offer ends (2027-05-31) before it starts (2027-06-01)"},
		{"one time only", with(event, func(t *Topic) { t.EndTime = "" }), "both the start and the end time"},
		{"bad date", with(event, func(t *Topic) { t.StartDate = "14/01/2027" }), `the start date "14/01/2027" is not a date`},
		{"bad time", with(event, func(t *Topic) { t.EndTime = "5pm" }), `the end time "5pm" is not a time of day`},
		{"no such day", with(event, func(t *Topic) { t.StartDate = "2027-02-30" }), "is not a date"},
		{"dates on a standard post", Topic{Type: TopicStandard, Title: "Clinic", StartDate: "2027-01-01"}, "a title and dates are for events and offers"},
		{"coupon on an event", with(event, func(t *Topic) { t.Coupon = "FLU" }), "are for offers"},
		{"bad redeem link", with(offer, func(t *Topic) { t.RedeemURL = "clinic.example/sports" }), "the offer's link"},
		{"control character", with(event, func(t *Topic) { t.Title = "Flu\x00" }), "control character"},
		{"title too long", with(event, func(t *Topic) { t.Title = strings.Repeat("a", 2001) }), "longer than 2000"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.topic.Validate("gbp")
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("Validate: %v, want nil", err)
			case tc.want != "" && err == nil:
				t.Fatalf("Validate: nil, want an error with %q", tc.want)
			case tc.want != "" && !strings.Contains(err.Error(), tc.want):
				t.Fatalf("Validate: %q, want it to contain %q", err, tc.want)
			case err != nil && ErrorCode(err) != EInvalid:
				t.Fatalf("Validate: code %q, want %q", ErrorCode(err), EInvalid)
			case err != nil && !strings.HasPrefix(err.Error(), "gbp: "):
				t.Fatalf("Validate: %q does not name the channel", err)
			}
		})
	}
}

func TestTopicNormalize(t *testing.T) {
	got := Topic{Type: " event ", Button: "learn_more", ButtonURL: " https://x.example ", Title: " Flu "}.Normalize()
	want := Topic{Type: TopicEvent, Button: ButtonLearnMore, ButtonURL: "https://x.example", Title: "Flu"}
	if got != want {
		t.Fatalf("Normalize = %+v, want %+v", got, want)
	}
}

// TestContentHashTopics: a post's topics are part of what a doctor
// approves, and a post without any hashes as it did before topics existed
// (so no approval stored then is voided).
func TestContentHashTopics(t *testing.T) {
	p := &Post{Body: "Flu shots this week.", Channels: []string{"gbp", "fb"}}
	plain := p.ContentHash()
	// The hash this post had before Topics was added.
	if plain != hashBeforeTopics {
		t.Fatalf("hash of a post without topics changed: %s, was %s", plain, hashBeforeTopics)
	}
	p.Topics = map[string]Topic{}
	if got := p.ContentHash(); got != plain {
		t.Errorf("an empty Topics map changes the hash")
	}
	p.Topics["gbp"] = Topic{}
	if got := p.ContentHash(); got != plain {
		t.Errorf("a zero topic changes the hash")
	}
	p.Topics["gbp"] = Topic{Type: TopicEvent, Title: "Flu clinic", StartDate: "2027-01-14", EndDate: "2027-01-14"}
	event := p.ContentHash()
	if event == plain {
		t.Fatal("a topic does not change the hash")
	}
	p.Topics["gbp"] = Topic{Type: TopicEvent, Title: "Flu clinic", StartDate: "2027-01-14", EndDate: "2027-01-15"}
	if p.ContentHash() == event {
		t.Error("a changed end date does not change the hash")
	}
}

// hashBeforeTopics is ContentHash of TestContentHashTopics's post as the
// code before Topics computed it: sha256 of
// {"Body":"Flu shots this week.","Variants":[],"Channels":["fb","gbp"],"Media":[],"Authorization":"","Reply":null,"At":"","NextSlot":false}.
const hashBeforeTopics = "2daf0d1a3e446c5da5d299638f39036f5dc1642919090308008e45627f6254f2"
