package postgres

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// getJSON decodes the one bytea the query returns into v; false when there
// is no row.
func (t *pgTx) getJSON(v any, what, sql string, args ...any) (bool, error) {
	b, ok, err := t.getBytes(sql, args...)
	if err != nil || !ok {
		return false, err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return true, fmt.Errorf("store: %s is not readable: %w", what, err)
	}
	return true, nil
}

func encode(what string, v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("store: encode %s: %w", what, err)
	}
	return b, nil
}

// eachJSON decodes the bytea of every row into a fresh T.
func eachJSON[T any](t *pgTx, what, sql string, args ...any) ([]T, error) {
	raws, err := collect(t, scanBytes, sql, args...)
	if err != nil {
		return nil, err
	}
	out := make([]T, len(raws))
	for i, b := range raws {
		if err := json.Unmarshal(b, &out[i]); err != nil {
			return nil, fmt.Errorf("store: %s is not readable: %w", what, err)
		}
	}
	return out, nil
}

// AddReview stores a review decision (append-only) and audits it.
func (t *pgTx) AddReview(r *post.Review) error {
	b, err := encode("review", r)
	if err != nil {
		return err
	}
	if err := t.exec(`INSERT INTO reviews (post_id, id, data) VALUES ($1, $2, $3)
ON CONFLICT (post_id, id) DO UPDATE SET data = excluded.data`, r.PostID, r.ID, b); err != nil {
		return fmt.Errorf("store: put review: %w", err)
	}
	_, err = t.AppendAudit(store.ReviewAudit(r))
	return err
}

// Reviews lists a post's review decisions, oldest first.
func (t *pgTx) Reviews(postID post.ID) ([]post.Review, error) {
	return eachJSON[post.Review](t, "a review", `SELECT data FROM reviews WHERE post_id = $1 ORDER BY id`, postID)
}

// Authorization returns the authorization with id, or ENotFound.
func (t *pgTx) Authorization(id post.ID) (*post.Authorization, error) {
	var a post.Authorization
	ok, err := t.getJSON(&a, "authorization "+id, `SELECT data FROM auths WHERE id = $1`, id)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, post.Errorf(post.ENotFound, "no patient authorization with id %q", id)
	}
	return &a, nil
}

// PutAuthorization stores an authorization and audits the change under
// its id, never the patient's name.
func (t *pgTx) PutAuthorization(a *post.Authorization, audit store.Audit) error {
	b, err := encode("authorization", a)
	if err != nil {
		return err
	}
	if err := t.exec(`INSERT INTO auths (id, data) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET data = excluded.data`, a.ID, b); err != nil {
		return fmt.Errorf("store: put authorization: %w", err)
	}
	audit.Subject = a.ID
	_, err = t.AppendAudit(audit)
	return err
}

// Authorizations lists every authorization, oldest first.
func (t *pgTx) Authorizations() ([]post.Authorization, error) {
	return eachJSON[post.Authorization](t, "an authorization", `SELECT data FROM auths ORDER BY id`)
}

// User returns the user called name, or ENotFound.
func (t *pgTx) User(name string) (*post.User, error) {
	var u post.User
	ok, err := t.getJSON(&u, "user "+name, `SELECT data FROM users WHERE name = $1`, name)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, post.Errorf(post.ENotFound, "no user called %q", name)
	}
	return &u, nil
}

// PutUser stores a user and audits it as "user:<name>".
func (t *pgTx) PutUser(u *post.User, audit store.Audit) error {
	b, err := encode("user", u)
	if err != nil {
		return err
	}
	if err := t.exec(`INSERT INTO users (name, data) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET data = excluded.data`, u.Name, b); err != nil {
		return fmt.Errorf("store: put user: %w", err)
	}
	audit.Subject = "user:" + u.Name
	_, err = t.AppendAudit(audit)
	return err
}

// Users lists every user by name.
func (t *pgTx) Users() ([]post.User, error) {
	return eachJSON[post.User](t, "a user", `SELECT data FROM users ORDER BY name`)
}

// RevokeUser deletes every session and API token of user.
func (t *pgTx) RevokeUser(user string) (sessions, tokens int, err error) {
	s, err := t.tx.Exec(t.ctx, `DELETE FROM sessions WHERE user_name = $1`, user)
	if err != nil {
		return 0, 0, fmt.Errorf("store: revoke %s: %w", user, err)
	}
	k, err := t.tx.Exec(t.ctx, `DELETE FROM apitokens WHERE user_name = $1`, user)
	if err != nil {
		return 0, 0, fmt.Errorf("store: revoke %s: %w", user, err)
	}
	return int(s.RowsAffected()), int(k.RowsAffected()), nil
}

