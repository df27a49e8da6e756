package calendar

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// TestPasswordResetAndDisableRevokeCredentials: a password reset left the
// user's API tokens working (and, from the CLI, the web sessions too).
// Setting a password or disabling a user revokes both at once, whatever
// the front end; other users keep theirs.
func TestPasswordResetAndDisableRevokeCredentials(t *testing.T) {
	ctx := context.Background()
	admin := Actor{Name: "ada", Role: post.RoleAdmin}
	for _, c := range []struct {
		name string
		do   func(e *env) error
	}{
		{"password reset", func(e *env) error {
			_, err := e.svc.SetPassword(ctx, SetPassword{Actor: admin, Name: "sam", Password: "a new long password"})
			return err
		}},
		{"disable", func(e *env) error {
			_, err := e.svc.DisableUser(ctx, DisableUser{Actor: admin, Name: "sam", Disabled: true})
			return err
		}},
		{"role change", func(e *env) error {
			_, err := e.svc.SetRole(ctx, SetRole{Actor: admin, Name: "sam", Role: post.RoleReviewer})
			return err
		}},
		{"remove", func(e *env) error {
			_, err := e.svc.RemoveUser(ctx, RemoveUser{Actor: admin, Name: "sam"})
			return err
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			for _, n := range []string{"sam", "drlee"} {
				if _, err := e.svc.AddUser(ctx, AddUser{Actor: System, Name: n, Role: post.RoleStaff, Password: "correct horse battery"}); err != nil {
					t.Fatal(err)
				}
				if err := e.db.CreateSession(ctx, "sess-"+n, store.Session{User: n, Expires: now.Add(time.Hour)}); err != nil {
					t.Fatal(err)
				}
				if err := e.db.CreateAPIToken(ctx, "tok-"+n, store.APIToken{ID: "id-" + n, User: n}, "ada"); err != nil {
					t.Fatal(err)
				}
			}
			if err := c.do(e); err != nil {
				t.Fatal(err)
			}
			if _, err := e.db.Session(ctx, "sess-sam"); err == nil {
				t.Error("sam's web session still works")
			}
			if _, err := e.db.APITokenFor(ctx, "tok-sam"); err == nil {
				t.Error("sam's API token still works")
			}
			if _, err := e.db.Session(ctx, "sess-drlee"); err != nil {
				t.Errorf("another user's session went too: %v", err)
			}
			if _, err := e.db.APITokenFor(ctx, "tok-drlee"); err != nil {
				t.Errorf("another user's token went too: %v", err)
			}
		})
	}
	t.Run("staff cannot disable", func(t *testing.T) {
		e := newEnv(t)
		if _, err := e.svc.DisableUser(ctx, DisableUser{Actor: staff, Name: "sam", Disabled: true}); post.ErrorCode(err) != post.EForbidden {
			t.Errorf("staff disabling a user: %v, want forbidden", err)
		}
	})
}

// TestLastAdminCannotBeDisabled: attacking user disable: switching off the
// last active admin leaves nobody who can run the practice's accounts.
func TestLastAdminCannotBeDisabled(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	admin := Actor{Name: "ada", Role: post.RoleAdmin}
	if _, err := e.svc.AddUser(ctx, AddUser{Actor: System, Name: "ada", Role: post.RoleAdmin, Password: "correct horse battery"}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.DisableUser(ctx, DisableUser{Actor: admin, Name: "ada", Disabled: true}); post.ErrorCode(err) != post.EConflict {
		t.Fatalf("disabling the only admin: %v, want a conflict", err)
	}
	if _, err := e.svc.AddUser(ctx, AddUser{Actor: admin, Name: "bo", Role: post.RoleAdmin, Password: "correct horse battery"}); err != nil {
		t.Fatal(err)
	}
	bo := Actor{Name: "bo", Role: post.RoleAdmin}
	if _, err := e.svc.DisableUser(ctx, DisableUser{Actor: bo, Name: "ada", Disabled: true}); err != nil {
		t.Errorf("disabling one of two admins: %v", err)
	}
}
