package web

import (
	"context"
	"html/template"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
)

// funcs are the helpers page templates may call.
func (s *Server) funcs() template.FuncMap {
	loc := s.cal.Location()
	return template.FuncMap{
		"when": func(t time.Time) string {
			if t.IsZero() {
				return "—"
			}
			return t.In(loc).Format("Mon 2 Jan 2006 15:04 MST")
		},
		"clock": func(t time.Time) string { return t.In(loc).Format("15:04") },
		"isodate": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.In(loc).Format("2006-01-02")
		},
		"localinput": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.In(loc).Format("2006-01-02T15:04")
		},
		"topicWords": topicWords,
		"status":     statusLabel,
		"postLabel":  postLabel,
		"dueOf":      func(p *post.Post) time.Time { return p.Due() },
		"dueIn":      func(t time.Time) string { return dueIn(t, s.db.Now()) },
		"late": func(p *post.Post) bool {
			at := p.Due()
			return !at.IsZero() && s.db.Now().After(at)
		},
		"tooLate":         func(p *post.Post) bool { return s.cal.TooLate(p, s.db.Now()) },
		"unfinishedLabel": unfinishedLabel,
		"highlight":       highlight,
		"join":            strings.Join,
		"slotWords":       slotWords,
		"findingHeading":  s.findingHeading,
		"ruleName":        compliance.RuleName,
		"verdictWords":    verdictWords,
		"channelName":     s.channelName,
		"channelNames": func(ids []string) string {
			names := make([]string, len(ids))
			for i, id := range ids {
				names[i] = s.channelName(id)
			}
			return strings.Join(names, ", ")
		},
		"deliveryWords": deliveryWords,
		"decisionWords": decisionWords,
		"joinUses": func(us []post.Use) string {
			out := make([]string, len(us))
			for i, u := range us {
				out[i] = string(u)
			}
			return strings.Join(out, ", ")
		},
		"atLeast": func(u *post.User, r string) bool { return u != nil && u.Role.AtLeast(post.Role(r)) },
		"textFor": func(p *post.Post, ch string) string { return p.TextFor(ch) },
		"deref": func(d *post.Delivery) post.Delivery {
			if d == nil {
				return post.Delivery{}
			}
			return *d
		},
		"overridable": func(f post.Finding) bool { return f.Severity == post.SeverityBlock && f.Overridable },
		"safeURL":     safeURL,
		"replyLink":   replyLink,
		"has":         func(list []string, v string) bool { return slices.Contains(list, v) },
		"num": func(p *int64) string {
			if p == nil {
				return "n/a" // a figure the platforms do not give is not zero
			}
			return strconv.FormatInt(*p, 10)
		},
		"pct": func(p *float64) string {
			if p == nil {
				return "n/a"
			}
			return strconv.FormatFloat(*p, 'f', 2, 64) + " %"
		},
	}
}

// statusLabel is the words shown beside a status colour, so colour is never
// the only signal.
func statusLabel(st post.Status) string {
	switch st {
	case post.StatusNeedsReview:
		return "needs review"
	case "":
		return "—"
	}
	return string(st)
}

// postLabel is a post's status as its page heads it. A post kept as a
// draft that passed the checklist is stored as approved with no time;
// nobody approved it, so it is not called that.
func postLabel(p *post.Post) string {
	if p.Status == post.StatusApproved && p.Due().IsZero() {
		if p.Check != nil && p.Check.Verdict == post.VerdictPass {
			return "draft, checked, no time yet"
		}
		return "approved, no time yet"
	}
	return statusLabel(p.Status)
}

// dueIn says how far off t is from now in words a person reads at a
// glance: "due in 3 h", "due in 25 min", "was due 2 h ago".
func dueIn(t, now time.Time) string {
	if t.IsZero() {
		return ""
	}
	d := t.Sub(now)
	late := d < 0
	if late {
		d = -d
	}
	var span string
	switch {
	case d < time.Hour:
		span = strconv.Itoa(int(d.Minutes())) + " min"
	case d < 48*time.Hour:
		span = strconv.Itoa(int(d.Hours())) + " h"
	default:
		span = strconv.Itoa(int(d.Hours()/24)) + " days"
	}
	if late {
		return "was due " + span + " ago"
	}
	return "due in " + span
}

