package web

import (
	"net/http"
	"os"
	"testing"
)

// TestHealthzReportsAStoreThatTakesNoWrites: /healthz said ok while the disk
// was full. It now answers 503 when the data folder takes no writes.
func TestHealthzReportsAStoreThatTakesNoWrites(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	// No healthy request first: the store answers probes from its last
	// result for a second.
	dir := e.db.Dir()
	if err := os.Rename(dir, dir+".moved"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Remove(dir); os.Rename(dir+".moved", dir) })
	if err := os.WriteFile(dir, []byte("not a folder"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := e.do("GET", "/healthz", "", nil)
	if body := readBody(t, r); r.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("a store that takes no writes: %d %s, want 503", r.StatusCode, body)
	}
}
