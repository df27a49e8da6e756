package store

import (
	"encoding/binary"
	"errors"
	"time"

	"github.com/practicepost/practicepost/post"
)

// The timeline index holds one small binary record per delivery, so a
// month view decodes thousands of them in a few milliseconds (JSON took
// ten times as long). Layout, after the key's <ts><postID><channel>:
//
//	version(1) status-len(1) status delivery-len(1) delivery
//	snippet-len(2, BE) snippet  tag-count(1) { tag-len(1) tag }
//
// The time, post id and channel come from the key.
const entryVersion = 1

func encodeEntry(e Entry) []byte {
	n := 1 + 1 + len(e.Status) + 1 + len(e.Delivery) + 2 + len(e.Snippet) + 1
	for _, t := range e.Tags {
		n += 1 + min(len(t), 255)
	}
	b := make([]byte, 0, n)
	b = append(b, entryVersion, byte(len(e.Status)))
	b = append(b, e.Status...)
	b = append(b, byte(len(e.Delivery)))
	b = append(b, e.Delivery...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(e.Snippet)))
	b = append(b, e.Snippet...)
	tags := e.Tags[:min(len(e.Tags), 255)]
	b = append(b, byte(len(tags)))
	for _, t := range tags {
		t = t[:min(len(t), 255)]
		b = append(b, byte(len(t)))
		b = append(b, t...)
	}
	return b
}

var errBadEntry = errors.New("store: calendar index entry is damaged")

// Known statuses are shared strings, so decoding them allocates nothing.
var (
	statusNames   = map[string]post.Status{}
	deliveryNames = map[string]post.DeliveryState{}
)

func init() {
	for _, s := range post.Statuses {
		statusNames[string(s)] = s
	}
	for _, d := range []post.DeliveryState{post.DeliveryPending, post.DeliveryPublishing, post.DeliveryPublished,
		post.DeliveryFailed, post.DeliveryUnknown, post.DeliveryHeld, post.DeliveryCancelled, post.DeliveryTask, post.DeliveryModeration} {
		deliveryNames[string(d)] = d
	}
}

// interner shares the strings that repeat across a scan (channel ids, tag
// lists), so decoding a month of entries allocates little more than each
// entry's id and snippet. Values it returns are shared: callers must not
// modify an Entry's Tags.
type interner struct {
	strs map[string]string
	tags map[string][]string
}

func newInterner() *interner {
	return &interner{strs: map[string]string{}, tags: map[string][]string{}}
}

func (in *interner) str(b []byte) string {
	if in == nil {
		return string(b)
	}
	if s, ok := in.strs[string(b)]; ok {
		return s
	}
	s := string(b)
	in.strs[s] = s
	return s
}

func decodeEntry(k, v []byte, in *interner) (Entry, error) {
	const idLen = 26
	if len(k) < 8+idLen || len(v) < 6 || v[0] != entryVersion {
		return Entry{}, errBadEntry
	}
	e := Entry{PostID: string(k[8 : 8+idLen]), Channel: in.str(k[8+idLen:]), At: parseTS(k)}
	r := reader{b: v[1:]}
	st := r.bytes(int(r.byte()))
	e.Status = statusNames[string(st)]
	if e.Status == "" {
		e.Status = post.Status(st)
	}
	ds := r.bytes(int(r.byte()))
	e.Delivery = deliveryNames[string(ds)]
	if e.Delivery == "" {
		e.Delivery = post.DeliveryState(ds)
	}
	e.Snippet = string(r.bytes(int(r.uint16())))
	rest := r.b
	if n := int(r.byte()); n > 0 {
		if shared, ok := in.sharedTags(rest); ok {
			e.Tags = shared
			r.b = nil
		} else {
			e.Tags = make([]string, n)
			for i := range e.Tags {
				e.Tags[i] = in.str(r.bytes(int(r.byte())))
			}
			in.keepTags(rest, e.Tags, r.bad)
		}
	}
	if r.bad {
		return Entry{}, errBadEntry
	}
	return e, nil
}

// reader reads the entry layout, remembering if it ran off the end.
type reader struct {
	b   []byte
	bad bool
}

func (r *reader) byte() byte {
	if len(r.b) < 1 {
		r.bad = true
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) uint16() uint16 {
	if len(r.b) < 2 {
		r.bad = true
		return 0
	}
	v := binary.BigEndian.Uint16(r.b)
	r.b = r.b[2:]
	return v
}

func (r *reader) bytes(n int) []byte {
	if len(r.b) < n {
		r.bad = true
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

// sharedTags returns the tag list already decoded from the same bytes.
func (in *interner) sharedTags(raw []byte) ([]string, bool) {
	if in == nil {
		return nil, false
	}
	t, ok := in.tags[string(raw)]
	return t, ok
}

func (in *interner) keepTags(raw []byte, tags []string, bad bool) {
	if in != nil && !bad && len(in.tags) < 1024 {
		in.tags[string(raw)] = tags
	}
}

// The timeline index as every backend keeps it: one key and one encoded
// value per entry, the key ordering entries by time, then post id, then
// channel as bytes (a range of keys is a range of time). Postgres stores
// the same pairs in a bytea column pair, so a month is one index range
// decoded by the code above, not a row of columns per entry.

// TimelineKey is the key the timeline index keeps e under:
// <ts><postID><channel>, ts the 8 big-endian bytes of Unix seconds.
func TimelineKey(e Entry) []byte { return timeKey(e.At, e.PostID, e.Channel) }

// TimelineFrom is the smallest timeline key at time t or later, so the
// keys from TimelineFrom(from) up to TimelineFrom(to) are the entries with
// from <= At < to.
func TimelineFrom(t time.Time) []byte { return tsKey(t) }

// EncodeEntry is the value the timeline index keeps beside TimelineKey(e).
func EncodeEntry(e Entry) []byte { return encodeEntry(e) }

// EntryDecoder decodes the entries of one scan of the timeline index.
// Strings that repeat across the scan (channels, tag lists) are shared
// between the entries it returns, so their Tags must not be modified.
type EntryDecoder struct{ in *interner }

// NewEntryDecoder starts a scan's decoder.
func NewEntryDecoder() *EntryDecoder { return &EntryDecoder{in: newInterner()} }

// Decode decodes the entry stored as value under key.
func (d *EntryDecoder) Decode(key, value []byte) (Entry, error) { return decodeEntry(key, value, d.in) }

// DecodeEntry decodes one entry stored as value under key, sharing
// nothing (for a caller that decodes a few entries of many).
func DecodeEntry(key, value []byte) (Entry, error) { return decodeEntry(key, value, nil) }

// SplitTimelineKey reads an entry's time and channel from its key without
// decoding the entry; channel is a part of key.
func SplitTimelineKey(key []byte) (at time.Time, channel []byte, err error) {
	const idLen = 26
	if len(key) < 8+idLen {
		return time.Time{}, nil, errBadEntry
	}
	return parseTS(key), key[8+idLen:], nil
}
