// Package practicepost holds files embedded from the repository root, for
// the commands that need them.
package practicepost

import _ "embed"

// ExampleConfig is config.example.toml, written by `practicepost init` as a
// starting configuration.
//
//go:embed config.example.toml
var ExampleConfig []byte

// The licence and the third-party record travel inside the binary, so that
// whoever receives only the binary also receives the notices its licences
// ask for (`practicepost version --licenses`).
var (
	//go:embed LICENSE
	License string
	//go:embed NOTICE
	Notice string
	//go:embed THIRD_PARTY.md
	ThirdParty string
)
