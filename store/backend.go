package store

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"time"

	"github.com/practicepost/practicepost/media"
	"github.com/practicepost/practicepost/post"
)

// The rules every backend shares, written once so a second backend
// (store/postgres) cannot drift from bbolt: what a post puts in its
// indexes, how an audit entry is made and hashed, how the chain is
// verified, how secrets are sealed, how an upload is cleaned and how a
// token is keyed. bbolt calls the same functions.

// KeyFileName is the secrets key file's name in the data folder.
const KeyFileName = keyFileName

// TimelineOf lists the timeline entries post p must have, in channel
// order: one per delivery with a due or published time, at its published
// time when it has one, its due time otherwise.
func TimelineOf(p *post.Post) []Entry {
	var out []Entry
	for _, ch := range slices.Sorted(maps.Keys(p.Deliveries)) {
		d := p.Deliveries[ch]
		at := d.DueAt
		if !d.PublishedAt.IsZero() {
			at = d.PublishedAt
		}
		if at.IsZero() {
			continue
		}
		out = append(out, Entry{PostID: p.ID, Channel: ch, At: at, Status: p.Status, Delivery: d.State,
			Snippet: snippet(p.TextFor(ch)), Tags: p.Tags})
	}
	return out
}

// DueOf lists the deliveries of p the scheduler must act on, and when
// (see dueAt), in channel order.
func DueOf(p *post.Post) []DueItem {
	var out []DueItem
	for _, ch := range slices.Sorted(maps.Keys(p.Deliveries)) {
		if at, ok := dueAt(p, p.Deliveries[ch]); ok {
			out = append(out, DueItem{At: at, PostID: p.ID, Channel: ch})
		}
	}
	return out
}

// IsEvergreen says whether p is in the evergreen queue: published and
// marked evergreen.
func IsEvergreen(p *post.Post) bool { return p.Evergreen && p.Status == post.StatusPublished }

// NewAuditEntry is entry seq of the trail, chained to prev (the hash of
// entry seq-1, "" for the first), stamped at, with its hash filled in.
func NewAuditEntry(seq uint64, prev string, at time.Time, a Audit) post.AuditEntry {
	e := post.AuditEntry{
		Seq: seq, At: at.UTC(), Actor: a.Actor, Action: a.Action, Subject: a.Subject,
		HashBefore: a.HashBefore, HashAfter: a.HashAfter, Detail: a.Detail, Prev: prev,
	}
	e.Hash = auditHash(e)
	return e
}

// ReviewAudit is the audit entry of a review decision.
func ReviewAudit(r *post.Review) Audit {
	actor := r.Reviewer
	if r.Via != "" {
		actor = r.Via + " as " + r.Reviewer // the trail tells the IT person from the doctor
	}
	return Audit{Actor: actor, Action: "review." + string(r.Decision),
		Subject: r.PostID, HashBefore: r.ContentHash, HashAfter: r.ContentHash,
		Detail: reviewDetail(r)}
}

// AuditChecker verifies an audit trail one stored entry at a time, in
// order: numbering from 1 without gaps, each entry's link to the one
// before, each entry's hash (the legacy JSON hash accepted only for the
// oldest entries), then the stored head and the oldest audit.gap entry.
// A backend walks its storage and feeds it the stored bytes.
type AuditChecker struct {
	n, want  uint64
	prev     string
	legacyOK bool
	gap      *AuditBreak
}

// NewAuditChecker starts a check at entry 1.
func NewAuditChecker() *AuditChecker { return &AuditChecker{legacyOK: true} }

// Add checks the entry stored under seq as raw (its JSON), returning the
// break it finds, if any; the walk stops at the first break.
func (c *AuditChecker) Add(seq uint64, raw []byte) *AuditBreak {
	c.want++
	var e post.AuditEntry
	switch err := json.Unmarshal(raw, &e); {
	case err != nil:
		return &AuditBreak{seq, "the entry is not valid JSON"}
	case seq != c.want:
		return &AuditBreak{seq, fmt.Sprintf("entry %d is missing", c.want)}
	case e.Seq != seq:
		return &AuditBreak{seq, fmt.Sprintf("the entry says it is number %d", e.Seq)}
	case e.Prev != c.prev:
		return &AuditBreak{seq, "it does not point at the entry before it (an entry before it was changed or removed)"}
	case auditHash(e) == e.Hash:
		// Entries written before the length-prefixed hash (585ba1a)
		// carry the older JSON hash; they can only come first.
		c.legacyOK = false
	case !c.legacyOK || legacyAuditHash(raw, e.Hash) != e.Hash:
		return &AuditBreak{seq, "its content no longer matches its hash (it was changed)"}
	}
	if c.gap == nil && e.Action == "audit.gap" {
		c.gap = &AuditBreak{e.Seq, "audit entries were lost before this one: " + e.Detail}
	}
	c.prev = e.Hash
	c.n++
	return nil
}

// Checked is how many entries held.
func (c *AuditChecker) Checked() uint64 { return c.n }

// End checks the stored head (the number and hash of the newest entry,
// when the store has one) against the walk, then reports the oldest
// audit.gap entry as a break.
func (c *AuditChecker) End(headSeq uint64, headHash string, haveHead bool) *AuditBreak {
	if haveHead && (headSeq != c.n || headHash != c.prev) {
		return &AuditBreak{c.n + 1, "entries after this one were removed"}
	}
	return c.gap
}

