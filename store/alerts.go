package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/practicepost/practicepost/post"
)

// Alert is something that went wrong and needs a person: a failed or
// unknown publish, a held post, an expiring token, a stalled scheduler. The
// alert package raises and sends them; the store keeps them for the web UI.
// Message is plain words: never post text, never a secret.
type Alert struct {
	ID           post.ID   `json:"id"`
	At           time.Time `json:"at"`
	Kind         string    `json:"kind"`
	Severity     string    `json:"severity"`
	PostID       post.ID   `json:"post_id,omitempty"`
	Channel      string    `json:"channel,omitempty"`
	Message      string    `json:"message"`
	Acknowledged bool      `json:"acknowledged"`
	AckBy        string    `json:"ack_by,omitempty"`
	AckAt        time.Time `json:"ack_at,omitzero"`
	// Unsent: it is to go out by e-mail or webhook and has not yet (the
	// process may have been killed between storing and sending it). It is
	// stored with the alert, in the same transaction, and cleared once
	// sent; the alert package sends what is left unsent at the next start.
	Unsent bool `json:"unsent,omitempty"`
}

// openPrefix starts the keys of the open-alert index kept in the alerts
// bucket beside the alerts themselves, and unsentPrefix those of the
// unsent-alert index:
//
//	alerts  <alertID>                             : JSON Alert
//	        0x00 open 0x00 <kind>0x00<postID>0x00<channel> : <alertID>
//	        0x00 unsent 0x00 <alertID>            : (empty)
//
// ULIDs never start with a 0x00 byte, so the kinds of key cannot clash
// and a scan of alerts skips the indexes by their first byte. The open
// index makes "is this kind+post+channel already open?" one Get instead of
// a scan; the unsent one lets the resend at start and the retry pass read
// only the alerts still to be sent, not every alert ever stored.
var (
	openPrefix   = []byte("\x00open\x00")
	unsentPrefix = []byte("\x00unsent\x00")
)

func unsentKey(id post.ID) []byte { return concat(string(unsentPrefix), string(id)) }

func openKey(kind, postID, channel string) []byte {
	return concat(string(openPrefix), kind, "\x00", postID, "\x00", channel)
}

// OpenAlert returns the open (unacknowledged) alert of this kind about this
// post and channel, if there is one.
func (tx *boltTx) OpenAlert(kind, postID, channel string) (*Alert, bool, error) {
	id := tx.bucket(bucketAlerts).Get(openKey(kind, postID, channel))
	if id == nil {
		return nil, false, nil
	}
	var a Alert
	ok, err := tx.getJSON(bucketAlerts, id, &a)
	if err != nil || !ok {
		return nil, false, err
	}
	return &a, true, nil
}

// PutAlert stores a new alert unless one of the same kind about the same
// post and channel is still open; it reports whether it stored a.
// a.ID and a.At are filled in when empty.
func (tx *boltTx) PutAlert(a *Alert) (bool, error) {
	if a.Kind == "" || a.Message == "" {
		return false, post.Errorf(post.EInvalid, "an alert needs a kind and a message")
	}
	if _, open, err := tx.OpenAlert(a.Kind, a.PostID, a.Channel); err != nil || open {
		return false, err
	}
	if a.At.IsZero() {
		a.At = tx.now
	}
	if a.ID == "" {
		a.ID = post.NewID(a.At)
	}
	if err := tx.putJSON(bucketAlerts, []byte(a.ID), a); err != nil {
		return false, err
	}
	if err := tx.bucket(bucketAlerts).Put(openKey(a.Kind, a.PostID, a.Channel), []byte(a.ID)); err != nil {
		return false, fmt.Errorf("store: index alert: %w", err)
	}
	if a.Unsent {
		if err := tx.bucket(bucketAlerts).Put(unsentKey(a.ID), nil); err != nil {
			return false, fmt.Errorf("store: index unsent alert: %w", err)
		}
	}
	return true, nil
}

// AlertSent clears Unsent on alert id: it went out.
func (tx *boltTx) AlertSent(id post.ID) error {
	var a Alert
	ok, err := tx.getJSON(bucketAlerts, []byte(id), &a)
	if err != nil {
		return err
	}
	if !ok || (len(id) > 0 && id[0] == 0) {
		return post.Errorf(post.ENotFound, "no alert with id %q", id)
	}
	if err := tx.bucket(bucketAlerts).Delete(unsentKey(id)); err != nil {
		return fmt.Errorf("store: alert sent: %w", err)
	}
	if !a.Unsent {
		return nil
	}
	a.Unsent = false
	return tx.putJSON(bucketAlerts, []byte(a.ID), &a)
}

