package compliance

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "update golden files")

// goldenInput is the JSON of a testdata/golden/<case>.input file.
type goldenInput struct {
	Text     string            `json:"text"`
	Review   string            `json:"review"`
	Variants map[string]string `json:"variants"`
	Channels []Target          `json:"channels"`
}

// TestGolden renders each input with WriteText and WriteJSON and compares
// with <case>.golden and <case>.json.golden. Run with -update to rewrite.
// The ruleset is fixed so that editing a phrase list does not churn every
// golden file.
func TestGolden(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	inputs, _ := filepath.Glob("testdata/golden/*.input")
	if len(inputs) == 0 {
		t.Fatal("no golden inputs")
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".input")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			var gi goldenInput
			if err := json.Unmarshal(raw, &gi); err != nil {
				t.Fatalf("%s: %v", in, err)
			}
			// The inputs name each channel's kind; its length rule is the
			// registered kind's, as calendar.Target fills it in.
			var targets []Target
			for _, ch := range gi.Channels {
				targets = append(targets, target(ch.ID, ch.Kind))
			}
			d := Draft{Text: gi.Text, ReviewText: gi.Review, Variants: gi.Variants, Channels: targets,
				Now: time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)}
			rep := c.Check(context.Background(), d)
			rep.Ruleset = "test+ruleset"
			var text, js bytes.Buffer
			if err := WriteText(&text, d, rep); err != nil {
				t.Fatal(err)
			}
			if err := WriteJSON(&js, rep); err != nil {
				t.Fatal(err)
			}
			compareGolden(t, strings.TrimSuffix(in, ".input")+".golden", text.Bytes())
			compareGolden(t, strings.TrimSuffix(in, ".input")+".json.golden", js.Bytes())
		})
	}
}

func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs; got:\n%s", path, got)
	}
}

// TestWriteJSONShape checks the field names of the JSON shape.
func TestWriteJSONShape(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, Report{Verdict: "pass"}); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"verdict", "ruleset", "findings", "channels", "readability"} {
		if _, ok := m[k]; !ok {
			t.Errorf("missing %q in %s", k, b.String())
		}
	}
	if m["findings"] == nil {
		t.Error("findings must be [] not null")
	}
}

// TestTinyTextGradeIsNotNegative: the formulas dip below zero on a word or
// two ("hi" scores -3.4 / -33.6); the report's grade stops at 0 and the text
// output says "under 1" instead of printing negative school grades.
func TestTinyTextGradeIsNotNegative(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	d := Draft{Text: "hi", Channels: []Target{target("preview", "preview")}}
	r := c.Check(context.Background(), d)
	if r.Readability.Grade < 0 {
		t.Fatalf("grade %v", r.Readability.Grade)
	}
	var b strings.Builder
	if err := WriteText(&b, d, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Reading grade under 1") || strings.Contains(b.String(), "grade -") {
		t.Fatalf("text output:\n%s", b.String())
	}
}