// Setting decodes the setting key into v; false when unset.
func (t *pgTx) Setting(key string, v any) (bool, error) {
	return t.getJSON(v, "setting "+key, `SELECT data FROM settings WHERE key = $1`, key)
}

// PutSetting stores a setting and audits it as "setting:<key>".
func (t *pgTx) PutSetting(key string, v any, audit store.Audit) error {
	b, err := encode("setting", v)
	if err != nil {
		return err
	}
	if err := t.exec(`INSERT INTO settings (key, data) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET data = excluded.data`, key, b); err != nil {
		return fmt.Errorf("store: put setting %s: %w", key, err)
	}
	audit.Subject = "setting:" + key
	_, err = t.AppendAudit(audit)
	return err
}

// EmergencyStop reads the practice-wide stop (zero when never set).
func (t *pgTx) EmergencyStop() (store.EmergencyStop, error) {
	var stop store.EmergencyStop
	_, err := t.Setting(store.SettingEmergencyStop, &stop)
	return stop, err
}

// PutEmergencyStop stores the stop and audits the change.
func (t *pgTx) PutEmergencyStop(stop store.EmergencyStop, audit store.Audit) error {
	t.notifyWake()
	return t.PutSetting(store.SettingEmergencyStop, stop, audit)
}

// ChannelPause reads a channel's stored pause (zero when none).
func (t *pgTx) ChannelPause(channel string) (store.ChannelPause, error) {
	var p store.ChannelPause
	_, err := t.Setting(store.ChannelPauseKey(channel), &p)
	return p, err
}

// PutChannelPause stores a channel's pause and audits the change.
func (t *pgTx) PutChannelPause(channel string, p store.ChannelPause, audit store.Audit) error {
	t.notifyWake()
	return t.PutSetting(store.ChannelPauseKey(channel), p, audit)
}

// OpenAlert returns the unacknowledged alert of this kind about this post
// and channel, if there is one.
func (t *pgTx) OpenAlert(kind, postID, channel string) (*store.Alert, bool, error) {
	var a store.Alert
	ok, err := t.getJSON(&a, "an alert", `SELECT data FROM alerts WHERE open AND kind = $1 AND post_id = $2 AND channel = $3`, kind, postID, channel)
	if err != nil || !ok {
		return nil, false, err
	}
	return &a, true, nil
}

// PutAlert stores a unless one of the same kind, post and channel is
// still open, and reports whether it stored it.
func (t *pgTx) PutAlert(a *store.Alert) (bool, error) {
	if a.Kind == "" || a.Message == "" {
		return false, post.Errorf(post.EInvalid, "an alert needs a kind and a message")
	}
	if _, open, err := t.OpenAlert(a.Kind, a.PostID, a.Channel); err != nil || open {
		return false, err
	}
	if a.At.IsZero() {
		a.At = t.now
	}
	if a.ID == "" {
		a.ID = post.NewID(a.At)
	}
	b, err := encode("alert", a)
	if err != nil {
		return false, err
	}
	if err := t.exec(`INSERT INTO alerts (id, kind, post_id, channel, open, unsent, data) VALUES ($1, $2, $3, $4, true, $5, $6)`,
		a.ID, a.Kind, a.PostID, a.Channel, a.Unsent, b); err != nil {
		return false, fmt.Errorf("store: put alert: %w", err)
	}
	return true, nil
}

// AlertSent clears a stored alert's Unsent mark once it went out.
func (t *pgTx) AlertSent(id post.ID) error {
	var a store.Alert
	ok, err := t.getJSON(&a, "alert "+id, `SELECT data FROM alerts WHERE id = $1`, id)
	if err != nil {
		return err
	}
	if !ok {
		return post.Errorf(post.ENotFound, "no alert with id %q", id)
	}
	if !a.Unsent {
		// Not marked in the record: the column must not say otherwise.
		return t.exec(`UPDATE alerts SET unsent = false WHERE id = $1 AND unsent`, id)
	}
	a.Unsent = false
	b, err := encode("alert", &a)
	if err != nil {
		return err
	}
	if err := t.exec(`UPDATE alerts SET unsent = false, data = $2 WHERE id = $1`, a.ID, b); err != nil {
		return fmt.Errorf("store: alert sent: %w", err)
	}
	return nil
}

