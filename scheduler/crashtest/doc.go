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
// one sent once and failed with an alert. It runs in
// `go test ./scheduler/crashtest` and is skipped with -short. It builds
// and runs the real binary (practicepost serve).
package crashtest
