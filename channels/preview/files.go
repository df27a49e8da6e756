package preview

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Entry is the record of one post written to the preview folder.
type Entry struct {
	RemoteID    string    `json:"remote_id"`
	PostID      string    `json:"post_id"`
	AttemptID   string    `json:"attempt_id,omitempty"`
	Channel     string    `json:"channel"`
	Text        string    `json:"text"`
	Link        string    `json:"link,omitempty"`
	ReplyTo     string    `json:"reply_to,omitempty"`
	Media       []Media   `json:"media,omitempty"`
	PublishedAt time.Time `json:"published_at"`
}

// Media describes an image of a previewed post (the card embeds it).
type Media struct {
	Name        string `json:"name"`
	ContentType string `json:"content_type"`
	AltText     string `json:"alt_text,omitempty"`
	Size        int    `json:"size"`
}

func encodeEntry(e Entry) ([]byte, error) { return json.MarshalIndent(e, "", "  ") }

// List reads the records in dir, newest first, for the web UI. A record
// that cannot be read is left out and named in the returned error, so one
// bad file does not hide the others; a folder that does not exist yet
// holds no posts.
func List(dir string) ([]Entry, error) {
	names, err := filepath.Glob(filepath.Join(dir, "preview-*.json"))
	if err != nil {
		return nil, fmt.Errorf("preview: list: %w", err)
	}
	if _, err := os.Stat(dir); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil
		}
		return nil, fmt.Errorf("preview: list: %w", err)
	}
	var out []Entry
	var bad []error
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			bad = append(bad, err)
			continue
		}
		var e Entry
		if err := json.Unmarshal(b, &e); err != nil || e.RemoteID != strings.TrimSuffix(filepath.Base(name), ".json") {
			bad = append(bad, fmt.Errorf("%s is not a preview record", filepath.Base(name)))
			continue
		}
		out = append(out, e)
	}
	return sortEntries(out, bad)
}

// decodeEntries reads records kept in the shared store, newest first.
func decodeEntries(recs [][]byte) ([]Entry, error) {
	var out []Entry
	var bad []error
	for _, b := range recs {
		var e Entry
		if err := json.Unmarshal(b, &e); err != nil || !remoteIDPattern.MatchString(e.RemoteID) {
			bad = append(bad, errors.New("a record in the shared database is not a preview record"))
			continue
		}
		out = append(out, e)
	}
	return sortEntries(out, bad)
}

// sortEntries puts entries newest first and names the unreadable ones.
func sortEntries(out []Entry, bad []error) ([]Entry, error) {
	sort.Slice(out, func(i, j int) bool { return out[i].RemoteID > out[j].RemoteID }) // ULIDs sort by time
	if len(bad) > 0 {
		return out, fmt.Errorf("preview: list: %w", errors.Join(bad...))
	}
	return out, nil
}

// writeAtomic writes data to path through a temp file in dir: write,
// fsync, chmod 0600, rename, fsync the folder. Readers see the old file or
// the whole new one, never a torn write.
func writeAtomic(dir, path string, data []byte) (err error) {
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}()
	if err = f.Chmod(0o600); err != nil {
		return err
	}
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return err
	}
	return syncDir(dir)
}

// syncDir makes the rename durable. Some systems (Windows) cannot open a
// folder for syncing; the rename itself still happened.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return nil
	}
	defer func() { _ = d.Close() }()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) && !errors.Is(err, os.ErrPermission) {
		return err
	}
	return nil
}
