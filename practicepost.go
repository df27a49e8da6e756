// Package practicepost holds files embedded from the repository root, for
// the commands that need them.
package practicepost

import _ "embed"

// ExampleConfig is config.example.toml, written by `practicepost init` as a
// starting configuration.
//
//go:embed config.example.toml
var ExampleConfig []byte
