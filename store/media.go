package store

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/practicepost/practicepost/post"
)

// MaxMediaBytes bounds an uploaded image; the networks' own limits are
// 5 MB (X) to 10 MB (Facebook).
const MaxMediaBytes = 10 << 20

// SaveMedia stores an image under its content hash and returns its metadata.
// Saving the same bytes twice keeps one file. The image is cleaned first
// (media.Clean: EXIF with GPS, XMP, IPTC and text chunks removed, the
// orientation applied, the pixel size checked), so the hash, the stored
// file and everything sent to a network are of the clean bytes only.
// m.ContentType must be the sniffed type.
func (db *DB) SaveMedia(ctx context.Context, r io.Reader, m post.Media) (post.Media, error) {
	clean, m, err := CleanUpload(r, m)
	if err != nil {
		return m, err
	}
	dir := filepath.Join(db.dir, "media")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return m, fmt.Errorf("store: media folder: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".upload-*")
	if err != nil {
		return m, fmt.Errorf("store: save media: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	_, err = tmp.Write(clean)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return m, err
	}
	final := db.MediaPath(m.Hash)
	if err := os.MkdirAll(filepath.Dir(final), 0o700); err != nil {
		return m, fmt.Errorf("store: save media: %w", err)
	}
	if err := os.Rename(tmp.Name(), final); err != nil {
		return m, fmt.Errorf("store: save media: %w", err)
	}
	err = db.update(ctx, func(tx *boltTx) error {
		// The same bytes uploaded again answered "no" must not clear an
		// earlier "shows a patient": the answer that asks for the patient's
		// authorization wins.
		var old post.Media
		ok, err := tx.getJSON(bucketMedia, []byte(m.Hash), &old)
		if err != nil {
			return err
		}
		if ok && old.ShowsPatient {
			m.ShowsPatient = true
		}
		return tx.putJSON(bucketMedia, []byte(m.Hash), m)
	})
	return m, err
}

// ValidMediaHash reports whether h can name a stored image: exactly 64
// lowercase hex characters, the form SaveMedia gives. Anything else never
// reaches the file system, since a hash is joined into a path.
func ValidMediaHash(h string) bool {
	if len(h) != sha256.Size*2 {
		return false
	}
	for i := 0; i < len(h); i++ {
		if c := h[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// MediaPath is where the file with content hash lives. A hash that is not
// a valid media hash gets a path that never exists.
func (db *DB) MediaPath(hash string) string {
	if !ValidMediaHash(hash) {
		return filepath.Join(db.dir, "media", "invalid")
	}
	return filepath.Join(db.dir, "media", hash[:2], hash)
}

// ReadMedia returns an image's bytes, checking they still match the hash.
// The hash is checked again here, whatever the caller checked: a path built
// from "../../dev/zero" read the whole of memory. Only a regular file of at
// most MaxMediaBytes is read, and it is opened without blocking, so a FIFO
// or a device in the media folder cannot hang a channel's worker.
func (db *DB) ReadMedia(hash string) ([]byte, error) {
	if !ValidMediaHash(hash) {
		return nil, post.Errorf(post.EInvalid, "%.20q is not an image id (64 hex characters)", hash)
	}
	b, err := readRegular(db.MediaPath(hash), MaxMediaBytes)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, post.Errorf(post.ENotFound, "the image %s is missing from the data folder", shortHash(hash))
	}
	if err != nil {
		return nil, fmt.Errorf("store: read media %s: %w", shortHash(hash), err)
	}
	if err := CheckMediaBytes(hash, b); err != nil {
		return nil, err
	}
	return b, nil
}

// readRegular reads the regular file at path, refusing anything else and
// anything over limit bytes.
func readRegular(path string, limit int64) ([]byte, error) {
	if fi, err := os.Lstat(path); err != nil {
		return nil, err
	} else if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file (%s)", fi.Mode().Type())
	}
	// O_NONBLOCK: should the file be swapped for a FIFO after the Lstat,
	// the open still returns at once, and the Stat below refuses it.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file (%s)", fi.Mode().Type())
	}
	if fi.Size() > limit {
		return nil, fmt.Errorf("%d bytes, over the %d MB limit", fi.Size(), limit>>20)
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("over the %d MB limit", limit>>20)
	}
	return b, nil
}

// probeEvery is how often WriteProbe really writes; between, it answers
// with the last result. /healthz is open to anyone, and a synced write per
// request would let them load the disk at will.
var probeEvery = time.Second

// WriteProbe checks that the data folder still takes writes: it creates,
// fills, syncs and removes a small file there, at most once per probeEvery.
// A full disk or a read-only mount let /healthz say ok while nothing could
// be saved.
func (db *DB) WriteProbe() error {
	db.probe.Lock()
	defer db.probe.Unlock()
	if !db.probe.at.IsZero() && time.Since(db.probe.at) < probeEvery {
		return db.probe.err
	}
	db.probe.err = db.writeProbe()
	db.probe.at = time.Now()
	return db.probe.err
}

func (db *DB) writeProbe() error {
	f, err := os.CreateTemp(db.dir, ".probe-*")
	if err != nil {
		return fmt.Errorf("store: the data folder takes no writes: %w", err)
	}
	defer os.Remove(f.Name())
	_, err = f.Write(make([]byte, 4096))
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("store: the data folder takes no writes: %w", err)
	}
	return nil
}

// Media returns stored metadata for an image hash.
func (tx *boltTx) Media(hash string) (*post.Media, error) {
	if !ValidMediaHash(hash) {
		return nil, post.Errorf(post.EInvalid, "%.20q is not an image id (64 hex characters)", hash)
	}
	var m post.Media
	ok, err := tx.getJSON(bucketMedia, []byte(hash), &m)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, post.Errorf(post.ENotFound, "no image %s", shortHash(hash))
	}
	return &m, nil
}

func shortHash(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}
