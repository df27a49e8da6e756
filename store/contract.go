package store

import (
	"context"
	"io"
	"time"

	"github.com/practicepost/practicepost/post"
)

// The storage contract. *DB (bbolt) implements it; a second backend
// (store/postgres) implements the same interfaces and passes the same
// suite, store/storetest. The services do not name *DB: each declares the
// few methods it calls as its own small interface (scheduler.Store,
// report.Store, alert.Store, web's stores, calendar.Store), and anything that
// implements Store satisfies all of them.
//
// Tx is the one interface that is not split per user: a closure passed to
// View or Update has one parameter type, and Go function types do not
// convert (a func(scheduler.Tx) error is not a func(store.Tx) error). So Tx
// is built from the role interfaces below, and a helper that needs only one
// role can take that role (a PostReader, say) instead of the whole Tx.
//
// What every backend promises:
//
//   - Atomicity: everything an Update or Batch closure writes is committed
//     together and made durable (synced) before the call returns nil, or,
//     when the closure returns an error, none of it is. Index entries and
//     the audit entry of a write are part of the same transaction.
//   - Isolation: closures run as if one at a time (serializable). A View
//     sees one consistent snapshot, never half of another transaction.
//   - Claim exclusivity: PutPost fails with post.EConflict when the stored
//     post's Version is not the one the caller read. Two transactions that
//     both read a pending delivery and both write it publishing cannot both
//     commit: the second either sees the first's write or gets EConflict.
//     The scheduler's claim relies on this and on nothing else.
//   - Ordering: post ids (ULIDs) sort by creation; every "in order" listing
//     below is ascending by the key it names; times are kept to the second.
//   - Durability across a restart: what a nil Update or Batch wrote is there
//     after Close and a new open, and after a crash (a claim written before
//     the network call is seen by the reconciliation at the next start).
//   - A Tx is valid only inside its closure; values it returns are the
//     caller's own copies. A Tx carries the context of the View, Update or
//     Batch that made it, so its methods take none.

// Store is the whole contract, what store/storetest checks.
type Store interface {
	Transactor
	AlertLog
	AuditLog
	Sessions
	APITokens
	Secrets
	MediaStore
	Revisions
	Engagement

	// Now is the store's clock, the one Tx.Now reads.
	Now() time.Time
	// Close releases the store; nothing may be called after it.
	Close() error
}

// Transactor runs closures in transactions.
type Transactor interface {
	// View runs fn in a read-only transaction.
	View(ctx context.Context, fn func(Tx) error) error
	// Update runs fn in a read-write transaction, committed and durable
	// when it returns nil, rolled back when fn returns an error.
	Update(ctx context.Context, fn func(Tx) error) error
	// Batch is Update for many concurrent small writers: the backend may
	// commit several callers' closures together, and may run fn more than
	// once (when another closure in the batch fails), so fn must decide
	// only from what it reads in tx and have no effect outside it. A nil
	// error is as durable as Update's.
	Batch(ctx context.Context, fn func(Tx) error) error
}

// Tx is one transaction's typed view of the store.
type Tx interface {
	// Now is the time the transaction started, by the store's clock.
	Now() time.Time
	PostReader
	PostWriter
	ReviewTx
	AuthorizationTx
	UserTx
	SettingTx
	AuditAppender
	AlertTx
	EngagementTx
	CommentTx
	EvergreenTx
	ImportTx
	MediaReader
}

