package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// Alerts lists alerts newest first; with onlyOpen, the unacknowledged.
// A record it cannot read is skipped: the others are returned with a
// *store.UnreadableError naming it.
func (db *DB) Alerts(ctx context.Context, onlyOpen bool) ([]store.Alert, error) {
	return db.listAlerts(ctx, `SELECT id, data FROM alerts WHERE open OR NOT $1 ORDER BY id DESC`, onlyOpen)
}

// UnsentAlerts lists the alerts still marked unsent, oldest first,
// acknowledged ones included, through the partial index on unsent: the
// resend at start reads those, not every alert ever stored. A record it
// cannot read is skipped as in Alerts.
func (db *DB) UnsentAlerts(ctx context.Context) ([]store.Alert, error) {
	return db.listAlerts(ctx, `SELECT id, data FROM alerts WHERE unsent ORDER BY id`)
}

// listAlerts decodes the alerts query selects (id, data): a record it
// cannot decode is skipped and named in the *store.UnreadableError
// returned beside the others.
func (db *DB) listAlerts(ctx context.Context, query string, args ...any) ([]store.Alert, error) {
	var (
		out []store.Alert
		bad *store.UnreadableError
	)
	err := db.view(ctx, func(t *pgTx) error {
		out, bad = nil, nil
		rows, err := collect(t, scanKeyed, query, args...)
		if err != nil {
			return err
		}
		for _, r := range rows {
			var a store.Alert
			if err := json.Unmarshal(r.data, &a); err != nil {
				bad = bad.Skip("alert", r.key, err)
				continue
			}
			out = append(out, a)
		}
		return nil
	})
	if err == nil && bad != nil {
		err = bad
	}
	return out, err
}

// keyed is a record's key and its stored bytes.
type keyed struct {
	key  string
	data []byte
}

func scanKeyed(rows pgx.Rows) (keyed, error) {
	var k keyed
	err := rows.Scan(&k.key, &k.data)
	return k, err
}

// AckAlert acknowledges an open alert and audits it.
func (db *DB) AckAlert(ctx context.Context, id post.ID, by string) (*store.Alert, error) {
	if by == "" {
		return nil, post.Errorf(post.EInvalid, "say who acknowledges the alert")
	}
	var a store.Alert
	err := db.update(ctx, func(t *pgTx) error {
		ok, err := t.getJSON(&a, "alert "+id, `SELECT data FROM alerts WHERE id = $1`, id)
		if err != nil {
			return err
		}
		if !ok {
			return post.Errorf(post.ENotFound, "no alert with id %q", id)
		}
		if a.Acknowledged {
			return post.Errorf(post.EConflict, "alert %s was already acknowledged by %s", id, a.AckBy)
		}
		a.Acknowledged, a.AckBy, a.AckAt = true, by, t.now
		b, err := encode("alert", &a)
		if err != nil {
			return err
		}
		if err := t.exec(`UPDATE alerts SET open = false, data = $2 WHERE id = $1`, a.ID, b); err != nil {
			return fmt.Errorf("store: ack alert: %w", err)
		}
		_, err = t.AppendAudit(store.Audit{Actor: by, Action: "alert.ack", Subject: "alert:" + a.ID, Detail: a.Kind})
		return err
	})
	if err != nil {
		return nil, err
	}
	return &a, nil
}

// AlertKinds counts open alerts by kind.
func (db *DB) AlertKinds(ctx context.Context) (map[string]int, error) {
	out := map[string]int{}
	err := db.view(ctx, func(t *pgTx) error {
		type count struct {
			kind string
			n    int
		}
		counts, err := collect(t, func(rows pgx.Rows) (count, error) {
			var c count
			err := rows.Scan(&c.kind, &c.n)
			return c, err
		}, `SELECT kind, count(*) FROM alerts WHERE open GROUP BY kind`)
		for _, c := range counts {
			out[c.kind] = c.n
		}
		return err
	})
	return out, err
}

