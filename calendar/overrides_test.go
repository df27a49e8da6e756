package calendar

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// birthday is issue 11's post: a doctor approved it by typing "ok" into
// three override boxes.
const birthday = "Happy 91st birthday to our patient Maria Lopez, DOB 03/14/1935"

// birthdayReasons are reasons that say something, for the three block
// findings of birthday.
var birthdayReasons = map[string]string{
	"PRIV-05": "Her daughter asked us to post it; form on file",
	"PRIV-06": "Her daughter asked us to post it; form on file",
	"PRIV-10": "Her daughter asked us to post it; form on file",
}

// stillInReview fails t unless post id is waiting for review, unapproved:
// a refused decision loses nothing.
func (e *env) stillInReview(t *testing.T, id post.ID) {
	t.Helper()
	v, err := e.svc.GetPost(context.Background(), PostRef{ID: id})
	if err != nil {
		t.Fatal(err)
	}
	if v.Post.Status != post.StatusNeedsReview || v.Post.Approval != nil || len(v.Reviews) != 0 {
		t.Fatalf("after a refused approval: status %s, approval %+v, %d reviews", v.Post.Status, v.Post.Approval, len(v.Reviews))
	}
}

func TestOverrideReasonMustSayWhy(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		reason string
		ok     bool
	}{
		{"ok", false},
		{"ok ok ok ok ok", false},
		{"okokokokokok", false},
		{"OK OK OK OK OK OK OK", false},
		{"Ok.   Ok.   Ok.   Ok.", false},
		{"okkkkkkkkkkkkkkkkkk", false},
		{"okay okay okay okay", false},
		{"...............", false},
		{"!!!!!!!!!!!!!!!!!!!!", false},
		{"123456789012345", false},
		{"yes yes yes yes yes", false},
		{"fine, approved, ok, sure", false},
		{"approved approved approved", false},
		{"aaaaaaaaaaaaaaaaaaaa", false},
		{"asdfasdfasdfasdf", false},
		{"n/a n/a n/a n/a n/a", false},
		{"ok it is fine", false},  // one word besides fillers
		{"lawyer said ok", false}, // 14 characters
		{"reviewed wording with the practice lawyer", true},
		{"Quoted from the FDA label, cited in the post", true},
		{"  Wording\n checked   by Dr. Reyes  ", true},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			e := newEnv(t)
			p := e.add(t, guarantee, nil)
			got, err := e.svc.Review(ctx, ReviewPost{Actor: doctor, ID: p.ID, Decision: post.DecisionApprove,
				Overrides: map[string]string{"CLAIM-01": tt.reason}})
			if !tt.ok {
				if post.ErrorCode(err) != post.EInvalid || !strings.Contains(err.Error(), "CLAIM-01") || !strings.Contains(err.Error(), "does not say why") {
					t.Fatalf("reason %q: %v, want it refused naming CLAIM-01", tt.reason, err)
				}
				e.stillInReview(t, p.ID)
				return
			}
			if err != nil {
				t.Fatalf("reason %q refused: %v", tt.reason, err)
			}
			want := strings.Join(strings.Fields(tt.reason), " ")
			if got.Approval.Overrides["CLAIM-01"] != want {
				t.Fatalf("recorded reason %q, want %q", got.Approval.Overrides["CLAIM-01"], want)
			}
		})
	}
}