// PostReader reads posts and their indexes.
type PostReader interface {
	// Post returns the post with id, or a post.ENotFound error.
	Post(id post.ID) (*post.Post, error)
	// Between calls fn for every timeline entry with from <= At < to, in
	// time order (then post id, then channel). A delivery is on the
	// timeline when it has a due or published time: At is its published
	// time when it has one, its due time otherwise. The timeline always
	// matches the stored posts: an entry per such delivery and no other.
	Between(from, to time.Time, fn func(Entry) error) error
	// ScanBetween is Between for counting: fn gets each entry's time and
	// channel, and decode for the rest. channel is valid only during fn.
	ScanBetween(from, to time.Time, fn func(at time.Time, channel []byte, decode func() (Entry, error)) error) error
	// Due returns up to limit deliveries due at or before now, oldest
	// first. A delivery is due when its post is scheduled or publishing,
	// the delivery is pending and has a due time; it is due at that time
	// or at its NextAttempt, whichever is later.
	Due(now time.Time, limit int) ([]DueItem, error)
	// NextDue returns the earliest time anything is due; false when
	// nothing is.
	NextDue() (time.Time, bool, error)
	// PostIDsByStatus calls fn with the id of every post in status,
	// oldest first, until fn returns an error (which it returns).
	PostIDsByStatus(status post.Status, fn func(post.ID) error) error
	// PostsByStatus loads every post in status, oldest first.
	PostsByStatus(status post.Status) ([]*post.Post, error)
	// CountByStatus counts the posts in status.
	CountByStatus(status post.Status) (int, error)
	// EachPost calls fn for every post in id (creation) order, starting
	// after the id after (empty: from the first), until fn returns an
	// error.
	EachPost(after post.ID, fn func(*post.Post) error) error
	// LinkedPostIDs returns the posts whose AuthorizationID is authID,
	// oldest first.
	LinkedPostIDs(authID post.ID) ([]post.ID, error)
}

// PostWriter writes posts. Each write moves the post's index entries
// (timeline, due, status, authorization links, evergreen) in the same
// transaction and appends an audit entry with the content hash after (and
// before, for a change), so the chain records every post write.
type PostWriter interface {
	// InsertPost stores a new post at Version 1, setting CreatedAt (when
	// zero) and UpdatedAt to the transaction's time. An id already taken
	// is post.EConflict.
	InsertPost(p *post.Post, a Audit) error
	// PutPost stores a changed post. p.Version must be the stored one
	// (else post.EConflict, nothing written); it grows by one and
	// UpdatedAt becomes the transaction's time. A missing post is
	// post.ENotFound.
	PutPost(p *post.Post, a Audit) error
}

// ReviewTx keeps review decisions, append-only.
type ReviewTx interface {
	// AddReview stores a decision and audits it (overrides and the
	// authorization relied on go in the entry's detail).
	AddReview(r *post.Review) error
	// Reviews lists a post's decisions, oldest first.
	Reviews(postID post.ID) ([]post.Review, error)
}

// AuthorizationTx keeps patient authorizations.
type AuthorizationTx interface {
	// Authorization returns one, or post.ENotFound.
	Authorization(id post.ID) (*post.Authorization, error)
	// PutAuthorization stores it and audits the change under its id
	// (never the patient's name).
	PutAuthorization(a *post.Authorization, audit Audit) error
	// Authorizations lists all, oldest first.
	Authorizations() ([]post.Authorization, error)
}

// UserTx keeps user accounts.
type UserTx interface {
	// User returns the user called name, or post.ENotFound.
	User(name string) (*post.User, error)
	// PutUser stores a user and audits it as "user:<name>".
	PutUser(u *post.User, audit Audit) error
	// Users lists every user by name.
	Users() ([]post.User, error)
	// RevokeUser deletes every session and API token of user, reporting
	// how many of each went.
	RevokeUser(user string) (sessions, tokens int, err error)
}

// SettingTx keeps practice-wide settings; every write is audited as
// "setting:<key>".
type SettingTx interface {
	// Setting decodes the setting key into v; false when unset.
	Setting(key string, v any) (bool, error)
	PutSetting(key string, v any, audit Audit) error
	// EmergencyStop reads the practice-wide stop (zero when never set).
	// Read it in the transaction that acts on it.
	EmergencyStop() (EmergencyStop, error)
	PutEmergencyStop(stop EmergencyStop, audit Audit) error
	// ChannelPause reads a channel's stored pause (zero when none).
	ChannelPause(channel string) (ChannelPause, error)
	PutChannelPause(channel string, p ChannelPause, audit Audit) error
}

// AuditAppender appends to the hash-chained audit trail.
type AuditAppender interface {
	// AppendAudit adds an entry numbered one past the newest, chained to
	// it (Prev is the newest entry's Hash), stamped with the
	// transaction's time, and returns it.
	AppendAudit(a Audit) (post.AuditEntry, error)
}