// CreateSession stores a new session for token.
func (db *DB) CreateSession(ctx context.Context, token string, s store.Session) error {
	b, err := encode("session", s)
	if err != nil {
		return err
	}
	return db.update(ctx, func(t *pgTx) error {
		return t.exec(`INSERT INTO sessions (key, user_name, expires, data) VALUES ($1, $2, $3, $4)
ON CONFLICT (key) DO UPDATE SET user_name = excluded.user_name, expires = excluded.expires, data = excluded.data`,
			store.TokenKey(token), s.User, s.Expires, b)
	})
}

// Session returns a live session, or post.ENotFound when unknown or
// expired by the store's clock.
func (db *DB) Session(ctx context.Context, token string) (*store.Session, error) {
	var s store.Session
	var ok bool
	err := db.view(ctx, func(t *pgTx) error {
		var err error
		ok, err = t.getJSON(&s, "a session", `SELECT data FROM sessions WHERE key = $1`, store.TokenKey(token))
		return err
	})
	if err != nil {
		return nil, err
	}
	if !ok || !db.now().Before(s.Expires) {
		return nil, post.Errorf(post.ENotFound, "no such session")
	}
	return &s, nil
}

// DeleteSession removes token's session; a missing one is fine.
func (db *DB) DeleteSession(ctx context.Context, token string) error {
	return db.update(ctx, func(t *pgTx) error {
		return t.exec(`DELETE FROM sessions WHERE key = $1`, store.TokenKey(token))
	})
}

// PruneSessions deletes expired sessions and says how many.
func (db *DB) PruneSessions(ctx context.Context) (int, error) {
	var n int
	err := db.update(ctx, func(t *pgTx) error {
		tag, err := t.tx.Exec(t.ctx, `DELETE FROM sessions WHERE expires <= $1`, db.now())
		n = int(tag.RowsAffected())
		return err
	})
	return n, err
}

// CreateAPIToken stores t under token and audits it (never the token).
func (db *DB) CreateAPIToken(ctx context.Context, token string, tok store.APIToken, actor string) error {
	b, err := encode("API token", tok)
	if err != nil {
		return err
	}
	return db.update(ctx, func(t *pgTx) error {
		if err := t.exec(`INSERT INTO apitokens (key, id, user_name, data) VALUES ($1, $2, $3, $4)
ON CONFLICT (key) DO UPDATE SET id = excluded.id, user_name = excluded.user_name, data = excluded.data`,
			store.TokenKey(token), tok.ID, tok.User, b); err != nil {
			return fmt.Errorf("store: put API token: %w", err)
		}
		_, err := t.AppendAudit(store.Audit{Actor: actor, Action: "apitoken.create", Subject: tok.User, Detail: "token " + tok.ID})
		return err
	})
}

// APITokenFor returns the token's record, or post.ENotFound.
func (db *DB) APITokenFor(ctx context.Context, token string) (*store.APIToken, error) {
	var tok store.APIToken
	var ok bool
	err := db.view(ctx, func(t *pgTx) error {
		var err error
		ok, err = t.getJSON(&tok, "an API token", `SELECT data FROM apitokens WHERE key = $1`, store.TokenKey(token))
		return err
	})
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, post.Errorf(post.ENotFound, "no such API token")
	}
	return &tok, nil
}

// APITokens lists a user's tokens (everyone's when user is empty), in the
// order of their stored keys, as bbolt lists them.
func (db *DB) APITokens(ctx context.Context, user string) ([]store.APIToken, error) {
	var out []store.APIToken
	err := db.view(ctx, func(t *pgTx) error {
		var err error
		out, err = eachJSON[store.APIToken](t, "an API token", `SELECT data FROM apitokens WHERE $1 = '' OR user_name = $1 ORDER BY key`, user)
		return err
	})
	return out, err
}

// DeleteAPIToken removes the token with id and audits it.
func (db *DB) DeleteAPIToken(ctx context.Context, id, actor string) error {
	return db.update(ctx, func(t *pgTx) error {
		var owner string
		err := t.tx.QueryRow(t.ctx, `DELETE FROM apitokens WHERE id = $1 RETURNING user_name`, id).Scan(&owner)
		if errors.Is(err, pgx.ErrNoRows) {
			return post.Errorf(post.ENotFound, "no API token with id %q", id)
		}
		if err != nil {
			return fmt.Errorf("store: delete API token: %w", err)
		}
		_, err = t.AppendAudit(store.Audit{Actor: actor, Action: "apitoken.revoke", Subject: owner, Detail: "token " + id})
		return err
	})
}

