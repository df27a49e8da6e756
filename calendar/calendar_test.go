package calendar

import (
	"context"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

var (
	chicago, _ = time.LoadLocation("America/Chicago")
	// now is a Monday morning in Chicago.
	now    = time.Date(2027, 3, 1, 8, 0, 0, 0, chicago)
	staff  = Actor{Name: "sam", Role: post.RoleStaff}
	doctor = Actor{Name: "dr-reyes", Role: post.RoleReviewer}
)

const (
	clean     = "Flu shots are in. Walk in Monday to Friday, 8 to 5, or call us at (555) 010-4477."
	withPhone = "Call Jane back at 312-555-0199 about her results."
	guarantee = "Our clinic guarantees a cure for back pain!"
)

type env struct {
	svc   *Service
	db    *store.DB
	clock *time.Time
}

func newEnv(t testing.TB) *env {
	t.Helper()
	return newEnvWith(t, []ChannelInfo{
		{ID: "preview", Kind: "preview", Slots: []string{"0 9 * * 1-5", "30 12 * * 1-5"}},
		{ID: "li", Kind: "linkedin", Slots: []string{"0 9 * * 1-5"}},
	}, nil)
}

// newEnvWith is newEnv with the given channels and blackout days (nil: none).
func newEnvWith(t testing.TB, chs []ChannelInfo, blackout func(time.Time) bool) *env {
	t.Helper()
	clock := now
	db, err := store.Open(context.Background(), t.TempDir(), store.Options{Now: func() time.Time { return clock }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	chk, err := compliance.New(compliance.Profile{PracticeName: "Maple Street Family Medicine", State: "IL", Phones: []string{"(555) 010-4477"}})
	if err != nil {
		t.Fatal(err)
	}
	svc, err := New(db, NewChecker(chk, chs), Options{Location: chicago, Channels: chs, Blackout: blackout})
	if err != nil {
		t.Fatal(err)
	}
	return &env{svc: svc, db: db, clock: &clock}
}

func (e *env) add(t *testing.T, body string, mod func(*AddPost)) *post.Post {
	t.Helper()
	req := AddPost{Actor: staff, Body: body, Channels: []string{"preview"}, At: now.Add(3 * time.Hour)}
	if mod != nil {
		mod(&req)
	}
	p, err := e.svc.AddPost(context.Background(), req)
	if err != nil {
		t.Fatalf("add: %v", err)
	}
	return p
}

func TestAddRoutesByVerdict(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name string
		body string
		at   bool
		want post.Status
	}{
		{"clean with a time is scheduled", clean, true, post.StatusScheduled},
		{"clean without a time is approved", clean, false, post.StatusApproved},
		{"a patient's phone waits for review", withPhone, true, post.StatusNeedsReview},
		{"a guarantee waits for review", guarantee, true, post.StatusNeedsReview},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := e.add(t, tc.body, func(r *AddPost) {
				if !tc.at {
					r.At = time.Time{}
				}
			})
			if p.Status != tc.want {
				t.Fatalf("status %s, want %s (findings %+v)", p.Status, tc.want, p.Check.Findings)
			}
			if tc.want == post.StatusScheduled && !p.Deliveries["preview"].DueAt.Equal(now.Add(3*time.Hour)) {
				t.Fatalf("due at %v", p.Deliveries["preview"].DueAt)
			}
		})
	}
}

func TestBadInputIsRefusedAndNothingStored(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name string
		mod  func(*AddPost)
		want string
	}{
		{"invalid UTF-8", func(r *AddPost) { r.Body = "caf\xe9" }, "UTF-8"},
		{"empty", func(r *AddPost) { r.Body = " \n " }, "empty"},
		{"1 MB", func(r *AddPost) { r.Body = strings.Repeat("a", 1<<20) }, "bytes"},
		{"in the past", func(r *AddPost) { r.At = now.Add(-time.Hour) }, "in the past"},
		{"unknown channel", func(r *AddPost) { r.Channels = []string{"myspace"} }, "unknown channel"},
		{"no channel", func(r *AddPost) { r.Channels = nil }, "at least one channel"},
		{"both time and slot", func(r *AddPost) { r.NextSlot = true }, "not both"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := AddPost{Actor: staff, Body: clean, Channels: []string{"preview"}, At: now.Add(time.Hour)}
			tc.mod(&req)
			_, err := e.svc.AddPost(context.Background(), req)
			if post.ErrorCode(err) != post.EInvalid || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an invalid-input error mentioning %q", err, tc.want)
			}
		})
	}
	posts, _ := e.svc.ListPosts(context.Background(), ListQuery{})
	if len(posts) != 0 {
		t.Fatalf("%d posts stored after bad input", len(posts))
	}
}