// CheckPostAudit checks a stored post (id and its JSON) against the audit
// entry that last wrote it (entry, its JSON, stored under lastSeq; haveLast
// false when the post has none): the entry must be about the post and
// record the content the post has now. A post edited in the database
// directly breaks here, though the chain itself still holds.
func CheckPostAudit(id string, postJSON []byte, lastSeq uint64, haveLast bool, entry []byte) *AuditBreak {
	var p post.Post
	if err := json.Unmarshal(postJSON, &p); err != nil {
		return &AuditBreak{0, fmt.Sprintf("post %s is not readable", id)}
	}
	if !haveLast {
		return &AuditBreak{0, fmt.Sprintf("post %s has no audit entry: it was written outside practicepost", id)}
	}
	var e post.AuditEntry
	if err := json.Unmarshal(entry, &e); err != nil || e.Subject != p.ID {
		return &AuditBreak{lastSeq, fmt.Sprintf("post %s's last audit entry is missing or about something else", id)}
	}
	if e.HashAfter != p.ContentHash() {
		return &AuditBreak{e.Seq, fmt.Sprintf("post %s no longer has the content this entry recorded: it was changed outside practicepost", id)}
	}
	return nil
}

func newGCM(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// SealSecret encrypts value with key (AES-256-GCM, a fresh random nonce),
// binding name as additional data so a value copied under another name
// does not open. The result is nonce || ciphertext.
func SealSecret(key []byte, name string, value []byte) ([]byte, error) {
	gcm, err := newGCM(key)
	if err != nil {
		return nil, fmt.Errorf("store: save secret: %w", err)
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("store: save secret: %w", err)
	}
	return gcm.Seal(nonce, nonce, value, []byte(name)), nil
}

// OpenSecret decrypts what SealSecret sealed under name.
func OpenSecret(key []byte, name string, sealed []byte) ([]byte, error) {
	gcm, err := newGCM(key)
	if err != nil {
		return nil, fmt.Errorf("store: load secret: %w", err)
	}
	if len(sealed) < gcm.NonceSize() {
		return nil, fmt.Errorf("store: secret %q is damaged", name)
	}
	plain, err := gcm.Open(nil, sealed[:gcm.NonceSize()], sealed[gcm.NonceSize():], []byte(name))
	if err != nil {
		return nil, fmt.Errorf("store: secret %q does not decrypt with %s (was the key file replaced?)", name, keyFileName)
	}
	return plain, nil
}

// LoadOrCreateKey reads the 32-byte secrets key at path, creating it
// (0600, synced) when it is missing and create is set. A backend must
// only create one when it holds no sealed secrets.
func LoadOrCreateKey(path string, create bool) ([]byte, error) {
	return loadOrCreateKey(path, create)
}

// CleanUpload reads an uploaded image (at most MaxMediaBytes), cleans it
// (media.Clean: metadata removed, orientation applied, pixel size checked)
// and returns the clean bytes with m's Hash (SHA-256 hex of the clean
// bytes), Size, Width and Height filled in. m.ContentType must be the
// sniffed type.
func CleanUpload(r io.Reader, m post.Media) ([]byte, post.Media, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxMediaBytes+1))
	if err != nil {
		return nil, m, fmt.Errorf("store: read upload: %w", err)
	}
	switch {
	case len(raw) > MaxMediaBytes:
		return nil, m, post.Errorf(post.EInvalid, "the image is larger than %d MB", MaxMediaBytes>>20)
	case len(raw) == 0:
		return nil, m, post.Errorf(post.EInvalid, "the image file is empty")
	}
	clean, info, err := media.Clean(raw, m.ContentType)
	if err != nil {
		return nil, m, err
	}
	sum := sha256.Sum256(clean)
	m.Width, m.Height = info.Width, info.Height
	m.Hash, m.Size = hex.EncodeToString(sum[:]), int64(len(clean))
	return clean, m, nil
}

// CheckMediaBytes checks that b, read back for image hash, still hashes
// to it.
func CheckMediaBytes(hash string, b []byte) error {
	if sum := sha256.Sum256(b); hex.EncodeToString(sum[:]) != hash {
		return fmt.Errorf("store: the image %s is damaged", shortHash(hash))
	}
	return nil
}

// TokenKey is what a session or API token is stored under: its SHA-256,
// so a copy of the database hands out no live token.
func TokenKey(token string) []byte {
	sum := sha256.Sum256([]byte(token))
	return sum[:]
}

// SettingEmergencyStop is the settings key of the practice-wide stop, and
// ChannelPauseKey that of a channel's pause: every backend keeps the typed
// settings under the same keys, so a copy between backends keeps them.
const SettingEmergencyStop = settingEmergencyStop

// ChannelPauseKey is the settings key of channel's pause.
func ChannelPauseKey(channel string) string { return channelPauseKey(channel) }

// ValidComment says whether c can be stored: a post id (a review of the
// practice has none), a channel and a remote id.
func ValidComment(c *StoredComment) bool {
	return (post.ValidID(c.PostID) || (c.Review && c.PostID == "")) && c.Channel != "" && c.Comment.RemoteID != ""
}

// DeriveKey returns a 32-byte key for one purpose ("media-links"), derived
// with HKDF-SHA256 from the secrets key: a feature that signs or seals
// something of its own gets a key that is kept and backed up with the
// secrets key, without a new file, and that opens none of the secrets
// (nor another purpose's key). Every backend derives the same key from
// the same secrets key, so replicas and a migrated store agree.
func DeriveKey(secretsKey []byte, purpose string) ([]byte, error) {
	if purpose == "" {
		return nil, errors.New("store: derive key: no purpose")
	}
	key, err := hkdf.Key(sha256.New, secretsKey, nil, "practicepost/"+purpose, 32)
	if err != nil {
		return nil, fmt.Errorf("store: derive key: %w", err)
	}
	return key, nil
}