// SaveSecret seals value with the key file's key (store.SealSecret) and
// stores it under name.
func (db *DB) SaveSecret(ctx context.Context, name string, value []byte) error {
	sealed, err := store.SealSecret(db.key, name, value)
	if err != nil {
		return err
	}
	return db.update(ctx, func(t *pgTx) error {
		return t.exec(`INSERT INTO secrets (name, sealed) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET sealed = excluded.sealed`, name, sealed)
	})
}

// LoadSecret returns the value, or nil and no error when unset.
func (db *DB) LoadSecret(ctx context.Context, name string) ([]byte, error) {
	var sealed []byte
	err := db.view(ctx, func(t *pgTx) error {
		var err error
		sealed, _, err = t.getBytes(`SELECT sealed FROM secrets WHERE name = $1`, name)
		return err
	})
	if err != nil || sealed == nil {
		return nil, err
	}
	return store.OpenSecret(db.key, name, sealed)
}

// TakeSecret loads and deletes in one statement: of two callers, one gets
// the value.
func (db *DB) TakeSecret(ctx context.Context, name string) ([]byte, error) {
	var sealed []byte
	err := db.update(ctx, func(t *pgTx) error {
		var err error
		sealed, _, err = t.getBytes(`DELETE FROM secrets WHERE name = $1 RETURNING sealed`, name)
		return err
	})
	if err != nil || sealed == nil {
		return nil, err
	}
	return store.OpenSecret(db.key, name, sealed)
}

// SecretNames lists the names starting with prefix, in order.
func (db *DB) SecretNames(ctx context.Context, prefix string) ([]string, error) {
	var out []string
	err := db.view(ctx, func(t *pgTx) error {
		var err error
		out, err = collect(t, scanString, `SELECT name FROM secrets WHERE starts_with(name, $1) ORDER BY name`, prefix)
		return err
	})
	return out, err
}

// DeleteSecret removes the secret stored under name.
func (db *DB) DeleteSecret(ctx context.Context, name string) error {
	return db.update(ctx, func(t *pgTx) error {
		return t.exec(`DELETE FROM secrets WHERE name = $1`, name)
	})
}

// SaveMedia cleans an image (store.CleanUpload) and stores its record and
// bytes in one transaction. The bytes live in the database rather than in
// a folder the replicas share: every replica then sees an image the
// moment its record commits, one backup of the database holds everything,
// and nothing depends on a network file system's locking and syncing. An
// image is at most store.MaxMediaBytes, far below bytea's 1 GB.
func (db *DB) SaveMedia(ctx context.Context, r io.Reader, m post.Media) (post.Media, error) {
	clean, m, err := store.CleanUpload(r, m)
	if err != nil {
		return m, err
	}
	err = db.update(ctx, func(t *pgTx) error {
		// The same bytes uploaded again answered "no" must not clear an
		// earlier "shows a patient".
		var old post.Media
		ok, err := t.getJSON(&old, "an image record", `SELECT data FROM media WHERE hash = $1`, m.Hash)
		if err != nil {
			return err
		}
		if ok && old.ShowsPatient {
			m.ShowsPatient = true
		}
		b, err := encode("image record", m)
		if err != nil {
			return err
		}
		return t.exec(`INSERT INTO media (hash, data, content) VALUES ($1, $2, $3)
ON CONFLICT (hash) DO UPDATE SET data = excluded.data`, m.Hash, b, clean)
	})
	return m, err
}

// mediaTimeout bounds ReadMedia, which the contract gives no context.
const mediaTimeout = time.Minute

