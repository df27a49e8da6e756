package store

import (
	"encoding/binary"
	"time"
)

// Bucket names, one place for all of them.
var (
	bucketMeta       = []byte("meta")
	bucketPosts      = []byte("posts")
	bucketTimeline   = []byte("timeline")
	bucketDue        = []byte("due")
	bucketStatus     = []byte("status")
	bucketReviews    = []byte("reviews")
	bucketAuths      = []byte("auths")
	bucketAuthPosts  = []byte("authposts")
	bucketAudit      = []byte("audit")
	bucketUsers      = []byte("users")
	bucketSessions   = []byte("sessions")
	bucketAPITokens  = []byte("apitokens")
	bucketSecrets    = []byte("secrets")
	bucketMedia      = []byte("media")
	bucketSettings   = []byte("settings")
	bucketAlerts     = []byte("alerts")
	bucketEngagement = []byte("engagement")
	bucketComments   = []byte("comments")

	// Engagement collection keeps two buckets of its own (migration 2).
	// collectdue (<ts><postID><channel>: the next snapshot due at ts) is
	// the small index the collector range-scans ("what is due by now?"),
	// so a run never walks the engagement bucket. collectstate
	// (<postID><channel>: JSON Collect) says a delivery is already
	// enrolled (and where its due key is), so the timeline scan that
	// enrolls newly published deliveries cannot enrol one twice.
	bucketCollectDue   = []byte("collectdue")
	bucketCollectState = []byte("collectstate")

	// bucketRevisions (migration 3) is a cache of what reviewers saw, not
	// a record anything depends on.
	bucketRevisions = []byte("revisions")

	// Evergreen posts are published posts marked evergreen: the evergreen
	// queue re-queues copies of them into free slots. The index
	// (migration 4) lets that job find them without scanning the
	// calendar; evergreenuse remembers when a copy of each was last
	// planned, so none is repeated within the interval.
	bucketEvergreen    = []byte("evergreen")    // <postID> : nil
	bucketEvergreenUse = []byte("evergreenuse") // <postID> : 8-byte BE Unix seconds of the latest planned copy

	// bucketAuditLast maps a post id to the number of the audit entry
	// that last wrote it (migration 5), for VerifyAudit's cross-check.
	bucketAuditLast = []byte("auditlast")

	keyVersion   = []byte("version")
	keyAuditHead = []byte("audit_head")
)

// allBuckets is created by migration 1; later migrations create the
// buckets they add.
var allBuckets = [][]byte{
	bucketMeta, bucketPosts, bucketTimeline, bucketDue, bucketStatus, bucketReviews,
	bucketAuths, bucketAuthPosts, bucketAudit, bucketUsers, bucketSessions, bucketAPITokens,
	bucketSecrets, bucketMedia, bucketSettings, bucketAlerts, bucketEngagement, bucketComments,
}

// tsKey encodes t as 8 big-endian bytes of Unix seconds. Times before 1970
// clamp to zero: nothing in a calendar is scheduled then.
func tsKey(t time.Time) []byte {
	b := make([]byte, 8)
	putTS(b, t)
	return b
}

func putTS(b []byte, t time.Time) {
	s := t.Unix()
	if s < 0 {
		s = 0
	}
	binary.BigEndian.PutUint64(b, uint64(s))
}

func parseTS(b []byte) time.Time {
	return time.Unix(int64(binary.BigEndian.Uint64(b[:8])), 0).UTC()
}

func u64(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}

// timeKey builds <ts><postID><channel>, the key of the timeline and due
// indexes.
func timeKey(t time.Time, postID, channel string) []byte {
	k := make([]byte, 8, 8+len(postID)+len(channel))
	putTS(k, t)
	k = append(k, postID...)
	return append(k, channel...)
}

// splitTimeKey undoes timeKey. Post IDs are fixed-width ULIDs.
func splitTimeKey(k []byte) (t time.Time, postID, channel string, ok bool) {
	const idLen = 26
	if len(k) < 8+idLen {
		return time.Time{}, "", "", false
	}
	return parseTS(k), string(k[8 : 8+idLen]), string(k[8+idLen:]), true
}

func statusKey(status, postID string) []byte {
	k := make([]byte, 0, len(status)+1+len(postID))
	k = append(k, status...)
	k = append(k, 0)
	return append(k, postID...)
}

func concat(parts ...string) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	k := make([]byte, 0, n)
	for _, p := range parts {
		k = append(k, p...)
	}
	return k
}
