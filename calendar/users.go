package calendar

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/crypto/bcrypt"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

var userNameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,31}$`)

// MinPasswordLen follows NIST SP 800-63B's minimum for user-chosen secrets.
const MinPasswordLen = 8

// AddUser creates a user who signs in to the web UI.
type AddUser struct {
	Actor       Actor     `json:"actor"`
	Name        string    `json:"name"`
	DisplayName string    `json:"display_name,omitempty"`
	Role        post.Role `json:"role"`
	Password    string    `json:"password"`
}

// AddUser stores a new user with a bcrypt password hash. The first user of
// an empty store may be created by the System actor (practicepost init).
func (s *Service) AddUser(ctx context.Context, req AddUser) (*post.User, error) {
	if err := require(req.Actor, post.RoleAdmin, "adding a user"); err != nil {
		return nil, err
	}
	name := strings.ToLower(strings.TrimSpace(req.Name))
	if !userNameRE.MatchString(name) {
		return nil, post.Errorf(post.EInvalid, "user name %q: use 1-32 lower-case letters, digits, '.', '_' or '-'", req.Name)
	}
	if !post.ValidRole(req.Role) {
		return nil, post.Errorf(post.EInvalid, "role %q is not staff, reviewer or admin", req.Role)
	}
	hash, err := hashPassword(req.Password)
	if err != nil {
		return nil, err
	}
	u := &post.User{Name: name, DisplayName: strings.TrimSpace(req.DisplayName), Role: req.Role, PasswordHash: hash, CreatedAt: s.db.Now()}
	err = s.db.Update(ctx, func(tx *store.Tx) error {
		if _, err := tx.User(name); err == nil {
			return post.Errorf(post.EConflict, "there is already a user called %q", name)
		}
		return tx.PutUser(u, store.Audit{Actor: req.Actor.Name, Action: "user.add", Detail: "role " + string(u.Role)})
	})
	if err != nil {
		return nil, err
	}
	return publicUser(u), nil
}

func hashPassword(pw string) (string, error) {
	if len(pw) < MinPasswordLen {
		return "", post.Errorf(post.EInvalid, "the password must be at least %d characters", MinPasswordLen)
	}
	if len(pw) > 72 { // bcrypt's input limit
		return "", post.Errorf(post.EInvalid, "the password must be at most 72 bytes")
	}
	b, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// ListUsers lists users without their password hashes.
func (s *Service) ListUsers(ctx context.Context, _ struct{}) ([]post.User, error) {
	var out []post.User
	err := s.db.View(ctx, func(tx *store.Tx) error {
		us, err := tx.Users()
		for _, u := range us {
			out = append(out, *publicUser(&u))
		}
		return err
	})
	return out, err
}

// ErrBadLogin is returned for any failed sign-in, whatever the reason, so
// the answer does not tell which user names exist.
var ErrBadLogin = post.Errorf(post.EForbidden, "wrong user name or password")

// Authenticate checks a user's password and audits the attempt.
//
// A name no user can have (see AddUser) is not looked up, and the audit
// entry names at most 32 characters of it: a failed sign-in is written by
// anyone, signed in or not, and a 9.5 MB name filled the disk.
func (s *Service) Authenticate(ctx context.Context, name, password string) (*post.User, error) {
	name = strings.ToLower(strings.TrimSpace(name))
	var u *post.User
	var err error = post.Errorf(post.ENotFound, "no such user")
	if userNameRE.MatchString(name) {
		err = s.db.View(ctx, func(tx *store.Tx) error {
			var err error
			u, err = tx.User(name)
			return err
		})
	}
	name = post.Clip(name, 32)
	ok := err == nil && !u.Disabled && bcrypt.CompareHashAndPassword([]byte(u.PasswordHash), []byte(password)) == nil
	if err != nil && post.ErrorCode(err) != post.ENotFound {
		return nil, err
	}
	if err != nil {
		// Spend the same time as a real comparison, so timing does not tell.
		_ = bcrypt.CompareHashAndPassword(dummyHash, []byte(password))
	}
	action := "login"
	if !ok {
		action = "login.failed"
	}
	if aerr := s.db.Update(ctx, func(tx *store.Tx) error {
		_, err := tx.AppendAudit(store.Audit{Actor: name, Action: action})
		return err
	}); aerr != nil {
		return nil, aerr
	}
	if !ok {
		return nil, ErrBadLogin
	}
	return publicUser(u), nil
}

var dummyHash, _ = bcrypt.GenerateFromPassword([]byte("not a real password"), bcrypt.DefaultCost)

// SetPassword changes a user's password (their own, or anyone's for an admin).
type SetPassword struct {
	Actor    Actor  `json:"actor"`
	Name     string `json:"name"`
	Password string `json:"password"`
}

// SetPassword stores a new password hash.
func (s *Service) SetPassword(ctx context.Context, req SetPassword) (struct{}, error) {
	if req.Actor.Name != req.Name {
		if err := require(req.Actor, post.RoleAdmin, "changing another user's password"); err != nil {
			return struct{}{}, err
		}
	}
	hash, err := hashPassword(req.Password)
	if err != nil {
		return struct{}{}, err
	}
	return struct{}{}, s.db.Update(ctx, func(tx *store.Tx) error {
		u, err := tx.User(req.Name)
		if err != nil {
			return err
		}
		u.PasswordHash = hash
		if err := tx.PutUser(u, store.Audit{Actor: req.Actor.Name, Action: "user.password"}); err != nil {
			return err
		}
		// Whoever had the old password may have signed in or made a token
		// with it: a reset that left them working would not lock them out.
		return revokeUser(tx, u.Name, req.Actor.Name)
	})
}

// DisableUser switches a user's account off (or on again).
type DisableUser struct {
	Actor    Actor  `json:"actor"`
	Name     string `json:"name"`
	Disabled bool   `json:"disabled"`
}

// DisableUser disables or enables a user. Disabling revokes their web
// sessions and API tokens in the same transaction.
func (s *Service) DisableUser(ctx context.Context, req DisableUser) (*post.User, error) {
	if err := require(req.Actor, post.RoleAdmin, "disabling a user"); err != nil {
		return nil, err
	}
	var out *post.User
	err := s.db.Update(ctx, func(tx *store.Tx) error {
		u, err := tx.User(req.Name)
		if err != nil {
			return err
		}
		if req.Disabled && !u.Disabled && u.Role == post.RoleAdmin {
			if err := otherActiveAdmin(tx, u.Name); err != nil {
				return err
			}
		}
		u.Disabled = req.Disabled
		action := "user.enable"
		if req.Disabled {
			action = "user.disable"
		}
		if err := tx.PutUser(u, store.Audit{Actor: req.Actor.Name, Action: action}); err != nil {
			return err
		}
		out = publicUser(u)
		if !req.Disabled {
			return nil
		}
		return revokeUser(tx, u.Name, req.Actor.Name)
	})
	return out, err
}

// otherActiveAdmin refuses to switch off name when no other admin could
// still sign in: nobody could then add users, connect channels or undo it.
func otherActiveAdmin(tx *store.Tx, name string) error {
	us, err := tx.Users()
	if err != nil {
		return err
	}
	for _, o := range us {
		if o.Name != name && o.Role == post.RoleAdmin && !o.Disabled {
			return nil
		}
	}
	return post.Errorf(post.EConflict, "%s is the last active admin; add or enable another admin first", name)
}

// revokeUser deletes name's sessions and API tokens and audits it.
func revokeUser(tx *store.Tx, name, actor string) error {
	sessions, tokens, err := tx.RevokeUser(name)
	if err != nil {
		return err
	}
	_, err = tx.AppendAudit(store.Audit{Actor: actor, Action: "user.revoke", Subject: name,
		Detail: fmt.Sprintf("%d web sessions and %d API tokens revoked", sessions, tokens)})
	return err
}

// UserRole looks up a user's role, for the CLI's --as.
func (s *Service) UserRole(ctx context.Context, name string) (post.Role, error) {
	var role post.Role
	err := s.db.View(ctx, func(tx *store.Tx) error {
		u, err := tx.User(name)
		if err != nil {
			return err
		}
		if u.Disabled {
			return errors.New("user " + name + " is disabled")
		}
		role = u.Role
		return nil
	})
	return role, err
}

func publicUser(u *post.User) *post.User {
	c := *u
	c.PasswordHash = ""
	return &c
}
