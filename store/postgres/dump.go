package postgres

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// dumpQueries select each dump table (store.DumpTables) as bbolt keys
// and values: the key is built in SQL as the bytes bbolt's key would be
// (int8send is 8 big-endian bytes, as bbolt's sequence and time keys),
// and ORDER BY 1 sorts by those bytes, bbolt's order.
var dumpQueries = map[string]string{
	"meta": `SELECT convert_to('audit_head', 'UTF8'), int8send(seq) || convert_to(hash, 'UTF8') FROM audit_head
UNION ALL SELECT convert_to('import/' || id, 'UTF8'), data FROM imports ORDER BY 1`,
	"posts":            `SELECT convert_to(id, 'UTF8'), data FROM posts ORDER BY 1`,
	"reviews":          `SELECT convert_to(post_id || id, 'UTF8'), data FROM reviews ORDER BY 1`,
	"auths":            `SELECT convert_to(id, 'UTF8'), data FROM auths ORDER BY 1`,
	"audit":            `SELECT int8send(seq), entry FROM audit ORDER BY seq`,
	"auditlast":        `SELECT convert_to(post_id, 'UTF8'), int8send(seq) FROM audit_last ORDER BY 1`,
	"users":            `SELECT convert_to(name, 'UTF8'), data FROM users ORDER BY 1`,
	"sessions":         `SELECT key, data FROM sessions ORDER BY 1`,
	"apitokens":        `SELECT key, data FROM apitokens ORDER BY 1`,
	"secrets":          `SELECT convert_to(name, 'UTF8'), sealed FROM secrets ORDER BY 1`,
	"media":            `SELECT convert_to(hash, 'UTF8'), data FROM media ORDER BY 1`,
	store.MediaContent: `SELECT convert_to(hash, 'UTF8'), content FROM media ORDER BY 1`,
	"settings":         `SELECT convert_to(key, 'UTF8'), data FROM settings ORDER BY 1`,
	"alerts":           `SELECT convert_to(id, 'UTF8'), data FROM alerts ORDER BY 1`,
	"engagement":       `SELECT convert_to(post_id || channel, 'UTF8') || int8send(at), data FROM engagement ORDER BY 1`,
	"comments": `SELECT convert_to(post_id || channel, 'UTF8') || '\x00'::bytea || convert_to(remote_id, 'UTF8'), data
FROM comments ORDER BY 1`,
	"collectstate": `SELECT convert_to(post_id || channel, 'UTF8'), data FROM collect_state ORDER BY 1`,
	"revisions":    `SELECT convert_to(post_id, 'UTF8'), data FROM revisions ORDER BY 1`,
	"evergreenuse": `SELECT convert_to(post_id, 'UTF8'), int8send(at) FROM evergreen_use ORDER BY 1`,
}

// Dump writes the store's dump (store.Dumper) from one snapshot. fn runs
// while a table's rows stream in, so it must not use this store.
func (db *DB) Dump(ctx context.Context, fn func(store.Record) error) error {
	return db.view(ctx, func(t *pgTx) error {
		for _, table := range store.DumpTables {
			sql, ok := dumpQueries[table]
			if !ok {
				return fmt.Errorf("store: dump: no query for table %s", table)
			}
			if err := t.dumpTable(table, sql, fn); err != nil {
				return err
			}
		}
		return nil
	})
}

