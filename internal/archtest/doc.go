// Package archtest holds the import-rule test: which of our packages may
// import which, as ARCHITECTURE.md draws it. It has no code of its own.
package archtest
