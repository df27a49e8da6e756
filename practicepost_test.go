package practicepost_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/practicepost/practicepost"
	_ "github.com/practicepost/practicepost/channels/all" // the example config has a preview channel
	"github.com/practicepost/practicepost/config"
)

// TestExampleConfigEmbedded checks that `practicepost init` writes the
// current example, and that it is a valid configuration.
func TestExampleConfigEmbedded(t *testing.T) {
	onDisk, err := os.ReadFile("config.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(practicepost.ExampleConfig, onDisk) {
		t.Fatal("ExampleConfig differs from config.example.toml")
	}
	if _, err := config.Parse(practicepost.ExampleConfig, "config.toml", t.TempDir()); err != nil {
		t.Fatalf("example does not load:\n%v", err)
	}
}