// AlertTx raises alerts inside a transaction.
type AlertTx interface {
	// OpenAlert returns the unacknowledged alert of this kind about this
	// post and channel, if there is one.
	OpenAlert(kind, postID, channel string) (*Alert, bool, error)
	// PutAlert stores a unless one of the same kind, post and channel is
	// still open, and reports whether it stored it; it fills in a.ID and
	// a.At when empty. A missing kind or message is post.EInvalid.
	PutAlert(a *Alert) (bool, error)
	// AlertSent clears a stored alert's Unsent mark once it went out by
	// e-mail and webhook; an unknown id is post.ENotFound.
	AlertSent(id post.ID) error
}

// EngagementTx keeps engagement snapshots and the collection schedule.
type EngagementTx interface {
	// PutSnapshot stores a snapshot at m.At (the transaction's time when
	// zero), truncated to the second; a second one at the same second
	// replaces it.
	PutSnapshot(postID post.ID, channel string, m post.Metrics) error
	// LatestSnapshot returns the newest snapshot of one delivery.
	LatestSnapshot(postID post.ID, channel string) (post.Metrics, bool, error)
	// EachSnapshot calls fn for a delivery's snapshots (every channel's
	// when channel is empty) in time order per channel.
	EachSnapshot(postID post.ID, channel string, fn func(Snapshot) error) error
	// Collection returns a delivery's collection schedule.
	Collection(postID post.ID, channel string) (*Collect, bool, error)
	// PutCollection stores the schedule and moves its due entry to c.Next
	// (none when zero).
	PutCollection(c *Collect) error
	// DueCollections returns up to limit schedules whose Next is at or
	// before now, oldest first.
	DueCollections(now time.Time, limit int) ([]*Collect, error)
}

// CommentTx keeps the comments fetched for the inbox.
type CommentTx interface {
	// PutComment stores a comment the first time it is seen and reports
	// whether it was new; a known one is left as it is. A review
	// (StoredComment.Review) has no post: its PostID is "".
	PutComment(c *StoredComment) (bool, error)
	// Comment returns one, or post.ENotFound.
	Comment(postID post.ID, channel, remoteID string) (*StoredComment, error)
	// LinkReply records the post that answers a comment.
	LinkReply(postID post.ID, channel, remoteID string, reply post.ID) error
	// PostComments calls fn for a post's comments (one channel's when
	// channel is set), by channel and remote id.
	PostComments(postID post.ID, channel string, fn func(*StoredComment) error) error
}

// EvergreenTx reads the evergreen queue.
type EvergreenTx interface {
	// EvergreenPostIDs lists published evergreen posts, oldest first.
	EvergreenPostIDs() ([]post.ID, error)
	// EvergreenLastUse is when a copy of id was last planned (zero: never).
	EvergreenLastUse(id post.ID) (time.Time, error)
	SetEvergreenUse(id post.ID, t time.Time) error
}

// ImportTx records CSV imports so the same file is not imported twice.
type ImportTx interface {
	Import(id string) (*ImportRecord, bool, error)
	PutImport(r ImportRecord) error
}

// MediaReader reads image records.
type MediaReader interface {
	// Media returns the record of an image by its hash: post.EInvalid for
	// a hash that is not 64 hex characters, post.ENotFound when unknown.
	Media(hash string) (*post.Media, error)
}

// AlertLog lists and acknowledges alerts.
type AlertLog interface {
	// Alerts lists alerts newest first; with onlyOpen, the unacknowledged.
	// A record it cannot read is skipped: the others come with an
	// *UnreadableError naming it.
	Alerts(ctx context.Context, onlyOpen bool) ([]Alert, error)
	// UnsentAlerts lists the alerts still marked Unsent, oldest first,
	// acknowledged ones included, reading only those: the resend at start
	// and the retry pass must not read every alert ever stored. A record
	// it cannot read is skipped as Alerts does (*UnreadableError).
	UnsentAlerts(ctx context.Context) ([]Alert, error)
	// AckAlert acknowledges an open alert and audits it; an unknown id is
	// post.ENotFound, an acknowledged one post.EConflict. The same
	// problem may then raise a new alert.
	AckAlert(ctx context.Context, id post.ID, by string) (*Alert, error)
	// AlertKinds counts open alerts by kind.
	AlertKinds(ctx context.Context) (map[string]int, error)
}