func TestReviewOverridesAndHardIdentifiers(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	claim := e.add(t, guarantee, nil)
	if _, err := e.svc.Review(ctx, ReviewPost{Actor: staff, ID: claim.ID, Decision: post.DecisionApprove}); post.ErrorCode(err) != post.EForbidden {
		t.Fatalf("staff approving: %v, want forbidden", err)
	}
	if _, err := e.svc.Review(ctx, ReviewPost{Actor: doctor, ID: claim.ID, Decision: post.DecisionApprove}); post.ErrorCode(err) != post.EInvalid {
		t.Fatalf("approve without an override reason: %v", err)
	}
	p, err := e.svc.Review(ctx, ReviewPost{Actor: doctor, ID: claim.ID, Decision: post.DecisionApprove,
		Overrides: map[string]string{"CLAIM-01": "reviewed wording with the practice lawyer"}})
	if err != nil {
		t.Fatal(err)
	}
	if p.Status != post.StatusScheduled || p.Approval.By != doctor.Name || !p.Approval.Covers(p) {
		t.Fatalf("after approval: %s %+v", p.Status, p.Approval)
	}
	phone := e.add(t, withPhone, nil)
	_, err = e.svc.Review(ctx, ReviewPost{Actor: doctor, ID: phone.ID, Decision: post.DecisionApprove,
		Overrides: map[string]string{"PRIV-02": "it is fine"}})
	if post.ErrorCode(err) != post.EConflict || !strings.Contains(err.Error(), "PRIV-02") {
		t.Fatalf("approving a post with a patient's phone: %v", err)
	}
	// Editing the approved post voids the approval: it is checked again.
	body := guarantee + " Book today."
	edited, err := e.svc.EditPost(ctx, EditPost{Actor: doctor, ID: claim.ID, Body: &body})
	if err != nil {
		t.Fatal(err)
	}
	if edited.Status != post.StatusNeedsReview || edited.Approval != nil {
		t.Fatalf("edited approved post is %s with approval %+v", edited.Status, edited.Approval)
	}
	view, _ := e.svc.GetPost(ctx, PostRef{ID: claim.ID})
	if len(view.Reviews) != 1 || view.Reviews[0].Overrides["CLAIM-01"] == "" {
		t.Fatalf("review record: %+v", view.Reviews)
	}
}

func TestStaffEditOnlyOwnAndStaleVersions(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	p := e.add(t, clean, nil)
	body := clean + " See you soon."
	if _, err := e.svc.EditPost(ctx, EditPost{Actor: Actor{Name: "kim", Role: post.RoleStaff}, ID: p.ID, Body: &body}); post.ErrorCode(err) != post.EForbidden {
		t.Fatalf("another staff member's edit: %v", err)
	}
	if _, err := e.svc.EditPost(ctx, EditPost{Actor: staff, ID: p.ID, Version: p.Version + 5, Body: &body}); post.ErrorCode(err) != post.EConflict {
		t.Fatalf("stale edit: %v", err)
	}
	got, err := e.svc.EditPost(ctx, EditPost{Actor: staff, ID: p.ID, Version: p.Version, Body: &body})
	if err != nil || got.Status != post.StatusScheduled {
		t.Fatalf("own edit: %v %v", got, err)
	}
}

