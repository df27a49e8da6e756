package store

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"

	bolt "go.etcd.io/bbolt"

	"github.com/practicepost/practicepost/post"
)

// keyFileName holds the 32-byte key that encrypts the secrets bucket. It
// lives beside the database, 0600, so a copied database file alone (a
// backup, say) does not give away the platform tokens in it.
const keyFileName = "secret.key"

func loadOrCreateKey(path string, create bool) ([]byte, error) {
	key, err := os.ReadFile(path)
	if err == nil {
		if len(key) != 32 {
			return nil, fmt.Errorf("store: %s is %d bytes, want 32: restore it from your backup", path, len(key))
		}
		return key, nil
	}
	if !errors.Is(err, fs.ErrNotExist) || !create {
		return nil, fmt.Errorf("store: read secrets key: %w", err)
	}
	key = make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("store: make secrets key: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("store: create secrets key: %w", err)
	}
	if _, err := f.Write(key); err != nil {
		f.Close()
		return nil, fmt.Errorf("store: write secrets key: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return nil, fmt.Errorf("store: sync secrets key: %w", err)
	}
	return key, f.Close()
}

// DeriveKey returns a 32-byte key for one purpose ("media-links"),
// derived from the secrets key (store.DeriveKey).
func (db *DB) DeriveKey(purpose string) ([]byte, error) { return DeriveKey(db.key, purpose) }

// SaveSecret encrypts value and stores it under name (e.g.
// "x/<channel>/oauth2-token"). The name is bound to the ciphertext, so a
// value copied under another name fails to decrypt.
func (db *DB) SaveSecret(ctx context.Context, name string, value []byte) error {
	sealed, err := SealSecret(db.key, name, value)
	if err != nil {
		return err
	}
	return db.update(ctx, func(tx *boltTx) error {
		return tx.bucket(bucketSecrets).Put([]byte(name), sealed)
	})
}

// LoadSecret returns the secret stored under name, or nil and no error when
// there is none.
func (db *DB) LoadSecret(ctx context.Context, name string) ([]byte, error) {
	var sealed []byte
	err := db.view(ctx, func(tx *boltTx) error {
		if v := tx.bucket(bucketSecrets).Get([]byte(name)); v != nil {
			sealed = append([]byte(nil), v...)
		}
		return nil
	})
	if err != nil || sealed == nil {
		return nil, err
	}
	return db.open(name, sealed)
}

// open decrypts the sealed value of secret name.
func (db *DB) open(name string, sealed []byte) ([]byte, error) {
	return OpenSecret(db.key, name, sealed)
}

// TakeSecret returns the secret stored under name and deletes it in the
// same transaction, so of two callers only one gets it; nil and no error
// when there is none. One-time values (a pending sign-in) use it.
func (db *DB) TakeSecret(ctx context.Context, name string) ([]byte, error) {
	var sealed []byte
	err := db.update(ctx, func(tx *boltTx) error {
		b := tx.bucket(bucketSecrets)
		if v := b.Get([]byte(name)); v != nil {
			sealed = append([]byte(nil), v...)
			return b.Delete([]byte(name))
		}
		return nil
	})
	if err != nil || sealed == nil {
		return nil, err
	}
	return db.open(name, sealed)
}

// SecretNames lists the names of the stored secrets that start with
// prefix, in order.
func (db *DB) SecretNames(ctx context.Context, prefix string) ([]string, error) {
	var out []string
	err := db.view(ctx, func(tx *boltTx) error {
		c := tx.bucket(bucketSecrets).Cursor()
		for k, _ := c.Seek([]byte(prefix)); k != nil && bytes.HasPrefix(k, []byte(prefix)); k, _ = c.Next() {
			out = append(out, string(k))
		}
		return nil
	})
	return out, err
}

// DeleteSecret removes the secret stored under name.
func (db *DB) DeleteSecret(ctx context.Context, name string) error {
	return db.update(ctx, func(tx *boltTx) error {
		return tx.bucket(bucketSecrets).Delete([]byte(name))
	})
}

// loadKey loads the secrets key, creating it (when create) only if the
// database holds no secrets: with secret.key lost and tokens stored, a new
// key would make every stored token unreadable with no word said.
func loadKey(bdb *bolt.DB, path string, create bool) ([]byte, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		sealed := 0
		if err := bdb.View(func(btx *bolt.Tx) error {
			if b := btx.Bucket(bucketSecrets); b != nil {
				sealed = b.Stats().KeyN
			}
			return nil
		}); err != nil {
			return nil, err
		}
		if sealed > 0 {
			return nil, post.Errorf(post.EConflict, "%s is missing, but the database holds %d encrypted secrets (platform logins) sealed with it: "+
				"restore %s from your backups (each backup carries it as FILE.key; `practicepost restore FILE` puts both back); practicepost will not make a new key that cannot open them", path, sealed, keyFileName)
		}
	}
	return loadOrCreateKey(path, create)
}