// AuditLog reads and verifies the audit trail.
type AuditLog interface {
	// AuditEntries calls fn for each entry with Seq >= from, in order.
	AuditEntries(ctx context.Context, from uint64, fn func(post.AuditEntry) error) error
	// VerifyAudit checks the whole chain (numbering, links, hashes, the
	// head, and every post against the entry that last wrote it) and
	// returns the first break, or nil and the number of entries checked.
	VerifyAudit(ctx context.Context) (*AuditBreak, uint64, error)
}

// Sessions keeps web sign-in sessions by token; only a hash of the token
// is stored.
type Sessions interface {
	CreateSession(ctx context.Context, token string, s Session) error
	// Session returns a live session, or post.ENotFound when unknown or
	// expired (by the store's clock).
	Session(ctx context.Context, token string) (*Session, error)
	DeleteSession(ctx context.Context, token string) error
	// PruneSessions deletes expired sessions and says how many.
	PruneSessions(ctx context.Context) (int, error)
}

// APITokens keeps the CLI's and scripts' tokens; only a hash is stored.
type APITokens interface {
	// CreateAPIToken stores t under token and audits it.
	CreateAPIToken(ctx context.Context, token string, t APIToken, actor string) error
	// APITokenFor returns the token's record, or post.ENotFound.
	APITokenFor(ctx context.Context, token string) (*APIToken, error)
	// APITokens lists a user's tokens (everyone's when user is empty).
	APITokens(ctx context.Context, user string) ([]APIToken, error)
	// DeleteAPIToken removes the token with id and audits it; unknown is
	// post.ENotFound.
	DeleteAPIToken(ctx context.Context, id, actor string) error
}

// Secrets keeps platform logins encrypted at rest (AES-256-GCM with the
// name as additional data, so a value moved to another name does not open).
type Secrets interface {
	SaveSecret(ctx context.Context, name string, value []byte) error
	// LoadSecret returns the value, or nil and no error when unset.
	LoadSecret(ctx context.Context, name string) ([]byte, error)
	// TakeSecret loads and deletes in one transaction: of two callers,
	// one gets the value (one-time OAuth state).
	TakeSecret(ctx context.Context, name string) ([]byte, error)
	// SecretNames lists the names starting with prefix, in order.
	SecretNames(ctx context.Context, prefix string) ([]string, error)
	DeleteSecret(ctx context.Context, name string) error
}

// MediaStore keeps uploaded images, cleaned of metadata and named by the
// SHA-256 of the cleaned bytes.
type MediaStore interface {
	// SaveMedia cleans and stores an image and its record; it returns the
	// record with Hash, Size, Width and Height filled in. Saving the same
	// image again keeps ShowsPatient once set.
	SaveMedia(ctx context.Context, r io.Reader, m post.Media) (post.Media, error)
	// ReadMedia returns the bytes of an image, checked against its hash.
	ReadMedia(hash string) ([]byte, error)
	// WriteProbe says whether the store can take writes now.
	WriteProbe() error
}

// Revisions keeps the text a reviewer last saw, for the next review's diff.
type Revisions interface {
	SaveRevision(ctx context.Context, r Revision) error
	// LastRevision returns the post's, or nil when none was saved.
	LastRevision(ctx context.Context, postID post.ID) (*Revision, error)
}

// Engagement reads across every delivery's engagement data.
type Engagement interface {
	// EachComment calls fn for every stored comment.
	EachComment(ctx context.Context, fn func(*StoredComment) error) error
	// SnapshotCount counts stored snapshots.
	SnapshotCount(ctx context.Context) (int, error)
}

// *DB is the bbolt backend.
var _ Store = (*DB)(nil)

// CountStatuses counts the posts in each of statuses, in the order given.
func CountStatuses(r PostReader, statuses ...post.Status) ([]int, error) {
	out := make([]int, len(statuses))
	for i, st := range statuses {
		n, err := r.CountByStatus(st)
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}
