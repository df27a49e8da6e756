package post

import (
	"slices"
	"time"
)

// Use is what a patient authorization allows.
type Use string

// Uses an authorization can cover.
const (
	UseTestimonial Use = "testimonial"
	UsePhoto       Use = "photo"
	UseStory       Use = "story"
)

// Uses lists every use, for validation and menus.
var Uses = []Use{UseTestimonial, UsePhoto, UseStory}

// Authorization is a patient's written authorization (HIPAA 164.508) to use
// their testimonial, photo or story. PatientRef is a reference into the
// practice's own records (a chart number kept off the internet), never a full
// identity.
type Authorization struct {
	ID         ID        `json:"id"`
	PatientRef string    `json:"patient_ref"`
	Uses       []Use     `json:"uses"`
	Granted    time.Time `json:"granted"`
	Expires    time.Time `json:"expires,omitzero"` // zero: no expiry date on the form
	Revoked    bool      `json:"revoked"`
	RevokedAt  time.Time `json:"revoked_at,omitzero"`
	RevokedBy  string    `json:"revoked_by,omitempty"`
	Note       string    `json:"note,omitempty"`
	CreatedBy  string    `json:"created_by"`
	CreatedAt  time.Time `json:"created_at"`
}

// Covers reports whether the authorization allows use at time t: it lists
// the use, was granted by t, has not expired and was not revoked.
func (a *Authorization) Covers(use Use, t time.Time) bool {
	if a == nil || a.Revoked || !slices.Contains(a.Uses, use) {
		return false
	}
	if t.Before(a.Granted) {
		return false
	}
	return a.Expires.IsZero() || t.Before(a.Expires)
}

// ValidUse reports whether u is a known use.
func ValidUse(u Use) bool { return slices.Contains(Uses, u) }
