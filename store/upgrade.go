package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// Before Open migrates a database of an older schema it copies the file,
// as it is, beside the database: an upgrade that goes wrong (or a newer
// practicepost that has to be taken back) then has the data as the older
// version left it, one `practicepost restore` away. The newest
// keepPreUpgrade copies are kept.
const (
	preUpgradePrefix = "practicepost-pre-upgrade-"
	keepPreUpgrade   = 3
)

// Schema is the database's schema version.
func (db *DB) Schema() (uint64, error) { return db.schemaOf() }

// schemaOf reads the stored schema version; 0 for a new database.
func (db *DB) schemaOf() (uint64, error) {
	var have uint64
	err := db.bolt.View(func(tx *bolt.Tx) error {
		if meta := tx.Bucket(bucketMeta); meta != nil {
			have = readVersion(meta)
		}
		return nil
	})
	return have, err
}

// backupBeforeUpgrade writes the copy (0600, by temp file, fsync and
// rename, so a crash never leaves half a copy under a final name) and
// prunes the oldest beyond keepPreUpgrade. It returns the copy's path.
func (db *DB) backupBeforeUpgrade(have uint64) (string, error) {
	name := fmt.Sprintf("%s%s-schema%d.db", preUpgradePrefix, db.now().UTC().Format("20060102T150405Z"), have)
	path := filepath.Join(db.dir, name)
	err := replaceFile(path, func(w io.Writer) error {
		return db.bolt.View(func(tx *bolt.Tx) error {
			_, err := tx.WriteTo(w)
			return err
		})
	})
	if err == nil {
		err = syncDir(db.dir)
	}
	if err != nil {
		return "", err
	}
	return path, prunePreUpgrade(db.dir)
}

// PreUpgradeBackups lists the copies Open kept before upgrades in data
// folder dir, oldest first.
func PreUpgradeBackups(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if n := e.Name(); e.Type().IsRegular() && strings.HasPrefix(n, preUpgradePrefix) && strings.HasSuffix(n, ".db") {
			out = append(out, filepath.Join(dir, n))
		}
	}
	slices.Sort(out) // the names carry a sortable UTC time
	return out, nil
}

func prunePreUpgrade(dir string) error {
	copies, err := PreUpgradeBackups(dir)
	if err != nil {
		return err
	}
	for len(copies) > keepPreUpgrade {
		if err := os.Remove(copies[0]); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		copies = copies[1:]
	}
	return nil
}
