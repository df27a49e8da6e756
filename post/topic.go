package post

import (
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Topic is what a post is beyond its text on a network that files posts by
// type (Google Business Profile's local posts): an update, an event, an
// offer or an alert, with a button, and for events and offers a title and
// the days they run. A post keeps one per channel that takes them
// (Post.Topics), beside that channel's text variant; the doctor's approval
// covers it (ContentHash), since a wrong date or link is as public as a
// wrong word.
//
// Dates and times are the location's own wall clock ("2027-01-14",
// "09:30"), as Google keeps an event's schedule: no time zone is applied.
type Topic struct {
	Type TopicType `json:"type"`
	// Button is the call to action (ButtonBook …); "" for none. Every
	// button but ButtonCall needs ButtonURL; ButtonCall has none (the
	// network calls the location's phone number).
	Button    string `json:"button,omitempty"`
	ButtonURL string `json:"button_url,omitempty"`
	// Title, StartDate and EndDate are required for events and offers;
	// StartTime and EndTime are optional (an all-day event or offer
	// without them) and come as a pair.
	Title     string `json:"title,omitempty"`
	StartDate string `json:"start_date,omitempty"`
	StartTime string `json:"start_time,omitempty"`
	EndDate   string `json:"end_date,omitempty"`
	EndTime   string `json:"end_time,omitempty"`
	// Coupon, Terms and RedeemURL are an offer's optional details.
	Coupon    string `json:"coupon,omitempty"`
	Terms     string `json:"terms,omitempty"`
	RedeemURL string `json:"redeem_url,omitempty"`
}

// TopicType is a local post's type, as Google names it.
type TopicType string

// Topic types.
const (
	TopicStandard TopicType = "STANDARD" // an update
	TopicEvent    TopicType = "EVENT"
	TopicOffer    TopicType = "OFFER"
	TopicAlert    TopicType = "ALERT"
)

// TopicTypes lists the types in the order the compose form offers them.
var TopicTypes = []TopicType{TopicStandard, TopicEvent, TopicOffer, TopicAlert}

// Call-to-action buttons, as Google names them.
const (
	ButtonBook      = "BOOK"
	ButtonOrder     = "ORDER"
	ButtonShop      = "SHOP"
	ButtonLearnMore = "LEARN_MORE"
	ButtonSignUp    = "SIGN_UP"
	ButtonCall      = "CALL"
)

// Buttons lists the buttons in the order the compose form offers them.
var Buttons = []string{ButtonBook, ButtonOrder, ButtonShop, ButtonLearnMore, ButtonSignUp, ButtonCall}

// Layouts of a Topic's dates and times (those of an HTML date and time
// input).
const (
	TopicDate = "2006-01-02"
	TopicTime = "15:04"
)

// maxTopicField bounds each of a Topic's words: a title or terms longer
// than this is a pasted document, not a post's detail.
const maxTopicField = 2000

// Normalize returns t with its words trimmed and its type and button in
// capitals, so "event" typed in a CLI flag is EVENT.
func (t Topic) Normalize() Topic {
	t.Type = TopicType(strings.ToUpper(strings.TrimSpace(string(t.Type))))
	t.Button = strings.ToUpper(strings.TrimSpace(t.Button))
	for _, s := range []*string{&t.ButtonURL, &t.Title, &t.StartDate, &t.StartTime, &t.EndDate, &t.EndTime, &t.Coupon, &t.Terms, &t.RedeemURL} {
		*s = strings.TrimSpace(*s)
	}
	return t
}

// IsZero reports whether nothing was set: a channel with a zero Topic
// gets a plain update.
func (t Topic) IsZero() bool { return t == Topic{} }

// Validate checks t as typed for channel (named in the messages), with
// the rules the network applies (PLATFORMS.md section 9) in words the
// person can act on: a missing or unknown type, a button without the
// address it needs or a call button with one, an event or offer without
// its title and days, one that ends before it starts, and fields that
// belong to another type.
func (t Topic) Validate(channel string) error {
	bad := func(format string, args ...any) error {
		return Errorf(EInvalid, "%s: "+format, append([]any{channel}, args...)...)
	}
	for _, f := range []struct{ name, v string }{{"the button's link", t.ButtonURL}, {"the title", t.Title}, {"the start date", t.StartDate},
		{"the start time", t.StartTime}, {"the end date", t.EndDate}, {"the end time", t.EndTime}, {"the coupon code", t.Coupon},
		{"the terms", t.Terms}, {"the offer's link", t.RedeemURL}} {
		if err := CheckBytes(channel+": "+f.name, f.v); err != nil {
			return err
		}
		if utf8.RuneCountInString(f.v) > maxTopicField {
			return bad("%s is longer than %d characters", f.name, maxTopicField)
		}
	}
	if !slices.Contains(TopicTypes, t.Type) {
		if t.Type == "" {
			return bad("choose the post type (update, event, offer or alert)")
		}
		return bad("post type %q is not one of STANDARD, EVENT, OFFER, ALERT", t.Type)
	}
	if err := t.validateButton(bad); err != nil {
		return err
	}
	dated := t.Type == TopicEvent || t.Type == TopicOffer
	if !dated {
		if t.Title != "" || t.StartDate != "" || t.StartTime != "" || t.EndDate != "" || t.EndTime != "" {
			return bad("a title and dates are for events and offers; choose EVENT or OFFER, or clear them")
		}
	} else if err := t.validateSchedule(bad); err != nil {
		return err
	}
	if t.Type != TopicOffer && (t.Coupon != "" || t.Terms != "" || t.RedeemURL != "") {
		return bad("a coupon code, terms and a redeem link are for offers; choose OFFER, or clear them")
	}
	if t.RedeemURL != "" && !webAddress(t.RedeemURL) {
		return bad("the offer's link %q is not a web address (https://…)", Clip(t.RedeemURL, 60))
	}
	return nil
}

func (t Topic) validateButton(bad func(string, ...any) error) error {
	switch {
	case t.Button == "" && t.ButtonURL != "":
		return bad("there is a button link but no button; choose the button (Book, Learn more …)")
	case t.Button == "":
		return nil
	case !slices.Contains(Buttons, t.Button):
		return bad("button %q is not one of %s", t.Button, strings.Join(Buttons, ", "))
	case t.Type == TopicOffer:
		// Google ignores an offer's button and shows its own: refusing it
		// keeps a link the doctor approved from silently vanishing.
		return bad("an offer has no button of its own on Google; put the link in the offer's redeem link instead")
	case t.Button == ButtonCall && t.ButtonURL != "":
		return bad("the Call button takes no link (Google calls the practice's phone number); clear the button's link")
	case t.Button != ButtonCall && t.ButtonURL == "":
		return bad("the %s button needs a link; give the web address it opens", ButtonWords(t.Button))
	case t.Button != ButtonCall && !webAddress(t.ButtonURL):
		return bad("the button's link %q is not a web address (https://…)", Clip(t.ButtonURL, 60))
	}
	return nil
}

func (t Topic) validateSchedule(bad func(string, ...any) error) error {
	what := "event"
	if t.Type == TopicOffer {
		what = "offer"
	}
	if t.Title == "" {
		return bad("an %s needs a title", what)
	}
	if t.StartDate == "" || t.EndDate == "" {
		return bad("an %s needs its start and end dates", what)
	}
	if (t.StartTime == "") != (t.EndTime == "") {
		return bad("give both the start and the end time, or neither (for all day)")
	}
	start, err := topicMoment(t.StartDate, t.StartTime)
	if err != nil {
		return bad("the start %v", err)
	}
	end, err := topicMoment(t.EndDate, t.EndTime)
	if err != nil {
		return bad("the end %v", err)
	}
	if end.Before(start) || (t.StartTime != "" && end.Equal(start)) {
		return bad("the %s ends (%s) before it starts (%s)", what, strings.TrimSpace(t.EndDate+" "+t.EndTime), strings.TrimSpace(t.StartDate+" "+t.StartTime))
	}
	return nil
}

// topicMoment reads a date and an optional time as one wall-clock moment.
func topicMoment(date, clock string) (time.Time, error) {
	d, err := time.Parse(TopicDate, date)
	if err != nil {
		return time.Time{}, Errorf(EInvalid, "date %q is not a date (YYYY-MM-DD)", Clip(date, 20))
	}
	if clock == "" {
		return d, nil
	}
	c, err := time.Parse(TopicTime, clock)
	if err != nil {
		return time.Time{}, Errorf(EInvalid, "time %q is not a time of day (HH:MM)", Clip(clock, 20))
	}
	return d.Add(time.Duration(c.Hour())*time.Hour + time.Duration(c.Minute())*time.Minute), nil
}

// ButtonWords is how people read a button's name ("Learn more" for
// LEARN_MORE).
func ButtonWords(b string) string {
	w := strings.ToLower(strings.ReplaceAll(b, "_", " "))
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

func webAddress(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" && !strings.ContainsAny(s, " \t\n")
}

// TopicFor returns the post's topic on channel, and false when it has
// none there.
func (p *Post) TopicFor(channel string) (Topic, bool) {
	t, ok := p.Topics[channel]
	return t, ok && !t.IsZero()
}
