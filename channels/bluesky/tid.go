package bluesky

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/oklog/ulid/v2"

	"github.com/practicepost/practicepost/post"
)

// A TID (timestamp identifier) is the record key of a post: 64 bits, the
// top one zero, then 53 bits of microseconds since 1970 and a 10-bit clock
// id, written as 13 characters of base32-sortable.
const (
	tidAlphabet = "234567abcdefghijklmnopqrstuvwxyz"
	tidLen      = 13
)

// RecordKey is the rkey of the post a delivery attempt creates. It is made
// from the attempt's id, which the scheduler saves before it calls Publish,
// so the same attempt always writes the same record: a retry after a lost
// answer finds its post with getRecord instead of making a second one. The
// TID's time is the attempt's (ULIDs carry the millisecond they were made);
// its microseconds and clock id come from a hash of the whole id (not from
// its random part, whose high bytes ULIDs made in the same millisecond
// share). An attempt without a ULID id (a caller outside the scheduler)
// falls back to the post's id, and then to a fresh TID, which protects
// nothing on retry.
func RecordKey(o post.Outgoing) string { return recordKey(o, 0) }

// recordKey is the attempt's n-th candidate key: Publish steps to the next
// one when a key holds another post (two attempts in one millisecond whose
// hashes met: about one pair in a million).
func recordKey(o post.Outgoing, n int) string {
	for _, id := range []string{o.AttemptID, string(o.PostID)} {
		if u, err := ulid.ParseStrict(id); err == nil {
			h := sha256.Sum256([]byte(u.String()))
			micros := int64(u.Time())*1000 + int64(binary.BigEndian.Uint16(h[0:2])%1000)
			return encodeTID(micros, binary.BigEndian.Uint16(h[2:4])+uint16(n))
		}
	}
	var b [2]byte
	_, _ = rand.Read(b[:]) // crypto/rand does not fail
	return encodeTID(time.Now().UnixMicro(), binary.BigEndian.Uint16(b[:]))
}

// encodeTID writes micros and clock as a TID.
func encodeTID(micros int64, clock uint16) string {
	v := (uint64(micros)&(1<<53-1))<<10 | uint64(clock&0x3ff)
	var out [tidLen]byte
	for i := tidLen - 1; i >= 0; i-- {
		out[i] = tidAlphabet[v&31]
		v >>= 5
	}
	return string(out[:])
}

// atURI is a record's address: at://{did}/{collection}/{rkey}.
type atURI struct {
	repo, collection, rkey string
}

func (u atURI) String() string { return "at://" + u.repo + "/" + u.collection + "/" + u.rkey }

// parseATURI reads a post's remote id.
func parseATURI(s string) (atURI, error) {
	rest, ok := strings.CutPrefix(s, "at://")
	parts := strings.Split(rest, "/")
	if !ok || len(parts) != 3 || parts[0] == "" || parts[1] == "" || parts[2] == "" {
		return atURI{}, fmt.Errorf("%q is not a Bluesky post address (at://did/collection/rkey)", s)
	}
	if !strings.HasPrefix(parts[0], "did:") {
		return atURI{}, errors.New("a Bluesky post address names its account by DID")
	}
	return atURI{repo: parts[0], collection: parts[1], rkey: parts[2]}, nil
}
