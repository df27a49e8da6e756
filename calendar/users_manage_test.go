package calendar

import (
	"context"
	"strings"
	"sync"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// testHash is "correct horse battery" hashed once: bcrypt per user per
// subtest made these tests take a minute on a busy machine.
var testHash = sync.OnceValue(func() string {
	h, err := (&Service{passwordCost: bcrypt.DefaultCost}).hashPassword("correct horse battery")
	if err != nil {
		panic(err)
	}
	return h
})

// usersEnv has ada and bo (admins), drlee (reviewer) and sam (staff).
func usersEnv(t *testing.T) *env {
	t.Helper()
	e := newEnv(t)
	for _, u := range []struct {
		name string
		role post.Role
	}{{"ada", post.RoleAdmin}, {"bo", post.RoleAdmin}, {"drlee", post.RoleReviewer}, {"sam", post.RoleStaff}} {
		err := e.db.Update(context.Background(), func(tx store.Tx) error {
			return tx.PutUser(&post.User{Name: u.name, DisplayName: "Name of " + u.name, Role: u.role, PasswordHash: testHash(), CreatedAt: now},
				store.Audit{Actor: "test", Action: "user.add"})
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return e
}

// TestManagingUsersRefusesLockout: only an admin changes accounts; nobody
// disables, demotes or removes their own account, and the last active admin
// keeps admin access whoever asks (here the CLI's shell account, which is
// no user and so passes the own-account rule).
func TestManagingUsersRefusesLockout(t *testing.T) {
	ctx := context.Background()
	ada := Actor{Name: "ada", Role: post.RoleAdmin}
	shell := Actor{Name: "cli:root", Role: post.RoleAdmin}
	disable := func(a Actor, n string) func(*env) error {
		return func(e *env) error {
			_, err := e.svc.DisableUser(ctx, DisableUser{Actor: a, Name: n, Disabled: true})
			return err
		}
	}
	role := func(a Actor, n string, r post.Role) func(*env) error {
		return func(e *env) error { _, err := e.svc.SetRole(ctx, SetRole{Actor: a, Name: n, Role: r}); return err }
	}
	remove := func(a Actor, n string) func(*env) error {
		return func(e *env) error { _, err := e.svc.RemoveUser(ctx, RemoveUser{Actor: a, Name: n}); return err }
	}
	tests := []struct {
		name  string
		setup func(*env) error // run first, must succeed
		do    func(*env) error
		want  string
	}{
		{"staff disables", nil, disable(staff, "drlee"), post.EForbidden},
		{"reviewer demotes an admin", nil, role(doctor, "bo", post.RoleStaff), post.EForbidden},
		{"staff removes", nil, remove(staff, "drlee"), post.EForbidden},
		{"nobody signed in", nil, remove(Actor{}, "drlee"), post.EForbidden},
		{"admin disables themselves", nil, disable(ada, "ada"), post.EConflict},
		{"admin demotes themselves", nil, role(ada, "ada", post.RoleReviewer), post.EConflict},
		{"admin removes themselves", nil, remove(ada, "ada"), post.EConflict},
		{"last admin disabled", remove(ada, "bo"), disable(shell, "ada"), post.EConflict},
		{"last admin demoted", disable(ada, "bo"), role(shell, "ada", post.RoleStaff), post.EConflict},
		{"last admin removed", role(ada, "bo", post.RoleReviewer), remove(shell, "ada"), post.EConflict},
		{"unknown role", nil, role(ada, "sam", "owner"), post.EInvalid},
		{"same role", nil, role(ada, "sam", post.RoleStaff), post.EConflict},
		{"no such user", nil, remove(ada, "nobody"), post.ENotFound},
		{"a removed user enabled", remove(ada, "sam"), func(e *env) error {
			_, err := e.svc.DisableUser(ctx, DisableUser{Actor: ada, Name: "sam"})
			return err
		}, post.EConflict},
		{"a removed user's password set", remove(ada, "sam"), func(e *env) error {
			_, err := e.svc.SetPassword(ctx, SetPassword{Actor: ada, Name: "sam", Password: "another long password"})
			return err
		}, post.EConflict},
		{"an active user enabled (it would only sign them out)", nil, func(e *env) error {
			_, err := e.svc.DisableUser(ctx, DisableUser{Actor: ada, Name: "sam"})
			return err
		}, post.EConflict},
		{"a disabled user disabled again", disable(ada, "sam"), disable(ada, "sam"), post.EConflict},
		{"one of two admins demoted", nil, role(ada, "bo", post.RoleStaff), ""},
		{"the shell removes an admin while another is left", nil, remove(shell, "bo"), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := usersEnv(t)
			if tc.setup != nil {
				if err := tc.setup(e); err != nil {
					t.Fatalf("setup: %v", err)
				}
			}
			err := tc.do(e)
			if got := post.ErrorCode(err); (tc.want == "" && err != nil) || (tc.want != "" && got != tc.want) {
				t.Fatalf("got %v (%s), want %q", err, got, tc.want)
			}
		})
	}
}

// TestRemovedUserKeepsHistoryAndLosesAccess: a removed user cannot sign in
// or use an API token; the list still names them (login and display name)
// for the history that mentions them; their login cannot be given to a
// newcomer; and each change is audited under the real actor.
func TestRemovedUserKeepsHistoryAndLosesAccess(t *testing.T) {
	ctx := context.Background()
	e := usersEnv(t)
	if err := e.db.CreateAPIToken(ctx, "tok-drlee", store.APIToken{ID: "id-drlee", User: "drlee"}, "ada"); err != nil {
		t.Fatal(err)
	}
	via := Actor{Name: "ada", Role: post.RoleAdmin, Via: "cli:root (password)"}
	if _, err := e.svc.RemoveUser(ctx, RemoveUser{Actor: via, Name: "drlee"}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.Authenticate(ctx, "drlee", "correct horse battery"); err == nil {
		t.Error("a removed user signed in")
	}
	if _, err := e.svc.CheckCredential(ctx, Credential{Name: "drlee", Token: "tok-drlee"}); err == nil {
		t.Error("a removed user's API token still proves them")
	}
	if _, err := e.svc.UserRole(ctx, "drlee"); err == nil {
		t.Error("the CLI may still act --as a removed user")
	}
	us, err := e.svc.ListUsers(ctx, struct{}{})
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, u := range us {
		if u.Name == "drlee" {
			found = u.Removed && u.DisplayName == "Name of drlee" && !u.Active()
		}
	}
	if !found {
		t.Errorf("the user list lost drlee's name or does not say they were removed: %+v", us)
	}
	_, err = e.svc.AddUser(ctx, AddUser{Actor: via, Name: "DrLee", Role: post.RoleReviewer, Password: "a newcomer's password"})
	if post.ErrorCode(err) != post.EConflict || !strings.Contains(err.Error(), "Name of drlee (drlee)") {
		t.Errorf("re-adding a removed login: %v, want a conflict naming whose it was", err)
	}
	var actors []string
	err = e.db.AuditEntries(ctx, 0, func(a post.AuditEntry) error {
		if a.Action == "user.remove" || (a.Action == "user.revoke" && a.Subject == "drlee") {
			actors = append(actors, a.Action+" by "+a.Actor)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "user.remove by cli:root (password) as ada,user.revoke by cli:root (password) as ada"
	if strings.Join(actors, ",") != want {
		t.Errorf("audit: %v, want %s", actors, want)
	}
}

// TestEditUserDetails: an admin sets anyone's display name and e-mail; a
// user sets only their own e-mail; bad values are refused and change nothing.
func TestEditUserDetails(t *testing.T) {
	ctx := context.Background()
	str := func(s string) *string { return &s }
	ada := Actor{Name: "ada", Role: post.RoleAdmin}
	tests := []struct {
		name      string
		req       EditUser
		want      string
		wantEmail string
		wantName  string
	}{
		{"admin sets both", EditUser{Actor: ada, Name: "drlee", DisplayName: str("Dr. Lee"), Email: str("lee@clinic.example")}, "", "lee@clinic.example", "Dr. Lee"},
		{"user sets own e-mail", EditUser{Actor: doctor, Name: "dr-reyes", Email: str(" reyes@clinic.example ")}, "", "reyes@clinic.example", "Name of dr-reyes"},
		{"user clears own e-mail", EditUser{Actor: doctor, Name: "dr-reyes", Email: str("")}, "", "", "Name of dr-reyes"},
		{"user sets own display name", EditUser{Actor: doctor, Name: "dr-reyes", DisplayName: str("The Boss")}, post.EForbidden, "", "Name of dr-reyes"},
		{"user sets another's e-mail", EditUser{Actor: staff, Name: "dr-reyes", Email: str("me@evil.example")}, post.EForbidden, "", "Name of dr-reyes"},
		{"header injection", EditUser{Actor: ada, Name: "drlee", Email: str("a@b.example\r\nBcc: all@x.example")}, post.EInvalid, "", "Name of drlee"},
		{"two addresses", EditUser{Actor: ada, Name: "drlee", Email: str("a@b.example, c@d.example")}, post.EInvalid, "", "Name of drlee"},
		{"an address with a name", EditUser{Actor: ada, Name: "drlee", Email: str("Lee <lee@clinic.example>")}, post.EInvalid, "", "Name of drlee"},
		{"not an address", EditUser{Actor: ada, Name: "drlee", Email: str("drlee")}, post.EInvalid, "", "Name of drlee"},
		{"a display name with a line break", EditUser{Actor: ada, Name: "drlee", DisplayName: str("Dr.\nLee")}, post.EInvalid, "", "Name of drlee"},
		{"a display name too long", EditUser{Actor: ada, Name: "drlee", DisplayName: str(strings.Repeat("é", MaxDisplayName+1))}, post.EInvalid, "", "Name of drlee"},
		{"nothing to change", EditUser{Actor: ada, Name: "drlee"}, post.EInvalid, "", "Name of drlee"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := usersEnv(t)
			if err := e.db.Update(ctx, func(tx store.Tx) error {
				return tx.PutUser(&post.User{Name: "dr-reyes", DisplayName: "Name of dr-reyes", Role: post.RoleReviewer, PasswordHash: testHash(),
					Email: "old@clinic.example"}, store.Audit{Actor: "test", Action: "user.add"})
			}); err != nil {
				t.Fatal(err)
			}
			_, err := e.svc.EditUser(ctx, tc.req)
			if post.ErrorCode(err) != tc.want || (tc.want == "" && err != nil) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
			var u *post.User
			if err := e.db.View(ctx, func(tx store.Tx) (err error) { u, err = tx.User(tc.req.Name); return err }); err != nil {
				t.Fatal(err)
			}
			wantEmail := tc.wantEmail
			if tc.want != "" && tc.req.Name == "dr-reyes" {
				wantEmail = "old@clinic.example" // refused: unchanged
			}
			if u.Email != wantEmail || u.DisplayName != tc.wantName {
				t.Errorf("stored e-mail %q, display name %q; want %q, %q", u.Email, u.DisplayName, wantEmail, tc.wantName)
			}
		})
	}
}

// TestPasswordCost: new hashes take the configured bcrypt cost (default
// bcrypt's own), and a cost bcrypt cannot use is refused when the calendar
// is made.
func TestPasswordCost(t *testing.T) {
	for _, tc := range []struct {
		cost, want int
		bad        bool
	}{
		{0, bcrypt.DefaultCost, false},
		{bcrypt.MinCost, bcrypt.MinCost, false},
		{12, 12, false},
		{3, 0, true},
		{bcrypt.MaxCost + 1, 0, true},
	} {
		svc, err := New(newEnv(t).db, nil, Options{PasswordCost: tc.cost})
		if tc.bad {
			if err == nil {
				t.Errorf("cost %d: New accepted it", tc.cost)
			}
			continue
		}
		if err != nil {
			t.Fatalf("cost %d: %v", tc.cost, err)
		}
		if tc.want > 10 {
			continue // a cost-12 hash takes a quarter second; New's acceptance is what matters
		}
		h, err := svc.hashPassword("correct horse battery")
		if err != nil {
			t.Fatal(err)
		}
		if got, err := bcrypt.Cost([]byte(h)); err != nil || got != tc.want {
			t.Errorf("cost %d: hash has cost %d (%v), want %d", tc.cost, got, err, tc.want)
		}
	}
}
