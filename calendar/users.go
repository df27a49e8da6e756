package calendar

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

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
	Email       string    `json:"email,omitempty"`
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
	display, err := checkDisplayName(req.DisplayName)
	if err != nil {
		return nil, err
	}
	email, err := checkEmail(req.Email)
	if err != nil {
		return nil, err
	}
	hash, err := s.hashPassword(req.Password)
	if err != nil {
		return nil, err
	}
	u := &post.User{Name: name, DisplayName: display, Role: req.Role, PasswordHash: hash, CreatedAt: s.db.Now(), Email: email}
	err = s.db.Update(ctx, func(tx store.Tx) error {
		if old, err := tx.User(name); err == nil {
			if old.Removed {
				// The old login's history (audit, reviews, posts) names it:
				// a newcomer under it would silently inherit all of that.
				return post.Errorf(post.EConflict, "the user name %q belonged to %s, removed %s; their history keeps it, so choose another user name",
					name, old.Label(), old.RemovedAt.Format("2 Jan 2006"))
			}
			return post.Errorf(post.EConflict, "there is already a user called %q", name)
		}
		return tx.PutUser(u, store.Audit{Actor: req.Actor.auditName(), Action: "user.add", Detail: "role " + string(u.Role)})
	})
	if err != nil {
		return nil, err
	}
	return publicUser(u), nil
}

