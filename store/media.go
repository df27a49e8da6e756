package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/practicepost/practicepost/media"
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
	raw, err := io.ReadAll(io.LimitReader(r, MaxMediaBytes+1))
	if err != nil {
		return m, fmt.Errorf("store: read upload: %w", err)
	}
	switch {
	case len(raw) > MaxMediaBytes:
		return m, post.Errorf(post.EInvalid, "the image is larger than %d MB", MaxMediaBytes>>20)
	case len(raw) == 0:
		return m, post.Errorf(post.EInvalid, "the image file is empty")
	}
	clean, info, err := media.Clean(raw, m.ContentType)
	if err != nil {
		return m, err
	}
	m.Width, m.Height = info.Width, info.Height
	dir := filepath.Join(db.dir, "media")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return m, fmt.Errorf("store: media folder: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".upload-*")
	if err != nil {
		return m, fmt.Errorf("store: save media: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(tmp, h), bytes.NewReader(clean))
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return m, err
	}
	m.Hash, m.Size = hex.EncodeToString(h.Sum(nil)), n
	final := db.MediaPath(m.Hash)
	if err := os.MkdirAll(filepath.Dir(final), 0o700); err != nil {
		return m, fmt.Errorf("store: save media: %w", err)
	}
	if err := os.Rename(tmp.Name(), final); err != nil {
		return m, fmt.Errorf("store: save media: %w", err)
	}
	err = db.Update(ctx, func(tx *Tx) error { return tx.putJSON(bucketMedia, []byte(m.Hash), m) })
	return m, err
}

// MediaPath is where the file with content hash lives.
func (db *DB) MediaPath(hash string) string {
	if len(hash) < 2 {
		return filepath.Join(db.dir, "media", "invalid")
	}
	return filepath.Join(db.dir, "media", hash[:2], hash)
}

// ReadMedia returns an image's bytes, checking they still match the hash.
func (db *DB) ReadMedia(hash string) ([]byte, error) {
	b, err := os.ReadFile(db.MediaPath(hash))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, post.Errorf(post.ENotFound, "the image %s is missing from the data folder", shortHash(hash))
	}
	if err != nil {
		return nil, fmt.Errorf("store: read media: %w", err)
	}
	sum := sha256.Sum256(b)
	if hex.EncodeToString(sum[:]) != hash {
		return nil, fmt.Errorf("store: the image %s is damaged on disk", shortHash(hash))
	}
	return b, nil
}

// Media returns stored metadata for an image hash.
func (tx *Tx) Media(hash string) (*post.Media, error) {
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
