package scheduler

import (
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

func TestGate(t *testing.T) {
	due := time.Date(2027, 3, 1, 9, 0, 0, 0, time.UTC)
	base := func() *post.Post {
		p := &post.Post{ID: "01JABCDEFGHJKMNPQRSTVWXYZ0", Body: "Flu shots today.", Channels: []string{"x"},
			Status: post.StatusScheduled, Schedule: post.Schedule{At: due},
			Deliveries: map[string]*post.Delivery{"x": {Channel: "x", State: post.DeliveryPending, DueAt: due}}}
		p.Approval = &post.Approval{By: "checklist", ContentHash: p.ContentHash()}
		return p
	}
	valid := &post.Authorization{Uses: []post.Use{post.UseTestimonial}, Granted: due.Add(-48 * time.Hour)}
	cases := []struct {
		name string
		edit func(p *post.Post, in *GateInput)
		want Verdict
	}{
		{"clear", nil, Verdict{Publish, ReasonClear}},
		{"within grace", func(_ *post.Post, in *GateInput) { in.Now = due.Add(29 * time.Minute) }, Verdict{Publish, ReasonClear}},
		{"past grace", func(_ *post.Post, in *GateInput) { in.Now = due.Add(31 * time.Minute) }, Verdict{HoldDelivery, ReasonTooLate}},
		{"per-post grace", func(p *post.Post, in *GateInput) { in.Now, in.Grace = due.Add(3*time.Hour), 4*time.Hour }, Verdict{Publish, ReasonClear}},
		{"not due", func(_ *post.Post, in *GateInput) { in.Now = due.Add(-time.Second) }, Verdict{Skip, ReasonNotDue}},
		{"retry not due", func(p *post.Post, _ *GateInput) { p.Deliveries["x"].NextAttempt = due.Add(time.Minute) }, Verdict{Skip, ReasonNotDue}},
		{"already publishing", func(p *post.Post, _ *GateInput) { p.Deliveries["x"].State = post.DeliveryPublishing }, Verdict{Skip, ReasonNotPending}},
		{"held post", func(p *post.Post, _ *GateInput) { p.Status = post.StatusHeld }, Verdict{Skip, ReasonPostNotScheduled}},
		{"cancelled post", func(p *post.Post, _ *GateInput) { p.Status = post.StatusCancelled }, Verdict{Skip, ReasonPostNotScheduled}},
		{"channel dropped", func(p *post.Post, _ *GateInput) { p.Channels = []string{"fb"} }, Verdict{Skip, ReasonNoDelivery}},
		{"unknown channel", func(_ *post.Post, in *GateInput) { in.Known = false }, Verdict{HoldDelivery, ReasonUnknownChannel}},
		{"emergency stop", func(_ *post.Post, in *GateInput) { in.Emergency = true }, Verdict{HoldPost, ReasonEmergencyStop}},
		{"no approval", func(p *post.Post, _ *GateInput) { p.Approval = nil }, Verdict{HoldPost, ReasonNotApproved}},
		{"edited after approval", func(p *post.Post, _ *GateInput) { p.Body = "Flu shots tomorrow." }, Verdict{HoldPost, ReasonNotApproved}},
		{"authorization valid", func(p *post.Post, in *GateInput) { p.AuthorizationID = "a"; approve(p); in.Authorization = valid }, Verdict{Publish, ReasonClear}},
		{"authorization revoked", func(p *post.Post, in *GateInput) {
			p.AuthorizationID = "a"
			approve(p)
			a := *valid
			a.Revoked = true
			in.Authorization = &a
		}, Verdict{HoldPost, ReasonAuthorizationInvalid}},
		{"authorization expired", func(p *post.Post, in *GateInput) {
			p.AuthorizationID = "a"
			approve(p)
			a := *valid
			a.Expires = due.Add(-time.Hour)
			in.Authorization = &a
		}, Verdict{HoldPost, ReasonAuthorizationInvalid}},
		{"authorization missing", func(p *post.Post, in *GateInput) {
			p.AuthorizationID = "a"
			approve(p)
			in.AuthorizationMissing = true
		}, Verdict{HoldPost, ReasonAuthorizationInvalid}},
		{"patient photo without photo use", func(p *post.Post, in *GateInput) {
			p.AuthorizationID = "a"
			p.Media = []post.Media{{Hash: "h", ShowsPatient: true}}
			approve(p)
			in.Authorization = valid
		}, Verdict{HoldPost, ReasonAuthorizationInvalid}},
		{"blackout day", func(_ *post.Post, in *GateInput) { in.Blackout = true }, Verdict{HoldPost, ReasonBlackout}},
		{"channel paused", func(_ *post.Post, in *GateInput) { in.Paused = true }, Verdict{HoldDelivery, ReasonChannelPaused}},
		{"emergency beats paused", func(_ *post.Post, in *GateInput) { in.Paused, in.Emergency = true, true }, Verdict{HoldPost, ReasonEmergencyStop}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := base()
			in := GateInput{Post: p, Channel: "x", Now: due, Known: true, Grace: 30 * time.Minute}
			if tc.edit != nil {
				tc.edit(p, &in)
			}
			if got := Gate(in); got != tc.want {
				t.Errorf("Gate = %v/%v, want %v/%v", got.Action, got.Reason, tc.want.Action, tc.want.Reason)
			}
		})
	}
}

func approve(p *post.Post) { p.Approval = &post.Approval{By: "dr", ContentHash: p.ContentHash()} }

func TestReasonsHavePlainWords(t *testing.T) {
	for r := ReasonClear; r <= ReasonTooLate; r++ {
		if s := r.String(); s == "" || s == "reason(?)" {
			t.Errorf("reason %d has no words", r)
		}
	}
	for a := Publish; a <= HoldDelivery; a++ {
		if a.String() == "action(?)" {
			t.Errorf("action %d has no name", a)
		}
	}
}
