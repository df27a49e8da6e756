package calendar

// The daemon registers every network through channels/all; so do these
// tests, whose channels are of those kinds.
import _ "github.com/practicepost/practicepost/channels/all"
