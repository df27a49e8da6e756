package report

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "update golden files")

// TestGolden renders the fixture report as CSV, JSON and HTML and compares
// each with testdata/report.<ext>.golden; -update rewrites them.
func TestGolden(t *testing.T) {
	db := openDB(t)
	seedFixtures(t, db)
	ctx := context.Background()
	r, err := Build(ctx, db, marchQuery())
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"csv", func(b *bytes.Buffer) error { return WriteCSV(ctx, b, db, marchQuery()) }},
		{"json", func(b *bytes.Buffer) error { return WriteJSON(b, r) }},
		{"html", func(b *bytes.Buffer) error { return WriteHTML(b, r) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got bytes.Buffer
			if err := tc.write(&got); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "report."+tc.name+".golden")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./report -run TestGolden -update)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s differs from %s; run with -update after checking the change:\n%s", tc.name, path, firstDiff(got.Bytes(), want))
			}
		})
	}
}

func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-80)
	return "got:  …" + string(a[lo:min(len(a), i+80)]) + "\nwant: …" + string(b[lo:min(len(b), i+80)])
}
