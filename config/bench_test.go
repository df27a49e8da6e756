package config

import (
	"os"
	"testing"
)

// BenchmarkParse measures loading the documented example (decode, defaults,
// secrets, validation, line index).
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("../config.example.toml")
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(data, "config.toml", dir); err != nil {
			b.Fatal(err)
		}
	}
}