func TestRevokingAnAuthorizationHoldsItsPosts(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	auth, err := e.svc.AddAuthorization(ctx, AddAuthorization{Actor: staff, PatientRef: "CHART-1", Uses: []post.Use{post.UseTestimonial},
		Granted: now.AddDate(0, -1, 0)})
	if err != nil {
		t.Fatal(err)
	}
	p := e.add(t, clean, func(r *AddPost) { r.AuthorizationID = auth.ID })
	other := e.add(t, clean, nil)
	res, err := e.svc.RevokeAuthorization(ctx, PostRef{Actor: staff, ID: auth.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Held) != 1 || res.Held[0] != p.ID {
		t.Fatalf("held %v, want only %s", res.Held, p.ID)
	}
	v, _ := e.svc.GetPost(ctx, PostRef{ID: p.ID})
	if v.Post.Status != post.StatusHeld || v.Post.Deliveries["preview"].State != post.DeliveryHeld {
		t.Fatalf("linked post is %s", v.Post.Status)
	}
	v, _ = e.svc.GetPost(ctx, PostRef{ID: other.ID})
	if v.Post.Status != post.StatusScheduled {
		t.Fatalf("unlinked post is %s", v.Post.Status)
	}
}

func TestNextSlotFillsSlotsInOrderAcrossDST(t *testing.T) {
	e := newEnv(t)
	// Friday 12 March 2027; DST starts Sunday 14 March in Chicago.
	*e.clock = time.Date(2027, 3, 12, 13, 0, 0, 0, chicago)
	var got []string
	for i := 0; i < 3; i++ {
		p := e.add(t, clean, func(r *AddPost) { r.At, r.NextSlot, r.Channels = time.Time{}, true, []string{"li"} })
		got = append(got, p.Deliveries["li"].DueAt.In(chicago).Format("Mon 02 15:04 MST"))
	}
	want := []string{"Mon 15 09:00 CDT", "Tue 16 09:00 CDT", "Wed 17 09:00 CDT"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("slots %v, want %v", got, want)
	}
}

func TestImportIsAllOrNothingWithLineNumbers(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	bad := "text,channels,at\n" +
		"\"" + clean + "\",preview,2027-03-02 09:00\n" +
		",preview,2027-03-02 10:00\n" +
		"\"" + clean + "\",myspace,2027-03-02 11:00\n"
	_, err := e.svc.ImportCSV(ctx, ImportCSV{Actor: staff, Name: "plan.csv", Data: []byte(bad)})
	if err == nil || !strings.Contains(err.Error(), "plan.csv:3:") || !strings.Contains(err.Error(), "plan.csv:4:") {
		t.Fatalf("bad import: %v", err)
	}
	if posts, _ := e.svc.ListPosts(ctx, ListQuery{}); len(posts) != 0 {
		t.Fatalf("a failed import stored %d posts", len(posts))
	}
	good := "text,channels,at,tags\n" +
		"\"" + clean + "\",preview,2027-03-02 09:00,flu;season\n" +
		"\"Our office is closed Friday for staff training.\",preview li,2027-03-03 09:00,\n"
	res, err := e.svc.ImportCSV(ctx, ImportCSV{Actor: staff, Name: "plan.csv", Data: []byte(good)})
	if err != nil || len(res.Posts) != 2 {
		t.Fatalf("good import: %v", err)
	}
	if res.Posts[1].Status != post.StatusScheduled || len(res.Posts[1].Deliveries) != 2 {
		t.Fatalf("second row: %s %v", res.Posts[1].Status, res.Posts[1].Deliveries)
	}
	for _, malformed := range []string{"", "text\n\"unterminated,\n", "nope,text\nx,y\n"} {
		if _, err := e.svc.ImportCSV(ctx, ImportCSV{Actor: staff, Data: []byte(malformed)}); post.ErrorCode(err) != post.EInvalid {
			t.Errorf("malformed CSV %q: %v", malformed, err)
		}
	}
}

func TestEmergencyStopAndResume(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	soon := e.add(t, clean, func(r *AddPost) { r.At = now.Add(10 * time.Minute) })
	later := e.add(t, clean, func(r *AddPost) { r.At = now.Add(48 * time.Hour) })
	stop, err := e.svc.PauseAll(ctx, PostRef{Actor: staff, Reason: "local tragedy"})
	if err != nil || len(stop.Held) != 2 {
		t.Fatalf("pause: %v %v", stop, err)
	}
	*e.clock = now.Add(3 * time.Hour) // the first post's time passes
	if _, err := e.svc.ResumeAll(ctx, ResumeAll{Actor: doctor}); post.ErrorCode(err) != post.EInvalid {
		t.Fatalf("resume without a choice for late posts: %v", err)
	}
	res, err := e.svc.ResumeAll(ctx, ResumeAll{Actor: doctor, Late: "hold"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Released) != 1 || res.Released[0] != later.ID || len(res.StillHeld) != 1 || res.StillHeld[0] != soon.ID {
		t.Fatalf("resume: %+v", res)
	}
	st, _ := e.svc.Emergency(ctx, struct{}{})
	if st.Active {
		t.Fatal("the stop is still on")
	}
}

func TestAuditRecordsEveryChange(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	p := e.add(t, guarantee, nil)
	e.svc.Review(ctx, ReviewPost{Actor: doctor, ID: p.ID, Decision: post.DecisionReject, Comment: "no guarantees"})
	var actions []string
	e.db.AuditEntries(ctx, 0, func(a post.AuditEntry) error { actions = append(actions, a.Actor+":"+a.Action); return nil })
	want := "sam:post.create,dr-reyes:review.reject,dr-reyes:post.rejected"
	if strings.Join(actions, ",") != want {
		t.Fatalf("audit %v, want %s", actions, want)
	}
	if brk, _, _ := e.db.VerifyAudit(ctx); brk != nil {
		t.Fatalf("chain broken: %+v", brk)
	}
}

// FuzzImportCSV feeds arbitrary files to the importer: it must never panic,
// and it must either import every row or store nothing.
func FuzzImportCSV(f *testing.F) {
	f.Add([]byte("text,channels,at\n\"" + clean + "\",preview,2027-03-02 09:00\n"))
	f.Add([]byte("text\n\"unterminated,\n"))
	f.Add([]byte("\xef\xbb\xbftext,tags,next_slot\nhello there,a;b,true\n"))
	f.Add([]byte("text,text:li,channels\nhi,\"x\"\"y\",preview li\n"))
	e := newEnv(f)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, data []byte) {
		before, _ := e.svc.ListPosts(ctx, ListQuery{Limit: 1 << 20})
		res, err := e.svc.ImportCSV(ctx, ImportCSV{Actor: staff, Name: "fuzz.csv", Data: data})
		after, _ := e.svc.ListPosts(ctx, ListQuery{Limit: 1 << 20})
		switch {
		case err != nil && len(after) != len(before):
			t.Fatalf("a failed import stored %d posts", len(after)-len(before))
		case err == nil && len(after)-len(before) != len(res.Posts):
			t.Fatalf("import reported %d posts, stored %d", len(res.Posts), len(after)-len(before))
		case err != nil && post.ErrorCode(err) != post.EInvalid && post.ErrorCode(err) != post.EConflict:
			t.Fatalf("bad CSV gave a %s error: %v", post.ErrorCode(err), err)
		}
	})
}