// PutSnapshot stores a snapshot at m.At (the transaction's time when
// zero), truncated to the second; a second one at the same second
// replaces it.
func (t *pgTx) PutSnapshot(postID post.ID, channel string, m post.Metrics) error {
	if !post.ValidID(postID) || channel == "" {
		return post.Errorf(post.EInvalid, "a snapshot needs a post id and a channel (got %q, %q)", postID, channel)
	}
	if m.At.IsZero() {
		m.At = t.now
	}
	m.At = m.At.UTC().Truncate(time.Second)
	b, err := encode("snapshot", &m)
	if err != nil {
		return err
	}
	if err := t.exec(`INSERT INTO engagement (post_id, channel, at, data) VALUES ($1, $2, $3, $4)
ON CONFLICT (post_id, channel, at) DO UPDATE SET data = excluded.data`, postID, channel, ts(m.At), b); err != nil {
		return fmt.Errorf("store: put snapshot: %w", err)
	}
	return nil
}

// LatestSnapshot returns the newest snapshot of one delivery.
func (t *pgTx) LatestSnapshot(postID post.ID, channel string) (post.Metrics, bool, error) {
	var m post.Metrics
	ok, err := t.getJSON(&m, "a snapshot", `SELECT data FROM engagement WHERE post_id = $1 AND channel = $2 ORDER BY at DESC LIMIT 1`, postID, channel)
	if err != nil || !ok {
		return post.Metrics{}, false, err
	}
	return m, true, nil
}

// EachSnapshot calls fn for a delivery's snapshots (every channel's when
// channel is empty) in time order per channel.
func (t *pgTx) EachSnapshot(postID post.ID, channel string, fn func(store.Snapshot) error) error {
	type row struct {
		channel string
		data    []byte
	}
	rows, err := collect(t, func(rows pgx.Rows) (row, error) {
		var r row
		err := rows.Scan(&r.channel, &r.data)
		return r, err
	}, `SELECT channel, data FROM engagement WHERE post_id = $1 AND ($2 = '' OR channel = $2) ORDER BY channel, at`, postID, channel)
	if err != nil {
		return err
	}
	for _, r := range rows {
		var m post.Metrics
		if err := json.Unmarshal(r.data, &m); err != nil {
			return fmt.Errorf("store: snapshot %s/%s is not readable: %w", postID, r.channel, err)
		}
		if err := fn(store.Snapshot{PostID: postID, Channel: r.channel, Metrics: m}); err != nil {
			return err
		}
	}
	return nil
}

// Collection returns a delivery's collection schedule.
func (t *pgTx) Collection(postID post.ID, channel string) (*store.Collect, bool, error) {
	var c store.Collect
	ok, err := t.getJSON(&c, "a collection schedule", `SELECT data FROM collect_state WHERE post_id = $1 AND channel = $2`, postID, channel)
	if err != nil || !ok {
		return nil, false, err
	}
	return &c, true, nil
}

// PutCollection stores the schedule, due at c.Next (never when zero).
func (t *pgTx) PutCollection(c *store.Collect) error {
	if !post.ValidID(c.PostID) || c.Channel == "" || c.RemoteID == "" {
		return post.Errorf(post.EInvalid, "collection state needs a post id, a channel and a remote id")
	}
	c.Next = c.Next.UTC().Truncate(time.Second)
	b, err := encode("collection", c)
	if err != nil {
		return err
	}
	var next *int64
	if !c.Next.IsZero() {
		n := ts(c.Next)
		next = &n
	}
	if err := t.exec(`INSERT INTO collect_state (post_id, channel, next, data) VALUES ($1, $2, $3, $4)
ON CONFLICT (post_id, channel) DO UPDATE SET next = excluded.next, data = excluded.data`, c.PostID, c.Channel, next, b); err != nil {
		return fmt.Errorf("store: put collection: %w", err)
	}
	return nil
}

