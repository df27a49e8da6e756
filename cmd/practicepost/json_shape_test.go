package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/store"
)

// TestJSONKeysAreSnakeCase: scripts read every --json output with the same
// snake_case keys; Go field names (ID, APIBase, Seq) must not leak out.
func TestJSONKeysAreSnakeCase(t *testing.T) {
	cfg := mustInit(t)
	code, chOut, errs := cli(t, "", "--config", cfg, "channels", "list", "--json")
	if code != 0 {
		t.Fatalf("channels list: exit %d: %s", code, errs)
	}
	broken, err := json.Marshal(AuditVerifyResult{Entries: 2, Break: &store.AuditBreak{Seq: 3, Reason: "changed"}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, out string
		want      []string
		not       []string
	}{
		{"channels list", chOut, []string{`"id": "preview"`, `"kind": "preview"`, `"slots": [`, `"paused": false`}, []string{`"ID"`, `"APIBase"`, `"Slots"`}},
		{"audit verify break", string(broken), []string{`"seq":3`, `"reason":"changed"`}, []string{`"Seq"`, `"Reason"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, w := range tc.want {
				if !strings.Contains(tc.out, w) {
					t.Errorf("missing %s in %s", w, tc.out)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(tc.out, n) {
					t.Errorf("Go field name %s in %s", n, tc.out)
				}
			}
		})
	}
}
