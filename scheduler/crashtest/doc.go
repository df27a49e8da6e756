// Package crashtest holds the scheduler's crash test: the daemon is killed
// with SIGKILL at random moments while it publishes 1,000 posts to three
// fake platforms (250 of them to a fourth, Mastodon), and restarted, and at
// the end every post must be published exactly once per channel (counted
// at the fakes) or be unknown with an alert, and unknown only where the
// platform's answer to that post was lost (a proxy in front of the
// Facebook fake drops some and remembers which). Mastodon's answers are
// lost too, behind a listing that lags: there the Idempotency-Key must
// turn every retry into the first status, and nothing may end unknown.
// Another 250 go to Google Business Profile, whose fake holds each post
// for review (PROCESSING) and a second later shows it (LIVE) or, for one
// in ten, rejects it: a shown post must end published once, a rejected
// one sent once and failed with an alert. A second test publishes 30
// Instagram posts (photos and carousels of three, stored as PNG and JPEG)
// through the daemon's signed image links, which the Instagram fake
// fetches, with a tenth of the answers lost, across six SIGKILLs: each
// goes out once, and every image Instagram fetched is a JPEG without
// metadata. A third runs three replicas on one PostgreSQL database (a
// throwaway server, store/postgres/pgtest) with 1,000 posts on X,
// Facebook and LinkedIn and SIGKILLs one at a time 20 times, some while
// it holds the store's write lock or runs a periodic job: each post goes
// out once per network, none unknown, the audit chain verifies, and no
// periodic job runs twice in one window. They run in
// `go test ./scheduler/crashtest` and are skipped with -short. They build
// the real binary once and run it (practicepost serve).
package crashtest