func TestPatientIdentifyingOverrideNeedsAuthorization(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	p := e.add(t, birthday, nil)
	if p.Status != post.StatusNeedsReview {
		t.Fatalf("birthday post is %s", p.Status)
	}
	// The approval of issue 11: "ok" three times, no authorization.
	_, err := e.svc.Review(ctx, ReviewPost{Actor: doctor, ID: p.ID, Decision: post.DecisionApprove,
		Overrides: map[string]string{"PRIV-05": "ok", "PRIV-06": "ok", "PRIV-10": "ok"}})
	if post.ErrorCode(err) != post.EConflict || !strings.Contains(err.Error(), "no patient authorization is linked") {
		t.Fatalf("ok-ok-ok approval: %v", err)
	}
	for _, rule := range []string{"PRIV-05", "PRIV-06", "PRIV-10"} {
		if !strings.Contains(err.Error(), rule) {
			t.Errorf("refusal does not name %s: %v", rule, err)
		}
	}
	// Good reasons do not replace the patient's authorization.
	_, err = e.svc.Review(ctx, ReviewPost{Actor: doctor, ID: p.ID, Decision: post.DecisionApprove, Overrides: birthdayReasons})
	if post.ErrorCode(err) != post.EConflict || !strings.Contains(err.Error(), "identify a patient") {
		t.Fatalf("approval with reasons and no authorization: %v", err)
	}
	e.stillInReview(t, p.ID)

	// An authorization that covers photos only, or has expired, is no better.
	photo, err := e.svc.AddAuthorization(ctx, AddAuthorization{Actor: staff, PatientRef: "CHART-7", Uses: []post.Use{post.UsePhoto}, Granted: now.AddDate(0, -1, 0)})
	if err != nil {
		t.Fatal(err)
	}
	expired, err := e.svc.AddAuthorization(ctx, AddAuthorization{Actor: staff, PatientRef: "CHART-7", Uses: []post.Use{post.UseStory},
		Granted: now.AddDate(-1, 0, 0), Expires: now.AddDate(0, 0, -1)})
	if err != nil {
		t.Fatal(err)
	}
	story, err := e.svc.AddAuthorization(ctx, AddAuthorization{Actor: staff, PatientRef: "CHART-7", Uses: []post.Use{post.UseStory}, Granted: now.AddDate(0, -1, 0)})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		auth *post.Authorization
		want string
	}{
		{photo, "covers only photo"},
		{expired, "has expired"},
	} {
		q := e.add(t, birthday, func(r *AddPost) { r.AuthorizationID = tt.auth.ID })
		_, err := e.svc.Review(ctx, ReviewPost{Actor: doctor, ID: q.ID, Decision: post.DecisionApprove, Overrides: birthdayReasons})
		if post.ErrorCode(err) != post.EConflict || !strings.Contains(err.Error(), tt.want) {
			t.Fatalf("approval with authorization %v: %v, want %q", tt.auth.Uses, err, tt.want)
		}
		e.stillInReview(t, q.ID)
	}

	// With the patient's story authorization linked, reasons that say why
	// are still required, and then the approval goes through.
	q := e.add(t, birthday, func(r *AddPost) { r.AuthorizationID = story.ID })
	_, err = e.svc.Review(ctx, ReviewPost{Actor: doctor, ID: q.ID, Decision: post.DecisionApprove,
		Overrides: map[string]string{"PRIV-05": "ok ok ok ok ok", "PRIV-06": "ok", "PRIV-10": "ok"}})
	if post.ErrorCode(err) != post.EInvalid {
		t.Fatalf("authorized post approved with ok reasons: %v", err)
	}
	e.stillInReview(t, q.ID)
	got, err := e.svc.Review(ctx, ReviewPost{Actor: doctor, ID: q.ID, Decision: post.DecisionApprove, Overrides: birthdayReasons})
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != post.StatusScheduled || len(got.Approval.Overrides) != 3 {
		t.Fatalf("after approval: %s %+v", got.Status, got.Approval)
	}
	v, _ := e.svc.GetPost(ctx, PostRef{ID: q.ID})
	if len(v.Reviews) != 1 || v.Reviews[0].Authorization != story.ID {
		t.Fatalf("review record: %+v", v.Reviews)
	}
	// The audit entry keeps the reasons and the authorization, not only the
	// rule ids.
	var detail string
	e.db.AuditEntries(ctx, 0, func(a post.AuditEntry) error {
		if a.Action == "review.approve" && a.Subject == q.ID {
			detail = a.Detail
		}
		return nil
	})
	want := "overrides: PRIV-05 (Her daughter asked us to post it; form on file); PRIV-06 (Her daughter asked us to post it; form on file); PRIV-10 (Her daughter asked us to post it; form on file); patient authorization " + story.ID
	if detail != want {
		t.Fatalf("audit detail\n %q\nwant\n %q", detail, want)
	}
}

// TestOverridableWithoutPatientContextNeedsOnlyAReason: a guarantee (no
// patient) is overridden with a reason alone; the authorization rule is
// about findings that identify a patient, not every block.
func TestOverridableWithoutPatientContextNeedsOnlyAReason(t *testing.T) {
	e := newEnv(t)
	p := e.add(t, guarantee, func(r *AddPost) { r.At = now.Add(2 * time.Hour) })
	if _, err := e.svc.Review(context.Background(), ReviewPost{Actor: doctor, ID: p.ID, Decision: post.DecisionApprove,
		Overrides: map[string]string{"CLAIM-01": "reviewed wording with the practice lawyer"}}); err != nil {
		t.Fatal(err)
	}
}
