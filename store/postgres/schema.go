package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// migrations are applied in order, each in the transaction that records it
// in schema_version, and never edited once released: a schema change is a
// new entry at the end (the same discipline as store/migrate.go).
//
// Records are kept as the JSON bbolt keeps (bytea, not jsonb: jsonb
// reorders keys and drops whitespace, and `practicepost migrate` copies
// records byte for byte, so an export from either backend is the same).
// The columns beside the JSON are what the queries select and order by;
// they are written from the record in the same statement. Keys that bbolt
// orders by bytes are text COLLATE "C", which orders by bytes too.
var migrations = []migration{
	// 1: the initial layout.
	{sql: `
CREATE TABLE meta (
	key   text COLLATE "C" PRIMARY KEY,
	value bytea NOT NULL
);
CREATE TABLE posts (
	id               text COLLATE "C" PRIMARY KEY,
	version          bigint NOT NULL,
	status           text COLLATE "C" NOT NULL,
	authorization_id text COLLATE "C",
	evergreen        boolean NOT NULL,
	data             bytea NOT NULL
);
CREATE INDEX posts_status ON posts (status, id);
CREATE INDEX posts_authorization ON posts (authorization_id, id) WHERE authorization_id IS NOT NULL;
CREATE INDEX posts_evergreen ON posts (id) WHERE evergreen;
-- Every delivery with a time (calendar views); at is Unix seconds.
CREATE TABLE timeline (
	at       bigint NOT NULL,
	post_id  text COLLATE "C" NOT NULL,
	channel  text COLLATE "C" NOT NULL,
	status   text NOT NULL,
	delivery text NOT NULL,
	snippet  text NOT NULL,
	tags     text[],
	PRIMARY KEY (at, post_id, channel)
);
CREATE INDEX timeline_post ON timeline (post_id);
-- Deliveries the scheduler must act on at at.
CREATE TABLE due (
	at      bigint NOT NULL,
	post_id text COLLATE "C" NOT NULL,
	channel text COLLATE "C" NOT NULL,
	PRIMARY KEY (at, post_id, channel)
);
CREATE INDEX due_post ON due (post_id);
CREATE TABLE reviews (
	post_id text COLLATE "C" NOT NULL,
	id      text COLLATE "C" NOT NULL,
	data    bytea NOT NULL,
	PRIMARY KEY (post_id, id)
);
CREATE TABLE auths (
	id   text COLLATE "C" PRIMARY KEY,
	data bytea NOT NULL
);
-- The hash-chained trail: entry is the JSON exactly as written, which is
-- what its hash (and the legacy hash of entries copied from old bbolt
-- databases) covers.
CREATE TABLE audit (
	seq   bigint PRIMARY KEY,
	entry bytea NOT NULL
);
-- The newest entry, kept apart so entries cut off the end are found.
CREATE TABLE audit_head (
	one  boolean PRIMARY KEY CHECK (one),
	seq  bigint NOT NULL,
	hash text NOT NULL
);
-- The entry that last wrote each post, for VerifyAudit's cross-check.
CREATE TABLE audit_last (
	post_id text COLLATE "C" PRIMARY KEY,
	seq     bigint NOT NULL
);
CREATE TABLE users (
	name text COLLATE "C" PRIMARY KEY,
	data bytea NOT NULL
);
-- Sessions and API tokens are stored under the SHA-256 of the token.
CREATE TABLE sessions (
	key       bytea PRIMARY KEY,
	user_name text NOT NULL,
	expires   timestamptz NOT NULL,
	data      bytea NOT NULL
);
CREATE TABLE apitokens (
	key       bytea PRIMARY KEY,
	id        text NOT NULL,
	user_name text NOT NULL,
	data      bytea NOT NULL
);
CREATE INDEX apitokens_id ON apitokens (id);
-- AES-256-GCM sealed (nonce || ciphertext), the name as additional data.
CREATE TABLE secrets (
	name   text COLLATE "C" PRIMARY KEY,
	sealed bytea NOT NULL
);
-- Images: the record and the cleaned bytes, named by their SHA-256.
CREATE TABLE media (
	hash    text COLLATE "C" PRIMARY KEY,
	data    bytea NOT NULL,
	content bytea NOT NULL
);
CREATE TABLE settings (
	key  text COLLATE "C" PRIMARY KEY,
	data bytea NOT NULL
);
-- One open (unacknowledged) alert per kind, post and channel.
CREATE TABLE alerts (
	id      text COLLATE "C" PRIMARY KEY,
	kind    text NOT NULL,
	post_id text NOT NULL,
	channel text NOT NULL,
	open    boolean NOT NULL,
	data    bytea NOT NULL
);
CREATE UNIQUE INDEX alerts_open ON alerts (kind, post_id, channel) WHERE open;
CREATE TABLE engagement (
	post_id text COLLATE "C" NOT NULL,
	channel text COLLATE "C" NOT NULL,
	at      bigint NOT NULL,
	data    bytea NOT NULL,
	PRIMARY KEY (post_id, channel, at)
);
CREATE TABLE comments (
	post_id   text COLLATE "C" NOT NULL,
	channel   text COLLATE "C" NOT NULL,
	remote_id text COLLATE "C" NOT NULL,
	data      bytea NOT NULL,
	PRIMARY KEY (post_id, channel, remote_id)
);
-- Engagement collection: each delivery's schedule, next due at next.
CREATE TABLE collect_state (
	post_id text COLLATE "C" NOT NULL,
	channel text COLLATE "C" NOT NULL,
	next    bigint,
	data    bytea NOT NULL,
	PRIMARY KEY (post_id, channel)
);
CREATE INDEX collect_due ON collect_state (next, post_id, channel) WHERE next IS NOT NULL;
CREATE TABLE revisions (
	post_id text COLLATE "C" PRIMARY KEY,
	data    bytea NOT NULL
);
CREATE TABLE evergreen_use (
	post_id text COLLATE "C" PRIMARY KEY,
	at      bigint NOT NULL
);
CREATE TABLE imports (
	id   text COLLATE "C" PRIMARY KEY,
	data bytea NOT NULL
);
-- WriteProbe's row.
CREATE TABLE probe (
	one boolean PRIMARY KEY CHECK (one),
	at  timestamptz NOT NULL
);
`},
	// 2: periodic jobs' runs, one row per job and window, so replicas that
	// all fire a job run each window once (RunJob).
	{sql: `
CREATE TABLE job_runs (
	name       text NOT NULL,
	run_window timestamptz NOT NULL,
	started    timestamptz NOT NULL,
	PRIMARY KEY (name, run_window)
);
`},
	// 3: posts may carry a post type and details per channel
	// (post.Post.Topics: a Google event's title and dates, its button) and
	// per-channel options (post.Post.Options: Mastodon's content warning),
	// as bbolt's schema 6 says. Nothing
	// stored changes: the records are the JSON either backend keeps. The
	// version says a build from before would not understand them: it would
	// drop them when it rewrote a post and publish a plain update instead
	// of the event a doctor approved, so it refuses the database instead.
	{sql: `SELECT 1`},
	// 4: a window's run may fail and be tried again, a bounded number of
	// times, by any replica (RunJob): each row says how the window stands
	// and how many attempts it took. A row from before ran, as far as
	// that build knew.
	{sql: `
ALTER TABLE job_runs
	ADD COLUMN state text NOT NULL DEFAULT 'done' CHECK (state IN ('running', 'done', 'failed')),
	ADD COLUMN attempts integer NOT NULL DEFAULT 1;
ALTER TABLE job_runs ALTER COLUMN state DROP DEFAULT, ALTER COLUMN attempts DROP DEFAULT;
`},
	// 5: the timeline keeps each entry as the key and encoded value bbolt
	// keeps (store.TimelineKey, store.EncodeEntry), so a month view reads
	// one range of the primary key and decodes two byte strings per entry;
	// decoding seven columns (a text array among them) per entry made the
	// month view several times slower. The rows are derived from the posts,
	// so the new table is filled from them (rebuildTimeline).
	{sql: `
DROP TABLE timeline;
CREATE TABLE timeline (
	key     bytea PRIMARY KEY,
	post_id text COLLATE "C" NOT NULL,
	entry   bytea NOT NULL
);
CREATE INDEX timeline_post ON timeline (post_id);
`, then: rebuildTimeline},
	// 6: the database's id, which its backups carry: a replica's copy of
	// the audit head (HeadFileName) is compared only with the database
	// it was written for, or with a copy of it put back.
	{sql: `INSERT INTO meta (key, value) VALUES ('database_id', convert_to(gen_random_uuid()::text, 'UTF8')) ON CONFLICT (key) DO NOTHING`},
	// 7: what the preview channel "publishes", kept here so every replica
	// lists the same records (channels.KeptStore); a folder per machine
	// showed each replica only its own. Not practice records: not audited,
	// not in a dump, not copied by migrate.
	{sql: `
CREATE TABLE kept (
	channel text COLLATE "C" NOT NULL,
	id      text COLLATE "C" NOT NULL,
	data    bytea NOT NULL,
	PRIMARY KEY (channel, id)
);
`},
	// 8: sign-in attempts by client address and by account, kept here so
	// every replica counts the same guesses (LoginAttempts); a count per
	// process gave N replicas N times the guesses. Not practice records:
	// not audited, not in a dump, not copied by migrate.
	{sql: `
CREATE TABLE login_attempts (
	key     text COLLATE "C" PRIMARY KEY,
	times   timestamptz[] NOT NULL,
	expires timestamptz NOT NULL
);
CREATE INDEX login_attempts_expires ON login_attempts (expires);
`},
	// 9: whether an alert is still to be sent by mail or webhook (its
	// Unsent mark), with a partial index, so the resend at start and the
	// retry pass read those alerts only, not every alert ever stored (as
	// bbolt's schema 7). The column is filled from the records: encoding/json
	// writes the key with no space and escapes a quote inside a message,
	// so the bytes "unsent":true appear only as the mark itself, and a torn
	// record does not stop the migration.
	{sql: `
ALTER TABLE alerts ADD COLUMN unsent boolean NOT NULL DEFAULT false;
UPDATE alerts SET unsent = true WHERE position(convert_to('"unsent":true', 'UTF8') in data) > 0;
ALTER TABLE alerts ALTER COLUMN unsent DROP DEFAULT;
CREATE INDEX alerts_unsent ON alerts (id) WHERE unsent;
`},
}