// DueCollections returns up to limit schedules whose Next is at or before
// now, oldest first.
func (t *pgTx) DueCollections(now time.Time, limit int) ([]*store.Collect, error) {
	list, err := eachJSON[store.Collect](t, "a collection schedule", `SELECT data FROM collect_state
WHERE next IS NOT NULL AND next <= $1 ORDER BY next, post_id, channel LIMIT $2`, now.Unix(), max(limit, 0))
	if err != nil {
		return nil, err
	}
	out := make([]*store.Collect, len(list))
	for i := range list {
		out[i] = &list[i]
	}
	return out, nil
}

// PutComment stores a comment the first time it is seen and reports
// whether it was new; a known one is left as it is.
func (t *pgTx) PutComment(c *store.StoredComment) (bool, error) {
	if !store.ValidComment(c) {
		return false, post.Errorf(post.EInvalid, "a comment needs a post id (a review none), a channel and a remote id")
	}
	var known bool
	if err := t.tx.QueryRow(t.ctx, `SELECT EXISTS (SELECT 1 FROM comments WHERE post_id = $1 AND channel = $2 AND remote_id = $3)`,
		c.PostID, c.Channel, c.Comment.RemoteID).Scan(&known); err != nil {
		return false, fmt.Errorf("store: postgres: %w", err)
	}
	if known {
		return false, nil
	}
	if c.FetchedAt.IsZero() {
		c.FetchedAt = t.now
	}
	return true, t.putComment(c)
}

func (t *pgTx) putComment(c *store.StoredComment) error {
	b, err := encode("comment", c)
	if err != nil {
		return err
	}
	if err := t.exec(`INSERT INTO comments (post_id, channel, remote_id, data) VALUES ($1, $2, $3, $4)
ON CONFLICT (post_id, channel, remote_id) DO UPDATE SET data = excluded.data`, c.PostID, c.Channel, c.Comment.RemoteID, b); err != nil {
		return fmt.Errorf("store: put comment: %w", err)
	}
	return nil
}

// Comment returns one, or post.ENotFound.
func (t *pgTx) Comment(postID post.ID, channel, remoteID string) (*store.StoredComment, error) {
	var c store.StoredComment
	ok, err := t.getJSON(&c, "a comment", `SELECT data FROM comments WHERE post_id = $1 AND channel = $2 AND remote_id = $3`, postID, channel, remoteID)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, post.Errorf(post.ENotFound, "no comment %q on post %s in channel %s", remoteID, postID, channel)
	}
	return &c, nil
}

// LinkReply records the post that answers a comment.
func (t *pgTx) LinkReply(postID post.ID, channel, remoteID string, reply post.ID) error {
	c, err := t.Comment(postID, channel, remoteID)
	if err != nil {
		return err
	}
	c.ReplyPostID = reply
	return t.putComment(c)
}

// PostComments calls fn for a post's comments (one channel's when channel
// is set), by channel and remote id.
func (t *pgTx) PostComments(postID post.ID, channel string, fn func(*store.StoredComment) error) error {
	list, err := eachJSON[store.StoredComment](t, "a comment", `SELECT data FROM comments
WHERE post_id = $1 AND ($2 = '' OR channel = $2) ORDER BY channel, remote_id`, postID, channel)
	if err != nil {
		return err
	}
	for i := range list {
		if err := fn(&list[i]); err != nil {
			return err
		}
	}
	return nil
}

// Import returns the record of an earlier import of the file with hash id.
func (t *pgTx) Import(id string) (*store.ImportRecord, bool, error) {
	var r store.ImportRecord
	ok, err := t.getJSON(&r, "an import record", `SELECT data FROM imports WHERE id = $1`, id)
	if err != nil || !ok {
		return nil, false, err
	}
	return &r, true, nil
}

// PutImport records an import.
func (t *pgTx) PutImport(r store.ImportRecord) error {
	b, err := encode("import record", r)
	if err != nil {
		return err
	}
	if err := t.exec(`INSERT INTO imports (id, data) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET data = excluded.data`, r.ID, b); err != nil {
		return fmt.Errorf("store: put import: %w", err)
	}
	return nil
}

// Media returns the record of an image by its hash.
func (t *pgTx) Media(hash string) (*post.Media, error) {
	if !store.ValidMediaHash(hash) {
		return nil, post.Errorf(post.EInvalid, "%.20q is not an image id (64 hex characters)", hash)
	}
	var m post.Media
	ok, err := t.getJSON(&m, "an image record", `SELECT data FROM media WHERE hash = $1`, hash)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, post.Errorf(post.ENotFound, "no image %s", hash[:12])
	}
	return &m, nil
}
