package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// Keep (with Kept, the channels.KeptStore the daemon gives an outbox
// channel on this backend) stores a record of what an outbox channel (the preview channel)
// "published", for every replica to list. It is one INSERT of its own:
// nothing else is written with it, so it needs neither the write lock nor
// an audit entry (the delivery's receipt, written by the scheduler, is the
// audited record).
func (db *DB) Keep(ctx context.Context, channel, id string, record []byte) error {
	if db.readOnly {
		return fmt.Errorf("store: the database was opened read-only")
	}
	if _, err := db.pool.Exec(ctx, `INSERT INTO kept (channel, id, data) VALUES ($1, $2, $3)`, channel, id, record); err != nil {
		return fmt.Errorf("store: keep %s's record %s: %w", channel, id, err)
	}
	return nil
}

// Kept returns channel's records, newest first (ids sort by time); with
// ids, only those.
func (db *DB) Kept(ctx context.Context, channel string, ids ...string) ([][]byte, error) {
	sql, args := `SELECT data FROM kept WHERE channel = $1 ORDER BY id DESC`, []any{channel}
	if len(ids) > 0 {
		sql, args = `SELECT data FROM kept WHERE channel = $1 AND id = ANY($2) ORDER BY id DESC`, []any{channel, ids}
	}
	rows, err := db.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, fmt.Errorf("store: %s's kept records: %w", channel, err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[[]byte])
	if err != nil {
		return nil, fmt.Errorf("store: %s's kept records: %w", channel, err)
	}
	return out, nil
}
