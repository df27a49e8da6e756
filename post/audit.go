package post

import "time"

// AuditEntry is one line of the append-only audit trail. Each entry holds the
// hash of the one before it, so changing or deleting any entry breaks the
// chain from that point on.
type AuditEntry struct {
	Seq        uint64    `json:"seq"`
	At         time.Time `json:"at"`
	Actor      string    `json:"actor"`
	Action     string    `json:"action"`            // e.g. post.create, review.approve, login
	Subject    string    `json:"subject,omitempty"` // the post, user or channel acted on
	HashBefore string    `json:"hash_before,omitempty"`
	HashAfter  string    `json:"hash_after,omitempty"`
	Detail     string    `json:"detail,omitempty"` // plain words; never post text or secrets
	Prev       string    `json:"prev"`             // hash of the previous entry
	Hash       string    `json:"hash"`             // hash of this entry, Prev included
}
