package main

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
)

// topicFlags are `post add`'s flags for the post's type on channels that
// file posts by type (Google Business Profile): the same fields as the
// compose form and the JSON API's "topics".
type topicFlags struct {
	t          post.Topic
	start, end string
}

func (tf *topicFlags) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar((*string)(&tf.t.Type), "post-type", "", "on Google Business Profile channels: STANDARD, EVENT, OFFER or ALERT")
	f.StringVar(&tf.t.Button, "button", "", "the post's button on Google: "+strings.Join(post.Buttons, ", ")+" (CALL takes no --button-url)")
	f.StringVar(&tf.t.ButtonURL, "button-url", "", "the web address the button opens")
	f.StringVar(&tf.t.Title, "event-title", "", "an event's or offer's title")
	f.StringVar(&tf.start, "start", "", "an event's or offer's start: \"2006-01-02\" or \"2006-01-02 15:04\", the practice's wall clock")
	f.StringVar(&tf.end, "end", "", "its end, in the same form")
	f.StringVar(&tf.t.Coupon, "coupon", "", "an offer's coupon code")
	f.StringVar(&tf.t.Terms, "terms", "", "an offer's terms and conditions")
	f.StringVar(&tf.t.RedeemURL, "redeem-url", "", "the web address where an offer is redeemed")
}

// topics gives every channel of the post whose kind takes a post type the
// one the flags describe, nil when none was given. Given for a post with
// no such channel, it is a usage error rather than silently dropped.
func (tf *topicFlags) topics(cfg *config.Config, to []string) (map[string]post.Topic, error) {
	t := tf.t
	t.StartDate, t.StartTime = splitMoment(tf.start)
	t.EndDate, t.EndTime = splitMoment(tf.end)
	if t.Normalize().IsZero() {
		return nil, nil
	}
	out := map[string]post.Topic{}
	for _, c := range cfg.Channels {
		if k, _ := channels.Lookup(c.Kind); k.Topics && slices.Contains(to, c.ID) {
			out[c.ID] = t
		}
	}
	if len(out) == 0 {
		return nil, usagef("--post-type, --button and the event and offer flags are for Google Business Profile channels, and no --channel is one")
	}
	return out, nil
}

// splitMoment splits "2006-01-02 15:04" (or with a T) into the date and
// the time; the calendar checks each.
func splitMoment(s string) (date, clock string) {
	s = strings.TrimSpace(s)
	if d, c, ok := strings.Cut(s, "T"); ok {
		return d, c
	}
	d, c, _ := strings.Cut(s, " ")
	return d, strings.TrimSpace(c)
}
