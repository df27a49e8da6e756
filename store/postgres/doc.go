// Package postgres is the PostgreSQL backend of the storage contract
// (store.Store, store.Tx): for a health system or an agency that runs
// several practicepost replicas on one database server instead of one
// daemon with a bbolt file. It passes the same suite (store/storetest) and
// shares the rules that are not about storage with bbolt (store's
// TimelineOf, DueOf, NewAuditEntry, AuditChecker, SealSecret, CleanUpload).
//
// # Transactions
//
// Every Update and Batch first takes one transaction-level advisory lock
// (WriteLock), so writers run one at a time across every process sharing
// the database, as bbolt's single writer does in one process. That is
// what makes closures serializable without retrying them (the contract
// lets only Batch run its closure twice), and what PutPost's version check
// relies on: of two claimers of one delivery, the second runs after the
// first committed, reads version n+1 and is refused with post.EConflict
// (or sees the delivery publishing and leaves it). The audit chain needs a
// single writer anyway: every write appends entry n+1 chained to entry n.
// A View is a READ ONLY, REPEATABLE READ transaction: one snapshot, taken
// without waiting for writers.
//
// A commit is durable when PostgreSQL's is (synchronous_commit on, its
// default). A commit whose answer is lost with the connection returns an
// error though it may have committed; for a claim that leaves a delivery
// publishing that the reconciliation at the next start resolves, as after
// a crash.
//
// # What is kept where
//
// Records are the JSON bbolt keeps, in bytea columns, beside the columns
// queries select and order by (schema.go); the timeline and due indexes
// are tables rewritten with the post in the same transaction. Images are
// bytea in the media table (see SaveMedia for why). The secrets key stays
// a file (Options.KeyFile), never in the database: each replica needs the
// same file, and the database holds only an HMAC of it so a replica with
// another key is refused at open instead of sealing secrets the others
// cannot open.
//
// The audit head's copy beside the key (HeadFileName) is carried over from
// bbolt, one per replica: a database put back from an older pg_dump or
// snapshot has lost the entries written since, and its chain alone still
// verifies as far as it goes (see audithead.go).
package postgres