// ReadMedia returns the bytes of an image, checked against its hash.
func (db *DB) ReadMedia(hash string) ([]byte, error) {
	if !store.ValidMediaHash(hash) {
		return nil, post.Errorf(post.EInvalid, "%.20q is not an image id (64 hex characters)", hash)
	}
	ctx, cancel := context.WithTimeout(context.Background(), mediaTimeout)
	defer cancel()
	var b []byte
	var ok bool
	err := db.view(ctx, func(t *pgTx) error {
		var err error
		b, ok, err = t.getBytes(`SELECT content FROM media WHERE hash = $1`, hash)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: read media %s: %w", hash[:12], err)
	}
	if !ok {
		return nil, post.Errorf(post.ENotFound, "the image %s is missing from the database", hash[:12])
	}
	if err := store.CheckMediaBytes(hash, b); err != nil {
		return nil, err
	}
	return b, nil
}

// probeEvery is how often WriteProbe really writes; between, it answers
// with the last result (/healthz is open to anyone).
const probeEvery = time.Second

// WriteProbe says whether the database takes writes now: it commits a
// one-row write at most once per probeEvery. It does not wait for the
// write lock, so a long writer does not make the daemon look unhealthy.
func (db *DB) WriteProbe() error {
	db.probe.Lock()
	defer db.probe.Unlock()
	if !db.probe.at.IsZero() && time.Since(db.probe.at) < probeEvery {
		return db.probe.err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := db.pool.Exec(ctx, `INSERT INTO probe (one, at) VALUES (true, now()) ON CONFLICT (one) DO UPDATE SET at = excluded.at`)
	db.probe.err, db.probe.at = nil, time.Now()
	if err != nil {
		db.probe.err = fmt.Errorf("store: the database takes no writes: %w", err)
	}
	return db.probe.err
}

// SaveRevision keeps r as the latest reviewed text of its post.
func (db *DB) SaveRevision(ctx context.Context, r store.Revision) error {
	b, err := encode("revision", r)
	if err != nil {
		return err
	}
	return db.update(ctx, func(t *pgTx) error {
		return t.exec(`INSERT INTO revisions (post_id, data) VALUES ($1, $2) ON CONFLICT (post_id) DO UPDATE SET data = excluded.data`, r.PostID, b)
	})
}

// LastRevision returns the post's, or nil when none was saved.
func (db *DB) LastRevision(ctx context.Context, postID post.ID) (*store.Revision, error) {
	var r *store.Revision
	err := db.view(ctx, func(t *pgTx) error {
		var v store.Revision
		ok, err := t.getJSON(&v, "the revision of "+postID, `SELECT data FROM revisions WHERE post_id = $1`, postID)
		if ok && err == nil {
			r = &v
		}
		return err
	})
	return r, err
}

// commentPage is how many comments EachComment loads per query.
const commentPage = 500

// EachComment calls fn for every stored comment, in post order, a page at
// a time.
func (db *DB) EachComment(ctx context.Context, fn func(*store.StoredComment) error) error {
	return db.view(ctx, func(t *pgTx) error {
		var last *store.StoredComment
		for {
			var page []store.StoredComment
			var err error
			if last == nil {
				page, err = eachJSON[store.StoredComment](t, "a comment", `SELECT data FROM comments ORDER BY post_id, channel, remote_id LIMIT $1`, commentPage)
			} else {
				page, err = eachJSON[store.StoredComment](t, "a comment", `SELECT data FROM comments
WHERE (post_id, channel, remote_id) > ($1, $2, $3) ORDER BY post_id, channel, remote_id LIMIT $4`,
					last.PostID, last.Channel, last.Comment.RemoteID, commentPage)
			}
			if err != nil {
				return err
			}
			for i := range page {
				if err := ctx.Err(); err != nil {
					return err
				}
				if err := fn(&page[i]); err != nil {
					return err
				}
			}
			if len(page) < commentPage {
				return nil
			}
			last = &page[len(page)-1]
		}
	})
}

// SnapshotCount counts stored snapshots.
func (db *DB) SnapshotCount(ctx context.Context) (int, error) {
	var n int
	err := db.view(ctx, func(t *pgTx) error {
		return t.tx.QueryRow(t.ctx, `SELECT count(*) FROM engagement`).Scan(&n)
	})
	return n, err
}