// migration is one schema step: its SQL, then, when the step must derive
// rows from records, then in the same transaction.
type migration struct {
	sql  string
	then func(context.Context, pgx.Tx) error
}

// rebuildTimeline fills the timeline from every post, a page of posts at
// a time.
func rebuildTimeline(ctx context.Context, tx pgx.Tx) error {
	after := ""
	for {
		rows, err := tx.Query(ctx, `SELECT id, data FROM posts WHERE id > $1 ORDER BY id LIMIT $2`, after, eachPostPage)
		if err != nil {
			return fmt.Errorf("store: rebuild the timeline: %w", err)
		}
		var entries [][]any
		n := 0
		for rows.Next() {
			var b []byte
			if err := rows.Scan(&after, &b); err != nil {
				rows.Close()
				return fmt.Errorf("store: rebuild the timeline: %w", err)
			}
			n++
			p, err := decodePost(after, b)
			if err != nil {
				rows.Close()
				return err
			}
			for _, e := range store.TimelineOf(p) {
				entries = append(entries, []any{store.TimelineKey(e), p.ID, store.EncodeEntry(e)})
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("store: rebuild the timeline: %w", err)
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"timeline"}, []string{"key", "post_id", "entry"}, pgx.CopyFromRows(entries)); err != nil {
			return fmt.Errorf("store: rebuild the timeline: %w", err)
		}
		if n < eachPostPage {
			return nil
		}
	}
}

