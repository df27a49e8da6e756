package config

// The daemon registers every network through channels/all; so do these
// tests, which load files with channels of every kind.
import _ "github.com/practicepost/practicepost/channels/all"
