package post

import "time"

// Role is what a user may do. Roles are ordered: a reviewer can do all a
// staff member can, an admin all a reviewer can.
type Role string

// The roles.
const (
	RoleStaff    Role = "staff"    // write, queue, edit own drafts
	RoleReviewer Role = "reviewer" // doctors: approve, reject, override with a reason
	RoleAdmin    Role = "admin"    // users, channels, settings
)

var roleRank = map[Role]int{RoleStaff: 1, RoleReviewer: 2, RoleAdmin: 3}

// ValidRole reports whether r is a known role.
func ValidRole(r Role) bool { return roleRank[r] > 0 }

// AtLeast reports whether r includes everything role min may do.
func (r Role) AtLeast(min Role) bool { return roleRank[r] >= roleRank[min] && roleRank[r] > 0 }

// User is a person who signs in to the web UI or uses the API.
type User struct {
	Name         string    `json:"name"`
	DisplayName  string    `json:"display_name,omitempty"`
	Role         Role      `json:"role"`
	PasswordHash string    `json:"password_hash,omitempty"` // bcrypt; never leaves the store layer in API answers
	Disabled     bool      `json:"disabled,omitempty"`
	CreatedAt    time.Time `json:"created_at"`
	// Email is where the user's own notifications go (review_waiting and
	// review_overdue for a doctor); empty uses the practice-wide settings.
	Email string `json:"email,omitempty"`
	// Removed users keep their record, so the audit trail, reviews and
	// posts still name them (login and display name); they cannot sign in
	// and their login is never given to anyone else.
	Removed   bool      `json:"removed,omitempty"`
	RemovedAt time.Time `json:"removed_at,omitzero"`
}

// Active reports whether u may sign in and act: neither disabled nor
// removed.
func (u *User) Active() bool { return !u.Disabled && !u.Removed }

// Label names u for people: "Dr. Ana Reyes (dr-reyes)", or the login alone
// when there is no display name.
func (u *User) Label() string {
	if u.DisplayName == "" || u.DisplayName == u.Name {
		return u.Name
	}
	return u.DisplayName + " (" + u.Name + ")"
}