func TestFillEvergreenRequeuesWithoutRepeatingWithinTheInterval(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	src := e.add(t, clean, func(r *AddPost) { r.Evergreen = true; r.At = now.Add(10 * time.Minute) })
	// Publish it, as the scheduler would.
	err := e.db.Update(ctx, func(tx store.Tx) error {
		p, err := tx.Post(src.ID)
		if err != nil {
			return err
		}
		p.Deliveries["preview"].State, p.Deliveries["preview"].PublishedAt = post.DeliveryPublished, now.Add(10*time.Minute)
		p.Status = post.StatusPublished
		return tx.PutPost(p, store.Audit{Action: "test.publish"})
	})
	if err != nil {
		t.Fatal(err)
	}
	*e.clock = now.Add(time.Hour) // Monday 09:00 has passed
	req := FillEvergreen{Actor: staff, Days: 3, Interval: 48 * time.Hour}
	dry, err := e.svc.FillEvergreen(ctx, FillEvergreen{Actor: staff, Days: 3, Interval: 48 * time.Hour, DryRun: true})
	if err != nil || len(dry) != 2 {
		t.Fatalf("dry run: %d copies, %v", len(dry), err)
	}
	copies, err := e.svc.FillEvergreen(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range copies {
		got = append(got, c.Deliveries["preview"].DueAt.In(chicago).Format("Mon 15:04")+" "+string(c.Status))
		if c.Template != EvergreenCopyPrefix+src.ID || c.Body != clean {
			t.Fatalf("copy %+v", c)
		}
	}
	// Monday 12:30, then nothing until 48 hours later: Wednesday 12:30.
	if want := "Mon 12:30 scheduled,Wed 12:30 scheduled"; strings.Join(got, ",") != want {
		t.Fatalf("copies at %v, want %s", got, want)
	}
	again, err := e.svc.FillEvergreen(ctx, req)
	if err != nil || len(again) != 0 {
		t.Fatalf("second fill queued %d more", len(again))
	}
}

func TestApprovingAPostWhoseTimePassedIsRefused(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	p := e.add(t, guarantee, func(r *AddPost) { r.At = now.Add(time.Hour) })
	*e.clock = now.Add(2 * time.Hour) // an hour late, past the 30-minute grace
	_, err := e.svc.Review(ctx, ReviewPost{Actor: doctor, ID: p.ID, Decision: post.DecisionApprove,
		Overrides: map[string]string{"CLAIM-01": "wording checked"}})
	if post.ErrorCode(err) != post.EConflict || !strings.Contains(err.Error(), "has passed") {
		t.Fatalf("late approval: %v", err)
	}
	v, _ := e.svc.GetPost(ctx, PostRef{ID: p.ID})
	if v.Post.Status != post.StatusNeedsReview {
		t.Fatalf("status %s after a refused approval", v.Post.Status)
	}
}

// TestApprovingALatePostForTheNextFreeSlot: a doctor who opens a post after
// its time approves it for the next free slot instead; it is scheduled
// there, not published at once, and the approval covers the new schedule.
func TestApprovingALatePostForTheNextFreeSlot(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	p := e.add(t, guarantee, func(r *AddPost) { r.At = now.Add(time.Hour) }) // Monday 09:00
	*e.clock = now.Add(2 * time.Hour)                                        // Monday 10:00: late
	_, err := e.svc.Review(ctx, ReviewPost{Actor: doctor, ID: p.ID, Decision: post.DecisionApprove, ContentHash: p.ContentHash(),
		Overrides: map[string]string{"CLAIM-01": "wording checked"}})
	if err == nil || !strings.Contains(err.Error(), "next free slot") {
		t.Fatalf("late approval without the choice: %v, want the next free slot offered", err)
	}
	got, err := e.svc.Review(ctx, ReviewPost{Actor: doctor, ID: p.ID, Decision: post.DecisionApprove, ContentHash: p.ContentHash(),
		Overrides: map[string]string{"CLAIM-01": "wording checked"}, NextSlot: true})
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != post.StatusScheduled || !got.Approval.Covers(got) {
		t.Fatalf("status %s, approval covers it: %v", got.Status, got.Approval.Covers(got))
	}
	if at := got.Deliveries["preview"].DueAt.In(chicago).Format("Mon 15:04"); at != "Mon 12:30" {
		t.Errorf("scheduled for %s, want the next free slot, Mon 12:30", at)
	}
}

// lateCancel is a context that reports itself cancelled from its n-th
// look on: the client went away while the post was being saved.
type lateCancel struct {
	context.Context
	n, seen atomic.Int32
}

func (c *lateCancel) Err() error {
	if c.seen.Add(1) >= c.n.Load() {
		return context.Canceled
	}
	return nil
}

// TestCancelledCheckApprovesNothing: the checklist stops between rules
// when the request's context ends (the client went away), and what it
// found by then is no verdict. A post with a patient's name, a new knee
// and an SSN was once scheduled with a plain pass and no finding when the
// client hung up while it was being saved; now the save fails and stores
// nothing, whenever the context ends.
func TestCancelledCheckApprovesNothing(t *testing.T) {
	for n := int32(1); n < 40; n++ {
		e := newEnv(t)
		ctx := &lateCancel{Context: context.Background()}
		ctx.n.Store(n)
		p, err := e.svc.AddPost(ctx, AddPost{Actor: staff, Body: "Congrats to Darnell Brooks on his new knee! SSN 536-22-1234",
			Channels: []string{"preview"}, At: now.Add(3 * time.Hour)})
		if err != nil {
			if n := countPosts(t, e); n != 0 {
				t.Fatalf("a failed save left %d posts stored", n)
			}
			continue
		}
		if p.Check == nil || p.Status != post.StatusNeedsReview ||
			!slices.ContainsFunc(p.Check.Findings, func(f post.Finding) bool { return f.Rule == "PRIV-01" }) {
			t.Fatalf("cancelled at look %d: status %s, check %+v", n, p.Status, p.Check) // a partial check was kept
		}
	}
}
