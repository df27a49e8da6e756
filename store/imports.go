package store

import (
	"time"

	"github.com/practicepost/practicepost/post"
)

// ImportRecord remembers one CSV import by the hash of its file, so the
// same file imported again (a retry after a dropped connection, whose
// first run had in fact committed) is caught instead of queueing every
// post twice.
type ImportRecord struct {
	ID    string    `json:"id"` // hex SHA-256 of the file
	Name  string    `json:"name"`
	Actor string    `json:"actor"`
	At    time.Time `json:"at"`
	Posts int       `json:"posts"`
	First post.ID   `json:"first"` // the first post it created
}

func importKey(id string) []byte { return []byte("import/" + id) }

// Import returns the record of an earlier import of the file with hash id.
func (tx *boltTx) Import(id string) (*ImportRecord, bool, error) {
	var r ImportRecord
	ok, err := tx.getJSON(bucketMeta, importKey(id), &r)
	if err != nil || !ok {
		return nil, false, err
	}
	return &r, true, nil
}

// PutImport records an import (in the transaction that stores its posts).
func (tx *boltTx) PutImport(r ImportRecord) error {
	return tx.putJSON(bucketMeta, importKey(r.ID), r)
}