// unfinishedLabel says in words where a post on the drafts page stands.
func unfinishedLabel(u calendar.Unfinished) string {
	switch u.Post.Status {
	case post.StatusDraft:
		if u.Returned != nil {
			return "sent back for changes"
		}
		return "draft"
	case post.StatusRejected:
		return "rejected"
	case post.StatusNeedsReview, post.StatusChecked:
		return "waiting for a doctor, no time yet"
	case post.StatusApproved:
		return postLabel(u.Post)
	case post.StatusHeld:
		return "held, no time yet"
	}
	return statusLabel(u.Post.Status)
}

// safeURL returns u only if it is an http(s) link; platforms' remote links
// are shown as links, anything else as nothing.
func safeURL(u string) string {
	if strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
		return u
	}
	return ""
}

// headerCounts reads the numbers in the header straight from the status
// index: four counts, not the whole Counts (which also counts every
// scheduled post and would make each page cost the size of the calendar).
func (s *Server) headerCounts(r *http.Request) (headerCounts, bool) {
	var c headerCounts
	n, err := s.cal.StatusCounts(r.Context(), post.StatusNeedsReview, post.StatusHeld, post.StatusFailed, post.StatusUnknown)
	if err == nil {
		c = headerCounts{NeedsReview: n[0], Held: n[1], Failed: n[2], Unknown: n[3]}
	}
	if err != nil {
		s.log.Warn("header counts", "error", err)
	}
	if id := who(r); id != nil && id.User.Role.AtLeast(post.RoleReviewer) {
		open, err := s.db.Alerts(r.Context(), true)
		if err != nil {
			s.log.Warn("header counts: alerts", "error", err)
		}
		c.Alerts = len(open)
	}
	if id := who(r); id != nil {
		q, _ := draftsQuery(id)
		ps, err := s.cal.Unfinished(r.Context(), q)
		if err != nil {
			s.log.Warn("header counts: drafts", "error", err)
		}
		c.Drafts = len(ps)
		for _, u := range ps {
			if u.Returned != nil && u.Post.Author == id.User.Name {
				c.Returned++
			}
		}
	}
	return c, s.emergencyActive(r.Context())
}

// emergencyActive reports whether the practice-wide stop is on.
func (s *Server) emergencyActive(ctx context.Context) bool {
	st, err := s.cal.Emergency(ctx, struct{}{})
	return err == nil && st.Active
}

// topicWords says a post's type and details on one channel in a line a
// reviewer reads before approving: "Event “Flu shot clinic”, 2027-01-14
// 09:00 to 2027-01-14 17:00 · button: Sign up, opens https://…".
func topicWords(t post.Topic) string {
	var parts []string
	head := map[post.TopicType]string{post.TopicStandard: "Update", post.TopicEvent: "Event", post.TopicOffer: "Offer",
		post.TopicAlert: "Alert (shown by Google as a COVID-19 update)"}[t.Type]
	if head == "" {
		head = string(t.Type)
	}
	if t.Title != "" {
		head += " “" + t.Title + "”, " + strings.TrimSpace(t.StartDate+" "+t.StartTime) + " to " + strings.TrimSpace(t.EndDate+" "+t.EndTime)
	}
	parts = append(parts, head)
	switch {
	case t.Button == post.ButtonCall:
		parts = append(parts, "button: Call (the practice's number)")
	case t.Button != "":
		parts = append(parts, "button: "+post.ButtonWords(t.Button)+", opens "+t.ButtonURL)
	}
	for _, f := range []struct{ label, v string }{{"coupon", t.Coupon}, {"redeem at", t.RedeemURL}, {"terms", t.Terms}} {
		if f.v != "" {
			parts = append(parts, f.label+": "+f.v)
		}
	}
	return strings.Join(parts, " · ")
}