// UnsentAlerts lists the alerts still marked unsent, oldest first,
// acknowledged ones included, reading only those (the unsent index). A
// record it cannot read is skipped: the others are returned with an
// *UnreadableError naming it.
func (db *DB) UnsentAlerts(ctx context.Context) ([]Alert, error) {
	var (
		out []Alert
		bad *UnreadableError
	)
	err := db.view(ctx, func(tx *boltTx) error {
		out, bad = nil, nil
		b := tx.bucket(bucketAlerts)
		c := b.Cursor()
		for k, _ := c.Seek(unsentPrefix); k != nil && bytes.HasPrefix(k, unsentPrefix); k, _ = c.Next() {
			id := k[len(unsentPrefix):]
			v := b.Get(id)
			if v == nil {
				continue
			}
			var a Alert
			if err := json.Unmarshal(v, &a); err != nil {
				bad = bad.Skip("alert", string(id), err)
				continue
			}
			if a.Unsent {
				out = append(out, a)
			}
		}
		return nil
	})
	if err == nil && bad != nil {
		err = bad
	}
	return out, err
}

// indexUnsentAlerts fills the unsent-alert index from the alerts stored
// before it existed (migration 7). A record that cannot be read is left
// out: it could not be sent either, and Alerts names it.
func indexUnsentAlerts(tx *bolt.Tx) error {
	b := tx.Bucket(bucketAlerts)
	var unsent [][]byte
	err := b.ForEach(func(k, v []byte) error {
		if len(k) == 0 || k[0] == 0 {
			return nil
		}
		var a struct {
			Unsent bool `json:"unsent"`
		}
		if json.Unmarshal(v, &a) == nil && a.Unsent {
			unsent = append(unsent, unsentKey(post.ID(k)))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range unsent {
		if err := b.Put(k, nil); err != nil {
			return fmt.Errorf("store: index unsent alerts: %w", err)
		}
	}
	return nil
}

// UnreadableError is what a listing returns beside the records it could
// read when some it could not (a corrupt record): one bad record must not
// hide the others, nor stop the daemon re-sending them at start. It names
// the records by key only, never by content.
type UnreadableError struct {
	What string   // what the records are: "alert"
	Keys []string // the keys of the records skipped
	Err  error    // why the first one could not be read
}

func (e *UnreadableError) Error() string {
	return fmt.Sprintf("store: %d %s record(s) not readable, skipped (%v): %v", len(e.Keys), e.What, e.Keys, e.Err)
}

func (e *UnreadableError) Unwrap() error { return e.Err }

// Skip adds key, a record that could not be read for err, to e, which
// may be nil (then a new one is returned); each backend's listing uses it.
func (e *UnreadableError) Skip(what, key string, err error) *UnreadableError {
	if e == nil {
		e = &UnreadableError{What: what, Err: err}
	}
	e.Keys = append(e.Keys, key)
	return e
}

// Alerts lists alerts newest first; with onlyOpen, only those nobody has
// acknowledged yet. A record it cannot read is skipped: the others are
// returned with an *UnreadableError naming it.
func (db *DB) Alerts(ctx context.Context, onlyOpen bool) ([]Alert, error) {
	var (
		out []Alert
		bad *UnreadableError
	)
	err := db.view(ctx, func(tx *boltTx) error {
		out, bad = nil, nil
		c := tx.bucket(bucketAlerts).Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			if len(k) > 0 && k[0] == 0 {
				continue // the open-alert index, not an alert
			}
			var a Alert
			if err := json.Unmarshal(v, &a); err != nil {
				bad = bad.Skip("alert", string(k), err)
				continue
			}
			if onlyOpen && a.Acknowledged {
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

// AckAlert marks an alert acknowledged by a person and audits it. Once
// acknowledged, the same problem may raise a new alert.
func (db *DB) AckAlert(ctx context.Context, id post.ID, by string) (*Alert, error) {
	if by == "" {
		return nil, post.Errorf(post.EInvalid, "say who acknowledges the alert")
	}
	var a Alert
	err := db.update(ctx, func(tx *boltTx) error {
		ok, err := tx.getJSON(bucketAlerts, []byte(id), &a)
		if err != nil {
			return err
		}
		if !ok || (len(id) > 0 && id[0] == 0) {
			return post.Errorf(post.ENotFound, "no alert with id %q", id)
		}
		if a.Acknowledged {
			return post.Errorf(post.EConflict, "alert %s was already acknowledged by %s", id, a.AckBy)
		}
		a.Acknowledged, a.AckBy, a.AckAt = true, by, tx.now
		if err := tx.putJSON(bucketAlerts, []byte(a.ID), &a); err != nil {
			return err
		}
		key := openKey(a.Kind, a.PostID, a.Channel)
		if bytes.Equal(tx.bucket(bucketAlerts).Get(key), []byte(a.ID)) {
			if err := tx.bucket(bucketAlerts).Delete(key); err != nil {
				return fmt.Errorf("store: ack alert: %w", err)
			}
		}
		_, err = tx.AppendAudit(Audit{Actor: by, Action: "alert.ack", Subject: "alert:" + a.ID, Detail: a.Kind})
		return err
	})
	if err != nil {
		return nil, err
	}
	return &a, nil
}

// AlertKinds counts open alerts by kind, for the dashboard badge.
func (db *DB) AlertKinds(ctx context.Context) (map[string]int, error) {
	open, err := db.Alerts(ctx, true)
	if err != nil {
		return nil, err
	}
	out := map[string]int{}
	for _, a := range open {
		out[a.Kind]++
	}
	return out, nil
}
