package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// dropAfter passes a call to the daemon, then loses its answer, as when the
// daemon is killed after committing.
type dropAfter struct{ inner http.RoundTripper }

func (d dropAfter) RoundTrip(r *http.Request) (*http.Response, error) {
	if resp, err := d.inner.RoundTrip(r); err == nil {
		resp.Body.Close()
	}
	return nil, errors.New("read unix @->practicepost.sock: read: connection reset by peer")
}

// TestImportOnceByFileHash: an import whose answer was lost says the
// outcome is unknown and to check `post list` (it had committed); importing
// the same file again is refused, naming the first import, and --force
// imports it once more.
func TestImportOnceByFileHash(t *testing.T) {
	cfg := mustInit(t)
	var csv strings.Builder
	csv.WriteString("text,channels,at\n")
	start := time.Now().Add(72 * time.Hour)
	for i := range 3 {
		fmt.Fprintf(&csv, "\"Flu shots are in. Walk in Monday to Friday. Reminder %d.\",preview,%s\n", i, start.Add(time.Duration(i)*time.Hour).UTC().Format(time.RFC3339))
	}
	file := filepath.Join(t.TempDir(), "autumn.csv")
	os.WriteFile(file, []byte(csv.String()), 0o600)

	var out bytes.Buffer
	a := &App{ConfigPath: cfg, Stdout: &out, Stderr: &out}
	defer a.close()
	if _, err := a.api(context.Background()); err != nil {
		t.Fatal(err)
	}
	a.client.HTTP.Transport = dropAfter{a.client.HTTP.Transport}
	cmd := a.importCommand()
	cmd.SetArgs([]string{file})
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	err := cmd.ExecuteContext(context.Background())
	if err == nil || !strings.Contains(err.Error(), "outcome is unknown") || !strings.Contains(err.Error(), "post list") {
		t.Fatalf("import with a lost answer: %v, want 'outcome is unknown … post list'", err)
	}
	a.close()

	count := func() int {
		_, list, _ := cli(t, "", "--config", cfg, "post", "list", "--json")
		return strings.Count(list, "Reminder")
	}
	if n := count(); n != 3 {
		t.Fatalf("after the lost answer the store holds %d posts, want the 3 it committed", n)
	}
	code, _, errs := cli(t, "", "--config", cfg, "import", file)
	if code == 0 || !strings.Contains(errs, "already imported") {
		t.Fatalf("second import of the same file: exit %d: %s", code, errs)
	}
	if n := count(); n != 3 {
		t.Fatalf("the refused second import changed the store: %d posts", n)
	}
	if code, _, errs := cli(t, "", "--config", cfg, "import", file, "--force"); code != 0 {
		t.Fatalf("import --force: exit %d: %s", code, errs)
	}
	if n := count(); n != 6 {
		t.Fatalf("after --force: %d posts, want 6", n)
	}
}