func (s *Service) hashPassword(pw string) (string, error) {
	if len(pw) < MinPasswordLen {
		return "", post.Errorf(post.EInvalid, "the password must be at least %d characters", MinPasswordLen)
	}
	if len(pw) > 72 { // bcrypt's input limit
		return "", post.Errorf(post.EInvalid, "the password must be at most 72 bytes")
	}
	b, err := bcrypt.GenerateFromPassword([]byte(pw), s.passwordCost)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// ListUsers lists users without their password hashes.
func (s *Service) ListUsers(ctx context.Context, _ struct{}) ([]post.User, error) {
	var out []post.User
	err := s.db.View(ctx, func(tx store.Tx) error {
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
		err = s.db.View(ctx, func(tx store.Tx) error {
			var err error
			u, err = tx.User(name)
			return err
		})
	}
	name = post.Clip(name, 32)
	ok := err == nil && u.Active() && bcrypt.CompareHashAndPassword([]byte(u.PasswordHash), []byte(password)) == nil
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
	if aerr := s.db.Update(ctx, func(tx store.Tx) error {
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
	hash, err := s.hashPassword(req.Password)
	if err != nil {
		return struct{}{}, err
	}
	return struct{}{}, s.db.Update(ctx, func(tx store.Tx) error {
		u, err := liveUser(tx, req.Name)
		if err != nil {
			return err
		}
		u.PasswordHash = hash
		if err := tx.PutUser(u, store.Audit{Actor: req.Actor.auditName(), Action: "user.password"}); err != nil {
			return err
		}
		// Whoever had the old password may have signed in or made a token
		// with it: a reset that left them working would not lock them out.
		return revokeUser(tx, u.Name, req.Actor.auditName())
	})
}

// DisableUser switches a user's account off (or on again).
type DisableUser struct {
	Actor    Actor  `json:"actor"`
	Name     string `json:"name"`
	Disabled bool   `json:"disabled"`
}

// DisableUser disables or enables a user. Either way their web sessions
// and API tokens are revoked in the same transaction.
func (s *Service) DisableUser(ctx context.Context, req DisableUser) (*post.User, error) {
	what := "enable"
	if req.Disabled {
		what = "disable"
	}
	return s.manageUser(ctx, req.Actor, req.Name, what, func(u *post.User) (string, string, error) {
		if u.Disabled == req.Disabled {
			// Nothing to do, and going on would sign the user out for nothing.
			return "", "", post.Errorf(post.EConflict, "%s is already %sd", u.Name, what)
		}
		u.Disabled = req.Disabled
		return "user." + what, "", nil
	})
}

// SetRole gives a user another role.
type SetRole struct {
	Actor Actor     `json:"actor"`
	Name  string    `json:"name"`
	Role  post.Role `json:"role"`
}

// SetRole changes a user's role and revokes their sessions and API tokens,
// so nothing made under the old role outlives it.
func (s *Service) SetRole(ctx context.Context, req SetRole) (*post.User, error) {
	if !post.ValidRole(req.Role) {
		return nil, post.Errorf(post.EInvalid, "role %q is not staff, reviewer or admin", req.Role)
	}
	return s.manageUser(ctx, req.Actor, req.Name, "change the role of", func(u *post.User) (string, string, error) {
		if u.Role == req.Role {
			return "", "", post.Errorf(post.EConflict, "%s is already %s", u.Name, req.Role)
		}
		detail := "role " + string(u.Role) + " -> " + string(req.Role)
		u.Role = req.Role
		return "user.role", detail, nil
	})
}

// RemoveUser removes a user for good.
type RemoveUser struct {
	Actor Actor  `json:"actor"`
	Name  string `json:"name"`
}

// RemoveUser removes a user: they can no longer sign in or be enabled, and
// their sessions and API tokens go at once. The record stays, marked
// removed and without its password hash or e-mail address, so the audit
// trail, reviews and posts keep naming the person (login and display name)
// — and AddUser refuses the login for ever, so a newcomer never inherits
// someone else's history.
func (s *Service) RemoveUser(ctx context.Context, req RemoveUser) (*post.User, error) {
	return s.manageUser(ctx, req.Actor, req.Name, "remove", func(u *post.User) (string, string, error) {
		u.Removed, u.RemovedAt = true, s.db.Now()
		u.PasswordHash, u.Email = "", ""
		return "user.remove", "role " + string(u.Role), nil
	})
}

// manageUser applies change to the user called name for an admin, then
// revokes the user's web sessions and API tokens, all in one transaction and
// audited under the real actor. It refuses a removed user, the actor's own
// account (an admin must not lock themselves out; another admin can do it),
// and a change that would leave no active admin. what names the change for
// errors ("disable", "remove"); change returns the audit action and detail.
func (s *Service) manageUser(ctx context.Context, actor Actor, name, what string, change func(*post.User) (action, detail string, err error)) (*post.User, error) {
	if err := require(actor, post.RoleAdmin, "changing a user's account"); err != nil {
		return nil, err
	}
	name = strings.ToLower(strings.TrimSpace(name))
	var out *post.User
	err := s.db.Update(ctx, func(tx store.Tx) error {
		u, err := liveUser(tx, name)
		if err != nil {
			return err
		}
		if u.Name == actor.Name {
			return post.Errorf(post.EConflict, "you cannot %s your own account; another admin can", what)
		}
		wasAdmin := u.Role == post.RoleAdmin && u.Active()
		action, detail, err := change(u)
		if err != nil {
			return err
		}
		if wasAdmin && (u.Role != post.RoleAdmin || !u.Active()) {
			if err := otherActiveAdmin(tx, u.Name); err != nil {
				return err
			}
		}
		if err := tx.PutUser(u, store.Audit{Actor: actor.auditName(), Action: action, Detail: detail}); err != nil {
			return err
		}
		out = publicUser(u)
		return revokeUser(tx, u.Name, actor.auditName())
	})
	return out, err
}

// EditUser changes a user's display name and notification address; a nil
// field is left as it is.
type EditUser struct {
	Actor       Actor   `json:"actor"`
	Name        string  `json:"name"`
	DisplayName *string `json:"display_name,omitempty"`
	Email       *string `json:"email,omitempty"` // "" clears it: the practice-wide settings apply
}

// MaxDisplayName bounds a display name: it is shown in lists on a phone.
const MaxDisplayName = 64

// EditUser stores a new display name and/or e-mail address. An admin may
// change both for anyone; a user may change their own e-mail address (the
// display name is how colleagues and the audit pages know them, so only an
// admin sets it). Neither signs anyone out: no access changes.
func (s *Service) EditUser(ctx context.Context, req EditUser) (*post.User, error) {
	name := strings.ToLower(strings.TrimSpace(req.Name))
	if req.DisplayName != nil || req.Actor.Name != name {
		if err := require(req.Actor, post.RoleAdmin, "changing another user's details or a display name"); err != nil {
			return nil, err
		}
	} else if err := require(req.Actor, post.RoleStaff, "changing your e-mail address"); err != nil {
		return nil, err
	}
	var display, email string
	var details []string
	if req.DisplayName != nil {
		var err error
		if display, err = checkDisplayName(*req.DisplayName); err != nil {
			return nil, err
		}
		details = append(details, "display name")
	}
	if req.Email != nil {
		var err error
		if email, err = checkEmail(*req.Email); err != nil {
			return nil, err
		}
		details = append(details, "e-mail address")
	}
	if len(details) == 0 {
		return nil, post.Errorf(post.EInvalid, "give a display name or an e-mail address to change")
	}
	var out *post.User
	err := s.db.Update(ctx, func(tx store.Tx) error {
		u, err := liveUser(tx, name)
		if err != nil {
			return err
		}
		if req.DisplayName != nil {
			u.DisplayName = display
		}
		if req.Email != nil {
			u.Email = email
		}
		// The audit entry says what changed, not the address: the trail is
		// exported and read more widely than the users page.
		if err := tx.PutUser(u, store.Audit{Actor: req.Actor.auditName(), Action: "user.edit", Detail: strings.Join(details, " and ")}); err != nil {
			return err
		}
		out = publicUser(u)
		return nil
	})
	return out, err
}

// checkDisplayName trims a display name and refuses one too long or with
// control characters (a line break would split a mail header or a CSV row).
func checkDisplayName(s string) (string, error) {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > MaxDisplayName {
		return "", post.Errorf(post.EInvalid, "the display name is longer than %d characters", MaxDisplayName)
	}
	if strings.IndexFunc(s, unicode.IsControl) >= 0 {
		return "", post.Errorf(post.EInvalid, "the display name has a line break or another control character")
	}
	return s, nil
}

// checkEmail accepts one bare address ("ana@clinic.example") or "" and
// refuses anything else: a display name, a list, a line break would change
// the mail's headers.
func checkEmail(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || a.Name != "" || len(s) > 254 || strings.ContainsAny(s, "\r\n<>,; ") {
		return "", post.Errorf(post.EInvalid, "%q is not one e-mail address like ana@clinic.example", post.Clip(s, 64))
	}
	return s, nil
}

// liveUser is the user called name for a change: ENotFound when there is
// none, a conflict when they were removed (nothing about them changes again).
func liveUser(tx store.Tx, name string) (*post.User, error) {
	u, err := tx.User(name)
	if err != nil {
		return nil, err
	}
	if u.Removed {
		return nil, post.Errorf(post.EConflict, "%s was removed; a removed user cannot be changed", u.Name)
	}
	return u, nil
}

// otherActiveAdmin refuses to take away name's admin access when no other
// admin could still sign in: nobody could then add users, connect channels
// or undo it.
func otherActiveAdmin(tx store.Tx, name string) error {
	us, err := tx.Users()
	if err != nil {
		return err
	}
	for _, o := range us {
		if o.Name != name && o.Role == post.RoleAdmin && o.Active() {
			return nil
		}
	}
	return post.Errorf(post.EConflict, "%s is the last active admin; add or enable another admin first", name)
}

// revokeUser deletes name's sessions and API tokens and audits it.
func revokeUser(tx store.Tx, name, actor string) error {
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
	err := s.db.View(ctx, func(tx store.Tx) error {
		u, err := tx.User(name)
		if err != nil {
			return err
		}
		if !u.Active() {
			return errors.New("user " + name + " is disabled or removed")
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
