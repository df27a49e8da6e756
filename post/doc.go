// Package post holds practicepost's domain types: a Post and its per-channel
// Deliveries, the review and authorization records that gate it, the checklist
// Findings attached to it, and the lifecycle transition table that every other
// package goes through to change a post's status.
//
// The package imports nothing of ours, so every other package can import it.
// It does no I/O.
package post