// SchemaVersion is the layout this build writes.
var SchemaVersion = len(migrations)

// migrate brings the database to SchemaVersion under the write lock, so
// replicas starting together migrate once.
func (db *DB) migrate(ctx context.Context) error {
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx)) //nolint:errcheck // a no-op after Commit
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", WriteLock); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
	version    integer PRIMARY KEY,
	applied_at timestamptz NOT NULL DEFAULT now()
)`); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	have, err := schemaOf(ctx, tx)
	if err != nil {
		return err
	}
	if have > SchemaVersion {
		return newerSchema(have)
	}
	if have > 0 && have < SchemaVersion {
		// Replicas serving now checked the schema when they started and
		// go on writing the layout they know: an upgrade under them would
		// mix two. Their serving mark (HoldServing) says they are there;
		// this transaction holds it against them until it commits.
		var alone bool
		if err := tx.QueryRow(ctx, `SELECT pg_try_advisory_xact_lock($1)`, servingLock).Scan(&alone); err != nil {
			return fmt.Errorf("store: migrate: %w", err)
		}
		if !alone {
			return post.Errorf(post.ELocked, "practicepost daemons serve from this database at schema version %d; this practicepost upgrades it to %d, "+
				"which they do not understand: stop every replica (or `practicepost migrate`), then start this version", have, SchemaVersion)
		}
	}
	for v := have; v < SchemaVersion; v++ {
		m := migrations[v]
		if _, err := tx.Exec(ctx, m.sql); err != nil {
			return fmt.Errorf("store: migration %d: %w", v+1, err)
		}
		if m.then != nil {
			if err := m.then(ctx, tx); err != nil {
				return fmt.Errorf("store: migration %d: %w", v+1, err)
			}
		}
		if _, err := tx.Exec(ctx, "INSERT INTO schema_version (version) VALUES ($1)", v+1); err != nil {
			return fmt.Errorf("store: migration %d: %w", v+1, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	return nil
}

// newerSchema is the refusal of a database a newer build wrote.
func newerSchema(have int) error {
	return post.Errorf(post.EConflict, "the database is schema version %d, written by a newer practicepost; this one understands schema %d and will not touch it. "+
		"Run the newer practicepost again", have, SchemaVersion)
}

// checkSchema refuses, without changing anything, a database this build
// cannot read as it is: one written by a newer build, or one at an older
// schema (serve upgrades it; a read-only open may not).
func (db *DB) checkSchema(ctx context.Context) error {
	var exists bool
	if err := db.pool.QueryRow(ctx, `SELECT to_regclass('schema_version') IS NOT NULL`).Scan(&exists); err != nil {
		return fmt.Errorf("store: schema version: %w", err)
	}
	have := 0
	if exists {
		var err error
		if have, err = schemaOf(ctx, db.pool); err != nil {
			return err
		}
	}
	switch {
	case have > SchemaVersion:
		return newerSchema(have)
	case have == 0:
		return post.Errorf(post.ENotFound, "the database holds no practicepost schema: create it with `practicepost init --config FILE`")
	case have < SchemaVersion:
		return post.Errorf(post.EConflict, "the database is schema %d and needs upgrading to %d: practicepost serve (or init) upgrades it when it starts", have, SchemaVersion)
	}
	return nil
}

// schemaOf reads the newest applied migration (0: none).
func schemaOf(ctx context.Context, q interface {
	QueryRow(context.Context, string, ...any) pgx.Row
},
) (int, error) {
	var have int
	err := q.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM schema_version").Scan(&have)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("store: schema version: %w", err)
	}
	return have, nil
}