func (t *pgTx) dumpTable(table, sql string, fn func(store.Record) error) error {
	rows, err := t.tx.Query(t.ctx, sql)
	if err != nil {
		return fmt.Errorf("store: dump %s: %w", table, err)
	}
	defer rows.Close()
	for rows.Next() {
		r := store.Record{Table: table}
		if err := rows.Scan(&r.Key, &r.Value); err != nil {
			return fmt.Errorf("store: dump %s: %w", table, err)
		}
		if table == store.MediaContent {
			if err := store.CheckMediaBytes(string(r.Key), r.Value); err != nil {
				return err
			}
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: dump %s: %w", table, err)
	}
	return nil
}

// loadBatch is how many records Load sends per round trip.
const loadBatch = 500

// loadBatchBytes bounds the bytes of the records Load sends per round
// trip: pgx holds a batch's arguments and then its encoding in memory.
const loadBatchBytes = 8 << 20

// Load fills an empty database with a dump (store.Loader) in one
// transaction under the write lock: each record into its table with the
// columns beside it taken from the record, the timeline and due rows from
// each post.
func (db *DB) Load(ctx context.Context, records func(fn func(store.Record) error) error) error {
	return db.update(ctx, func(t *pgTx) error {
		held, err := holdsPractice(t.ctx, t.tx)
		if err != nil {
			return fmt.Errorf("store: load: %w", err)
		}
		if held {
			return post.Errorf(post.EConflict, "the Postgres database already holds posts, users or an audit trail; load into an empty one")
		}
		batch := &pgx.Batch{}
		queued := 0 // bytes of the records in batch
		flush := func() error {
			if batch.Len() == 0 {
				return nil
			}
			err := t.tx.SendBatch(t.ctx, batch).Close()
			batch, queued = &pgx.Batch{}, 0
			if err != nil {
				return fmt.Errorf("store: load: %w", err)
			}
			return nil
		}
		err = records(func(r store.Record) error {
			if err := queueRecord(batch, r); err != nil {
				return err
			}
			// Images are up to 10 MiB each: 500 of them would be gigabytes
			// held, and encoded again, before one was sent.
			queued += len(r.Key) + len(r.Value)
			if batch.Len() >= loadBatch || queued >= loadBatchBytes {
				return flush()
			}
			return nil
		})
		if err != nil {
			return err
		}
		return flush()
	})
}

// queueRecord queues the statements that store one dump record.
func queueRecord(b *pgx.Batch, r store.Record) error {
	k, v := r.Key, r.Value
	bad := func(why string) error { return fmt.Errorf("store: load: %s record %q: %s", r.Table, k, why) }
	const idLen = 26
	switch r.Table {
	case "meta":
		switch key := string(k); {
		case key == "audit_head" && len(v) > 8:
			b.Queue(`INSERT INTO audit_head (one, seq, hash) VALUES (true, $1, $2)`, int64(binary.BigEndian.Uint64(v[:8])), string(v[8:]))
		case len(key) > len("import/") && key[:len("import/")] == "import/":
			b.Queue(`INSERT INTO imports (id, data) VALUES ($1, $2)`, key[len("import/"):], v)
		default:
			return bad("not an audit head or an import")
		}
	case "posts":
		var p post.Post
		if err := json.Unmarshal(v, &p); err != nil || p.ID != string(k) {
			return bad("not the post it is filed under")
		}
		queuePost(b, &p, v)
	case "reviews":
		if len(k) <= idLen {
			return bad("too short")
		}
		b.Queue(`INSERT INTO reviews (post_id, id, data) VALUES ($1, $2, $3)`, string(k[:idLen]), string(k[idLen:]), v)
	case "auths":
		b.Queue(`INSERT INTO auths (id, data) VALUES ($1, $2)`, string(k), v)
	case "audit":
		if len(k) != 8 {
			return bad("not a sequence number")
		}
		b.Queue(`INSERT INTO audit (seq, entry) VALUES ($1, $2)`, int64(binary.BigEndian.Uint64(k)), v)
	case "auditlast":
		if len(v) != 8 {
			return bad("not a sequence number")
		}
		b.Queue(`INSERT INTO audit_last (post_id, seq) VALUES ($1, $2)`, string(k), int64(binary.BigEndian.Uint64(v)))
	case "users":
		b.Queue(`INSERT INTO users (name, data) VALUES ($1, $2)`, string(k), v)
	case "sessions":
		var s store.Session
		if err := json.Unmarshal(v, &s); err != nil {
			return bad("not readable")
		}
		b.Queue(`INSERT INTO sessions (key, user_name, expires, data) VALUES ($1, $2, $3, $4)`, k, s.User, s.Expires, v)
	case "apitokens":
		var tok store.APIToken
		if err := json.Unmarshal(v, &tok); err != nil {
			return bad("not readable")
		}
		b.Queue(`INSERT INTO apitokens (key, id, user_name, data) VALUES ($1, $2, $3, $4)`, k, tok.ID, tok.User, v)
	case "secrets":
		b.Queue(`INSERT INTO secrets (name, sealed) VALUES ($1, $2)`, string(k), v)
	case "media":
		b.Queue(`INSERT INTO media (hash, data, content) VALUES ($1, $2, ''::bytea)`, string(k), v)
	case store.MediaContent:
		if !store.ValidMediaHash(string(k)) {
			return bad("not an image hash")
		}
		if err := store.CheckMediaBytes(string(k), v); err != nil {
			return err
		}
		b.Queue(`UPDATE media SET content = $2 WHERE hash = $1`, string(k), v)
	case "settings":
		b.Queue(`INSERT INTO settings (key, data) VALUES ($1, $2)`, string(k), v)
	case "alerts":
		var a store.Alert
		if err := json.Unmarshal(v, &a); err != nil || a.ID != string(k) {
			return bad("not the alert it is filed under")
		}
		b.Queue(`INSERT INTO alerts (id, kind, post_id, channel, open, unsent, data) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			a.ID, a.Kind, a.PostID, a.Channel, !a.Acknowledged, a.Unsent, v)
	case "engagement":
		if len(k) < idLen+8 {
			return bad("too short")
		}
		b.Queue(`INSERT INTO engagement (post_id, channel, at, data) VALUES ($1, $2, $3, $4)`,
			string(k[:idLen]), string(k[idLen:len(k)-8]), int64(binary.BigEndian.Uint64(k[len(k)-8:])), v)
	case "comments":
		var c store.StoredComment
		if err := json.Unmarshal(v, &c); err != nil || c.PostID+c.Channel+"\x00"+c.Comment.RemoteID != string(k) {
			return bad("not the comment it is filed under")
		}
		b.Queue(`INSERT INTO comments (post_id, channel, remote_id, data) VALUES ($1, $2, $3, $4)`, c.PostID, c.Channel, c.Comment.RemoteID, v)
	case "collectstate":
		var c store.Collect
		if err := json.Unmarshal(v, &c); err != nil || c.PostID+c.Channel != string(k) {
			return bad("not the schedule it is filed under")
		}
		var next *int64
		if !c.Next.IsZero() {
			n := ts(c.Next)
			next = &n
		}
		b.Queue(`INSERT INTO collect_state (post_id, channel, next, data) VALUES ($1, $2, $3, $4)`, c.PostID, c.Channel, next, v)
	case "revisions":
		b.Queue(`INSERT INTO revisions (post_id, data) VALUES ($1, $2)`, string(k), v)
	case "evergreenuse":
		if len(v) != 8 {
			return bad("not a time")
		}
		b.Queue(`INSERT INTO evergreen_use (post_id, at) VALUES ($1, $2)`, string(k), int64(binary.BigEndian.Uint64(v)))
	default:
		return bad("not a table of a dump")
	}
	return nil
}

// HoldsPractice tells whether the database holds a practice already:
// posts, users or an audit trail. `practicepost init` and Load fill only
// a database that holds none.
func (db *DB) HoldsPractice(ctx context.Context) (bool, error) {
	held, err := holdsPractice(ctx, db.pool)
	if err != nil {
		return false, fmt.Errorf("store: postgres: %w", err)
	}
	return held, nil
}

func holdsPractice(ctx context.Context, q interface {
	QueryRow(context.Context, string, ...any) pgx.Row
},
) (bool, error) {
	var held bool
	err := q.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM posts) OR EXISTS (SELECT 1 FROM audit) OR EXISTS (SELECT 1 FROM users)`).Scan(&held)
	return held, err
}
