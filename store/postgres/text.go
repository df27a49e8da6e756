package postgres

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/practicepost/practicepost/post"
)

// PostgreSQL refuses a NUL byte, and bytes that are not UTF-8, in a text
// value: the statement fails, and with it the rest of its transaction.
// Such text reaches the store from outside (a post id typed in a URL, a
// tag from a form or a CSV, a comment id a network sent as "\u0000"), so
// checkedTx looks at every text argument before a statement is sent and
// refuses it with post.EInvalid instead: a clear answer where the
// database's would be an internal error, and the transaction stays usable,
// as bbolt's does after a lookup that finds nothing. Records themselves
// are JSON in bytea columns, which hold any bytes.

// checkedTx is a transaction whose statements are refused, unsent, when a
// text argument could not be stored.
type checkedTx struct{ pgx.Tx }

func (t checkedTx) Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	if err := storable(args); err != nil {
		return pgconn.CommandTag{}, err
	}
	return t.Tx.Exec(ctx, sql, args...)
}

func (t checkedTx) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	if err := storable(args); err != nil {
		return nil, err
	}
	return t.Tx.Query(ctx, sql, args...)
}

func (t checkedTx) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row {
	if err := storable(args); err != nil {
		return refusedRow{err}
	}
	return t.Tx.QueryRow(ctx, sql, args...)
}

func (t checkedTx) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults {
	for _, q := range b.QueuedQueries {
		if err := storable(q.Arguments); err != nil {
			return refusedBatch{err}
		}
	}
	return t.Tx.SendBatch(ctx, b)
}

// refusedRow is QueryRow's answer to a statement never sent.
type refusedRow struct{ err error }

func (r refusedRow) Scan(...any) error { return r.err }

// refusedBatch is SendBatch's answer to a batch never sent.
type refusedBatch struct{ err error }

func (b refusedBatch) Exec() (pgconn.CommandTag, error) { return pgconn.CommandTag{}, b.err }
func (b refusedBatch) Query() (pgx.Rows, error)         { return nil, b.err }
func (b refusedBatch) QueryRow() pgx.Row                { return refusedRow(b) }
func (b refusedBatch) Close() error                     { return b.err }
func (b refusedBatch) Tx() pgx.Tx                       { return nil } // it began none

// storable refuses the first argument holding text PostgreSQL cannot
// keep: a string (of any string type), a pointer to one, or a slice of
// them. The message names the fault and its offset, never the text, which
// may be a post's.
func storable(args []any) error {
	for i, a := range args {
		if fault := textFault(reflect.ValueOf(a)); fault != "" {
			return post.Errorf(post.EInvalid, "value %d of the statement %s; PostgreSQL cannot store it, so nothing was read or written", i+1, fault)
		}
	}
	return nil
}

// textFault says what in v PostgreSQL refuses, or "" when nothing.
func textFault(v reflect.Value) string {
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		if i := strings.IndexByte(s, 0); i >= 0 {
			return fmt.Sprintf("holds a NUL byte at offset %d", i)
		}
		for i, r := range s {
			if r == utf8.RuneError {
				if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
					return fmt.Sprintf("holds bytes that are not UTF-8 at offset %d", i)
				}
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			return textFault(v.Elem())
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return "" // bytea: any bytes
		}
		for i := range v.Len() {
			if fault := textFault(v.Index(i)); fault != "" {
				return fault
			}
		}
	default:
	}
	return ""
}
