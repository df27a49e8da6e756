// Package store keeps practicepost's calendar in one bbolt file. It is the
// single source of truth: everything the scheduler decides can be recomputed
// from it after a crash.
//
// The storage contract is a set of interfaces (contract.go): Store, the
// whole of it, Tx, one transaction's typed view, and the role interfaces
// they are made of. contract.go says what every method promises
// (atomicity, isolation, claim exclusivity by post version, ordering,
// durability across a restart); store/storetest checks it, and any backend
// (store/postgres) passes the same suite. *DB is the bbolt backend;
// the services hold their own small interfaces, never *DB.
//
// Layout (schema version 6; bucket names are all in keys.go, migrations in
// migrate.go):
//
//	meta        version       : 8-byte BE schema version
//	            audit_head    : 8-byte BE seq + hash of the newest audit entry
//	posts       <postID>      : JSON post.Post (with Topics from schema 6)
//	timeline    <ts><postID><channel>  : binary Entry   every delivery with a time (calendar views; entry.go)
//	due         <ts><postID><channel>  : nil            deliveries the scheduler must act on at ts
//	status      <status>0x00<postID>   : nil            posts by lifecycle status (drafts, review queue)
//	reviews     <postID><reviewID>     : JSON post.Review
//	auths       <authID>      : JSON post.Authorization
//	authposts   <authID><postID>       : nil            posts that link an authorization
//	audit       <seq>         : JSON post.AuditEntry    append-only, hash-chained
//	users       <name>        : JSON post.User
//	sessions    <sha256(token)>        : JSON Session
//	apitokens   <sha256(token)>        : JSON APIToken
//	secrets     <name>        : AES-256-GCM sealed bytes (nonce || ciphertext)
//	media       <sha256 hex>  : JSON post.Media          file at <dir>/media/<hh>/<hash>
//	settings    <key>         : JSON value               practice-wide switches (emergency stop, ...)
//	alerts      <alertID>     : JSON Alert
//	engagement  <postID><channel><ts>  : JSON post.Metrics   snapshots (engagement.go)
//	comments    <postID><channel>0x00<remoteID> : JSON StoredComment
//	collectdue  <ts><postID><channel>  : nil            next engagement snapshot due (schema 2)
//	collectstate <postID><channel>     : JSON           snapshot schedule of a delivery (schema 2)
//	revisions   <postID>      : JSON                    text a reviewer last saw, for diffs (schema 3)
//	evergreen   <postID>      : nil                     published evergreen posts (schema 4)
//	evergreenuse <postID>     : <ts>                    when a copy was last planned (schema 4)
//	auditlast   <postID>      : 8-byte BE seq           the audit entry that last wrote the post (schema 5)
//
// <ts> is an 8-byte big-endian Unix second, so byte order is time order and a
// month or "everything due until now" is one cursor range scan. IDs are
// ULIDs (26 bytes), also time-ordered. Index entries are written in the same
// transaction as the record they index, so they cannot drift apart.
//
// Invariants: the database file and every file under the data folder are
// created 0600 (folders 0700); only one process opens the file (a second
// gets an ELocked error within a second); all access goes through View,
// Update and Batch closures; bytes are copied out of transactions before
// they are returned.
package store
