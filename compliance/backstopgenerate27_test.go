package compliance

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestBackstopGenerateTimeout guards the trainer's go:generate line.
// Retraining on 171 sets took 20 minutes of wall clock on a loaded 2-core
// machine (session 27), and go test's default timeout of 10 minutes killed
// it half way: `go generate ./compliance` failed with a panic and the model
// stayed as it was. The line must set its own timeout, with room to spare.
func TestBackstopGenerateTimeout(t *testing.T) {
	src, err := os.ReadFile("backstop.go")
	if err != nil {
		t.Fatal(err)
	}
	var line string
	for _, l := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(l, "//go:generate ") && strings.Contains(l, "TestBackstopModel") {
			line = l
		}
	}
	if line == "" {
		t.Fatal("backstop.go has no go:generate line that runs TestBackstopModel")
	}
	m := regexp.MustCompile(`-timeout[= ](\S+)`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("%q sets no -timeout: go test's default of 10m kills a retrain on a loaded machine", line)
	}
	d, err := time.ParseDuration(m[1])
	if err != nil {
		t.Fatalf("%q: -timeout %q: %v", line, m[1], err)
	}
	if d < time.Hour {
		t.Errorf("%q: -timeout %v, want at least an hour (a retrain took 20 minutes on a loaded 2-core machine)", line, d)
	}
}
